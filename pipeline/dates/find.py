"""Finding temporal expressions for the dates stage: the model's DATE/TIME entities, widened where
the model cut them short ("1830 | GMT", "the 11 | December", "a month | -long"), split at connectives
and line breaks and trimmed of hedges and possessives, plus Matcher patterns for what the model
misses (`pipeline.dates.patterns`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.dates.patterns import (
    CLOCK_ZONES,
    DECADES,
    GLUED_CLOCK,
    NUMERIC_DATE,
    OFFSET,
    RACE_TIME,
    UNIT_ANY,
    UTC_WORDS,
    Finder,
)
from pipeline.vocab import HHMM, MONTHS, WEEKDAYS

SPLIT_WORDS = {"to", "through", "and", "or", "ended", "ending", "until", "till", "from", "between",
               "-", "\u2013", "thru", "since", "following", "versus", "vs", "vs."}


BREAKS = {":", ";", "(", ")", "[", "]", "\"", "\u201c", "\u201d", "|"}


LEAD_TRIM = {"about", "just", "only", "barely", "within", "both", "sometime", "around", "as", "early",
             "by", "in", "on", "at", "of", "for", "since", "during", "from", "than", "'s", "d'etat",
             "approximately", "roughly", "some", ",", "-", "(", "\"", "'"}


TAIL_TRIM = {"'s", "'", ",", "-", ".", "(", ")", "\"", "later", "of", "and", "or", "to", "the"}


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
        if prev is not None and (prev[-1].lower_ in CLOCK_ZONES or prev[-1].text == ")") \
                and span.start - prev.end <= 1 \
                and all(t.lower_ == "on" for t in span.doc[prev.end:span.start]) \
                and len(span) == 1 and span[0].lower_ in DAYISH:
            out[-1] = span.doc[prev.start:span.end]
            continue
        out.append(span)
    return out
