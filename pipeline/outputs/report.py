"""Report stage: one static, self-contained HTML page over records.jsonl (+ errors.jsonl), no NLP.
It opens on an overview of the whole output (outputs/overview.py), drawn as charts by the page.

Article data goes into a `<script type="application/json">` block (with `<`, `>`, `&` escaped as
JSON `\\u003c`… so no text can close it); the page's script (template `pipeline/data/report.html`)
renders the index in pages and the selected article with DOM APIs and textContent only.
"""

from __future__ import annotations

import html
import itertools
import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from pipeline.archive.reader import records
from pipeline.outputs.export import first_line, quoted_words
from pipeline.outputs.overview import Overview

DATA_MARK = "__REPORT_DATA__"
TITLE_MARK = "__REPORT_TITLE__"
_JSON_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                               "\u2028": "\\u2028", "\u2029": "\\u2029"})


def script_json(value: object) -> str:
    """JSON that is safe inside a <script> element: no `<`, `>` or `&` characters at all."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).translate(_JSON_ESCAPES)


def _num(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.6g}" if abs(x) < 1e6 else f"{x:,.2f}"


def describe_number(n: dict) -> str:
    """A number's value for people: "about 1,500 km", "10–15 percent", "55,000,000,000 USD"."""
    approx = n.get("approx") or "exact"
    if n.get("low") is not None and n.get("high") is not None:
        value = f"{_num(n['low'])}–{_num(n['high'])}"
    elif n.get("value") is not None:
        value = _num(n["value"])
    else:
        return "no value" if approx == "exact" else f"no value ({approx.replace('_', ' ')})"
    prefix = {"exact": "", "range": "", "about": "about ", "more_than": "> ", "less_than": "< ",
              "at_least": "≥ ", "at_most": "≤ "}.get(approx, f"{approx} ")
    unit = n.get("currency") or n.get("unit")
    return f"{prefix}{value}" + (f" {unit}" if unit else "")


def describe_date(d: dict) -> str:
    """A date's TIMEX3 value, marked when not resolved against the publication date."""
    value = d.get("value") or "no value"
    return f"{value} (unanchored)" if "X" in value and not d.get("anchored") else value


def _valid(start: object, end: object, size: int | None) -> bool:
    ok = isinstance(start, int) and isinstance(end, int) and 0 <= start < end
    return ok and (size is None or end <= size)


def article_items(rec: dict) -> tuple[list[list], list[list]]:
    """Side-table rows [kind, text, detail, start] and highlight spans [row, start, end, sub]."""
    text = rec.get("text")
    size = len(text) if isinstance(text, str) else None
    rows: list[list] = []
    spans: list[list] = []

    def add(kind: str, item: dict, detail: str, marks: list[tuple[int, int, str]]) -> None:
        marks = [m for m in marks if _valid(m[0], m[1], size)]
        rows.append([kind, item.get("text") or item.get("name") or "", detail,
                     min((m[0] for m in marks), default=None)])
        spans.extend([len(rows) - 1, s, e, sub] for s, e, sub in marks)

    for e in rec.get("entities") or []:
        detail = " · ".join(x for x in (e.get("label"), e.get("role")) if x)
        marks = [(m.get("start"), m.get("end"), "") for m in e.get("mentions") or []]
        add("ent", {"text": e.get("name")}, detail, marks)
    for q in rec.get("quotes") or []:
        sp = q.get("speaker") or {}
        words = [(p.get("start"), p.get("end"), "") for p in q.get("parts") or []]
        words = words or [(q.get("start"), q.get("end"), "")]
        marks = words + ([(sp["start"], sp["end"], "spk")] if sp else [])
        add("quote", {**q, "text": quoted_words(q)}, f"— {sp.get('name')}" if sp else "— (no speaker)", marks)
    for n in rec.get("numbers") or []:
        add("num", n, describe_number(n), [(n.get("start"), n.get("end"), "")])
    for d in rec.get("dates") or []:
        add("date", d, describe_date(d), [(d.get("start"), d.get("end"), "")])
    return rows, spans


def segments(size: int, spans: list[list]) -> list[list]:
    """Flat segmentation of text[0:size] by every span boundary: [end, [span indexes covering it]]."""
    events: dict[int, list[tuple[int, int]]] = {0: [], size: []}
    for i, (_, start, end, _) in enumerate(spans):
        events.setdefault(start, []).append((1, i))
        events.setdefault(end, []).append((-1, i))
    active: set[int] = set()
    out: list[list] = []
    points = sorted(events)
    for here, nxt in zip(points, points[1:], strict=False):
        for change, i in events[here]:
            (active.add if change > 0 else active.discard)(i)
        if out and sorted(active) == out[-1][1]:
            out[-1][0] = nxt
        else:
            out.append([nxt, sorted(active)])
    return out


def article_data(rec: dict) -> dict:
    """The compact JSON object the page renders one article from."""
    text = rec.get("text") if isinstance(rec.get("text"), str) else None
    meta = rec.get("meta") or {}
    rows, spans = article_items(rec)
    counts = [len(rec.get(k) or []) for k in ("entities", "quotes", "numbers", "dates")]
    return {"id": rec.get("id"), "title": meta.get("title"), "first": first_line(text, 140),
            "date": meta.get("published"), "path": (rec.get("source") or {}).get("path"),
            "authors": meta.get("authors") or [], "n": counts, "text": text, "rows": rows,
            "copy": meta.get("duplicate_of"),
            "spans": spans, "segs": segments(len(text), spans) if text is not None else []}


def _chunks(out_dir: Path, source: Iterator[dict], stats: dict[str, int], batch: str | None = None
            ) -> Iterator[str]:
    overview = Overview(describe_number)
    yield '{"articles":['
    for i, rec in enumerate(source):
        stats["articles"] += 1
        overview.add(i, rec)
        yield ("," if i else "") + script_json(article_data(rec))
    yield '],"errors":['
    for i, err in enumerate(records(out_dir, "error", batch)):
        stats["errors"] += 1
        row = {k: err.get(k) for k in ("id", "error", "message")}
        row["path"] = (err.get("source") or {}).get("path")
        yield ("," if i else "") + script_json(row)
    yield '],"overview":' + script_json(overview.data()) + "}"


def build_report(out_dir: Path, dest: Path, title: str | None = None, batch: str | None = None
                 ) -> dict[str, int]:
    """Write the HTML report of OUT to `dest`; {"articles": n, "errors": m}. MissingRecordsError if none."""
    source = records(out_dir, batch=batch)
    first = next(source, None)  # MissingRecordsError before anything is written
    source = itertools.chain([first] if first is not None else [], source)
    template = resources.files("pipeline").joinpath("data/report.html").read_text(encoding="utf-8")
    head, tail = template.split(DATA_MARK)
    page_title = html.escape(title or f"Pipeline report: {Path(out_dir).resolve().name}")
    stats = {"articles": 0, "errors": 0}
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(head.replace(TITLE_MARK, page_title))
        for chunk in _chunks(out_dir, source, stats, batch):
            fh.write(chunk)
        fh.write(tail.replace(TITLE_MARK, page_title))
    tmp.replace(dest)
    return stats
