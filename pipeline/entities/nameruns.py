"""Whole names the model cut at an inner word, number or possessive: "Toshiba Elevator and Building
Systems" (the model's span ran into the "and"), "Harbour 21 Tower" (a number before an institution's
head), a title in quotes ("Ann's Guide to the Open Sea"), "Fight for Fairness" (a name of the
article repeated whole with its inner word), "St Brendan's High School" (a saint's possessive before
an institution's head). `join_runs` works on the model's candidates, on token indices.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.attrs import ENT_IOB

from pipeline.entities import acronyms as AC
from pipeline.entities import evidence as E
from pipeline.entities import lexicon as L
from pipeline.entities import wholes as WH
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.context import QUOTE_MARKS
from pipeline.entities.lexicon import NUMERIC
from pipeline.entities.spans import year_name

FACILITY = E.FACILITY_HEADS - L.ORG_HEADS  # "Tower", "Stadium": a building; "Hospital" is both
INSTITUTION = L.ORG_HEADS | E.FACILITY_HEADS
SAINTS = frozenset({"St", "St.", "Saint", "Ste", "Ste."})
INNER = frozenset({"of", "on", "for", "against", "to"})  # "War on Want": a name's inner word
OPENERS, CLOSERS = frozenset({"(", "["}), frozenset({")", "]"})
BRACKET_MAX = 10  # the most words of an expansion in brackets
NO_HEAD = frozenset({"PERSON", "GPE", "LOC", "NORP"})  # labels a joined name never keeps


def join_runs(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Join the model's pieces of one name (and the same pieces wherever else they stand side by
    side), then grow names over the untagged rest of a run, at each place the article names them."""
    joined: dict[tuple[str, ...], str] = {}
    out = _join_pairs(ctx, cands, joined)
    if joined:
        out = _join_pairs(ctx, out, joined)  # "Kowa Lift" + "Building Systems" again, cut elsewhere
    covered = bytearray(len(ctx.doc))
    for c in out:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    grown: dict[tuple[str, ...], str] = {}
    for c in out:
        base = (tuple(ctx.words[c.start : c.end]), c.label)
        if _grow(ctx, c, covered):
            grown.setdefault(*base)
            covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    return out + _regrown(ctx, grown, covered)


def run_ons(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Cut off the words the model ran onto a name: a body's acronym off the words before it when
    its expansion follows in brackets ("the Federal Agency KEC (Kelby Energy Commission)"); a
    "non-" prefix off a name that modifies a noun ("Non-Kelby Union citizens"); an owner's name off
    the event before it ("the 2003 World Cup Kelbia's hopes")."""
    out = []
    for c in cands:
        k = c.end - 1
        if k > c.start and c.end < len(ctx.words) and ctx.words[c.end] in OPENERS and _expanded(ctx, k):
            out.append(Cand(c.start, k, c.label, c.src, c.weight, c.role))
            out.append(Cand(k, c.end, "ORG", c.src, c.weight))
            continue
        k = _owner_start(ctx, c) if c.label == "EVENT" else None
        if k is not None:  # "at the 2003 World Cup Kelbia's hopes": the event, then the country
            out += [Cand(c.start, k, c.label, c.src, c.weight), Cand(k, c.end, "GPE", c.src, c.weight)]
            continue
        if c.end - c.start > 2 and _negated(ctx, c):
            c.start += 2
        out.append(c)
    return out


def _owner_start(ctx: DocCtx, c: Cand) -> int | None:
    """Where a place the gazetteer knows, an owner before its possessive, starts after an event's
    head inside the span ("World Cup Kelbia's"), or None."""
    if c.end >= len(ctx.words) or ctx.words[c.end] not in E.POSS_CUT:
        return None
    for k in range(c.start + 1, c.end):
        if ctx.words[k - 1] in L.EVENT_HEADS and L.gazetteer_label(ctx.norm_of(k, c.end)) in {"GPE", "LOC"}:
            return k
    return None


def _negated(ctx: DocCtx, c: Cand) -> bool:
    """The name opens with "non-" and modifies the lower-case noun after it ("Non-Kelby citizens")."""
    s, toks = c.start, ctx.toks
    if ctx.words[s].lower() != "non" or ctx.words[s + 1] != "-" or ctx.ws[s] or ctx.ws[s + 1]:
        return False
    return c.end < len(toks) and toks[c.end].is_lower and toks[c.end].pos_ == "NOUN"


def _expanded(ctx: DocCtx, k: int) -> bool:
    """The acronym at k is spelt, at the end, by the capitalised name in the bracket after it."""
    acro, words = ctx.words[k], []
    if not AC.acronym_shaped(acro) or len(acro) < 3:
        return False
    for w in ctx.words[k + 2 : k + 2 + BRACKET_MAX]:
        if w in CLOSERS:
            forms = AC.initial_forms(" ".join(words)) if len(words) > 1 else frozenset()
            return any(f.endswith(acro) for f in forms)
        words.append(w)
    return False


def _join_pairs(ctx: DocCtx, cands: list[Cand], joined: dict[tuple[str, ...], str]) -> list[Cand]:
    """Join neighbours that are one name (`_joined`, or words joined before); `joined` learns them."""
    out: list[Cand] = []
    for c in sorted(cands, key=lambda c: c.start):
        prev = out[-1] if out else None
        if prev is not None and c.start - prev.end <= 8 and _one_line(ctx, prev.start, c.end):
            words = tuple(ctx.words[prev.start : c.end])
            label = joined.get(words) or _joined(ctx, prev, c)
            if label:
                joined[words] = label
                prev.end, prev.label, prev.weight = c.end, label, max(prev.weight, c.weight, 2.0)
                continue
        out.append(c)
    return out


def _regrown(ctx: DocCtx, grown: dict[tuple[str, ...], str], covered: bytearray) -> list[Cand]:
    """Untagged occurrences of a name grown somewhere ("St Brendan" the model tagged twice, before
    "'s High School" it left alone), grown the same way."""
    out = []
    for words, label in grown.items():
        n = len(words)
        for i in E.occurrences(ctx.words, list(words)):
            if any(covered[i : i + n]) or (i > 0 and ctx.words[i - 1][:1].isupper()):
                continue
            c = Cand(i, i + n, label, "model", 1.0)
            if _grow(ctx, c, covered):
                covered[c.start : c.end] = b"\x01" * (c.end - c.start)
                out.append(c)
    return out


def _one_line(ctx: DocCtx, s: int, e: int) -> bool:
    return not any("\n" in w for w in ctx.ws[s : e - 1]) and not ctx.in_caps(s)


def _joined(ctx: DocCtx, a: Cand, b: Cand) -> str | None:
    """The label of `a` + `b` as one name, or None when they are two."""
    doc = ctx.toks
    if b.start == a.end + 1 and doc[a.end].lower_ == "and" and _and_tail(ctx, a, b):
        return "ORG"
    if b.start == a.end + 1 and doc[a.end].text.isdigit() and _numbered_head(ctx, a, b.start, b.end):
        return "FAC" if doc[b.end - 1].text in FACILITY else "ORG"
    marked = _inner_mark(ctx, a, b) if b.start == a.end + 1 else None
    if marked:  # "Pier 9 Imports", "Alpha/Beta Ratings"
        return marked
    if _quoted_title(ctx, a, b):
        return a.label if a.label == b.label else "WORK_OF_ART"
    if WH.headed_tail(ctx, a, b):  # "UN Office" for the "Coordination of Humanitarian Affairs"
        return "ORG"
    return "EVENT" if WH.owned_event(ctx, a, b) else None


def _and_tail(ctx: DocCtx, a: Cand, b: Cand) -> bool:
    """The model's span of a body ran into "and" and a body of common nouns follows ("Toshiba
    Elevator and" + "Building Systems"), never named alone in the article: one company's name."""
    doc = ctx.toks
    if a.label != "ORG" or b.label != "ORG" or doc[a.end].ent_iob_ != "I" or a.end - a.start < 2:
        return False
    if W.english_word(doc[a.start].lower_) or not W.english_word(doc[a.end - 1].lower_):
        return False  # "Royal Navy and" + "Royal Air Force": two bodies
    tail = doc[b.start : b.end]
    if len(tail) > 3 or not all(t.is_title and t.is_alpha and W.english_word(t.lower_) for t in tail):
        return False
    return not E.alone_elsewhere(ctx, b.start, b.end, frozenset(), frozenset({"and"}))


def _numbered_head(ctx: DocCtx, a: Cand, s: int, e: int) -> bool:
    """A number, then one institution's head word, after a name ("Harbour" 21 "Tower"), outside
    results tables ("Northam 3 Eastwick 2")."""
    doc = ctx.toks
    if a.label in NO_HEAD - {"GPE"} or e - s != 1 or doc[s].text not in INSTITUTION:
        return False
    a0, b0 = ctx.lines[ctx.line_of(a.start)]
    return not L.is_table_row(ctx.text[a0:b0])


def _inner_mark(ctx: DocCtx, a: Cand, b: Cand) -> str | None:
    """The model's label of its one name it cut at a short number ("Pier 9 Imports") or a slash
    between words ("Alpha/Beta Ratings"): capitalised pieces of no person, place nor people, neither
    named alone nor a person elsewhere in the article ("the Hale/Moss feud"); not a score ("Chelsea
    3 Arsenal 1"), a results table, a sports line-up ("Hale/Moss"), nor clipped words ("Lib/Lab")."""
    doc, mark, label = ctx.toks, ctx.toks[a.end], ctx.toks[a.start].ent_type_
    if a.src != "model" or b.src != "model" or label in NO_HEAD or mark.ent_iob_ != "I":
        return None  # the model's span ran over the mark
    if doc[b.start].ent_iob_ != "I" or not _mark(ctx, a.end, b.end - a.start == 3):
        return None
    if not all(t.text[:1].isupper() and t.is_alpha for t in doc[a.start : b.end] if t.i != a.end):
        return None
    after = doc[b.end].text if b.end < len(doc) else ""
    if NUMERIC.match(after) or (a.start > 0 and NUMERIC.match(ctx.words[a.start - 1])):
        return None  # "Chelsea 3 Arsenal 1"
    a0, b0 = ctx.lines[ctx.line_of(a.start)]
    placed = not (_unplaced(ctx, a.start, a.end) and _unplaced(ctx, b.start, b.end))
    if placed or L.is_table_row(ctx.text[a0:b0]):
        return None
    if mark.text == "/" and ctx.sports:
        return None  # "Replacements: Hale/Moss": one player or the other
    alone = E.alone_elsewhere(ctx, a.start, a.end) or E.alone_elsewhere(ctx, b.start, b.end)
    return None if alone or _personal(ctx, a) or _personal(ctx, b) else label


def _personal(ctx: DocCtx, c: Cand) -> bool:
    """The words of `c` name a person elsewhere: the model's person, or after an honorific ("Mr Hale")."""
    words = ctx.words
    return any(ctx.toks[i].ent_type_ == "PERSON" or (i > 0 and L.fold(words[i - 1]) in L.HONORIFICS)
               for i in E.elsewhere(ctx, c.start, c.end))


def _mark(ctx: DocCtx, k: int, two_words: bool) -> bool:
    """Token k is a number of one to three digits between spaces, or a slash glued to the words
    around it, not between two words of three letters or fewer ("Lib/Lab")."""
    tok, words = ctx.toks[k], ctx.words
    if tok.text == "/":
        clipped = two_words and len(words[k - 1]) <= 3 and len(words[k + 1]) <= 3
        return not (ctx.ws[k - 1] or tok.whitespace_ or clipped)
    return tok.text.isdigit() and len(tok) <= 3 and ctx.ws[k - 1] == " " and tok.whitespace_ == " "


def _numbered_tail(ctx: DocCtx, c: Cand, covered: bytearray) -> bool:
    """A short number after "the" and a name that is no person's, place's nor people's, where the
    article writes the name nowhere without that number ("the FTSE 100 index"): the number ends it."""
    doc, words, s, e = ctx.toks, ctx.words, c.start, c.end
    if e + 1 > len(doc) - 1 or covered[e] or c.label in NO_HEAD or s < 1 or words[s - 1].lower() != "the":
        return False
    num = doc[e]
    short = num.text.isdigit() and len(num) <= 3 and ctx.ws[e - 1] == " "
    if not short or num.ent_type_ not in {"", "CARDINAL"}:
        return False
    nxt = words[e + 1]
    if NUMERIC.match(nxt) or nxt in {"%", "-", "/", ":"} or ctx.in_caps(s) or "\n" in num.whitespace_:
        return False
    n = e - s
    return all(words[i + n : i + n + 1] == [num.text] for i in E.occurrences(words, words[s:e]))


def _quoted_title(ctx: DocCtx, a: Cand, b: Cand) -> bool:
    """Both pieces fill one pair of quote marks as one run of capitalised words with small words and
    possessives between ("Ann's Guide to the Open Sea")."""
    doc = ctx.toks
    if a.start == 0 or b.end >= len(doc) or doc[a.start - 1].text not in QUOTE_MARKS:
        return False
    if a.label == b.label == "PERSON" or {t.lower_ for t in doc[a.end : b.start]} <= {"and", "or", ",", "&"}:
        return False  # "Ann Lee and Tom Hale": two people
    after = ctx.words[b.end + 1] if b.end + 1 < len(doc) else ""
    if doc[b.end].text not in QUOTE_MARKS and not (doc[b.end].is_punct and after in QUOTE_MARKS):
        return False
    return (E.title_end(ctx, a.start, max_len=b.end - a.start + 1) or 0) >= b.end


def _grow(ctx: DocCtx, c: Cand, covered: bytearray) -> bool:
    """Grow a name over untagged words that finish it: a number and a head ("Harbour 21 Tower"), a
    saint's possessive and a head ("St Brendan's High School"), a year ("Euro 2008"), the rest of a
    title in quotes, an inner word and capitalised words the article repeats with it ("War on Want"
    twice, "Fight for Fairness"). True when it grew or took another label."""
    words, s, e, label = ctx.words, c.start, c.end, c.label
    numbered = e + 1 < len(words) and words[e].isdigit() and not covered[e + 1]
    if numbered and _one_line(ctx, s, e + 2) and _numbered_head(ctx, c, e + 1, e + 2):
        c.end, c.label = e + 2, "FAC" if words[e + 1] in FACILITY else "ORG"
    elif _numbered_tail(ctx, c, covered):
        c.end = e + 1
    elif words[s] in SAINTS and e - s >= 2:
        _saint(ctx, c, covered)
    elif e < len(words) and not covered[e] and _dated(ctx, c):
        c.end, c.label = e + 1, c.label if c.label in {"EVENT", "PRODUCT"} else "EVENT"
    elif not _quoted(ctx, c, covered):
        _inner_run(ctx, c, covered)
    return (c.start, c.end, c.label) != (s, e, label)


def _dated(ctx: DocCtx, c: Cand) -> bool:
    """A year right after a one-word name that is no person's, place's nor month's ("Euro" 2008,
    "Expo" 2010), outside brackets and tables."""
    doc, e = ctx.toks, c.end
    if c.end - c.start != 1 or c.label in NO_HEAD - {"PERSON"} or not year_name(ctx.doc, c.start, e + 1):
        return False
    if (c.start > 0 and doc[c.start - 1].text == "(") or (e + 1 < len(doc) and doc[e + 1].text[:1].isdigit()):
        return False  # "(Hale 2004)", "Northam 2004 12"
    if c.label not in {"EVENT", "PRODUCT"} and not dated_event(ctx, c.start, e + 1, c.label):
        return False  # "Microsoft 2004 results": a firm's year
    return doc[e].ent_type_ in {"", "DATE"} and not ctx.in_caps(e)


def dated_event(ctx: DocCtx, s: int, e: int, label: str) -> bool:
    """A name with its year the model calls a person, a place, a law without a law's head word, or
    in a sports report a body: an event ("Euro 2004"); a product's keeps its label ("Windows 2000")."""
    if label in {"PERSON", "GPE", "LOC", "NORP"} or (label == "ORG" and ctx.sports):
        return True
    return label == "LAW" and not any(t.text in E.LAW_HEADS | E.DOCUMENT_HEADS for t in ctx.doc[s:e])


def _quoted(ctx: DocCtx, c: Cand, covered: bytearray) -> bool:
    """Grow a name to the whole title in quotes it is part of ("Ann's Guide to the Open Sea"), when
    the quote holds only capitalised words, small words and possessives, and no other name; the name
    is the model's work, or no country, people or titled person ("Sir X") in a quote that opens with
    no verb."""
    doc = ctx.toks
    if ctx.quote_marks is None:
        ctx.quote_marks = [i for i, w in enumerate(ctx.words) if w in QUOTE_MARKS]
    k = bisect_left(ctx.quote_marks, c.start)
    if k == 0 or k == len(ctx.quote_marks):
        return False
    q, r = ctx.quote_marks[k - 1], ctx.quote_marks[k]
    if c.start - q > 9 or r - c.end > 8 or r < c.end or any(covered[q:c.start]) or any(covered[c.end : r]):
        return False
    end = r - (r - 1 >= c.end and doc[r - 1].is_punct)  # "Sea,": the comma inside the marks
    if (q + 1, end) == (c.start, c.end) or any("\n" in w for w in ctx.ws[q:r]) or doc[end].text in {"?", "!"}:
        return False  # "Is the Pope a Catholic?": a question, no title
    verb = doc[q + 1].pos_ in {"VERB", "AUX", "INTJ"}
    titled = c.label == "PERSON" and any(L.fold(w) in L.HONORIFICS for w in ctx.words[q + 1 : c.start])
    if c.label != "WORK_OF_ART" and (verb or titled or c.label in {"GPE", "NORP"}):
        return False  # "Welcome to CeBit 2005" (a message), "Britain is Working" (a slogan)
    if (E.title_end(ctx, q + 1, max_len=end - q) or 0) < end:
        return False
    c.start, c.end = q + 1, end
    c.label = c.label if c.label in {"PRODUCT", "EVENT"} else "WORK_OF_ART"
    return True


def _saint(ctx: DocCtx, c: Cand, covered: bytearray) -> None:
    """"St Brendan's" names a school, church or hospital, no person: up to its head word when one
    follows ("St Brendan's High School"), else alone before a verb, a preposition or punctuation."""
    doc, e = ctx.toks, c.end
    if e + 1 >= len(doc) or doc[e].text not in E.POSS_CUT or doc[e - 1].whitespace_:
        return
    if ctx.norm_of(c.start, e + 1) in L.world().places:  # "St John's", "St Helens": towns
        return
    k = e + 1
    while k < len(doc) and k - e <= 3 and doc[k].is_title and doc[k].is_alpha and not covered[k]:
        if doc[k].text in INSTITUTION:
            c.end, c.label = k + 1, "FAC" if doc[k].text in FACILITY else "ORG"
            return
        if "\n" in doc[k].whitespace_:
            break
        k += 1
    nxt = doc[e + 1]
    if c.label == "PERSON" and not nxt.text[:1].isupper() and nxt.pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"}:
        c.label = "ORG"  # "did not attend St Brendan's", "St Brendan's, Tom Hale said"


def _inner_run(ctx: DocCtx, c: Cand, covered: bytearray) -> None:
    """Grow "<name> on|of|for|against|to [the] Tail" or "Head on|of|... [the] <name>" when the
    added words are one or two capitalised words no other name of the article covers, that the model
    tags nowhere, that are no title nor place, and the whole run occurs twice or more in the article
    ("War on Want said ... War on Want's"); a work that speaks is a body."""
    doc, words, s, e = ctx.toks, ctx.words, c.start, c.end
    first = s - 1 - (s > 1 and words[s - 1].lower() == "the")
    after, before = e + 1 < len(doc) and words[e] in INNER, first > 0 and words[first] in INNER
    if not (after or before) or (c.label == "PERSON" and e - s > 1) or L.role_word(doc[s].lower_):
        return
    run = None
    if after:
        k = e + 1 + (doc[e + 1].lower_ == "the")
        j = _capitals(ctx, k, 1, covered)
        if j > k and (j >= len(doc) or not words[j][:1].isupper()) and _unplaced(ctx, k, j):
            run = (s, j)
    if run is None and before:
        j = _capitals(ctx, first - 1, -1, covered)
        if j < first - 1 and (j < 0 or not words[j][:1].isupper()) and _unplaced(ctx, j + 1, first):
            run = (j + 1, e)
    at = E.occurrences(words, words[run[0] : run[1]]) if run else []
    if len(at) < 2 or all(doc[i].is_sent_start for i in at):
        return  # "Fight for Fairness!" opening every sentence it is in: maybe a verb
    c.start, c.end = run
    if c.label in NO_HEAD or (c.label == "WORK_OF_ART" and _speaks(ctx, at, run[1] - run[0])):
        c.label = "ORG"


def _capitals(ctx: DocCtx, k: int, step: int, covered: bytearray) -> int:
    """From token k, past at most two untagged capitalised words going `step` (1 or -1) on one line:
    the first token past them."""
    doc, j = ctx.toks, k
    if ctx.tagged is None:
        iobs = ctx.doc.to_array(ENT_IOB).tolist()  # 2: "O"
        ctx.tagged = frozenset(w for w, iob in zip(ctx.words, iobs, strict=True) if iob != 2)
    while 0 <= j < len(doc) and abs(j - k) < 2 and doc[j].is_title and doc[j].is_alpha and not covered[j]:
        if ctx.words[j] in ctx.tagged or L.role_word(doc[j].lower_) or "\n" in ctx.ws[min(j, j - step)]:
            return k  # a name of its own elsewhere ("Amir" said), or a title ("Chairman of the Board")
        j += step
    return j


def _unplaced(ctx: DocCtx, a: int, b: int) -> bool:
    """Tokens a..b are no place, country or people of the gazetteer, word by word nor together."""
    key = L.norm(ctx.doc[a:b].text)
    return key not in L.world().places and not any(L.gazetteer_label(L.norm(w)) for w in ctx.words[a:b])


def _speaks(ctx: DocCtx, at: list[int], n: int) -> bool:
    """Some occurrence (at token i of `at`) of a name of n words speaks ("X said") or employs someone
    ("X's Tom Hale"): a body, no work."""
    words = ctx.words
    for i in at:
        after = words[i + n : i + n + 2]
        if after[:1] and after[0] in L.SPEECH_VERBS:
            return True
        if len(after) == 2 and after[0] in E.POSS and L.given_name(L.norm(after[1])):
            return True
    return False
