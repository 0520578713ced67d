"""Venues named after a title-holder: "the Countess of Tarsk Theatre", "the Duke of Velmor's Hall",
"King Osric Hall", "St Aldwin Park": one built place (FAC), not a person, a seat nor the place named
inside it ("Tarsk" alone).

`titled_venues` reads a royal's or a peer's rank ("Our Lady" too), "of" and capitalised words, or a
royal's rank or a saint's and capitalised words, ending in a venue's head word ("Theatre", "Hall",
"Prison", "Arena") that no longer name goes on from ("Hall of Fame", "Centre for Optics") and no
body's act follows ("... Hospital said"). Without "of" the name follows "the", a possessive or a
preposition of place ("at King Osric Hall"): "Prince Tom Hall said" may be a person. The model's
names inside it are dropped; one that crosses its edge keeps the words as the model found them.
"""

from __future__ import annotations

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import BODY_NEXT, POSS
from pipeline.entities.gazetteer import WORLD

ROYALS = frozenset(WORLD["royal_styles"])  # "Prince", "Queen"
RANKS = ROYALS | frozenset(WORLD["seat_ranks"]) | L.PEERAGES  # "the Earl of X", "Lady of X"
BARE = ROYALS | frozenset({"St", "Saint"})  # "King Osric Hall", "St Aldwin Park": no "of"
ROADS = frozenset({"Street", "Road", "Lane", "Avenue", "Boulevard", "Highway", "Expressway", "Motorway",
                   "Field", "Zone", "Port"})  # "King of the Road": a song as often; a street is no venue
_CLASSED = {n.capitalize() for n, label in L.CUES["class_nouns"].items()
            if label == "FAC" and not n.endswith("s")}  # "Theatre", "Prison"
_SITES = {n for n, label in L.CUES["site_tails"].items() if label == "FAC"}
HEADS = (frozenset(L.CUES["facility_heads"]) | frozenset(L.SPORT["venue_heads"]) | _CLASSED | _SITES
         | {"Playhouse", "Centre", "Center", "Dome", "Coliseum", "Pavilion", "Church"}) - ROADS
GOES_ON = frozenset({"of", "for", "and", "&"})  # "Hall of Fame", "Centre for Optics": a longer name
LEADS = L.LOCATIVE | {"the", "to", "into", "opposite", "behind"} | POSS
LONGEST = 6  # words after the rank (and "of"): "of the Isle of Tarsk's Memorial Hall" is none


def titled_venues(ctx: DocCtx, model: list[Cand]) -> list[Cand]:
    """The model's names with each venue the module's doc describes made one FAC name."""
    words = ctx.words
    if RANKS.isdisjoint(words) and BARE.isdisjoint(words):
        return model  # one set test: most articles name no rank
    spans = [span for i in ctx.capitals if words[i] in RANKS or words[i] in BARE
             if (span := _venue(ctx, i)) is not None]
    for s, e in spans:
        inner = [c for c in model if c.start < e and c.end > s]
        lead = s - (s > 0 and words[s - 1] in {"the", "The"})  # the model's "the X Hall" is inside
        if any(c.start < lead or c.end > e for c in inner):
            continue  # a name of the model's crosses its edge
        if len(inner) == 1 and (inner[0].end - inner[0].start >= e - s) and inner[0].label == "FAC":
            continue
        model = [c for c in model if all(c is not d for d in inner)] + [Cand(s, e, "FAC", "rule", 3.0)]
    return sorted(model, key=lambda c: c.start) if spans else model


def _venue(ctx: DocCtx, i: int) -> tuple[int, int] | None:
    """The span of the venue whose rank is word i, or None."""
    words, n = ctx.words, len(ctx.words)
    of = i + 1 < n and words[i + 1] == "of"
    if (of and words[i] not in RANKS) or (not of and words[i] not in BARE) or ctx.in_caps(i):
        return None
    j = i + 1 + of
    j += of and j < n and words[j] == "the"
    e = j
    while e < n and e - j < LONGEST and (words[e][:1].isupper() or words[e] in POSS):
        if "\n" in ctx.ws[e - 1]:
            break
        e += 1
    if e - j < 2 or words[e - 1] not in HEADS or words[j] in POSS or words[j] in HEADS:
        return None
    nxt = words[e].lower() if e < n else ""
    if nxt in BODY_NEXT or nxt in GOES_ON and _capital_next(words, e + 1):
        return None
    s = i - (i > 0 and words[i - 1] == "Our" and words[i] == "Lady")  # "Our Lady of Tarsk Church"
    if not of and (s == 0 or words[s - 1].lower() not in LEADS):
        return None
    return s, e


def _capital_next(words: list[str], k: int) -> bool:
    """A capitalised word at k or after a "the" there: the name goes on ("Centre for the Arts")."""
    k += k < len(words) and words[k] == "the"
    return k < len(words) and words[k][:1].isupper()
