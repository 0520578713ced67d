"""Values that depend on the article's other temporal expressions, not on the expression alone.

`resolve(found, ref)` takes the normalised (span, (type, value, anchored)) pairs in text order and
returns the final items:

- comparisons in results stories: "a year earlier", "the year-ago period", "the corresponding
  period last year" and "the quarter" refer to the reporting quarter (a relative quarter named in
  the same sentence, else the article's first), as TimeBank annotates them; a year-back comparison
  in a sentence about a multi-quarter period ("the nine months") is the year before;
- anaphora: "that year", "the following month", "earlier that day", "the next morning" take the
  time last mentioned (at their own granularity), as a reader resolves them;
- a bare clock time takes the day last mentioned (without a reference date, only a day named
  just before it).

Without a reference date a year-less date keeps XXXX even when the text named a year shortly
before: measured on BBC articles, that year was the wrong one about half the time (background
years such as "the 2001 attacks" or a forecast "by 2009").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from spacy.tokens import Span

from pipeline.dates.calendar import PARTS, Result, iso_week
from pipeline.dates.relative import ANAPHOR, ANAPHOR_STEP, SAME_LAST_YEAR, weekday_from
from pipeline.dates.text import clean
from pipeline.vocab import MONTHS, WEEKDAYS

DAY_WORD = re.compile(r"\b(?:today|tonight|this|yesterday|tomorrow|" + "|".join(WEEKDAYS) + "|"
                      + "|".join(MONTHS) + r")\b", re.I)
QUARTER_VAL = re.compile(r"^(\d{4})-Q(\d)$")
YEAR_BACK = re.compile(
    r"^(?:the |a |one )?(?:comparable |corresponding )?year (?:ago|earlier)"
    r"(?: (?:first |second |third |fourth )?(?:quarter|period|nine months|six months))?$"
    r"|^(?:the )?(?:same |corresponding |comparable |year ago |year earlier )?(?:fiscal )?(?:quarter|period) "
    r"(?:a year (?:ago|earlier)|last year)$"  # "the corresponding period last year"
    r"|^last year (?:fiscal )?(?:quarter|period)$")  # "last year's quarter"
THE_QUARTER = re.compile(r"^(?:the |this |that )?(?:latest |same |comparable |recent |fiscal )?"
                         r"(?:quarter|period)$")
THAT_QUARTER = re.compile(r"^that (?:same )?quarter$")  # the quarter last mentioned, not the reporting one
YEAR_PERIOD = re.compile(r"^(?:the )?(\d{4}) (?:fiscal )?(?:quarter|period)$")
MULTI_QUARTER = re.compile(r"\b(?:nine|six|9|6)[- ]months?\b|\bfirst half\b|\byear to date\b", re.I)
CALENDAR = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d)?)?$")


def resolve(found: list[tuple[Span, Result]], ref: date | None) -> list[dict]:
    """The items of one article, with context-dependent values resolved (see the module doc)."""
    texts = [clean(span.text) for span, _ in found]
    quarters = [i for i, (span, res) in enumerate(found) if res[1] and QUARTER_VAL.match(res[1])
                and not YEAR_BACK.match(texts[i]) and not THE_QUARTER.match(texts[i])]
    items: list[dict] = []
    last_day: str | None = None  # the day last mentioned: a bare clock time belongs to it
    last_cal: tuple[str, bool] | None = None  # the calendar value last mentioned: "that year" refers to it
    year_back = -1  # the last quarter named in apposition to a year-back one
    for i, (span, (kind, value, anchored)) in enumerate(found):
        doc = span.doc
        if value and re.fullmatch(r"\d{4}", value) and span.end < len(doc) and \
                doc[span.end].lower_ in ("ended", "ending") and span[-1].lower_ == "year":
            kind, value, anchored = "DURATION", "P1Y", False  # "the year ended Sept. 30"
        last_q = _quarter_for(i, span, quarters, found)
        if THAT_QUARTER.match(texts[i]):
            prev = next((x for x in reversed(items) if QUARTER_VAL.match(x["value"] or "")), None)
            if prev is not None:
                last_q, anchored = prev["value"], prev["anchored"]
        value = _in_context(texts[i], value, last_q, span)
        shifted = _appositive_quarter(i, span, value, found, items)
        if shifted != value:
            value, year_back = shifted, i  # "the year-ago quarter, the second quarter ended Oct. 31"
        elif year_back == i - 1:
            value = _period_end(i, span, value, found, items)
        anaphor = _anaphor(texts[i], last_cal[0]) if last_cal else None
        if anaphor is not None:
            (kind, value), anchored = anaphor, last_cal[1]
        elif last_day and (weekday := _weekday_anaphor(texts[i], last_day)) is not None:
            kind, value = weekday
        if kind == "TIME" and value and last_day and _bare_clock(span, value, ref, last_cal, last_day):
            value = last_day + value[10:]
        if kind == "DATE" and value and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            last_day = value
        if kind in ("DATE", "TIME") and value and CALENDAR.match(value[:10]):
            last_cal = value[:10], anchored
        elif kind == "DATE" and value and value.startswith("XXXX"):
            last_cal = None  # an unknown time: what follows cannot be anchored on an earlier one
        items.append({"start": span.start_char, "end": span.end_char, "text": span.text,
                      "type": kind, "value": value.upper() if value else None, "anchored": anchored})
    return items


def _appositive_quarter(i: int, span: Span, value: str | None, found: list[tuple[Span, Result]],
                        items: list[dict]) -> str | None:
    """ "the comparable year-ago quarter, the second quarter ended Oct. 31": a quarter set off by a
    comma after a year-back quarter names that quarter, in its year."""
    m = QUARTER_VAL.match(value or "")
    prev = _quarter_before(i, span, found, items, (",",)) if m else None
    if prev is None or not YEAR_BACK.match(clean(found[i - 1][0].text)):
        return value
    return f"{prev.group(1)}-Q{m.group(2)}"


def _period_end(i: int, span: Span, value: str | None, found: list[tuple[Span, Result]],
                items: list[dict]) -> str | None:
    """ "the year-ago quarter, the second quarter (1988-Q2) ended Oct. 31": a year-less end date takes
    the year of the year-back quarter it ends."""
    if not value or not re.fullmatch(r"\d{4}-\d\d-\d\d", value) or re.search(r"\d{4}", span.text):
        return value
    prev = _quarter_before(i, span, found, items, ("ended", "ending"))
    return value if prev is None else prev.group(1) + value[4:]


def _quarter_before(i: int, span: Span, found: list[tuple[Span, Result]], items: list[dict],
                    gap_words: tuple[str, ...]) -> re.Match | None:
    """The quarter value of the item just before, when one of `gap_words` alone separates the two."""
    if i == 0 or not items:
        return None
    gap = span.doc[found[i - 1][0].end:span.start]
    if len(gap) != 1 or gap[0].lower_ not in gap_words:
        return None
    return QUARTER_VAL.match(items[-1]["value"] or "")


def _bare_clock(span: Span, value: str, ref: date | None, last_cal: tuple[str, bool] | None,
                last_day: str) -> bool:
    """A clock time without a day of its own, which takes the day last mentioned (without a
    reference date, only when that day is the last time mentioned)."""
    if DAY_WORD.search(span.text):
        return False
    if ref is not None:
        return value.startswith(ref.isoformat())
    return value.startswith("XXXX-XX-XXT") and last_cal is not None and last_cal[0] == last_day


def _in_context(text: str, value: str | None, last_q: str | None, span: Span) -> str | None:
    """TimeBank's reading of 'a year earlier' / 'the quarter' after a quarter was mentioned."""
    back = YEAR_BACK.match(text) or YEAR_PERIOD.match(text)
    if back and value and re.match(r"\d{4}", value) and span.doc.has_annotation("SENT_START") \
            and MULTI_QUARTER.search(_with_lead(span)):
        return value[:4]  # "the nine months ... a year earlier": the year before, not a quarter
    m = QUARTER_VAL.match(last_q) if last_q else None
    if m is None:
        return value
    if YEAR_BACK.match(text):
        return f"{int(m.group(1)) - 1}-Q{m.group(2)}"
    if THE_QUARTER.match(text):
        return last_q
    year = YEAR_PERIOD.match(text)
    if year:
        return f"{year.group(1)}-Q{m.group(2)}"
    return value


def _with_lead(span: Span) -> str:
    """The span's sentence, with the sentence before it when the span opens its own ("In the first
    nine months, net was $306 million. The year-ago results included ...")."""
    sent = span.sent
    if span.start - sent.start > 2 or sent.start == 0:
        return sent.text
    return span.doc[sent.start - 1].sent.text + " " + sent.text


def _quarter_for(i: int, span: Span, quarters: list[int], found: list[tuple[Span, Result]]) -> str | None:
    """The reporting quarter a comparison refers to: a relative quarter ('the third quarter') named
    in the same sentence, else the article's first one."""
    sents = span.doc.has_annotation("SENT_START")
    quarters = [j for j in quarters if j < i or found[j][1][2]]  # a named year's quarter only before it
    same = [j for j in quarters if sents and found[j][0].sent.start == span.sent.start]
    j = min(same, key=lambda j: abs(j - i)) if same else (quarters[0] if quarters else None)
    return None if j is None else found[j][1][1]


WEEKDAY_ANAPHOR = re.compile(r"the (previous|preceding|prior|following|next) (\w+day)")


def _weekday_anaphor(text: str, last_day: str) -> tuple[str, str] | None:
    """'the previous Friday' / 'the following Monday': seen from the day last mentioned."""
    m = WEEKDAY_ANAPHOR.fullmatch(text)
    if m is None or m.group(2) not in WEEKDAYS:
        return None
    mod = "next" if m.group(1) in ("following", "next") else "last"
    return "DATE", weekday_from(date.fromisoformat(last_day), WEEKDAYS[m.group(2)], mod, "").isoformat()


SAME_WIDTH = {"month": 7, "day": 10}


def _same_last_year(text: str, last: str) -> tuple[str, str] | None:
    """ "the same month last year": the month last mentioned, a year back (a month, not a year)."""
    m = SAME_LAST_YEAR.fullmatch(text)
    if m is None or len(last) < SAME_WIDTH[m.group(1)]:
        return None
    return "DATE", str(int(last[:4]) - 1) + last[4:SAME_WIDTH[m.group(1)]]


def _anaphor(text: str, last: str) -> tuple[str, str] | None:
    """'that year' / 'the following month' / 'the day before' / 'the next morning' resolved against
    the calendar value last mentioned, when it is at least as fine as the expression."""
    if (same := _same_last_year(text, last)) is not None:
        return same
    m = ANAPHOR.fullmatch(text)
    if m is None:
        return None
    det, unit = (m.group(1), m.group(2)) if m.group(2) else (m.group(4), m.group(3))
    if det == "the next" and unit in ("year", "month", "week"):
        return None  # "over the next year": a stretch from now, not an anaphor
    n = ANAPHOR_STEP.get(det, 0)
    if unit == "quarter":
        return None  # the quarter last mentioned, from `_in_context`
    if unit == "year":
        return "DATE", str(int(last[:4]) + n)
    if len(last) < 7:
        return None
    if unit == "month":
        d = date(int(last[:4]), int(last[5:7]), 1) + relativedelta(months=n)
        return "DATE", d.strftime("%Y-%m")
    if len(last) < 10:
        return None
    if unit == "week":
        return "DATE", iso_week(date.fromisoformat(last) + timedelta(weeks=n))
    d = date.fromisoformat(last) + timedelta(days=n)
    if unit in PARTS:
        return "TIME", d.isoformat() + PARTS[unit]
    return "DATE", d.isoformat()
