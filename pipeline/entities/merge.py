"""One article's entities from those of its windows (a very long article is processed in windows of
paragraphs, each giving its own entities with window-relative offsets).

The same entity seen in several windows becomes one: the same label and canonical name, a later
window's forms all among those of exactly one entity before ("Umerov" of "Rustem Umerov, Umerov"),
or a person's lone surname of exactly one full name before. Mentions are shifted to article offsets;
the canonical name, aliases and salience are computed as the stage computes them over the whole
article, and ids are renumbered E1.. (with a map for the quotes' speakers).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from pipeline.entities.lexicon import CREDIT, fold
from pipeline.entities.names import canonical_name, fullest
from pipeline.entities.render import salience


@dataclass(eq=False)
class Merged:
    """An entity of the whole article, gathered from its windows."""

    label: str
    name: str = ""  # the fullest form so far
    mentions: list[dict] = field(default_factory=list)
    forms: set[str] = field(default_factory=set)  # folded names and aliases
    role: str | None = None
    windows: set[int] = field(default_factory=set)
    old_ids: list[tuple[int, str]] = field(default_factory=list)


class Merger:
    """Entities of successive windows, grouped as they come (indexed, so linear in their number)."""

    def __init__(self) -> None:
        self.groups: list[Merged] = []
        self.by_form: dict[tuple[str, str], list[Merged]] = defaultdict(list)
        self.by_last: dict[str, list[Merged]] = defaultdict(list)

    def add(self, number: int, offset: int, entity: dict) -> None:
        """Entity `entity` of window `number`, which starts at `offset` in the article."""
        target = self.same(number, entity)
        if target is None:
            target = Merged(entity["label"])
            self.groups.append(target)
        name = fullest([target.name, entity["name"]]) if target.name else entity["name"]
        if name != target.name:
            target.name = name
            self.by_last[fold(name).split()[-1] if fold(name) else ""].append(target)
        target.mentions += [{**m, "start": m["start"] + offset, "end": m["end"] + offset}
                            for m in entity["mentions"]]
        new = forms_of(entity) - target.forms
        target.forms |= new
        for form in new:
            self.by_form[target.label, form].append(target)
        target.role = target.role or entity.get("role")
        target.windows.add(number)
        target.old_ids.append((number, entity["id"]))

    def same(self, number: int, entity: dict) -> Merged | None:
        """The entity of earlier windows this one is, or None (two entities of one window stay apart,
        and an entity that could be several stays alone)."""
        label, name, forms = entity["label"], fold(entity["name"]), forms_of(entity)
        near = [g for g in dict.fromkeys(self.by_form[label, name]) if number not in g.windows]
        for test in (lambda g: fold(g.name) == name, lambda g: forms <= g.forms):
            found = [g for g in near if test(g)]
            if found:
                return found[0] if len(found) == 1 else None
        if label == "PERSON" and " " not in name:
            found = [g for g in dict.fromkeys(self.by_last[name]) if g.label == "PERSON"
                     and number not in g.windows and " " in fold(g.name) and fold(g.name).split()[-1] == name]
            return found[0] if len(found) == 1 else None
        return None


def forms_of(entity: dict) -> set[str]:
    return {fold(f) for f in (entity["name"], *entity.get("aliases", []))}


IdMap = dict[tuple[int, str], str]  # (window number, id in that window) -> id in the article


def merge_windows(text: str, parts: list[tuple[int, list[dict]]]) -> tuple[list[dict], IdMap]:
    """(entities of the article, {(window number, id in that window): id in the article}) from
    `parts`: (offset of the window in `text`, the window's entities), in text order."""
    merger = Merger()
    for number, (offset, entities) in enumerate(parts):
        for entity in entities:
            merger.add(number, offset, entity)
    top = max((len(g.mentions) for g in merger.groups), default=1)
    items = []
    for group in merger.groups:
        mentions = sorted(group.mentions, key=lambda m: m["start"])
        forms = list(dict.fromkeys(m["text"] for m in mentions))
        name = canonical_name([m["text"] for m in mentions], group.label)
        body = next((m["start"] for m in mentions if not in_credit(text, m["start"])), None)
        items.append(({
            "name": name, "label": group.label, "mentions": mentions,
            "aliases": [f for f in forms if f != name],
            "role": group.role if group.label == "PERSON" else None,
            "count": len(mentions),
            "salience": salience(body, max(len(text), 1), len(mentions), top, group.label),
        }, group))
    items.sort(key=lambda pair: (-pair[0]["salience"], pair[0]["mentions"][0]["start"]))
    ids = {old: f"E{i}" for i, (_, group) in enumerate(items, 1) for old in group.old_ids}
    return [{"id": f"E{i}", **item} for i, (item, _) in enumerate(items, 1)], ids


def in_credit(text: str, start: int) -> bool:
    """The offset lies in a byline or credit line (what `DocCtx.in_credit` tells on a Doc)."""
    return bool(CREDIT.match(text, text.rfind("\n", 0, start) + 1, start))
