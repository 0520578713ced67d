"""Meetings named like bodies: a name voted a body whose last word names a gathering ("X Forum",
"X Summit", "X Congress") is an EVENT when its sentence or the next one calls it a gathering by a
definite description ("the London conference", "the three-day show") and no mention treats it as a
body (`products.body_use`: it speaks, acts, owns staff; "the X's members"). A body so named that
the article never describes as a gathering keeps its label. Heads and nouns only, no names."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import candidates as C
from pipeline.entities import products as PR
from pipeline.entities import tokens as TK
from pipeline.entities.candidates import Cand, DocCtx, relabel

HEADS = frozenset({"Forum", "Summit", "Congress", "Conference", "Expo"})  # a gathering's name's last word
NOUNS = frozenset({"conference", "show", "exhibition", "summit", "event", "expo", "fair", "convention"})
DEFS = frozenset({"the", "this"})
MODS = frozenset({"ADJ", "PROPN", "NOUN", "NUM"})  # "the London conference", "the three-day show"


def meeting_labels(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel EVENT the names of gatherings the article describes as such (see the module's doc)."""
    if not ctx.parsed or HEADS.isdisjoint(TK.of(ctx.doc).word_set):
        return
    named = [c for c in cands if c.end - c.start > 1 and ctx.words[c.end - 1] in HEADS]
    for key, ms in C.by_key(ctx, named, key_of).items():
        if labels.get(key, ms[0].label) != "ORG" or any(PR.body_use(ctx, c) for c in ms):
            continue
        if any(_described(ctx, c) for c in ms):
            relabel(ctx, ms, labels, key_of, "EVENT")


def _described(ctx: DocCtx, c: Cand) -> bool:
    """A gathering's noun after the mention, in its sentence or the next, led by "the"/"this" over
    modifiers only ("... told the X Forum. '...,' he said on the opening day of the London conference")."""
    doc, words = ctx.doc, ctx.words
    sent = doc[c.start].sent
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    for i in range(c.end, end):
        if words[i] in NOUNS:
            k = i - 1
            while k > c.end and i - k <= 3 and ctx.toks[k].pos_ in MODS:
                k -= 1
            if words[k].lower() in DEFS:
                return True
    return False
