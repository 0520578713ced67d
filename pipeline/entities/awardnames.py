"""One prize named several ways in one article, and the body that gives it.

The ceremony's name, the prize's own name and their plurals ("the Velma Awards", "a Velma", "this
year's Velmas") are one entity: a WORK_OF_ART where one of them reads as the prize ("won a Velma"),
else an EVENT where one reads as the ceremony; names the article already joins keep their label.
Names a package cannot tie ("Oscar" of the Academy Awards) come from the "awards" lists of
pipeline/data/entities_aliases.json, as does a lone plural the model calls a place or a body ("at
the Golden Globes"). The word that opens a prize's name, written alone ("the Academy", "Academy
voters" beside "the Academy Awards"), is the body that gives it (ORG), one entity with the one
"Academy of ..." of the article. Used by `grouping.group`, on the name keys."""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.entities import institutions as IN
from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.vocab import ALIASES

Keyed = dict[str, list[Cand]]  # a name's key -> its mentions
_LISTS = ALIASES["awards"]
LISTED = {L.norm(name): i for i, names in enumerate(_LISTS) for name in names}  # key -> list
LISTED_CEREMONIES = {k: i for k, i in LISTED.items() if k.endswith(" awards")}  # "academy awards"
TAILS = (" awards", " award")  # a ceremony's or a prize's head: "the Velma Awards", "a Velma Award"
NO_PRIZE = frozenset({"PERSON", "NORP"})
PRIZE_LABELS = frozenset({"WORK_OF_ART", "EVENT"})
MISREAD = frozenset({"ORG", "FAC", "GPE", "LOC"})  # a lone listed plural read as a place or a body
CEREMONY_LABELS = PRIZE_LABELS | {"ORG"}  # "the Velma Awards were held" read as a body
ARTICLES = frozenset({"a", "an"})
GIVER_LABELS = frozenset({"ORG", "EVENT", "WORK_OF_ART"})  # "Academy" read as the body or the prize


def join(ctx: DocCtx, by_key: Keyed, labels: dict[str, str], parent: dict[str, str]) -> set[str]:
    """Each prize's names of the article join one entity, labelled as the module's doc says; then
    the bodies that give them (`_givers`). Returns the keys relabelled."""
    if not any(k.endswith(TAILS) or k in LISTED for k in by_key):
        return set()  # the cheap test: no prize's name
    before = dict(labels)
    families = _families(by_key, labels)
    for keys in families.values():
        if len({parent.get(k, k) for k in keys}) > 1:
            keys.sort(key=lambda k: min(c.start for c in by_key[k]))
            IN.merge(keys, parent)
            found = {_label(by_key, labels, k) for k in keys}
            misread = any(_misread_plural(k, _label(by_key, labels, k)) for k in keys)
            _relabel(by_key, labels, keys, _joined_label(found, misread))
        elif len(keys) == 1 and _misread(ctx, by_key, keys[0], _label(by_key, labels, keys[0])):
            _relabel(by_key, labels, keys, "WORK_OF_ART")  # "at the Golden Globes", "for an Oscar"
    _givers(by_key, labels, parent, {k for keys in families.values() for k in keys})
    return {k for k, label in labels.items() if before.get(k) != label}


def _joined_label(found: set[str], misread: bool) -> str:
    """A prize's names joined: a work where one of them reads as the prize (a listed plural read as a
    body or a place does: "the Golden Globes"), else the ceremony (an event) where one reads as that."""
    return "EVENT" if "EVENT" in found and "WORK_OF_ART" not in found and not misread else "WORK_OF_ART"


def _misread(ctx: DocCtx, by_key: Keyed, key: str, label: str) -> bool:
    """A listed prize's name, alone in the article, read as a place or a body (`_misread_plural`) or
    as a person (`_misread_person`)."""
    return _misread_plural(key, label) or label == "PERSON" and _misread_person(ctx, by_key, key)


def _bare(key: str) -> str:
    """The key without an opening "the" ("the velma awards")."""
    return key[4:] if key.startswith("the ") else key


def _label(by_key: Keyed, labels: dict[str, str], key: str) -> str:
    """The article's vote for the key, else its first mention's label."""
    return labels.get(key, by_key[key][0].label)


def _families(by_key: Keyed, labels: dict[str, str]) -> dict[object, list[str]]:
    """The keys of each prize: a listed name, or one that ends in a listed ceremony's ("kestrel
    academy awards": a sponsor's word first); a ceremony or prize "X Award(s)" the model reads as
    one, with "X" read as a prize or "Xs" read as anything but a person or a people."""
    people = {w for k in by_key if " " in k and _label(by_key, labels, k) == "PERSON" for w in k.split()}
    out: dict[object, list[str]] = {}
    stems: dict[str, list[str]] = {}
    for key in (k for k in by_key if "|" not in k):
        base, label = _bare(key), _label(by_key, labels, key)
        listed = LISTED.get(base, _ceremony_tail(base))
        if listed is not None and (label not in NO_PRIZE or label == "PERSON" and base not in people):
            out.setdefault(listed, []).append(key)
        elif base.endswith(TAILS) and label in CEREMONY_LABELS:
            stems.setdefault(base.rsplit(" ", 1)[0], []).append(key)
    for key in (k for k in by_key if "|" not in k and _bare(k) not in LISTED):
        base, label = _bare(key), _label(by_key, labels, key)
        stem = base[:-1] if base.endswith("s") and base[:-1] in stems and label not in NO_PRIZE else base
        if stem in stems and (label in PRIZE_LABELS or stem != base):
            stems[stem].append(key)
    for stem, keys in stems.items():
        if any(not _bare(k).endswith(TAILS) for k in keys):  # "X Award" and "X Awards" alone: no prize's name
            out.setdefault(LISTED.get(stem + " awards", stem), []).extend(keys)
    return {f: keys for f, keys in out.items() if len(keys) > 1 or isinstance(f, int)}


def _ceremony_tail(base: str) -> int | None:
    """The listed ceremony a longer key ends in ("kestrel academy awards": a sponsor's word first)."""
    if not base.endswith(" awards"):
        return None
    return next((i for name, i in LISTED_CEREMONIES.items() if base.endswith(" " + name)), None)


def _misread_plural(key: str, label: str) -> bool:
    """A listed prize's plural or name of two words read as a place or a body ("the Golden Globes", "a
    prestigious Golden Globe"; a one-word "Bafta" may be the academy)."""
    base = _bare(key)
    shaped = base.endswith("s") or " " in base
    return base in LISTED and shaped and not base.endswith(" awards") and label in MISREAD


def _misread_person(ctx: DocCtx, by_key: Keyed, key: str) -> bool:
    """A listed prize's name, alone in the article and read as a person, though no person has a name
    of two words ("Golden Globe") or follows "a" ("campaign for an Oscar")."""
    ms = by_key[key]
    if key not in LISTED:
        return False
    return " " in key or any(c.start > 0 and ctx.words[c.start - 1].lower() in ARTICLES for c in ms)


def _relabel(by_key: Keyed, labels: dict[str, str], keys: Iterable[str], label: str) -> None:
    """The keys and their mentions take `label`."""
    for k in keys:
        labels[k] = label
        for c in by_key[k]:
            c.label = label


def _givers(
    by_key: Keyed, labels: dict[str, str], parent: dict[str, str], prizes: set[str]
) -> None:
    """A one-word name that opens a prize's name of the article and is no prize's name itself
    ("Academy" of "Academy Awards") is the body that gives the prize: ORG, one entity with the one
    "Academy of ..." body of the article."""
    openers = {_bare(k).split(" ", 1)[0] for k in prizes if " " in _bare(k)}
    for key in (k for k in by_key if k in openers and k not in prizes and k not in LISTED
                and k not in parent):
        if _label(by_key, labels, key) not in GIVER_LABELS:
            continue
        _relabel(by_key, labels, [key], "ORG")
        full = [k for k in by_key if k.startswith(key + " of ") and _label(by_key, labels, k) == "ORG"]
        if len(full) == 1:
            IN.merge([full[0], key], parent)


RUN_ON_LABELS = frozenset({"PERSON", "FAC"})  # "Globe" is a building's head too
PRIZE_NAMES = frozenset(n for names in _LISTS for n in names if not n.endswith(("Award", "Awards")))
NAMED_MAX = max(n.count(" ") + 1 for n in PRIZE_NAMES)  # "Golden Globe": two words


def prize_tails(ctx: DocCtx, model: list[Cand]) -> list[Cand]:
    """The model's people and buildings cut before a listed prize's name they end in ("Harbour Oscar
    campaign", "earned Ivo Lee Golden Globe nominations": words run on, no person or building ends
    in a prize; a body's may be a prize's own name, "the Interactive Bafta awards"): the words
    before keep the model's reading, the prize is a WORK_OF_ART of its own."""
    out = []
    for c in model:
        n = _prize_tail(ctx.words, c) if c.label in RUN_ON_LABELS else 0
        if n:
            out.append(Cand(c.start, c.end - n, c.label, c.src, c.weight))
            c = Cand(c.end - n, c.end, "WORK_OF_ART", c.src, c.weight)
        out.append(c)
    return out


def _prize_tail(words: list[str], c: Cand) -> int:
    """The number of last words of the candidate that are a listed prize's name, words before it
    left; 0 for none."""
    for n in range(1, min(NAMED_MAX, c.end - c.start - 1) + 1):
        if " ".join(words[c.end - n : c.end]) in PRIZE_NAMES:
            return n
    return 0
