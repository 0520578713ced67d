"""Firms named after partners, and makers glued to their goods, read from the words around them.

`partner_firms` joins two one-word names cut at "and" or "&" into one organisation when they
stand as the body where someone holds a post ("an analyst with Purvin and Gertz", "a partner at
Smith & Jones") and neither name stands alone elsewhere in the article: a person works at one
body, and a firm named after its founders is always written whole. `maker_goods` cuts a maker's
name off a plural product noun written with a capital ("Orange Smartphones", "Acme Laptops")
when the maker stands alone as a body elsewhere: the noun is its goods, not part of its name.
`product_tails` gives a product's name back the capitalised word the model cut ("PlayStation
Portable"); `maker_models` reads a maker's untagged acronym before a product's noun as the product
("Nintendo DS handheld consoles", "Nintendo's DS console"); `unknown_places` makes a body of a
one-word "place" no gazetteer knows that the article treats as a business ("gas giant X", "X
shares"; `dealvotes` adds a deal's object, an asset, a firm's example). No list of names: posts,
product nouns and the article's own mentions. All work on token indices.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from pipeline.entities import bodysigns as BS
from pipeline.entities import context as X
from pipeline.entities import dealvotes as DV
from pipeline.entities import descriptions as D
from pipeline.entities import firms as FM
from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx, relabel
from pipeline.entities.evidence import POSS
from pipeline.entities.kinds import JOINS, STAFF

POSTS = FM.POST_PREPS | {"from"}  # "an analyst with X and Y"
PAIRED = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})  # what the model calls each half
PLACES = frozenset({"GPE", "LOC"})
HEADS = frozenset(w for w in L.CUES["product_heads"] if w.endswith("s"))  # plural goods: "phones"
NOT_GOODS = "sales owners range update titles software successor edition version versions model models"
GOODS = frozenset(L.CUES["product_heads"]) - set(NOT_GOODS.split())  # a device's nouns: not "X SUV sales"
# A firm's nouns before and after its name ("X's shares", "shares in X", "X's chairman", "the
# chairman of X"): not those a country shares with a body ("X's ruling party", "banks in X").
BUSINESS = L.ORG_OF & L.ORG_POSSESSED


def partner_firms(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> list[Cand]:
    """One ORG for "A and B" after a post at a body (see the module's doc); the halves are emptied
    (end = start) for the stage to drop. Returns the new candidates."""
    at = {c.start: c for c in cands if c.end - c.start == 1}
    counts: dict[str, int] = defaultdict(int)
    for c in cands:
        counts[key_of(ctx, c)] += 1
    out = []
    for a in list(at.values()):
        b = at.get(a.start + 2)
        if b is None or not _partners(ctx, a, b, labels, key_of, counts):
            continue
        new = Cand(a.start, b.end, "ORG", "rule", 2.0)
        labels[key_of(ctx, new)] = "ORG"
        a.end, b.end = a.start, b.start
        ctx.take(new)
        out.append(new)
    return out


def _partners(ctx: DocCtx, a: Cand, b: Cand, labels: dict, key_of: Callable, counts: dict) -> bool:
    """`a` and `b` are two halves of one firm's name: joined by "and", after a singular post and a
    preposition ("analyst with"), each a capitalised word seen nowhere else, no place or people the
    gazetteer knows, no given name, no acronym."""
    words, s = ctx.words, a.start
    if words[s + 1] not in JOINS or s < 2 or words[s - 1].lower() not in POSTS:
        return False
    if words[s - 2].lower() not in STAFF and words[s - 2].lower() != "partner":
        return False  # singular: "analysts at X and Y" may work at two bodies
    for c in (a, b):
        w = words[c.start]
        key = key_of(ctx, c)
        if labels.get(key, c.label) not in PAIRED or counts[key] > 1 or not w.istitle() or not w.isalpha():
            return False
        if L.gazetteer_label(L.fold(w)) or L.given_name(L.fold(w)) or w in L.world().places:
            return False
    return True


def maker_goods(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Cut a plural product noun written with a capital off a maker's name ("Orange Smartphones"
    -> "Orange") when the maker's name stands alone as a body elsewhere in the article."""
    keys = [(key_of(ctx, c), c) for c in cands if c.end > c.start]
    bodies = {k for k, c in keys if labels.get(k, c.label) == "ORG"}
    for c in cands:
        if c.end - c.start < 2 or labels.get(key_of(ctx, c), c.label) not in {"ORG", "PRODUCT", "PERSON"}:
            continue
        last = ctx.words[c.end - 1]
        if not last.istitle() or last.lower() not in HEADS:
            continue
        maker = ctx.norm_of(c.start, c.end - 1)
        if maker in bodies or _alone(ctx, c):
            c.end -= 1
            c.label, c.role = "ORG", None
            labels[maker] = "ORG"


def _alone(ctx: DocCtx, c: Cand) -> bool:
    """The maker's words stand elsewhere in the text, before a verb ("Orange told ...")."""
    maker = ctx.words[c.start : c.end - 1]
    n = len(maker)
    for i in range(len(ctx.words) - n):
        if i != c.start and ctx.words[i : i + n] == maker and ctx.toks[i + n].pos_ in {"VERB", "AUX"}:
            return True
    return False


def product_tails(ctx: DocCtx, cands: list[Cand]) -> None:
    """A product's name the model cut before its last capitalised word ("PlayStation" of
    "PlayStation Portable", "Xbox" of "Xbox Live") takes that word back: one free word written with
    a capital inside a sentence, no place or people, followed by no other capitalised word."""
    starts = {c.start for c in cands}
    for c in cands:
        e = c.end
        if c.label != "PRODUCT" or e >= len(ctx.toks) or e in starts or not ctx.free(e, e + 1):
            continue
        tok = ctx.toks[e]
        if not (tok.is_title and tok.is_alpha and tok.pos_ in {"PROPN", "NOUN", "ADJ"}) or ctx.in_caps(e):
            continue
        if tok.is_sent_start or not ctx.ws[e - 1] or not ctx.words[e - 1][-1:].isalnum():
            continue  # "... at bay. Arsenal": the next sentence
        nxt = ctx.words[e + 1] if e + 1 < len(ctx.words) else ""
        if nxt[:1].isupper() or L.gazetteer_label(L.fold(tok.text)) or tok.text in L.world().places:
            continue
        c.end = e + 1
        ctx.take(c)


def maker_models(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """A body's name, or its possessive, then a free acronym the model left untagged and a product's
    noun ("Nintendo DS handheld consoles", "Nintendo's DS console"): the acronym names the maker's
    product, with the maker's name before it when no possessive parts them. Returns the new
    mentions; a maker's name taken into its product's is changed in place."""
    out, words = [], ctx.words
    for c in cands:
        if c.label != "ORG" or ctx.in_caps(c.start):
            continue
        owned = c.end < len(words) and words[c.end] in POSS
        k = c.end + owned
        if k + 1 >= len(words) or not ctx.free(k, k + 1) or ctx.toks[k].ent_type_:
            continue
        if not _model_code(words[k]):
            continue
        head = words[k + 1] if words[k + 1] in GOODS or k + 2 >= len(words) else words[k + 2]
        if head not in GOODS or not words[k + 1].islower() or not _owned_code(ctx, words[k], words[c.start]):
            continue
        if owned:
            out.append(Cand(k, k + 1, "PRODUCT", "rule", 2.0))
            ctx.take(out[-1])
        else:
            c.end, c.label, c.weight = k + 1, "PRODUCT", max(c.weight, 2.0)
            ctx.take(c)
    return out


def _owned_code(ctx: DocCtx, code: str, maker: str) -> bool:
    """The code stands twice at least in the article, each time after the maker's name or a possessive,
    maybe with adjectives between ("its new DS console"): a maker's product, never a term written
    alone ("on DVD", "DVD sales")."""
    seen = 0
    for i in ctx.capitals:  # the code opens with a capital (`_model_code`)
        if ctx.words[i] != code:
            continue
        k = i - 1
        while k > 0 and ctx.toks[k].pos_ == "ADJ" and ctx.words[k].islower():
            k -= 1
        if k < 0 or not (ctx.words[k] == maker or ctx.words[k] in POSS or ctx.toks[k].tag_ == "PRP$"):
            return False
        seen += 1
    return seen >= 2


def _model_code(word: str) -> bool:
    """Two to five capitals and digits, a capital first ("DS", "PSP", "N95"), no place's code."""
    shaped = 2 <= len(word) <= 5 and word.isalnum() and word.isupper() and word[0].isalpha()
    return shaped and not L.gazetteer_label(L.norm(word))


def unknown_places(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """A one-word name the model calls a place that no gazetteer knows is a body when its mentions
    read as one twice at least and more often than as a place: a firm's noun before it ("gas giant
    X"), its shares, staff or "it" ("X shares", "X chief", "X said it"). Not in sports stories,
    where a town's name is its team's."""
    if ctx.sports:
        return
    by_key: dict[str, list[Cand]] = defaultdict(list)
    for c in cands:
        if c.end - c.start == 1:
            by_key[key_of(ctx, c)].append(c)
    for key, ms in by_key.items():
        if labels.get(key, ms[0].label) not in PLACES or key in L.world().places or L.gazetteer_label(key):
            continue
        votes = [body_votes(ctx, c) for c in ms]
        org, place = sum(o for o, _ in votes), sum(p for _, p in votes)
        if org >= 2 and org > place:
            relabel(ctx, ms, labels, key_of, "ORG")


def body_votes(ctx: DocCtx, c: Cand, ev: tuple[int, int, int] | None = None) -> tuple[int, int]:
    """Signs of a business and of a place around one mention: a business's description
    (`descriptions.described`: "gas giant X", "X, a Swedish appliance maker", "the X hotel chain")
    or a firm's noun right before it or before a comma before it ("budget airline, X"); a body's
    noun after it or its possessive ("X shares", "X's subsidiary brands"); a firm's deal or part,
    singular, or its shares before "in" or "of" ("the sale of X", "shares in X"; not "banks in
    X"); a part or a post of a business (`bodysigns.business_of`: "a division of X"); a place's
    (`context.name_evidence`) where no body's noun follows ("trade in X shares" is the shares'
    owner). Not the signs a country shares with a body ("X's ruling party", "X said it"). `ev`: the
    mention's `context.name_evidence` when the caller has it."""
    doc = ctx.doc
    _, _, place = ev if ev is not None else X.name_evidence(doc, c.start, c.end)
    prev = ctx.words[c.start - 1] if c.start > 0 else ""
    nxt = ctx.words[c.end] if c.end < len(ctx.words) else ""
    noun = ctx.words[c.start - 2] if prev == "," and c.start > 1 else prev  # "budget airline, X"
    described = D.described(ctx, c) or (noun.islower() and FM.firm_noun(noun)) or BS.business_of(ctx, c)
    owned = X.possessed(doc, c.end) if nxt in X.POSS else frozenset()
    deal = X.low(ctx.doc, c.start - 2)
    of = X.low(ctx.doc, c.start - 1) in {"in", "of"} and deal in L.ORG_OF
    of = of and (not deal.endswith("s") or deal in BUSINESS)
    org = FM.DESCRIBED * described + (nxt in L.ORG_AFTER or bool(owned & BUSINESS) or of)
    org += DV.deal_votes(ctx, c)  # "auction off X", "its asset X", "a firm, like X"
    return org, place * (place > org)


VEHICLES = frozenset(L.CUES["vehicle_heads"])  # "six Kestrel K40 aircraft": the maker's product
CODE = re.compile(r"^[A-Z]{0,3}-?[0-9]{2,4}[A-Z]?$")  # "A321", "747", "K40B"; not "X-Men"
YEAR = re.compile(r"^(?:19|20)[0-9]{2}$")  # "the Acme 2005 handset" may be the year's model
DEVICES = GOODS - {"player", "players", "card", "cards", "chip", "chips"}  # "Eastport 10 players"


def maker_vehicles(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """A maker's name, a model's code and a vehicle's or a device's noun ("six Kestrel K40 aircraft",
    "the Boreal 747 jumbo", "a Kestrel 3310 handset"): the maker and the code are one PRODUCT; the
    maker written alone stays a body."""
    words, n = ctx.words, len(ctx.words)
    heads = VEHICLES if ctx.sports else VEHICLES | DEVICES
    drop: set[int] = set()
    for c in cands:
        if c.label not in {"ORG", "PRODUCT"} or ctx.in_caps(c.start) or c.end + 1 >= n:
            continue
        k = c.end  # the code after the maker, or the last word of a span that took it ("Boreal 747")
        if c.label in {"ORG", "PRODUCT"} and ctx.ws[k - 1] == " " and _coded(words[k], words[k + 1], heads):
            drop |= {id(x) for x in cands if x.start == k and x.end == k + 1}
            c.end, c.label, c.weight = k + 1, "PRODUCT", max(c.weight, 3.0)
        elif c.end - c.start == 2 and _coded(words[k - 1], words[k], heads) and ctx.toks[c.start].is_title:
            c.label, c.weight = "PRODUCT", max(c.weight, 3.0)
    return [c for c in cands if id(c) not in drop] if drop else cands


def _coded(code: str, noun: str, heads: frozenset[str]) -> bool:
    """A model's code before a vehicle's noun, or before a device's noun when the code is no year and
    no count ("gave the Acme 100 computers": digits before a plural)."""
    if not CODE.match(code) or noun not in heads:
        return False
    return noun in VEHICLES or not (YEAR.match(code) or (code.isdigit() and noun.endswith("s")))
