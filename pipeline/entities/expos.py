"""Trade shows and conferences named by a brand's word ("the Zentech conference", "delegates at
Zentech", "his annual Zentech speech"): events, not the bodies or products their names look like.

`shows` runs after the per-name vote. A name the vote made a body (of one word: a body's full
name is the host's), a person, product or work is an EVENT when its mentions set it before a
show's noun ("the X conference", "the X expo", "the X trade show", "a conference, X,"), or twice
in two ways as a yearly occasion people attend ("the annual X", "this year's X", "delegates at X",
"a speech at X"), in half its mentions at least; no mention treats it as a body (`products.body_use`: "X
said", "X's chief") or holds people ("X leaders"), and no gazetteer knows it (places host
conferences: "the Lisbon conference"). A summit is named after who meets ("the G8 summit").
`listed_events` makes EVENT the names listed after an occasion's plural noun ("smaller festivals
like X and Y", `kindlists.members`), and the members the model missed. `named_events` makes
EVENT a name of several words the text sets in apposition to an occasion's noun ("the festival's
sister event, the X"; "X, a mobile trade fair"), puts before "event" ("Hong Kong's X event") or,
ending in a fair's word ("Film Market"), attends ("films shown at the X"). No list of names:
nouns and the article's own mentions."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from pipeline.entities import candidates as C
from pipeline.entities import kindlists as KL
from pipeline.entities import lexicon as L
from pipeline.entities import products as PD
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import CUES, POSS

ABLE = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART"})  # a building is the venue's
FAIRS = frozenset({"conference", "expo", "exhibition", "convention", "fair", "symposium"})  # no "summit"
YEARLY = frozenset({"annual", "yearly"})  # "the annual X", "his annual X speech"
SEASONS = frozenset({"this", "last", "next"})  # "this year's X"
OCCASIONS = frozenset(
    {"festivals", "conferences", "expos", "exhibitions", "fairs", "conventions", "carnivals"}
)  # "festivals like X and Y"
APPOSED = frozenset({"event", "festival", "fair", "exhibition", "expo", "conference", "convention",
                     "showcase"})  # "the festival's sister event, the X"; not "show" (a TV show's)
FAIR_TAILS = frozenset(CUES["fair_tails"])  # "the X Film Market" is attended, not traded on
ATTEND = frozenset({"delegates", "visitors", "exhibitors", "attendees", "speech", "keynote", "stand",
                    "unveiled", "launched", "shown", "showed", "announced", "displayed"})  # "... at X"


def shows(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel EVENT the names of shows and conferences (see the module's doc)."""
    if ctx.sports or not ctx.parsed:
        return
    by_key = C.by_key(ctx, [c for c in cands if c.end > c.start], key_of)
    for key, ms in by_key.items():
        label = labels.get(key, ms[0].label)
        if label not in ABLE or (label == "ORG" and " " in key) or not _able(ctx, key, ms):
            continue  # a body's full name ("an Amnesty International conference") is the host's
        found = [_signs(ctx, c) for c in ms]
        signs = set().union(*found)
        if 2 * sum(map(bool, found)) < len(ms):
            continue  # "an EU conference" once, "joining the EU" thrice
        if "fair" in signs or len(signs) >= 2:
            C.relabel(ctx, ms, labels, key_of, "EVENT")


def _able(ctx: DocCtx, key: str, ms: list[Cand]) -> bool:
    """No gazetteer's name, no body's head word ("Labour Party"), no role, no body's use."""
    if L.gazetteer_label(key) or key in L.world().places or any(c.role for c in ms):
        return False
    if ctx.words[ms[0].end - 1] in L.ORG_HEADS:
        return False
    return not any(_holds_people(ctx, c.end) or (PD.body_use(ctx, c) and not _attended(ctx, c.start))
                   for c in ms)


def _attended(ctx: DocCtx, s: int) -> bool:
    """Someone is at the name as at an occasion ("delegates at X"; not "an analyst at X")."""
    return s > 1 and ctx.words[s - 1] == "at" and ctx.words[s - 2].lower() in ATTEND


def _holds_people(ctx: DocCtx, k: int) -> bool:
    """Token k is a plural noun of people ("X leaders", "X members"): the name's a body's."""
    if k >= len(ctx.toks):
        return False
    tok = ctx.toks[k]
    return tok.is_lower and tok.tag_ == "NNS" and L.role_word(tok.lemma_)


def _signs(ctx: DocCtx, c: Cand) -> set[str]:
    """The kinds of sign one mention gives of a show: "fair" (a show's noun after it), "yearly",
    "attended"."""
    words, s, e = ctx.words, c.start, c.end
    nxt = [w.lower() for w in words[e : e + 2]]
    prev = [w.lower() for w in words[max(0, s - 3) : s]]
    out = set()
    if nxt[:1] and nxt[0] in FAIRS or nxt == ["trade", "show"] or _apposed_fair(ctx, c):
        out.add("fair")
    if any(w in YEARLY for w in prev[-2:]) or (len(prev) >= 3 and prev[0] in SEASONS and prev[1] == "year"
                                                and prev[2] in POSS):
        out.add("yearly")
    if _attended(ctx, s):
        out.add("attended")
    return out


def _apposed_fair(ctx: DocCtx, c: Cand) -> bool:
    """The mention is set after a comma in apposition to a show's noun ("a mobile industry
    conference, X, which takes place in")."""
    root = ctx.root(c.start, c.end)
    after_comma = c.start > 0 and ctx.words[c.start - 1] == ","
    return root.dep_ == "appos" and root.head.lower_ in FAIRS and after_comma


def listed_events(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> list[Cand]:
    """Relabel EVENT the names listed after an occasion's plural noun ("festivals like X and Y") that
    the vote made a body, person, product or work and the gazetteer does not know (`_able`); return
    the members the model missed as new events (`kindlists.recovered`)."""
    if ctx.sports or not ctx.parsed:
        return []
    listed = KL.members(ctx, lambda tok: tok.tag_ == "NNS" and tok.lower_ in OCCASIONS)
    if not listed:
        return []
    return KL.relabel_listed(ctx, cands, labels, key_of, listed, "EVENT",
                             lambda key, ms, held, roots: held in ABLE and _able(ctx, key, ms))


def named_events(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel EVENT the names of several words the text calls an occasion (see the module's doc)."""
    if not ctx.parsed:
        return
    by_key = C.by_key(ctx, [c for c in cands if c.end - c.start > 1], key_of)
    for key, ms in by_key.items():
        label = labels.get(key, ms[0].label)
        if label in ABLE and _able(ctx, key, ms) and any(_occasion(ctx, c) for c in ms):
            C.relabel(ctx, ms, labels, key_of, "EVENT")


def _occasion(ctx: DocCtx, c: Cand) -> bool:
    """The mention is apposed to an occasion's noun, heads "event", or ends in a fair's word and is
    attended."""
    root = ctx.root(c.start, c.end)
    if c.end < len(ctx.toks) and ctx.toks[c.end].lower_ == "event" and root.head.i == c.end:
        return True  # "Hong Kong's X event"
    if root.dep_ == "appos" and _occasion_noun(root.head):
        return True  # "the festival's sister event, the X"
    if any(k.dep_ == "appos" and _occasion_noun(k, appos=True) for k in root.children):
        return True  # "X, a mobile trade fair,"
    if ctx.words[c.end - 1] not in FAIR_TAILS:
        return False
    s = c.start - 1 if c.start > 0 and ctx.words[c.start - 1].lower() == "the" else c.start
    return _attended(ctx, s) or "yearly" in _signs(ctx, c)  # "shown at the X", "this year's X"


def _occasion_noun(tok: Token, appos: bool = False) -> bool:
    """A common noun of an occasion ("event", "festival"), or "show" as a "trade show"; an apposed
    one may be tagged an adjective ("a trade fair")."""
    if not tok.is_lower or tok.pos_ not in ({"NOUN", "ADJ"} if appos else {"NOUN"}):
        return False
    return tok.lemma_ in APPOSED or (tok.lemma_ == "show" and any(k.lower_ == "trade" for k in tok.children))
