"""Sports stories told by the competitions they name: a short report on a player's withdrawal from
"the Harbour Open", an athlete's entry for "the Eastport Indoor Grand Prix" (`sport.story`'s word
tests need more kinds of sports words than such a story writes).

`named_competition` finds a story naming one capitalised competition at least ("the Norvik Open",
"Six Nations", "the Eastport Indoor Championships"), among enough kinds of sports words and of the
marks individual sports leave (`MARKS`: "world record", "grand slam", "gold medal", "runner-up",
"top seed", "a 10km race"), the sports words and names dense enough (3 in 100 words). A company's
"Harbour International", the "United Nations" or an "Open University" are no competitions. It reads
the word counts `sport.story` makes once per document.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection

NATIONS_NUMBERS = ("Tri", "Three", "Four", "Five", "Six")  # "Six Nations", "Tri-Nations", "TriNations"
NATIONS = rf"(?:{'|'.join(NATIONS_NUMBERS)})(?:-| |)Nations"  # the one source of `sport.NUMBERED` too
COMPETITION = re.compile(
    r"\b(?!(?:The|A|An|This|That|Its|His|Her|Their|Federal)\b)[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){0,3} "
    r"(?:Open|Cup|Championships?|Grand Prix|Masters|Grand Slam|Olympics|Indoors?|Classic|Marathon"
    rf"|Invitational|{NATIONS})\b"
)  # "the Norvik Open", "the Harbour Indoor Championships", "RBS Six Nations"
HEADS = ("Open", "Cup", "Champion", "Prix", "Masters", "Slam", "Olympics", "Indoor", "Classic", "Marathon",
         "Invitational", "Nations")  # a quick test before `COMPETITION` (substrings: fast)
MARKS = tuple(re.compile(p, re.I) for p in (
    r"\bworld records?\b", r"\bgrand slams?\b", r"\b(?:gold|silver|bronze) medal", r"\brunners?-up\b",
    r"\bpersonal best\b", r"\b(?:world|olympic|defending|reigning|european|national) (?:indoor )?champion",
    r"\b(?:top|second|third|fourth|fifth|\d+(?:st|nd|rd|th))[- ]seed", r"\branked\b|\brankings?\b",
    r"\b\d[\d,.]*\s?(?:km|m) (?:race|run|title|hurdles|event|final|record|course|relay|mark)\b"
    r"|\b\d{1,3},?\d{3}m\b|\b\d{3,5}m\b",
    r"\bcross[- ]country\b", r"\bqualif(?:y|ier|iers|ying|ied)\b", r"\bwarm-up\b", r"\bround\b",
    r"\bsemi-finals?\b|\bquarter-finals?\b", r"\bmedals?\b", r"\bset\b \d|\bstraight sets\b", r"\btitles?\b",
    r"\bcompet(?:e|es|ing|ition|itor|itors)\b",
))  # each kind counted once: what tennis, golf, athletics and racing reports write
KINDS = 5  # kinds of sports words (those played elsewhere left out), marks and competitions together
PER_100 = 3  # sports words and competition names per 100 words at least


def named_competition(text: str, counts: Counter[str], sporty: list[str], elsewhere: Collection[str]) -> bool:
    """A sports story by its competitions' names (see the module's doc): `counts` holds the text's
    lower-case words, `sporty` its kinds of sports words, `elsewhere` those other stories use too."""
    if not any(h in text for h in HEADS):
        return False
    names = [m.group() for m in COMPETITION.finditer(text)]
    if not names:
        return False
    words = sum(counts.values())
    if 100 * (sum(counts[w] for w in sporty) + len(names)) < PER_100 * words:
        return False  # a business story on a stadium's builder naming a cup once
    marks = sum(1 for pattern in MARKS if pattern.search(text))
    return sum(w not in elsewhere for w in sporty) + marks + len(set(names)) >= KINDS
