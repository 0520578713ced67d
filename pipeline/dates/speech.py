"""Speech time: a relative date inside a quote, or in reported speech, is anchored on the day the
words were said, not on the publication date ("Zelenskiy told reporters on Wednesday: 'We need them
today'" -> that "today" is the Wednesday).

Which day the words were said on:

1. A speech event is a verb of saying (the speech lemmas of `pipeline/data/quote_cues.json`, the
   table the quotes stage reads too) with a date of day precision attached to it, through at most
   a preposition: "told reporters on Wednesday", "said Tuesday", "said in a statement on Monday".
   That date, as already resolved against the reference date, is the speech date. A verb without
   such a date gives no speech date: its words are taken as said on the reference date.
2. A quote (text between quote marks, paired as the quotes stage pairs them) belongs to the
   nearest verb of saying outside any quote in the sentence where the quote opens or closes.
3. Reported speech: the clause a verb of saying governs (its ccomp, "said on Wednesday that ...").

Each relative expression that was anchored on the reference date and lies in such a quote or clause
is normalised again with the speech date as its reference. Dates inside a quote never make a speech
date, and a date of the speech event itself keeps its own value.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span, Token

from pipeline.dates.calendar import Result
from pipeline.dates.normalize import normalise
from pipeline.dates.tense import tense
from pipeline.nlp.extensions import doc_text
from pipeline.quotemarks import pair_quote_marks, quote_cues

_CUES = quote_cues()
SPEECH_LEMMAS = frozenset(_CUES["speech"]) | frozenset(_CUES["writing"])
SPEECH_NOUNS = frozenset(_CUES["speech_nouns"])
DAY = re.compile(r"\d{4}-\d\d-\d\d")
PARAGRAPH = re.compile(r"\n\s*\n")

Found = tuple[Span, Result]


def speech_anchored(found: list[Found]) -> list[Found]:
    """`found` with the relative expressions said on another day than the reference date
    normalised again against the day they were said."""
    dated = _speech_dates(found)
    if not dated:
        return found
    doc = found[0][0].doc
    quotes = quote_spans(doc)
    dated = {i: day for i, day in dated.items() if not any(a <= doc[i].idx < b for a, b in quotes)}
    if not dated:
        return found
    out = []
    for span, res in found:
        day = _said_on(span, dated, quotes) if res[2] else None
        new = normalise(span.text, day, tense(span)) if day is not None else None
        out.append((span, new) if new is not None and new[0] == res[0] and new[2] else (span, res))
    return out


def _speech_dates(found: list[Found]) -> dict[int, date]:
    """The speech date of each verb of saying (by token index) that has a day attached."""
    out: dict[int, date] = {}
    for span, (_, value, _) in found:
        if not value or not DAY.match(value):
            continue
        verb = _governor(span.root)
        if verb is not None and is_speech(verb) and verb.i not in range(span.start, span.end):
            out.setdefault(verb.i, date.fromisoformat(value[:10]))
    return out


def _governor(tok: Token) -> Token | None:
    """The verb a date modifies directly ("said Tuesday") or through a preposition ("told reporters
    on Wednesday", "said in a statement on Monday": a speech noun between)."""
    if tok.dep_ in ("npadvmod", "tmod", "advmod") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return None
    head = tok.head.head
    if head.lemma_.lower() in SPEECH_NOUNS and head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def is_speech(tok: Token) -> bool:
    """A verb of saying."""
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SPEECH_LEMMAS


def _said_on(span: Span, dated: dict[int, date], quotes: list[tuple[int, int]]) -> date | None:
    """The day the words holding `span` were said, when a speech event of the text dates them."""
    quote = next(((a, b) for a, b in quotes if a <= span.start_char and span.end_char <= b), None)
    if quote is not None:
        cue = _cue_of(span.doc, quote, quotes)
        return _date_of(cue, dated) if cue is not None else None
    tok: Token = span.root
    for _ in range(12):  # up the tree to the verb of saying whose clause holds the span
        if tok.head is tok:
            return None
        if tok.dep_ == "ccomp" and (day := _date_of(tok.head, dated)) is not None:
            return day if _one_paragraph(span.doc, span.start_char, tok.head.idx) else None
        tok = tok.head
    return None


def _one_paragraph(doc: Doc, a: int, b: int) -> bool:
    """No paragraph break between two offsets."""
    return PARAGRAPH.search(doc_text(doc), min(a, b), max(a, b)) is None


def _date_of(verb: Token, dated: dict[int, date]) -> date | None:
    """The speech date of a verb of saying, or of the one it continues ("said on Tuesday, adding
    that ...")."""
    if verb.i in dated:
        return dated[verb.i]
    if verb.dep_ in ("advcl", "conj", "xcomp") and is_speech(verb):
        return dated.get(verb.head.i)
    return None


def _cue_of(doc: Doc, quote: tuple[int, int], quotes: list[tuple[int, int]]) -> Token | None:
    """The verb of saying outside quotes nearest to the quote, in the sentence where it opens or
    where it closes."""
    first = doc.char_span(quote[0], quote[0] + 1, alignment_mode="expand")
    last = doc.char_span(quote[1] - 1, quote[1], alignment_mode="expand")
    best: tuple[int, Token] | None = None
    for sent in {s[0].sent for s in (first, last) if s is not None}:
        for tok in sent:
            if not is_speech(tok) or any(a <= tok.idx < b for a, b in quotes) \
                    or not _one_paragraph(doc, tok.idx, quote[0] if tok.idx < quote[0] else quote[1]):
                continue
            gap = quote[0] - tok.idx if tok.idx < quote[0] else tok.idx - quote[1]
            if best is None or gap < best[0]:
                best = gap, tok
    return best[1] if best else None


def quote_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the words between paired quote marks, as the quotes stage pairs them
    (`pipeline.quotemarks`: per paragraph, a quote going on in the next paragraph's opening mark)."""
    text = doc_text(doc)
    return [_inside(text, a, b) for a, b in pair_quote_marks(text)]


def _inside(text: str, a: int, b: int) -> tuple[int, int]:
    """The span [a, b) of a quote without its marks (two characters for "``" and "''", else one)."""
    return (a + (2 if text.startswith(("``", "''"), a) else 1),
            b - (2 if text.endswith("''", a, b) else 1))
