"""A residence named "<Name> House" that the model calls a person ("Kelby House said", "staff at
Kelby House").

`named_houses` runs after the vote. A name of two or more words ending in "House" held PERSON is
the household, a body (ORG), where some mention acts or has staff ("Kelby House said", "Kelby House
has issued a statement", "Kelby House staff"), and the building (FAC) where some mention follows a
preposition of place ("at Kelby House"). Never a name the article treats as a person's: a role,
an honorific, "he", or "House" alone elsewhere (a surname: "House said").
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import context as X
from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.lexicon import HONORIFICS, LOCATIVE, fold

HEAD = "House"
ACTS = frozenset({"said", "says", "has", "have", "had", "announced", "confirmed", "denied", "issued"})
STAFF = frozenset({"staff", "spokesman", "spokeswoman", "spokesperson", "officials", "aides", "sources"})
NOT_ACTS = frozenset({"been", "a", "an", "the"})  # "has been", "has a": no act


def named_houses(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel ORG or FAC the houses the model calls people (see the module's doc)."""
    if HEAD not in ctx.words:
        return
    found = [c for c in cands if c.end - c.start > 1 and ctx.words[c.end - 1] == HEAD]
    for key, ms in by_key(ctx, found, key_of).items():
        if labels.get(key, ms[0].label) != "PERSON" or _personal(ctx, ms):
            continue
        label = "ORG" if any(acts_at(ctx, c.end) for c in ms) else "FAC"
        if label == "ORG" or any(_placed(ctx, c) for c in ms):
            relabel(ctx, ms, labels, key_of, label)


def _personal(ctx: DocCtx, ms: list[Cand]) -> bool:
    """Some mention has a role, an honorific or a person's pronoun, or "House" stands alone elsewhere."""
    inside = {c.end - 1 for c in ms}
    alone = (i for i, w in enumerate(ctx.words) if w == HEAD and i not in inside)
    if any(ctx.toks[i].ent_type_ == "PERSON" for i in alone):
        return True
    doc = ctx.doc
    return any(
        m.role or fold(X.low(doc, m.start - 1)) in HONORIFICS or X.name_evidence(doc, m.start, m.end)[1]
        for m in ms
    )


def acts_at(ctx: DocCtx, k: int, guarded: frozenset[str] = ACTS) -> bool:
    """The words at `k`, right after a mention, make it speak or act, or name its staff ("X said", "X has
    issued", "X staff"); a `guarded` verb before "been" or an article is none ("X has a garden")."""
    nxt = X.low(ctx.doc, k)
    return nxt in STAFF or nxt in ACTS and not (nxt in guarded and X.low(ctx.doc, k + 1) in NOT_ACTS)


def _placed(ctx: DocCtx, c: Cand) -> bool:
    """A preposition of place, "the" or not, before the mention ("at Kelby House")."""
    k = c.start - 1 - (X.low(ctx.doc, c.start - 1) == "the")
    return X.low(ctx.doc, k) in LOCATIVE
