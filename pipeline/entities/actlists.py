"""Lists of acts in a music story: the names listed after a plural noun of performers ("rap acts
who may appear include A, B and C", "artists such as A and B", "bands including A and B") are
people or bands, whatever else the model made of them (a thing, a work, a place, a building).

`listed_acts` reads the lists with `kindlists.members_of`; after "bands" or "groups" a listed name
is a band (ORG); after another performers' noun it is a band when shaped like one ("The X", a
plural common noun last: "Velvet Owls") and a person otherwise. Names voted a person or a body keep
their label, and so do the places and peoples of the gazetteer and the names read from the
article's own cues. No list of names: the parse and the nouns only. On token indices."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from pipeline.entities import kindlists as KL
from pipeline.entities import lexicon as L
from pipeline.entities.acts import music_story
from pipeline.entities.candidates import EVIDENCE, Cand, DocCtx, by_key, relabel
from pipeline.entities.words import generic_key

BANDS = frozenset({"band", "group"})
ACTS = frozenset({"act", "artist", "rapper", "singer", "musician", "performer", "star", "vocalist"})
HELD = frozenset({"PRODUCT", "WORK_OF_ART", "FAC", "LOC", "GPE", "EVENT", "NORP"})


def listed_acts(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel the names listed after a performers' noun (see the module's doc)."""
    if ctx.sports or not ctx.parsed or not music_story(ctx):
        return
    bands, acts = KL.members_of(ctx, [_band_noun, _act_noun])
    if not bands and not acts:
        return
    live = [c for c in cands if c.end > c.start]
    for key, ms in by_key(ctx, live, key_of).items():
        roots = {ctx.root(c.start, c.end).i for c in ms}
        if roots.isdisjoint(bands) and roots.isdisjoint(acts) or not _able(key, ms, labels):
            continue
        band = not roots.isdisjoint(bands) or _band_shaped(ctx, key, ms)
        relabel(ctx, ms, labels, key_of, "ORG" if band else "PERSON")


def _band_noun(tok: Token) -> bool:
    return tok.tag_ == "NNS" and tok.lemma_ in BANDS


def _act_noun(tok: Token) -> bool:
    return tok.tag_ == "NNS" and tok.lemma_ in ACTS


def _able(key: str, ms: list[Cand], labels: dict[str, str]) -> bool:
    """A name voted something else than a person or a body, no place or people of the gazetteer,
    no name of the article's own cues."""
    if labels.get(key, ms[0].label) not in HELD or any(c.src in EVIDENCE for c in ms):
        return False
    return not L.gazetteer_label(key) and not L.known_place(key)


def _band_shaped(ctx: DocCtx, key: str, ms: list[Cand]) -> bool:
    """"The X" with a capital "The", or several words ending in a common noun's plural ("Velvet Owls")."""
    last = key.rsplit(" ", 1)[-1]
    if " " in key and last.endswith("s") and generic_key(last[:-1]):
        return True
    return any(ctx.words[c.start] == "The" or (c.start > 0 and ctx.words[c.start - 1] == "The") for c in ms)
