"""Named sites the model calls a body, a person or a work: parks, greens, lakes, valleys, cemeteries,
venues and the districts of a town.

`named_sites` runs after the vote, on every name key. A name of several words is a site by its head
word (`site_tails`: "Ashford Park", "Ashford Cemetery" FAC, "Tamsa Valley" LOC, "Kelby Green" a
district, GPE, but FAC where a mention is "on" it; `site_leads`: "Loch Tarn", "Mount Kelby" LOC)
where some mention reads as a place ("in Ashford Park", a gazetteer place first: "Leeds Green"). A
name is a venue (FAC) after a happening's noun and "at" ("a concert at the Kelby Hall",
`venue_events`) or a place's possessive ("the city's Pere Kelby", `place_owners`; "played at Leeds'
Kelby Academy" and "a crowd at Leeds' Kelby Centre" too, a body's head word notwithstanding), a site
by its head word after "at", "outside" or "inside" and a town's possessive ("outside Leeds' Kelby
Arena", no researcher's "at Leeds' Kelby Centre"), and a place
inside a town (a district GPE, or a venue FAC after "at") where the text puts it "in" a located
town, alone after "at" or in a list of such ("tracks at X in Leeds, Y and Z in York"). Never a name
the gazetteer knows, one the article treats as a person ("Mr Kelby", "he said", a role) or a body
(an organisation's head word, "X said it"), nor in a sports report, whose grounds `sport` labels.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import context as X
from pipeline.entities.candidates import EVIDENCE, Cand, DocCtx, by_key, relabel
from pipeline.entities.evidence import POSS, POSS_CUT
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import (
    CUES,
    HONORIFICS,
    LOCATIVE,
    ORG_HEADS,
    fold,
    gazetteer_label,
    is_title_word,
    norm,
)
from pipeline.entities.names import given_name_first

TAILS: dict[str, str] = CUES["site_tails"]
LEADS: dict[str, str] = CUES["site_leads"]
EVENTS = frozenset(CUES["venue_events"])
OWNERS = frozenset(CUES["place_owners"])
BUILT = frozenset({"Cemetery", "Stadium", "Racecourse"}) & TAILS.keys()
ABLE = frozenset({"ORG", "PERSON", "WORK_OF_ART", "NORP", "PRODUCT"})
PREPS = LOCATIVE | {"on", "to", "into"}
TOWNS = frozenset({"city", "admin1", "admin2"})
CENTRES = frozenset({"Centre", "Center"})
SETTINGS = frozenset({"at", "in", "inside", "outside"})  # "filming in the X": a landmark's prepositions
NOUNS = frozenset({"NOUN", "PROPN", "PRON"})  # "analysts at X in Leeds" work there: no venue
STAGED = EVENTS | {"played", "plays", "play", "perform", "performed", "performs", "headlined", "fans",
                   "audience", "crowd", "held"}  # "a packed audience at Kelby's X Centre", "held at"
STAGED_SPAN = 10  # words before the "at" where the show is named


def named_sites(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel the names the module's doc describes."""
    if ctx.sports:
        return
    for key, ms in by_key(ctx, [c for c in cands if c.label], key_of).items():
        held = labels.get(key, ms[0].label)
        if any(c.src in EVIDENCE for c in ms) or key in world().places or gazetteer_label(key):
            continue
        label = _headed(ctx, ms) or (_venue(ctx, ms, held) if held in ABLE else None)
        if label and label != held and not _against(ctx, ms, held, _sure(ctx, ms[0])):
            relabel(ctx, ms, labels, key_of, label)


def _headed(ctx: DocCtx, ms: list[Cand]) -> str | None:
    """The label a site's head word gives a name of several words read as a place somewhere."""
    c = ms[0]
    if c.end - c.start < 2 or ctx.words[c.end - 1] in ORG_HEADS:
        return None
    label = TAILS.get(ctx.words[c.end - 1]) or LEADS.get(ctx.words[c.start])
    if label is None:
        return None
    if _sure(ctx, c):
        return label  # "Loch Tarn", "Kelby Cemetery": no one's name
    before = [X.low(ctx.doc, m.start - 1 - (X.low(ctx.doc, m.start - 1) == "the")) for m in ms]  # "in the X"
    if label == "GPE" and "on" in before:
        return "FAC"  # "a tent on Kelby Green": the green itself, not the district named after it
    known = ctx.norm_of(c.start, c.start + 1) in world().places
    return label if known or not PREPS.isdisjoint(before) else None


def _sure(ctx: DocCtx, c: Cand) -> bool:
    """A head word no person's or body's name has: a lead ("Loch", "Mount") or a built site's tail."""
    return c.end - c.start > 1 and (ctx.words[c.start] in LEADS or ctx.words[c.end - 1] in BUILT)


def _venue(ctx: DocCtx, ms: list[Cand], held: str) -> str | None:
    """FAC for a venue, GPE for a district, by the words around some mention (a body only with a
    site's head word: "analysts at Kelby Lynch in Leeds" work for a firm)."""
    if ctx.words[ms[0].end - 1] in ORG_HEADS - CENTRES:  # "a concert at Kelby State University": a
        return "FAC" if any(_staged_at(ctx, c) for c in ms) else None  # campus; "the Kelby Centre" a hall
    if held == "PERSON" and _landmark(ctx, ms):
        return "FAC"
    doc = ctx.doc
    for c in ms:
        at = _at(ctx, c.start)
        owned = X.low(doc, c.start - 1) in POSS and X.low(doc, c.start - 2) in OWNERS  # "the city's X"
        if owned or (at and X.low(doc, at - 1) in EVENTS):
            return "FAC"
        if ctx.words[c.end - 1] in TAILS and _town_owned_at(ctx, c.start, SETTINGS - {"in"}) is not None:
            return TAILS[ctx.words[c.end - 1]]  # "the gala at Kelby's X Theatre": FAC
        if ctx.words[c.end - 1] in CENTRES and _staged_at(ctx, c):
            return "FAC"  # "a packed audience at Kelby's Harbour Centre"
        if held == "ORG" and ctx.words[c.end - 1] not in TAILS:
            continue
        at = at if at is None or X.low(doc, at - 1) in EVENTS or ctx.toks[at - 1].pos_ not in NOUNS else None
        if c.end - c.start < 4 and _town_after(ctx, c.end) and (at or _listed(ctx, c.start)):
            return "FAC" if at else "GPE"
    return None


def _staged_at(ctx: DocCtx, c: Cand) -> bool:
    """A show at a town's name: "played for 900 fans at Leeds' Kelby Academy" (a hall, no academy)."""
    at = _town_owned_at(ctx, c.start, {"at"})
    if at is None:
        return False
    sent = ctx.toks[c.start].sent.start
    return any(w.lower() in STAGED for w in ctx.words[max(sent, at - STAGED_SPAN) : at])


def _town_owned_at(ctx: DocCtx, s: int, preps: set[str] | frozenset[str]) -> int | None:
    """The index of the preposition of `preps` before a town's possessive of one or two words that
    opens the name at token s ("at Leeds' X", "outside Kelby Bay's X"); None for none."""
    words = ctx.words
    if s < 3 or words[s - 1] not in POSS_CUT:
        return None
    for n in (1, 2):
        k = s - 2 - n
        if k < 0 or words[k] not in preps or not all(w[:1].isupper() for w in words[k + 1 : s - 1]):
            continue
        if any(p.kind in TOWNS for p in world().places.get(ctx.norm_of(k + 1, s - 1), ())):
            return k
    return None


def _landmark(ctx: DocCtx, ms: list[Cand]) -> bool:
    """A one-word name always written "the X", once alone right after "at the" or "in the" ("a gig at
    the Maracana", "filming in the Louvre"): a landmark, not a person (`_against` still asks for no
    person's signs)."""
    if ms[0].end - ms[0].start != 1 or any(X.low(ctx.doc, m.start - 1) != "the" for m in ms):
        return False
    return any(X.low(ctx.doc, m.start - 2) in SETTINGS and not _modifies(ctx, m.end) for m in ms)


def _modifies(ctx: DocCtx, e: int) -> bool:
    """Token e goes on the name's phrase: a noun or a possessive ("the Hale family", "the Hale's")."""
    return e < len(ctx.words) and (ctx.toks[e].pos_ in {"NOUN", "PROPN"} or X.low(ctx.doc, e) in POSS)


def _at(ctx: DocCtx, s: int) -> int | None:
    """The index of an "at" right before token s, or before a "the" right before it."""
    k = s - 1 if X.low(ctx.doc, s - 1) != "the" else s - 2
    return k if X.low(ctx.doc, k) == "at" else None


def _in_town(ctx: DocCtx, e: int) -> bool:
    """ "in <a town or subdivision the gazetteer knows>" right after token e."""
    if X.low(ctx.doc, e) != "in" or e + 1 >= len(ctx.words) or not ctx.words[e + 1][:1].isupper():
        return False
    for n in (3, 2, 1):
        places = world().places.get(ctx.norm_of(e + 1, min(e + 1 + n, len(ctx.words))), ())
        if places and all(p.kind in TOWNS for p in places):
            return True
    return False


def _town_after(ctx: DocCtx, e: int) -> bool:
    """ "in <town>" right after token e or after the list the name opens ("X and Y in Leeds")."""
    for k in range(e, min(e + 8, len(ctx.words))):
        word = ctx.words[k]
        if word == "in":
            return _in_town(ctx, k)
        if word not in {",", "and"} and not word[:1].isupper():
            return False
    return False


def _listed(ctx: DocCtx, s: int) -> bool:
    """The name follows ", " or "and" after an earlier "in <town>": a list of places in towns."""
    k = s - 1
    if X.low(ctx.doc, k) not in {",", "and"}:
        return False
    lo = max(0, s - 12)
    return any(X.low(ctx.doc, i) == "in" and _in_town(ctx, i) for i in range(lo, k))


def _against(ctx: DocCtx, ms: list[Cand], held: str, sure: bool) -> bool:
    """The article treats the name as a person's (a role, "Mr", "he said"; a given name first unless
    the text puts it in a town) or, unless its head word is `sure`, a body's ("X said it")."""
    if held == "PERSON" and any(given_name_first(ctx, m) for m in ms) and not _listed_any(ctx, ms):
        return True
    for m in ms:
        if m.role or fold(X.low(ctx.doc, m.start - 1)) in HONORIFICS:
            return True
        org, per, _ = X.name_evidence(ctx.doc, m.start, m.end)
        if per or (org and not sure):
            return True
    return False


def _listed_any(ctx: DocCtx, ms: list[Cand]) -> bool:
    return any(_town_after(ctx, m.end) for m in ms)


def article_ground(ctx: DocCtx, c: Cand) -> bool:
    """One singular word the model calls a person, after a preposition and "the" and before no noun
    ("the right man for the Kestenfeld", "back to the Kestenfeld."): a ground of a sports report
    (`sport`'s caller), since people take no article; no place of the gazetteer nor a title word."""
    if c.label != "PERSON" or c.end - c.start != 1 or c.start < 2 or ctx.words[c.start - 1] != "the":
        return False
    word, nxt = ctx.words[c.start], ctx.toks[c.end] if c.end < len(ctx.toks) else None
    if ctx.toks[c.start - 2].pos_ != "ADP" or word.endswith("s") or not (word.istitle() and word.isalpha()):
        return False
    if nxt is not None and nxt.pos_ in {"NOUN", "PROPN", "NUM"}:
        return False  # "the Hale era", "the Hale Cup"
    return norm(word) not in world().places and not is_title_word(word) and not gazetteer_label(norm(word))
