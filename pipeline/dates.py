"""The dates stage: temporal expressions -> TIMEX3 items (type, value, anchored) on `doc._.dates`.

1. Find: the model's DATE/TIME entities, split at connectives ("Aug. 26 to Oct. 20", "the year
   ended Sept. 30") and trimmed of hedges and possessives, plus Matcher patterns for what the model
   misses (now, recently, soon, daily, weekdays, "every year", "four years", ...).
2. Classify and normalise (`pipeline.dates_normalize`), with the governing verb's tense
   (`pipeline.dates_tense`) deciding whether a year-less month or a weekday lies before or after
   the reference date `doc._.published`.
3. Context (`pipeline.dates_context`): "a year earlier" and "the quarter" refer to the reporting
   quarter (one named in the same sentence, else the article's first), as TimeBank annotates them;
   "that year", "the following month", "the next morning" take the time last mentioned; a bare
   clock time takes the day last mentioned.

Values are TIMEX3 strings (upper case); `anchored` is true when the value was computed from the
reference date. Without one, relative expressions keep X for the unknown parts (see
`pipeline.dates_normalize`). dateparser is only used for numeric dates (12/02/2022), with strict
settings; everything else is classified and resolved by our own rules, cached per text.

Spans follow TimeBank: determiners and modifiers are in ("the third quarter", "last year", "a year
earlier"), prepositions are out ("on Thursday" -> "Thursday").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime

import numpy
from spacy.attrs import LOWER
from spacy.matcher import Matcher
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from pipeline.dates_calendar import MONTHS, WEEKDAYS, Result
from pipeline.dates_context import resolve
from pipeline.dates_normalize import normalise
from pipeline.dates_tense import FUTURE_AUX, MODALS, tense

SPLIT_WORDS = {"to", "through", "and", "or", "ended", "ending", "until", "till", "from", "between",
               "-", "\u2013", "thru", "since", "following", "versus", "vs", "vs."}
BREAKS = {":", ";", "(", ")", "[", "]", "\"", "\u201c", "\u201d", "|"}
LEAD_TRIM = {"about", "just", "only", "barely", "within", "both", "sometime", "around", "as", "early",
             "by", "in", "on", "at", "of", "for", "since", "during", "from", "than", "'s", "d'etat",
             "approximately", "roughly", "some", ",", "-", "(", "\"", "'"}
TAIL_TRIM = {"'s", "'", ",", "-", ".", "(", ")", "\"", "later", "of", "and", "or", "to", "the"}
AGE = re.compile(r"\b(?:year|month|week|day)s?[- ]olds?\b|^\d{1,3}$|^\d{1,3}s$|^\d+ years? old", re.I)

UNIT_WORDS = ["second", "minute", "hour", "day", "week", "weekend", "fortnight", "month", "quarter", "year",
              "decade", "century"]
CLOCK_ZONES = {"gmt", "bst", "cet", "utc"}
ANAPHOR_UNITS = ["day", "week", "month", "year", "morning", "afternoon", "evening", "night"]
DECADES = [f"{c}{d}0s" for c in range(15, 21) for d in range(10)] + [f"'{d}0s" for d in range(10)]
HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
NUMERIC_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./](?:1[89]|20)\d\d")  # "12.02.2022": the model says CARDINAL
GLUED_CLOCK = re.compile(r"\d{1,2}[.:][0-5]\d ?[ap]\.?m\.?", re.I)  # "10.38pm": the model says CARDINAL
UNIT_ANY = UNIT_WORDS + [u + "s" for u in UNIT_WORDS] + ["centuries"]
NUM_TOKEN = {"LIKE_NUM": True}
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
            [{"LOWER": {"IN": ["last", "next", "this"]}, "OP": "?"},
             {"LOWER": {"IN": [w for w in WEEKDAYS if len(w) > 5]}, "IS_TITLE": True}]],
    "ABS": [[{"LOWER": {"IN": MONTH_TOKENS}, "IS_TITLE": True},
             {"TEXT": {"REGEX": r"^\d{1,2}(st|nd|rd|th)?$"}},
             {"TEXT": ",", "OP": "?"}, {"TEXT": {"REGEX": r"^(1\d|20)\d\d$"}, "OP": "?"}],
            [{"TEXT": {"REGEX": r"^\d{1,2}$"}}, {"LOWER": {"IN": MONTH_TOKENS}, "IS_TITLE": True},
             {"TEXT": {"REGEX": r"^(1\d|20)\d\d$"}, "OP": "?"}],
            [{"LOWER": {"IN": MONTH_TOKENS}, "IS_TITLE": True}, {"TEXT": {"REGEX": r"^(1\d|20)\d\d$"}}]],
    "CLOCK": [[{"TEXT": {"REGEX": r"^([01]\d|2[0-3])[0-5]\d$"}}, {"LOWER": {"IN": sorted(CLOCK_ZONES)}}],
              [{"TEXT": {"REGEX": r"^\d{1,2}[.:][0-5]\d$"}},
               {"LOWER": {"IN": ["am", "pm", "a.m.", "p.m."]}}]],
    "DECADE": [[{"LOWER": {"IN": DECADES}}]],
    "REL": [[{"LOWER": {"IN": ["last", "this", "next", "past", "coming"]}},
             {"LOWER": {"IN": UNIT_WORDS}}],
            [{"LOWER": "the"}, {"LOWER": "latest"}, {"LOWER": {"IN": ["quarter", "period"]}}],
            [{"LOWER": {"IN": ["earlier", "later"]}, "OP": "?"}, {"LOWER": "that"},
             {"LOWER": {"IN": ANAPHOR_UNITS}}],
            [{"LOWER": "the"}, {"LOWER": {"IN": ["following", "next", "previous", "preceding"]}},
             {"LOWER": {"IN": ANAPHOR_UNITS}}]],
    "DURATION": [[{"LOWER": {"IN": ["for", "over", "nearly", "almost", "than", "within", "about"]}},
                  {"LOWER": {"IN": ["a", "an"]}},
                  {"LOWER": {"IN": ["minute", "hour", "day", "week", "month", "year", "decade"]}},
                  {"LOWER": {"IN": ["ago", "earlier", "later", "before"]}, "OP": "!"}],
                 [{"LOWER": {"IN": ["several", "few"]}},
                  {"LOWER": {"IN": ["minutes", "hours", "days", "weeks", "months", "years", "decades"]}}],
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
                 [{"LOWER": {"IN": UNIT_ANY}}, {"TEXT": "-"}, {"LOWER": "long"}]],
}


def _lower_set(token: dict) -> set[str] | None:
    """The LOWER values a pattern token accepts, None if not a finite set."""
    value = token.get("LOWER")
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict) and set(value) == {"IN"}:
        return set(value["IN"])
    return None


def anchor_plan(patterns: dict[str, list[list[dict]]]) -> tuple[numpy.ndarray, set[int], int] | None:
    """Words one of which every match contains (each pattern's last required word set), the words
    a repeated token may take (both as LOWER hashes), and the longest pattern; None if a pattern
    has no such anchor."""
    anchors: set[str] = set()
    repeated: set[str] = set()
    longest = 0
    for pats in patterns.values():
        for pat in pats:
            longest = max(longest, len(pat))
            required = [_lower_set(t) for t in pat if t.get("OP") in (None, "+")]
            required = [r for r in required if r]
            if not required:
                return None
            anchors |= required[-1]
            for t in pat:
                if t.get("OP") in ("*", "+"):
                    words = _lower_set(t)
                    if words is None:
                        return None
                    repeated |= words
    return (numpy.array(sorted(hash_string(w) for w in anchors), dtype="uint64"),
            {hash_string(w) for w in repeated}, longest)


PLAN = anchor_plan(PATTERNS)


class Finder:
    """The Matcher, built once per vocab (the cache holds the vocab, so ids are never reused), run
    only on the windows around anchor words (a match always holds one): the same matches as over
    the whole Doc, at a fraction of the cost."""

    _cache: dict[int, tuple[object, Matcher]] = {}

    @classmethod
    def get(cls, doc: Doc) -> Matcher:
        cached = cls._cache.get(id(doc.vocab))
        if cached is None or cached[0] is not doc.vocab:
            matcher = Matcher(doc.vocab)
            for label, pats in PATTERNS.items():
                matcher.add(label, pats, greedy="LONGEST")
            cached = cls._cache[id(doc.vocab)] = (doc.vocab, matcher)
        return cached[1]

    @classmethod
    def matches(cls, doc: Doc) -> list[Span]:
        matcher = cls.get(doc)
        if PLAN is None:
            return list(matcher(doc, as_spans=True))
        return [m for a, b in windows(doc, PLAN) for m in matcher(doc[a:b], as_spans=True)]


def windows(doc: Doc, plan: tuple[numpy.ndarray, set[int], int]) -> list[tuple[int, int]]:
    """Disjoint token ranges that hold every possible match: `longest` tokens either side of each
    anchor word, stretched over runs of the words a repeated pattern token may take."""
    anchor_ids, repeat_ids, longest = plan
    lowers = doc.to_array([LOWER]).ravel() if len(doc) else numpy.zeros(0, dtype="uint64")
    out: list[list[int]] = []
    n = len(doc)
    for i in numpy.flatnonzero(numpy.isin(lowers, anchor_ids)).tolist():
        a, b = max(0, i - longest), min(n, i + longest + 1)
        while a > 0 and int(lowers[a - 1]) in repeat_ids:
            a -= 1
        while b < n and int(lowers[b]) in repeat_ids:
            b += 1
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def reference_date(value: object) -> date | None:
    """`doc._.published` (ISO date, datetime string, date or datetime) as a date, else None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    return None


def _pieces(span: Span) -> list[Span]:
    """Split an entity at connectives and trim hedges, prepositions and possessives."""
    out, start = [], span.start
    for tok in span:
        if tok.text in BREAKS or "\n" in tok.text:  # the model ran past a colon or a line break
            out.append(span.doc[start:tok.i])
            start = tok.i + 1
            continue
        the_following = tok.lower_ == "following" and tok.i > span.start and tok.nbor(-1).lower_ == "the"
        if (tok.lower_ in SPLIT_WORDS and not _joins(tok, span) and not the_following) or (
                tok.lower_ == "of" and tok.i > span.start
                and tok.nbor(-1).lower_ in ("months", "weeks", "days", "years", "quarters")):
            out.append(span.doc[start:tok.i])
            start = tok.i + 1
    out.append(span.doc[start:span.end])
    return [p for p in (_trim(p) for p in out) if p is not None]


def _joins(tok: Token, span: Span) -> bool:
    """True when a connective token is part of the expression: 'third-quarter', 'a year or two'."""
    if _two_days(tok):
        return False  # "10-12 June", "4 or 5 April": two days
    if tok.lower_ in ("-", "\u2013"):
        if 0 < tok.i < len(tok.doc) - 1 and tok.nbor(-1).lower_.rstrip(".") in MONTHS \
                and tok.nbor(1).lower_.rstrip(".") in MONTHS:
            return False  # "April-July": two months
        return not (tok.whitespace_ and tok.i > 0 and tok.nbor(-1).whitespace_)
    nxt = tok.nbor() if tok.i + 1 < span.end else None
    if nxt is None or tok.lower_ not in ("or", "and"):
        return False
    if tok.lower_ == "or" and nxt.lower_ == "so" or tok.lower_ == "and" and nxt.lower_ in ("a", "half") \
            and "half" in (t.lower_ for t in span.doc[nxt.i:nxt.i + 2]):
        return True  # "a week or so ago", "a minute and a half"
    if tok.i > span.start and tok.nbor(-1).lower_ in PLURAL_UNITS and nxt.lower_ in PLURAL_UNITS:
        return True  # "within weeks or months": one vague length
    if tok.i >= span.start + 2 and tok.nbor(-2).lower_.rstrip(".") in MONTHS and tok.nbor(-1).like_num:
        return False  # "April 24 and 25": two days
    return nxt.like_num and not re.fullmatch(r"\d{4}s?", nxt.text)


def _two_days(tok: Token) -> bool:
    """`tok` joins two days of one month written day first: "10-12 June", "4 or 5 April"."""
    doc, i = tok.doc, tok.i
    if tok.lower_ not in ("-", "\u2013", "or", "and", "to") or i == 0 or i + 2 >= len(doc):
        return False
    return bool(re.fullmatch(r"\d{1,2}", doc[i - 1].text) and re.fullmatch(r"\d{1,2}", doc[i + 1].text)
                and doc[i + 2].lower_.rstrip(".") in MONTHS)


def _trim(span: Span) -> Span | None:
    """Drop leading hedges/prepositions ('about', 'on') and trailing possessives and punctuation."""
    s, e = span.start, span.end
    doc = span.doc
    while s < e and (doc[s].lower_ in LEAD_TRIM and not _keeps(doc, s, e)):
        s += 1
    while s < e and (doc[e - 1].lower_ in TAIL_TRIM or doc[e - 1].is_punct) \
            and not (doc[e - 1].lower_ == "'s" and e - 2 >= s and re.fullmatch(r"\d{3}0", doc[e - 2].text)):
        e -= 1  # but "the mid 1990's" is a decade
    if s < e - 1 and doc[s].like_num and doc[s + 1].lower_ in ("a", "an", "the", "last", "this"):
        s += 1
    if s < e - 1 and doc[s].lower_ in ("a", "an") and (doc[s + 1].lower_.rstrip(".") in MONTHS or (
            doc[s + 1].lower_ in ORDINAL_WORDS and doc[s + 1:e].text.lower().endswith(("quarter", "half")))
            or re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", doc[s + 1].lower_) and doc[e - 1].lower_ == "century"
            or doc[s + 1].lower_ in DECADES):
        s += 1  # "an Aug. 10, 1988, agreement", "a fourth-quarter charge", "a 20th century man", "a 1980s"
    return doc[s:e] if s < e else None


def _keeps(doc: Doc, s: int, e: int) -> bool:
    """Leading words TimeBank keeps: 'early next year', 'as soon as possible'."""
    w = doc[s].lower_
    nxt = doc[s + 1].lower_ if s + 1 < e else ""
    early = nxt in ("next", "this", "last") or nxt.rstrip(".") in MONTHS or nxt in SEASON_WORDS \
        or re.fullmatch(r"(?:1[0-9]|20)\d0s|(?:1[0-9]|20)\d\d|'\d0s", nxt) is not None
    return (w == "early" and early
            or w == "as" and nxt == "soon"
            or w == "at" and nxt in ("least", "most"))


def _is_false_positive(span: Span) -> bool:
    """'may'/'march' as verbs, 'sat', amounts and ages."""
    text = span.text
    if AGE.search(text) and not re.fullmatch(r"(?:1[0-9]|20|21)\d\d", text):
        return True
    after_words = " ".join(t.lower_ for t in span.doc[span.end:span.end + 2])
    if re.match(r"-? ?olds?\b", after_words):
        return True  # "18 to 24 year olds", "a 10 year old boy", "10 to 28-year-olds"
    if re.fullmatch(r"the (?:days|weeks|months|years)", text, re.I) and after_words.startswith("of "):
        return True  # "the days of dedicated MP3 players": an era, not a time
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.lower_ == "of" and re.search(r"(?:thirds?|quarters?)$", text, re.I) \
            and span[0].lower_ not in ("the", "this", "last", "next") \
            and not re.search(r"(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter", text, re.I):
        return True  # "three-quarters of the market"
    if span[-1].lower_ == "current" and after is not None and after.lower_ in ("account", "accounts"):
        return True  # the balance of payments, not a time
    if span[-1].lower_ == "past" and after is not None and (after.like_num or after.lower_ in QUANT):
        return True  # "the past two months" is a duration the model missed, not PAST_REF
    if span[-1].lower_ == "soon" and (after is not None and after.lower_ in ("after", "as") or (
            span.start > 0 and span.doc[span.start - 1].lower_ == "as")):
        return True  # "as soon as", "soon after": a relation, not a time
    if span.text.lower() == "soon" and tense(span) == "past":
        return True  # "was soon released": shortly after a past event, not the article's future
    if any(t.is_title and t.lower_ in NAME_UNITS for t in span):
        return True  # a title, not a time: ABC's "This Week", "60 Minutes", the Hundred Years War
    if span[-1].is_title and span[-1].lower_ in MONTHS and span.end + 1 < len(span.doc) \
            and span.doc[span.end].lower_ in ("for", "of") and span.doc[span.end + 1].is_title:
        return True  # "the March for Life", "the March of Dimes"
    if _in_name(span):
        return True  # "BBC Radio 4's Today programme", "the Sunday Telegraph", "20th Century Fox"
    if re.fullmatch(r"(?:(?:some|many|all|other|these|those|various|certain|the) )?quarters", text, re.I):
        return True  # "in many quarters": places, not times
    if len(span) == 1:
        tok = span[0]
        if tok.lower_ in ("may", "march", "sat", "sun", "wed", "we", "mar", "jan") and (
                tok.pos_ in ("VERB", "AUX", "PRON") or tok.is_lower):
            return True
    return False


NAME_ENTS = {"ORG", "WORK_OF_ART", "PRODUCT", "FAC", "PERSON", "LAW"}
DEICTIC = {"today", "tonight", "tomorrow", "now", "yesterday"}
def _entity_of(tok: Token) -> Span:
    """The entity token `tok` is in, through the IOB tags."""
    doc, a, b = tok.doc, tok.i, tok.i
    while a > 0 and doc[a].ent_iob_ == "I":
        a -= 1
    while b + 1 < len(doc) and doc[b + 1].ent_iob_ == "I":
        b += 1
    return doc[a:b + 1]


def _opens(tok: Token) -> bool:
    """A token after which a sentence may start: a quote mark, a colon, a bracket, a dash, a break."""
    return tok.is_space or all(c in "`'\"\u201c\u2018\u00ab:;([-\u2013\u2014" for c in tok.text)
SEASON_WORDS = {"spring", "summer", "autumn", "fall", "winter"}


def _in_name(span: Span) -> bool:
    """A time word that is part of a name: inside an organisation or title entity, a capitalised
    "Today"/"Now" inside a sentence, or a weekday that starts a newspaper's or show's name."""
    doc = span.doc
    for ent in {_entity_of(t) for t in span if t.ent_type_ in NAME_ENTS and t.lower_ not in CLOCK_ZONES}:
        if any(t.is_alpha and not span.start <= t.i < span.end for t in ent):
            return True  # the name has words besides the time words ("20th Century Fox")
    first = span[0]
    if len(span) == 1 and first.lower_ in DEICTIC and first.is_title and not first.is_sent_start \
            and first.i > 0 and not _opens(doc[first.i - 1]):
        return True
    if len(span) == 1 and first.lower_.endswith("s") and first.lower_[:-1] in WEEKDAYS and first.i > 0 \
            and doc[first.i - 1].is_title and not doc[first.i - 1].is_sent_start:
        return True  # "the Happy Mondays"
    words = [t for t in span if t.is_alpha]
    if first.i > 0 and doc[first.i - 1].lower_ == "'s" and words and all(t.is_title for t in words) \
            and not any(t.lower_.rstrip(".") in MONTHS or t.lower_ in WEEKDAYS for t in words):
        return True  # "ITV1's This Morning"
    after = doc[span.end] if span.end < len(doc) else None
    if span[-1].is_title and span[-1].lower_ in UNIT_WORDS and after is not None and after.is_title \
            and after.pos_ == "PROPN" and not after.is_sent_start:
        return True  # "20th Century Fox"
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    return span[-1].lower_ in WEEKDAYS and before in ("the", "'s") and after is not None and after.is_title \
        and after.lower_ not in DAY_PARTS | DAYISH and after.lower_.rstrip(".") not in MONTHS \
        and after.ent_type_ != "PERSON"


ORDINAL_WORDS = {"first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"}
NAME_UNITS = {"week", "weeks", "minute", "minutes", "hour", "hours", "month", "months", "years"}
QUANT = {"few", "several", "many", "century", "decade", "year", "month", "week", "day", "quarter"}
LEFT_EXT = {"each", "every", "this", "last", "next", "that", "the", "early", "late", "mid"}
DAY_PARTS = {"morning", "afternoon", "evening", "night", "nights", "mornings"}
DAYISH = set(WEEKDAYS) | {"today", "yesterday", "tomorrow", "tonight"}


def _entities(doc: Doc) -> list[Span]:
    """The model's DATE/TIME entities, widened by 'each'/'this' and day parts, with a clock time
    joined to its day ('10 a.m. Thursday', 'Friday evening')."""
    out: list[Span] = []
    for ent in doc.ents:
        clock = ent.label_ == "CARDINAL" and any(rx.fullmatch(ent.text) for rx in (GLUED_CLOCK, NUMERIC_DATE))
        if ent.label_ not in ("DATE", "TIME") and not clock:
            continue
        s, e = ent.start, ent.end
        if s > 0 and doc[s - 1].lower_ in LEFT_EXT and ent[0].lower_ not in LEFT_EXT | {"a", "an"} \
                and not (doc[s - 1].lower_ == "the" and (ent[0].like_num or ent[0].pos_ == "PROPN")):
            s -= 1
        if s > 0 and (ent[0].lower_.rstrip(".") in MONTHS and re.fullmatch(r"\d{1,2}", doc[s - 1].text)
                      or re.fullmatch(r"\d{4}", ent.text) and re.fullmatch(r"[QqHh][1-4]", doc[s - 1].text)):
            s -= 1  # "the 11 | December", "H1 | 2024": the model took only the month or the year
        s, e = _period_words(doc, s, e)
        e = _widen_right(doc, e)
        if out and (_adjacent(out[-1], doc[s:e]) or _vague_pair(out[-1], doc[s:e])):
            s = out.pop().start
        out.append(doc[s:e])
    return out


def _widen_right(doc: Doc, e: int) -> int:
    """The end of an entity that the model cut short: "1830 | GMT" (a time, not the year 1830),
    "a month | -long strike"."""
    if e < len(doc) and doc[e].lower_ in CLOCK_ZONES and HHMM.fullmatch(doc[e - 1].text):
        return e + 1
    long_ = e + 1 < len(doc) and (doc[e].text, doc[e + 1].lower_) == ("-", "long")
    if long_ and doc[e - 1].lower_ in UNIT_ANY:
        return e + 2
    return e


PERIOD_WORDS = {"period", "quarter"}
COMPARE = {"same", "corresponding", "comparable"}
YEAR_BACK_ENT = re.compile(r"^(?:last year|a year (?:ago|earlier))$", re.I)


def _period_words(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """Reporting periods named around a year: 'the 1988 period', 'the corresponding period last
    year', 'last year's quarter' are one expression (the model often tags only the year part)."""
    text = doc[s:e].text
    if re.fullmatch(r"(?:1[89]|20)\d\d", text) and e < len(doc) and doc[e].lower_ in PERIOD_WORDS \
            and s > 0 and doc[s - 1].lower_ == "the":
        return s - 1, e + 1
    if YEAR_BACK_ENT.match(text):
        if s > 0 and doc[s - 1].lower_ in PERIOD_WORDS:
            k = s - 1
            if k > 0 and doc[k - 1].lower_ in COMPARE:
                k -= 1
            if k > 0 and doc[k - 1].lower_ == "the":
                k -= 1
            return k, e
        if e + 1 < len(doc) and doc[e].lower_ == "'s" and doc[e + 1].lower_ in PERIOD_WORDS \
                and text.lower() == "last year":
            return s, e + 2
    return s, e


PLURAL_UNITS = {"days", "weeks", "months", "years", "decades"}


def _vague_pair(a: Span, b: Span) -> bool:
    """'weeks or months', 'days and weeks': one vague length, not two."""
    gap = a.doc[a.end:b.start]
    return len(gap) == 1 and gap[0].lower_ in ("or", "and") and a.text.lower() in PLURAL_UNITS \
        and b.text.lower() in PLURAL_UNITS


CLOCK = re.compile(r"\d\s?[ap]\.?m\b|\d:\d\d|\bnoon\b|\bmidnight\b|o'clock", re.I)


def _adjacent(a: Span, b: Span) -> bool:
    """Two entities that form one expression: a clock time next to its day, a day next to a part."""
    gap = a.doc[a.end:b.start]
    if len(gap) > 1 or (len(gap) == 1 and gap[0].text not in (",", "on")):
        return False
    day_words = {a[-1].lower_, b[0].lower_, a[0].lower_}
    if len(a) == 1 and a[0].lower_ in WEEKDAYS and b[0].lower_.rstrip(".") in MONTHS and len(b) > 1:
        return True  # "Friday Oct. 13", "Thursday, April 6"
    return any(CLOCK.search(x.text) for x in (a, b)) or bool(day_words & DAYISH) and bool(
        day_words & DAY_PARTS)


def candidates(doc: Doc) -> list[Span]:
    """Temporal spans: the model's DATE/TIME entities (split, trimmed) and pattern matches."""
    spans: list[Span] = []
    taken: set[int] = set()
    for ent in _entities(doc):
        for piece in _pieces(ent):
            spans.append(piece)
            taken.update(range(piece.start, piece.end))
    matches = sorted(Finder.matches(doc), key=lambda s: (s.start, -len(s)))
    for m in matches:
        if taken.isdisjoint(range(m.start, m.end)):
            piece = _trim(m) or m
            spans.append(piece)
            taken.update(range(m.start, m.end))
    return sorted(spans, key=lambda s: s.start)


def extract(doc: Doc) -> list[dict]:
    """Return the article's temporal expressions as plain dicts shaped like pipeline.types.Date."""
    try:
        return _extract(doc)
    except Exception:  # noqa: BLE001 - odd input must never break the pipeline
        return []


def _extract(doc: Doc) -> list[dict]:
    """Find, normalise, then resolve what depends on the article's other expressions."""
    ref = reference_date(doc._.published)
    return resolve(list(_normalised(doc, ref)), ref)


def _normalised(doc: Doc, ref: date | None) -> Iterator[tuple[Span, Result]]:
    """(span, (type, value, anchored)) for each candidate; a joined span that does not normalise
    falls back to the entities it was joined from."""
    prev: tuple[Span, Result] | None = None
    spans = candidates(doc)
    for k, span in enumerate(spans):
        day = _second_day(span, prev) or _first_day(span, spans[k + 1] if k + 1 < len(spans) else None, ref)
        if day is not None:
            yield span, day
            continue
        for found in _normalise_span(doc, span, ref):
            prev = found
            yield found


def _second_day(span: Span, prev: tuple[Span, Result] | None) -> Result | None:
    """The bare day of 'April 24 and 25' / 'May 3-5': the month and year of the day before it."""
    if prev is None or not re.fullmatch(r"\d{1,2}", span.text) or not 1 <= int(span.text) <= 31:
        return None
    pspan, (kind, value, anchored) = prev
    gap = span.doc[pspan.end:span.start]
    if kind != "DATE" or not value or not re.fullmatch(r"\d{4}-\d\d-\d\d", value) or len(gap) != 1 \
            or gap[0].lower_ not in ("and", "or", "to", "-", "\u2013", "through") \
            or not re.search(r"\d$", pspan.text) or int(span.text) <= int(value[8:]):
        return None
    return kind, f"{value[:8]}{int(span.text):02d}", anchored


def _first_day(span: Span, nxt: Span | None, ref: date | None) -> Result | None:
    """The bare first day of '10-12 June' / '4 or 5 April': the month and year of the day after it;
    the bare first time of 'from 1130 to 1215 GMT'."""
    if nxt is None:
        return None
    gap = span.doc[span.end:nxt.start]
    if len(gap) != 1 or gap[0].lower_ not in ("and", "or", "to", "-", "\u2013", "through"):
        return None
    if HHMM.fullmatch(span.text) and nxt[-1].lower_ in CLOCK_ZONES:
        res = normalise(nxt.text, ref, tense(nxt))
        if res is not None and res[0] == "TIME" and res[1]:
            return "TIME", f"{res[1][:11]}{span.text[:2]}:{span.text[2:]}", res[2]
        return None
    if not re.fullmatch(r"\d{1,2}", span.text) or not re.match(r"\d{1,2} [A-Za-z]", nxt.text):
        return None
    res = normalise(nxt.text, ref, tense(nxt))
    if res is None or res[0] != "DATE" or not re.fullmatch(r"(?:\d{4}|XXXX)-\d\d-\d\d", res[1] or "") \
            or not 1 <= int(span.text) < int(res[1][8:]):
        return None
    return "DATE", f"{res[1][:8]}{int(span.text):02d}", res[2]


TAIL_START = {"a", "an", "the", "several", "few", "last", "next", "this", "each", "every"}


def _tail(span: Span, ref: date | None) -> tuple[Span, Result] | None:
    """The longest end of a span that normalises, starting at a number or a determiner."""
    for i in range(span.start + 1, span.end):
        tok = span.doc[i]
        if tok.like_num or tok.lower_ in TAIL_START:
            part = span.doc[i:span.end]
            res = None if _is_false_positive(part) else normalise(part.text, ref, tense(part))
            if res is not None:
                return part, res
    return None


def _head(span: Span, ref: date | None) -> tuple[Span, Result] | None:
    """The span without capitalised words the model ran on into: "10 January | Cellnet"."""
    e = span.end
    doc = span.doc
    while e - 1 > span.start and doc[e - 1].is_title and doc[e - 1].lower_.rstrip(".") not in MONTHS \
            and doc[e - 1].lower_ not in WEEKDAYS:
        e -= 1
    if e == span.end:
        return None
    part = doc[span.start:e]
    res = None if _is_false_positive(part) else normalise(part.text, ref, tense(part))
    return (part, res) if res is not None else None


LENGTH_PAIR = re.compile(r"(?:between )?(\S+) (?:and|to|or|-) (\S+ (\w+))", re.I)


def _length_pair(span: Span, ref: date | None) -> list[tuple[Span, Result]] | None:
    """ "between six and 12 months", "two to three weeks": two lengths, the first in the second's unit."""
    m = LENGTH_PAIR.fullmatch(span.text)
    if m is None:
        return None
    doc = span.doc
    first = doc.char_span(span.start_char + m.start(1), span.start_char + m.end(1))
    second = doc.char_span(span.start_char + m.start(2), span.end_char)
    if first is None or second is None or not first[0].like_num:
        return None
    res2 = normalise(second.text, ref, "")
    res1 = normalise(f"{first.text} {m.group(3)}", ref, "")
    if res1 is None or res2 is None or res1[0] != "DURATION" or res2[0] != "DURATION":
        return None
    return [(first, res1), (second, res2)]


LENGTH_BEFORE = {"for", "in", "within", "over", "after", "than", "just", "only"}


def _indefinite(span: Span, res: Result) -> Result:
    """'one day' / 'some day' used as an adverb, not a length: 'Islam will one day be ...'."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    if span.text.lower() not in ("one day", "some day", "someday") or before in LENGTH_BEFORE \
            or after in ("after", "before", "later", "earlier", "of"):
        return res
    if before in FUTURE_AUX | MODALS or tense(span) in ("future", "modal"):
        return "DATE", "FUTURE_REF", False
    return res


RATE_UNIT = re.compile(r"(?:a|an) (year|month|week|day|hour)", re.I)


def _rate(span: Span, res: Result) -> Result:
    """ "a year" after an amount or a plural noun is a rate, a SET: "$33 million a year", "two
    flights a week", "twice a day"; elsewhere a length ("just a month after", "within a week")."""
    m = RATE_UNIT.fullmatch(span.text)
    if m is None or span.start == 0:
        return res
    doc = span.doc
    before = doc[span.start - 1]
    if before.text == ")" and span.start >= 3:  # "$5bn (£2.7bn) a year"
        before = doc[span.start - 2]
    if before.like_num or before.tag_ in ("NNS", "NNPS", "CD", "$") or before.text == "%" \
            or before.lower_ in ("once", "twice", "times") or before.lower_ in PLURAL_UNITS | {"nights"}:
        unit = m.group(1).lower()
        return "SET", f"P{'T' if unit == 'hour' else ''}1{unit[0].upper()}", False
    return res


def _normalise_span(doc: Doc, span: Span, ref: date | None) -> Iterator[tuple[Span, Result]]:
    """One candidate, or the entities it was joined from when it does not normalise as a whole."""
    res = None if _is_false_positive(span) else normalise(span.text, ref, tense(span))
    if res is not None:
        yield span, _rate(span, _indefinite(span, res))
        return
    inner = [(e.start, e.end) for e in doc.ents if span.start <= e.start and e.end <= span.end]
    if inner in ([], [(span.start, span.end)]):  # words in front: "an interview several months"
        pair = _length_pair(span, ref)
        found = pair or [x for x in (_head(span, ref) or _tail(span, ref),) if x is not None]
        yield from found
        return
    for e in doc.ents:
        if e.label_ not in ("DATE", "TIME") or not span.start <= e.start or not e.end <= span.end \
                or (e.start, e.end) == (span.start, span.end):
            continue
        for part in _pieces(e):
            res = None if _is_false_positive(part) else normalise(part.text, ref, tense(part))
            if res is not None:
                yield part, res
