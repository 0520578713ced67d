"""Vocabulary stages share: number words, ordinal words, month and weekday names, and the shape of a
24-hour clock time ("1830", "0710") for numbers and dates; the letters after a person's name, the name
lists of data/entities_aliases.json and a party's people's words among them for entities and quotes.
No stage imports another's internals; each builds its own tables from these.
"""

from __future__ import annotations

import json
import re
from importlib import resources

HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")

POST_NOMINALS = frozenset({"QC", "KC", "MP", "MEP", "MSP", "AM", "MLA", "TD", "JP", "MBE", "OBE", "CBE",
                           "KBE", "DBE", "GBE", "CH", "OM", "VC", "GC", "FRS"})
"""Letters written after a person's name and a comma for an office or an honour ("Ann Lee, QC"): they
belong to the person and name nothing; the parse may make them a subject ("Ann Lee, QC told")."""

SMALL_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
               "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
               "nineteen")
"""Number words 0-19, in order (index = value)."""
TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
"""Number words of the tens 20-90, in order."""

_ORDINAL_SMALL = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                  "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                  "seventeenth", "eighteenth", "nineteenth", "twentieth")
ORDINAL_WORDS: dict[str, float] = {w: n for n, w in enumerate(_ORDINAL_SMALL, 1)}
ORDINAL_WORDS.update({"thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
                      "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1e3,
                      "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12})
"""Ordinal words and their numbers, in increasing order."""

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12,
    "december": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sunday": 6, "sun": 6,
}

ALIASES: dict[str, list[list[str]]] = json.loads(
    resources.files("pipeline").joinpath("data/entities_aliases.json").read_text("utf-8"))
"""The name lists of data/entities_aliases.json by kind ("institutions", "offices", "awards"): each list
one body's (office's, prize's) names, its full name first."""

PARTY_PEOPLE = frozenset(w for names in ALIASES["institutions"] for w in names[1:]
                         if "Party" not in w.split() and not w.isupper())
"""An institution's members' words ("Tories", "Democrats"): neither a list's full name (first), nor a
"Party" name, nor initials."""
