"""The words of a Doc that may be cues of reported speech, found from the parse's arrays
(`Ctx.cols`) without a Token per word: `reported` reads only these. A word is kept when it passes
the cheapest test each kind of cue needs (its word or lemma in a cue table, an 'agent' dependent);
a kept word may still be no cue, but a word left out is none.
"""

from __future__ import annotations

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
from pipeline.quotes.nouns import COPULA_NOUNS, TOPIC_NOUNS
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
_CODES: dict[int, int] = {}  # string id -> its code (ids are hashes of the strings: stable)


def _code(doc: Doc, h: int) -> int:
    """The tables a lemma or word id is in: lemma tables by the lower-cased lemma, word tables by
    the word."""
    code = _CODES.get(h)
    if code is None:
        text = doc.vocab.strings[h] if h else ""
        low = text.lower()
        code = _CODES[h] = sum(bit for bit, table, lemma in _TABLES if (low if lemma else text) in table)
    return code


def cue_candidates(ctx: Ctx) -> list[int]:
    """Indices of the tokens outside quote marks that may be cues: a cue verb's lemma, a claim noun
    ('claim', 'fear'), a belief adjective ('confident'), a report adverb ('reportedly'), the 'in' of
    a poll or a view, a word with an 'agent' dependent, a 'read', the 'to' of 'according to'."""
    cols, doc = ctx.cols, ctx.doc
    if not len(cols.pos):
        return []
    ids, inverse = numpy.unique(cols.strings, return_inverse=True)
    codes = numpy.array([_code(doc, h) for h in ids.tolist()], dtype="int64")
    lemma, word = codes[inverse.reshape(cols.strings.shape)].T
    keep = (lemma & 1) | (lemma & 2) * (cols.pos == _NOUN) | (word & 4)
    for pos, bit in _POS_WORDS:
        keep |= (word & bit) * (cols.pos == pos)
    keep = keep.astype(bool)
    keep[cols.head[cols.dep == _AGENT]] = True
    keep[1:] |= (word[1:] & 64).astype(bool) & (word[:-1] & 128).astype(bool)  # 'according to'
    return numpy.flatnonzero(keep & ~cols.inside).tolist()
