"""A maker's name and its model's word before a device's noun: one product, never a person or a body.

`headed_models` runs after the per-name vote, in no sports report. A name of two or three words
("Brellan Quon"; not one hyphened: "a Kel-Vo refund scheme") voted a person, a body, a place or an
event is a PRODUCT when a mention of it qualifies a device's noun a few lower-case modifiers on, the
noun led by a determiner or an owner before the name ("the Brellan Quon portable video player", "her
Tavor Zessa digital camera", "a pocket-sized Kelvo Mira music phone"): what such a phrase names is
the device, made by the name's first word. No mention may treat it as a body (`products.body_use`:
"X said", "X's chief") nor hold a role; no place or people the gazetteer knows and no given name
first (`products._able`), no body's, place's or event's head after its first word ("the Kelby
Policy Centre think tank"). No list of names: the goods' nouns (`makersigns.GOODS`) and the parse.
Token indices throughout.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import products as PD
from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.makersigns import GOODS, NOT_GOODS

DEVICES = GOODS - NOT_GOODS  # "player", "phone", "camera"; not "sales", "model"
ABLE = PD.ABLE | {"EVENT", "NORP"}  # what the model calls "Brellan Quon"
MODIFIERS = frozenset({"ADJ", "NOUN"})  # "portable video", "digital"
REACH = 3  # modifiers between the name and the device's noun
LED = frozenset({"det", "poss"})


def headed_models(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel PRODUCT the makers' models that head a device's noun phrase (see the module)."""
    if ctx.sports or not ctx.parsed:
        return
    for key, ms in by_key(ctx, [c for c in cands if 2 <= c.end - c.start <= 3], key_of).items():
        label = labels.get(key, ms[0].label)
        if label not in ABLE or " " not in key or not PD._model_tail(ctx, ms[0]):
            continue  # "the X Policy Centre think tank": a body's head ends the name
        if any(c.role for c in ms) or not any(_device_phrase(ctx, c) for c in ms):
            continue
        if not PD._able(ctx, key, ms, label):
            continue
        if not any(PD.body_use(ctx, c) for c in ms):
            relabel(ctx, ms, labels, key_of, "PRODUCT")


def _device_phrase(ctx: DocCtx, c: Cand) -> bool:
    """The mention qualifies a device's noun after it, over lower-case modifiers only, and that noun
    has a determiner or an owner before the name ("the X portable video player")."""
    words, toks, n = ctx.words, ctx.toks, len(ctx.words)
    for k in range(c.end, min(c.end + REACH + 1, n)):
        tok = toks[k]
        if not tok.is_lower or "\n" in ctx.ws[k - 1]:
            return False
        if words[k] in DEVICES and tok.pos_ == "NOUN":
            return ctx.root(c.start, c.end).head.i == k and any(
                a.dep_ in LED and a.i < c.start for a in tok.children)
        if tok.pos_ not in MODIFIERS:
            return False
    return False
