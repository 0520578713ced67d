"""Places written with the region they lie in: "of Tuxbury, Lincolnshire", "from Ruatoria, New Zealand".

`placed_pairs` runs after the vote. After "in", "of", "from", "near" or "outside", a name X, a comma
and a name Y that the gazetteer knows as a country, a subdivision or a city, Y closing its phrase (a
comma, a semicolon, a full stop, "and" or the line's end follows), is the address of a place: X is
a town (GPE) whatever the model said, and so is Y when the vote made it a person or a body. X keeps
its label when the article treats it as a person or a body elsewhere ("X said it", "Mr X", "X, who")
or opens it with a given name, and after a role's "of" ("a spokesman of X, Delhi": a body's
branch). No list of names: the gazetteer and the words around the pair only.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities.candidates import EVIDENCE, Cand, DocCtx, by_key, relabel
from pipeline.entities.context import name_evidence
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import role_noun
from pipeline.entities.names import given_name_first

LEADS = frozenset({"in", "of", "from", "near", "outside"})  # "of X, Y": where someone lives or is
CLOSERS = frozenset({",", ";", ".", ")", "and", ":"})  # Y ends its phrase: "of X, Y;", "of X, Y and"
REGION_KINDS = frozenset({"country", "admin1", "admin2", "city"})
TOWN_ABLE = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP"})  # X: no place's label
RELABELLED = frozenset({"PERSON", "ORG"})  # Y: a place of the gazetteer the vote made a person or a body


def placed_pairs(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel GPE the towns (and their regions) of the pairs "of X, Y" (see the module's doc)."""
    if ctx.sports or "," not in ctx.words:
        return  # a sports report's "of Millbrook, Norvik" may list clubs
    starts = {c.start: c for c in cands if c.label and c.src not in EVIDENCE}
    towns, regions = set(), set()
    for x in starts.values():
        y = starts.get(x.end + 1)
        if y is not None and _pair(ctx, x, y):
            towns.add(key_of(ctx, x))
            regions.add(key_of(ctx, y))
    if not towns:
        return
    mentions = by_key(ctx, cands, key_of)
    for key in towns:
        ms = mentions[key]
        if labels.get(key, ms[0].label) in TOWN_ABLE and not named_as_actor(ctx, ms):
            relabel(ctx, ms, labels, key_of, "GPE")
    for key in regions:
        ms = mentions[key]
        known = ctx.norm_of(ms[0].start, ms[0].end) in world().places
        if labels.get(key, ms[0].label) in RELABELLED and known:
            relabel(ctx, ms, labels, key_of, "GPE")


def _pair(ctx: DocCtx, x: Cand, y: Cand) -> bool:
    """"of X, Y" with Y a country, a subdivision or a city of the gazetteer closing its phrase."""
    words = ctx.words
    if x.start < 2 or words[x.start - 1] not in LEADS or words[x.end] != ",":
        return False
    if words[x.start - 1] == "of" and role_noun(ctx.toks[x.start - 2]):
        return False  # "a representative of X, Delhi": the body's branch there
    if y.end < len(words) and words[y.end] not in CLOSERS and "\n" not in ctx.ws[y.end - 1]:
        return False
    places = world().places.get(ctx.norm_of(y.start, y.end), ())
    return any(p.kind in REGION_KINDS for p in places)


def named_as_actor(ctx: DocCtx, ms: list[Cand]) -> bool:
    """A mention reads as a body's or a person's ("X said it", "Mr X") or opens with a given name."""
    for c in ms:
        org, per, _ = name_evidence(ctx.doc, c.start, c.end)
        if org or per or given_name_first(ctx, c):
            return True
    return False
