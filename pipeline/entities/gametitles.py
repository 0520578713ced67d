"""Video games' titles the model took for people, bodies or places, in a story of video games.

`game_titles` runs after the per-name vote, beside `films.game_works` and under its test of a games
story (`films.games_story`: gamers, gaming, consoles; no sports report). A name voted a person, a
body or a place is a game, a WORK_OF_ART like the titles `films.game_works` finds, when a mention:

- is listed after the plural "games" or "titles" ("classic games such as Quarnix, Tide Farm and Moss
  Hollow", "titles like Vela Rising", "games of the last decade such as Quarnix"), read from the
  parse (`kindlists.members`);
- follows the noun "game" or "title" in lower case ("the strategy game Tide Farm", "its launch title
  Moss Hollow");
- is the modifier of "game" after "the" with no name after it ("the Tide Farm game for phones");
- stands on one side of a colon whose other side is a game's name ("Tide Farm: Harvest Moon").

No mention may read as a body's, a person's or a place's (`films.category_able`: no gazetteer place,
no role, no acronym, no body's head or use, no "'s" after it, no person's sign), and a list with a
body in it is a list of bodies ("portals that offer games, like KLX and Zorvan"). No list of titles:
the parse, the nouns "game(s)" and "title(s)" and the article's own mentions. Token indices only.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from pipeline.entities import films as FL
from pipeline.entities import kindlists as KL
from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel

WORK = "WORK_OF_ART"
LIST_NOUNS = frozenset({"games", "titles"})  # "games such as X and Y", "titles like X"
HEAD_NOUNS = frozenset({"game", "title"})  # "the puzzle game X", "launch title X"


def game_titles(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel WORK_OF_ART the names a games story lists as games or calls a game (see the module);
    no new names: a member the model missed may be half a title ("Black and White")."""
    if not ctx.parsed or not FL.games_story(ctx):
        return
    listed = KL.members(ctx, _games) | _of_lists(ctx)
    groups = by_key(ctx, [c for c in cands if c.end > c.start], key_of)
    memo: dict[str, bool] = {}

    def able(key: str) -> bool:  # asked only of the names a rule reaches (a person's test reads the text)
        if key not in memo:
            ms = groups[key]
            memo[key] = labels.get(key, ms[0].label) in FL.LISTABLE and FL.category_able(ctx, key, ms)
        return memo[key]

    roots = {k: _roots(ctx, ms) for k, ms in groups.items()}
    bodies = {listed[r] for k, ms in groups.items() if labels.get(k, ms[0].label) == "ORG"
              for r in roots[k] if r in listed and not able(k)}  # "portals with games, like Acme and Zorvan"
    for key, ms in groups.items():
        games = any(r in listed and listed[r] not in bodies for r in roots[key])
        if (games or any(_called(ctx, c) for c in ms)) and able(key):
            relabel(ctx, ms, labels, key_of, WORK)
    _subtitles(ctx, groups, labels, key_of, able)


def _subtitles(ctx: DocCtx, groups: dict[str, list[Cand]], labels: dict[str, str], key_of: Callable,
               able: Callable[[str], bool]) -> None:
    """A name on one side of a colon whose other side is a game's name is part of its title, a game
    too ("Tide Farm: Harvest Moon" with "Tide Farm" a work: both)."""
    words = ctx.words
    starts = {c.start: k for k, ms in groups.items() for c in ms}
    for key, ms in groups.items():
        for c in ms:
            other = starts.get(c.end + 1) if c.end < len(words) and words[c.end] == ":" else None
            if other is None or ctx.toks[c.end].whitespace_ == "" or ctx.toks[c.end + 1].is_sent_start:
                continue
            for a, b in ((key, other), (other, key)):
                if labels.get(a) == WORK and labels.get(b) != WORK and able(b):
                    relabel(ctx, groups[b], labels, key_of, WORK)


def _roots(ctx: DocCtx, ms: list[Cand]) -> set[int]:
    """The root token of each mention."""
    return {ctx.root(c.start, c.end).i for c in ms}


def _of_lists(ctx: DocCtx) -> dict[int, int]:
    """Members of the lists the parse hangs on the object of "of" after "games" ("games of the last
    decade such as A and B"): token index -> the index of "games"."""
    out: dict[int, int] = {}
    for i in KL.list_nouns(ctx):
        tok = ctx.toks[i]
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and _games(tok.head.head):
            found: dict[int, int] = {}
            KL.list_members(tok, found)
            out |= dict.fromkeys(found, tok.head.head.i)
    return out


def _games(tok: Token) -> bool:
    """The plural "games" or "titles" in lower case."""
    return tok.text in LIST_NOUNS and tok.tag_ == "NNS"


def _called(ctx: DocCtx, c: Cand) -> bool:
    """ "game X" or "title X" ("the puzzle game X"), or "the X game" with no name after it."""
    words, s, e = ctx.words, c.start, c.end
    if s > 0 and words[s - 1] in HEAD_NOUNS and ctx.toks[s - 1].pos_ == "NOUN":
        return True
    after = words[e + 1] if e + 1 < len(words) else ""
    led = s > 0 and words[s - 1].lower() == "the"
    ends = words[e : e + 1] == ["game"] and ctx.toks[e].dep_ != "compound"  # not "the X game network"
    return led and ends and not after[:1].isupper()
