"""People the model reads as products: a name of two words in title case, a common given name and a
census surname ("with Ines Halloran halfway into the race"), which no mention writes after a
determiner ("the Kestrel Mini") and whose second word the article never writes in lower case ("the
Kestrel mini"). Works on token indices, after the per-name vote."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.lexicon import DETERMINERS, given_name, norm, surname
from pipeline.entities.words import lower_words

PRODUCT = "PRODUCT"
OWNERS = frozenset({"its", "their", "our", "his", "her", "my", "your", "new"})  # "its Kestrel Mini"


def given_products(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """A product named with a given name and a surname is a person (see the module's doc)."""
    pairs = [c for c in cands if c.end - c.start == 2]
    for key, ms in by_key(ctx, pairs, key_of).items():
        if labels.get(key, ms[0].label) == PRODUCT and all(_personal(ctx, c) for c in ms):
            relabel(ctx, ms, labels, key_of, "PERSON")


def _personal(ctx: DocCtx, c: Cand) -> bool:
    first, last = ctx.words[c.start], ctx.words[c.start + 1]
    if not (first.istitle() and last.istitle() and first.isalpha() and last.isalpha()):
        return False
    if not given_name(norm(first)) or not surname(norm(last)) or last.lower() in lower_words(ctx):
        return False
    before = ctx.words[c.start - 1].lower() if c.start else ""
    return before not in DETERMINERS and before not in OWNERS
