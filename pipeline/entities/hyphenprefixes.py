"""Names cut at a hyphen inside their first word: the model or a rule starts the name after a prefix
glued to it ("Re-" of "the Re-Run Tour", "Anti-" of "the Anti-Fraud Act", "A-" of "The A-Squad").

`prefixed_names` extends such a span leftwards over the prefix and the hyphen, glued on both sides,
when no other span covers them, the prefix is a capitalised word the model tagged as nothing that
names no place or people, and the name is no body's or place's: a body or a place after a prefix
is a name of its own ("Ex-Labour", "Non-EU", "Anglo-Dutch", "Fiat-GM"). A person's name stays as it
is ("Jan-Tom Hale", "Hale-Orwin"), unless it ends in an event's head ("Tour", "Festival"): then the
whole is the event ("the Re-Run Tour"). Token indices."""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import EVENT_HEADS, fold, gazetteer_label
from pipeline.entities.words import glued_hyphen

OWN_NAMES = frozenset({"ORG", "FAC", "GPE", "LOC", "NORP"})  # "Ex-Labour", "Non-EU": the name stands alone
TOUR_HEADS = EVENT_HEADS | {"Tour"}  # "the Re-Run Tour": an event, not a person


def prefixed_names(ctx: DocCtx, cands: list[Cand]) -> None:
    """Extend each span begun after a glued prefix and hyphen over them (see the module's doc)."""
    if "-" not in ctx.words:
        return
    found = [c for c in cands if c.start > 1 and ctx.words[c.start - 1] == "-" and _kind(ctx, c)]
    if not found:
        return
    covered = {i for c in cands for i in range(c.start, c.end)}
    for c in found:
        s = c.start
        if s - 1 in covered or s - 2 in covered or not _prefix(ctx, s - 2) or not ctx.toks[s].is_title:
            continue
        c.start = s - 2
        if c.label == "PERSON":
            c.label = "EVENT"


def _kind(ctx: DocCtx, c: Cand) -> bool:
    """The span names no body or place, and no person unless it ends in an event's head."""
    if c.label == "PERSON":
        return c.end - c.start > 1 and ctx.words[c.end - 1] in TOUR_HEADS
    return c.label not in OWN_NAMES


def _prefix(ctx: DocCtx, i: int) -> bool:
    """Token i is a capitalised word glued to the hyphen after it, and the hyphen to the name, and
    not to a word or hyphen before it ("Hale-Orwin-" of a triple name); untagged by the model; no
    place or people."""
    tok, toks = ctx.toks[i], ctx.toks
    if not tok.is_alpha or not tok.text[:1].isupper() or not glued_hyphen(toks, i + 1):
        return False
    if i > 0 and not toks[i - 1].whitespace_ and (toks[i - 1].is_alpha or toks[i - 1].text == "-"):
        return False
    return tok.ent_iob_ == "O" and gazetteer_label(fold(tok.text)) is None
