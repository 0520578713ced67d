"""Quote marks: pairing double and single quote marks per paragraph into character spans. The
quotes stage reads its quotes from these spans, and the dates stage the words said on another day.
Both also read the words of saying from the one cue table loaded here (`quote_cues`); `has_word` is
the whole-word search (regex `\b` edges, no pattern per word) the stages share."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

WORD_RE = re.compile(r"\w")
MAX_QUOTE_CHARS = 20_000  # a longer 'quote' is an unbalanced mark running away
_OPENERS = {"\u201c", "\u201e", "\u00ab", "``"}
_CLOSERS = {"\u201d", "\u00bb"}
_STRAIGHT = {'"', "''", "``"}
_MARKS_RE = re.compile(r"``|''|[\"\u201c\u201d\u201e\u00ab\u00bb]|\n")
DOUBLE_MARKS = re.compile(r"``|''|[\"\u201c\u201d\u201e\u00ab\u00bb]")  # any double quote mark


def has_word(text: str, word: str) -> bool:
    r"""`re.search(rf"\b{re.escape(word)}\b", text)` found a match, without a pattern per word (each
    new one compiled, and pushing the stages' own patterns out of the `re` module's cache)."""
    at = text.find(word)
    while at >= 0:
        if _boundary(text, at) and _boundary(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


def _boundary(text: str, at: int) -> bool:
    r"""`\b` at `at`: a word character (`\w`: alphanumeric or '_') on one side only."""
    before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    return before != (at < len(text) and (text[at].isalnum() or text[at] == "_"))


_IZE_RE = re.compile(r"(?<=\w{3})(iz|yz)(e|ation)$")  # 'criticize', 'organization', 'analyze'


@cache
def quote_cues() -> dict[str, Any]:
    """The cue table of data/quote_cues.json (words of saying, believing, speaker nouns...), read once,
    each '-ize' word also spelt '-ise' ('criticise', 'organisation'), as British news writes it."""
    table = json.loads(resources.files("pipeline").joinpath("data/quote_cues.json").read_text("utf-8"))
    return {key: _both_spellings(words) if isinstance(words, list) else words for key, words in table.items()}


def _british(m: re.Match[str]) -> str:
    return m.group(1).replace("z", "s") + m.group(2)


def _both_spellings(words: list[Any]) -> list[Any]:
    """`words` with the '-ise' spelling of each '-ize' word after it, when the list lacks it."""
    out: list[Any] = []
    for w in words:
        out.append(w)
        other = _IZE_RE.sub(_british, w) if isinstance(w, str) else w
        if other != w and other not in words:
            out.append(other)
    return out


_NARRATION_RE = re.compile(r"(?<!\bhave )(?<!\bhas )(?<!\bhad )(?<!\bbeing )(?<!\bbeen )(?<!\bto )"
                           r"\b(?:said|says|told|tells|added|adds|wrote|writes|according)\b", re.IGNORECASE)
_FIRST_PERSON_RE = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our)\b")
_SINGLE_RE = re.compile(r"(?<![\w\u2019'])([\u2018'])(?=\w)|(?<=[\w.,!?])[\u2019'](?!\w)|\n")


def pair_quote_marks(text: str, keep_open: bool = False) -> list[tuple[int, int]]:
    """Spans [open, close+1) of the outermost double-quote pairs, paragraph by paragraph.

    A quote left open at a paragraph end continues when the next paragraph starts with an opening
    mark of the same style (the multi-paragraph convention); otherwise it is dropped as unbalanced,
    like stray closing marks, or with `keep_open` kept up to the narration after it (`open_end`).
    Single quotes are outer quotes only in a text without any double mark. Linear, never raises.
    """
    closed, kept = paired_both(text)
    return kept if keep_open else closed


def paired_both(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """`pair_quote_marks(text)` and `pair_quote_marks(text, keep_open=True)`, in one pass."""
    spans: list[tuple[int, int]] = []
    closed: list[int] = []  # the indices in `spans` of the pairs closed (not kept open: `open_end`)
    open_at: int | None = None
    opener = ""
    pending: tuple[int, str] | None = None  # a quote left open at the last paragraph end
    para_start = last = left_at = 0
    inner = ""  # the closing mark of a quote of the other style inside an open quote
    for m in _MARKS_RE.finditer(text):
        pos, mark = m.start(), m.group()
        last, prev = pos, last
        if mark == "\n":
            if pos > para_start:  # not a blank line
                if pending is not None:
                    spans.extend(open_end(text, pending[0], left_at))  # not carried on
                pending = (open_at, opener) if open_at is not None else None
                left_at = pos
                open_at = None
            para_start, inner = pos + 1, ""
            continue
        if inner:
            inner = "" if mark == inner else inner
            continue
        before = text[pos - 1] if pos else " "
        after = text[m.end()] if m.end() < len(text) else " "
        if open_at is None:
            if mark in _CLOSERS or (mark not in _OPENERS and (
                    after.isspace() or not before.isspace() and before not in "([\u2014\u2013-")):
                continue  # a stray closer
            if (pending is not None and (mark in _STRAIGHT) == (pending[1] in _STRAIGHT)
                    and not text[para_start:pos].strip()):
                open_at, opener, pending = pending[0], mark, None  # the quote goes on
                continue
            if pending is not None:
                spans.extend(open_end(text, pending[0], left_at))
            open_at, opener, pending = pos, mark, None
        elif opener in _STRAIGHT and mark == "\u201c" and _nested(text, open_at, pos, opener):
            inner = "\u201d"  # '"A “B” C"': a quote inside the quote, in the other style
        elif mark in _CLOSERS or mark in ('"', "''") or (mark == "\u201c" and opener == "\u201e"):
            if mark in ('"', "''") and _opens_words(text, m.end()) and before.isspace():
                if not _goes_on(text, prev, pos):
                    spans.extend(open_end(text, open_at, pos))
                    open_at, opener = pos, mark  # the last quote was never closed: restart here
                continue
            closed.append(len(spans))
            spans.append((open_at, m.end()))
            open_at = None
        elif mark == "\u201c" and before in ".,!?" and (after.isspace() or after in ".,;"):
            closed.append(len(spans))
            spans.append((open_at, m.end()))  # a wrong-way closing mark
            open_at = None
        else:
            spans.extend(open_end(text, open_at, pos))
            open_at, opener = pos, mark  # an opener inside an open quote: the first was unbalanced
    if open_at is not None:
        spans.extend(open_end(text, open_at, len(text)))  # open in the last paragraph
    elif pending is not None:
        spans.extend(open_end(text, pending[0], left_at))
    pairs = [spans[i] for i in closed]
    if not spans and not DOUBLE_MARKS.search(text):
        spans = pairs = pair_single_quotes(text)  # no double mark: none was kept open
    return _fit(text, pairs), _fit(text, spans)


def _fit(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of a plausible length with a word in them."""
    return [(s, e) for s, e in spans if 1 < e - s <= MAX_QUOTE_CHARS and WORD_RE.search(text, s, e)]


_LED_RE = re.compile(r"(?:\A|[:.!?,]|\n)\s*\Z")  # an opening mark after a colon, a stop or a break
# a stop ending 'Mr.', 'U.S.', 'Sen.' ends no sentence
_ABBR = r"(?:(?<=\b[A-Z])|(?<=\b[A-Z][a-z])|(?<=\b(?:Sen|Gov|Rep|Gen|Col|Sgt|Rev|Ltd)))\."
_SENTENCE_RE = re.compile(rf"(?:[^.!?\n]|{_ABBR})*(?:[.!?]+[\"\u201d']?(?=\s|\Z)|\Z)")


def open_end(text: str, start: int, limit: int) -> list[tuple[int, int]]:
    """The quote opened at `start` and never closed before `limit` (the next opening mark, or its
    paragraph's end): up to the end of the first sentence after its last opening mark, and on while
    the next sentence speaks in the first or second person and has no word of saying
    ('X added: "A. "B. I … C. Meanwhile Y said …' keeps A to C); none when the mark does not open
    after a colon, a stop or a break, or no whole sentence follows it, nor for a lone part opening
    its paragraph in the third person (an excerpt's narration: '¶"Kim was asleep.¶…')."""
    if not _LED_RE.search(text[max(0, start - 3):start]) or not text[start:start + 1].strip():
        return []
    last = max(start, *(text.rfind(m, start + 1, limit) for m in ('"', "\u201c")))
    lone = last == start and not text[:start].rstrip(" \t").endswith((":", ".", "!", "?", ","))
    end, at, first = 0, last + 1, True
    while at < limit:
        m = _SENTENCE_RE.match(text, at, limit)
        sent = m.group() if m else ""
        if not sent.strip() or not sent.rstrip().endswith(tuple(".!?\"\u201d'")):
            break
        if not first and (_NARRATION_RE.search(sent) or not _FIRST_PERSON_RE.search(sent)):
            break
        if first and (_NARRATION_RE.search(sent) or lone) and not _FIRST_PERSON_RE.search(sent):
            return []
        end, at, first = at + len(sent.rstrip()), at + len(sent), False
        while at < limit and text[at] in " \t":
            at += 1
        if at < limit and text[at] in "\n\"\u201c":
            break
    return [(start, end)] if end > start and WORD_RE.search(text, start, end) else []


def first_person_end(text: str, start: int, end: int) -> int:
    """Where a quote [start, end) never closed stops when it spoke in the first or second person:
    after the first sentence of its last part, at the first sentence with no such word ('"I met him
    there. The final is in May.' ends before 'The final', narration again); else `end`."""
    last = max(start, text.rfind('"', start + 1, end), text.rfind("\u201c", start + 1, end))
    m = _SENTENCE_RE.match(text, last + 1, end)
    at = m.end() if m else end
    if not _FIRST_PERSON_RE.search(text, start, at):
        return end
    while at < end:
        m = _SENTENCE_RE.match(text, at, end)
        if m is None or not m.group().strip():
            return end
        if not _FIRST_PERSON_RE.search(m.group()):
            return len(text[start:at].rstrip()) + start
        at = m.end()
    return end


def _opens_words(text: str, at: int) -> bool:
    """Words start at `at`, right after a mark: a word, or a bracket before one ('"[He] will …',
    '"(The club) is …': an editor's insertion opening a quoted paragraph)."""
    after = text[at:at + 2]
    return after[:1].isalnum() or (after[:1] in "([" and after[1:].isalnum())


def _nested(text: str, start: int, pos: int, opener: str) -> bool:
    """A curly opening mark at `pos` inside a straight quote opened at `start` opens a quote of its
    own: its closing mark comes before the next straight mark, which closes the outer quote in the
    same paragraph, with words of the outer quote on both sides (not
    '"“A,” X said."', a stray pair of straight marks around a paragraph)."""
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    close = text.find("\u201d", pos, end)
    outer = text.find("''" if opener == "''" else '"', pos, end)  # a quote going on in the next
    # paragraph may be a transcript's label lines ('"SMITH: … “A” …'), better left as they are
    return (0 <= close < outer and WORD_RE.search(text, start + 1, pos) is not None
            and WORD_RE.search(text, close + 1, outer) is not None)


def _goes_on(text: str, last: int, pos: int) -> bool:
    """An opening mark at `pos` inside an open quote is the next paragraph of that quote, its break
    lost ('moment. "He was …'): it follows a full stop, and no sentence since the last mark (at
    `last`) is narration: an attribution ('… one. Mr Hale said that …. "Every …', '…, it said. "…'),
    a word of saying not in the perfect or an infinitive, in a sentence without a first- or
    second-person word (the speaker's own 'I said then', 'we have told them' are quoted words), nor
    the first sentence of the part the last mark reopened, with no comma before the word ('"What the
    report says is A. "B': the part's own words, not a trailing '…, it said.')."""
    stop = pos - 2
    while stop > 0 and text[stop] in "'\u2019":  # '… say \'wow.\' "My …': a quote inside ends the sentence
        stop -= 1
    if stop < 0 or text[stop] not in ".!?":
        return False
    for m in _NARRATION_RE.finditer(text, last, pos):
        start = max(last, *(text.rfind(stop, last, m.start()) for stop in ".!?"))
        if start == last and _reopened_words(text, last, m.start()):
            continue
        end = text.find(".", m.end(), pos)
        if not _FIRST_PERSON_RE.search(text, start, pos if end < 0 else end):
            return False
    return True


def _reopened_words(text: str, mark: int, word: int) -> bool:
    """The words from a reopening mark at `mark` up to a word of saying at `word` open a part of the
    quote ('"What the report says …'): the mark is an opening one, right after a stop or a colon, before a
    word, with no comma between it and the word (not '"We won, it said.', a lost closing mark)."""
    before = text[max(0, mark - 20):mark].rstrip()
    return (text[mark] in "\"\u201c" and before.endswith((".", "!", "?", ":"))
            and _opens_words(text, mark + 1) and "," not in text[mark:word])


def pair_single_quotes(text: str) -> list[tuple[int, int]]:
    """Quotes in single marks ('\u2018…\u2019', British style), for a text without any double mark:
    an opening mark before a word, the next closing mark after one, within a paragraph."""
    spans, open_at = [], None
    for m in _SINGLE_RE.finditer(text):
        if m.group() == "\n":
            open_at = None
        elif m.group(1) is not None:
            open_at = m.start()
        elif open_at is not None:
            spans.append((open_at, m.end()))
            open_at = None
    return spans
