"""Run-wide entity catalog: canonical entities over all articles of an output folder.

Per-article entities are merged across articles by the careful rules the entities stage uses
inside one article: the same folded name; a person's transliteration variant only with the same
first name ("Rustem Umerov" / "Rustem Umierov"); a bare surname only when exactly one full name in
the run carries it (two different Smiths stay two, and so does a lone "Smith" between them); an
organisation's acronym only when it was linked to the expansion inside an article.

Each catalog entity has a run-wide id, a hash of the comparison key that holds its group (the
family and folded name that every merged variant is filed under), so the exported tables can group
"Rustem Umerov" and "Rustem Umierov" in SQL; `links` maps every per-article name to it.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.entities.lexicon import edit_close, norm

FAMILY = {"GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}


@dataclass
class Group:
    """One catalog entity while it is being built."""

    label: str
    names: Counter = field(default_factory=Counter)  # canonical names seen, with their mentions
    aliases: set[str] = field(default_factory=set)
    articles: list[str] = field(default_factory=list)
    mentions: int = 0
    roles: Counter = field(default_factory=Counter)
    keys: set[tuple[str, str]] = field(default_factory=set)  # the comparison keys merged into it

    def add(self, article: str, entity: dict) -> None:
        count = entity.get("count") or len(entity.get("mentions") or []) or 1
        self.names[entity["name"]] += count
        self.aliases.update(entity.get("aliases") or [])
        if not self.articles or self.articles[-1] != article:
            self.articles.append(article)
        self.mentions += count
        if entity.get("role"):
            self.roles[entity["role"]] += 1

    def merge(self, other: Group) -> None:
        self.names.update(other.names)
        self.aliases |= other.aliases
        self.articles = sorted(set(self.articles) | set(other.articles))
        self.mentions += other.mentions
        self.roles.update(other.roles)
        self.keys |= other.keys

    def canonical(self) -> str:
        """The most mentioned full (multi-word) name if it is common enough, else the most mentioned
        name: one article's odd span must not rename an entity seen in hundreds."""
        top = max(self.names.values())
        full = [n for n in self.names if len(n.split()) > 1 and self.names[n] * 4 >= top]
        return max(full or self.names, key=lambda n: (self.names[n], len(n), n))

    def record(self, key: tuple[str, str]) -> dict:
        name = self.canonical()
        return {
            "id": catalog_id(key),
            "name": name,
            "label": self.label,
            "aliases": sorted((self.aliases | set(self.names)) - {name}),
            "roles": [r for r, _ in self.roles.most_common(5)],
            "articles": sorted(set(self.articles)),
            "mentions": self.mentions,
        }


def read_entities(records: Iterable[str]) -> Iterator[tuple[str, dict]]:
    """(article id, entity) for every entity of every record line."""
    for line in records:
        record = json.loads(line)
        for entity in record.get("entities", []):
            yield record["id"], entity


def key_of(entity: dict) -> tuple[str, str]:
    """The comparison key an article's entity is filed under: (family, folded name)."""
    return FAMILY.get(entity["label"], entity["label"]), norm(entity["name"])


def catalog_id(key: tuple[str, str]) -> str:
    """The run-wide id of the group filed under `key`: "person-" and 10 hex digits."""
    digest = hashlib.blake2b("\0".join(key).encode("utf-8"), digest_size=5).hexdigest()
    return f"{key[0].lower()}-{digest}"


def group(pairs: Iterable[tuple[str, dict]]) -> dict[tuple[str, str], Group]:
    """(article id, entity) pairs merged into groups, by the key each group is filed under."""
    groups: dict[tuple[str, str], Group] = {}
    for article, entity in pairs:
        key = key_of(entity)
        found = groups.get(key)
        if found is None:
            found = groups[key] = Group(entity["label"], keys={key})
        found.add(article, entity)
    merge_people(groups)
    merge_aliases(groups)
    return groups


def build(records: Iterable[str]) -> list[dict]:
    """The catalog: merged entities, those in most articles first."""
    out = [g.record(key) for key, g in group(read_entities(records)).items()]
    return sorted(out, key=lambda e: (-len(e["articles"]), -e["mentions"], e["name"]))


def links(groups: dict[tuple[str, str], Group]) -> dict[tuple[str, str], tuple[str, str]]:
    """Every comparison key -> (catalog id, canonical name) of the group holding it."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for key, g in groups.items():
        target = (catalog_id(key), g.canonical())
        out.update(dict.fromkeys(g.keys, target))
    return out


def absorb(groups: dict[tuple[str, str], Group], source: tuple[str, str], target: tuple[str, str]) -> None:
    groups[target].merge(groups.pop(source))


def merge_people(groups: dict[tuple[str, str], Group]) -> None:
    """Transliteration variants with the same first name, then bare surnames with one owner."""
    buckets: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for key in sorted(k for k in groups if k[0] == "PERSON" and len(k[1].split()) >= 2):
        words = key[1].split()
        buckets[(words[0], words[-1][0])].append(key)
    for keys in buckets.values():
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                if a in groups and b in groups and edit_close(a[1].split()[-1], b[1].split()[-1]):
                    absorb(groups, b, a)
    surnames: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key in groups:
        if key[0] == "PERSON" and len(key[1].split()) >= 2:
            surnames[key[1].split()[-1]].append(key)
    for key in sorted(k for k in groups if k[0] == "PERSON" and len(k[1].split()) == 1):
        owners = surnames.get(key[1]) or [
            f for s, fs in surnames.items() if s[0] == key[1][0] and edit_close(s, key[1]) for f in fs]
        if len(owners) == 1:
            absorb(groups, key, owners[0])


def is_acronym(name: str) -> bool:
    letters = name.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def merge_aliases(groups: dict[tuple[str, str], Group]) -> None:
    """An organisation whose acronym was linked to it inside an article absorbs the entity known
    only by that acronym elsewhere ("NATO" joins "North Atlantic Treaty Organization")."""
    for key in sorted(groups):
        if key not in groups or key[0] != "ORG":
            continue
        for alias in sorted(a for a in groups[key].aliases if is_acronym(a)):
            other = (key[0], norm(alias))
            if other != key and other in groups:
                absorb(groups, other, key)


def write(output: Path, batch: str | None = None) -> tuple[Path, list[dict]]:
    """Build the catalog of an archive's current records (or of one batch's) and write it to
    OUTPUT/entities.jsonl."""
    from pipeline.archive.reader import lines

    catalog = build(lines(output, batch=batch))
    target = output / "entities.jsonl"
    tmp = target.with_name(".entities.jsonl.tmp")
    tmp.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in catalog), encoding="utf-8")
    tmp.replace(target)
    return target, catalog


Links = dict[tuple[str, str], tuple[str, str]]


def run_links(records: Iterable[dict], piece_of: Callable[[dict], str]) -> tuple[Links, dict[str, str]]:
    """The links of the catalog of `records` and, for each piece of them (`piece_of(record)`, a batch),
    a digest of the links its entities use: it changes when a later batch regroups one of them."""
    used: dict[str, set[tuple[str, str]]] = defaultdict(set)

    def pairs() -> Iterator[tuple[str, dict]]:
        for rec in records:
            keys = used[piece_of(rec)]
            for entity in rec.get("entities") or []:
                keys.add(key_of(entity))
                yield rec.get("id"), entity

    found = links(group(pairs()))
    digests = {piece: hashlib.blake2b(json.dumps(sorted([*k, *found[k]] for k in keys)).encode("utf-8"),
                                      digest_size=8).hexdigest() for piece, keys in used.items()}
    return found, digests
