"""Quote edges at an attribution after the quote: a quote that runs on across a second attribution
('described it as "A. B," she said' is the first cue's claim up to the end of A, and the quoted
sentence B is what 'she said'), and the unquoted lead-in of a sentence whose quoted rest is
attributed after it ('The report adds "A," said X': X's words start at 'The report')."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.quotes.cues import cue_after, is_cue, is_speech_cue
from pipeline.quotes.doc import Ctx, Item
from pipeline.quotes.marks import closing_char

_BREAK_RE = re.compile(r"[.!?]\s+(?=[\"'\u2018\u201c]?[A-Z])")  # a full stop, then a new sentence
_ABBREVIATION_RE = re.compile(r"(?:^|[^\w])[A-Z][a-z]{0,2}\.$")  # 'Mr.', 'Dr.', 'St.': no sentence end
_GAP = 40  # characters at most between the closing mark and the second cue
_SENT_RE = re.compile(r"[.!?:;][\"'\u201d\u2019)]*\s+")  # the end of the sentence before
_REACH = 200  # characters looked back for the sentence start
_LEAD_WORDS = (2, 12)  # a lead-in of a few words: a subject and its verb, not a paragraph of narration


def handed_on(ctx: Ctx, it: Item, s0: int, e0: int) -> Item | None:
    """When the quote [s0, e0) that closes the mixed item `it` holds a sentence break and is then
    attributed on its own ('…," she said'), end `it` at that break and return the quoted sentences
    after it as a direct quote of that second cue."""
    if it.cue is None or e0 < it.end or it.cue.idx > s0 or closing_char(ctx.text, s0, e0) != ",":
        return None  # '…," she said': the quote goes on into the attribution
    brk = max(_BREAK_RE.finditer(ctx.text, s0 + 1, e0 - 1), key=lambda m: m.start(), default=None)
    if brk is None or _ABBREVIATION_RE.search(ctx.text, max(s0, brk.start() - 4), brk.start() + 1):
        return None  # not the stop of 'as "Mr. Smith,"'
    cue = cue_after(ctx, e0)
    if (cue is None or cue.i == it.cue.i or not is_speech_cue(cue) or cue.idx < e0
            or cue.idx - e0 > _GAP):
        return None
    first, rest = brk.start() + 1, brk.end()
    it.end = first
    if it.parts:
        it.parts = [(s, min(e, first)) for s, e in it.parts if s < first]
    return Item(rest, e0, "direct", cue=cue, how="quote-adj")


def lead_in(ctx: Ctx, s: int, e: int, cue: Token) -> int | None:
    """The start of the unquoted words that open the sentence of a quote [s, e) attributed after it
    ('The report adds "A," said X'): a few words with a verb, the quote following them with no
    punctuation between and closing on a comma that leads to the attribution; None when the quote
    opens its sentence or only a subject comes before it ('The agency "only requires A," X says')."""
    text = ctx.text
    if cue.idx < e or closing_char(text, s, e) != "," or not text[s - 1:s].isspace():
        return None
    before = text[max(0, s - _REACH):s].rstrip()
    if not before or not before[-1].isalnum():
        return None
    p0 = text.rfind("\n", max(0, s - _REACH), s) + 1 or max(0, s - _REACH)  # a look back of a few words
    start = p0
    for m in _SENT_RE.finditer(text, p0, s):
        start = m.end()
    words = len(text[start:s].split())
    if not _LEAD_WORDS[0] <= words <= _LEAD_WORDS[1] or not text[start:start + 1].isupper():
        return None
    if ctx.quotes.overlapping(start, s - 1):
        return None
    words = ctx.doc[ctx.token_at(start):ctx.token_at(s)]  # a clause of its own: 'The report adds'
    if any(is_cue(t, stances=True) and (t.tag_ in ("VBG", "VBN") or not is_cue(t)) for t in words):
        return None  # 'X, citing "A," said', 'X pledges to "A," she said': that cue's content
    return start if any(t.pos_ in ("VERB", "AUX") for t in words) else None
