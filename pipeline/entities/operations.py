"""Operations: a name opening with "Operation" ("Operation Kestrel Shield") is an undertaking
(EVENT), not a body, a product or a work, unless it acts as a body: the subject of a speech verb,
or before a body's role noun ("Operation X said", "an Operation X spokesman"), a name ending in a
body's head word ("Operation X Movement") or opening a longer one in the article. No list of names."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel

HEAD = "Operation"
SPEAKING = frozenset({"say", "tell", "add", "warn", "claim", "urge", "call", "argue", "announce"})  # lemmas


def operation_events(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel EVENT the names opening with "Operation" and one more word that no mention of a name
    opening with the same two words shows acting as a body ("Operation X T-shirts" beside "Operation
    X Movement")."""
    named = [c for c in cands if c.end - c.start > 1 and ctx.words[c.start] == HEAD]
    if not named:
        return  # the cheap test first
    heads = [i for i, w in enumerate(ctx.words) if w == HEAD]  # every mention, found or not yet
    groups = by_key(ctx, named, key_of)
    bodies = set()
    for ms in groups.values():
        words = ctx.words[ms[0].start : ms[0].end]
        spans = [(i, i + len(words)) for i in heads if ctx.words[i : i + len(words)] == words]
        if words[-1] in L.ORG_HEADS or any(_acts(ctx, s, e) for s, e in spans):
            bodies.add(words[1])
    for key, ms in groups.items():
        if labels.get(key, ms[0].label) != "EVENT" and ctx.words[ms[0].start + 1] not in bodies:
            relabel(ctx, ms, labels, key_of, "EVENT")


def _acts(ctx: DocCtx, s: int, e: int) -> bool:
    """The mention s..e speaks, has a role noun after it or opens a body's name ("X said", "X
    spokesman", "X Movement")."""
    nxt = ctx.words[e] if e < len(ctx.words) else ""
    after = nxt.lower()
    if nxt in L.ORG_HEADS or after in L.SPEECH_VERBS or (after.isalpha() and L.role_word(after)):
        return True  # "X said", "X spokesman"
    if not ctx.parsed:
        return False
    root = ctx.root(s, e)
    return root.dep_ == "nsubj" and root.head.lemma_ in SPEAKING
