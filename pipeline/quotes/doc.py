"""Per-document look-ups (token offsets, quote spans, paragraphs) and the quote under construction."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from pipeline.nlp.extensions import doc_text
from pipeline.quotes.columns import Columns
from pipeline.quotes.marks import Spans, quote_spans


@dataclass
class Item:
    """A quote under construction (character offsets into the text)."""

    start: int
    end: int
    kind: str
    cue: Token | None = None
    according: bool = False  # the cue is the 'to' of 'according to X'
    speaker: dict | None = None
    how: str = ""  # which rule found it (for error analysis)
    parts: list[tuple[int, int]] = field(default_factory=list)  # an interrupted quote's pieces

    def pieces(self) -> list[tuple[int, int]]:
        """The quoted spans: its parts, or the whole when it has none."""
        return self.parts or [(self.start, self.end)]


class Ctx:
    """Per-document look-ups: token offsets, quote spans, paragraphs, the parse as lists (`cols`).
    Made after `mend_lemmas` has mended the Doc's cue words."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc_text(doc)
        self.starts = doc.to_array(IDX).tolist() if len(doc) else []  # no Token object per word
        self.quotes = Spans(quote_spans(self.text))
        self.breaks = [m.start() for m in re.finditer(r"\n", self.text)]

    @cached_property
    def cols(self) -> Columns:
        return Columns(self.doc, self.starts, self.quotes.spans)

    def token_at(self, char: int) -> int:
        """Index of the token containing `char` (or the last one starting before it)."""
        return max(0, bisect_right(self.starts, char) - 1)

    def para_of(self, char: int) -> int:
        return bisect_left(self.breaks, char)

    def in_quote(self, tok: Token) -> bool:
        return self.cols.quoted[tok.i]
