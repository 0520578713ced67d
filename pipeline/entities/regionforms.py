"""A region's short form: its name without the people's word that opens it ("the Borders" of "the
Scottish Borders", "the Highlands" of "the Kelvish Highlands"), one entity with the region where the
article names it in full. Used by `grouping.group`; keys are `lexicon.norm` keys."""

from __future__ import annotations

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand

PLACES = frozenset({"GPE", "LOC"})
SHORT = frozenset({"GPE", "LOC", "ORG"})  # what the model calls the short form alone


def join(by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]) -> None:
    """The short form's key joins the region's group (`parent`: key -> its group's key) and takes
    its label, where the short form is no place or people of its own in the gazetteer and the region
    no country ("the Republic" of "the Czech Republic" may be another)."""
    for key in [k for k in by_key if " " in k and labels.get(k) in PLACES]:
        head, _, rest = key.partition(" ")
        if rest not in by_key or L.gazetteer_label(head) != "NORP" or labels.get(rest) not in SHORT:
            continue
        if L.gazetteer_label(rest) or L.gazetteer_label(key) or parent.get(rest, rest) != rest:
            continue
        root = parent.get(key, key)
        for k, r in parent.items():
            if r == rest:
                parent[k] = root
        parent[rest], labels[rest] = root, labels[key]
