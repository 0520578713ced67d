"""The parse of one Doc as arrays, read once from `Doc.to_array`.

spaCy makes a new Token, and decodes its strings, at every `doc[i]` and every `tok.pos_`; the
quotes stage looks at every word of an article for a cue. `Columns` holds what that scan needs as
numpy arrays of the Doc's ids (part of speech, dependency, lemma and lower-cased word hashes, the
head of each token) and which tokens are inside quote marks, so that it makes Tokens only for the
few words that may be cues (`scan.cue_candidates`). Made after `cue_mending.mend_lemmas` (the stage
makes its `Ctx` after mending), so the lemmas and tags are the mended ones.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cached_property

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.util import normalize_slice

from pipeline.nlp.extensions import doc_text

_VERB, _AUX = numpy.uint64(get_string_id("VERB")), numpy.uint64(get_string_id("AUX"))
_ADVCL, _CONJ, _VBG = get_string_id("advcl"), get_string_id("conj"), get_string_id("VBG")
_AGENT = get_string_id("agent")


class Columns:
    """Per token: `pos`, `dep`, `strings` (the lemma and the lower-cased word: two columns of ids
    as in `Doc.to_array`), `head` (the index of its head), `tag`, `inside` (it starts inside quote
    marks; `quoted`: the same as a list of bools)."""

    def __init__(self, doc: Doc, starts: list[int], quotes: list[tuple[int, int]]):
        attrs = [POS, DEP, LEMMA, LOWER, HEAD, TAG]
        cols = doc.to_array(attrs) if len(doc) else numpy.zeros((0, len(attrs)), "uint64")
        self.pos, self.dep, self.strings = cols[:, 0], cols[:, 1], cols[:, 2:4]  # lemma, lower-cased word
        self.tag = cols[:, 5]
        self.head = numpy.arange(len(doc)) + cols[:, 4].astype("int64")  # HEAD holds offsets
        inside = numpy.zeros(len(doc), dtype=bool)
        at = numpy.asarray(starts, dtype="int64")
        for s, e in quotes:
            inside[numpy.searchsorted(at, s) : numpy.searchsorted(at, e)] = True
        self.quoted: list[bool] = inside.tolist()
        self.inside = inside

    @cached_property
    def verbs(self) -> list[int]:
        """The tokens tagged VERB or AUX, in order (two comparisons: numpy.isin is dear on small arrays)."""
        return numpy.flatnonzero((self.pos == _VERB) | (self.pos == _AUX)).tolist()

    @cached_property
    def advcls(self) -> list[int]:
        """The tokens whose dependency is 'advcl', in order."""
        return numpy.flatnonzero(self.dep == _ADVCL).tolist()

    @cached_property
    def agent_heads(self) -> frozenset[int]:
        """The tokens with an 'agent' dependent ('reported by X')."""
        return frozenset(self.head[self.dep == _AGENT].tolist())

    @cached_property
    def conjs(self) -> list[int]:
        """The tokens whose dependency is 'conj', in order."""
        return numpy.flatnonzero(self.dep == _CONJ).tolist()

    @cached_property
    def gerunds(self) -> list[int]:
        """The tokens tagged VBG, in order."""
        return numpy.flatnonzero(self.tag == _VBG).tolist()


def within(indices: list[int], start: int, stop: int, length: int) -> list[int]:
    """The sorted token `indices` of `doc[start:stop]` (sliced as spaCy does; `length`: the Doc's)."""
    if not 0 <= start <= stop <= length:  # spaCy's own (dear) clipping only when needed
        start, stop = normalize_slice(length, start, stop)
    return indices[bisect_left(indices, start) : bisect_left(indices, stop)]


def span_text(doc: Doc, start: int, stop: int) -> str:
    """`doc[start:stop].text`, cut from the article's text (no Token per word; no Span for a slice
    spaCy would not clip)."""
    if 0 <= start < stop <= len(doc):
        last = doc[stop - 1]
        return doc_text(doc)[doc[start].idx : last.idx + len(last)]
    span = doc[start:stop]
    return doc_text(doc)[span.start_char : span.end_char]
