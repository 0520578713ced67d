"""A written list of names joined by commas, "and" or "or" names places alike when its other members
are places, by the vote or the gazetteer ("Kelby South, Ardmoor, Tollan East and Rinsey"), or when a
place's class noun governs it ("the seats of Ardmoor and Rinsey", "marginals such as", "The towns
are"): a member the vote calls a person or a body is a place too (GPE; LOC when the gazetteer has it
as a region), with all its mentions, though no gazetteer knows it (`conventions.listed_places` needs
the gazetteer's). Mirrors `peoplelists` for places. Not a list another class's plural noun governs
("firms such as") or that modifies a noun after it ("Kelby, Tarn and Rinsey airports"), nor in a
sports report ("Kelby, Tarn and Ardmoor" are clubs); never a name shaped as a person's (a common
given name first), one with a body's head word or capitals, one any mention of which shows a
person's or a body's signs ("Mr X", "X said", "X, who", "X's profits"), nor a person's surname. All
work on token indices."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import context as X
from pipeline.entities import lexicon as L
from pipeline.entities.candidates import KEPT, Cand, DocCtx, by_key, relabel
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import ORG_HEADS
from pipeline.entities.peoplelists import members

JOINS = frozenset({",", "and", "or"})  # between two members; ", and" too
MIN_MEMBERS = 3  # a list no class noun governs
MIN_PLACES = 2  # places among the other members of such a list, more than half of them
PLACES = frozenset({"GPE", "LOC"})
LISTABLE = frozenset({"PERSON", "ORG"})  # the vote's labels a list of places overrules
CLASS_NOUNS = frozenset({
    "seats", "constituencies", "marginals", "wards", "towns", "cities", "villages", "counties", "regions",
    "districts", "boroughs", "provinces", "parishes", "suburbs", "islands", "municipalities"})
SPOTS = frozenset({"areas", "places", "sectors", "parts", "zones", "locations", "sites", "spots"})  # either
LINKS = frozenset({"of", "in", "including", "include", "includes", "included", "such", "as", "like", "are",
                   "were", "namely", ":", ",", "-", "\u2013", "\u2014", "the"})  # "seats such as the X"
LINK_MAX = 3  # words between the class noun and the list
PLACE, OTHER = "place", "other"  # what a list's class noun names
COPULAS = frozenset({"be", "include"})  # "The seats are X and Y", "Its towns include X"


def listed_places(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel as places the names voted PERSON or ORG listed with places (see the module's doc)."""
    if ctx.sports or not any(v in LISTABLE for v in labels.values()):
        return
    at = {c.start: c for c in cands if c.label}
    ends = {c.end: c for c in cands if c.label}
    keyed, found = None, {}
    for c in at.values():
        key = key_of(ctx, c)
        if labels.get(key) not in LISTABLE or key in found or not _bare(ctx, c):
            continue
        mates = members(ctx.words, c, at, ends, JOINS)
        if not mates or not _place_list(ctx, c, mates, labels, key_of):
            continue
        keyed = keyed if keyed is not None else by_key(ctx, cands, key_of)
        ms = keyed.get(key, [c])
        if not _signed(ctx, ms, labels[key]) and not _surname(key, labels):
            found[key] = ms
    for key, ms in found.items():
        relabel(ctx, ms, labels, key_of, "LOC" if world().label.get(key) == "LOC" else "GPE")


def _place_list(ctx: DocCtx, c: Cand, mates: list[Cand], labels: dict[str, str], key_of: Callable) -> bool:
    """A class noun governs the list, or it has `MIN_MEMBERS` members at least and its other members
    are places, `MIN_PLACES` at least and more than half of them."""
    first = min([c, *mates], key=lambda m: m.start)
    last = max([c, *mates], key=lambda m: m.end)
    governor = _governor(ctx, first)
    if governor is not None or _headed(ctx, last.end):
        return governor == PLACE  # "companies such as X, Y and Z", "X, Y and Z airports": no places
    placed = sum(_place(ctx, m, labels.get(key_of(ctx, m))) for m in mates)
    return len(mates) + 1 >= MIN_MEMBERS and placed >= MIN_PLACES and 2 * placed > len(mates)


def _place(ctx: DocCtx, m: Cand, label: str | None) -> bool:
    """A place of the gazetteer or by the vote, but a one-word given name of the census, which a
    list of people has too ("Mary, Tobin and Midge": people the vote read as places)."""
    key = ctx.norm_of(m.start, m.end)
    if m.end - m.start == 1 and L.census_given(key):
        return False
    return label in PLACES or key in world().places


def _governor(ctx: DocCtx, first: Cand) -> str | None:
    """`PLACE` when a place's class noun governs the list whose first name is `first`, before it with
    only linking words between ("the seats of", "towns such as", "The marginals are") or, by the
    parse, as the subject of the "be" or "include" the list completes ("The seats the party can take
    are: X, Y and Z"); `OTHER` when another plural noun does so before it ("firms such as"); else None
    (a noun of places or of anything, `SPOTS`: "areas such as")."""
    words, toks, s = ctx.words, ctx.toks, first.start
    for k in range(s - 1, max(-1, s - 2 - LINK_MAX), -1):
        low = words[k].lower()
        if low in CLASS_NOUNS:
            return PLACE if k < s - 1 else None  # "seats Ardmoor": no link, no list of it
        if toks[k].tag_ == "NNS" and (toks[k].is_lower or toks[k].is_sent_start):
            return OTHER if k < s - 1 and low not in SPOTS else None
        if low not in LINKS:
            break
    if not ctx.parsed:
        return None
    tok = ctx.root(first.start, first.end)
    if tok.dep_ not in {"attr", "dobj"} or tok.head.lemma_ not in COPULAS:
        return None
    subject = any(t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ in CLASS_NOUNS for t in tok.head.lefts)
    return PLACE if subject else None


def _headed(ctx: DocCtx, end: int) -> bool:
    """A lower-case noun follows the list, which modifies it ("Kelby, Tarn and Rinsey airports")."""
    toks = ctx.toks
    return end < len(toks) and toks[end].is_lower and toks[end].tag_.startswith("NN")


def _bare(ctx: DocCtx, c: Cand) -> bool:
    """A title-cased name with no body's head word or capitals, nor a common given name first
    ("Ann Tollan"), the gazetteer knowing it as nothing but a place."""
    words = ctx.words[c.start : c.end]
    if c.src in KEPT or not all(w[:1].isupper() and not w.isupper() and w.isalpha() for w in words):
        return False
    if any(w in ORG_HEADS for w in words) or L.given_name(words[0].lower()):
        return False
    return world().label.get(ctx.norm_of(c.start, c.end), "GPE") in PLACES


def _signed(ctx: DocCtx, ms: list[Cand], label: str) -> bool:
    """A mention speaks ("X said"), or shows a person's signs (`context.name_evidence`: a title,
    "said he", "who"), or, for a name voted a body, a body's."""
    for m in ms:
        org, per, _ = X.name_evidence(ctx.doc, m.start, m.end)
        if per or (label == "ORG" and org) or X.low(ctx.doc, m.end) in X.SPEECH_VERBS:
            return True
    return False


def _surname(key: str, labels: dict[str, str]) -> bool:
    """The name ends a longer name the vote calls a person ("Tollan" of "Ann Tollan")."""
    tail = " " + key
    return any(v == "PERSON" and k.endswith(tail) for k, v in labels.items())
