"""Syndicated copies: the same story arriving twice (a wire story republished with a new headline, a
trimmed ending, a local byline, a few changed words) is recognised, across the whole archive.

Each article's body (without its first line, the headline, and a byline or dateline opening the
next) becomes a set of word 3-shingles, summarised by a MinHash (datasketch, 128 permutations).
The signatures are stored in the archive's index with their LSH band hashes (64 bands of 2 rows),
so a new article is compared with every earlier one through a few indexed look-ups, without
rereading old texts. A candidate is a copy when most of the shorter text lies in the longer: the
estimated containment of its shingles is at least CONTAINMENT (0.75). Made-up copies (new headline,
byline, ending dropped, one word in 25 changed) keep 0.8 and more; two reporters on the same event
share names and figures but few runs of three words (under 0.3); the follow-up stories of one
outlet that reuse some paragraphs of the first report fall between 0.5 and 0.7 (measured on BBC
news, benchmarks/copies.py), and are not copies.
"""

from __future__ import annotations

import base64
import hashlib
import importlib
import importlib.util
import json
import re
import sqlite3
import sys
from dataclasses import dataclass

import numpy as np

NUM_PERM = 128
SCHEME = "affine32"  # datasketch 2's default hashing scheme, named so stored signatures stay comparable
BANDS, ROWS = 64, 2  # bands of the 128-value signature: a pair with Jaccard 0.3 shares one with p 0.998
SHINGLE = 3
CONTAINMENT = 0.75
SCHEMA = """
CREATE TABLE IF NOT EXISTS signatures (
    key TEXT PRIMARY KEY, id TEXT NOT NULL, batch TEXT NOT NULL, pos INTEGER NOT NULL,
    size INTEGER NOT NULL, text_sha TEXT NOT NULL, sig BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS bands (hash INTEGER NOT NULL, key TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS bands_hash ON bands (hash);
"""
_WORD = re.compile(r"\w+", re.UNICODE)
_BYLINE = re.compile(r"^(by|from)\s|^[A-Z][A-Z .,'-]{2,40}(\([^)]*\))?\s*[-\u2013\u2014]", re.I)
_PERMUTATIONS = None


@dataclass(frozen=True)
class Signature:
    """The MinHash of an article body, its shingle count and the hash of its full text."""

    values: bytes  # NUM_PERM little-endian uint64
    size: int
    text_sha: str

    def array(self) -> np.ndarray:
        return np.frombuffer(self.values, dtype="<u8")

    def to_dict(self) -> dict:
        return {"values": base64.b64encode(self.values).decode(), "size": self.size,
                "text_sha": self.text_sha}

    @classmethod
    def from_dict(cls, data: dict) -> Signature:
        return cls(base64.b64decode(data["values"]), int(data["size"]), str(data["text_sha"]))


@dataclass(frozen=True)
class Copy:
    """What a new article copies: the earliest earlier article of the same story."""

    of: str  # its id
    key: str
    similarity: float  # estimated Jaccard similarity of the two bodies' shingles
    exact: bool  # the same text


def body(text: str) -> str:
    """The text without its headline (the first line, when a body follows) and the byline or dateline
    line opening the body."""
    lines = [line for line in text.strip().split("\n") if line.strip()]
    if len(lines) > 1 and len(lines[0]) < 200:
        lines = lines[1:]
    if len(lines) > 1 and len(lines[0]) < 80 and _BYLINE.search(lines[0]):
        lines = lines[1:]
    return "\n".join(lines)


def _minhash_class() -> type:
    """datasketch's MinHash, imported without running the package's __init__, which imports every
    sketch it has and, through its LSH classes, scipy (0.7 s of CPU at each process start)."""
    loaded = sys.modules.get("datasketch.minhash")
    if loaded is not None:
        return loaded.MinHash
    spec = importlib.util.find_spec("datasketch")
    sys.modules["datasketch"] = importlib.util.module_from_spec(spec)  # the package, not executed
    try:
        return importlib.import_module("datasketch.minhash").MinHash
    finally:  # a later `import datasketch` runs the real __init__, reusing the loaded submodules
        del sys.modules["datasketch"]


def signature(text: str) -> Signature | None:
    """The article's signature; None for a body too short to tell a copy (under 20 words)."""
    global _PERMUTATIONS
    MinHash = _minhash_class()  # noqa: N806 (a class)
    words = _WORD.findall(body(text).lower())
    if len(words) < 20:
        return None
    shingles = {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}
    if _PERMUTATIONS is None:
        _PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations
    minhash = MinHash(num_perm=NUM_PERM, seed=1, permutations=_PERMUTATIONS, scheme=SCHEME)
    minhash.update_batch(list(shingles))
    sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return Signature(minhash.hashvalues.astype("<u8").tobytes(), len(shingles), sha)


def band_hashes(values: bytes) -> list[int]:
    """One signed 63-bit hash per LSH band, of the band's number and rows (so bands never collide)."""
    out = []
    for band in range(BANDS):
        chunk = bytes([band]) + values[band * ROWS * 8:(band + 1) * ROWS * 8]
        out.append(int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "little") >> 1)
    return out


def similarity(a: Signature, b: Signature) -> tuple[float, float]:
    """(estimated Jaccard, estimated containment of the smaller body in the larger)."""
    jaccard = float(np.mean(a.array() == b.array()))
    small, large = sorted((a.size, b.size))
    common = jaccard * (a.size + b.size) / (1 + jaccard)
    return jaccard, min(1.0, common / small) if small else 0.0


class CopyFinder:
    """Finds, for each new article of a batch in input order, the earliest earlier article it copies:
    in the archive (through the index's band table) or earlier in the same batch."""

    def __init__(self, db: sqlite3.Connection | None):
        self.db = db
        self.batch: dict[int, list[tuple[str, str, Signature, int]]] = {}
        self.order = 0

    def find(self, key: str, article_id: str, sig: Signature) -> Copy | None:
        """The copy decision for one article; it then joins the batch's candidates."""
        hashes = band_hashes(sig.values)
        candidates: dict[str, tuple[tuple, str, Signature]] = {}
        if self.db is not None:
            for row in self._archive(hashes):
                other_key, other_id, batch, pos, size, sha, values = row
                if other_key != key:
                    candidates[other_key] = ((0, batch, pos), other_id, Signature(values, size, sha))
        for band in hashes:
            for other_key, other_id, other, order in self.batch.get(band, []):
                if other_key != key:
                    candidates.setdefault(other_key, ((1, "", order), other_id, other))
        best = None
        for other_key, (_, other_id, other) in sorted(candidates.items(), key=lambda c: c[1][0]):
            jaccard, contained = similarity(sig, other)
            if contained >= CONTAINMENT:
                best = Copy(other_id, other_key, round(jaccard, 4), sig.text_sha == other.text_sha)
                break
        self.add(key, best.of if best else article_id, sig, hashes)
        return best

    def add(self, key: str, original: str, sig: Signature, hashes: list[int] | None = None) -> None:
        """An article of this batch becomes a candidate for the later ones (as its original's id)."""
        for band in hashes or band_hashes(sig.values):
            self.batch.setdefault(band, []).append((key, original, sig, self.order))
        self.order += 1

    def _archive(self, hashes: list[int]) -> list[tuple]:
        """Archived current articles sharing a band with the signature (indexed look-ups)."""
        marks = ",".join("?" * len(hashes))
        keys = [row[0] for row in self.db.execute(f"SELECT DISTINCT key FROM bands WHERE hash IN ({marks})",
                                                   hashes)]
        if not keys:
            return []
        return list(self.db.execute(
            "SELECT s.key, coalesce(a.copy_of, s.id), s.batch, s.pos, s.size, s.text_sha, s.sig "
            "FROM signatures s JOIN articles a ON a.key = s.key AND a.status = 'current' "
            "WHERE s.key IN (SELECT value FROM json_each(?))", (json.dumps(keys),)))


def store(db: sqlite3.Connection, rows: list[tuple[str, str, str, int, Signature]]) -> None:
    """Add the signatures of a committed batch's records (inside the caller's transaction)."""
    db.executemany("INSERT OR REPLACE INTO signatures VALUES (?, ?, ?, ?, ?, ?, ?)",
                   [(key, aid, batch, pos, sig.size, sig.text_sha, sig.values)
                    for key, aid, batch, pos, sig in rows])
    db.executemany("INSERT INTO bands VALUES (?, ?)",
                   [(h, key) for key, _, _, _, sig in rows for h in band_hashes(sig.values)])
