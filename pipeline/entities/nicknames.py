"""Teams named by a nickname the model left untagged in sports reports: "the" and a capitalised plural acting
as a side ("the Falcons have won four in a row", "a draw against the Hornets", "signed for the Kestrels",
"the Herons' new stadium").

`nickname_cands` finds such a plural no other name covers that is no people, place or event the gazetteer or
the article's words know ("the Italians", "the Netherlands", "the Games"), no country's last word ("the
States"), no plural of a person's name of the article ("the Hales" of the brothers) and no word of a longer
name ("the Lions Test"); a verb after it, its possessive, a match's or move's word before "the", a side's
place by a match's verb ("thrashed the Falcons 4-0": `matchclubs.side_of_match`) or a dative's ("gave the
Falcons hope") makes it a team (ORG). Its other mentions follow by the vote (the same word).
"""

from __future__ import annotations

from functools import cache

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import EVENT_WORDS, POSS_CUT
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import EVENT_HEADS, SPORT, gazetteer_label, norm
from pipeline.entities.matchclubs import side_of_match
from pipeline.entities.words import FINITE_TAGS, lower_words

BEFORE = frozenset({
    "against", "for", "over", "with", "by", "beat", "beating", "joined", "join", "joining", "face",
    "faced", "facing", "play", "played", "playing", "host", "hosted", "held", "leave", "left", "at",
})  # "a win over the Falcons", "joined the Falcons", "held the Falcons"
HEADS = frozenset(SPORT["competition_heads"]) | EVENT_WORDS | EVENT_HEADS  # "the Sevens", "the Games"


def nickname_cands(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """In a sports report, "the" and an untagged capitalised plural acting as a team: a club (ORG)."""
    if not ctx.sports or " the " not in ctx.text.lower():
        return []
    covered = {i for c in cands for i in range(c.start, c.end)}
    named = {w for c in cands for w in ctx.words[c.start : c.end]}
    words, n, out = ctx.words, len(ctx.words), []
    for i in range(n - 1):
        j = i + 1
        if words[i].lower() != "the" or j in covered or not _plural_name(ctx, j, named):
            continue
        nxt = words[j + 1] if j + 1 < n else ""
        if nxt[:1].isupper() and ctx.ws[j] == " " or ctx.in_caps(j):
            continue  # "the Lions Test": a word of a longer name
        acts = j + 1 < n and ctx.toks[j + 1].tag_ in FINITE_TAGS or nxt in POSS_CUT
        met = ctx.parsed and (ctx.toks[j].dep_ == "dative" or side_of_match(ctx.toks[j], after_the=True))
        if acts or met or i > 0 and words[i - 1].lower() in BEFORE:
            out.append(Cand(j, j + 1, "ORG", "rule", 2.0))
    return out


def _plural_name(ctx: DocCtx, j: int, named: set[str]) -> bool:
    """A capitalised plural no gazetteer, event's head or lower-case use of the article knows, that
    no name of the article holds in its singular ("Hale" of "the Hales")."""
    word = ctx.words[j]
    if len(word) < 4 or not (word.istitle() and word.isalpha()) or word[-1] != "s" or word[-2] == "s":
        return False
    if word in HEADS or word.lower() in lower_words(ctx) or word[:-1] in named:
        return False
    places, key = world().places, norm(word)
    if key in _country_tails():
        return False  # "the States", "the Emirates": a country's name cut to its last word
    return not any(gazetteer_label(norm(w)) or norm(w) in places for w in (word, word[:-1]))


@cache
def _country_tails() -> frozenset[str]:
    """The last words of the countries' names of more than one word, as keys ("states")."""
    return frozenset(k.rsplit(" ", 1)[1] for k, label in world().label.items() if label == "GPE" and " " in k)
