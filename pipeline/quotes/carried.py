"""A quote carried over a paragraph break whose first paragraph goes on with the quote before it.

In '"A," X said. "B.¶"C," X said.' the marks pair "B.¶"C," as one quote carried over the paragraph
(the multi-paragraph convention), and its cue comes after C. But B, in X's paragraph right after
X's attribution, is one more part of "A" (PolNeAR's reading), and C opens a quote of its own with
the cue after it.
"""

from __future__ import annotations

from pipeline.quotes.doc import Ctx, Item
from pipeline.quotes.marks import WORD_RE


def carried_head(ctx: Ctx, it: Item) -> tuple[int, int] | None:
    """(end of the first paragraph, start of the reopened quote) of a direct quote `it` carried over
    one paragraph break, with its cue after it; else None."""
    text = ctx.text
    brk = text.find("\n", it.start, it.end)
    if it.kind != "direct" or it.cue is None or brk < 0 or it.cue.idx < it.end:
        return None
    reopen = brk
    while reopen < it.end and text[reopen].isspace():
        reopen += 1
    head_end = len(text[:brk].rstrip())
    if "\n" in text[reopen:it.end] or not WORD_RE.search(text, it.start, head_end) \
            or not WORD_RE.search(text, reopen, it.end):
        return None
    return head_end, reopen


def split_carried(last: Item, it: Item, head: tuple[int, int]) -> None:
    """Give the first paragraph of `it` to `last` as one more part; `it` opens at the reopened mark."""
    head_end, reopen = head
    last.parts = last.pieces() + [(it.start, head_end)]
    last.end = max(last.end, head_end)
    it.start = reopen
