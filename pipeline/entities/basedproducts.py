"""A program or a platform that devices are built on ("Quarnix-based players"): a product, no place.

`based_products` runs after the per-name vote, in no sports report. A name voted a place, a people,
a person, a building or an event is a PRODUCT when a mention of it is glued to "-based" before a
device's or a program's noun, over a few lower-case modifiers ("Quarnix-based portable media
players", "unlike Quarnix-based phones", "a Quarnix-based system"): what goods are based on is a
program or a platform, where a firm or a town is based. No place the gazetteer knows ("Kelby-based
handsets" may be made there), no mention acting as a body (`products.body_use`) or holding a role.
No list of names: the goods' nouns (`makersigns.GOODS`, `products.DEVICES`). Token indices throughout.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import products as PD
from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.lexicon import known_place
from pipeline.entities.makersigns import GOODS, NOT_GOODS

ABLE = frozenset({"GPE", "LOC", "NORP", "PERSON", "FAC", "EVENT"})  # no body: "Kestrel-based PCs", its chips
BUILT = (GOODS - NOT_GOODS) | PD.DEVICES | frozenset({"system", "systems", "platform", "platforms"})
MODIFIERS = frozenset({"ADJ", "NOUN", "PROPN"})  # "portable media", "MP3"
REACH = 3  # modifiers between "-based" and the goods' noun


def based_products(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel PRODUCT the names goods are based on (see the module's doc)."""
    if ctx.sports:
        return
    for key, ms in by_key(ctx, [c for c in cands if c.end > c.start], key_of).items():
        label = labels.get(key, ms[0].label)
        if label not in ABLE or known_place(key) or not any(_based_goods(ctx, c.end) for c in ms):
            continue
        if not any(c.role or PD.body_use(ctx, c) for c in ms):
            relabel(ctx, ms, labels, key_of, "PRODUCT")


def _based_goods(ctx: DocCtx, e: int) -> bool:
    """Tokens from e are "-based", glued, then a goods' noun over a few modifiers ("-based portable
    media players")."""
    words, ws, n = ctx.words, ctx.ws, len(ctx.words)
    if e + 2 >= n or words[e] != "-" or words[e + 1].lower() != "based" or ws[e - 1] or ws[e]:
        return False
    for k in range(e + 2, min(e + 3 + REACH, n)):
        if words[k].lower() in BUILT:
            return True
        if ctx.toks[k].pos_ not in MODIFIERS or "\n" in ws[k - 1]:
            return False
    return False
