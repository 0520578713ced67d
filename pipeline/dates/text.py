"""Text preparation for the date normaliser: `clean` (case, dashes, abbreviation dots) and
`words_to_numbers` ("twenty four" -> "24", "nineteen ninety six" -> "1996").
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.vocab import MONTHS, ORDINAL_WORDS, SMALL_WORDS, TENS_WORDS

SMALL = {w: n for n, w in enumerate(SMALL_WORDS)} | {w: 10 * n for n, w in enumerate(TENS_WORDS, 2)}
SMALL |= {
    "a": 1, "an": 1, "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
    "a hundred": 100, "hundred": 100, "a half": 0.5, "half a": 0.5, "half an": 0.5,
}


MID = re.compile(r"\bmid[- ]?(?=\d|'|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|"
                 r"fall|autumn|winter|morning|afternoon|evening|week|month|year|quarter|decade|century)"
                 r"(?!\w*day))")

_DECADE_S = re.compile(r"\b(the|mid|early|late) (\d{3}0)'s\b")  # "the mid 1990's": a decade
_POSSESSIVE = re.compile(r"'s\b")
_AM_PM = re.compile(r"\b(a|p)\.\s?m\.?")
_ABBREV_DOT = re.compile(r"\b([a-z]{3,5})\.")
_WORD_DASH = re.compile(r"(?<=[a-z])-(?=[a-z])")
_NUMBER_DASH = re.compile(r"(?<=\d)-(?=[a-z])")
_COMMAS = re.compile(r"[,;]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=20000)
def clean(text: str) -> str:
    """Lower-case, unify dashes/apostrophes, drop dots after abbreviations and possessive 's (pure,
    cached)."""
    t = text.lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    t = _DECADE_S.sub(r"\1 \2s", t)  # "the mid 1990's": a decade
    t = _POSSESSIVE.sub("", t)
    t = _AM_PM.sub(r"\1m", t)
    t = _ABBREV_DOT.sub(r"\1", t)
    t = _WORD_DASH.sub(" ", t)
    t = _NUMBER_DASH.sub(" ", t)
    t = MID.sub("mid ", t)  # "mid-1990s", "mid November"; never "midnight", "middle"
    t = _COMMAS.sub(" ", t)
    return _SPACES.sub(" ", t).strip(" .")


DAY_ORDINALS = {w: int(n) for w, n in ORDINAL_WORDS.items() if n <= 20}
DAY_ORDINALS.update({f"twenty {w}": 20 + i for w, i in list(DAY_ORDINALS.items())[:9]})
DAY_ORDINALS.update({"thirtieth": 30, "thirty first": 31})
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_WORD = "|".join(sorted(DAY_ORDINALS, key=len, reverse=True))
SPELLED_DAY = re.compile(rf"\b(?:({_MONTH}) (?:the )?({_DAY_WORD})|(?:the )?({_DAY_WORD}) of ({_MONTH}))\b")


def spelled_days(t: str) -> str:
    """'march eighth' -> 'march 8', 'the twenty first of may' -> 'may 21' (spoken and wire copy)."""
    def day(m: re.Match) -> str:
        mon, word = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        return f"{mon} {DAY_ORDINALS[word]}"
    return SPELLED_DAY.sub(day, t)


_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNIT = "one|two|three|four|five|six|seven|eight|nine"
_TEEN = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_NUMWORD = "|".join(w for w in SMALL if " " not in w and w not in ("a", "an", "dozen", "hundred"))
_TENS_UNIT = re.compile(rf"\b({_TENS}) ({_UNIT})\b")  # "twenty four"
_TEEN_YEAR = re.compile(rf"\b({_TEEN}) (\d\d|{_TENS}|{_UNIT})\b(?! (?:year|month|day|week|hour|minute))")
_TWO_THOUSAND = re.compile(rf"\b(?:the year )?two thousand(?: and)?(?: (\d+|{_NUMWORD}))?\b"
                           r"(?! (?:years|days))")
_WORDS = sorted((w for w in SMALL if w not in ("a", "an")), key=len, reverse=True)
_SMALL_WORD = re.compile(r"\b(" + "|".join(_WORDS) + r")\b")
_HUNDREDS = re.compile(r"\b(\d+) (100|thousand)\b")
_SLASH_HALF = re.compile(r"\b(\d+) 1/2\b")
_AND_HALF = re.compile(r"\b(\d+|an?) (\w+ )?and (?:a )?(?:half|0\.5)\b")


@lru_cache(maxsize=20000)
def words_to_numbers(t: str) -> str:
    """'twenty four' -> '24', 'nineteen ninety six' -> '1996', '2 1/2' -> '2.5' (pure, cached)."""
    t = spelled_days(t)
    t = _TENS_UNIT.sub(lambda m: str(SMALL[m.group(1)] + SMALL[m.group(2)]), t)
    t = _TEEN_YEAR.sub(lambda m: str(SMALL[m.group(1)] * 100 + int(words_to_numbers(m.group(2)))), t)
    t = _TWO_THOUSAND.sub(lambda m: str(2000 + (int(words_to_numbers(m.group(1))) if m.group(1)
                                                and words_to_numbers(m.group(1)).isdigit() else 0)), t)
    t = _SMALL_WORD.sub(lambda m: number_of(SMALL[m.group(1)]), t)
    t = _HUNDREDS.sub(lambda m: str(int(m.group(1)) * (100 if m.group(2) == "100" else 1000)), t)
    t = _SLASH_HALF.sub(lambda m: str(int(m.group(1)) + 0.5), t)
    return _AND_HALF.sub(lambda m: str(int(m.group(1)) if m.group(1)[0].isdigit() else 1) + ".5 "
                         + (m.group(2) or ""), t).replace("  ", " ").strip()


def number_of(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)
