"""Repeats of the names an article has found: untagged occurrences (a surname after a full name, a
name in capitals, a clipped form: "Man Utd" of "Manchester United", a product's plural and the
maker before it: "six Acme ZoomBoxes"), and mentions that open a longer name found elsewhere ("US"
of "the US Open")."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.entities import candidates as C
from pipeline.entities import grouping as G
from pipeline.entities import lexicon as L
from pipeline.entities import namejoins as NJ
from pipeline.entities import names as NM
from pipeline.entities import namevariants as NV
from pipeline.entities import shortforms as SF
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand
from pipeline.entities.context import POSS
from pipeline.entities.evidence import LAW_HEADS
from pipeline.nlp.linebreaks import after_title


def repeats(ctx: C.DocCtx, cands: list[Cand], labels: dict[str, str]) -> list[Cand]:
    """Find untagged repeats of names already found in the article (surnames included)."""
    doc, words = ctx.doc, ctx.words
    forms: dict[tuple[str, ...], str] = {}
    pets: set[str] = set()
    for c in cands:
        key = G.gkey(ctx, c)
        label = labels.get(key, c.label)
        toks = tuple(words[c.start : c.end])
        forms.setdefault(toks, label)
        forms.setdefault(tuple(t.upper() for t in toks), label)
        if (ctx.in_caps(c.start) or c.src == "dateline") and len(toks[0]) > 2:
            forms.setdefault(tuple(t.title() for t in toks), label)
        last = toks[toks.index("of") - 1] if G.peer(ctx, c) else toks[-1]  # a peer's seat is no surname
        if label == "PRODUCT" and len(toks) == 1 and _pluralable(toks[0]):
            forms.setdefault((toks[0] + "s",), label)  # "200,000 PSPs" of the "PSP", "two Zooms"
        short = NM.capitals(" ".join(toks)) if label == "PRODUCT" and len(toks) > 1 else ""
        if len(short) > 2:  # not the initials: "ADSL" may be a term
            forms.setdefault((short,), label)  # "PS3" of "PlayStation 3"
        if label == "PERSON" and len(toks) > 1 and len(last) > 2:
            forms.setdefault((last,), label)
            forms.setdefault((last.upper(),), label)
        if label == "PERSON" and len(toks) > 1:  # "Tommy" of "Tom Hale", in speech only
            pets.update(NV.pet_forms(toks[0]))
    pets -= {toks[0] for toks in forms if len(toks) == 1}
    forms.update({(pet,): "PERSON" for pet in pets})
    firsts = {w for w in _first_words(ctx, cands, labels) if (w,) not in forms}  # none found alone
    for word in firsts:
        forms[(word,)] = "ORG"
    widen(ctx, cands, forms)
    heads: dict[str, set[str]] = {}  # "the Act" of the one "… Act" the article names
    bodies: dict[str, set[str]] = {}  # "the Commission" of the one "… Commission"
    for c in cands:
        label = labels.get(G.gkey(ctx, c), c.label)
        if c.end - c.start > 1 and words[c.end - 1] in LAW_HEADS and label == "LAW":
            heads.setdefault(words[c.end - 1], set()).add(ctx.norm_of(c.start, c.end))
        elif label == "ORG" and _body_head(ctx, c):
            bodies.setdefault(words[c.end - 1], set()).add(ctx.norm_of(c.start, c.end))
    first = {w: min(c.start for c in cands if c.end - c.start > 1 and words[c.end - 1] == w) for w in bodies}

    clipped = _clippable(ctx, cands, labels)

    def match(i: int, n: int) -> Cand | None:
        if i + n > len(words):  # a repeated name as the text's last word
            return None
        toks = tuple(words[i : i + n])
        longs = clipped.get((n, toks[0][0].lower()))
        label = next((lb for long, lb in longs if SF.clipped_form(list(toks), long)), None) if longs else None
        if label and ctx.free(i, i + n) and _bounded(doc, i, i + n):  # "Man Utd" of "Manchester United"
            return Cand(i, i + n, label, "prop", 0.0)
        if n == 1 and len(heads.get(toks[0], ())) == 1 and i > 0 and words[i - 1] in ("the", "The") \
                and ctx.free(i, i + 1):
            return Cand(i, i + 1, "LAW", "prop", 0.0)
        if n == 1 and len(bodies.get(toks[0], ())) == 1 and i > first[toks[0]] and _definite(words, i) \
                and ctx.free(i, i + 1) and _bounded(doc, i, i + 1) and not _goes_on(words, i + 1):
            return Cand(i, i + 1, "ORG", "prop", 0.0)
        if toks not in forms:  # one look-up first: most n-grams are no name of the article
            return None
        if n == 1 and toks[0] in pets and not NJ.in_quote(ctx, i):
            return None
        lead = ctx.toks[i].is_stop and (n == 1 or toks[0] not in {"The", "A"})  # but "The Return", a title
        opens = ctx.toks[i].is_sent_start and not after_title(doc, i)  # a lead's first word: mid-text
        lead = lead and (n == 1 or opens or ctx.toks[i].pos_ in FUNCTION_POS)  # but
        # "a first Six Nations win" inside a sentence ("His Highness" is a title)
        if lead or not ctx.free(i, i + n) or n == 1 and toks[0] in firsts and ctx.toks[i].is_sent_start \
                and not _acts(ctx, i + 1):
            return None  # "Real" alone of "Real Madrid" inside a sentence, or acting: no adjective's capital
        titled = forms[toks] == "PERSON" and (_titled(doc, i, i + n) or _opened(doc, i, i + n))  # "Gen Hale"
        if ctx.in_caps(i) or _bounded(doc, i, i + n) or titled or _maker_pair(words, forms, i, n):
            return Cand(i, i + n, forms[toks], "prop", 0.0)
        return None

    return C.greedy_scan(ctx, (4, 3, 2, 1), match) + _small_first(ctx, forms)


def _small_first(ctx: C.DocCtx, forms: dict[tuple[str, ...], str]) -> list[Cand]:
    """Repeats of a one-word name opening with a small letter ("iMP", defined in brackets), which the
    scan of capitalised words passes over: looked for only when the article has such a name."""
    small = {toks[0]: label for toks, label in forms.items() if len(toks) == 1 and toks[0][:1].islower()}
    out = []
    for i, w in enumerate(ctx.words if small else ()):
        if w in small and ctx.free(i, i + 1) and _bounded(ctx.doc, i, i + 1):
            out.append(Cand(i, i + 1, small[w], "prop", 0.0))
            ctx.take(out[-1])
    return out


def _first_words(ctx: C.DocCtx, cands: list[Cand], labels: dict[str, str]) -> set[str]:
    """First words of the article's two-word organisations that may stand alone for them ("Carra" of
    "Carra Energy", in a sports report "Real" of "Real Madrid"): the first word of no other name, no
    place, no body's head, and, outside sports reports, no English word."""
    seen: dict[str, set[str]] = {}
    heads: dict[str, set[str]] = {}
    for c in cands:
        word = ctx.words[c.start]
        if c.end - c.start > 1 and word.isalpha() and word.istitle():
            label = labels.get(G.gkey(ctx, c), c.label) if c.end - c.start == 2 else ""
            seen.setdefault(word, set()).add(label)
            heads.setdefault(word, set()).add(ctx.words[c.end - 1])
    out = set()
    for word, kinds in seen.items():
        low = word.lower()
        if kinds != {"ORG"} or len(word) < 3 or word in L.ORG_HEADS or L.known_place(L.norm(word)):
            continue
        if ctx.sports or not W.english_word(low) or heads[word] <= L.FIRM_HEADS:  # "Kite" of "Kite Studios"
            out.add(word)
    return out


ACTING = frozenset({"VBD", "VBZ", "MD"})  # a finite verb after a sentence's first word: "Kite said"


def _acts(ctx: C.DocCtx, e: int) -> bool:
    """The word before `e` owns or acts: a possessive or a finite verb follows it ("Kite's film",
    "Kite spent", "Kite will"), which no adjective opening a sentence has."""
    return e < len(ctx.words) and (ctx.words[e] in POSS or ctx.toks[e].tag_ in ACTING)


def _pluralable(word: str) -> bool:
    """A product's one-word name whose plural the article may write: an acronym ("PSP") or a name
    with a capital inside ("ZoomBox"), not ending in "s"."""
    inner = any(ch.isupper() for ch in word[1:])
    return len(word) > 1 and word[-1].isalnum() and not word.endswith("s") and (word.isupper() or inner)


def _maker_pair(words: list[str], forms: dict[tuple[str, ...], str], i: int, n: int) -> bool:
    """A body's one-word name right before a product's name of the article, or that product's name
    ("six Acme ZoomBoxes")."""
    if n != 1:
        return False
    if forms[(words[i],)] == "ORG":
        return i + 1 < len(words) and forms.get((words[i + 1],)) == "PRODUCT"
    return forms[(words[i],)] == "PRODUCT" and i > 0 and forms.get((words[i - 1],)) == "ORG"


def _body_head(ctx: C.DocCtx, c: Cand) -> bool:
    """The organisation's name ends in a capitalised word that may stand alone after "the" ("European
    Commission", "Manchester United"): no place or people ("Bank of England"), outside capitals. A
    generic body's word ("the Commission") stands for the one name of the article it ends."""
    last = ctx.words[c.end - 1]
    return c.end - c.start > 1 and last.istitle() and last.isalpha() and len(last) > 2 \
        and not ctx.in_caps(c.start) and not L.gazetteer_label(L.norm(last))


FUNCTION_POS = frozenset({"DET", "PRON", "ADP", "AUX", "CCONJ", "SCONJ", "PART"})
NAME_GOES_ON = frozenset({"of", "for", "on"})  # "the Commission for Fair Trade": another, longer name


def _goes_on(words: list[str], e: int) -> bool:
    """The words after a body's head carry its name on to a capital ("the Commission for Fair Trade",
    "the Council of the Regions"; not "beat the Rovers for the second time")."""
    if e + 1 >= len(words) or words[e] not in NAME_GOES_ON:
        return False
    nxt = e + 2 if words[e + 1] == "the" and e + 2 < len(words) else e + 1
    return words[nxt][:1].isupper()


def _definite(words: list[str], i: int) -> bool:
    """The word follows "the" ("the Commission", "The Parliament")."""
    return i > 0 and words[i - 1] in ("the", "The")


def _clippable(ctx: C.DocCtx, cands: list[Cand], labels: dict[str, str]) -> dict[tuple[int, str], list]:
    """The article's names of two or three words, no person's, by length and first letter: (lower-case
    words, label)."""
    out: dict[tuple[int, str], list] = {}
    seen = set()
    for c in cands:
        if not 2 <= c.end - c.start <= 3:
            continue
        key = G.gkey(ctx, c)
        label, base = labels.get(key, c.label), C.base_key(key)
        words = base.split()
        if 2 <= len(words) <= 3 and label in SF.JOINABLE and base not in seen:
            seen.add(base)
            out.setdefault((len(words), base[0]), []).append((words, label))
    return out


def widen(ctx: C.DocCtx, cands: list[Cand], forms: dict[tuple[str, ...], str]) -> None:
    """A mention that opens a longer name found elsewhere in the article, the rest untaken, becomes
    that name ("US" of "the US Open final" when "US Open" is a name of the article); so does one
    that ends it ("Labour Party" of "a Parliamentary Labour Party meeting" beside "the
    Parliamentary Labour Party")."""
    for c in cands:
        for n in (4, 3, 2):
            e = c.start + n
            name = tuple(ctx.words[c.start:e])
            if e > c.end and e <= len(ctx.words) and forms.get(name) and ctx.free(c.end, e):
                c.end, c.label = e, forms[name]
                ctx.take(c)
                break
        else:
            _widen_left(ctx, c, forms)


def _widen_left(ctx: C.DocCtx, c: Cand, forms: dict[tuple[str, ...], str]) -> None:
    """`widen` leftwards: one or two untaken words on the same line before the mention, no
    honorific."""
    for n in (2, 1):
        s = c.start - n
        if s < 0 or not ctx.free(s, c.start) or any("\n" in w for w in ctx.ws[s : c.start]):
            continue
        if L.fold(ctx.words[s]) in L.HONORIFICS:
            continue  # "Mr Hale" is the person the article names in full
        label = forms.get(tuple(ctx.words[s : c.end]))
        if label:
            c.start, c.label = s, label
            ctx.take(c)
            return


def _titled(doc: Doc, s: int, e: int) -> bool:
    """A person's name right after a title of capitals ("Gen Hale himself", "President Hale"), the
    next word no capital: the title, not a longer name, is what comes before it."""
    end = e >= len(doc) or not doc[e].text[:1].isupper() or "\n" in doc[e - 1].whitespace_
    return end and s > 0 and doc[s - 1].text[:1].isupper() and L.is_title_word(doc[s - 1].text)


def _opened(doc: Doc, s: int, e: int) -> bool:
    """A person's name after a sentence's or headline's capitalised first word that is a common word
    and no given name ("Tireless Hale wins"), the next word no capital."""
    end = e >= len(doc) or not doc[e].text[:1].isupper() or "\n" in doc[e - 1].whitespace_
    prev = doc[s - 1] if s > 0 else None
    if not end or prev is None or not prev.is_sent_start or not prev.is_alpha or prev.ent_type_:
        return False
    if L.is_title_word(doc[s].text):
        return False  # "Before Gen Hale's arrival": the surname alone, after its title
    low = prev.lower_
    return W.english_word(low) and not L.census_given(L.fold(prev.text)) and not L.known_place(low)


OPENING = frozenset({".", "\n", '"', "\u201c"})  # what a sentence's first word follows
OPENERS = frozenset({"CCONJ", "ADV", "ADP", "SCONJ"})  # a sentence's opening small word before a name


def _bounded(doc: Doc, s: int, e: int) -> bool:
    """The match is not a piece of a longer capitalised name."""
    if e < len(doc) and doc[e].text[:1].isupper() and "\n" not in doc[e - 1].whitespace_:
        return False
    prev = doc[s - 1] if s > 0 else None
    if prev is not None and L.fold(prev.text) in L.HONORIFICS:  # "Mr Hale"
        return True
    if prev is not None and prev.text == "The" and (s == 1 or doc[s - 2].text in OPENING):
        return True  # "The PFDJ controls": the article opening a sentence, no name's first word
    if prev is not None and prev.is_sent_start and prev.is_stop and prev.pos_ in OPENERS:
        return True  # "And Millbrook seemed", "But Hale", "After Hale's goal": a sentence's opening word
    return not (
        prev is not None and prev.text[:1].isupper() and prev.text.isalpha() and not doc[s].is_sent_start
    )
