"""Short forms that join the one longer name of the article they are part of: the name without its
founder's given names ("Hale Foundation" of "Tom Hale Foundation"), a saint's institution without
its head ("St Brendan's" of "St Brendan's High School"), an event's plural short form ("European
Outdoors" of "European Outdoor Championships", "the Brits" of "Brit Awards"), a building without
its number ("Harbour Tower" of "Harbour 21 Tower"), a storm without its noun ("Mitch" of "Hurricane
Mitch"); and a body's expansion in brackets after its one-word name ("Cepes (Peruvian Centre for
Social Studies)"), the reverse of the usual "Name (ACR)". Used by `grouping.group`, on the grouping
keys (`lexicon.norm`).
"""

from __future__ import annotations

from pipeline.entities import evidence as E
from pipeline.entities import fullnames as FN
from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.conventions import STORMS
from pipeline.entities.nameruns import INSTITUTION

NAMED = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT"})
EVENTS = frozenset(h.lower() for h in L.EVENT_HEADS | E.EVENT_WORDS)
POSSESSIVES = ("'s ", "\u2019s ", "' ", "\u2019 ")


def join_long_forms(
    ctx: DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]
) -> None:
    """Each short form joins the one longer name it fits (see the module's doc)."""
    names = [k for k in by_key if " " in k and labels.get(k, by_key[k][0].label) in NAMED | {"GPE", "LOC"}]
    FN.join_sole_fit(names, parent, _founder)
    owned = {k for k, ms in by_key.items() if all(_possessed(ctx, c) for c in ms)}  # "St Brendan's"
    if owned:
        FN.join_sole_fit(list(by_key), parent, lambda key, k: key in owned and _institution_head(key, k))
    if any(labels.get(k) == "EVENT" for k in names):
        FN.join_sole_fit(names, parent, lambda key, k: _event_plural(key, k, labels))
        words = [k for k in by_key if " " not in k] + [k for k in names if labels.get(k) == "EVENT"]
        FN.join_sole_fit(words, parent, lambda key, k: _ceremony_plural(ctx, by_key, key, k, labels))
    if any(w.isdigit() for k in names for w in k.split()):
        FN.join_sole_fit(names, parent, _unnumbered)
    _bracketed_expansions(ctx, by_key, labels, parent)
    if any(k.split(" ", 1)[0] in STORMS for k in names):
        FN.join_sole_fit(list(by_key), parent, lambda key, k: k.split(" ", 1) in ([s, key] for s in STORMS))


def _founder(key: str, k: str) -> bool:
    """`k` is `key` after given names ("bill and ann hale foundation" of "hale foundation")."""
    if not k.endswith(" " + key):
        return False
    words = [w for w in k[: -len(key) - 1].split() if w not in {"and", "&"}]
    return bool(words) and all(L.given_name(w) for w in words)


def _institution_head(key: str, k: str) -> bool:
    """`k` is `key` and a possessive before an institution's head ("st brendan's high school")."""
    for poss in POSSESSIVES:
        if k.startswith(key + poss):
            rest = k[len(key) + len(poss) :].split()
            return 1 <= len(rest) <= 3 and rest[-1].title() in INSTITUTION
    return False


def _possessed(ctx: DocCtx, c: Cand) -> bool:
    """The mention stands before a possessive ("St Brendan" of "St Brendan's")."""
    return c.end < len(ctx.words) and ctx.words[c.end] in E.POSS_CUT


def _event_plural(key: str, k: str, labels: dict[str, str]) -> bool:
    """`key` is an event's name without its head, its last word made plural ("european indoors" of
    "european indoor championships")."""
    words = k.split()
    if labels.get(k) != "EVENT" or len(words) < 3 or words[-1] not in EVENTS or not key.endswith("s"):
        return False
    return key == " ".join(words[:-1]) + "s"


def _ceremony_plural(
    ctx: DocCtx, by_key: dict[str, list[Cand]], key: str, k: str, labels: dict[str, str]
) -> bool:
    """`key` is the one word of a two-word event with a plural head, made plural ("brits" of "brit
    awards", "olympics" of "olympic games"), or that word where the article writes it in the plural
    ("Brit", keyed with "the Brits") unless a people's ("European"); not "brazilians" of
    "brazilian championship"."""
    words = k.split()
    if labels.get(k) != "EVENT" or len(words) != 2 or words[-1] not in EVENTS or not words[-1].endswith("s"):
        return False
    if key == words[0] + "s":
        return True
    if key != words[0] or L.gazetteer_label(key):  # "his European title" is no "the Europeans"
        return False
    return any(ctx.words[c.end - 1].lower() == key + "s" for c in by_key[key])


def _unnumbered(key: str, k: str) -> bool:
    """`k` is `key` with a number inside ("harbour 21 tower" of "harbour tower")."""
    words = k.split()
    inner = [i for i, w in enumerate(words[1:-1], 1) if w.isdigit()]
    return len(inner) == 1 and " ".join(words[: inner[0]] + words[inner[0] + 1 :]) == key


def _bracketed_expansions(
    ctx: DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]
) -> None:
    """A body's name of several words, alone in brackets right after a one-word body's name ("Cepes
    (Peruvian Centre for Social Studies)"), is that body spelt out, whatever language its letters
    come from: the long name joins the short one; not a list of its brands ("Unilever (Lipton and
    Dove)")."""
    words = ctx.words
    at = {c.start: k for k, ms in by_key.items() for c in ms}
    for key, ms in by_key.items():
        if " " not in key or key in parent or labels.get(key) != "ORG" or not _body_words(key):
            continue
        for c in ms:
            s, e = c.start, c.end
            if s < 2 or e >= len(words) or words[s - 1] != "(" or words[e] != ")":
                continue
            short = at.get(s - 2)
            if short and " " not in short and labels.get(short) == "ORG" and short not in parent:
                parent[key] = short
                break


def _body_words(key: str) -> bool:
    """A body's name by its words: a head ("Centre", "Union") or an "of"/"for" phrase."""
    words = key.split()
    return "of" in words or "for" in words or any(w.title() in L.ORG_HEADS for w in words)
