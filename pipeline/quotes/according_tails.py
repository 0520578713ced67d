"""The end of an opening 'according to X' phrase the parse cut short ('According to X from
broadband telecoms firm Y, A': the parse ends the phrase at 'telecoms' and makes 'firm Y' the
subject of A). The words up to the phrase's comma belong to the source when they hold no verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import according_noun

_NOMINAL = ("NOUN", "PROPN", "ADJ", "DET", "NUM")
_REACH = 5  # words the parse may leave out of the phrase
OPENING_POS = ("CCONJ", "ADV")  # 'But', 'However', 'Now' before 'according to X,'


def tail_end(to: Token, hi: int) -> int:
    """Token index of the last word before the comma of the opening phrase 'according to X from a
    Z firm Y,' when the phrase (ending at `hi`) stops inside the name's preposition phrase and only nouns
    run on to that comma; else `hi`."""
    doc = to.doc
    noun = according_noun(to)
    if noun is None or not any(c.dep_ == "prep" and c.i > noun.i for c in noun.children):
        return hi  # 'According to X, A' (no 'from/of/at' phrase to run on)
    end = min(hi + _REACH + 1, to.sent.end - 1)
    comma = next((t.i for t in doc[hi + 1:end + 1] if t.text == ","), None)
    if comma is None or comma == hi + 1:
        return hi
    if not all(t.pos_ in _NOMINAL or t.head == noun and t.dep_ == "prep" for t in doc[hi + 1:comma]):
        return hi
    return comma - 1


def widened(speaker: dict, to: Token, last: Token, text: str) -> dict:
    """The speaker of an opening 'according to X from a Z firm Y,' run on to the comma (`last`: the
    token the speaker's span ends in)."""
    doc = to.doc
    if last.i < to.i or last.idx + len(last) != speaker["end"]:
        return speaker
    hi = tail_end(to, last.i)
    if hi == last.i or not _opens(to):
        return speaker
    end = doc[hi].idx + len(doc[hi])
    return {**speaker, "end": end, "text": text[speaker["start"]:end]}


def _opens(to: Token) -> bool:
    """'according to' opens its sentence (after 'But', 'However,' at most)."""
    return all(t.is_punct or t.pos_ in OPENING_POS for t in to.doc[to.sent.start:to.i - 1])
