"""A product named only in the plural ("their Quibos", "six Tavor Zessas") goes by its singular.

`singular_name` gives the canonical name of a PRODUCT whose every form is a plural ("-s", "-es") of
a name the text also writes in the singular inside a sentence ("Quibo said", "its Tavor Zessa
players"; not a longer name's first words: "the Tavor Zessa Mini"): the device, not the count of
them; the plural stays an alias. A name that ends in "s" in the singular ("Kestrel Windows", the
text never writing "Kestrel Window" mid-sentence) keeps it. A product written in both numbers goes
by its singular form ("Zorbox", not "Zorboxes").
"""

from __future__ import annotations

import re

from pipeline.entities.candidates import DocCtx


def singular_name(ctx: DocCtx, name: str, label: str, forms: list[str]) -> str:
    """The singular the text writes of a product's plural name `name` (see the module); else `name`."""
    if label != "PRODUCT" or not name.endswith("s"):
        return name
    held = [one for one in (name[:-1], name[:-2]) if one in forms]  # "Zorboxes" beside "Zorbox"
    if held or not all(f.endswith("s") for f in forms):
        return held[0] if held else name
    for one in (name[:-1], name[:-2] if name.endswith("es") else ""):
        if len(one) > 2 and one[:1].isalpha() and not one.endswith(("'", "\u2019")) and _written(ctx, one):
            return one
    return name


def _written(ctx: DocCtx, one: str) -> bool:
    """The text writes `one` as a whole name inside a sentence: a word before it, no stop, and no
    capitalised word after it ("Zentra" of "the Zentra Mini" is no name of its own)."""
    for m in re.finditer(rf"(?<![\w.'\u2019-]){re.escape(one)}(?![\w'\u2019-]| [A-Z])", ctx.text):
        before = ctx.text[max(0, m.start() - 3) : m.start()].rstrip(" ")
        if before and before[-1:].isalnum():
            return True
    return False
