"""Export stage: records.jsonl flattened into one table per kind, as Parquet or CSV (pyarrow).

`flatten` is plain Python; pyarrow (the `export` extra) is imported only inside `export`, which
streams records through fixed-schema writers in batches, so memory stays flat on large runs.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import msgspec

RECORDS = "records.jsonl"
ERRORS = "errors.jsonl"
KINDS = ("entities", "quotes", "numbers", "dates")
BATCH = 5000

# Column name -> type name (str, int, float, bool, list): the tables' fixed schemas.
SCHEMAS: dict[str, dict[str, str]] = {
    "articles": {"id": "str", "title": "str", "published": "str", "published_from": "str",
                 "authors": "list", "outlet": "str", "url": "str", "source_path": "str",
                 "n_entities": "int", "n_mentions": "int", "n_quotes": "int", "n_numbers": "int",
                 "n_dates": "int", "first_line": "str"},
    "entities": {"article_id": "str", "entity_id": "str", "name": "str", "label": "str", "role": "str",
                 "count": "int", "salience": "float", "aliases": "list"},
    "mentions": {"article_id": "str", "entity_id": "str", "start": "int", "end": "int", "text": "str",
                 "sentence": "str"},
    "quotes": {"article_id": "str", "index": "int", "kind": "str", "text": "str", "start": "int",
               "end": "int", "speaker_name": "str", "speaker_entity": "str", "cue": "str",
               "cue_lemma": "str", "sentence": "str"},
    "numbers": {"article_id": "str", "index": "int", "type": "str", "text": "str", "value": "float",
                "low": "float", "high": "float", "approx": "str", "unit": "str", "currency": "str",
                "object": "str", "start": "int", "end": "int", "sentence": "str"},
    "dates": {"article_id": "str", "index": "int", "type": "str", "text": "str", "value": "str",
              "anchored": "bool", "start": "int", "end": "int", "sentence": "str"},
}

# A sentence ends at . ! or ? (plus closing quotes/brackets) before spaces and a capital, or at a newline.
_BREAK = re.compile(r"""[.!?]["'”’)\]]*(?P<gap>[ \t]+)(?=["'“‘(\[]?[A-Z])|(?P<nl>[ \t]*\n\s*)""")
_ABBREV = {"mr", "mrs", "ms", "dr", "prof", "st", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep",
           "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
           "vs", "inc", "corp", "co", "ltd", "jr", "sr"}


_BYLINE = re.compile(r"By\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?:\s*(?:,|and)\s+.{0,60})?$")


class MissingRecordsError(FileNotFoundError):
    """OUT has no records.jsonl."""


def records_path(out_dir: Path) -> Path:
    """OUT/records.jsonl, or MissingRecordsError."""
    path = Path(out_dir) / RECORDS
    if not path.is_file():
        raise MissingRecordsError(f"{path} not found (is {out_dir} the output folder of a run?)")
    return path


def iter_jsonl(path: Path) -> Iterator[dict]:
    """Objects of a JSON Lines file, one at a time; blank lines skipped; absent file: nothing."""
    if not path.is_file():
        return
    decoder = msgspec.json.Decoder()
    with path.open("rb") as fh:
        for line in fh:
            if line.strip():
                yield decoder.decode(line)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the '.' at `dot` ends an abbreviation ("Mr.", "U.S.", "Jan.") rather than a sentence."""
    if text[dot] != ".":
        return False
    word = re.search(r"[\w.]*$", text[max(0, dot - 12):dot]).group()
    return word.lower() in _ABBREV or bool(re.fullmatch(r"(?:\w\.)*[A-Z]", word))


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, cheaply: punctuation + space + capital, or a newline."""
    bounds, start = [], 0
    for m in _BREAK.finditer(text):
        if m.group("gap") is not None:
            if _is_abbreviation(text, m.start()):
                continue
            end, nxt = m.start("gap"), m.end("gap")
        else:
            end, nxt = m.start(), m.end()
        if end > start:
            bounds.append((start, end))
        start = nxt
    if len(text.rstrip()) > start:
        bounds.append((start, len(text.rstrip())))
    return bounds


class Sentences:
    """Looks up the sentence(s) a span stands in."""

    def __init__(self, text: str | None) -> None:
        self.text = text
        self.bounds = sentence_bounds(text) if text else []
        self.starts = [s for s, _ in self.bounds]

    def _index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def of(self, start: int | None, end: int | None) -> str | None:
        """Text from the sentence holding `start` to the one holding `end - 1`; None without text."""
        if not self.bounds or start is None or end is None:
            return None
        first, last = self._index(start), self._index(max(start, end - 1))
        return self.text[self.bounds[first][0]:self.bounds[last][1]]


def first_line(text: str | None, limit: int = 200) -> str | None:
    """The first non-blank line that is not a byline ("By Max Hunder"), cut to `limit`; None without text."""
    lines = [line.strip() for line in (text or "").split("\n") if line.strip()]
    line = next((x for x in lines if not _BYLINE.match(x)), lines[0] if lines else None)
    return line if line is None or len(line) <= limit else line[:limit - 1] + "…"


def article_row(rec: dict) -> dict:
    """The articles-table row of one record."""
    meta = rec.get("meta") or {}
    entities = rec.get("entities") or []
    return {"id": rec.get("id"), "title": meta.get("title"), "published": meta.get("published"),
            "published_from": meta.get("published_from"), "authors": list(meta.get("authors") or []),
            "outlet": meta.get("outlet"), "url": meta.get("url"),
            "source_path": (rec.get("source") or {}).get("path"),
            "n_entities": len(entities), "n_mentions": sum(len(e.get("mentions") or []) for e in entities),
            "n_quotes": len(rec.get("quotes") or []), "n_numbers": len(rec.get("numbers") or []),
            "n_dates": len(rec.get("dates") or []), "first_line": first_line(rec.get("text"))}


def flatten_record(rec: dict) -> dict[str, list[dict]]:
    """One record as rows of every table."""
    aid, sents = rec.get("id"), Sentences(rec.get("text"))
    rows: dict[str, list[dict]] = {name: [] for name in SCHEMAS}
    rows["articles"].append(article_row(rec))
    for ent in rec.get("entities") or []:
        mentions = ent.get("mentions") or []
        rows["entities"].append({"article_id": aid, "entity_id": ent.get("id"), "name": ent.get("name"),
                                 "label": ent.get("label"), "role": ent.get("role"),
                                 "count": ent.get("count") or len(mentions), "salience": ent.get("salience"),
                                 "aliases": list(ent.get("aliases") or [])})
        rows["mentions"] += [{"article_id": aid, "entity_id": ent.get("id"), "start": m["start"],
                              "end": m["end"], "text": m.get("text"),
                              "sentence": sents.of(m["start"], m["end"])} for m in mentions]
    for i, q in enumerate(rec.get("quotes") or []):
        speaker, cue = q.get("speaker") or {}, q.get("cue") or {}
        rows["quotes"].append({"article_id": aid, "index": i, "kind": q.get("kind"), "text": q.get("text"),
                               "start": q.get("start"), "end": q.get("end"),
                               "speaker_name": speaker.get("name"), "speaker_entity": speaker.get("entity"),
                               "cue": cue.get("text"), "cue_lemma": cue.get("lemma"),
                               "sentence": sents.of(q.get("start"), q.get("end"))})
    for kind in ("numbers", "dates"):
        for i, item in enumerate(rec.get(kind) or []):
            row = {"article_id": aid, "index": i}
            row.update({col: item.get(col) for col in SCHEMAS[kind] if col not in row and col != "sentence"})
            row["sentence"] = sents.of(item.get("start"), item.get("end"))
            rows[kind].append(row)
    return rows


def flatten(records: Iterable[dict]) -> dict[str, list[dict]]:
    """All records as rows of every table (for small inputs and tests; `export` streams)."""
    tables: dict[str, list[dict]] = {name: [] for name in SCHEMAS}
    for rec in records:
        for name, rows in flatten_record(rec).items():
            tables[name] += rows
    return tables


def _arrow_schema(name: str, fmt: str):
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
             "list": pa.list_(pa.string()) if fmt == "parquet" else pa.string()}
    return pa.schema([(col, types[kind]) for col, kind in SCHEMAS[name].items()])


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """A CSV cell a spreadsheet cannot run as a formula: text starting with = + - @, a tab or a
    carriage return gets a leading single quote (OWASP, CSV injection). Numbers pass unchanged."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value


class _Sink:
    """One table's file: rows buffered and written in batches of BATCH."""

    def __init__(self, name: str, fmt: str, path: Path) -> None:
        import pyarrow.csv as pacsv
        import pyarrow.parquet as pq

        self.schema, self.fmt, self.path = _arrow_schema(name, fmt), fmt, path
        self.lists = [col for col, kind in SCHEMAS[name].items() if kind == "list"]
        self.rows: list[dict] = []
        self.count = 0
        self.writer = (pq.ParquetWriter(path, self.schema) if fmt == "parquet"
                       else pacsv.CSVWriter(path, self.schema))

    def add(self, rows: list[dict]) -> None:
        if self.fmt == "csv":  # CSV has no lists: "; "-joined; no cell a spreadsheet runs as a formula
            rows = [{c: neutralise(v) for c, v in {**r, **{c: "; ".join(r[c]) for c in self.lists}}.items()}
                    for r in rows]
        self.rows += rows
        if len(self.rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        if self.rows or not self.count:  # an empty table still gets its header
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.count += len(self.rows)
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


def export(out_dir: Path, fmt: str = "parquet", dest: Path | None = None) -> dict[str, tuple[Path, int]]:
    """Write OUT/records.jsonl as tables in `dest` (default OUT/tables); {table: (path, rows)}.

    Raises MissingRecordsError, ValueError for an unknown format, ImportError without pyarrow.
    """
    if fmt not in ("parquet", "csv"):
        raise ValueError(f"unknown format {fmt!r} (parquet or csv)")
    source = records_path(out_dir)
    import pyarrow  # noqa: F401  (fail before creating anything)

    dest = Path(dest) if dest is not None else Path(out_dir) / "tables"
    dest.mkdir(parents=True, exist_ok=True)
    sinks = {name: _Sink(name, fmt, dest / f"{name}.{fmt}") for name in SCHEMAS}
    try:
        for rec in iter_jsonl(source):
            for name, rows in flatten_record(rec).items():
                if rows:
                    sinks[name].add(rows)
    finally:
        for sink in sinks.values():
            sink.close()
    return {name: (sink.path, sink.count) for name, sink in sinks.items()}
