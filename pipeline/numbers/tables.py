"""Vocabulary for the numbers stage: number words, ordinals and fractions, multipliers, currencies,
units and the other word lists, mostly loaded from `data/numbers.json`.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.vocab import ORDINAL_WORDS, SMALL_WORDS, TENS_WORDS

TABLES: dict = json.loads((Path(__file__).parents[1] / "data" / "numbers.json").read_text("utf-8"))

SMALL = {w: n for n, w in enumerate(SMALL_WORDS)}
SMALL.update({"nought": 0, "naught": 0})
TENS = {w: 10 * n for n, w in enumerate(TENS_WORDS, 2)}
SCALES: dict[str, float] = {k: float(v) for k, v in TABLES["scales"].items() if k != "hundred"}
ABBREVS: dict[str, float] = {k: float(v) for k, v in TABLES["scale_abbrevs"].items()}
VAGUE: dict[str, float] = {k: float(v) for k, v in TABLES["vague"].items()}
NOT_HALF = {"the", "first", "second", "last", "latter", "former", "other", "back", "top", "bottom", "this"}
DOZEN = {"dozen", "dozens", "doz", "dozs"}
_ORD_UNITS = {w: n for w, n in ORDINAL_WORDS.items() if n >= 3}
DENOMS: dict[str, float] = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
for _w, _n in _ORD_UNITS.items():
    DENOMS[_w] = DENOMS[_w + "s"] = _n
COMPOUND_ORD = {"first": 1, "second": 2, **{k: v for k, v in _ORD_UNITS.items() if v < 10}}
ORDINALS = {"first": 1, "second": 2, **{k: v for k, v in _ORD_UNITS.items() if v <= 90}}
VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8,
          "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
NUMBER_WORDS = set(SMALL) | set(TENS) | set(SCALES) | {"hundred"} | DOZEN
FOLD_WORDS = {w + "fold" for w in set(SMALL) | set(TENS) | {"hundred", "thousand"}}  # "sixfold", "tenfold"

CUR_SYMBOLS: dict[str, str | None] = TABLES["currency_symbols"]
CUR_CODES: dict[str, str] = {c.lower(): c for c in TABLES["currency_codes"]} | TABLES["currency_code_aliases"]
CUR_NAMES: dict[str, str | None] = TABLES["currency_names"]
CUR_ADJ: dict[str, dict[str, str]] = TABLES["currency_adjectives"]
SUBUNITS: dict[str, list] = TABLES["currency_subunits"]
CUR_PREFIXES: dict[str, str] = TABLES["currency_prefixes"]  # glued to the number: "RM79", wire copy's "PS6m"
LOWER_CODES = set(TABLES["words"]["lower_codes"])
UNITS: dict[str, str] = TABLES["units"]
LOOKALIKE_UNITS = set(TABLES["words"]["lookalike_units"])  # unit names and symbols that are English words
FULL: dict[str, str] = TABLES["unit_full_names"]
TIME_UNITS = set(TABLES["time_units"])
PERCENT = set(TABLES["percent"])
TEMPORAL, MONTHS = set(TABLES["words"]["temporal"]), set(TABLES["words"]["months"])
FRACTION_DENOMS = {2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100}
PER_WHAT = {"share", "barrel", "gallon", "head", "month", "year", "week", "day", "hour", "tonne", "ton",
            "person"}
AMBIGUOUS_UNITS = {"in", "t", "l", "g", "h", "w", "j", "ha"}  # only glued to a number ("5t") or "5 ft 2 in"
CHANGE_VERBS = set(TABLES["words"]["change_verbs"])
VERB_HEDGES = set(TABLES["words"]["verb_hedges"])
PRONOUN_ONE = set(TABLES["words"]["pronoun_one"])
MODEL_NOUNS = set(TABLES["words"]["model_nouns"])  # "the 147, 156 and 166 models": names, not counts
RANK_WORDS = set(TABLES["words"]["rank_words"])  # "climbed to three in the chart": a place
MARK_NOUNS = set(TABLES["words"]["mark_nouns"])  # "a record of $1.7bn" measures what reached it
CAUSATIVE_VERBS = set(TABLES["words"]["causative_verbs"])  # "X raised $1bn": X is an agent, not measured
STREET_WORDS = set(TABLES["words"]["street_words"])  # "10 Downing Street", "22 Ave Foch": an address
LOWER_BOUND, UPPER_BOUND = {"more_than", "at_least"}, {"less_than", "at_most"}
MEASURE_WORDS = set(UNITS) | set(CUR_NAMES)
