"""One entity written several ways, and two entities written alike, in one article's grouping: two
full names of one person whose given names are a diminutive and its full form or two spellings
("Steve Hale" and "Steven Hale", "Viktor Lenz" and "Victor Lenz"); a surname-first name titled by
its first word ("Dr Tan Wei Ming" ... "Dr Tan"); a sports story's name keyed as a place that is a
person's surname or given name ("the 6ft Hale" of "Tom Hale") or the club it names as a body
("honours won at Kelby"); and a country's capitals code apart from a capitalised word of its
letters ("the US" and the magazine "Us"). Used by `grouping.group`; keys are `lexicon.norm` keys.
"""

from __future__ import annotations

from collections import Counter

from pipeline.entities import context as X
from pipeline.entities import diminutives as DM
from pipeline.entities import lexicon as L
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.namejoins import surname_last
from pipeline.entities.words import SURNAME_TITLES

PLACE = "|place"  # `grouping.gkey`'s suffix of a sports story's place
PLACES = frozenset({"GPE", "LOC", "FAC"})  # what the vote may make a club's full name
CODE_LEN = 3  # letters of a country's capitals code ("US", "UAE")


def given_variants(a: str, b: str) -> bool:
    """Two given names of one person: a diminutive and its full form ("steve"/"steven"), two
    diminutives of one full form ("steve"/"stevie"), or two spellings ("viktor"/"victor")."""
    if a == b:
        return True
    fa, fb = DM.fulls(a), DM.fulls(b)
    return a in fb or b in fa or bool(fa & fb) or (min(len(a), len(b)) >= 5 and L.edit_close(a, b))


def pet_forms(given: str) -> list[str]:
    """The capitalised diminutives of a given name ("Tommy" of "Tom") that are no English word and
    no place: three letters or more."""
    return [pet.title() for pet in DM.pets(L.norm(given))
            if len(pet) > 2 and not W.english_word(pet) and not L.known_place(pet)]


def full_forms(people: list[tuple[str, list[str]]], parent: dict[str, str]) -> None:
    """A full name joins the earlier one with the same surname and middle words whose given name is
    a variant of its own (`given_variants`): "Steven Hale" of "Steve Hale"; never two when a third
    person of that surname has a variant given name too."""
    for i, (key, toks) in enumerate(people):
        if key in parent or len(toks) < 2:
            continue
        fits = [k for k, t in people[:i] if t[1:] == toks[1:] and t[0] != toks[0]
                and given_variants(t[0], toks[0])]
        if len(fits) == 1 and not any(t[1:] == toks[1:] and k != key and k not in fits
                                      and given_variants(t[0], toks[0]) for k, t in people):
            parent[key] = parent.get(fits[0], fits[0])


def surname_last_of(ctx: DocCtx, by_key: dict[str, list[Cand]], key: str, name: list[str]) -> bool:
    """`namejoins.surname_last`, but for a name the article itself titles before its first word ("Dr
    Tan Wei Ming") whose last word it never writes alone: the first word is then the surname, and
    "Dr Tan" is the person."""
    if not surname_last(ctx, name):
        return False
    if name[-1] in by_key:
        return True
    words = ctx.words
    return not any(c.start > 0 and words[c.start - 1] in SURNAME_TITLES for c in by_key.get(key, ()))


def sport_places(ctx: DocCtx, keyed: list[tuple[str, Cand]], squeezed: dict[str, str], flat) -> None:
    """A sports story's name keyed as a place (`grouping.gkey`) joins its plain key: the club the
    story names as a body twice or more, more often than as a place, when no gazetteer place bears
    the name or every place mention follows "at" ("won at Kelby"); a person's surname or given
    name, after no place's preposition and before no noun ("the 6ft 4in Hale" of "Tom Hale", "a
    cross from Hale"; not "the Hale star"), and no gazetteer word (a country's "Holland" of "Matt
    Holland" is `partnames`' to weigh)."""
    places = {k for k, _ in keyed if k.endswith(PLACE)}
    if not places:
        return
    bodies = Counter(k for k, c in keyed if "|" not in k and c.label == "ORG")
    people = {k for k, c in keyed if c.label == "PERSON" and " " in k and "|" not in k}
    parts = {w for k in people for w in (k.split()[0], k.split()[-1])}
    doc = ctx.doc
    for key in places:
        base = key.removesuffix(PLACE)
        ms = [c for k, c in keyed if k == key]
        at = all(c.start > 0 and ctx.words[c.start - 1] == "at" for c in ms)
        club = bodies[base] >= 2 and (base not in L.world().places or at and bodies[base] > len(ms))
        person = base in parts and not L.gazetteer_label(base)
        person = person and not any(_placed(doc, c.start, c.end) for c in ms)
        if club or person:
            squeezed[flat(key)] = squeezed.get(flat(base), base)


def _placed(doc, s: int, e: int) -> bool:
    """A place's preposition or "at" right before the name, standing apart (no "4in"), or a noun
    right after it, which the name modifies as a place does ("the Kelby star")."""
    if e < len(doc) and doc[e].pos_ == "NOUN" and doc[e].is_lower:
        return True
    return s > 1 and doc[s - 1].lower_ in X.PLACE_PREPS | {"at"} and bool(doc[s - 2].whitespace_)


def split_cases(ctx: DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str]) -> None:
    """A country's capitals code and a capitalised word of the same letters ("US" and the magazine
    "Us") are two names: the capitalised mentions join the one longer name of the article that opens
    with the word ("Us Weekly"), else, when the model reads none of them as a place, stand as a name
    of their own, keyed by their spelling ("in the Uk" stays the country's)."""
    for key in [k for k in by_key if " " not in k and len(k) <= CODE_LEN and L.gazetteer_label(k) == "GPE"]:
        ms = by_key[key]
        texts = [ctx.span_text(c.start, c.end) for c in ms]
        cased = [c for c, t in zip(ms, texts, strict=True) if not t.isupper() and not ctx.in_caps(c.start)]
        if not cased or len(cased) == len(ms):
            continue
        longer = [k for k in by_key if k.startswith(key + " ")]
        if len(longer) != 1 and any(c.label in PLACES for c in cased):
            continue  # "in the Uk": a slip of the country's code
        by_key[key] = [c for c in ms if c not in cased]
        own = longer[0] if len(longer) == 1 else ctx.span_text(cased[0].start, cased[0].end)
        by_key.setdefault(own, []).extend(cased)


def club_fulls(ctx: DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str]) -> None:
    """A sports story's one-word club, named as a body twice or more and no place itself, takes the
    mentions of the one longer name ending in it that the vote made a place or a facility ("Kelby
    Palace fan Tom Hale" beside "Palace are keen"): the club's full name."""
    if not ctx.sports:
        return
    longs: dict[str, list[str]] = {}
    for key in by_key:
        if " " in key:
            longs.setdefault(key.removesuffix(PLACE).rsplit(" ", 1)[1], []).append(key)
    for key in [k for k in by_key if " " not in k and len(longs.get(k, ())) == 1 and len(by_key[k]) > 1]:
        long = longs[key][0]
        placed = labels.get(long, by_key[long][0].label) in PLACES
        if placed and labels.get(key, by_key[key][0].label) == "ORG" and not L.known_place(key):
            by_key[key] = sorted(by_key[key] + by_key.pop(long), key=lambda c: c.start)
