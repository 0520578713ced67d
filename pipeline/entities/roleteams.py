"""Clubs the model leaves untagged inside a player's or manager's title ("Arsenal manager Arsene
Wenger", "Aston Villa striker Tom Hale") in a sports report, and their other mentions.

The proper nouns right before a team's cue noun (`team_cues`: manager, boss, striker, coach...)
or a player's position ("hooker", "scrum-half", "wing") that comes before a person's name are a
team (ORG), when the model tagged none of them, none is a country or nationality (national sides
are places), a title word or a word the article writes in lower case ("Former manager",
"assistant"). Each other mention of a one-word club, standing alone between lower-case words
("Arsenal go into the game"), is the club too. `role_parties` reads the same way the party before a
member's post in any report ("Labour MP Tom Hale").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.entities import candidates as C
from pipeline.entities import institutions as IN
from pipeline.entities import lexicon as L
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand

if TYPE_CHECKING:
    from spacy.tokens import Token

TEAM_CUES = frozenset(L.SPORT["team_cues"]) | {"captain", "chairman"}  # "Leeds captain" X
NOT_PLAYERS = frozenset(L.SPORT["not_players"])  # "fans", "defence": no position a player holds
POSITIONS = (frozenset(L.SPORT["named_positions"]) | frozenset(L.SPORT["team_roles"])) - NOT_PLAYERS
# a player's position before his name: "Millbrook hooker Tom Hale", "Millbrook scrum-half Ivo Moss"
PARTY_CUES = W.MEMBER_ACRONYMS | {
    "peer",
    "peers",
    "backbencher",
    "backbenchers",
    "councillor",
    "councillors",
}  # a party's member: "Labour MP" X
PARTY_POSTS = PARTY_CUES | {"leader", "chairman", "spokesman", "spokeswoman", "candidate"}
# a party's post before a person's name: "Tory leader Tom Hale"; not before a seat ("leader for")
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
        if not _named_after(ctx, _cue_end(ctx, i)):
            continue
        s = i
        while s > 0 and i - s < LONGEST and _club_word(ctx, s - 1, lower, proper):
            s -= 1
        opener = ctx.words[i] not in TEAM_CUES and _opener_only(ctx, s)  # "Replacement hooker X"
        if s < i and not _joined(ctx, s) and not opener:
            out.append(Cand(s, i, "ORG", "rule", WEIGHT))
    return out + _lone_mentions(ctx, out)


def _cue_end(ctx: C.DocCtx, i: int) -> int:
    """The index after a team's cue noun or a player's position at i, hyphened or not ("manager",
    "hooker", "scrum-half" of three tokens), else -1."""
    words = ctx.words
    if words[i] in TEAM_CUES or words[i] in POSITIONS:
        return i + 1
    joined = i + 2 < len(words) and words[i + 1] == "-" and f"{words[i]}-{words[i + 2]}" in POSITIONS
    return i + 3 if joined else -1


def _opener_only(ctx: C.DocCtx, s: int) -> bool:
    """The word at s opens its sentence or line, and the article writes it nowhere else capitalised
    inside a sentence, nor does the gazetteer know it as a place: maybe a common word."""
    tok, word = ctx.toks[s], ctx.words[s]
    if not (tok.is_sent_start or s == 0 or "\n" in ctx.ws[s - 1]) or L.known_place(L.fold(word)):
        return False
    return not any(w == word and not ctx.toks[k].is_sent_start for k, w in enumerate(ctx.words) if k != s)


def role_parties(ctx: C.DocCtx) -> list[Cand]:
    """The party named by one untagged proper noun right before a member's post (`PARTY_CUES`) and a
    person's name or "for" and a seat ("Labour MP Tom Hale", "Green MEP Ann Lee", "the Labour MP for
    Norvik"), or before a party's post (`PARTY_POSTS`) and a name ("Tory leader Lord Hale"): no place,
    title, honorific or word the article writes in lower case ("Local councillor"). A party's
    adjective counts too (`_party_adjective`: "Conservative leader Ann Lee")."""
    if PARTY_POSTS.isdisjoint(ctx.words):
        return []
    lower, out = W.lower_words(ctx), []
    for i in range(1, len(ctx.words) - 2):
        word = ctx.words[i]
        member, p = word in PARTY_CUES, i - 1 - 2 * _co_post(ctx, i)  # "Tory co-chairman"
        if word not in PARTY_POSTS or p < 0 or not (
            _party_word(ctx, p, lower) or _party_adjective(ctx, p, lower, member)
        ):
            continue
        if _named_after(ctx, i + 1) or _honoured_after(ctx, i + 1) or member and _member_named(ctx, i + 1):
            out.append(Cand(p, p + 1, "ORG", "rule", WEIGHT))
    return out


def member_party(ctx: C.DocCtx, c: Cand) -> bool:
    """A body's or people's name right before a member's post ("Labour" MP, "Tory" peer): the party
    holding the seat is a name, though a title word elsewhere ("Labour Minister")."""
    return c.label in {"ORG", "NORP"} and c.end < len(ctx.words) and ctx.words[c.end] in PARTY_CUES


def _party_word(ctx: C.DocCtx, k: int, lower: set[str]) -> bool:
    """A party's one-word name at k: an untagged proper noun, no place, title or common lower word."""
    tok = ctx.toks[k]
    key = L.fold(tok.text)
    return (
        tok.is_title
        and tok.is_alpha
        and tok.pos_ == "PROPN"
        and not tok.ent_type_
        and not tok.is_stop
        and tok.lower_ not in lower
        and not W.participle(tok.lower_)
        and not L.is_title(key)
        and key not in L.HONORIFICS
        and key not in L.ROLE_MODIFIERS
        and not L.known_place(key)
        and not ctx.in_caps(k)
        and not (k > 0 and ctx.words[k - 1][:1].isupper() and not tok.is_sent_start)  # "Plaid Cymru"
    )


def _party_adjective(ctx: C.DocCtx, k: int, lower: set[str], member: bool = False) -> bool:
    """A party's name read as an adjective or tagged a body ("Conservative" leader, "Labour" peer at a
    sentence's start): capitalised, no place, people, title or word the article writes in lower case,
    nor the end of a longer name ("Blue and White"); and a known institution's name
    (`institutions.NAMED`), tagged a body, before a member's post (at a sentence's start no common
    adjective: "Labour peer") or written in the plural elsewhere ("the Greens")."""
    tok = ctx.toks[k]
    if tok.pos_ not in {"ADJ", "PROPN"} or tok.ent_type_ not in {"", "ORG", "NORP"} or tok.is_stop:
        return False
    key = L.fold(tok.text)
    if not (tok.is_title and tok.is_alpha) or tok.lower_ in lower or L.is_title(key) or key in L.HONORIFICS \
            or key in L.ROLE_MODIFIERS or L.gazetteer_label(L.norm(tok.text)) is not None or ctx.in_caps(k):
        return False
    if _joined_name(ctx, k):
        return False
    if L.norm(tok.text) in IN.NAMED or tok.ent_type_ == "ORG":
        return True
    if member and not (tok.is_sent_start and (W.adjective(key) or W.participle(tok.lower_))):
        return True
    return tok.text + "s" in ctx.words


def _joined_name(ctx: C.DocCtx, k: int) -> bool:
    """Token k ends a longer name: a capitalised word before it inside a sentence ("Liberal Democrat"),
    or one and "and" or "&" ("Blue and White")."""
    words, start = ctx.words, ctx.toks[k].is_sent_start
    if k > 0 and words[k - 1][:1].isupper() and not start:
        return True
    return not start and k > 1 and words[k - 1] in {"and", "&"} and words[k - 2][:1].isupper()


def _co_post(ctx: C.DocCtx, i: int) -> bool:
    """The post at i is written "co-" and its noun ("co-chairman")."""
    return i > 2 and ctx.words[i - 1] == "-" and ctx.words[i - 2].lower() == "co"


def _honoured_after(ctx: C.DocCtx, k: int) -> bool:
    """An honorific and a capitalised name at k ("Lord Hale", "Dr Lee")."""
    return k + 1 < len(ctx.toks) and L.fold(ctx.words[k]) in L.HONORIFICS and ctx.toks[k + 1].is_title


def _member_named(ctx: C.DocCtx, k: int) -> bool:
    """A person's name at k, or "for" and a capitalised seat ("MP for Norvik")."""
    nxt = ctx.toks[k + 1] if k + 1 < len(ctx.toks) else None
    return _named_after(ctx, k) or (ctx.words[k] == "for" and nxt is not None and nxt.is_title)


def _club_word(ctx: C.DocCtx, k: int, lower: set[str], proper: set[str]) -> bool:
    """A proper noun of a club's name: capitalised, untagged, a proper noun somewhere in the article
    (`proper`) or a word the tagger read as another word (`_read_common`: "Arsenal" boss, tagged an
    adjective); no nation, title word or word the article
    writes in lower case. A town is the club ("Bolton" boss)."""
    tok = ctx.toks[k]
    word = tok.text
    return (
        tok.is_title
        and tok.is_alpha
        and not tok.ent_type_
        and (word in proper or _read_common(tok))
        and word.lower() not in lower
        and not L.is_title_word(word)
        and L.gazetteer_label(L.norm(word)) is None
    )


def _read_common(tok: Token) -> bool:
    """A capitalised word the tagger read as an adjective, noun or present verb ("Leeds"), no stop
    word, role modifier, participle or common adjective: a club's name the tagger missed ("Arsenal"
    boss), not "New", "Former" or "Sacked"."""
    low = tok.lower_
    return (
        (tok.pos_ in {"ADJ", "NOUN"} or tok.tag_ in {"VBZ", "VBP"})
        and not tok.is_stop
        and L.fold(low) not in L.ROLE_MODIFIERS
        and L.fold(low) not in L.TITLE_MODIFIERS
        and not W.participle(low)
        and not W.adjective(low)
    )


def _joined(ctx: C.DocCtx, s: int) -> bool:
    """The run goes on left of s: a longer capitalised name ("Ryman League Arsenal")."""
    return s > 0 and ctx.words[s - 1][:1].isupper() and not ctx.toks[s].is_sent_start


def _named_after(ctx: C.DocCtx, k: int) -> bool:
    """A person's name at k: a capitalised word the model calls a person's."""
    return 0 <= k < len(ctx.toks) and ctx.toks[k].is_title and ctx.toks[k].ent_type_ == "PERSON"


def _lone_mentions(ctx: C.DocCtx, found: list[Cand]) -> list[Cand]:
    """Other mentions of the one-word clubs found, between words that are not capitalised."""
    names = {ctx.words[c.start] for c in found if c.end - c.start == 1}
    starts = {c.start for c in found}
    out = []
    for i, w in enumerate(ctx.words):
        if w in names and i not in starts and not ctx.toks[i].ent_type_ and C.alone(ctx, i):
            out.append(Cand(i, i + 1, "ORG", "rule", WEIGHT / 2))
    return out
