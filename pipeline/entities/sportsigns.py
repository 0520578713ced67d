"""Sports stories that name few sports words: a short report on a tennis player's injury, a
club's contract talks, an indoor meeting (`sport.story`'s other tests need more kinds of words).

`signs` counts what only sports reports write besides words: a run of tennis sets ("6-4 7-5"), a
world ranking ("world number one"), a race time ("21.72 secs"). `named_sport` finds a sport named
("tennis", "rugby") beside three other kinds of sports words, or one word only sports reports use
("winger", "fly-half") among five. Both read the word counts `sport.story` makes once per document.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection

from pipeline.entities.lexicon import SPORT

GAMES = frozenset(SPORT["sport_games"])
SIGNS = (
    re.compile(r"(?<![\d.-])[0-7]-[0-7],? [0-7]-[0-7](?![\d%-])"),  # "6-4 7-5": sets of a tennis match
    re.compile(r"\b[Ww]orld (?:number|No\.?) (?:one|two|three|four|five|\d{1,3})\b"),  # a player's ranking
    re.compile(r"\d secs?\b"),  # "in 21.72 secs": a race time
)
SIGNED_BESIDE = 2  # kinds of sports words beside a sign ("6-4 7-5" with "beat" and "final")
NAMED_BESIDE = 3  # kinds of other sports words beside a sport's name ("tennis")
WORDS_PER_USE = 100  # the sports words must be one word in 100 at least
STRONG_BESIDE = 5  # kinds of sports words (those played elsewhere left out) with a player's word among them


def signs(text: str) -> int:
    """How many kinds of sports signs that are no words the text holds (each kind counted once)."""
    return sum(1 for pattern in SIGNS if pattern.search(text))


def named_sport(counts: Counter[str], sporty: list[str], strong: Collection[str], elsewhere: Collection[str]
                ) -> bool:
    """A sport named with three other kinds of sports words, or a word only sports reports use
    (`strong`) among five kinds of sports words (`sporty`: the story's kinds of sports words; those
    `elsewhere`, played by video games and politics too, do not count), used once in 100 words at least."""
    own = [w for w in sporty if w not in elsewhere]
    if WORDS_PER_USE * sum(counts[w] for w in own) < sum(counts.values()):
        return False  # a long story on video games naming football once
    if any(w in counts for w in GAMES) and sum(w not in GAMES for w in own) >= NAMED_BESIDE:
        return True
    return any(w in strong for w in own) and len(own) >= STRONG_BESIDE
