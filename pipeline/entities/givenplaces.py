"""A census given name the gazetteer also has as a town ("Nigel", a South African town), voted a place
in an article where a person bears it ("Nigel Hale ... I've said to Nigel"), is that person's name
when no town of that name lies in a country of the article's other places or peoples."""

from __future__ import annotations

from pipeline.entities import candidates as C
from pipeline.entities.gazetteer import placed_given_names, world

PLACE_LABELS = frozenset({"GPE", "LOC"})
LOCATIVE = frozenset({"in", "at", "from", "near", "into", "across", "around", "outside"})


def given_people(ctx: C.DocCtx, cands: list[C.Cand], labels: dict[str, str], key_of) -> None:
    """Relabel such a given name PERSON (its key and its mentions)."""
    given = placed_given_names()
    names = {k for k, v in labels.items() if v in PLACE_LABELS and k.split("|")[0] in given}
    if not names:
        return
    firsts = {k.split()[0] for k, v in labels.items() if v == "PERSON" and " " in k}
    names = {k for k in names if k.split("|")[0] in firsts}
    names -= {key_of(ctx, c) for c in cands if c.label in PLACE_LABELS and c.start > 0
              and ctx.words[c.start - 1].lower() in LOCATIVE}  # "arrived in Sydney": the town
    if not names:
        return
    homes = _countries(labels, names)
    gaz = world()
    keyed = C.by_key(ctx, [c for c in cands if c.label in PLACE_LABELS], key_of)
    for key in names:
        if not any(p.country in homes for p in gaz.places.get(key.split("|")[0], [])):
            labels[key] = "PERSON"
            for c in keyed.get(key, []):
                c.label = "PERSON"


def _countries(labels: dict[str, str], skip: set[str]) -> set[str]:
    """Countries of the article's other places (each its most populous candidate's) and peoples."""
    gaz, out = world(), set()
    for key, label in labels.items():
        name = key.split("|")[0]
        if key in skip:
            continue
        if label == "NORP" and (country := gaz.nationality.get(name)):
            out.add(country)
        elif label in PLACE_LABELS and (places := gaz.places.get(name)):
            out.add(max(places, key=lambda p: p.population).country)
    return out
