"""Signs that a one-word name the model calls a person is the maker of goods, read from one mention.

`maker_sign` counts, for `firms`, what only a maker does with a product: owns it ("Kestrel's tiny
digital music players", "Kestrel's handheld Z40 camcorder"), makes it ("chips produced by Yamba
and Kestrel", "games developed by Kestrel"), sells it ("the hard drive from Kestrel"), ships or
unveils goods ("Kestrel unveiled"), or stands after makers' plural noun ("new publishers
Kestrel"). A person may own or make a thing too, so for a census name the sign is weak (`firms`
then wants another); a given name never takes one. `owner_cands` finds the makers the model left
untagged before a possessive and such goods ("KLX's tiny music players"). No list of names: the
goods' nouns (the cue file's `product_heads`, `maker_goods`, `vehicle_heads`), verbs and the parse
only. All work on token indices.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.entities import lexicon as L
from pipeline.entities import words as W
from pipeline.entities.bodysigns import MAKERS
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.context import POSS
from pipeline.entities.evidence import PRODUCT_NOUNS

GOODS = PRODUCT_NOUNS | frozenset(L.CUES["product_heads"] + L.CUES["maker_goods"] + L.CUES["vehicle_heads"])
NOT_GOODS = frozenset({"owners", "sales", "edition", "update", "version", "versions", "successor", "range",
                       "titles", "model", "models"})  # a product's nouns a person may own
MADE = frozenset({"make", "develop", "produce", "manufacture", "design", "build", "publish"})  # "made by X"
SHIPS = frozenset({"unveil", "ship", "manufacture"})  # "X unveiled", "X ships": a maker's acts
OWNED_SPAN = 6  # tokens read after a possessive for the goods' noun ("'s tiny digital USB music players")
OWNED_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM", "ADV"})


def maker_sign(ctx: DocCtx, c: Cand) -> tuple[int, int]:
    """(signs, weak signs) of a maker around a one-word mention (see the module's doc); none in a
    sports report, for a name of several words or a given name."""
    if ctx.sports or not ctx.parsed or c.end - c.start != 1:
        return 0, 0
    key = L.fold(ctx.words[c.start])
    if L.given_name(key):
        return 0, 0
    prev = ctx.words[c.start - 1] if c.start > 0 else ""
    root = ctx.root(c.start, c.end)
    sign = owns_goods(ctx, c.end) or _made_by(root) or _sold_from(root) or prev in MAKERS
    sign = sign or (root.dep_ == "nsubj" and root.head.lemma_ in SHIPS and root.head.pos_ == "VERB")
    return int(sign), int(sign and L.census_name(key))


def made_by(ctx: DocCtx, ms: list[Cand]) -> bool:
    """Some mention holds a maker's sign that is not weak (`maker_sign`)."""
    return any(a > b for a, b in (maker_sign(ctx, c) for c in ms))


def owns_goods(ctx: DocCtx, e: int) -> bool:
    """A possessive at token e owns goods: a product's noun a few modifiers on ("'s tiny digital USB
    music players"), on the same line."""
    if e >= len(ctx.words) or ctx.words[e] not in POSS:
        return False
    for k in range(e + 1, min(len(ctx.words), e + 1 + OWNED_SPAN)):
        tok = ctx.toks[k]
        if tok.pos_ not in OWNED_POS or "\n" in ctx.ws[k - 1]:
            return False
        if tok.is_lower and tok.lower_ in GOODS and tok.lower_ not in NOT_GOODS:
            return True
    return False


def _made_by(root: Token) -> bool:
    """The agent of a maker's verb, maybe listed after another ("chips produced by Yamba and X")."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    by = root.head
    return root.dep_ == "pobj" and by.lower_ == "by" and by.head.lemma_ in MADE and by.head.pos_ == "VERB"


def _sold_from(root: Token) -> bool:
    """The object of "from" on goods' noun ("the pocket hard drive from X")."""
    frm = root.head
    return root.dep_ == "pobj" and frm.lower_ == "from" and frm.head.lower_ in GOODS - NOT_GOODS


def owner_cands(ctx: DocCtx) -> list[Cand]:
    """Untagged one-word proper nouns before a possessive that owns goods ("KLX's tiny music
    players"): a maker, as new ORG candidates; no English word opening a sentence, place, people or
    given name."""
    if ctx.sports or not ctx.parsed:
        return []
    out = []
    for i, tok in enumerate(ctx.toks[:-1]):
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or not tok.is_alpha:
            continue
        if tok.is_sent_start and (W.english_word(tok.lower_) or ctx.words[i + 1] not in POSS):
            continue  # "Today's phones"; "Kestrel's players" opening a sentence is a name
        key = L.fold(tok.text)
        if not ctx.free(i, i + 1) or L.gazetteer_label(key) or L.given_name(key) or ctx.in_caps(i):
            continue
        if (i == 0 or not ctx.words[i - 1][:1].isupper()) and owns_goods(ctx, i + 1):
            c = Cand(i, i + 1, "ORG", "rule", 1.0)
            ctx.take(c)
            out.append(c)
    return out
