"""Consoles a games story uses as a game's platform, and games it names as played on one.

`platforms` runs after the per-name vote, after `techthings`, in no sports report. In a story of
video games (`films.games_story`) a name voted a body, a work, a person, a place, a people or a law
is a PRODUCT (a console, a device) when a mention is used as a platform (in any other story of
computers, `software.computing_story`, only the pronoun's sign counts: "their Vela"):

- the object of "on" or "for" after "the" ("out now for the Vela", "games on the Kestrel 2"),
  or of "on" after a verb of release or play ("released in May on Vela", "playing it on Vela"),
  the name ending its noun phrase, or of "compatible with" ("games compatible with the Vela");
- owned by a person's possessive pronoun ("they have their Vela, their phone");
- "the X's" before a game's noun ("the Vela's games");
- apposed to a console's noun ("the Vela, a pocket console"; "the new consoles, Vela 2 and ...");
- before a controller's noun ("the Vela joypad").

A name voted a product, a body or a law is a game (WORK_OF_ART, the project's label for a game's
title) when a mention is called one: after a game's noun in lower case ("the console game Tide
Farm"), apposed to one ("its new shooter, Tide Farm 2"), or, carrying a sequel's number, followed by
"for" or "on" and a platform of the article ("Tide Farm 2 for the Vela").

No mention of a platform may act as a body (`products.body_use`: "X said", "X's chief") or a person
("Mr X") or hold a role; no name of a place the gazetteer knows, no body's or building's head, no
acronym of letters only voted a body ("for the KLX"). No list of names: cue words, the parse and the
article's own mentions. Token indices throughout.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from pipeline.entities import films as FL
from pipeline.entities import products as PD
from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.evidence import FACILITY_HEADS, POSS
from pipeline.entities.lexicon import HONORIFICS, ORG_HEADS, fold, gazetteer_label, known_place
from pipeline.entities.sequels import SEQUEL_NUMBERS
from pipeline.entities.software import computing_story

PRODUCT = "PRODUCT"
WORK = "WORK_OF_ART"
ABLE = frozenset({"ORG", "PERSON", "GPE", "LOC", "NORP", "LAW", WORK})  # labels a console's name may get
GAME_ABLE = frozenset({PRODUCT, "ORG", "LAW"})  # labels a game's title may get that `gametitles` leaves
CONSOLES = frozenset({"console", "consoles", "handheld", "handhelds"})  # "the Vela, a pocket console"
CONTROLLERS = frozenset({"controller", "controllers", "joypad", "joypads", "gamepad", "gamepads"})
GAME_NOUNS = frozenset({"game", "games", "titles"})  # "the Vela's games"
CALLED = frozenset({"game", "title", "shooter", "sequel"})  # "the console game X", "its new shooter, X"
PLATFORM_PREPS = frozenset({"on", "for"})
RELEASES = frozenset({"release", "play", "available"})  # "released in May on X"; not "launch": a service's
PLATFORM_HEADS = frozenset({"game", "games", "title", "titles", "version", "versions"})  # "games for the X"
PRONOUNS = frozenset({"my", "your", "his", "her", "our", "their"})  # a person's: "their Vela"


def platforms(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel the consoles and the games a games story names by their use (see the module)."""
    if not ctx.parsed or ctx.sports:
        return
    games = FL.games_story(ctx)
    if not games and not computing_story(ctx):
        return
    groups = by_key(ctx, [c for c in cands if c.end > c.start], key_of)
    titles = {c.end for k, ms in groups.items() for c in ms if _titled(ctx, c, labels.get(k, c.label))}
    used = _platform if games else _owned  # a computing story's only sign: "their X"
    uses: dict[str, bool] = {}  # key -> a mention used so: both loops ask, the answer reads no label

    def used_as(key: str, ms: list[Cand]) -> bool:
        if key not in uses:
            uses[key] = any(used(ctx, c, titles) for c in ms)
        return uses[key]

    for key, ms in groups.items():
        label = labels.get(key, ms[0].label)
        if label in ABLE and used_as(key, ms) and _able(ctx, key, ms, label):
            relabel(ctx, ms, labels, key_of, PRODUCT)
    if not games:
        return
    starts = {c.start for k, ms in groups.items() if labels.get(k, ms[0].label) == PRODUCT for c in ms}
    for key, ms in groups.items():
        label = labels.get(key, ms[0].label)
        if label not in GAME_ABLE or used_as(key, ms):  # a games story: `used` is `_platform`
            continue
        if not _game_able(ctx, key, ms):
            continue
        if any(_called(ctx, c) or _played_on(ctx, c, starts) for c in ms):
            relabel(ctx, ms, labels, key_of, WORK)


def _able(ctx: DocCtx, key: str, ms: list[Cand], label: str) -> bool:
    """A name that may be a console's: no place the gazetteer knows, no body's or building's head,
    no letters-only acronym voted a body, no mention with a role or acting as a body or a person."""
    if gazetteer_label(key) or known_place(key):
        return False
    last, first = ctx.words[ms[0].end - 1], ctx.words[ms[0].start]
    if last in ORG_HEADS or last in FACILITY_HEADS:
        return False
    one_word = ms[0].end - ms[0].start == 1
    if label == "ORG" and one_word and len(first) > 2 and first.isalpha() and first.isupper():
        return False
    if any(c.role or c.src in {"def", "dateline", "lineup", "cue"} for c in ms):
        return False
    return not any(PD.body_use(ctx, c) or _personal(ctx, c) for c in ms)


def _game_able(ctx: DocCtx, key: str, ms: list[Cand]) -> bool:
    """A name that may be a game's title: no place the gazetteer knows, no mention with a role or
    acting as a body or a person (a code in it may stand: "Tide Farm 2")."""
    if gazetteer_label(key) or known_place(key):
        return False
    return not any(c.role or PD.body_use(ctx, c) or _personal(ctx, c) for c in ms)


def _personal(ctx: DocCtx, c: Cand) -> bool:
    """An honorific before the mention ("Mr X")."""
    return c.start > 0 and fold(ctx.words[c.start - 1]) in HONORIFICS


def _titled(ctx: DocCtx, c: Cand, label: str) -> bool:
    """The mention is a game's title: a work's or one with a sequel's number ("Tide Farm 2")."""
    return label == WORK or (c.end - c.start > 1 and ctx.words[c.end - 1] in SEQUEL_NUMBERS)


def _platform(ctx: DocCtx, c: Cand, titles: set[int]) -> bool:
    """The mention is used as a game's platform (see the module); `titles`: where games' titles end."""
    words, s, e = ctx.words, c.start, c.end
    nxt = words[e] if e < len(words) else ""
    prev = words[s - 1].lower() if s > 0 else ""
    if nxt.lower() in CONTROLLERS and ctx.toks[e].is_lower:  # "the Vela joypad"
        return True
    if nxt in POSS and prev == "the" and words[e + 1 : e + 2] and words[e + 1] in GAME_NOUNS:
        return True  # "the Vela's games"
    root = ctx.root(s, e)
    if _owned(ctx, c, titles):
        return True  # "their Vela"
    if any(k.dep_ == "appos" and _console(k) for k in root.children) or (
            root.dep_ == "appos" and _console(root.head)) or _after_noun(ctx, c, CONSOLES):
        return True  # "the Vela, a pocket console", "the new consoles, Vela 2, ..."
    return root.dep_ == "pobj" and _ends(ctx, e) and _on_platform(ctx, s, root.head, titles)


def _owned(ctx: DocCtx, c: Cand, titles: set[int]) -> bool:
    """A person's possessive pronoun before the mention, the name ending its noun phrase ("their
    Vela"); `titles` unread (the signature of `_platform`)."""
    s, e = c.start, c.end
    prev = ctx.words[s - 1].lower() if s > 0 else ""
    if prev not in PRONOUNS or not _ends(ctx, e):
        return False
    return any(k.lower_ == prev and k.dep_ == "poss" for k in ctx.root(s, e).children)


def _on_platform(ctx: DocCtx, s: int, prep: Token, titles: set[int]) -> bool:
    """ "on/for the X", or "on X" after a verb of release or play or a game's title ("Tide Farm 2
    on Vela"), or "compatible with X"."""
    head = prep.head  # no body's people: "a spokesman for the X"
    if prep.lower_ == "with" and head.lower_ == "compatible":  # "compatible with the X"
        return True
    if prep.lower_ not in PLATFORM_PREPS:
        return False
    if s > 1 and ctx.words[s - 1].lower() == "the" and prep.i == s - 2:
        return head.pos_ in {"VERB", "AUX", "ADJ"} or head.lower_ in PLATFORM_HEADS or prep.i in titles
    bare = prep.lower_ == "on" and prep.i == s - 1
    return bare and (head.lemma_.lower() in RELEASES or prep.i in titles)


def _after_noun(ctx: DocCtx, c: Cand, nouns: frozenset[str]) -> bool:
    """The name follows one of `nouns` in lower case and a comma and ends its clause ("its new
    shooter, X 2.", "the new consoles, X 2, is"): apposed to the noun, as the parse may miss."""
    words, s, e = ctx.words, c.start, c.end
    if s < 2 or words[s - 1] != "," or not ctx.toks[s - 2].is_lower or words[s - 2] not in nouns:
        return False
    return e >= len(words) or words[e] in {",", ".", ";", ")"}


def _ends(ctx: DocCtx, e: int) -> bool:
    """The name ends its noun phrase: no noun or name right after it."""
    return e >= len(ctx.words) or ctx.toks[e].pos_ not in {"NOUN", "PROPN", "NUM"}


def _console(tok: Token) -> bool:
    """A console's noun in lower case ("a pocket console")."""
    return tok.is_lower and tok.lower_ in CONSOLES


def _called(ctx: DocCtx, c: Cand) -> bool:
    """After a game's noun in lower case ("the console game X") or apposed to one ("its new
    shooter, X 2")."""
    s = c.start
    if s > 0 and ctx.toks[s - 1].is_lower and ctx.words[s - 1] in CALLED and ctx.toks[s - 1].pos_ == "NOUN":
        return True
    root = ctx.root(s, c.end)
    return (root.dep_ == "appos" and root.head.is_lower and root.head.lower_ in CALLED) or _after_noun(
        ctx, c, CALLED)


def _played_on(ctx: DocCtx, c: Cand, starts: set[int]) -> bool:
    """A title with a sequel's number followed by "for"/"on" and a platform of the article ("Tide
    Farm 2 for the Vela")."""
    words, e = ctx.words, c.end
    numbered = e - c.start > 1 and words[e - 1] in SEQUEL_NUMBERS
    if not numbered or e >= len(words) or words[e] not in PLATFORM_PREPS:
        return False
    at = e + 2 if words[e + 1 : e + 2] == ["the"] else e + 1
    return at in starts
