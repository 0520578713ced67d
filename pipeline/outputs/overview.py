"""The report's overview of a whole output: the most mentioned people, organisations and places, the
most quoted speakers (those linked to a named entity; the others, "analysts" or "the company", are
counted apart), the largest amounts by currency, and timelines of the dates the articles mention and
of their publication days.

`Overview.add` takes each record as the report streams it, with its index in the page; `data()`
gives the JSON the page draws its charts from. Every item carries refs, `[article index, row
index]` pairs (the rows of `report.article_items`), so the page can list the articles and passages
behind it; refs are capped, counts are not. Syndicated copies are left out, as in the page's summary.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from pipeline.dates.interval import interval
from pipeline.outputs import catalog

TOP = 10  # items per list
AMOUNTS = 6  # amounts per currency, and currencies shown
MAX_REFS = 200  # refs kept per item
MAX_BINS = 120  # bars per timeline
FAMILIES = (("PERSON", "people"), ("ORG", "organisations"), ("PLACE", "places"))

Ref = tuple[int, int | None]


@dataclass
class Tally:
    """A count with a capped list of the refs behind it."""

    count: int = 0
    refs: list[Ref] = field(default_factory=list)
    label: str = ""
    articles: set[int] = field(default_factory=set)

    def add(self, ref: Ref) -> None:
        self.count += 1
        self.articles.add(ref[0])
        if len(self.refs) < MAX_REFS:
            self.refs.append(ref)

    def extend(self, other: Tally) -> None:
        self.count += other.count
        self.articles |= other.articles
        self.refs.extend(other.refs[:MAX_REFS - len(self.refs)])


def magnitude(n: dict) -> float | None:
    """How large an amount is, for ranking: its value, else the top of its range, else its bound."""
    for key in ("value", "high", "low"):
        if isinstance(n.get(key), int | float):
            return abs(float(n[key]))
    return None


class Overview:
    """Accumulates the overview while the report streams its articles."""

    def __init__(self, describe: Callable[[dict], str]) -> None:
        self.describe = describe
        self.stories = self.copies = 0
        self.pairs: list[tuple[str, dict]] = []
        self.entity_refs: dict[tuple[str, str], list[Ref]] = defaultdict(list)
        self.speakers: dict[tuple[str, str], Tally] = {}
        self.unnamed = Tally(label="speakers not linked to a named entity")
        self.amounts: dict[str, list[tuple[float, int, Ref, str, str]]] = defaultdict(list)
        self.currencies: Counter = Counter()
        self.mentioned: dict[tuple[date, date], Tally] = {}
        self.published: dict[tuple[date, date], Tally] = {}
        self.undated = 0

    def add(self, i: int, rec: dict) -> None:
        """Count one record, the `i`-th article of the page."""
        if (rec.get("meta") or {}).get("duplicate_of"):
            self.copies += 1
            return
        self.stories += 1
        entities = rec.get("entities") or []
        quotes, numbers = rec.get("quotes") or [], rec.get("numbers") or []
        self._entities(i, entities)
        self._quotes(i, quotes, entities, len(entities))
        self._numbers(i, numbers, len(entities) + len(quotes))
        self._dates(i, rec.get("dates") or [], len(entities) + len(quotes) + len(numbers))
        day = interval(str((rec.get("meta") or {}).get("published") or "")[:10])
        if day is None:
            self.undated += 1
        else:
            self.published.setdefault(day, Tally(label=day[0].isoformat())).add((i, None))

    def _entities(self, i: int, entities: list[dict]) -> None:
        for row, e in enumerate(entities):
            if e.get("name") and e.get("label"):
                slim = {k: e.get(k) for k in ("name", "label", "aliases", "role")}
                slim["count"] = e.get("count") or len(e.get("mentions") or []) or 1
                self.pairs.append((str(i), slim))
                self.entity_refs[catalog.key_of(e)].append((i, row))

    def _quotes(self, i: int, quotes: list[dict], entities: list[dict], base: int) -> None:
        by_id = {e.get("id"): e for e in entities if e.get("name") and e.get("label")}
        for k, q in enumerate(quotes):
            speaker = q.get("speaker") or {}
            entity = by_id.get(speaker.get("entity"))
            if entity is not None:
                key = catalog.key_of(entity)
                self.speakers.setdefault(key, Tally(label=entity["name"])).add((i, base + k))
            elif speaker.get("name"):  # "analysts", "the company", "a source": not ranked
                self.unnamed.add((i, base + k))

    def _numbers(self, i: int, numbers: list[dict], base: int) -> None:
        for k, n in enumerate(numbers):
            size, currency = magnitude(n), n.get("currency")
            if size is None or not currency:
                continue
            self.currencies[currency] += 1
            item = (size, -len(self.amounts[currency]), (i, base + k), n.get("text") or "", self.describe(n))
            heap = self.amounts[currency]
            (heapq.heappush if len(heap) < AMOUNTS else heapq.heappushpop)(heap, item)

    def _dates(self, i: int, dates: list[dict], base: int) -> None:
        for k, d in enumerate(dates):
            span = interval(d.get("value"), d.get("type") or "DATE")
            if span is not None:
                self.mentioned.setdefault(span, Tally(label=readable(d["value"]))).add((i, base + k))

    def data(self) -> dict:
        """The JSON object the page draws the overview from."""
        groups = catalog.group(self.pairs)
        links = catalog.links(groups)
        return {"stories": self.stories, "copies": self.copies,
                "entities": self._top_entities(groups), "speakers": self._top_speakers(links),
                "unnamed_speakers": _tally(self.unnamed),
                "amounts": self._top_amounts(), "mentioned": timeline(self.mentioned),
                "published": timeline(self.published), "undated": self.undated}

    def _top_entities(self, groups: dict) -> dict[str, list[dict]]:
        ranked = sorted(groups.items(), key=lambda kv: (-len(set(kv[1].articles)), -kv[1].mentions,
                                                         kv[1].canonical()))
        out: dict[str, list[dict]] = {}
        for family, name in FAMILIES:
            top = [(k, g) for k, g in ranked if k[0] == family][:TOP]
            out[name] = [{"name": g.canonical(), "label": g.label, "articles": len(set(g.articles)),
                          "mentions": g.mentions, "refs": _refs(self.entity_refs, g.keys)} for k, g in top]
        return out

    def _top_speakers(self, links: catalog.Links) -> list[dict]:
        merged: dict[str, Tally] = {}
        names: dict[str, str] = {}
        for key, tally in self.speakers.items():
            cid, name = links[key]
            merged.setdefault(cid, Tally()).extend(tally)
            names[cid] = name
        ranked = sorted(merged.items(), key=lambda kv: (-kv[1].count, names[kv[0]]))[:TOP]
        return [{"name": names[cid], "quotes": t.count, "articles": len(t.articles),
                 "refs": t.refs} for cid, t in ranked]

    def _top_amounts(self) -> list[dict]:
        out = []
        for currency, count in self.currencies.most_common(AMOUNTS):
            top = sorted(self.amounts[currency], reverse=True)
            out.append({"currency": currency, "count": count,
                        "top": [{"size": s, "text": text, "value": value, "refs": [ref]}
                                for s, _, ref, text, value in top]})
        return out


def readable(value: str) -> str:
    """A TIMEX3 value as a period label: decades and centuries spelt out ("199" is "1990s")."""
    if value.isdigit() and len(value) in (2, 3):
        return value + "0" * (4 - len(value)) + "s"
    return value


def _refs(refs: dict[tuple[str, str], list[Ref]], keys: set[tuple[str, str]]) -> list[Ref]:
    out: list[Ref] = []
    for key in sorted(keys):
        out.extend(refs.get(key, [])[:MAX_REFS - len(out)])
    return out


UNITS: dict[str, Callable[[date], str]] = {
    "day": date.isoformat, "month": lambda d: d.strftime("%Y-%m"), "year": lambda d: f"{d.year:04d}"}


LIMITS = (("day", 92), ("month", 8 * 366), ("year", None))  # the longest range (days) a unit draws


def _range(days: list[tuple[date, int]]) -> tuple[date, date]:
    """The range an axis covers: the central 96% of the weight once there are 50, else all of it."""
    days.sort()
    total = sum(n for _, n in days)
    lo, hi = days[0][0], days[-1][0]
    if total >= 50:
        seen, cut = 0, []
        for d, n in days:
            seen += n
            cut.append((seen, d))
        lo = next(d for s, d in cut if s > total * 0.02)
        hi = next(d for s, d in cut if s >= total * 0.98)
    return lo, hi


def _unit(spans: dict[tuple[date, date], Tally]) -> tuple[str, date, date]:
    """The finest bin unit (day, month, year) that holds at least half of the intervals and whose
    axis over them stays short enough; the range that axis covers."""
    total = sum(t.count for t in spans.values())
    for unit, limit in LIMITS:
        key = UNITS[unit]
        fit = [(first, t.count) for (first, last), t in spans.items() if key(first) == key(last)]
        if fit and (2 * sum(n for _, n in fit) >= total or limit is None):
            lo, hi = _range(fit)
            if limit is None or (hi - lo).days <= limit:
                return unit, lo, hi
    return "year", *_range([(first, t.count) for (first, _), t in spans.items()])


def _axis(unit: str, lo: date, hi: date) -> list[str]:
    """Every bin label from lo to hi, gaps included, at most MAX_BINS (the latest)."""
    labels: list[str] = []
    d = lo
    while d <= hi:
        labels.append(UNITS[unit](d))
        if unit == "day":
            d = date.fromordinal(d.toordinal() + 1)
        elif unit == "month":
            d = date(d.year + d.month // 12, d.month % 12 + 1, 1)
        else:
            d = date(d.year + 1, 1, 1) if d.year < 9999 else date.max
            if d == date.max:
                break
    return labels[-MAX_BINS:]


def timeline(spans: dict[tuple[date, date], Tally]) -> dict:
    """Bars of the intervals that fit one bin (a day, a month or a year); the longer ones (a weekend
    on a daily axis, a quarter, a decade) as a list of periods; those outside the axis counted
    before and after it."""
    if not spans:
        return {"unit": None, "bins": [], "before": None, "after": None, "periods": []}
    unit, lo, hi = _unit(spans)
    axis = _axis(unit, lo, hi)
    key = UNITS[unit]
    bins = {label: Tally(label=label) for label in axis}
    before, after = Tally(label=f"before {axis[0]}"), Tally(label=f"after {axis[-1]}")
    periods: list[Tally] = []
    for (first, last), tally in sorted(spans.items()):
        if key(first) != key(last):
            periods.append(tally)
        elif key(first) in bins:
            bins[key(first)].extend(tally)
        else:
            (before if key(first) < axis[0] else after).extend(tally)
    periods.sort(key=lambda t: (-t.count, t.label))
    return {"unit": unit, "bins": [_tally(bins[label]) for label in axis],
            "before": _tally(before) if before.count else None,
            "after": _tally(after) if after.count else None,
            "periods": [_tally(t) for t in periods[:TOP]]}


def _tally(t: Tally) -> dict:
    return {"label": t.label, "count": t.count, "articles": len(t.articles), "refs": t.refs}
