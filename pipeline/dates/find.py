"""Finding temporal expressions for the dates stage: the model's DATE/TIME entities, widened where
the model cut them short ("1830 | GMT", "the 11 | December", "a month | -long"), split at connectives
and line breaks and trimmed of hedges and possessives, plus Matcher patterns for what the model
misses (now, recently, weekdays, "every year", "four years", "that day" ...). The Matcher runs only
on windows around anchor words, which gives the same matches as a run over the whole Doc.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import LOWER
from spacy.matcher import Matcher
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from pipeline.vocab import HHMM, MONTHS, WEEKDAYS

SPLIT_WORDS = {"to", "through", "and", "or", "ended", "ending", "until", "till", "from", "between",
               "-", "\u2013", "thru", "since", "following", "versus", "vs", "vs."}


BREAKS = {":", ";", "(", ")", "[", "]", "\"", "\u201c", "\u201d", "|"}


LEAD_TRIM = {"about", "just", "only", "barely", "within", "both", "sometime", "around", "as", "early",
             "by", "in", "on", "at", "of", "for", "since", "during", "from", "than", "'s", "d'etat",
             "approximately", "roughly", "some", ",", "-", "(", "\"", "'"}


TAIL_TRIM = {"'s", "'", ",", "-", ".", "(", ")", "\"", "later", "of", "and", "or", "to", "the"}


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
             {"LOWER": {"IN": UNIT_WORDS + list(WEEKDAYS) + ["spring", "summer", "autumn", "fall", "winter",
                                                          "morning", "afternoon", "evening", "night"]}}]],
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
              [{"TEXT": {"REGEX": r"^\d{1,2}[.:][0-5]\d$"}},
               {"LOWER": {"IN": ["am", "pm", "a.m.", "p.m."]}, "OP": "?"},
               {"TEXT": "(", "OP": "?"}, {"LOWER": {"IN": sorted(CLOCK_ZONES)}},
               {"TEXT": {"REGEX": f"^{OFFSET.pattern}$"}, "OP": "?"}, {"TEXT": ")", "OP": "?"}],
              [{"TEXT": {"REGEX": r"^\d{1,2}[.:][0-5]\d$"}},
               {"LOWER": {"IN": ["am", "pm", "a.m.", "p.m."]}}]],
    "DECADE": [[{"LOWER": {"IN": DECADES}}]],
    "SEASON": [[{"LOWER": {"IN": ["this", "last", "next", "current", "coming", "past"]}},
                {"IS_ALPHA": True, "IS_LOWER": True, "OP": "?"}, {"LOWER": "season"}]],
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
                 [NUM_TOKEN, {"LOWER": "and"}, {"LOWER": {"IN": ["a", "one"]}}, {"LOWER": "half"},
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


def entity_pieces(span: Span) -> list[Span]:
    """Split an entity at connectives and trim hedges, prepositions and possessives."""
    out, start = [], span.start
    for tok in span:
        if tok.text in BREAKS and not _zone_paren(tok) or "\n" in tok.text:  # past a colon or a line break
            out.append(span.doc[start:tok.i])
            start = tok.i + 1
            continue
        the_following = tok.lower_ == "following" and tok.i > span.start and tok.nbor(-1).lower_ == "the"
        if (tok.lower_ in SPLIT_WORDS and not _joins(tok, span) and not the_following) or _year_list(tok) \
                or _length_after(tok, span) or (
                tok.lower_ == "of" and tok.i > span.start
                and tok.nbor(-1).lower_ in ("months", "weeks", "days", "years", "quarters")):
            if tok.lower_ in ("-", "\u2013") and tok.i - start == 2 and span.doc[start].lower_ == "the":
                start += 1  # "the 2001-2002 season": two years
            out.append(span.doc[start:tok.i])
            start = tok.i + 1
        elif RACE_TIME.fullmatch(tok.text) and len(span) > 1:  # "3:58.21 last year": a length, then a date
            out += [span.doc[start:tok.i], span.doc[tok.i:tok.i + 1]]
            start = tok.i + 1
    out.append(span.doc[start:span.end])
    return [p for p in (_trim(p) for p in out) if p is not None and len(p)]


def _zone_paren(tok: Token) -> bool:
    """A bracket around a time zone: "6:40 p.m. (GMT +8)"."""
    doc, i = tok.doc, tok.i
    if tok.text == "(":
        return i + 1 < len(doc) and doc[i + 1].lower_ in CLOCK_ZONES
    return tok.text == ")" and any(t.lower_ in CLOCK_ZONES for t in doc[max(0, i - 2):i])


def _year_list(tok: Token) -> bool:
    """A comma between two years: "in 1994, 1995 and 1997" are three times."""
    doc, i = tok.doc, tok.i
    return tok.text == "," and 0 < i < len(doc) - 1 and YEAR.fullmatch(doc[i - 1].text) is not None \
        and YEAR.fullmatch(doc[i + 1].text) is not None


YEAR = re.compile(r"(?:1[5-9]|20)\d\d")


LENGTH_OPENERS = {"a", "an", "about", "nearly", "almost", "some", "just", "only", "several", "few"}


def _length_after(tok: Token, span: Span) -> bool:
    """A comma between a date and a length: "November 11, three days later", "March 3, a week
    before its rival" are two expressions."""
    doc, i = tok.doc, tok.i
    if tok.text != "," or i == span.start or i + 2 >= span.end or doc[i - 1].lower_ in UNIT_ANY:
        return False
    nxt = doc[i + 1]
    if not (nxt.like_num and not YEAR.fullmatch(nxt.text)) and nxt.lower_ not in LENGTH_OPENERS:
        return False
    return any(t.lower_ in UNIT_ANY for t in doc[i + 2:min(i + 5, span.end)])


def _joins(tok: Token, span: Span) -> bool:
    """True when a connective token is part of the expression: 'third-quarter', 'a year or two'."""
    if _two_days(tok):
        return False  # "10-12 June", "4 or 5 April": two days
    if tok.lower_ in ("-", "\u2013"):
        if 0 < tok.i < len(tok.doc) - 1 and tok.nbor(-1).lower_.rstrip(".") in MONTHS \
                and tok.nbor(1).lower_.rstrip(".") in MONTHS:
            return False  # "April-July": two months
        if 0 < tok.i < len(tok.doc) - 1 and _two_years(tok.nbor(-1).text, tok.nbor(1).text):
            return False  # "2001-2002", "1968-69": two years
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


def _two_years(first: str, second: str) -> bool:
    """ "2001-2002", "1968-69": a span of years, not an ISO year-month ("2024-06")."""
    if not YEAR.fullmatch(first):
        return False
    if YEAR.fullmatch(second):
        return int(second) > int(first)
    return re.fullmatch(r"\d\d", second) is not None and int(second) == (int(first) + 1) % 100


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
            and not (doc[e - 1].text == ")" and "(" in doc[s:e].text) \
            and not (doc[e - 1].lower_ == "'s" and e - 2 >= s and re.fullmatch(r"\d{3}0", doc[e - 2].text)):
        e -= 1  # but "the mid 1990's" is a decade
    if s < e - 1 and doc[s].like_num and doc[s + 1].lower_ in ("a", "an", "the", "last", "this"):
        s += 1
    if s + 2 < e and doc[s].lower_ == "the" and doc[s + 1].lower_ == "day" and doc[s + 2].lower_ in WEEKDAYS:
        s += 2  # "during the day Friday": the weekday
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
            or w == "some" and nxt == "time"
            or w == "as" and nxt == "soon"
            or w == "at" and nxt in ("least", "most"))


SEASON_WORDS = {"spring", "summer", "autumn", "fall", "winter"}


ORDINAL_WORDS = {"first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"}


LEFT_EXT = {"each", "every", "this", "last", "next", "that", "the", "early", "late", "mid"}


DAY_PARTS = {"morning", "afternoon", "evening", "night", "nights", "mornings"}


DAYISH = set(WEEKDAYS) | {"today", "yesterday", "tomorrow", "tonight"}


def _entities(doc: Doc) -> list[Span]:
    """The model's DATE/TIME entities, widened by 'each'/'this' and day parts, with a clock time
    joined to its day ('10 a.m. Thursday', 'Friday evening')."""
    out: list[Span] = []
    for ent in doc.ents:
        clock = ent.label_ == "CARDINAL" and any(rx.fullmatch(ent.text) for rx in (GLUED_CLOCK, NUMERIC_DATE,
                                                                                     RACE_TIME))
        if ent.label_ not in ("DATE", "TIME") and not clock:
            continue
        s, e = ent.start, ent.end
        if s > 0 and doc[s - 1].lower_ in LEFT_EXT and ent[0].lower_ not in LEFT_EXT | {"a", "an"} \
                and not (doc[s - 1].lower_ == "the" and (ent[0].like_num or ent[0].pos_ == "PROPN")):
            s -= 1
        s = _widen_left(doc, s, ent)
        s, e = _period_words(doc, s, e)
        e = _widen_right(doc, e)
        if out and (_adjacent(out[-1], doc[s:e]) or _vague_pair(out[-1], doc[s:e])):
            s = out.pop().start
        out.append(doc[s:e])
    return out


def _widen_left(doc: Doc, s: int, ent: Span) -> int:
    """The start of an entity that the model cut short: "the 11 | December", "H1 | 2024" (the model
    took only the month or the year)."""
    if s > 0 and doc[s - 1].lower_ == "easter" and ent[0].lower_ in ("sunday", "monday"):
        return s - 1  # "Easter | Monday"
    if s > 0 and (ent[0].lower_.rstrip(".") in MONTHS and re.fullmatch(r"\d{1,2}", doc[s - 1].text)
                  or re.fullmatch(r"\d{4}", ent.text) and re.fullmatch(r"[QqHh][1-4]", doc[s - 1].text)):
        return s - 1
    return s


def _widen_right(doc: Doc, e: int) -> int:
    """The end of an entity that the model cut short: "1830 | GMT" (a time, not the year 1830),
    "6:40 p.m. | (GMT +8)", "a month | -long strike", "from 2009 | to 2011" (the second end, split
    off later)."""
    if e < len(doc) and (doc[e].lower_ in CLOCK_ZONES or doc[e].text == "(") \
            and CLOCK.search(doc[max(0, e - 2):e].text):
        return _zone_end(doc, e)
    if e < len(doc) and doc[e].lower_ in CLOCK_ZONES and HHMM.fullmatch(doc[e - 1].text):
        return e + 1
    if e + 1 < len(doc) and YEAR.fullmatch(doc[e - 1].text) and doc[e].lower_ in RANGE_WORDS \
            and YEAR.fullmatch(doc[e + 1].text) and not doc[e + 1].ent_type_:
        return e + 2
    if e + 1 < len(doc) and doc[e - 1].lower_ in ("day", "week", "month", "year") and e - 2 >= 0 \
            and doc[e - 2].lower_ == "the" and doc[e].lower_ in ("before", "after") \
            and (e + 1 == len(doc) or doc[e + 1].is_punct):
        return e + 1  # "The day before, ...": an anaphor, not "the day before his death"
    long_ = e + 1 < len(doc) and (doc[e].text, doc[e + 1].lower_) == ("-", "long")
    if long_ and doc[e - 1].lower_ in UNIT_ANY:
        return e + 2
    return e


RANGE_WORDS = {"to", "and", "or", "through", "until", "till", "-", "\u2013"}


def _zone_end(doc: Doc, e: int) -> int:
    """The end of a time zone after a clock time: "UTC", "GMT+1", "(GMT +8)"; `e` if none."""
    k = e + (doc[e].text == "(")
    if k >= len(doc) or doc[k].lower_ not in CLOCK_ZONES:
        return e
    k += 1
    if k < len(doc) and OFFSET.fullmatch(doc[k].text) and doc[k - 1].lower_ in UTC_WORDS:
        k += 1
    if doc[e].text == "(":
        return k + 1 if k < len(doc) and doc[k].text == ")" else e
    return k


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
    if len(gap) == 1 and gap[0].text == "," and a[-1].lower_ in ("hours", "hour", "minutes", "minute") \
            and b[-1].lower_ in ("minutes", "minute", "seconds", "second") and b[0].like_num:
        return True  # a race time: "eight minutes, 49.87 seconds"
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
        for piece in entity_pieces(ent):
            spans.append(piece)
            taken.update(range(piece.start, piece.end))
    matches = sorted(Finder.matches(doc), key=lambda s: (s.start, -len(s)))
    for m in matches:
        if m.end < len(doc) and doc[m.end].text == "-" and not m[-1].whitespace_:
            continue  # the last word opens a compound: "their third day-long meeting"
        if taken.isdisjoint(range(m.start, m.end)):
            piece = _trim(m) or m
            spans.append(piece)
            taken.update(range(m.start, m.end))
    return _zoned_days(sorted(spans, key=lambda s: s.start))


def _zoned_days(spans: list[Span]) -> list[Span]:
    """A clock time with its zone joined to the day right after it: "09:45 GMT Friday"."""
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and prev[-1].lower_ in CLOCK_ZONES | {")"} and span.start - prev.end <= 1 \
                and all(t.lower_ == "on" for t in span.doc[prev.end:span.start]) \
                and len(span) == 1 and span[0].lower_ in DAYISH:
            out[-1] = span.doc[prev.start:span.end]
            continue
        out.append(span)
    return out
