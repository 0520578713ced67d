"""Firms named after people that the article names as a firm: a person-shaped name right after a
lower-case plural noun of an occupation ("its auditors Hale Morrow", "consultants Vane Ashby"). By
number a body of them, not one person: `personcues` labels such a mention ORG, and `firm_votes`
keeps that label, where no mention of the full name reads otherwise, against the article's vote for
the surname alone ("Morrow said ..."), which would make the full name a person
(`stage._vote`); the surname's mentions go with the firm unless they read as a person's ("Mr
Morrow", "he") or another full name in the article ends in it. All work on token indices.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import context as X
from pipeline.entities import firms as FM
from pipeline.entities import plainlabels as PLL
from pipeline.entities.candidates import Cand, DocCtx, by_key


def firm_named(ctx: DocCtx, c: Cand) -> bool:
    """The mention `c` (labelled ORG) comes right after an occupation's plural ("auditors X Y"); a
    firm's singular noun says less ("the organization X Y used": a relative clause's subject)."""
    if c.label != "ORG" or c.start == 0 or not X.plural_title(ctx.doc, c.start, c.end):
        return False
    return not PLL.role_holder(ctx, c)  # "founder of the Kestrel consultancy Ann Lee"


def firm_votes(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """The names voted PERSON for their surname whose mentions are all ORG, one named as a firm,
    none read as a person's: ORG again, with the surname's own mentions when nothing makes them a
    person's (see the module's doc)."""
    named = {key_of(ctx, c) for c in cands if c.end - c.start > 1 and firm_named(ctx, c)}
    named = {k for k in named if labels.get(k) == "PERSON" and " " in k}
    if not named:
        return
    groups = by_key(ctx, cands, key_of)
    firms = {k for k in named
             if all(c.label == "ORG" for c in groups[k]) and not FM.person_signs(ctx, groups[k])[0]}  # "Mr X"
    if not firms:
        return
    ends: dict[str, list[str]] = {}  # a last word -> the full names voted PERSON that end in it
    for k, label in labels.items():
        if label == "PERSON" and " " in k:
            ends.setdefault(k.split()[-1], []).append(k)
    for key in list(firms):
        labels[key] = "ORG"
        last = key.split()[-1]
        alone = groups.get(last, [])
        if ends.get(last) == [key] and alone and labels.get(last) == "PERSON" and not FM.personal(ctx, alone):
            labels[last] = "ORG"  # "Morrow had approved the accounts"
            firms.add(last)
    for c in (c for k in firms for c in groups.get(k, ())):
        if c.label == "PERSON":
            c.label, c.role = "ORG", None
