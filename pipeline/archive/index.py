"""The archive's index: an SQLite database that says, for every article id and input key, which
batch, part file and line hold its line, and whether it is current, superseded or forgotten.

The index is derived data: the batch manifests and part files are the truth, and `rebuild` makes
the same tables from them. A run looks up only its own keys (indexed columns), so its cost does not
grow with the archive.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.archive import copies

SCHEMA_VERSION = 2
SCHEMA = """
CREATE TABLE info (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE batches (
    id TEXT PRIMARY KEY, started TEXT NOT NULL, finished TEXT NOT NULL,
    records INTEGER NOT NULL, errors INTEGER NOT NULL, code TEXT NOT NULL, version TEXT NOT NULL
);
CREATE TABLE articles (
    key TEXT NOT NULL, id TEXT NOT NULL, content TEXT NOT NULL, derived INTEGER NOT NULL,
    kind TEXT NOT NULL, batch TEXT NOT NULL, pos INTEGER NOT NULL, part TEXT, line INTEGER,
    offset INTEGER, length INTEGER, status TEXT NOT NULL, source TEXT NOT NULL, copy_of TEXT,
    PRIMARY KEY (batch, pos)
);
CREATE INDEX articles_key ON articles (key);
CREATE INDEX articles_id ON articles (id, status);
CREATE INDEX articles_content ON articles (content);
CREATE TABLE files (
    path TEXT NOT NULL, config TEXT NOT NULL, sig TEXT NOT NULL, keys TEXT NOT NULL,
    PRIMARY KEY (path, config)
);
"""
TABLES = ("info", "batches", "articles", "files", "signatures", "bands")


@dataclass(frozen=True)
class Row:
    """One input a batch finished: where its line is and what it is."""

    key: str
    id: str
    content: str
    derived: bool
    kind: str  # "record" | "error"
    batch: str
    pos: int
    part: str | None  # part file name inside the batch folder (None once forgotten)
    line: int | None
    offset: int | None
    length: int | None
    status: str = "current"  # "current" | "superseded" | "forgotten" | "duplicate" (of an id in its run)
    source: str = "{}"  # the input's source block (path, sha256, bytes, line) as JSON
    copy_of: str | None = None  # the id of the earlier article it copies (a syndicated copy)


class IndexError_(RuntimeError):
    """The index file is missing, damaged or of another schema."""


class Index:
    """A connection to OUT/index.sqlite."""

    def __init__(self, path: Path, create: bool = False, readonly: bool = False):
        self.path = path
        try:
            if readonly:
                self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            else:
                self.db = sqlite3.connect(path, isolation_level=None)
                self.db.execute("PRAGMA journal_mode=DELETE")
                self.db.execute("PRAGMA synchronous=FULL")
        except sqlite3.DatabaseError as exc:
            raise IndexError_(f"{path} cannot be read: {exc}") from None
        if create:
            with self.transaction():
                for statement in (SCHEMA + copies.SCHEMA).split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute("INSERT INTO info VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
        self.check()

    def check(self) -> None:
        """Raise IndexError_ unless this is our schema, readable to the end."""
        try:
            names = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            version = self.db.execute("SELECT value FROM info WHERE name='schema'").fetchone()
            if not set(TABLES) <= names or version is None or version[0] != str(SCHEMA_VERSION):
                raise IndexError_(f"{self.path} is not an index of this archive format")
            if self.db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise IndexError_(f"{self.path} is damaged")
        except sqlite3.DatabaseError as exc:
            raise IndexError_(f"{self.path} cannot be read: {exc}") from None

    def close(self) -> None:
        self.db.close()

    def transaction(self):
        return _Transaction(self.db)

    # -- look-ups --------------------------------------------------------------------------
    def batch_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM batches ORDER BY id")]

    def known(self, keys: Iterable[str]) -> dict[str, Row]:
        """The live (current or forgotten) rows of these keys, by key."""
        out: dict[str, Row] = {}
        keys = list(keys)
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(
                f"SELECT * FROM articles WHERE key IN ({marks}) AND status != 'superseded'", chunk
            ):
                found = Row(*row[:3], bool(row[3]), *row[4:])
                if row[0] not in out or found.status == "current":
                    out[row[0]] = found
        return out

    def by_content(self, content: str) -> list[Row]:
        """Current rows with this content digest (the same input under another derived id)."""
        return [Row(*r[:3], bool(r[3]), *r[4:]) for r in self.db.execute(
            "SELECT * FROM articles WHERE content = ? AND status = 'current' ORDER BY batch, pos",
            (content,))]

    def rows_of(self, ids: Iterable[str]) -> list[Row]:
        """Every row (any status) of these article ids, in archive order."""
        return [Row(*r[:3], bool(r[3]), *r[4:]) for r in self.db.execute(
            "SELECT * FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY batch, pos",
            (_json_list(ids),))]

    def file_keys(self, path: str, config: str, sig: str) -> list[str] | None:
        """Keys an unchanged input file gave before (same size and modification times), else None."""
        row = self.db.execute("SELECT sig, keys FROM files WHERE path = ? AND config = ?",
                              (path, config)).fetchone()
        if row is None or row[0] != sig:
            return None
        return row[1].split(",") if row[1] else []

    def rows(self, batch: str | None = None, kind: str = "record", unique: bool = False) -> Iterator[Row]:
        """Live rows in archive order (batch, then input order), optionally of one batch: current
        records (with `unique`, not the syndicated copies of earlier ones), or current errors with
        the duplicate-id errors of each run."""
        statuses = ("current",) if kind == "record" else ("current", "duplicate")
        sql = f"SELECT * FROM articles WHERE kind = ? AND status IN {statuses!r}".replace(",)", ")")
        if unique:
            sql += " AND copy_of IS NULL"
        args: list = [kind]
        if batch is not None:
            sql += " AND batch = ?"
            args.append(batch)
        for r in self.db.execute(sql + " ORDER BY batch, pos", args):
            yield Row(*r[:3], bool(r[3]), *r[4:])

    def signatures(self) -> dict[str, str]:
        """Per batch, a signature of its current records that changes whenever one of them is
        superseded or forgotten (rows only ever leave the current view)."""
        return {b: f"{n}:{total}" for b, n, total in self.db.execute(
            "SELECT batch, count(*), sum(pos) FROM articles WHERE kind = 'record' AND status = 'current' "
            "GROUP BY batch ORDER BY batch")}

    def batches(self) -> list[tuple]:
        return list(self.db.execute("SELECT * FROM batches ORDER BY id"))

    # -- changes -----------------------------------------------------------------------------
    def add_batch(self, info: dict, rows: list[Row], files: list[tuple], signatures: list[tuple] = ()
                  ) -> None:
        """Record a committed batch: its rows become current and supersede older rows of their ids."""
        with self.transaction():
            self.db.execute("INSERT INTO batches VALUES (?, ?, ?, ?, ?, ?, ?)",
                            (info["id"], info["started"], info["finished"], info["records"],
                             info["errors"], info["code"], info["version"]))
            ids = sorted({r.id for r in rows if r.status == "current"})
            self.db.execute(
                "UPDATE articles SET status = 'superseded' WHERE status = 'current' "
                "AND id IN (SELECT value FROM json_each(?))", (_json_list(ids),))
            self.db.executemany("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                                [_tuple(r) for r in rows])
            self.db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)", files)
            copies.store(self.db, list(signatures))

    def drop_signatures(self, ids: list[str]) -> None:
        """Forget the copy signatures of these articles."""
        with self.transaction():
            self.db.execute("DELETE FROM bands WHERE key IN (SELECT key FROM signatures WHERE id IN "
                            "(SELECT value FROM json_each(?)))", (_json_list(ids),))
            self.db.execute("DELETE FROM signatures WHERE id IN (SELECT value FROM json_each(?))",
                            (_json_list(ids),))

    def set_places(self, batch: str, places: list[tuple]) -> None:
        """Where a batch's rows now are, after `forget` rewrote its parts: (pos, part, line, offset,
        length, status); a forgotten row stays forgotten, other statuses are kept."""
        with self.transaction():
            self.db.executemany(
                "UPDATE articles SET part = ?, line = ?, offset = ?, length = ?, "
                "status = CASE WHEN ? = 'forgotten' THEN 'forgotten' ELSE status END "
                "WHERE batch = ? AND pos = ?",
                [(part, line, offset, length, status, batch, pos)
                 for pos, part, line, offset, length, status in places])

    def dump(self) -> list[list]:
        """Every row of every table in a fixed order (to compare a rebuilt index with the original)."""
        out = []
        for table in TABLES:
            out.append([table, *sorted(map(list, self.db.execute(f"SELECT * FROM {table}")), key=repr)])
        return out


def _json_list(values: Iterable[str]) -> str:
    import json

    return json.dumps(list(values))


def _tuple(r: Row) -> tuple:
    return (r.key, r.id, r.content, int(r.derived), r.kind, r.batch, r.pos, r.part, r.line, r.offset,
            r.length, r.status, r.source, r.copy_of)


class _Transaction:
    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type, *rest) -> None:
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")
