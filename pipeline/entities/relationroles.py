"""Which of a person's role phrases `roles.role` keeps, and in what order it reads the mentions: a
phrase headed by a relation to someone else in the story ("team-mate", "opponent", `RELATION_NOUNS`)
names no position and is dropped, as is a leading "fellow" ("fellow former champion"); mentions in
the text come before those in a headline, whose words are loose ("Teenager X picked")."""

from __future__ import annotations

from pipeline.entities import candidates as C
from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand

RELATIVE_MARKS = frozenset({"fellow"})  # "fellow former champion": said of the person beside
HEADLINE_MAX = 120  # characters: a first line longer than this is a paragraph, no headline
SENTENCE_ENDS = (".", "!", "?", '"', "\u201d", ":")


def kept(found: str | None) -> str | None:
    """The role phrase `found` without its relative marks ("fellow"), or None when it is a relation
    ("Falcons' team-mate", "opponent"): one whose last word is a relation noun, no body after it."""
    if not found:
        return found
    words = found.split(" ")
    while words and L.fold(words[0]) in RELATIVE_MARKS:
        words.pop(0)
    if not words or L.fold(words[-1]) in L.RELATION_NOUNS:
        return None
    return " ".join(words)


def body_first(ctx: C.DocCtx, ms: list[Cand]) -> list[Cand]:
    """The mentions, those of a headline (a short first line with no sentence's end) last."""
    if not ms or not _headlined(ctx):
        return ms
    return [c for c in ms if ctx.line_of(c.start) > 0] + [c for c in ms if ctx.line_of(c.start) == 0]


def _headlined(ctx: C.DocCtx) -> bool:
    """The text opens with a headline: a first line, short and not ending a sentence, then more."""
    if len(ctx.lines) < 2:
        return False
    start, end = ctx.lines[0]
    line = ctx.text[start:end].strip()
    return 0 < len(line) <= HEADLINE_MAX and not line.endswith(SENTENCE_ENDS)
