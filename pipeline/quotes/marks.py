"""Quote marks of a document: the paired spans (`pipeline.quotemarks`) with bisect look-ups."""

from __future__ import annotations

from bisect import bisect_right

from pipeline.quotemarks import WORD_RE, pair_quote_marks

__all__ = ["WORD_RE", "Spans", "closing_char", "pair_quote_marks"]


_CLOSING = "\"'\u201d\u2019 "  # closing quote marks and spaces


def closing_char(text: str, start: int, end: int) -> str:
    """The last character of `text[start:end]` before its closing quote marks ('.' of '…done."'),
    or '' when there is none."""
    return text[start:end].rstrip(_CLOSING)[-1:]


class Spans:
    """Sorted, non-overlapping character spans (the quotes of a document) with bisect look-ups."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def index_at(self, char: int) -> int | None:
        """Index of the span containing `char`, if any."""
        i = bisect_right(self.starts, char) - 1
        return i if i >= 0 and char < self.spans[i][1] else None

    def overlapping(self, start: int, end: int) -> list[int]:
        """Indices of the spans overlapping [start, end)."""
        i = max(0, bisect_right(self.starts, start) - 1)
        out = []
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][1] > start:
                out.append(i)
            i += 1
        return out
