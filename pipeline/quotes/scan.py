"""The words of a Doc that may be cues of reported speech, found from the parse's arrays
(`Ctx.cols`) without a Token per word: `reported` reads only these. A word is kept when it passes
the cheapest test each kind of cue needs (its word or lemma in a cue table, an 'agent' dependent);
a kept word may still be no cue, but a word left out is none.
"""

from __future__ import annotations

import threading

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc

from pipeline.quotes.adverbs import REPORT_ADVERBS
from pipeline.quotes.cues import (
    APPEARANCE_LEMMAS,
    ASIDE_LEMMAS,
    BELIEF_ADJECTIVES,
    CLAIM_NOUNS,
    VERB_CUES,
)
from pipeline.quotes.doc import Ctx
from pipeline.quotes.hearings import HEARING_LEMMAS
from pipeline.quotes.markup import in_tags
from pipeline.quotes.nouns import COPULA_NOUNS, TOPIC_NOUNS
from pipeline.quotes.quoted_cues import quoted_predicates
from pipeline.quotes.sources import SOURCE_PREPS

NOUN_CUES = CLAIM_NOUNS | COPULA_NOUNS | TOPIC_NOUNS  # held_noun's lemmas
VERB_LEMMAS = VERB_CUES | APPEARANCE_LEMMAS | ASIDE_LEMMAS | HEARING_LEMMAS | {"make"}  # is_cue's, 'seems',
# 'made clear', 'the court heard'


_TABLES = (  # (bit, lemma or word table, read from the lemma) of a token's code
    (1, VERB_LEMMAS, True),
    (2, NOUN_CUES, True),
    (4, {"read", "reads"}, False),  # 'the statement read'
    (8, BELIEF_ADJECTIVES, False),
    (16, REPORT_ADVERBS, False),
    (32, SOURCE_PREPS, False),
    (64, {"to"}, False),
    (128, {"according"}, False),
)
_POS_WORDS = ((get_string_id("ADJ"), 8), (get_string_id("ADV"), 16), (get_string_id("ADP"), 32))
_NOUN, _AGENT = get_string_id("NOUN"), get_string_id("agent")
CODES_LIMIT = 500_000  # string ids whose codes are kept (8 MB); beyond, they start afresh
MERGE_AT = 2_000  # codes of new ids kept in a dict until this many, then merged into the arrays
_EMPTY = (numpy.zeros(0, dtype="uint64"), numpy.zeros(0, dtype="int64"))
_KNOWN = [_EMPTY]  # (sorted string ids, their codes): swapped whole, so a thread always sees a pair
_RECENT: dict[int, int] = {}  # string id -> code, for the ids met since the last merge
_MERGING = threading.Lock()


def _code(doc: Doc, h: int) -> int:
    """The tables a lemma or word id is in: lemma tables by the lower-cased lemma, word tables by
    the word."""
    text = doc.vocab.strings[h] if h else ""
    low = text.lower()
    return sum(bit for bit, table, lemma in _TABLES if (low if lemma else text) in table)


def codes(doc: Doc, strings: numpy.ndarray) -> numpy.ndarray:
    """The code of each string id of the array (same shape): the ids met before are looked up in one
    numpy call, only the others one by one (ids are hashes of the strings: stable)."""
    ids, found = _KNOWN[0]
    if len(ids):
        at = numpy.searchsorted(ids, strings)
        at[at == len(ids)] = 0
        out, missed = found[at], ids[at] != strings
    else:
        out, missed = numpy.zeros(strings.shape, dtype="int64"), numpy.ones(strings.shape, dtype=bool)
    if missed.any():
        recent = _RECENT
        out[missed] = [recent[h] if h in recent else recent.setdefault(h, _code(doc, h))
                       for h in strings[missed].tolist()]
        if len(recent) >= MERGE_AT:
            _merge()
    return out


def _merge() -> None:
    """Move the codes of the recent ids into the sorted arrays (afresh when they would hold too many)."""
    with _MERGING:
        recent = sorted(_RECENT.copy().items())
        _RECENT.clear()
        ids, found = _KNOWN[0] if len(_KNOWN[0][0]) + len(recent) <= CODES_LIMIT else _EMPTY
        new = numpy.array([h for h, _ in recent], dtype="uint64")
        where = numpy.searchsorted(ids, new)
        coded = numpy.array([code for _, code in recent], dtype="int64")
        _KNOWN[0] = (numpy.insert(ids, where, new), numpy.insert(found, where, coded))


def cue_candidates(ctx: Ctx) -> list[int]:
    """Indices of the tokens outside quote marks that may be cues: a cue verb's lemma, a claim noun
    ('claim', 'fear'), a belief adjective ('confident'), a report adverb ('reportedly'), the 'in' of
    a poll or a view, a word with an 'agent' dependent, a 'read', the 'to' of 'according to'; none inside a
    markup tag."""
    cols, doc = ctx.cols, ctx.doc
    if not len(cols.pos):
        return []
    lemma, word = codes(doc, cols.strings).T
    keep = (lemma & 1) | (lemma & 2) * (cols.pos == _NOUN) | (word & 4)
    for pos, bit in _POS_WORDS:
        keep |= (word & bit) * (cols.pos == pos)
    keep = keep.astype(bool)
    keep[cols.head[cols.dep == _AGENT]] = True
    keep[1:] |= (word[1:] & 64).astype(bool) & (word[:-1] & 128).astype(bool)  # 'according to'
    verbs, adjectives = quoted_predicates(ctx) if cols.inside.any() else ([], [])
    keep &= ~cols.inside
    keep[verbs] |= (lemma[verbs] & 1).astype(bool)  # 'X "strongly rejected" A': a quoted predicate
    keep[adjectives] |= (lemma[adjectives] & 1) == 0  # 'X was "relieved" that A' (adjectives.held_clause)
    tags = in_tags(ctx.starts, ctx.text)  # '<tweet author=…>': a tag's words are no cues
    if tags is not None:
        keep &= ~tags
    return numpy.flatnonzero(keep).tolist()
