"""Clubs the model reads as people: nicknames and short names of one word ("Boro", "the Blues",
"Lazio") voted a person or a people. British English makes a team plural ("Boro are", "the Blues
were", "Lazio have"); a person's name takes a singular verb. In a sports report, such a name that is
the lone subject of a plural verb somewhere in the article is a club (ORG) in all its mentions,
unless it ends a person's full name of the article, a team sheet lists it, or the gazetteer knows it
(a people: "the Italians were").
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.clubs import plural_subject
from pipeline.entities.lexicon import gazetteer_label
from pipeline.entities.sport import KEPT

ABLE = frozenset({"PERSON", "NORP"})


def plural_sides(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel ORG a sports report's one-word person or people that a plural verb makes a side (see
    the module's doc)."""
    if not ctx.sports or not ctx.parsed:
        return
    sides = {key_of(ctx, c) for c in cands if c.end - c.start == 1 and plural_subject(ctx.doc[c.start])}
    if not sides:
        return
    surnames = {ctx.words[c.end - 1] for c in cands if c.label == "PERSON" and c.end - c.start > 1}
    for key, ms in by_key(ctx, cands, key_of).items():
        if key not in sides or labels.get(key) not in ABLE or " " in key or gazetteer_label(key):
            continue
        if not any(c.src in KEPT or c.end - c.start != 1 or ctx.words[c.start] in surnames for c in ms):
            relabel(ctx, ms, labels, key_of, "ORG")
