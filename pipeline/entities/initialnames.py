"""Names of initials and a surname ("KT Marwood") that the model calls a body while the article's
vote makes the surname alone a person ("Irish Marwood fans" cut to a people and a surname by
`gluedpeoples`, "Marwood said"): the person named by initials, as a given name's full name is
(`stage._vote`, whose test of a personal name's case no string of capitals passes)."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.gluedpeoples import initialled


def initialled_people(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Label PERSON the initialled names voted ORG whose surname alone is voted PERSON."""
    for c in cands:
        if c.label != "ORG" or c.end - c.start != 2 or not initialled(ctx, c):
            continue
        key = key_of(ctx, c)
        if labels.get(key) == "ORG" and labels.get(key.split()[-1]) == "PERSON":
            labels[key] = "PERSON"
