"""The rest of a list closing the content that the parse split off and hung on the cue or the
sentence ('called for reform of A, B and C', 'accused X of sacking every nurse, porter and
cleaner in the land'): the content ends with the list's last item, not its first."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.quotes.cues import CLAUSE_SUBJECTS

_ITEM_START = {"DET", "ADJ", "NOUN", "PROPN", "NUM"}  # how a noun phrase of the list opens
_NOMINAL = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "CCONJ", "ADP", "PART"}
_MODIFIED = {"NOUN", "PROPN", "ADJ"}  # what a participle or adverb before a noun may modify
_STOPS = {".", "!", "?"}
_COORDINATORS = {"and", "or"}


def list_rest(doc: Doc, lo: int, hi: int) -> int:
    """`hi`, or the end of the list the content's last noun opens when the rest of it (', B and C'
    up to the sentence's end) is noun phrases alone that the parse hung outside the content: no
    verb of its own (', the minister said'), no participle or phrase opening it (', citing B and
    C', ', with B and C'), no quote."""
    if hi + 2 >= len(doc) or doc[hi].pos_ not in ("NOUN", "PROPN") or doc[hi + 1].text != ",":
        return hi
    end = _last_word(doc, hi)
    tail = doc[hi + 2:end + 1]
    first = doc[hi + 2]
    if end < hi + 4 or not (first.pos_ in _ITEM_START or _premodifier(first)) or not any(
            t.lower_ in _COORDINATORS and t.pos_ == "CCONJ" and t.i > hi + 2 for t in tail):
        return hi
    if not all(_nominal(t) for t in tail):
        return hi
    hung_outside = any(not lo <= t.head.i <= end for t in tail)
    return end if hung_outside else hi


def _last_word(doc: Doc, hi: int) -> int:
    """The last word of the sentence of token `hi` when a full stop closes it; else `hi`."""
    sent = doc[hi].sent
    end = sent.end - 1
    while end > hi and doc[end].is_space:
        end -= 1
    if doc[end].text not in _STOPS:
        return hi
    return end - 1


def _nominal(tok: Token) -> bool:
    """A word of a noun phrase: a noun, its determiner or adjective, a preposition of it, a
    comma between items, and a participle or adverb before a noun ('badly specified systems')."""
    if tok.pos_ in _NOMINAL or tok.tag_ == "PRP$":
        return True
    return tok.text == "," or _premodifier(tok)


def _premodifier(tok: Token) -> bool:
    """A participle or adverb before a noun or an adjective, with no subject of its own ('badly
    specified systems', 'increased powers'; not 'the minister told reporters')."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is None or any(c.dep_ in CLAUSE_SUBJECTS for c in tok.children):
        return False  # ', the minister told reporters'
    return (tok.pos_ == "ADV" and nxt.pos_ in _MODIFIED | {"VERB"}) or (
        tok.tag_ in ("VBN", "VBD", "VB") and nxt.pos_ in _MODIFIED)
