"""The first words of a quote the model reads as a work's title: '"Fans in Kelby have long memories',
'"Under the new rules, we ...'. A quoted sentence opens with a capital; a title the quote marks
hold ends at the closing mark. The model's WORK_OF_ART span right after an opening quote mark, which
the quote goes on after in lower case or with a comma, and which opens with a preposition, a pronoun
or a plural noun, is no title: it is dropped, so that the
rules after the model find the names inside it ("Kelby"). Works on token indices."""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.context import QUOTE_MARKS

WORK = "WORK_OF_ART"
OPENING_TAGS = frozenset({"IN", "PRP", "NNS"})  # "Under ...", "We ...", "Fans ..."


def quoted_openers(ctx: DocCtx, model: list[Cand]) -> list[Cand]:
    """The model's candidates without the works that are a quote's first words (module's doc)."""
    return [c for c in model if c.label != WORK or not _quote_opener(ctx, c)]


def _quote_opener(ctx: DocCtx, c: Cand) -> bool:
    words, s = ctx.words, c.start
    if s == 0 or words[s - 1] not in QUOTE_MARKS or ctx.ws[s - 1] or not _opening(ctx, s - 1):
        return False
    if not _goes_on(ctx, c.end):
        return False
    return ctx.toks[s].tag_ in OPENING_TAGS


def _opening(ctx: DocCtx, q: int) -> bool:
    """The quote mark at q opens a quote: it starts the text or follows a space or a line break."""
    return q == 0 or bool(ctx.ws[q - 1])


def _goes_on(ctx: DocCtx, e: int) -> bool:
    """The quote goes on after the span: a word in lower case or a comma and a word follow it."""
    words = ctx.words
    comma = e < len(words) and words[e] == ","
    k = e + comma
    return k < len(words) and words[k].isalpha() and (words[k].islower() or comma)
