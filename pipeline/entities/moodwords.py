"""Adjectives of mood, looks or judgement that open a role phrase ("a crestfallen Norvik coach",
"in-form centre", "highly successful boss"): said of the person at that moment, not of the post, so
the role opens after them ("Norvik coach", "centre", "boss"). Title words ("former", "acting",
"managing", "shadow") are none of them; a capitalised one that opens a name ("Desperate Housewives"
star) stays."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.entities import lexicon as L
from pipeline.entities import tokens as TK

MOODS = frozenset(L.CUES["mood_adjectives"])  # "crestfallen", "canny", "in-form"
OPEN_QUOTES = frozenset({'"', "\u201c"})
INTENSIFIERS = frozenset({"RB", "RBS", "RBR"})  # "highly" successful, "most" famous
PLACES = frozenset({"GPE", "NORP", "LOC", "ORG"})  # "Injured Wales winger": a place's or a club's name


def opened(words: list[Token]) -> list[Token]:
    """A role phrase's words past the mood words that open it, keeping its last word."""
    if not words:
        return words
    new = past_moods(words[0].doc, words[0].i, words[-1].i)
    return next((words[n:] for n, t in enumerate(words) if t.i == new), words)


def past_moods(doc: Doc, i: int, end: int) -> int:
    """Token index `i` moved over the mood words (with an adverb before one) opening the phrase that
    runs to `end`, never onto `end`."""
    while i < end:
        width = _mood_width(doc, i) or _intensified(doc, i)
        if not width or i + width >= end:
            return i
        i += width
    return i


def _intensified(doc: Doc, k: int) -> int:
    """The width of an adverb and the mood word after it ("highly successful"), 0 if none."""
    toks = TK.toks(doc)
    tok = toks[k]
    if tok.tag_ not in INTENSIFIERS or k + 1 >= len(doc) or not tok.whitespace_:
        return 0
    if not (tok.is_lower or _opening(doc, k, k + 1)):
        return 0
    width = _mood_width(doc, k + 1)
    return 1 + width if width else 0


def _mood_width(doc: Doc, k: int) -> int:
    """The number of tokens of the mood word at k, hyphenated pieces and all ("under" "-" "pressure"),
    0 if none: lower case, or capitalised as a sentence's or line's first word outside a name."""
    toks = TK.toks(doc)
    end = k + 1
    while end + 1 < len(doc) and toks[end].text == "-" and not toks[end - 1].whitespace_ \
            and not toks[end].whitespace_ and toks[end + 1].is_alpha:
        end += 2
    word = doc[k:end].text
    if L.fold(word) not in MOODS:
        return 0
    return end - k if word.islower() or _opening(doc, k, end) else 0


def _opening(doc: Doc, k: int, end: int) -> bool:
    """The capitalised word at k..end opens a sentence or a line and no name ("Canny" manager; not
    "Desperate Housewives" star)."""
    tok = doc[k]
    before = doc[k - 1] if k > 0 else tok
    starts = tok.is_sent_start or "\n" in before.whitespace_ or before.text in OPEN_QUOTES
    if not starts or tok.ent_type_ or doc[k + 1 : end].text.lower() != doc[k + 1 : end].text:
        return False
    nxt = doc[end] if end < len(doc) else None
    if nxt is None or not nxt.text[:1].isupper():
        return True
    return nxt.ent_iob_ == "B" and nxt.ent_type_ in PLACES or L.gazetteer_label(L.fold(nxt.text)) is not None
