"""Sentence starts at an article's line breaks, set before the parser (which keeps them). A headline
has no full stop, and the model's parser runs it into the lead ('Mill closes its doors\\n\\nThe
owner said...' one sentence, the headline's name the subject of the lead's verb), at times one
paragraph into the next. The first word after a blank line starts a sentence; after a single line
break only where the line was ended on purpose, not wrapped at a fixed width ('...will play nine
matches against\\nEnglish county sides' stays one sentence): see `_ends_line`."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

_BREAK = re.compile(r"[^\S\n]*\n\s*")  # a line break and the white space around it
_WORD = re.compile(r"\S+")
_FINAL = frozenset(".!?…:;")  # a line ending in one was ended on purpose
_CLOSERS = "\"'”’»)]"  # closing quotes and brackets after a final stop ('...he said."')
_JOINING = frozenset(",-–—(/&+")  # a line ending in one goes on in the next
_WRAP_FIT = 0.9  # a line this much of the text's width, or more, may be a wrapped one


def line_starts(text: str) -> list[int]:
    """Offsets of the characters after line breaks that start a sentence: after a blank line, and
    after a single line break that does not wrap a line (see `_ends_line`). One pass over the text."""
    if "\n" not in text:
        return []
    width = max(map(len, text.split("\n")))
    starts = []
    for m in _BREAK.finditer(text):
        end = m.end()
        if end >= len(text) or m.start() == 0:
            continue
        if m.group().count("\n") > 1 or _ends_line(text, m.start(), end, width):
            starts.append(end)
    return starts


def _ends_line(text: str, brk: int, nxt: int, width: int) -> bool:
    """Whether the single line break at `brk` ends its line on purpose: the next line does not start
    in lower case, and the line ends with a sentence's stop or colon, or it neither ends in a joining
    mark or a small word ('against', 'the') nor is as long as a line wrapped at the text's width
    ('Kelbrook to shut mill\\nThe firm said' ends a line; '...the Ashes in\\na series' does not)."""
    first = text[nxt]
    if first.islower():
        return False
    line = text[text.rfind("\n", 0, brk) + 1 : brk].rstrip()
    if not line:
        return False
    last = line.rstrip(_CLOSERS)[-1:] or line[-1]
    if last in _FINAL:
        return True
    if last in _JOINING:
        return False
    word = line.rsplit(None, 1)[-1]
    if word.islower() and word in STOP_WORDS:
        return False
    following = _WORD.match(text, nxt).group() if first.isalnum() else ""
    return len(line) + 1 + len(following) <= _WRAP_FIT * width


def mark_line_starts(doc: Doc, text: str) -> Doc:
    """Set the first token at each of `line_starts(text)` as a sentence start (before parsing)."""
    starts = line_starts(text)
    if not starts:
        return doc
    idx = [tok.idx for tok in doc]
    for offset in starts:
        i = bisect_left(idx, offset)
        if 0 < i < len(doc) and idx[i] == offset:
            doc[i].is_sent_start = True
    return doc
