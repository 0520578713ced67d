"""A table word opening a sentence before a club ("Leaders Kelby", "Holders Northam Town"): the word
is the club's standing in its table, no part of its name, and what follows it is a team."""

from __future__ import annotations

from pipeline.entities.candidates import DocCtx
from pipeline.entities.lexicon import TEAM_TITLES
from pipeline.entities.openers import starts_sentence


def title_cut(ctx: DocCtx, s: int, e: int) -> bool:
    """In a sports report, the model's span opens a sentence with a capitalised team title
    ("Leaders", "Champions", "Holders") before a capitalised name."""
    doc = ctx.doc
    if e - s < 2 or not ctx.sports or doc[s].lower_ not in TEAM_TITLES or not doc[s].is_title:
        return False
    return doc[s + 1].is_title and not ctx.in_caps(s) and starts_sentence(doc, s)
