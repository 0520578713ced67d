"""Names the model cut in two, re-joined (`join_pieces`): at a possessive inside a name
("Destiny's Child", "Gulliver's Travels"), before a generic place head ("Kentish" + "Town"), or after
the country a body is named after ("UK" + "Independence Party"), or at a slash between a body's
names ("Acme/XYZ"). All work on token indices."""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from pipeline.entities import evidence as E
from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx, looks_personal
from pipeline.entities.evidence import PLACE_HEADS, POSS, SMALL
from pipeline.entities.lexicon import HONORIFICS, fold, gazetteer_label, given_name, norm
from pipeline.entities.names import given_name_first
from pipeline.entities.words import english_word, generic_key

NAMED = frozenset({"ORG", "WORK_OF_ART", "EVENT", "PERSON"})  # what may be named after a country or a people
SLASH_ABLE = frozenset({"ORG", "PERSON", "PRODUCT"})  # what the model calls each half of "Acme/XYZ"


def join_pieces(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Re-join a name the model cut in two: at a possessive inside a name ("Destiny's Child",
    "Gulliver's Travels": the first part never stands alone in the article), before a generic
    place head ("Kentish" + "Town"), after the country it is named after (`_national_body`) or at a
    slash (`_slashed`); a
    number before a facility's head ("Harbour 88 Tower") is nameruns.join_runs'."""
    doc, out = ctx.doc, []
    for c in sorted(cands, key=lambda c: c.start):
        prev = out[-1] if out else None
        if prev is not None and _place_head(doc, prev, c):
            prev.end = c.end
            continue
        if prev is not None and _national_body(ctx, prev, c):
            prev.end, prev.weight = c.end, max(prev.weight, c.weight)
            prev.label = {"PERSON": "WORK_OF_ART", "NORP": "ORG"}.get(c.label, c.label)  # "Australian Idol"
            continue
        if c.start > 0 and (prev is None or prev.end < c.start) and ctx.toks[c.start - 1].ent_iob_ == "O":
            gaz = gazetteer_label(norm(ctx.words[c.start - 1])) or ""
            if _national_body(ctx, Cand(c.start - 1, c.start, gaz, "model", 1.0), c):  # "the UK ..."
                c.start, c.label = c.start - 1, "ORG" if c.label == "NORP" else c.label
        if prev is not None and _owned_title(doc, prev, c):
            c.start = prev.end + 1  # "Razorlight's Up All Night": the model left "Up" out of the title
        if prev is not None and _slashed(ctx, prev, c):
            prev.end, prev.label, prev.weight = c.end, "ORG", max(prev.weight, c.weight)
            continue
        if prev is not None and prev.src == "model" and c.src == "model" and _possessive_name(ctx, prev, c):
            prev.end, prev.weight = c.end, max(prev.weight, c.weight)
            prev.label = c.label if c.label not in {"PERSON", "PRODUCT"} else "ORG"
            continue
        out.append(c)
    return out
def _slashed(ctx: DocCtx, a: Cand, b: Cand) -> bool:
    """Two names the model found either side of a slash with no space ("Acme/XYZ"), one a body,
    neither a place or a people, nor a person named elsewhere, not two acronyms, outside sports
    reports: one body's name."""
    k = a.end
    if b.start != k + 1 or ctx.words[k] != "/" or ctx.ws[k - 1] or ctx.ws[k] or {a.src, b.src} != {"model"}:
        return False
    if ctx.words[k - 1].isupper() and ctx.words[k + 1].isupper():
        return False  # two acronyms: "TCP/IP", "HIV/AIDS" are two terms
    labels = {a.label, b.label}
    if "ORG" not in labels or not labels <= SLASH_ABLE or not ctx.words[b.start][:1].isupper() or ctx.sports:
        return False  # "Replacements: Hale/Moss": one player or the other
    return not (_personal(ctx, a) or _personal(ctx, b))  # "the Hale/Moss feud" ... "Mr Hale"


def _personal(ctx: DocCtx, c: Cand) -> bool:
    """The words of `c` name a person elsewhere: the model's person, or after an honorific ("Mr Hale")."""
    words = ctx.words
    return any(ctx.toks[i].ent_type_ == "PERSON" or (i > 0 and fold(words[i - 1]) in HONORIFICS)
               for i in E.elsewhere(ctx, c.start, c.end))


def _owned_title(doc: Doc, a: Cand, b: Cand) -> bool:
    """A body's possessive, then capitalised words up to the work the model found after it."""
    if not _body_owner(doc, a) or b.label != "WORK_OF_ART" or a.end >= len(doc):
        return False
    if doc[a.end].text not in POSS or b.start - a.end < 2:
        return False
    return b.start - a.end <= 3 and all(t.text[:1].isupper() for t in doc[a.end + 1 : b.start])


def _body_owner(doc: Doc, a: Cand) -> bool:
    """A name the model calls a body that is not shaped like a person's ("Razorlight"; not "Lemony
    Hale", whose possessive may open a title)."""
    return a.label == "ORG" and not looks_personal(doc, a.start, a.end)


def _national_body(ctx: DocCtx, a: Cand, b: Cand) -> bool:
    """A country or nationality the model split off the body named after it ("UK" + "Independence
    Party", "British" + "Retail Consortium", "US" + "Navy") or off a show or occasion the article
    never names without it ("Australian" + "Idol"); not before an acronym or a brand ("Polish
    SPC"), a place ("Chicago NAPM") or across a line."""
    doc = ctx.doc
    if a.end != b.start or a.end - a.start != 1 or {a.src, b.src} != {"model"} or b.label not in NAMED:
        return _national_party(ctx, a, b)
    if ctx.toks[a.start].whitespace_ != " " or ctx.in_caps(a.start):
        return False
    if a.label not in {"GPE", "NORP"} or gazetteer_label(norm(ctx.words[a.start])) != a.label:
        return False
    words = doc[b.start : b.end]
    if not all(t.is_title or t.is_lower and t.lower_ in SMALL for t in words):
        return False
    if given_name(norm(words[0].text)) and looks_personal(doc, b.start, b.end):
        return False  # "Russian Nadia Petrova", whatever the model's label
    if b.label != "ORG":  # a show or an occasion: "Australian Idol", never written without "Australian"
        return _named_after(ctx, a, b)
    return b.end - b.start > 1 or generic_key(words[0].lower_)
def _national_party(ctx: DocCtx, a: Cand, b: Cand) -> bool:
    """A people's word between "the" and a party of two words or more the model calls a people
    ("the Welsh" + "Liberal Democrats"): one party's name."""
    doc = ctx.doc
    if a.end != b.start or a.end - a.start != 1 or b.label != "NORP" or b.end - b.start < 2:
        return False
    if a.start == 0 or doc[a.start - 1].lower_ != "the" or doc[a.start].whitespace_ != " ":
        return False
    if a.label != "NORP" or gazetteer_label(norm(doc[a.start].text)) != "NORP" or ctx.in_caps(a.start):
        return False
    return all(t.is_title for t in doc[b.start : b.end])


def _named_after(ctx: DocCtx, a: Cand, b: Cand) -> bool:
    """Show or occasion b is never written without people a before it, and its one word is a common
    English word; the model's person only when no given name and the pair is written twice or more
    ("Australian Idol" ... "Australian Idol winner")."""
    people, first = ctx.words[a.start], ctx.words[b.start]
    if b.end - b.start > 1 and b.label == "PERSON":
        return False
    if b.end - b.start == 1 and not (english_word(first.lower()) and first.istitle()):
        return False
    others = E.elsewhere(ctx, b.start, b.end)
    if b.label == "PERSON" and (L.census_given(fold(first)) or not others):
        return False  # a person's word only when the pair is written twice or more
    return all(i > 0 and ctx.words[i - 1] == people for i in others)


def _place_head(doc: Doc, a: Cand, b: Cand) -> bool:
    return (
        a.end == b.start
        and b.end - b.start == 1
        and doc[b.start].text in PLACE_HEADS
        and a.label in {"GPE", "LOC", "FAC"}
        and b.label in {"GPE", "LOC", "FAC"}
        and "\n" not in doc[a.end - 1].whitespace_
    )
def _possessive_name(ctx: DocCtx, a: Cand, b: Cand) -> bool:
    doc = ctx.doc
    if ctx.words[a.end] not in POSS or ctx.toks[a.end - 1].whitespace_:
        return False
    if b.label == "WORK_OF_ART" and b.start - a.end <= 2:  # "Lemony Hale's A Tale of Woe"; not a
        if ctx.words[a.end - 1].isdigit() or _body_owner(doc, a):  # station's ("BBC Radio 4's Woman's
            return False  # Hour"), a band's or a studio's ("Razorlight's Up All Night")
        if a.label == "PERSON" and a.end - a.start > 1 and given_name_first(ctx, a):
            return False  # "Ann Lee's Strictly Come Dancing win": the person, then the show
        return all(t.text[:1].isupper() for t in doc[a.end + 1 : b.start]) and not _first_alone(ctx, a, b)
    if b.start != a.end + 1:
        return False
    return (
        a.end - a.start == 1
        and b.end - b.start == 1
        and b.label not in {"PERSON", "GPE", "NORP"}
        and a.label in {"PERSON", "ORG"}
        and gazetteer_label(norm(ctx.words[a.start])) is None
        and not _first_alone(ctx, a, b)
        and not _second_alone(ctx, a, b)
        and not (a.label == "ORG" and E.parallel_owners(ctx, a.start, b.end))  # "Sony's X, Sega's Y"
    )
def _first_alone(ctx: DocCtx, a: Cand, b: Cand) -> bool:
    """The first part occurs elsewhere without "'s" and the second part after it ("Fox", "Fox's show")."""
    w, n, head = ctx.words, a.end - a.start, ctx.words[b.start]
    return any(
        w[i + n : i + n + 1] not in ([p] for p in POSS) or w[i + n + 1 : i + n + 2] != [head]
        for i in E.elsewhere(ctx, a.start, a.end)
    )
def _second_alone(ctx: DocCtx, a: Cand, b: Cand) -> bool:
    """The second part occurs elsewhere not after the first part's "'s"."""
    w, last = ctx.words, ctx.words[a.end - 1]
    return any(i < 2 or w[i - 1] not in POSS or w[i - 2] != last for i in E.elsewhere(ctx, b.start, b.end))


TAIL_LABELS = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART"})
GLUES = frozenset({"-", "'", "\u2019", "\"", "\u201d", "("})  # a word, quotation or bracket goes on
PLURAL_VERBS = frozenset({"are", "were", "have"})
HEADLESS_POS = frozenset({"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "ADV", "PART", "PUNCT"})


def possessive_tails(ctx: DocCtx, cands: list[Cand]) -> None:
    """Keep the possessive of a name that owns nothing ("Claridge's and the Savoy", "shoppers at
    Sainsbury's said"): a shop's or a hotel's name. Every mention of the words is followed by the
    possessive, the words never stand alone in the article, and some possessive has no noun after it
    (nor shares a later one: "Japan's and China's trade"); a mention that owns a noun ("revived
    Barney's sales") is allowed when two others own none ("chain Barney's, ...", "loyal to Barney's.")."""
    words, groups = ctx.words, defaultdict(list)
    for c in cands:
        if c.end > c.start:
            groups[tuple(words[c.start : c.end])].append(c)
    for key, ms in groups.items():
        if any(c.label not in TAIL_LABELS or not _owner_at(ctx, c.end) for c in ms):
            continue
        if gazetteer_label(norm(" ".join(key))) or E.alone_elsewhere(ctx, ms[0].start, ms[0].end):
            continue
        headless = sum(_headless(ctx, c.end + 1) for c in ms)
        if headless and (headless >= 2 or not any(_owns(ctx, c) for c in ms)):
            for c in ms:
                c.end += 1


def _owner_at(ctx: DocCtx, k: int) -> bool:
    """Token k is a possessive glued to the word before it."""
    return k < len(ctx.words) and ctx.words[k] in POSS and not ctx.toks[k - 1].whitespace_


def _owns(ctx: DocCtx, c: Cand) -> bool:
    """The parse makes the mention own a noun after it ("ITV's well-loved comedy", "X's proposed move")
    or reads the possessive as a plural's ("DJ's are")."""
    last, nxt = ctx.toks[c.end - 1], ctx.toks[c.end + 1] if c.end + 1 < len(ctx.doc) else None
    prev = ctx.toks[c.start - 1] if c.start > 0 else None
    plural = nxt is not None and nxt.lower_ in PLURAL_VERBS and last.head.i == nxt.i
    if plural or (prev is not None and prev.tag_ in {"PRP$", "CD"}):
        return True  # "your X's", "two X's": a plural
    if c.end - c.start == 1 and last.text.isupper():
        return True  # "MP's", "DJ's": an acronym's plural
    return last.dep_ == "poss" and last.head.i > c.end and last.head.pos_ in {"NOUN", "PROPN", "NUM"}


def _headless(ctx: DocCtx, k: int) -> bool:
    """Token k, right after a possessive, opens no noun phrase it would own: the text ends, or a
    stop, a verb, a preposition or a conjunction comes, with no other possessive in the next words."""
    doc = ctx.doc
    if k >= len(doc):
        return True
    tok = doc[k]
    if tok.pos_ not in HEADLESS_POS or (tok.pos_ != "PUNCT" and not tok.is_lower) or tok.text in GLUES:
        return False
    return not any(t.text in POSS for t in doc[k + 1 : k + 6])


def colon_titles(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """A title written "A: B" that the model found whole somewhere in the article ("Space Run:
    Rebellion") is whole wherever the article writes it so, never "A" and a "B" of its own."""
    words = ctx.words
    wholes = {tuple(words[c.start : c.end]) for c in cands if ":" in words[c.start + 1 : c.end - 1]}
    if not wholes:
        return cands
    drop: set[int] = set()
    for c in cands:
        if c.end >= len(words) or words[c.end] != ":":
            continue
        whole = next((w for w in wholes if tuple(words[c.start : c.start + len(w)]) == w), None)
        if whole is not None and len(whole) > c.end - c.start:
            end = c.start + len(whole)
            drop |= {id(x) for x in cands if c.end < x.start < end}
            c.end = end
    return [c for c in cands if id(c) not in drop] if drop else cands
