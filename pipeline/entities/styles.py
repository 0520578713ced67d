"""Peers and royals: "the Duke of Kelby" as one person by the seat alone, and the canonical name that
keeps the rank British usage names them by ("Lord Hale", "Prince Tom"), while the mentions leave the
rank out as they leave out "Mr" (the CoNLL convention).
"""

from __future__ import annotations

from collections import Counter

from pipeline.entities import lexicon as L
from pipeline.entities import titledvenues as TVN
from pipeline.entities import wholes as WH
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.gazetteer import WORLD

ROYAL_STYLES = frozenset(WORLD["royal_styles"])  # "Prince", "Queen": a royal's rank before the name
STYLES = ROYAL_STYLES | L.PEERAGES  # the ranks a canonical name keeps ("Lord Hale")
SEAT_RANKS = frozenset(WORLD["seat_ranks"])  # "the Duke of Kelby": a person named by the seat alone
_SITES = frozenset(L.CUES["facility_heads"]) | frozenset(L.CUES["site_tails"])
PLACE_ENDS = frozenset(L.CUES["class_nouns"]) | {w.lower() for w in _SITES | TVN.HEADS}  # "Theatre"
SOVEREIGNS = frozenset({"King", "Queen", "Emperor", "Empress"})  # "the Queen": the reigning one
STYLE_CUES = frozenset({"title", "titles", "become", "becomes", "became", "style", "styled"})  # no person
PRIZE_NOUNS = frozenset(L.CUES["prize_nouns"])  # "the Duke of Kelby award": a prize named after the seat


def seat_cands(ctx: DocCtx) -> list[Cand]:
    """A rank, "of" and a place of one to three capitalised words ("the Duke of Kelby", "Countess of
    Upper Marsh"): one person, the rank part of the name; none in a longer name ("the Duke of
    Kelby's Award", "Prince of Kelby Theatre"), before a prize's noun ("the Duke of Kelby award"),
    after a word that names a style, nor in capitals."""
    words, toks, out = ctx.words, ctx.toks, []
    if SEAT_RANKS.isdisjoint(words):
        return out
    for i in [i for i, w in enumerate(words[:-2]) if w in SEAT_RANKS and words[i + 1] == "of"]:
        e = i + 2
        while e < min(i + 5, len(words)) and WH.peer_word(toks[e]) and "\n" not in ctx.ws[e - 1]:
            e += 1
        if any(toks[k].lower_ in PLACE_ENDS for k in range(i + 2, e)):
            continue  # "the Prince of Kelby Theatre": a building's name
        if e < len(words) and words[e] in PRIZE_NOUNS:
            continue  # "the Duke of Kelby award scheme": a prize named after the seat
        if e == i + 2 or ctx.in_caps(i) or _longer(ctx, e) or _named_style(ctx, i):
            continue
        out.append(Cand(i, e, "PERSON", "cue", 2.0))
    return out


def monarch_cands(ctx: DocCtx) -> list[Cand]:
    """"the Queen", "the King" with no name, seat nor longer name after them ("the Queen said", "the
    King's visit"; not "the Queen Mother", "the King of Kelby", "the Queen's Speech"): the reigning
    monarch, a person, the mention the rank alone; none where the rank opens a name elsewhere ("King
    Tom", "King Tom Airbase"), which "the King" may stand for."""
    words, out = ctx.words, []
    named = {w for i, w in enumerate(words[:-1]) if w in SOVEREIGNS and words[i + 1][:1].isupper()}
    bare = SOVEREIGNS - named
    for i in [i for i, w in enumerate(words) if w in bare and i and words[i - 1].lower() == "the"]:
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if nxt == "of" or _longer(ctx, i + 1) or ctx.in_caps(i) or ctx.toks[i].dep_ == "compound":
            continue
        out.append(Cand(i, i + 1, "PERSON", "cue", 2.0))
    return out


def ranked_tails(ctx: DocCtx, model: list[Cand]) -> list[Cand]:
    """The model's names cut before a rank that opens the next name and before the posts right before
    it ("Kelvish Treasurer Lord" of "former Kelvish Treasurer Lord Hale": "Kelvish", no person but a
    party's or a people's word); none when only posts are left."""
    words, out = ctx.words, []
    for c in model:
        e = c.end - 1
        if c.end - c.start > 1 and words[e] in STYLES and c.end < len(words) and words[c.end][:1].isupper():
            while e > c.start and L.role_word(words[e - 1].lower()):
                e -= 1
            if e == c.start:
                continue
            c.end = e
            if c.label == "PERSON":
                c.label = L.gazetteer_label(ctx.norm_of(c.start, e)) or "ORG"
        out.append(c)
    return out


def _named_style(ctx: DocCtx, i: int) -> bool:
    """The rank at `i` is a style given or taken, no person ("took the title (HRH) Duchess of Kelby",
    "will become Princess of Kelby")."""
    k = i - 1
    while k >= 0 and L.fold(ctx.words[k]) in L.HONORIFICS:
        k -= 1
    return k >= 0 and (ctx.toks[k].lemma_ in STYLE_CUES or ctx.words[k] in STYLE_CUES)


def unstyled(cands: list[Cand], ctx: DocCtx) -> list[Cand]:
    """`cands` less the names other than people that open with a rank or an honorific after a word
    that names a style: a style ("the title HRH Duchess of Kelby"), no work nor body."""
    return [c for c in cands if c.label == "PERSON" or not _style_named(ctx, c.start)]


def _style_named(ctx: DocCtx, s: int) -> bool:
    """A rank or an honorific at `s` right after a word that names a style ("the title HRH ...")."""
    first = ctx.words[s]
    ranked = first in STYLES or first in SEAT_RANKS or L.fold(first) in L.HONORIFICS
    return ranked and s > 0 and ctx.words[s - 1] in STYLE_CUES


def _longer(ctx: DocCtx, e: int) -> bool:
    """The seat goes on into a longer name: a capitalised word after it, or after its "'s"."""
    words = ctx.words
    nxt = e + 1 if e < len(words) and words[e] in {"'s", "\u2019s"} else e
    return nxt < len(words) and words[nxt][:1].isupper() and not ctx.toks[nxt].is_sent_start


def styled(ctx: DocCtx, ms: list[Cand], name: str) -> str:
    """`name` with the rank written right before its mentions of that very form, the most used one
    ("Lord Hale" for "Hale", "Lord Hale of Kirkby"); as it is when no such rank precedes it, or the
    name holds one already ("Duke of Kelby")."""
    if name.split(" ", 1)[0] in STYLES:
        return name
    ranks = Counter(ctx.words[c.start - 1] for c in ms if c.start > 0 and _styled_at(ctx, c, name))
    return f"{ranks.most_common(1)[0][0]} {name}" if ranks else name


def _styled_at(ctx: DocCtx, c: Cand, name: str) -> bool:
    """Mention `c` reads `name` and a rank stands right before it, in plain text ("Lord Hale")."""
    k = c.start - 1
    rank = ctx.words[k]
    return rank in STYLES and ctx.span_text(c.start, c.end) == name and not ctx.in_caps(k) \
        and "\n" not in ctx.ws[k]
