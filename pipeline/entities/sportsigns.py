"""Sports stories that name few sports words: a short report on a tennis player's injury, a
club's contract talks, an indoor meeting (`sport.story`'s other tests need more kinds of words).

`signs` counts what only sports reports write besides words: a run of tennis sets ("6-4 7-5"), a
world ranking ("world number one"), a race time ("21.72 secs"). `named_sport` finds a sport named
("tennis", "rugby") beside three other kinds of sports words, or one word only sports reports use
("winger", "fly-half") among five. `club_business` finds a club's business: a player's transfer,
contract or injury ("on loan", "out of contract", "a hamstring injury") told with his position
("striker") or his manager ("Millbrook boss Tom Hale"). All read the word counts `sport.story` makes
once per document.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection

from pipeline.entities.lexicon import SPORT

GAMES = frozenset(SPORT["sport_games"])
SIGNS = (  # each opens with a character or word and looks behind it: the engine skips ahead to those fast
    re.compile(r"[0-7](?<![\d.-][0-7])-[0-7],? [0-7]-[0-7](?![\d%-])"),  # "6-4 7-5": sets of a tennis match
    re.compile(r"[Ww](?<!\w[Ww])orld (?:number|No\.?) (?:one|two|three|four|five|\d{1,3})\b"),  # a ranking
    re.compile(r" sec(?<=\d sec)s?\b"),  # "in 21.72 secs": a race time
)
YEARS = r"(?:one|two|three|four|five|\d)"
BUSINESS = (  # a player's move, contract or injury: what a club's business stories write
    re.compile(r"\bsigned (?:from|for)\b|\bon loan\b|\bloan (?:move|deal|spell)\b"
               r"|\btransfer (?:funds|fee|window|market|request|deadline|target|bid)\b"
               r"|\b(?:agreed|completed|rejected|secured) a (?:£[\d.]+m )?move to [A-Z]"
               r"|£[\d.]+m (?:move|fee|transfer)\b"),
    re.compile(r"\bout of contract\b|\bnew contract\b|\bnew " + YEARS + r"[- ]year (?:deal|contract)\b"
               r"|\bcontract (?:offer|talks|extension)\b"),
    re.compile(r"\b(?:hamstring|groin|knee|ankle|calf|thigh|achilles|shoulder)"
               r" (?:injury|injuries|problem|strain|trouble)\b", re.I),
    re.compile(r"\b(?:striker|midfielder|defender|goalkeeper|keeper|winger|full-back|centre-back|fly-half"
               r"|scrum-half|flanker)s?\b", re.I),
)  # the player's position last: no business sign alone ("a rights defender")
BESIDE_BUSINESS = (
    re.compile(r"\bsquad\b"),
    re.compile(r"\b[A-Z][a-z]+ (?:boss|manager) [A-Z][a-z]+ [A-Z]"),  # "Millbrook boss Tom Hale"
)
BUSINESS_OWN = 2  # kinds of sports words (those played elsewhere left out) beside a club's business
BUSINESS_PER_100 = 1.5  # those words' uses and the signs' kinds per 100 words at least
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


def club_business(text: str, counts: Counter[str], own: list[str], games: bool) -> bool:
    """A club's business (see the module's doc): a move, contract, injury or position sign with another
    sign or a sport named (`games`), beside two kinds of sports words (`own`: none played elsewhere),
    dense enough (not a record label's boss who once played as a striker)."""
    if len(own) < BUSINESS_OWN:
        return False
    found = sum(1 for pattern in BUSINESS if pattern.search(text))
    if not found:
        return False
    found += sum(1 for pattern in BESIDE_BUSINESS if pattern.search(text))
    uses = sum(counts[w] for w in own) + found
    return found + games >= 2 and 100 * uses >= BUSINESS_PER_100 * sum(counts.values())
