"""Sentence starts at an article's line breaks, set before the parser (which keeps them). A headline
has no full stop, and the model's parser runs it into the lead ('Mill closes its doors\\n\\nThe
owner said...' one sentence, the headline's name the subject of the lead's verb), at times one
paragraph into the next. The first word after a blank line starts a sentence; after a single line
break only where the line was ended on purpose, not wrapped at a fixed width ('...will play nine
matches against\\nEnglish county sides' stays one sentence): see `_ends_line`.

A start the parser is given moves its own guess: it then ends a sentence a word or two off ('Lib |
Dem leader Ann Vey said', 'Prices grind to | a halt', '...he said. | "'). So the word after a
start, the last token before its line break, and every word of a title-like line before it (no
stop at its end or inside) are also set as no start."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from contextlib import contextmanager

from spacy.attrs import IDX, SENT_START
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

_BREAK = re.compile(r"[^\S\n]*\n\s*")  # a line break and the white space around it
_WORD = re.compile(r"\S+")
_FINAL = frozenset(".!?…:;")  # a line ending in one was ended on purpose
_CLOSERS = "\"'”’»)]"  # closing quotes and brackets after a final stop ('...he said."')
_JOINING = frozenset(",-–—(/&+")  # a line ending in one goes on in the next
_INNER_STOP = re.compile(r"[.!?…][\"'”’»)\]]*\s+[\"'“‘«(\[]*[A-Z0-9]")  # a sentence's end in a line
_WRAP_FIT = 0.9  # a line this much of the text's width, or more, may be a wrapped one
_WRAP_MIN = 40  # and this many characters: texts are wrapped at 60 to 80
STARTS_KEY = "news_line_starts"  # user_data key of the tokens `mark_line_starts` set as starts
TITLED_KEY = "news_titled_starts"  # and of those after a title-like line (a headline's lead)


def line_starts(text: str) -> list[tuple[int, int]]:
    """(offset, title) of each character after a line break that starts a sentence: after a blank
    line, and after a single line break that does not wrap a line (see `_ends_line`); never a
    lower-case letter. `title` is where the line before starts when it is one title-like sentence
    (see `_title_like`), else -1. One pass over the text."""
    if "\n" not in text:
        return []
    width = max(map(len, text.split("\n")))
    starts = []
    for m in _BREAK.finditer(text):
        brk, end = m.start(), m.end()
        if end >= len(text) or brk == 0 or text[end].islower():
            continue
        begin = text.rfind("\n", 0, brk) + 1
        line = text[begin:brk].rstrip()
        if line and (m.group().count("\n") > 1 or _ends_line(line, text, end, width)):
            starts.append((end, begin if _title_like(line) else -1))
    return starts


def _last_mark(line: str) -> str:
    """The line's last character before closing quotes and brackets ('...said."' -> '.')."""
    return line.rstrip(_CLOSERS)[-1:] or line[-1]


def _title_like(line: str) -> bool:
    """Whether a line is one sentence without a stop: a headline, a byline, a dateline."""
    return _last_mark(line) not in _FINAL and not _INNER_STOP.search(line)


def _ends_line(line: str, text: str, nxt: int, width: int) -> bool:
    """Whether `line`, ended by a single line break before `text[nxt]`, ends on purpose: it ends with
    a sentence's stop or colon, or it neither ends in a joining mark or a small word ('against',
    'the') nor is as long as a line wrapped at the text's width ('Kelbrook to shut mill\\nThe firm
    said' ends a line; '...will tour the\\nRiver Dart' does not)."""
    last = _last_mark(line)
    if last in _FINAL:
        return True
    if last in _JOINING:
        return False
    word = line.rsplit(None, 1)[-1]
    if word.islower() and word in STOP_WORDS:
        return False
    following = _WORD.match(text, nxt).group() if text[nxt].isalnum() else ""
    return len(line) < _WRAP_MIN or len(line) + 1 + len(following) <= _WRAP_FIT * width


def mark_line_starts(doc: Doc, text: str) -> Doc:
    """Set the token at each of `line_starts(text)` as a sentence start, the next word of its line
    and the inner words of a title-like line before it as no start (before parsing)."""
    starts = line_starts(text)
    if not starts:
        return doc
    idx = doc.to_array(IDX).tolist()  # no Token object per word
    marked = doc.user_data[STARTS_KEY] = []
    titled = doc.user_data[TITLED_KEY] = set()
    for offset, title in starts:
        i = bisect_left(idx, offset)
        if not 0 < i < len(doc) or idx[i] != offset:
            continue
        if doc[i].is_sent_start is not True:
            marked.append(i)
            if title >= 0:
                titled.add(i)
        doc[i].is_sent_start = True
        _no_start(doc, _next_word(doc, i))
        _no_start(doc, _last_token(doc, i))
        if title >= 0:
            for j in range(bisect_left(idx, title) + 1, i):
                _no_start(doc, j)
    return doc


def _next_word(doc: Doc, i: int) -> int:
    """The index of the first word after token i in its sentence and line (no space, no
    punctuation), or -1 ('Veritas? The name...': none)."""
    for j in range(i + 1, min(i + 4, len(doc))):
        if "\n" in doc[j].text or doc[j].text[0] in _FINAL:
            return -1
        if not (doc[j].is_space or doc[j].is_punct):
            return j
    return -1


def _last_token(doc: Doc, i: int) -> int:
    """The index of the last token before the line break ending before token i (its closing quote
    in '...he said."\n\nThe'), or -1 when that token opens its line."""
    j = i - 1
    while j > 0 and doc[j].is_space:
        j -= 1
    return j if j > 0 and "\n" not in doc[j - 1].text and not doc[j - 1].whitespace_.count("\n") else -1


def _no_start(doc: Doc, j: int) -> None:
    """Mark token j as no sentence start, unless it is a space, the first token, or already a start."""
    if j > 0 and not doc[j].is_space and doc[j].is_sent_start is not True:
        doc[j].is_sent_start = False


def after_title(doc: Doc, i: int) -> bool:
    """Token i starts a sentence only because `mark_line_starts` set it there, after a title-like
    line (a lead's first word after its headline, which the parser used to run into the headline):
    for rules that doubt a capitalised word at a sentence's start, no such start."""
    return i in doc.user_data.get(TITLED_KEY, ())


@contextmanager
def unmarked_starts(docs: list[Doc]) -> Iterator[None]:
    """Unsets the sentence starts `mark_line_starts` set while the block runs (the parser's own
    starts kept), for the entity recognizer: it never runs a name across a start, and with a start
    after a headline it lost the lead's opening name the model reads glued to the headline's last
    word ('...Tarnow\\n\\nThe Norvian Workers Party said': no name at all). It reads line breaks as it
    did before these starts; the name running over a line break is cut there later."""
    saved = []
    for doc in docs:
        marked = doc.user_data.get(STARTS_KEY)
        if marked and len(doc) > max(marked):
            column = doc.to_array([SENT_START])
            saved.append((doc, column))
            unset = column.copy()
            unset[marked] = 0
            doc.from_array([SENT_START], unset)
    try:
        yield
    finally:
        for doc, column in saved:
            doc.from_array([SENT_START], column)
