"""The dates stage: temporal expressions -> TIMEX3 items (type, value, anchored) on `doc._.dates`.

1. Find: the model's DATE/TIME entities, split at connectives ("Aug. 26 to Oct. 20", "the year
   ended Sept. 30") and trimmed of hedges and possessives, plus Matcher patterns for what the model
   misses (now, recently, soon, daily, weekdays, "every year", "four years", ...).
2. Classify and normalise (`pipeline.dates.normalize`), with the governing verb's tense
   (`pipeline.dates.tense`) deciding whether a year-less month or a weekday lies before or after
   the reference date `doc._.published`.
3. Speech time (`pipeline.dates.speech`): a relative date inside a quote or in reported speech is
   normalised again against the day the words were said, when the text dates the speech event.
   Numeric dates whose day and month could be either take the order of the article's other dates.
4. Context (`pipeline.dates.context`): "a year earlier" and "the quarter" refer to the reporting
   quarter (one named in the same sentence, else the article's first), as TimeBank annotates them;
   "that year", "the following month", "the next morning" take the time last mentioned; a bare
   clock time takes the day last mentioned.

Values are TIMEX3 strings (upper case); `anchored` is true when the value was computed from the
reference date. Without one, relative expressions keep X for the unknown parts (see
`pipeline.dates.normalize`). dateparser is only used for numeric dates (12/02/2022), with strict
settings; everything else is classified and resolved by our own rules, cached per text.

Spans follow TimeBank: determiners and modifiers are in ("the third quarter", "last year", "a year
earlier"), prepositions are out ("on Thursday" -> "Thursday").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime

from spacy.tokens import Doc, Span

from pipeline.dates.absolute import NUMERIC_DMY, article_order, numeric_date
from pipeline.dates.calendar import Result
from pipeline.dates.context import resolve
from pipeline.dates.filters import is_false_positive
from pipeline.dates.find import PLURAL_UNITS, candidates, entity_pieces
from pipeline.dates.normalize import normalise
from pipeline.dates.patterns import CLOCK_ZONES
from pipeline.dates.relative import ORDINAL_DAY
from pipeline.dates.speech import speech_anchored
from pipeline.dates.tense import FUTURE_AUX, MODALS, tense
from pipeline.vocab import HHMM, MONTHS, WEEKDAYS


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


def extract(doc: Doc) -> list[dict]:
    """Return the article's temporal expressions as plain dicts shaped like pipeline.record.types.Date."""
    return _extract(doc)  # the pipeline's component guards against a failure


def _extract(doc: Doc) -> list[dict]:
    """Find, normalise, then resolve what depends on the article's other expressions."""
    ref = reference_date(doc._.published)
    found = _by_convention(list(_normalised(doc, ref)), ref)
    return resolve(speech_anchored(found) if found and ref is not None else found, ref)


def _by_convention(found: list[tuple[Span, Result]], ref: date | None) -> list[tuple[Span, Result]]:
    """Numeric dates whose day and month could be either ("3/4/09") read in the order the article's
    other dates use ("3 March" or "March 3"), when they show one."""
    ambiguous = [i for i, (span, _) in enumerate(found) if (m := NUMERIC_DMY.fullmatch(span.text))
                 and int(m.group(1)) <= 12 and int(m.group(3)) <= 12 and m.group(1) != m.group(3)]
    order = article_order([span.text for span, _ in found]) if ambiguous else None
    for i in ambiguous if order else ():
        res = numeric_date(found[i][0].text, ref, order)
        if res is not None:
            found[i] = found[i][0], res
    return found


def _normalised(doc: Doc, ref: date | None) -> Iterator[tuple[Span, Result]]:
    """(span, (type, value, anchored)) for each candidate; a joined span that does not normalise
    falls back to the entities it was joined from."""
    prev: tuple[Span, Result] | None = None
    spans = candidates(doc)
    for k, span in enumerate(spans):
        day = _second_day(span, prev) or _second_year(span, prev) or _race_time(span) \
            or _first_day(span, spans[k + 1] if k + 1 < len(spans) else None, ref)
        if day is not None:
            prev = span, day
            yield prev
            continue
        for found in _normalise_span(doc, span, ref):
            prev = found
            yield found


DAY_NUM = re.compile(r"\d{1,2}")
ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
ENDS_DIGIT = re.compile(r"\d$")
SHORT_YEAR = re.compile(r"(\d\d)|'?(\d)0'?s")  # "69" of "1968-69", "70s" of "the 60s and 70s"


def _second_day(span: Span, prev: tuple[Span, Result] | None) -> Result | None:
    """The bare day of 'April 24 and 25' / 'May 3-5': the month and year of the day before it."""
    if prev is None or not DAY_NUM.fullmatch(span.text) or not 1 <= int(span.text) <= 31:
        return None
    pspan, (kind, value, anchored) = prev
    gap = span.doc[pspan.end:span.start]
    if kind != "DATE" or not value or not ISO_DAY.fullmatch(value) or len(gap) != 1 \
            or gap[0].lower_ not in ("and", "or", "to", "-", "\u2013", "through") \
            or not ENDS_DIGIT.search(pspan.text) or int(span.text) <= int(value[8:]):
        return None
    return kind, f"{value[:8]}{int(span.text):02d}", anchored


RANGE_GAP = ("and", "or", "to", "-", "\u2013", "through", "until", "/")


def _second_year(span: Span, prev: tuple[Span, Result] | None) -> Result | None:
    """The short second end of '1968-69' / 'the 60s and 70s': a year or decade in the century of
    the one before it."""
    m = SHORT_YEAR.fullmatch(span.text)
    if prev is None or m is None:
        return None
    pspan, (kind, value, anchored) = prev
    gap = span.doc[pspan.end:span.start]
    if kind != "DATE" or len(gap) != 1 or gap[0].lower_ not in RANGE_GAP or not value:
        return None
    if m.group(1) and re.fullmatch(r"\d{4}", value):
        year = int(value[:2]) * 100 + int(m.group(1))
        return kind, str(year + 100 if year <= int(value) else year), anchored
    if m.group(2) and re.fullmatch(r"\d{3}", value):
        return kind, value[:2] + m.group(2), anchored
    return None


RACE_TIME = re.compile(r"(?:(\d{1,2}):)?([0-5]?\d):([0-5]\d(?:\.\d+)?)")
CLOCK_BEFORE = {"at", "by", "until", "till", "from", "since", "before", "after", "around", "about", "to"}


def _race_time(span: Span) -> Result | None:
    """A result written like a clock: 'won in 2:11:48' (PT2H11M48S), 'ran 3:43.13' (PT3M43.13S);
    'at 14:20:05' stays a clock time."""
    m = RACE_TIME.fullmatch(span.text)
    if m is None or not (m.group(1) or "." in m.group(3)):
        return None
    if "." not in m.group(3) and span.start > 0 and span.doc[span.start - 1].lower_ in CLOCK_BEFORE:
        return None
    h, mi, sec = m.groups()
    parts = ((h, "H"), (mi, "M"), (sec.rstrip("0").rstrip(".") if "." in sec else sec, "S"))
    return "DURATION", "PT" + "".join(f"{int(v) if '.' not in v else v}{u}" for v, u in parts
                                       if v and float(v)), False


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
            return "TIME", f"{res[1][:11]}{span.text[:2]}:{span.text[2:]}{res[1][16:]}", res[2]
        return None
    if not DAY_NUM.fullmatch(span.text) or not re.match(r"\d{1,2} [A-Za-z]", nxt.text):
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
            res = None if is_false_positive(part) else normalise(part.text, ref, tense(part))
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
    res = None if is_false_positive(part) else normalise(part.text, ref, tense(part))
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


def _election_day(span: Span, res: Result) -> Result:
    """ "Election Day" is the US holiday (the Tuesday after the first Monday of November); "election
    day" in lower case is the day of whatever election the article is about, unknown here."""
    if span.text.lower().endswith("election day") and not span[-1].is_title and res[1]:
        return "DATE", "XXXX-XX-XX", False
    return res


def _day_of_event(span: Span, res: Result, ref: date | None) -> Result:
    """ "today is the eighth day of Desert Shield", "it's the second day of an offensive": a counted
    day said of the present is the reference date."""
    if ref is None or res[1] != "XXXX-XX-XX" or not ORDINAL_DAY.fullmatch(span.text.lower()):
        return res
    head = span.root.head
    subj = [c.lower_ for c in head.children if c.dep_ == "nsubj"]
    if span.root.dep_ == "attr" and head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP") \
            and subj and subj[0] in ("today", "it", "this"):
        return "DATE", ref.isoformat(), True
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
    res = None if is_false_positive(span) else normalise(span.text, ref, tense(span))
    if res is not None:
        yield span, _rate(span, _indefinite(span, _day_of_event(span, _election_day(span, res), ref)))
        return
    ents = doc.ents
    inner = [(e.start, e.end) for e in ents if span.start <= e.start and e.end <= span.end]
    if inner in ([], [(span.start, span.end)]):  # words in front: "an interview several months"
        pair = _length_pair(span, ref)
        found = pair or [x for x in (_head(span, ref) or _tail(span, ref),) if x is not None]
        yield from found
        return
    for e in ents:
        if e.label_ not in ("DATE", "TIME") or not span.start <= e.start or not e.end <= span.end \
                or (e.start, e.end) == (span.start, span.end):
            continue
        for part in entity_pieces(e):
            res = None if is_false_positive(part) else normalise(part.text, ref, tense(part))
            if res is not None:
                yield part, res
