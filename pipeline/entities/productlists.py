"""Products named in a list after a product's plural noun: "consoles such as the Xbox and the
Zentra", "products such as Sony's PlayStation, Acme's Z-Box and Korvik's Game Deck", "gadgets like
A, B and C", "phones, including X and Y", "programs such as A and B", "its products include A and
B", "portable media players, such as the X" (players of media only). The members share the noun's
kind: each name whose mention heads a member of the list (the object of "such as"/"like"/"including"
or of "include" and its conjuncts and appositions, read from the parse: `kindlists.members`) is a
PRODUCT when the vote made it a body, a person, an event or a place it is not (no place or people
the gazetteer knows, no given name first: `products._able`) and no mention of it treats it as a
body (`products.body_use`: "Acme said", "Acme's chief"). The owner before a member ("Sony" of
"Sony's PlayStation") is no member. No list of products: the parse and the noun only. Runs after
the vote, on token indices."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from pipeline.entities import kindlists as KL
from pipeline.entities import products as PD
from pipeline.entities.candidates import Cand, DocCtx

THINGS = frozenset(
    {w for w in PD.HEADS if w.endswith("s")} - {"sales", "owners", "titles", "versions", "cards", "players"}
) | {"products", "gadgets", "goods"}  # things made and sold; not "players" ("technology players such as X")
SOFTWARE = frozenset({"programs", "programmes", "applications", "apps", "software"})  # "software" is NN
PLAYED = frozenset({"media", "music", "video", "mp3", "dvd", "cd", "audio", "portable", "pocket"})
ABLE = PD.ABLE | {"EVENT"}  # "MP3 players like the Kelvo Mira": what the model may call a model's name


def listed_products(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> list[Cand]:
    """Relabel PRODUCT the names listed after a product's plural noun (see the module's doc); return
    the members the model missed as new products (`kindlists.recovered`)."""
    if ctx.sports or not ctx.parsed:
        return []
    members = KL.members(ctx, _thing)
    if not members:
        return []

    def product(key: str, ms: list[Cand], held: str, roots: set[int]) -> bool:
        if held not in ABLE or not PD._able(ctx, key, ms, held):
            return False
        return not any(_body(ctx, c, members) for c in ms)

    return KL.relabel_listed(ctx, cands, labels, key_of, members, "PRODUCT", product)


def _body(ctx: DocCtx, c: Cand, members: dict[int, int]) -> bool:
    """The mention treats the name as a body (`products.body_use`); a list's last member before
    the list's plural verb ("A, B and C have boosted") is no band's "U2 have"."""
    last = ctx.root(c.start, c.end).i in members
    if last and c.end < len(ctx.words) and ctx.words[c.end] in PD.PLURAL:
        return PD.body_signs(ctx, c)
    return PD.body_use(ctx, c)


def _thing(tok: Token) -> bool:
    """A product's plural noun ("consoles"), or a program's ("programs", "software"), or "players"
    that play media ("portable media players", "MP3 players"; not "technology players")."""
    if tok.lower_ == "players":
        return any(k.dep_ in {"compound", "amod"} and k.lower_ in PLAYED for k in tok.children)
    return (tok.lower_ in THINGS and tok.tag_ == "NNS") or tok.lower_ in SOFTWARE
