"""Short names joined to the one full name of the article they stand for: a body named without
its place or its generic tail, a town's formal name ("City of X"), the head of a place named "X of
Y", an event's head word or its first word, a place named without the first part of a hyphenated
name, a product named without its line's first word, a name with its last word cut by a letter or
two, a firm's name with its trade after it, an award or work named by its head word alone."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import lexicon as L
from pipeline.entities import venueshorts as VSH
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand
from pipeline.entities.evidence import FACILITY_HEADS

_PREFIXABLE = frozenset({"ORG", "FAC", "LOC"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_GOVERNED = frozenset({"GPE", "LOC", "ORG"})  # "City of Kelby": the town, or its council
_TRADED = frozenset({"FAC", "PRODUCT"})  # what the model takes "Acme Kettles" for
_NO_EVENT = frozenset({"PERSON", "GPE", "LOC", "NORP"})
_EVENT_TAILS = frozenset({"championship", "championships", "cup", "trophy", "tournament"})
_FESTIVALS = frozenset({"festival", "fest"})  # not "Labour" of "Labour Conference": the party
_WON = frozenset({"crown", "title", "trophy", "win"})  # what a competition's winner takes
# legal forms, "bank", which a bank's name so often drops ("Standard Trust"), and the heads of a
# research body ("Pew Research" of "Pew Research Center"); not the words of a line of business,
# which name another company of the group ("Standard Life Investments")
_VENUE_HEADS = frozenset(L.CUES["venue_heads"])  # "the Lyric" of "Lyric Theatre"
_SHORT_HEADS = _VENUE_HEADS | {h.lower() for h in VSH.SHORT_HEADS}  # "Dunmere" (FAC) of "Dunmere Prison"
_VENUES = frozenset({"FAC", "ORG"})  # a venue, or the company that runs it ("the National Theatre")
_VENUE_SHORTS = frozenset({"ORG", "WORK_OF_ART", "FAC"})  # what the model takes "the Lyric" for
_HEADS = frozenset(h.lower() for h in L.CORP_SUFFIXES) | {"bank", "center", "centre", "institute"}


def place_prefixed(by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]) -> None:
    """A body or building named with and without its place ("Department of Justice" and "US
    Department of Justice", "Arms Park" and "Cardiff Arms Park") is one, when only one name fits."""
    named = [k for k in by_key if " " in k and labels.get(k, by_key[k][0].label) in _PREFIXABLE]
    join_sole_fit(named, parent, lambda key, k: k.endswith(" " + key) and k not in parent
                  and k[: -len(key) - 1] in L.world().places and labels.get(k) == labels.get(key))


def tail_cut(by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]) -> None:
    """An organisation named without its generic tail ("Standard Trust" of "Standard Trust Bank",
    "United Bank" of "United Bank of Africa") is that organisation, when only one name fits."""
    orgs = [k for k in by_key if " " in k and labels.get(k, by_key[k][0].label) == "ORG"]
    join_sole_fit(orgs, parent, lambda key, k: k.startswith(key + " ") and _generic_tail(k[len(key) + 1:]))


def coordinated_heads(by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]) -> None:
    """A body named "X and Y Office" whose first conjunct and head are used alone ("X Office") is
    that body, when only one name fits."""
    orgs = [k for k in by_key if " " in k and labels.get(k, by_key[k][0].label) == "ORG"]
    if any(" and " in k for k in orgs):
        join_sole_fit(orgs, parent, lambda key, k: " and " in k and key == _first_conjunct(k))


def _first_conjunct(key: str) -> str:
    """ "x office" of "x and y office": the first conjunct (one or two words) and the head."""
    first, _, rest = key.partition(" and ")
    return f"{first} {rest.rsplit(' ', 1)[-1]}" if " " in rest and first.count(" ") < 2 else ""


def place_head(by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]) -> None:
    """The head word of a place named "X of Y" used alone ("the Republic" of "Republic of Ireland") is
    that place, when it is no place of its own ("the Gulf" is one) and only one name fits."""
    places = [k for k in by_key if labels.get(k, by_key[k][0].label) in {"GPE", "LOC"}]
    join_sole_fit(places, parent, lambda key, k: " " not in key and k.startswith(key + " of ")
                  and L.gazetteer_label(key) is None)


def venue_shorts(words: list[str], by_key: dict[str, list[Cand]], labels: dict[str, str],
                 parent: dict[str, str]) -> None:
    """A venue named "the X" (and "X") beside its full name "X Theatre" ("X Stadium", "X Hall") is that
    venue (or its company), when only one name fits; a body or work "X" never written "the X" (a
    firm) stays apart, a venue "X" ("riots at Dunmere" of "Dunmere Prison") joins."""
    venues = [k for k in by_key if labels.get(k, by_key[k][0].label) in _VENUES and " " in k
              and k.rsplit(" ", 1)[-1] in _SHORT_HEADS]
    for key, ms in by_key.items():
        if key in parent or labels.get(key, ms[0].label) not in _VENUE_SHORTS:
            continue
        venue = labels.get(key, ms[0].label) == "FAC"
        if not venue and not any(_the(words, c) for c in ms):
            continue
        heads = _SHORT_HEADS if venue else _VENUE_HEADS
        full = [k for k in venues if k.rsplit(" ", 1)[0] == key and k.rsplit(" ", 1)[-1] in heads]
        if len(full) == 1:
            parent[key] = parent.get(full[0], full[0])


def _the(words: list[str], c: Cand) -> bool:
    """The mention is written "the X" (the article inside the name or right before it)."""
    return words[c.start].lower() == "the" or (c.start > 0 and words[c.start - 1].lower() == "the")


def formal_towns(by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]) -> None:
    """A town's formal name, "City of Kelby" (the town or its council), is the place "Kelby" the
    article names alone."""
    def label(k: str) -> str | None:
        return labels.get(k, by_key[k][0].label) if k in by_key else None

    for key in by_key:
        head, _, town = key.removesuffix("|place").partition(" of ")
        if key in parent or head not in L.TOWN_HEADS or not town or label(key) not in _GOVERNED:
            continue
        alone = [k for k in (town, town + "|place") if label(k) in {"GPE", "LOC"}]
        if alone:
            parent[key] = parent.get(alone[0], alone[0])


def event_heads(by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]) -> None:
    """An event named by its head word alone ("the Cup" of "FA Cup", "the Games" of "Commonwealth
    Games"), or without its sponsor's first word or its generic head ("Six Nations" of "RBS Six
    Nations" and of "RBS Six Nations Championship"), is that event, when only one event of the
    article (one entity: "RBS Six Nations" and "RBS Six Nations Championship" apart) ends in it."""
    events = [k for k in by_key if labels.get(k, by_key[k][0].label) == "EVENT"]
    for key in events:
        if key in parent:
            continue
        longer = {parent.get(k, k) for k in events if k != key and _short_event(key, k)}
        longer = {k for k in longer if not any(_short_event(k, o) for o in longer)}  # the longest
        if len(longer) == 1:
            parent[key] = longer.pop()


def _short_event(key: str, k: str) -> bool:
    """`key` is the event `k` without its sponsor's first word, its generic head, or both."""
    head = k.rsplit(" ", 1)[-1]
    for base in (k, k[: -len(head) - 1]) if head in _EVENT_TAILS and " " in k else (k,):
        if base == key and base != k:
            return True
        if base.endswith(" " + key) and (" " not in key or " " not in base[: -len(key) - 1]):
            return True
    return False


def event_firsts(
    by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str], lowers: list[str]
) -> None:
    """A festival named by its first word alone ("Sundance" of "Sundance Film Festival", "a debut at
    Sundance") is that festival, when no other name of the article starts with the word and it is no
    place the gazetteer knows ("Cannes" of "Cannes Film Festival" is the town) nor a person. A first
    word the article reads as an event, always before the thing won ("claims Kelby crown"; a
    "Kelby champion" may have won another year's), is the one event it opens."""
    firsts: dict[str, list[str]] = {}
    for k in by_key:
        if " " in k:
            firsts.setdefault(k.split(" ", 1)[0], []).append(k)
    for key in [k for k in by_key if " " not in k and k in firsts and k not in parent]:
        longer = firsts[key]
        if len(longer) != 1 or labels.get(longer[0]) != "EVENT" or labels.get(key) in _NO_EVENT:
            continue
        festival = longer[0].rsplit(" ", 1)[-1] in _FESTIVALS and L.gazetteer_label(key) is None
        won = labels.get(key) == "EVENT" and all(_before_won(c, lowers) for c in by_key[key])
        if festival or won:  # "claims Kelby crown" of "Kelby Championship"
            parent[key] = parent.get(longer[0], longer[0])


def _before_won(c: Cand, lowers: list[str]) -> bool:
    """The mention stands before what a competition's winner takes ("Kelby crown")."""
    return c.end < len(lowers) and lowers[c.end] in _WON


def hyphen_prefixed(by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]) -> None:
    """A place of two words or more named without the first part of a hyphenated name ("Huaral
    Valley" of "Chancay-Huaral Valley") is that place, when only one name fits."""
    names = [k for k in by_key if labels.get(k, by_key[k][0].label) in _PLACES | {"ORG"}]  # "X-Y Valley" ORG
    join_sole_fit(names, parent, lambda key, k: " " in key and k.endswith("-" + key)
                  and labels.get(key, by_key[key][0].label) in _PLACES
                  and " " not in k[: -len(key) - 1] and k[: -len(key) - 1].isalpha())


def product_lines(by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]) -> None:
    """A product named without the first word of its line ("Media Center" of "Windows Media
    Center", "PlayStation" of "Acme PlayStation") is that product, when only one product fits."""
    things = [k for k in by_key if labels.get(k, by_key[k][0].label) == "PRODUCT"]
    join_sole_fit(things, parent, lambda key, k: k.endswith(" " + key) and k.count(" ") == key.count(" ") + 1)


def work_heads(by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]) -> None:
    """An award or work named by its head word alone ("the Globes", "a Globe winner" of "Golden
    Globes") is the one work of the article of two words that ends in it; no place or people."""
    works = [k for k in by_key if labels.get(k, by_key[k][0].label) == "WORK_OF_ART"]
    join_sole_fit(works, parent, lambda key, k: " " not in key and k.endswith(" " + key)
                  and k.count(" ") == 1 and L.gazetteer_label(key) is None)


def cut_ends(by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]) -> None:
    """A name of two words or more written with its last word cut by a letter or two ("Porto
    Aleg" of "Porto Alegre") is the one name of its label that it cuts so; no person's ("Ann Lee"
    and "Ann Leeb" may be two)."""
    firsts: dict[tuple[str, str], list[str]] = {}
    for k in by_key:
        label = labels.get(k, by_key[k][0].label)
        if " " in k and label != "PERSON":
            firsts.setdefault((k.split(" ", 1)[0], label), []).append(k)
    for keys in firsts.values():
        if len(keys) > 1:
            join_sole_fit(keys, parent, lambda key, k: _cut(key, k))


def trade_tails(by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]) -> None:
    """A firm's name with the plural of what it sells after it ("Acme Kettles"), taken for a building
    or a product, is the firm the article names without it ("Acme"), an organisation; not a
    building's plural ("Hale Towers")."""
    for key in by_key:
        short, _, tail = key.rpartition(" ")
        if not short or key in parent or short not in by_key or labels.get(key) not in _TRADED:
            continue
        if labels.get(short) == "ORG" and W.generic_plural(tail) and tail.title() not in FACILITY_HEADS:
            parent[key] = parent.get(short, short)


def _cut(key: str, k: str) -> bool:
    """`key` is `k` without the last one or two letters of its last word, of three letters or more,
    no plural ending."""
    tail = k[len(key) :]
    plural = tail in {"s", "es"}  # "European Championship" and "Championships": two events
    cut = k.startswith(key) and 1 <= len(tail) <= 2 and tail.isalpha() and not plural
    return cut and len(key.rsplit(" ", 1)[-1]) >= 3


def _generic_tail(tail: str) -> bool:
    """Words that only say what kind of body a name is ("bank", "group plc") or where it is ("of
    africa")."""
    words = tail.split()
    if words[0] == "of":
        return " ".join(words[1:]) in L.world().places
    return all(w in _HEADS for w in words)


def join_sole_fit(keys: list[str], parent: dict[str, str], fits: Callable[[str, str], bool]) -> None:
    """Each key not yet joined joins the one key of `keys` that `fits(key, other)` accepts, when
    exactly one does (and so that other's own parent, if it has one)."""
    for key in keys:
        if key in parent:
            continue
        longer = [k for k in keys if fits(key, k)]
        if len(longer) == 1:
            parent[key] = parent.get(longer[0], longer[0])
