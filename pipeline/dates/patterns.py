"""Matcher patterns of the dates stage, for what the model misses (now, recently, weekdays, "every
year", "four years", "that day", "14:20 UTC" ...), with the vocabulary they share with
`pipeline.dates.find`. The Matcher runs only on windows around anchor words, which gives the same
matches as a run over the whole Doc.
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER
from spacy.matcher import Matcher
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from pipeline.vocab import HHMM, MONTHS, WEEKDAYS

UNIT_WORDS = ["second", "minute", "hour", "day", "week", "weekend", "fortnight", "month", "quarter", "year",
              "decade", "century"]


UTC_WORDS = ("gmt", "utc")


OFFSET = re.compile(r"[+-](?:0?\d|1[0-4])(?::?[0-5]\d)?")  # "+8", "-05:00": an offset from UTC


CLOCK_ZONES = {"gmt", "bst", "cet", "utc"} | {f"{z}{sign}{h}" for z in UTC_WORDS for sign in "+-"
                                             for h in range(15)}  # "GMT+1" is one token


ANAPHOR_UNITS = ["day", "week", "month", "quarter", "year", "morning", "afternoon", "evening", "night"]


DECADES = [f"{c}{d}0s" for c in range(15, 21) for d in range(10)] + [f"'{d}0s" for d in range(10)]




# "12.02.2022", "7/8/07": the model says CARDINAL
NUMERIC_DATE = re.compile(r"\d{1,2}([./])\d{1,2}\1(?:1[89]|20)\d\d|\d{1,2}/\d{1,2}/\d\d")


RACE_TIME = re.compile(r"\d{1,2}:[0-5]\d:[0-5]\d(?:\.\d+)?|\d{1,2}:[0-5]\d\.\d{1,3}")  # "2:11:48", "3:43.13"


GLUED_CLOCK = re.compile(r"\d{1,2}[.:][0-5]\d ?[ap]\.?m\.?", re.I)  # "10.38pm": the model says CARDINAL


UNIT_ANY = UNIT_WORDS + [u + "s" for u in UNIT_WORDS] + ["centuries"]


NUM_TOKEN = {"LIKE_NUM": True}


DAY_COUNTS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
              "eleventh", "twelfth", "13th", "14th", "15th", "20th", "30th", "100th"]


DAY_OWNERS = ["the", "a", "his", "her", "its", "their", "our"]


MONTH_TOKENS = [m for m in MONTHS if m != "may"] + [m + "." for m in MONTHS if len(m) <= 4]


PATTERNS: dict[str, list[list[dict]]] = {
    "REF": [[{"LOWER": {"IN": ["now", "currently", "recently", "nowadays", "lately"]}}],
            [{"LOWER": "right"}, {"LOWER": "now"}],
            [{"LOWER": "more"}, {"LOWER": "recently"}],
            [{"LOWER": "soon"}],
            [{"LOWER": "then", "OP": "?"}, {"LOWER": "current", "POS": "ADJ"}],
            [{"LOWER": "the"}, {"LOWER": "near", "OP": "?"}, {"LOWER": "future"}],
            [{"LOWER": "in"}, {"LOWER": "the"}, {"LOWER": "past"}],
            [{"LOWER": "recent"}, {"LOWER": {"IN": ["years", "months", "weeks", "days"]}}],
            [{"LOWER": "coming"}, {"LOWER": {"IN": ["years", "months", "weeks", "days"]}}],
            [{"LOWER": "the"}, {"LOWER": {"IN": ["near", "short", "long"]}}, {"LOWER": "term"}],
            [{"LOWER": "as"}, {"LOWER": "soon"}, {"LOWER": "as"},
             {"LOWER": {"IN": ["possible", "practicable"]}}],
            [{"LOWER": "year"}, {"LOWER": {"IN": ["-", "'s"]}, "OP": "?"}, {"LOWER": "end"}],
            [{"LOWER": "midday"}],
            [{"LOWER": "these"}, {"LOWER": "days"}],
            [{"LOWER": "in"}, {"LOWER": "future"}]],
    "SET": [[{"LOWER": {"IN": ["daily", "weekly", "monthly", "hourly", "nightly"]},
              "POS": {"IN": ["ADV", "ADJ"]}}],
            [{"LOWER": {"IN": ["every", "each"]}}, {"LOWER": "other", "OP": "?"},
             {"LOWER": {"IN": UNIT_WORDS + list(WEEKDAYS)}}]],
    "DAY": [[{"LOWER": {"IN": ["today", "yesterday", "tomorrow", "tonight"]}}],
            [{"LOWER": {"IN": ["last", "next", "this"]}, "OP": "?"},
             {"LOWER": {"IN": ["thanksgiving", "christmas", "halloween"]}}, {"LOWER": "day", "OP": "?"}],
            [{"LOWER": {"IN": ["election", "independence", "boxing"]}}, {"LOWER": "day"}],
            [{"LOWER": "new", "IS_TITLE": True}, {"LOWER": "year", "IS_TITLE": True},
             {"LOWER": {"IN": ["'s", "’s"]}}, {"LOWER": {"IN": ["day", "eve"]}, "IS_TITLE": True}],
            [{"LOWER": {"IN": DAY_OWNERS}}, {"LOWER": {"IN": DAY_COUNTS}},
             {"LOWER": {"IN": ["full", "trading", "business", "working"]}, "OP": "?"}, {"LOWER": "day"}],
            [{"LOWER": {"IN": ["last", "next", "this"]}, "OP": "?"}, {"LOWER": "easter", "IS_TITLE": True},
             {"LOWER": {"IN": ["sunday", "monday", "week", "day"]}, "OP": "?"}],
            [{"LOWER": {"IN": ["good", "holy", "palm", "ash"]}, "IS_TITLE": True},
             {"LOWER": {"IN": ["friday", "week", "sunday", "wednesday"]}, "IS_TITLE": True}],
            [{"LOWER": {"IN": ["last", "next", "this"]}, "OP": "?"},
             {"LOWER": {"IN": [w for w in WEEKDAYS if len(w) > 5]}, "IS_TITLE": True}]],
    "ABS": [[{"LOWER": {"IN": MONTH_TOKENS}, "IS_TITLE": True},
             {"TEXT": {"REGEX": r"^\d{1,2}(st|nd|rd|th)?$"}},
             {"TEXT": ",", "OP": "?"}, {"TEXT": {"REGEX": r"^(1\d|20)\d\d$"}, "OP": "?"}],
            [{"TEXT": {"REGEX": r"^\d{1,2}$"}}, {"LOWER": {"IN": MONTH_TOKENS + ["may"]}, "IS_TITLE": True},
             {"TEXT": {"REGEX": r"^(1\d|20)\d\d$"}, "OP": "?"}],
            [{"LOWER": {"IN": MONTH_TOKENS}, "IS_TITLE": True}, {"TEXT": {"REGEX": r"^(1\d|20)\d\d$"}}]],
    "CLOCK": [[{"TEXT": {"REGEX": f"^{HHMM.pattern}$"}}, {"LOWER": {"IN": sorted(CLOCK_ZONES)}}],
              [{"TEXT": {"REGEX": r"^\d{1,2}[.:][0-5]\d$"}}, {"LOWER": {"IN": sorted(CLOCK_ZONES)}},
               {"TEXT": {"REGEX": f"^{OFFSET.pattern}$"}, "OP": "?"}],  # "14:20 UTC"; "(GMT +8)": find.py
              [{"TEXT": {"REGEX": r"^\d{1,2}[.:][0-5]\d$"}},
               {"LOWER": {"IN": ["am", "pm", "a.m.", "p.m."]}}]],
    "DECADE": [[{"LOWER": {"IN": DECADES}}]],
    "YEAR": [[{"LOWER": {"IN": [f"{p}-{y}" for p in ("pre", "post") for y in range(1800, 2100)]}}]],
    "REL": [[{"LOWER": {"IN": ["last", "this", "next", "past", "coming"]}},
             {"LOWER": {"IN": UNIT_WORDS}}],
            [{"LOWER": "the"}, {"LOWER": "latest"}, {"LOWER": {"IN": ["quarter", "period"]}}],
            [{"LOWER": {"IN": ["earlier", "later"]}, "OP": "?"}, {"LOWER": "that"},
             {"LOWER": {"IN": ANAPHOR_UNITS}}],
            [{"LOWER": "the"}, {"LOWER": {"IN": ["following", "next", "previous", "preceding"]}},
             {"LOWER": {"IN": ANAPHOR_UNITS}}],
            [{"LOWER": {"IN": ["earlier", "later"]}, "OP": "?"}, {"LOWER": {"IN": ["that", "the"]}},
             {"LOWER": "same"}, {"LOWER": {"IN": ANAPHOR_UNITS}}]],
    "DURATION": [[{"LOWER": {"IN": ["for", "over", "nearly", "almost", "than", "within", "about"]}},
                  {"LOWER": {"IN": ["a", "an"]}},
                  {"LOWER": {"IN": ["minute", "hour", "day", "week", "month", "year", "decade"]}},
                  {"LOWER": {"IN": ["ago", "earlier", "later", "before"]}, "OP": "!"}],
                 [{"LOWER": {"IN": ["several", "few"]}},
                  {"LOWER": {"IN": ["minutes", "hours", "days", "weeks", "months", "quarters", "years",
                                    "decades"]}}],
                 [{"LOWER": {"IN": ["the", "a", "an", "several", "few", "past", "last", "next"]},
                   "OP": "*"}, NUM_TOKEN, {"TEXT": {"REGEX": r"^\d/\d$"}, "OP": "?"},
                  {"LOWER": "-", "OP": "?"}, {"LOWER": {"IN": UNIT_ANY}}],
                 [{"LOWER": {"IN": ["a", "an"]}, "OP": "?"}, NUM_TOKEN,
                  {"LOWER": {"IN": ["more", "additional", "extra", "straight", "consecutive"]}},
                  {"LOWER": {"IN": UNIT_ANY}}],
                 [NUM_TOKEN, {"LOWER": {"IN": ["trading", "business", "working"]}},
                  {"LOWER": {"IN": ["day", "days"]}}],
                 [{"LOWER": "the"}, {"LOWER": {"IN": ["days", "weeks", "months", "years"]}},
                  {"LOWER": "ahead"}],
                 [{"LOWER": {"IN": UNIT_ANY}}, {"TEXT": "-"}, {"LOWER": "long"}],
                 [{"LOWER": "for"}, {"LOWER": {"IN": ["a", "some"]}}, {"LOWER": {"IN": ["while", "time"]}}],
                 [{"LOWER": "a"}, {"LOWER": {"IN": ["fairly", "very", "relatively"]}, "OP": "?"},
                  {"LOWER": {"IN": ["lengthy", "prolonged", "extended"]}}, {"LOWER": "period"}]],
}


def _lower_set(token: dict) -> set[str] | None:
    """The LOWER values a pattern token accepts, None if not a finite set."""
    value = token.get("LOWER")
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict) and set(value) == {"IN"}:
        return set(value["IN"])
    return None


Plan = tuple[frozenset[int], frozenset[int], int, int]


def anchor_plan(patterns: dict[str, list[list[dict]]]) -> Plan | None:
    """Words one of which every match contains (each pattern's last required word set), the words
    a repeated token may take (both as LOWER hashes), and how many pattern tokens may come before
    and after that word; None if a pattern has no such anchor, or repeats a token inside it (only
    a first or last token may repeat: the windows stretch over runs of such words)."""
    anchors: set[str] = set()
    repeated: set[str] = set()
    before = after = 0
    for pats in patterns.values():
        for pat in pats:
            required = [k for k, t in enumerate(pat) if t.get("OP") in (None, "+") and _lower_set(t)]
            if not required:
                return None
            k = required[-1]
            anchors |= _lower_set(pat[k]) or set()
            before, after = max(before, k), max(after, len(pat) - 1 - k)
            for j, t in enumerate(pat):
                if t.get("OP") in ("*", "+"):
                    words = _lower_set(t)
                    if words is None or 0 < j < len(pat) - 1:
                        return None
                    repeated |= words
    return (frozenset(hash_string(w) for w in anchors), frozenset(hash_string(w) for w in repeated), before,
            after)


# Each label's own plan: a label's Matcher runs only around its own anchor words (the LONGEST filter
# works label by label, so the matches are the same as one Matcher's over the whole Doc). A label
# whose patterns have no anchor (plan None) runs over the whole Doc.
LABEL_PLANS = {label: anchor_plan({label: pats}) for label, pats in PATTERNS.items()}


class Finder:
    """One Matcher per label, built once per vocab (the cache holds the vocab, so ids are never
    reused), each run only on the windows around its anchor words (a match always holds one): the
    same matches as over the whole Doc, at a fraction of the cost."""

    _cache: dict[tuple[int, bool], tuple[object, dict[str, Matcher]]] = {}

    @classmethod
    def _built(cls, doc: Doc) -> dict[str, Matcher]:
        """The matchers of the Doc's vocab; for a Doc without parts of speech (a pipeline without
        tagger), those of the patterns that ask for none (spaCy refuses a POS pattern there)."""
        key = (id(doc.vocab), doc.has_annotation("POS"))
        cached = cls._cache.get(key)
        if cached is None or cached[0] is not doc.vocab:
            labelled = {}
            for label, pats in PATTERNS.items():
                labelled[label] = Matcher(doc.vocab)
                kept = pats if key[1] else [p for p in pats if not any("POS" in tok for tok in p)]
                if kept:
                    labelled[label].add(label, kept, greedy="LONGEST")
            cached = cls._cache[key] = (doc.vocab, labelled)
        return cached[1]

    @classmethod
    def matches(cls, doc: Doc) -> list[Span]:
        """Every pattern match of the Doc, label by label."""
        lowers = doc.to_array([LOWER]).ravel().tolist() if len(doc) else []
        anchored = [i for i, h in enumerate(lowers) if h in ALL_ANCHORS]
        out: list[Span] = []
        for label, matcher in cls._built(doc).items():
            plan = LABEL_PLANS[label]
            if plan is None:
                out += matcher(doc, as_spans=True)
                continue
            for a, b in windows(lowers, [i for i in anchored if lowers[i] in plan[0]], plan):
                out += matcher(doc[a:b], as_spans=True)
        return out


ALL_ANCHORS = frozenset(h for plan in LABEL_PLANS.values() if plan is not None for h in plan[0])


def windows(lowers: list[int], anchors: list[int], plan: Plan) -> list[tuple[int, int]]:
    """Disjoint token ranges that hold every possible match: as many tokens before and after each
    anchor word (given by position, in order) as a pattern may have there, stretched over runs of
    the words a repeated pattern token may take (`lowers`: the Doc's LOWER column)."""
    _, repeat_ids, before, after = plan
    out: list[list[int]] = []
    n = len(lowers)
    for i in anchors:
        a, b = max(0, i - before), min(n, i + after + 1)
        while a > 0 and lowers[a - 1] in repeat_ids:
            a -= 1
        while b < n and lowers[b] in repeat_ids:
            b += 1
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]
