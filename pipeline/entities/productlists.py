"""Products named in a list after a product's plural noun: "consoles such as the Xbox and the
Zentra", "products such as Sony's PlayStation, Acme's Z-Box and Korvik's Game Deck", "gadgets like
A, B and C", "phones, including X and Y". The members share the noun's kind: each name whose
mention heads a member of the list (the object of "such as"/"like"/"including" and its conjuncts
and appositions, read from the parse) is a PRODUCT when the vote made it a body, a person or a
place it is not (no place or people the gazetteer knows, no given name first: `products._able`)
and no mention of it treats it as a body (`products.body_use`: "Acme said", "Acme's chief"). The
owner before a member ("Sony" of "Sony's PlayStation") is no member. No list of products: the
parse and the noun only. Runs after the vote, on token indices."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from pipeline.entities import candidates as C
from pipeline.entities import products as PD
from pipeline.entities.candidates import Cand, DocCtx, relabel

THINGS = frozenset(
    {w for w in PD.HEADS if w.endswith("s")} - {"sales", "owners", "titles", "versions", "cards", "players"}
) | {"products", "gadgets", "goods"}  # things made and sold; not "players" ("technology players such as X")
LINKS = frozenset({"conj", "appos"})


def listed_products(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel PRODUCT the names listed after a product's plural noun (see the module's doc)."""
    if ctx.sports or not ctx.parsed:
        return
    members = _members(ctx)
    if not members:
        return
    by_key = C.by_key(ctx, [c for c in cands if c.end > c.start], key_of)
    for key, ms in by_key.items():
        label = labels.get(key, ms[0].label)
        if label not in PD.ABLE or not any(ctx.doc[c.start : c.end].root.i in members for c in ms):
            continue
        if not PD._able(ctx, key, ms, label) or any(_body(ctx, c, members) for c in ms):
            continue
        relabel(ctx, ms, labels, key_of, "PRODUCT")


def _body(ctx: DocCtx, c: Cand, members: set[int]) -> bool:
    """The mention treats the name as a body (`products.body_use`); a list's last member before
    the list's plural verb ("A, B and C have boosted") is no band's "U2 have"."""
    last = ctx.doc[c.start : c.end].root.i in members
    if last and c.end < len(ctx.words) and ctx.words[c.end] in PD.PLURAL:
        return PD.body_signs(ctx, c)
    return PD.body_use(ctx, c)


def _members(ctx: DocCtx) -> set[int]:
    """Token indices of the members of every list after a product's plural noun."""
    out: set[int] = set()
    for i, w in enumerate(ctx.words):
        if w.lower() in THINGS and ctx.toks[i].tag_ == "NNS" and not ctx.in_caps(i):
            for p in ctx.toks[i].children:
                if p.dep_ == "prep" and _list_word(p):
                    for o in p.children:
                        if o.dep_ == "pobj":
                            _chain(o, out)
    return out


def _list_word(p: Token) -> bool:
    """"like", "including" or "such as" opening a list of examples."""
    low = p.lower_
    return low in {"like", "including"} or (low == "as" and any(k.lower_ == "such" for k in p.children))


def _chain(t: Token, out: set[int]) -> None:
    """t and its conjuncts and appositions, recursively."""
    out.add(t.i)
    for k in t.children:
        if k.dep_ in LINKS and k.i not in out:
            _chain(k, out)
