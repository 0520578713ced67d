"""Whole names the model cut at their edges or inner words: a body's name cut before "for the" ("UN
Office" + "Coordination of Humanitarian Affairs"), portfolios joined by "and" before a ministry's
head ("the Finance and Economy Ministry"), an event owned by its body ("AAA's Championships"), a
surname the model left after a given name ("Edith" Masai), a nickname in quotes inside a person's
name (Ann "Red" Lee), a body named "X of <place>" that speaks ("Lloyds of London told"), a post
after a name ("Tom Hale MP", "Ann Lee QC"), a people's members in lower case ending a body's name
("Association of British insurers"), a peer's name and territorial title after the rank ("Lord Hale
of Kirkby"), a channel or firm the model cut after its owner's short name ("BBC" One, "US" Airways).
All work on token indices.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.entities import evidence as E
from pipeline.entities import hyphenedgiven as HG
from pipeline.entities import lexicon as L
from pipeline.entities import words as W
from pipeline.entities.acronyms import initials
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.context import QUOTE_MARKS
from pipeline.entities.gluedplaces import INSTITUTION_HEADS

INNER = frozenset({"for", "of", "on"})
LINKS = frozenset({"of", "and", "for", "the", "on", "&"})
HEADED = frozenset({"ORG", "FAC"})
PORTFOLIO_LABELS = frozenset({"ORG", "EVENT", "FAC", "WORK_OF_ART", "PRODUCT"})  # the model's guesses


def headed_tail(ctx: DocCtx, a: Cand, b: Cand) -> bool:
    """A body's head ("UN Office"), then "for|of|on [the]" and a name of title words the article
    never names alone ("Coordination of Humanitarian Affairs"): one body."""
    doc, words = ctx.toks, ctx.words
    gap = [w.lower() for w in words[a.end : b.start]]
    if not (1 <= len(gap) <= 2 and gap[0] in INNER and gap[1:] in ([], ["the"])):
        return False
    if a.label not in HEADED or b.label != "ORG" or b.end - b.start < 2 or a.end - a.start < 2:
        return False  # "entered Parliament for" a constituency
    if words[a.end - 1] not in L.ORG_HEADS:
        return False
    if L.norm(words[b.start]) in L.world().places or any(w in L.ORG_HEADS for w in words[b.start : b.end]):
        return False  # "Office for" Scotland; "Office of" the Trade Ministry: two bodies
    if not all(t.is_title or t.lower_ in LINKS for t in doc[b.start : b.end]):
        return False
    return not _alone(ctx, a, b)


def _alone(ctx: DocCtx, a: Cand, b: Cand) -> bool:
    """The tail occurs elsewhere as a name of its own, not after the same head and inner words."""
    words, n, lead = ctx.words, b.end - b.start, ctx.words[a.end - 1 : b.start]
    for i in E.occurrences(words, words[b.start : b.end]):
        before, after = words[max(0, i - len(lead)) : i], words[i + n : i + n + 1]
        if i != b.start and before != lead and not (after and after[0][:1].isupper()):
            return True
    return False


def portfolio_heads(ctx: DocCtx, cands: list[Cand]) -> None:
    """Grow a body's name over the portfolio the model left before its "and" ("the Finance and"
    Economy Ministry): after "the", one or two title words the model tags nowhere, no place, body
    or title ("President"), before "and" and a name ending in an organisation's head; or over the
    words before its "and" that the article's acronym spells ("Public and" Commercial Services, "PCS")."""
    words = ctx.words
    acronyms: set[str] | None = None
    for c in cands:
        s = c.start
        if c.label not in HEADED or s < 3 or words[s - 1] != "and":
            continue
        k = s - 1
        while k > s - 3 and _portfolio_word(ctx, k - 1):
            k -= 1
        headed = words[c.end - 1] in L.ORG_HEADS
        if headed and k < s - 1 and words[k - 1].lower() == "the" and not any("\n" in w for w in ctx.ws[k:s]):
            c.start = k
            continue
        acronyms = _caps_words(ctx) if acronyms is None else acronyms
        c.start = _spelt_start(ctx, c, acronyms) if acronyms else s


def plural_heads(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Portfolios joined by "and" before a body's head in the lower-case plural ("the Education and
    Agriculture ministries") are two bodies: the model's one name over both is cut in two, and the
    second, which the model left out after the first, becomes a body of its own."""
    words, out = ctx.words, []
    for c in cands:
        if c.label != "ORG" or not _plural_head(words, c.end):
            out.append(c)
            continue
        k = next((i for i in range(c.start + 1, c.end - 1) if words[i] == "and"), None)
        if k is not None and all(w[:1].isupper() for w in words[c.start : k] + words[k + 1 : c.end]):
            out += [Cand(c.start, k, "ORG", c.src, c.weight), Cand(k + 1, c.end, "ORG", c.src, c.weight)]
            continue
        out.append(c)
    ends = {c.end: c for c in out if c.label == "ORG"}
    starts = {c.start for c in out}
    for e, c in list(ends.items()):
        k = e + 1  # "the Education" and "Agriculture ministries"
        if e < len(words) and words[e] == "and" and k < len(words) and k not in starts:
            tail = k
            while tail < len(words) and words[tail][:1].isupper() and words[tail].isalpha():
                tail += 1
            if 0 < tail - k <= 2 and _plural_head(words, tail):
                out.append(Cand(k, tail, "ORG", c.src, c.weight))
    return out


def _plural_head(words: list[str], k: int) -> bool:
    """The word at k is a body's head in the lower-case plural ("ministries", "departments")."""
    if k >= len(words) or not words[k].islower() or not words[k].endswith("s"):
        return False
    low = words[k]
    one = low[:-3] + "y" if low.endswith("ies") else low[:-1]
    return one.title() in L.ORG_HEADS


def _caps_words(ctx: DocCtx) -> set[str]:
    """The article's words of two to six capitals ("PCS"), outside lines of capitals."""
    return {t.text for t in ctx.toks
            if t.is_upper and t.is_alpha and 2 <= len(t) <= 6 and not ctx.in_caps(t.i)}


def _spelt_start(ctx: DocCtx, c: Cand, acronyms: set[str]) -> int:
    """The start of a body's name the model cut at its "and" ("Public and" Commercial Services), one
    to three capitalised words before it, when the article writes the whole name's initials ("PCS");
    else the name's own start."""
    words, k = ctx.words, c.start - 1
    while k > c.start - 4 and k > 0 and ctx.toks[k - 1].is_title and ctx.toks[k - 1].is_alpha \
            and "\n" not in ctx.ws[k - 1]:
        k -= 1
    for j in range(k, c.start - 1):
        if initials(" ".join(words[j : c.end])) in acronyms:
            return j
    return c.start


def _portfolio_word(ctx: DocCtx, i: int) -> bool:
    tok = ctx.toks[i]
    if i < 1 or not (tok.is_title and tok.is_alpha) or tok.ent_iob_ != "O" or tok.text in L.ORG_HEADS:
        return False
    key, low = L.norm(tok.text), L.fold(tok.text)
    person_title = L.is_title(low) and low not in L.TITLE_MODIFIERS  # "President", not "Finance"
    return not (L.gazetteer_label(key) or person_title or L.given_name(key))


def owned_event(ctx: DocCtx, a: Cand, b: Cand) -> bool:
    """A body, its possessive and one event's head the model tagged apart ("AAA" + "'s" +
    "Championships"): one event."""
    words = ctx.words
    return (
        b.start == a.end + 1
        and b.end - b.start == 1
        and words[a.end] in E.POSS
        and a.label in {"ORG", "EVENT"}
        and words[b.start] in L.EVENT_HEADS
        and W.noun_plural(words[b.start].lower())  # "Championships", not the "Olympics"
        and not ctx.toks[a.end - 1].whitespace_
        and not (b.end < len(words) and ctx.toks[b.end].is_lower and ctx.toks[b.end].pos_ == "NOUN")
    )


def surname_after(ctx: DocCtx, cands: list[Cand]) -> None:
    """A person of one given name, maybe hyphenated ("Karl-Uwe"), before an untagged title word that
    ends the name ("Edith" Masai, where the model read "Masai" as a people): the whole name."""
    doc, n = ctx.toks, len(ctx.toks)
    starts = {c.start for c in cands}
    for c in cands:
        e = c.end
        if c.label != "PERSON" or e - c.start not in (1, 3) or e + 1 >= n or e in starts \
                or ctx.ws[e - 1] != " ":
            continue
        tok, nxt = doc[e], doc[e + 1]
        if not (tok.is_title and tok.is_alpha and tok.ent_iob_ == "O" and tok.tag_ == "NNP") or nxt.is_title \
                or tok.is_stop or nxt.text in E.HYPHEN:  # "Li In-mo": a syllable, no surname
            continue
        if not HG.given_end(ctx, c.start, e) or L.is_title_word(tok.text) or ctx.in_caps(e):
            continue
        if L.gazetteer_label(L.norm(tok.text)) in {"GPE", "LOC"} or L.role_word(tok.lower_):
            continue
        c.end = e + 1


def nickname_cands(ctx: DocCtx) -> list[Cand]:
    """Ann "Red" Lee: a first name, a title word in quote marks and a surname the article gives a
    person elsewhere ("Ms Lee", or in the model's name of a person): one person, nickname included,
    over the model's pieces."""
    words, toks, out = ctx.words, ctx.toks, []
    for i in range(len(words) - 4):
        if words[i + 1] not in QUOTE_MARKS or words[i + 3] not in QUOTE_MARKS or not words[i + 4].istitle():
            continue
        first, nick = toks[i], toks[i + 2]
        if not (first.is_title and first.is_alpha and nick.is_title and L.census_name(L.norm(first.text))):
            continue
        if any("\n" in w for w in ctx.ws[i : i + 4]) or ctx.in_caps(i) or not ctx.free(i, i + 5):
            continue
        if _surname(ctx, i + 4):
            out.append(Cand(i, i + 5, "PERSON", "cue", 2.0))
    return out


def _surname(ctx: DocCtx, k: int) -> bool:
    """The word at k names a person elsewhere: after an honorific, or ending the model's person."""
    words, word = ctx.words, ctx.words[k]
    return any(
        j != k and (L.fold(words[j - 1]) in L.HONORIFICS or ctx.toks[j].ent_type_ == "PERSON")
        for j in range(1, len(words)) if words[j] == word
    )


def _named(ctx: DocCtx, word: str) -> bool:
    """The word is a title, a place or a people's, or the model tags it somewhere."""
    if ctx.tagged is None:
        ctx.tagged = frozenset(w for w, t in zip(ctx.words, ctx.toks, strict=True) if t.ent_iob_ != "O")
    key = L.norm(word)
    places = L.world().places
    return word in ctx.tagged or L.is_title_word(word) or key in places or bool(L.gazetteer_label(key))


def of_place_cands(ctx: DocCtx) -> list[Cand]:
    """An untagged title word, "of" and a place, the whole a speaker ("Lloyds of London told the
    paper"): a body named after the place, not the place."""
    words, toks, out = ctx.words, ctx.toks, []
    for i in range(2, len(words) - 1):
        if words[i - 1] != "of" or words[i + 1] not in L.SPEECH_VERBS or not words[i].istitle():
            continue
        head = toks[i - 2]
        if not (head.is_title and head.is_alpha and head.ent_iob_ == "O"):
            continue
        if L.norm(words[i]) not in L.world().places:
            continue
        if not (L.role_word(head.lower_) or head.is_stop or _named(ctx, head.text) or ctx.in_caps(i)):
            out.append(Cand(i - 2, i + 1, "ORG", "rule", 2.0))
    return out


def people_tail(ctx: DocCtx, s: int, e: int, label: str) -> int:
    """The end of a body's name the model cut after "of" and a people, before the plural noun that
    ends it, written in lower case ("Association of British" insurers)."""
    doc = ctx.toks
    if label != "ORG" or e - s < 3 or e + 1 >= len(doc) or doc[e - 2].lower_ != "of":
        return e
    tail, after = doc[e], doc[e + 1]
    if L.gazetteer_label(L.norm(doc[e - 1].text)) != "NORP" or tail.tag_ != "NNS" or not tail.is_lower \
            or not doc[e - 1].whitespace_:
        return e
    return e + 1 if after.pos_ not in {"NOUN", "PROPN", "ADJ"} and after.text not in E.POSS_CUT else e


def post_after(ctx: DocCtx, s: int, e: int, label: str) -> int:
    """The end of a person's name before a title in capitals after it ("Tom Hale MP")."""
    last, places = ctx.words[e - 1], L.world().places
    if label != "PERSON" or e - s < 3 or not last.isupper() or not L.is_title_word(last):
        return e
    return e if L.norm(ctx.words[s]) in places else e - 1  # "Bolton West MP": a seat's member


def peer_cands(ctx: DocCtx) -> list[Cand]:
    """A peer's rank, a name of one or two words, "of" and a place of one to three ("Lord Hale of
    Kirkby", "Baroness Lee of Upper Marsh"): one person, the rank left out as other honorifics are."""
    words, toks, out = ctx.words, ctx.toks, []
    if L.PEERAGES.isdisjoint(words):
        return out
    for i in range(len(words) - 3):
        if words[i] not in L.PEERAGES or ctx.in_caps(i):
            continue
        k = i + 1
        while k < i + 3 and peer_word(toks[k]):
            k += 1
        if k == i + 1 or k + 1 >= len(words) or words[k] != "of" or not peer_word(toks[k + 1]):
            continue
        e = k + 1
        while e < min(k + 4, len(words)) and peer_word(toks[e]) and "\n" not in ctx.ws[e - 1]:
            e += 1
        if not any("\n" in w for w in ctx.ws[i:e - 1]):
            out.append(Cand(i + 1, e, "PERSON", "cue", 2.0))
    return out


def peer_word(tok: Token) -> bool:
    """A capitalised word of a peer's name or seat, no title ("Lord Mayor of", "Lady Justice")."""
    return tok.is_title and tok.is_alpha and not L.is_title_word(tok.text) and tok.text not in L.ORG_HEADS


def shared_surnames(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """A lone given name before "and" and a person of a given name and a surname takes that surname
    ("Mike and Bob Bryan": Mike Bryan), tagged by the model or not, unless it ends a list ("Jay-Z,
    Nelly and Tom Hale"), opens a title ("the Jesus and Mary Chain") or the article uses it without
    that surname elsewhere (a one-name star: "Madonna and Elton John"); returns the untagged ones."""
    doc, out = ctx.toks, []
    at = {c.start: c for c in cands}
    covered = {i for c in cands for i in range(c.start, c.end)}
    for r in cands:
        k = r.start - 2
        if r.label != "PERSON" or r.end - r.start != 2 or k < 0 or ctx.words[k + 1] not in {"and", "&"}:
            continue
        left = at.get(k)
        if left is not None and (left.end != k + 1 or left.role or left.src != "model"):
            continue
        if (left is None or left.label != "PERSON") and not L.given_name(L.fold(ctx.words[k])):
            continue  # "Venus" the model calls a body; not "Georgia and Tom Hale"
        if left is None and (k in covered or doc[k].ent_iob_ != "O"):
            continue
        if not _shared(ctx, k, r.start) or not _alone_once(ctx, k, ctx.words[r.end - 1]):
            continue
        if left is None:
            left = Cand(k, k + 1, "PERSON", "rule", 2.0)
            out.append(left)
        left.label, left.surname = "PERSON", ctx.words[r.end - 1]
    return out


def _shared(ctx: DocCtx, k: int, first: int) -> bool:
    """Tokens k and `first` are given names, k no word of a longer name, on one line in mixed case."""
    doc = ctx.toks
    names = all(doc[i].is_title and doc[i].is_alpha and L.census_given(L.fold(doc[i].text))
                for i in (k, first))
    before = doc[k - 1] if k > 0 else None
    if before is not None and before.lower_ in {",", "the"}:
        return False
    longer = before is not None and before.is_title and not before.is_sent_start
    longer = longer and "\n" not in before.whitespace_
    return names and not longer and not ctx.in_caps(k) and not any("\n" in w for w in ctx.ws[k:first])


def _alone_once(ctx: DocCtx, k: int, surname: str) -> bool:
    """The word at k occurs nowhere else in the article but before the surname."""
    words, word = ctx.words, ctx.words[k]
    return all(j == k or words[j + 1 : j + 2] == [surname] for j, w in enumerate(words) if w == word)


def joined_portfolios(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Join a body's name the model cut at its inner "and" into two names ("Texas Parks" and
    "Wildlife Department", "The Standards" and "Privileges Committee"): the first part opens with
    "The", a place or a people's adjective, then common nouns, the second is common nouns and a
    body's head, both have two words or more (or the first is one adjective after "the": "the
    Public and Commercial Services Union"), and neither is named alone elsewhere in the article
    ("Citizens Bank and Canal Bank", "Apple Computer and Cisco Systems" are two)."""
    words, by_start = ctx.words, {c.start: c for c in cands}
    drop: set[int] = set()
    for a in cands:
        b = by_start.get(a.end + 1)
        if b is None or words[a.end] != "and" or not _portfolio_pair(ctx, a, b):
            continue
        b.start = a.start + (words[a.start].lower() == "the")
        drop.add(id(a))
    return [c for c in cands if id(c) not in drop] if drop else cands


def _portfolio_pair(ctx: DocCtx, a: Cand, b: Cand) -> bool:
    """`joined_portfolios`' test of two parts around an "and"."""
    words = ctx.words
    if a.label not in PORTFOLIO_LABELS or b.label != "ORG" or b.end - b.start < 2:
        return False
    lone = a.end - a.start == 1 and _lone_adjective(ctx, a, b)  # "the Public and Commercial Services Union"
    if a.end - a.start < 2 and not lone:
        return False  # "Ford and General Motors"
    lead, inner = words[a.start], words[a.start + 1 : a.end] + words[b.start : b.end - 1]
    if words[b.end - 1] not in L.ORG_HEADS or any((w in L.ORG_HEADS and not lone) or not _common_title(w)
                                                  for w in inner):
        return False  # a head inside: two bodies ("Citizens Bank and Canal Bank"), unless one adjective leads
    if lead.lower() != "the" and not L.known_place(L.norm(lead)) and not lone:
        return False  # "Apple Computer and Cisco Systems": a firm's name before the "and"
    return not (E.alone_elsewhere(ctx, a.start, a.end) or E.alone_elsewhere(ctx, b.start, b.end))


def _lone_adjective(ctx: DocCtx, a: Cand, b: Cand) -> bool:
    """The model's one-word part after "the" is a capitalised adjective, no place or people's, and
    the second part is the name itself, no modifier of a lower-case noun ("the Ford and General
    Motors plants"): "the Public and" Commercial Services Union."""
    word, after = ctx.words[a.start], ctx.toks[b.end] if b.end < len(ctx.toks) else None
    if a.start < 1 or ctx.words[a.start - 1].lower() != "the" or not word.istitle():
        return False
    if after is not None and after.is_lower and after.pos_ in {"NOUN", "PROPN"}:
        return False
    return W.adjective(word.lower()) and not L.known_place(L.norm(word))


def _common_title(word: str) -> bool:
    """A capitalised common noun or adjective, maybe plural ("Parks", "Wildlife"), no place."""
    low = word.lower()
    return word.istitle() and (W.generic_key(low) or W.generic_plural(low)) \
        and not L.known_place(L.norm(word))


def named_tails(ctx: DocCtx, cands: list[Cand]) -> None:
    """A body's name the model cut before the title words that end a longer name: a channel's number
    ("BBC" One, "Radio" Four), or words that make a name the model tags whole elsewhere ("US" Airways,
    also a possessive written without its "s": "US Airway's"). The longer name is a body of its own."""
    words, n = ctx.words, len(ctx.words)
    wholes = {tuple(words[c.start : c.end]) for c in cands if c.end - c.start > 1}
    starts = {c.start for c in cands}
    for c in cands:
        e = c.end
        if c.label not in {"ORG", "GPE"} or e >= n or e in starts or ctx.ws[e - 1] != " ":
            continue
        if c.label == "ORG" and _channel_number(ctx, e):
            c.end = e + 1
            continue
        k = _whole_end(ctx, c, wholes)
        if k:
            c.end, c.label = k, "ORG"


def _whole_end(ctx: DocCtx, c: Cand, wholes: set[tuple[str, ...]]) -> int:
    """The end of the title words after `c` that make a name tagged whole elsewhere, else 0."""
    words, k = ctx.words, c.end
    while k < min(len(words), c.end + 3) and ctx.toks[k].is_title and ctx.toks[k].is_alpha:
        k += 1
        name = tuple(words[c.start : k])
        if name in wholes or name[:-1] + (name[-1] + "s",) in wholes:
            return k
        if ctx.ws[k - 1] != " ":
            break
    return 0


def _channel_number(ctx: DocCtx, e: int) -> bool:
    """Token e is a channel's number word ("One", "Four") that no "of" or hyphen follows."""
    words = ctx.words
    nxt = words[e + 1] if e + 1 < len(words) else ""
    return words[e] in L.OUTLET_ARMS and ctx.toks[e].like_num and nxt not in {"of", "-"}


ACADEMIC_HEADS = INSTITUTION_HEADS | {"Institute"}


def campus_names(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """A university's name with its campus after "at" ("University of Kelby at Tamsa"): one body,
    not a body and a town; the body's name opens with an academic head and "of"."""
    words, ordered = ctx.words, sorted(cands, key=lambda c: c.start)
    drop: set[int] = set()
    for a, b in zip(ordered, ordered[1:], strict=False):
        s = a.start + (words[a.start].lower() == "the")
        if (a.label == "ORG" and b.start == a.end + 1 and a.end - s > 2 and _place_name(ctx, b)
                and words[a.end] == "at" and words[s] in ACADEMIC_HEADS and words[s + 1] == "of"):
            a.end = b.end
            drop.add(id(b))
    return [c for c in cands if id(c) not in drop] if drop else cands


def _place_name(ctx: DocCtx, c: Cand) -> bool:
    """A span the gazetteer knows as a place (the model may call a split-off campus a body)."""
    return L.known_place(L.norm(" ".join(ctx.words[c.start : c.end])))


VENUE_NOUNS = frozenset(L.CUES["venue_nouns"])  # "restaurant", "hotel", "pub"


def venue_names(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """A venue's name "X in the Y" or "X on the Y" before its lower-case noun ("Kelby's in the Mall
    restaurant"): one name, not a body and a place; a hotel's is FAC (`class_nouns`), others ORG."""
    words, ordered = ctx.words, sorted(cands, key=lambda c: c.start)
    drop: set[int] = set()
    for a, b in zip(ordered, ordered[1:], strict=False):
        noun = words[b.end] if b.end < len(words) else ""
        k = a.end + (a.end < len(words) and words[a.end] in {"'s", "\u2019s"})  # "Kelby" + "'s in the Mall"
        if (b.start == k + 2 and words[k] in {"in", "on"} and words[k + 1] == "the"
                and noun in VENUE_NOUNS and id(a) not in drop):
            a.end, a.label = b.end, L.CUES["class_nouns"].get(noun, "ORG")
            drop.add(id(b))
    return [c for c in cands if id(c) not in drop] if drop else cands
