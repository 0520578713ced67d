"""Clubs the model leaves untagged inside a player's or manager's title ("Arsenal manager Arsene
Wenger", "Aston Villa striker Tom Hale") in a sports report, and their other mentions.

The proper nouns right before a team's cue noun (`team_cues`: manager, boss, striker, coach...)
that comes before a person's name are a team (ORG), when the model tagged none of them, none is a
country or nationality (national sides are places), a title word or a word the article writes in
lower case ("Former manager", "assistant"). Each other mention of a one-word club, standing alone
between lower-case words ("Arsenal go into the game"), is the club too.
"""

from __future__ import annotations

from pipeline.entities import candidates as C
from pipeline.entities import lexicon as L
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand

TEAM_CUES = frozenset(L.SPORT["team_cues"])
LONGEST = 3  # words of a club's name ("Queens Park Rangers")
WEIGHT = 3.0


def role_teams(ctx: C.DocCtx) -> list[Cand]:
    """Clubs named in a title before a person's name, with their lone other mentions (see the
    module's doc); only in a sports report."""
    if not ctx.sports:
        return []
    lower = W.lower_words(ctx)
    proper = {t.text for t in ctx.toks if t.pos_ == "PROPN"}  # "Arsenal" (an adjective at one start)
    out: list[Cand] = []
    for i in range(1, len(ctx.words) - 1):
        if ctx.words[i] not in TEAM_CUES or not _named_after(ctx, i + 1):
            continue
        s = i
        while s > 0 and i - s < LONGEST and _club_word(ctx, s - 1, lower, proper):
            s -= 1
        if s < i and not _joined(ctx, s):
            out.append(Cand(s, i, "ORG", "rule", WEIGHT))
    return out + _lone_mentions(ctx, out)


def _club_word(ctx: C.DocCtx, k: int, lower: set[str], proper: set[str]) -> bool:
    """A proper noun of a club's name: capitalised, untagged, a proper noun somewhere in the article
    (`proper`), no place of a nation, title word or word the article writes in lower case."""
    tok = ctx.toks[k]
    word = tok.text
    return (
        tok.is_title and tok.is_alpha and word in proper and not tok.ent_type_
        and word.lower() not in lower and not L.is_title_word(word)
        and L.gazetteer_label(L.norm(word)) is None
    )


def _joined(ctx: C.DocCtx, s: int) -> bool:
    """The run goes on left of s: a longer capitalised name ("Ryman League Arsenal")."""
    return s > 0 and ctx.words[s - 1][:1].isupper() and not ctx.toks[s].is_sent_start


def _named_after(ctx: C.DocCtx, k: int) -> bool:
    """A person's name at k: a capitalised word the model calls a person's."""
    return k < len(ctx.toks) and ctx.toks[k].is_title and ctx.toks[k].ent_type_ == "PERSON"


def _lone_mentions(ctx: C.DocCtx, found: list[Cand]) -> list[Cand]:
    """Other mentions of the one-word clubs found, between words that are not capitalised."""
    names = {ctx.words[c.start] for c in found if c.end - c.start == 1}
    starts = {c.start for c in found}
    out = []
    for i, w in enumerate(ctx.words):
        if w in names and i not in starts and not ctx.toks[i].ent_type_ and C.alone(ctx, i):
            out.append(Cand(i, i + 1, "ORG", "rule", WEIGHT / 2))
    return out
