"""A side's roman numeral is a common noun, no name: "the starting XV", "an XI of youngsters",
"his first XIII", "Kelby's strongest XI" name a team's line-up by its size (eleven, thirteen,
fifteen players; seven or eight for sevens and rowing), not a body. A numeral after a capitalised
word stays ("King Ludo XV", "Kelby XV": a name and its number)."""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import POSS_CUT

SIDE_NUMERALS = frozenset({"VII", "VIII", "XI", "XIII", "XV"})


def side_numeral(ctx: DocCtx, c: Cand) -> bool:
    """The candidate is a lone side numeral after a lower-case word or a possessive."""
    if c.end - c.start != 1 or ctx.words[c.start] not in SIDE_NUMERALS or c.start == 0:
        return False
    before = ctx.words[c.start - 1]
    return before in POSS_CUT or (before.isalpha() and before.islower())
