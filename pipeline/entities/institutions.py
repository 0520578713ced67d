"""Other names of one institution that no package gives ("Tories" and "the Conservatives", "GOP" and
"the Republicans"; "Number 10" and Downing Street): the lists of pipeline/data/entities_aliases.json.
A party's members' words ("Tories", "Tory", "Democrats") are a people of their own (NORP, as OntoNotes
has them), apart from the party's formal name ("Conservative Party", "GOP"). Used by `grouping.group`."""

from __future__ import annotations

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand
from pipeline.vocab import ALIASES, PARTY_PEOPLE

_LISTS = ALIASES["institutions"] + ALIASES["offices"]
NAMED = {L.norm(name): i for i, names in enumerate(_LISTS) for name in names}  # key -> list
OFFICE = {L.norm(name): i for i, names in enumerate(ALIASES["offices"]) for name in names}  # "no 10" -> list
# a member's word: one word of a list whose plural is in the same list ("Tory" of "Tories", "Democrat")
MEMBERS = frozenset(w for names in ALIASES["institutions"] for w in names
                    if w.isalpha() and w.istitle() and ({w + "s", w[:-1] + "ies"} & set(names)))
PEOPLE = frozenset(L.norm(w) for w in PARTY_PEOPLE)  # the members' words of a list


def join(by_key: dict[str, list[Cand]], parent: dict[str, str]) -> None:
    """The article's names of one institution join one entity, its members' words another (`PEOPLE`):
    the group of the name written first takes the others' (and so the names already joined to them,
    `parent`: key -> its group's key)."""
    found: dict[tuple[int, bool], list[str]] = {}
    for key in sorted((k for k in by_key if k in NAMED), key=lambda k: min(c.start for c in by_key[k])):
        found.setdefault((NAMED[key], key in PEOPLE), []).append(key)
    for keys in found.values():
        merge(keys, parent)


def merge(keys: list[str], parent: dict[str, str]) -> None:
    """The groups of `keys` join the group of the first: each other root, and the keys joined to it,
    take the first key's root."""
    roots = list(dict.fromkeys(parent.get(k, k) for k in keys))
    for root in roots[1:]:
        for k, r in parent.items():
            if r == root:
                parent[k] = roots[0]
        parent[root] = roots[0]


def members_label(keys: list[str], label: str) -> str:
    """The label of an entity whose mentions' keys are all members' words ("Tories", "Tory"): a
    people (NORP) unless voted the party (ORG: "Tory leader X"); never a person or a work."""
    return label if label in {"ORG", "NORP"} or not keys or any(k not in PEOPLE for k in keys) else "NORP"


Labelled = list[tuple[list[Cand], str]]


def rejoin_voted(labelled: Labelled, keys: list[list[str]]) -> Labelled:
    """A members' words entity voted the party itself (ORG: "Conservative MP X", "Tory leader Y") is
    that party: it joins the ORG entity of the same list's formal name ("Tory Party"), so one party is
    never two organisations. `labelled`: (mentions, label) per entity; `keys`: their mentions' keys."""
    formal: dict[int, int] = {}
    for i, ((_ms, label), ks) in enumerate(zip(labelled, keys, strict=True)):
        lists = {NAMED[k] for k in ks if k in NAMED and k not in PEOPLE}
        if label == "ORG" and len(lists) == 1:
            formal.setdefault(lists.pop(), i)
    out: Labelled = []
    joined: dict[int, list[Cand]] = {}
    for i, ((ms, label), ks) in enumerate(zip(labelled, keys, strict=True)):
        lists = {NAMED.get(k) for k in ks}
        home = formal.get(next(iter(lists))) if len(lists) == 1 and None not in lists else None
        if label == "ORG" and home is not None and home != i and all(k in PEOPLE for k in ks):
            joined.setdefault(home, []).extend(ms)
            continue
        out.append((ms, label))
    for home, extra in joined.items():
        labelled[home][0].extend(extra)
        labelled[home][0].sort(key=lambda c: c.start)
    return out
