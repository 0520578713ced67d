"""Quote marks of a document: the paired spans (`pipeline.quotemarks`) with bisect look-ups."""

from __future__ import annotations

import re
from bisect import bisect_right

from pipeline.quotemarks import WORD_RE, first_person_end, has_word, pair_quote_marks, paired_both

__all__ = ["WORD_RE", "Spans", "closing_char", "ends_sentence", "has_word", "pair_quote_marks", "quote_spans",
           "trailed",
           "with_opening_mark", "with_unclosed_end"]


_CLOSING = "\"'\u201d\u2019 "  # closing quote marks and spaces


def closing_char(text: str, start: int, end: int) -> str:
    """The last character of `text[start:end]` before its closing quote marks ('.' of '…done."'),
    or '' when there is none."""
    return text[start:end].rstrip(_CLOSING)[-1:]


_STOPS = (".", "!", "?")


def ends_sentence(text: str, start: int, end: int) -> bool:
    """A quote ending its sentence: on a full stop inside or right after its closing mark."""
    return closing_char(text, max(start, end - 3), end) in _STOPS or text[end:end + 1] in _STOPS


_TRAIL_RE = re.compile(r"[ \t]*[^\W\d_][^.!?\n\"\u201c\u201d]*[.!?]")  # ' hesaid.', ' Y did B, said X.'


def trailed(text: str, start: int, end: int) -> bool:
    """A quote closing on a comma, its sentence going on in words with no quote mark ('"A," hesaid.',
    '"A," B, said X.'): its own attribution follows, even one not read as a cue."""
    return closing_char(text, start, end) == "," and _TRAIL_RE.match(text, end, end + 300) is not None


_LAST_OPEN_RE = re.compile(r"(?:^|[:.!?]\s+|\n)([\"\u201c])[^\"\u201c\u201d\n]*[.!?]\s*\Z")
_REOPENED_RE = re.compile(r"(?:^|[:.!?]\s+|\n)([\"\u201c])(?:[^\"\u201c\u201d\n]*[.!?]\s+[\"\u201c](?=\w))+"
                          r"[^\"\u201c\u201d\n]*[.!?]\s*\Z")  # '"A. "B.': reopened after a lost break


_STOP_RE = re.compile(r"[.!?](?:\s|\Z)")
_SAID_RE = re.compile(r"\b(?:said|says|told)\b")
_MAX_UNCLOSED = 3  # sentences


def with_unclosed_end(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` and a quote opened after a colon or a sentence end in the text's last paragraph and
    never closed, sentences to the end of the text (an archive's lost closing mark) but for narration
    after a quote in the first person (`first_person_end`); from its first opening mark when it was
    reopened after a sentence end ('"A. "B.', '"A.¶"B.'), else its last."""
    after = spans[-1][1] if spans else 0
    for pattern in (_REOPENED_RE, _LAST_OPEN_RE):
        m = pattern.search(text, after)
        if m is not None and _unclosed(text, m.start(1)):
            return spans + [(m.start(1), first_person_end(text, m.start(1), len(text.rstrip())))]
    return spans


def quote_spans(text: str) -> list[tuple[int, int]]:
    """The quotes of a text: its paired marks, quotes never closed kept up to the narration after them
    (`pair_quote_marks(keep_open=True)`), and an unclosed quote running to the text's end in place of
    the one kept in its last paragraph (`with_unclosed_end`)."""
    closed, kept = paired_both(text)  # the marks paired once for both
    ended = with_unclosed_end(text, closed)
    if len(ended) == len(closed):
        return kept
    return [s for s in kept if s[1] <= ended[-1][0]] + [ended[-1]]


def _unclosed(text: str, start: int) -> bool:
    """The words from an opening mark at `start` to the text's end read as one unclosed quote: a few
    sentences, none narration ('"A. B said C. …', a paragraph run on, its breaks lost), some words."""
    return (len(_STOP_RE.findall(text, start)) <= _MAX_UNCLOSED and _SAID_RE.search(text, start) is None
            and WORD_RE.search(text, start, len(text.rstrip())) is not None)


_OPENER = {"'": "'", '"': '"', "\u2019": "\u2018", "\u201d": "\u201c"}  # closing mark -> its opening mark


def with_opening_mark(text: str, start: int, end: int) -> int:
    """The start of a content ending on a closing quote mark whose opening mark sits right before
    it ("hails 'great year'"): the mark is taken in; else `start`."""
    opener = _OPENER.get(text[end - 1]) if end > start else None
    if opener is None or start == 0 or text[start - 1] != opener:
        return start
    inner = text[start:end - 1]
    unmatched = inner.count(opener) % 2 == 0 if opener == text[end - 1] else opener not in inner
    return start - 1 if unmatched else start


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
