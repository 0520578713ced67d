"""A one-word slip of spelling the model took for another kind of name: "Kestrell" once, labelled an
organisation, beside the player "Tom Kestrel" named often; "Orvalle" once, labelled a person, beside
the club "Orvale". The slip joins the name it misspells and takes its label. Used by
`grouping.group`; keys are `lexicon.norm` keys."""

from __future__ import annotations

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand
from pipeline.entities.gazetteer import surnames
from pipeline.entities.variants import one_off

MIN_LETTERS = 5  # a shorter word one letter off another is too often a different name
SLIPPED = frozenset({"PERSON", "ORG", "GPE", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC"})


def join(by_key: dict[str, list[Cand]], labels: dict[str, str], people: list[tuple[str, list[str]]],
         parent: dict[str, str]) -> None:
    """Each one-word name named once (`_stray`) one letter off (`variants.one_off`, no plural) the
    one-word form of exactly one name of another label named twice at least (the name itself, or a
    person's surname) joins that name and takes its label; a census surname joins a person only."""
    kind = {k: labels.get(k, ms[0].label) for k, ms in by_key.items()}
    strays = [k for k in by_key if k not in parent and _stray(k, by_key[k], kind[k], people)]
    if not strays:
        return
    forms = _forms(by_key, kind, people)
    last, _ = surnames()
    for key in strays:
        fits = {form for form in forms if _slip(key, form)}
        owners = forms[fits.pop()] if len(fits) == 1 else []
        if len(owners) != 1 or kind[owners[0]] == kind[key]:  # "Tim Hale" and "Ann Hale", or a namesake
            continue
        owner = owners[0]
        if key in last and kind[owner] != "PERSON":  # "Barton" once is no slip of the club "Burton"
            continue
        parent[key] = parent.get(owner, owner)
        labels[key] = kind[owner]


def _stray(key: str, ms: list[Cand], label: str, people: list[tuple[str, list[str]]]) -> bool:
    """A one-word name of letters named once, long enough, no gazetteer name, given name or word of
    a person's name of the article."""
    if len(ms) != 1 or label not in SLIPPED or " " in key or not key.isalpha() or len(key) < MIN_LETTERS:
        return False
    if L.gazetteer_label(key) or L.census_given(key):
        return False
    return not any(key in pt for _, pt in people)


def _forms(by_key: dict[str, list[Cand]], kind: dict[str, str],
           people: list[tuple[str, list[str]]]) -> dict[str, list[str]]:
    """The one-word forms of the names named twice at least, each with its owners: the surname of
    people (counted with the surname's mentions alone), else the one-word name itself."""
    out: dict[str, list[str]] = {}
    for p, pt in people:
        if p in by_key and len(by_key[p]) + len(by_key.get(pt[-1], [])) > 1:
            out.setdefault(pt[-1], []).append(p)
    for k, ms in by_key.items():
        if " " not in k and k not in out and len(ms) > 1 and kind[k] in SLIPPED:
            out[k] = [k]
    return out


def _slip(a: str, b: str) -> bool:
    """One letter off, not a plural or a possessive cut short ("Hales" of "Hale")."""
    return len(b) >= MIN_LETTERS and one_off(a, b) and a != b + "s" and b != a + "s"
