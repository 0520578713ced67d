"""A firm's name before a product's word ("Kestrel Quill"): the product, not the firm.

`firm_products` reads a name the vote made a body whose words but the last are a body's name of the
same article standing alone ("Kestrel said"): when the last word stands alone elsewhere in the
article ("open it in Quill", "any Quill file"), or the name comes before a thing's noun ("a Kestrel
Quill document"), the name is the firm's product. No list of names: the article's own mentions.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx, alone, by_key, relabel

LINKS = frozenset({"the", "and", "or", "of"})  # a body's name runs over them
THINGS = frozenset({"document", "documents", "file", "files", "application", "applications", "suite"})


def firm_products(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel a firm's name + a product's word PRODUCT (see the module)."""
    if ctx.sports:
        return
    groups = by_key(ctx, [c for c in cands if c.end > c.start], key_of)
    firms = {key for key, ms in groups.items() if labels.get(key, ms[0].label) == "ORG"}
    for key, ms in groups.items():
        c = ms[0]
        if labels.get(key, c.label) != "ORG" or c.end - c.start < 2 or _firm(ctx, c) not in firms:
            continue
        if any(_before_thing(ctx, m) for m in ms) or _tail_alone(ctx, ms):
            relabel(ctx, ms, labels, key_of, "PRODUCT")
            tail = ctx.norm_of(c.end - 1, c.end)
            if labels.get(tail, "ORG") == "ORG" and tail in groups:  # "Quill" alone: the same product
                relabel(ctx, groups[tail], labels, key_of, "PRODUCT")


def _firm(ctx: DocCtx, c: Cand) -> str:
    """The name's words but the last, folded; "" for one word repeated ("Tam Tam")."""
    head = ctx.norm_of(c.start, c.end - 1)
    return "" if head == ctx.norm_of(c.end - 1, c.end) else head


def _before_thing(ctx: DocCtx, c: Cand) -> bool:
    """A thing's noun right after the name ("a Kestrel Quill document")."""
    return c.end < len(ctx.words) and ctx.words[c.end] in THINGS


def _tail_alone(ctx: DocCtx, ms: list[Cand]) -> bool:
    """The name's last word stands alone in the article, mid-sentence, and is no body's head
    ("Office", "News"), no term in capitals ("IPTV"), no piece of a word ("T" of "T-shirt") nor a
    place the tables know."""
    words, c = ctx.words, ms[0]
    tail = words[c.end - 1]
    if not (tail.isalpha() and tail[:1].isupper()) or tail.isupper():
        return False
    if tail in L.ORG_HEADS or tail.lower() in L.ORG_HEADS or L.known_place(tail.lower()):
        return False
    inside = {m.end - 1 for m in ms}
    return any(
        words[i] == tail
        and i not in inside
        and _plain(words, i)
        and not ctx.toks[i].is_sent_start
        and alone(ctx, i)
        for i in ctx.capitals[1:]  # the capitalised words only; not "the Quill Group"
    )


def _plain(words: list[str], i: int) -> bool:
    """Word i follows a plain lower-case word and opens no list of names ("in Quill", "running
    Quill"; not "the Caucus", "(NDC) Caucus", "and Savings and Credit")."""
    prev, nxt = words[i - 1], words[i + 1] if i + 1 < len(words) else ""
    return prev.isalpha() and prev.islower() and prev not in LINKS and nxt not in LINKS
