"""Bands followed by "who" in a music story: "Velvetine, who toured Japan last year" or "The Corvids,
who split in 1998" is an act the model calls an organisation, and "who" alone does not make a person
of it (`band_relative`). A name that may be a person's keeps the person's reading: a given name of the
census ("Delphine, who released"), several words without "The", a title or "Mr" before it, "he" or
"she" after it, or any other person's sign of `context.name_evidence`."""

from __future__ import annotations

from pipeline.entities import context as X
from pipeline.entities.acts import music_story
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import HONORIFICS, census_given, fold


def band_relative(ctx: DocCtx, ms: list[Cand]) -> bool:
    """A band's name the model calls an organisation whose only person's sign is a "who" after it,
    in a music story (see the module's doc)."""
    if ctx.sports or not any(_who_after(ctx, c) for c in ms):
        return False
    if not all(_band_shaped(ctx, c) for c in ms) or not music_story(ctx):
        return False
    return not any(_personal(ctx, c) for c in ms)


def _who_after(ctx: DocCtx, c: Cand) -> int:
    """1 when "who" follows the mention, right after it or after a comma."""
    words, e = ctx.words, c.end
    if e < len(words) and words[e] == "who":
        return 1
    return int(e + 1 < len(words) and words[e] == "," and words[e + 1] == "who")


def _band_shaped(ctx: DocCtx, c: Cand) -> bool:
    """One word that is no given name of the census, or a name opening with a capital "The"."""
    words = ctx.words[c.start : c.end]
    if words[0] == "The" and len(words) > 1:
        return True
    word = words[0]
    return len(words) == 1 and word[:1].isupper() and word.isalpha() and not census_given(word.lower())


def _personal(ctx: DocCtx, c: Cand) -> bool:
    """A person's sign besides "who": an honorific before the mention, or a person's vote of the words
    around it ("he", a title, '"...," X said')."""
    if c.start > 0 and fold(ctx.words[c.start - 1]) in HONORIFICS:
        return True
    return X.name_evidence(ctx.doc, c.start, c.end)[1] - _who_after(ctx, c) > 0
