"""Programs named by their head word in a story of computers ("X Messenger", "Y Media Player").

`program_heads` reads a name of two words or more ending in a program's head word ("Player",
"Messenger", "Explorer", "Navigator") in a story of computers (`software.COMPUTING`) and not in a
sports report: the name is a program (PRODUCT), whatever the model called it ("X Messenger" is no
person, "Media Player" no body). The one word that opens such a program's name ("Windows" of
"Windows Messenger"), when the vote made it a place, people or person the tables do not know and no
mention treats it as a body ("X said"), is the maker's product line, also a PRODUCT. No list of
names: head words, the gazetteer and the article's own mentions.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import lexicon as L
from pipeline.entities import products as PD
from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.software import computing_story

HEADS = frozenset({"Player", "Messenger", "Explorer", "Navigator"})  # a program's last word
OPENER_LABELS = frozenset({"GPE", "LOC", "NORP", "PERSON"})  # labels a program's first word never has


def program_heads(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel names with a program's head word, and their lone first word, PRODUCT (see the module)."""
    if ctx.sports or HEADS.isdisjoint(ctx.words) or not computing_story(ctx):
        return
    groups = by_key(ctx, [c for c in cands if c.end > c.start], key_of)
    openers = set()
    for key, ms in groups.items():
        c = ms[0]
        if c.end - c.start > 1 and ctx.words[c.end - 1] in HEADS:
            openers.add(ctx.words[c.start])
            if labels.get(key, c.label) != "PRODUCT":
                relabel(ctx, ms, labels, key_of, "PRODUCT")
    for key, ms in groups.items():
        c = ms[0]
        if c.end - c.start != 1 or ctx.words[c.start] not in openers or L.known_place(key):
            continue
        if labels.get(key, c.label) in OPENER_LABELS and not any(PD.body_use(ctx, m) for m in ms):
            relabel(ctx, ms, labels, key_of, "PRODUCT")
