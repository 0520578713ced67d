"""Inquiries named after the person who leads them: in "the Hale inquiry" or "the Hale review" the
one-word name is that person (PERSON, OntoNotes' reading of a chair's name before a lower-case
head), one entity with "Lord Hale" when the article names them, not a place or a body as the model
may guess. `inquiry_people` runs after the per-name vote; the trigger is a set lookup on the word
after a name (`inquiry_nouns` of the cue data). A name counts only when the census lists know it as
a surname, is no body's word ("the Army review", "the Church inquiry": `ORG_HEADS`, `generic_bodies`)
and the gazetteer knows no country or region of it ("the Iraq inquiry" keeps its place)."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel

INQUIRY_NOUNS = frozenset(L.CUES["inquiry_nouns"])  # "inquiry", "review"
GUESSED = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})


def inquiry_people(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Every mention of a one-word surname some mention of which stands before an inquiry's noun
    after "the" or "a" made a PERSON."""
    named = [c for c in cands if c.end - c.start == 1 and c.label in GUESSED]
    for key, ms in by_key(ctx, named, key_of).items():
        if labels.get(key, ms[0].label) not in GUESSED or not any(_before_inquiry(ctx, c) for c in ms):
            continue
        word = ctx.words[ms[0].start]
        if _body_word(word):
            continue  # "the Army review", "the Church inquiry": the body's own
        if L.surname(word.lower()) and not L.known_place(word.lower(), towns=False):
            relabel(ctx, ms, labels, key_of, "PERSON")


def _body_word(word: str) -> bool:
    """A word that heads bodies' names or names a body by itself ("Army", "Bank", "Church", "Police")."""
    return word in L.ORG_HEADS or word.lower() in L.GENERIC_BODIES


def _before_inquiry(ctx: DocCtx, c: Cand) -> bool:
    """The name stands between "the" or "a" and a lower-case inquiry's noun ("the Hale inquiry")."""
    words = ctx.words
    return (c.start > 0 and c.end < len(words) and words[c.end] in INQUIRY_NOUNS
            and words[c.start - 1].lower() in {"the", "a", "an"})
