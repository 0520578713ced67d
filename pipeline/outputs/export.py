"""Export stage: the current records flattened into one table per kind, as Parquet or CSV (pyarrow).

`flatten` is plain Python; pyarrow (the `export` extra) is imported only inside `export`, which
streams records through fixed-schema writers in batches, so memory stays flat on large runs.
Entity rows carry the run-wide id and name of the catalog (outputs/catalog.py), date rows the
calendar interval of their value (dates/interval.py).
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from pipeline.archive.reader import parts, records
from pipeline.dates.interval import interval
from pipeline.outputs import catalog

KINDS = ("entities", "quotes", "numbers", "dates")
BATCH = 5000

# A place's geographic identity (record fields of the same names): mapping and filtering by country.
GEO_COLUMNS = {"country": "str", "subdivision": "str", "geonames_id": "int", "latitude": "float",
               "longitude": "float"}

# Column name -> type name (str, int, float, bool, date, list): the tables' fixed schemas.
SCHEMAS: dict[str, dict[str, str]] = {
    "articles": {"id": "str", "title": "str", "published": "str", "published_from": "str",
                 "authors": "list", "outlet": "str", "url": "str", "source_path": "str",
                 "n_entities": "int", "n_mentions": "int", "n_quotes": "int", "n_numbers": "int",
                 "n_dates": "int", "first_line": "str", "duplicate_of": "str", "batch": "str"},
    "entities": {"article_id": "str", "entity_id": "str", "name": "str", "label": "str", "role": "str",
                 "count": "int", "salience": "float", "aliases": "list", **GEO_COLUMNS,
                 "catalog_id": "str", "catalog_name": "str"},
    "mentions": {"article_id": "str", "entity_id": "str", "start": "int", "end": "int", "text": "str",
                 "sentence": "str", "label": "str", **GEO_COLUMNS},
    "quotes": {"article_id": "str", "index": "int", "kind": "str", "text": "str", "start": "int",
               "end": "int", "speaker_name": "str", "speaker_entity": "str", "cue": "str",
               "cue_lemma": "str", "cue_type": "str", "sentence": "str"},
    "numbers": {"article_id": "str", "index": "int", "type": "str", "text": "str", "value": "float",
                "low": "float", "high": "float", "approx": "str", "unit": "str", "currency": "str",
                "object": "str", "start": "int", "end": "int", "sentence": "str"},
    "dates": {"article_id": "str", "index": "int", "type": "str", "text": "str", "value": "str",
              "anchored": "bool", "start": "int", "end": "int", "sentence": "str",
              "first_day": "date", "last_day": "date"},
}

# A sentence ends at . ! or ? (plus closing quotes/brackets) before spaces and a capital, or at a newline.
_BREAK = re.compile(r"""[.!?]["'”’)\]]*(?P<gap>[ \t]+)(?=["'“‘(\[]?[A-Z])|(?P<nl>[ \t]*\n\s*)""")
_ABBREV = {"mr", "mrs", "ms", "dr", "prof", "st", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep",
           "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
           "vs", "inc", "corp", "co", "ltd", "jr", "sr"}


_BYLINE = re.compile(r"By\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?:\s*(?:,|and)\s+.{0,60})?$")


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


def quoted_words(q: dict) -> str | None:
    """A quote's words: an interrupted quote's parts joined by " … " (without the attribution between
    them), else its text."""
    pieces = [p.get("text") for p in q.get("parts") or [] if p.get("text")]
    return " … ".join(pieces) if pieces else q.get("text")


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
            "n_dates": len(rec.get("dates") or []), "first_line": first_line(rec.get("text")),
            "duplicate_of": meta.get("duplicate_of"), "batch": (rec.get("batch") or {}).get("id")}


def run_wide(ent: dict, links: catalog.Links) -> dict:
    """The catalog id and name of an article's entity (None for a name the catalog never saw)."""
    cid, name = links.get(catalog.key_of(ent), (None, None))
    return {"catalog_id": cid, "catalog_name": name}


def day_range(item: dict) -> dict:
    """The first and last day of a date's value (None for durations, sets and unknown parts)."""
    first, last = interval(item.get("value"), item.get("type") or "DATE") or (None, None)
    return {"first_day": first, "last_day": last}


def flatten_record(rec: dict, links: catalog.Links | None = None) -> dict[str, list[dict]]:
    """One record as rows of every table; `links`: the catalog's, from `catalog.run_links`."""
    aid, sents = rec.get("id"), Sentences(rec.get("text"))
    rows: dict[str, list[dict]] = {name: [] for name in SCHEMAS}
    rows["articles"].append(article_row(rec))
    for ent in rec.get("entities") or []:
        mentions = ent.get("mentions") or []
        rows["entities"].append({"article_id": aid, "entity_id": ent.get("id"), "name": ent.get("name"),
                                 "label": ent.get("label"), "role": ent.get("role"),
                                 "count": ent.get("count") or len(mentions), "salience": ent.get("salience"),
                                 "aliases": list(ent.get("aliases") or []),
                                 **{col: ent.get(col) for col in GEO_COLUMNS}, **run_wide(ent, links or {})})
        rows["mentions"] += [{"article_id": aid, "entity_id": ent.get("id"), "start": m["start"],
                              "end": m["end"], "text": m.get("text"),
                              "sentence": sents.of(m["start"], m["end"]), "label": ent.get("label"),
                              **{col: ent.get(col) for col in GEO_COLUMNS}} for m in mentions]
    for i, q in enumerate(rec.get("quotes") or []):
        speaker, cue = q.get("speaker") or {}, q.get("cue") or {}
        rows["quotes"].append({"article_id": aid, "index": i, "kind": q.get("kind"), "text": quoted_words(q),
                               "start": q.get("start"), "end": q.get("end"),
                               "speaker_name": speaker.get("name"), "speaker_entity": speaker.get("entity"),
                               "cue": cue.get("text"), "cue_lemma": cue.get("lemma"),
                               "cue_type": cue.get("type"),
                               "sentence": sents.of(q.get("start"), q.get("end"))})
    for kind in ("numbers", "dates"):
        for i, item in enumerate(rec.get(kind) or []):
            row = {"article_id": aid, "index": i}
            row.update({col: item.get(col) for col in SCHEMAS[kind] if col not in row and col != "sentence"})
            row["sentence"] = sents.of(item.get("start"), item.get("end"))
            if kind == "dates":
                row.update(day_range(item))
            rows[kind].append(row)
    return rows


def flatten(records: Iterable[dict]) -> dict[str, list[dict]]:
    """All records as rows of every table (for small inputs and tests; `export` streams)."""
    tables: dict[str, list[dict]] = {name: [] for name in SCHEMAS}
    records = list(records)
    links, _ = catalog.run_links(records, lambda rec: "")
    for rec in records:
        for name, rows in flatten_record(rec, links).items():
            tables[name] += rows
    return tables


def _arrow_schema(name: str, fmt: str):
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
             "date": pa.date32(), "list": pa.list_(pa.string()) if fmt == "parquet" else pa.string()}
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
    """Write the current records of OUT as tables: `dest/<table>/<batch>.<fmt>` (default dest:
    OUT/tables), one file per table and batch, so that a new batch adds files and only batches whose
    current records changed since the last export are written again; {table: (folder, rows)}.

    Raises MissingRecordsError, ValueError for an unknown format, ImportError without pyarrow.
    """
    if fmt not in ("parquet", "csv"):
        raise ValueError(f"unknown format {fmt!r} (parquet or csv)")
    pieces = parts(out_dir)  # MissingRecordsError before anything is created
    import pyarrow  # noqa: F401  (fail before creating anything)

    dest = Path(dest) if dest is not None else Path(out_dir) / "tables"
    dest.mkdir(parents=True, exist_ok=True)
    state_path = dest / f"export-{fmt}.json"
    state = _read_state(state_path)
    links, pieces = with_links(out_dir, pieces)
    done = {name: state[name] for name in pieces if name in state and state[name]["signature"] == pieces[name]
            and all((dest / t / f"{name}.{fmt}").is_file() for t in SCHEMAS)}
    for name in sorted(set(pieces) - set(done)):
        batch = None if name == "records" else name
        counts = _export_piece(records(out_dir, batch=batch), fmt, dest, name, links)
        done[name] = {"signature": pieces[name], "rows": counts}
    for name in set(state) - set(pieces):  # a batch with no current record left
        for table in SCHEMAS:
            (dest / table / f"{name}.{fmt}").unlink(missing_ok=True)
    tmp = state_path.with_name(f".{state_path.name}.tmp")
    tmp.write_text(json.dumps(done, indent=1, sort_keys=True), encoding="utf-8")
    tmp.replace(state_path)
    return {t: (dest / t, sum(d["rows"][t] for d in done.values())) for t in SCHEMAS}


def with_links(out_dir: Path, pieces: dict[str, str]) -> tuple[catalog.Links, dict[str, str]]:
    """The catalog's links over every current record, and each piece's signature extended with the
    digest of the links it uses: a batch is written again when a later one regroups its entities."""
    def piece_of(rec: dict) -> str:
        return "records" if "records" in pieces else (rec.get("batch") or {}).get("id") or "records"

    links, digests = catalog.run_links(records(out_dir), piece_of)
    return links, {name: f"{sig}|{digests.get(name, '')}" for name, sig in pieces.items()}


def _export_piece(source: Iterator[dict], fmt: str, dest: Path, name: str, links: catalog.Links
                  ) -> dict[str, int]:
    """The tables of one batch (or of one records file), each written whole and renamed into place."""
    folders = {t: dest / t for t in SCHEMAS}
    for folder in folders.values():
        folder.mkdir(exist_ok=True)
    sinks = {t: _Sink(t, fmt, folders[t] / f".{name}.{fmt}.tmp") for t in SCHEMAS}
    try:
        for rec in source:
            for table, rows in flatten_record(rec, links).items():
                if rows:
                    sinks[table].add(rows)
    finally:
        for sink in sinks.values():
            sink.close()
    for table, sink in sinks.items():
        sink.path.replace(folders[table] / f"{name}.{fmt}")
    return {t: sink.count for t, sink in sinks.items()}


def _read_state(path: Path) -> dict:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
        return state if isinstance(state, dict) else {}
    except (OSError, ValueError):
        return {}
