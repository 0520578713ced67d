"""Article metadata: sidecar fields, byline ("By Max Hunder"), dateline ("KYIV, Feb 12 (Reuters) -")
and the reference date that relative dates are resolved against.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache

from pipeline.ingest.discover import valid_utf8

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")]
    )
    for m in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|da|al|bin|la|le))*"
BYLINE = re.compile(rf"^\s*By\s+(?P<names>{NAME}(?:\s*(?:,|and|&)\s*{NAME})*)\s*$", re.MULTILINE)
MONTH_RE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]+[A-Z.](?:,\s+[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)"
    rf"(?:,\s+(?P<date>(?P<month>{MONTH_RE})\s+(?P<day>\d{{1,2}})(?:,\s+(?P<year>\d{{4}}))?))?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&-]{0,30})\))?\s*[-–—]+\s",
    re.MULTILINE,
)
YEAR_RE = re.compile(r"(?<![\d.,])(1[89]\d\d|2[01]\d\d)(?![\d.,]\d)")  # a year as written: 2026, not 12,026
WEEKDAY_RE = re.compile(r"\b(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
HEADER_CHARS = 400
# Two reference days a written date is read against: one that reads differently is relative.
BASES = (dt.datetime(2001, 3, 5), dt.datetime(2013, 10, 21))


def clean_metadata(meta: dict) -> dict:
    """Keep the known metadata keys, typed; raise ValueError for a value that cannot be used.

    A value is used as given or refused, never turned into something else: the title, url, source
    and published date are strings, the authors a string or a list of strings (null or "" is
    absence); a published date must be absolute (never "yesterday"), so the record never depends
    on the day of the run.
    """
    out: dict = {}
    for key, name in (("title", "title"), ("url", "url"), ("source", "outlet")):
        if (value := text_value(meta, key)) is not None:
            out[name] = value
    key = "authors" if "authors" in meta else "author"
    authors = meta.get(key)
    if isinstance(authors, str):
        check_text(authors, key)
        authors = re.split(r",|\band\b", authors)
    if isinstance(authors, list):
        for index, author in enumerate(authors):
            if not isinstance(author, str):
                raise ValueError(f"the metadata {key}[{index}] is {shape(author)}, not a name")
            check_text(author, f"{key}[{index}]")
        out["authors"] = [a.strip() for a in authors if a.strip()]
    elif authors is not None:
        raise ValueError(f"the metadata {key} is {shape(authors)}, not a name or a list of names")
    if (published := text_value(meta, "published")) is not None:
        out["published"] = parse_published(published)
    return out


def text_value(meta: dict, key: str) -> str | None:
    """A metadata string, stripped; None when absent, null or blank; ValueError for any other type."""
    value = meta.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"the metadata {key} is {shape(value)}, not a string")
    check_text(value, key)
    return value.strip() or None


def check_text(value: str, key: str) -> None:
    """ValueError for a string holding a lone surrogate (JSON "\\ud800"): not text."""
    if not valid_utf8(value):
        raise ValueError(f"the metadata {key} holds an unpaired UTF-16 surrogate: not text")


def shape(value: object) -> str:
    """A short JSON rendering of a refused value, for the error message."""
    text = json.dumps(value, ensure_ascii=True, default=str)
    return text if len(text) <= 40 else text[:39] + "…"


@lru_cache(maxsize=4096)
def parse_published(value: str) -> str:
    """Normalise a publication date to ISO (YYYY-MM-DD, or a datetime when a time is given).

    Only absolute dates with a day, month and year: a relative one ("yesterday", "3 days ago") or a
    partial one would make the record depend on the day the run happens, and is refused.
    """
    value = value.strip()
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        parsed = None
    if parsed is None:
        import dateparser  # slow to import: only for non-ISO metadata

        readings = {dateparser.parse(value, languages=["en"], settings={
            "STRICT_PARSING": True, "PARSERS": ["absolute-time"], "RELATIVE_BASE": base}) for base in BASES}
        parsed = readings.pop() if len(readings) == 1 else None
    if parsed is None:
        raise ValueError(f"the published date {value!r} is not a date (an absolute date with day, month "
                         "and year, such as 2026-02-12 or 12 February 2026)")
    if len(value) <= 10 or (parsed.hour, parsed.minute, parsed.second) == (0, 0, 0):
        return parsed.date().isoformat()
    return parsed.replace(tzinfo=None, microsecond=0).isoformat()


def parse_byline(text: str) -> list[str]:
    """Authors from a "By A and B" line at the top of the article."""
    match = BYLINE.search(text[:HEADER_CHARS])
    if not match or match.start() > 200:
        return []
    return [n.strip() for n in re.split(r"\s*(?:,|\band\b|&)\s*", match.group("names")) if n.strip()]


def parse_dateline(text: str) -> dict | None:
    """The wire dateline near the top: place, date as written, agency and its offsets."""
    match = DATELINE.search(text[:HEADER_CHARS])
    if not match or not (match.group("date") or match.group("agency")):
        return None
    return {
        "place": match.group("place").strip(),
        "date": match.group("date"),
        "agency": match.group("agency"),
        "start": match.start(),
        "end": match.end() - 1,
        "month": month_number(match.group("month")) if match.group("month") else None,
        "day": int(match.group("day")) if match.group("day") else None,
        "year": int(match.group("year")) if match.group("year") else None,
    }


def month_number(name: str) -> int | None:
    """1-12 for a month name or abbreviation ("Sept.", "March"), else None."""
    name = name.lower().rstrip(".")
    return MONTHS.get(name) or MONTHS.get(name[:3])


def story_weekday(text: str, after: int) -> int | None:
    """The first weekday the story names after its dateline ("said on Thursday"), 0 = Monday."""
    match = WEEKDAY_RE.search(text, after, after + 1500)
    return WEEKDAYS.index(match.group(1).lower()) if match else None


def infer_year(month: int, day: int, weekday: int | None, text: str) -> int | None:
    """The year the article itself fixes for a year-less dateline: of the years its text writes,
    the one in which month/day fell on the weekday the story names; None when no weekday is named,
    or when none or several of the written years fit (never the day of the run)."""
    if weekday is None:
        return None
    fits = set()
    for year in {int(y) for y in YEAR_RE.findall(text)}:
        try:
            if dt.date(year, month, day).weekday() == weekday:
                fits.add(year)
        except ValueError:
            continue
    return fits.pop() if len(fits) == 1 else None


def resolve_published(
    meta: dict, text: str, line: dict | None, option: str | None
) -> tuple[str | None, str, str | None]:
    """The reference date, where it came from (metadata, dateline, option, or none), and a warning
    when a dateline's day is left unused because nothing fixes its year."""
    if meta.get("published"):
        return meta["published"], "metadata", None
    warning = None
    if line and line["month"] and line["day"]:
        year = line["year"]
        if year is None and option:
            year = dt.date.fromisoformat(option[:10]).year
        if year is None:
            year = infer_year(line["month"], line["day"], story_weekday(text, line["end"]), text)
        if year is not None:
            try:
                return dt.date(year, line["month"], line["day"]).isoformat(), "dateline", None
            except ValueError:
                warning = f"the dateline date {line['date']!r} does not exist in {year}"
        else:
            warning = (f"the dateline date {line['date']!r} gives no year, and neither the metadata nor "
                       "the article's own dates fix one: relative dates are left unresolved (give a "
                       "published date or --published)")
    if option:
        return option, "option", None
    return None, "none", warning


def header_meta(meta: dict, text: str, option: str | None) -> dict:
    """Complete an article's meta with byline authors, dateline, reference date and warnings."""
    out = dict(meta)
    if not out.get("authors"):
        out["authors"] = parse_byline(text)
    line = parse_dateline(text)
    out["published"], out["published_from"], warning = resolve_published(meta, text, line, option)
    if warning:
        out["warnings"] = [*out.get("warnings", []), warning]
    out["dateline"] = (
        {k: line[k] for k in ("place", "date", "agency", "start", "end")} if line else None
    )
    return out
