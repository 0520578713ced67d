"""Syndicated copies: precision and recall of the copy finder, and the cost of its look-up.

    .venv/bin/python benchmarks/copies.py [--bbc DIR] [--copies N]

1. Made-up syndicated copies of N random BBC articles (a new headline, a wire byline, the last
   paragraph dropped, one word in 25 changed; some also lose their first paragraph) are mixed with
   all the BBC articles, which hold many stories on the same topics. The articles go through the
   copy finder in two daily batches; a copy must name its original, nothing else may be called a
   copy. Pairs the BBC collection itself holds (the same story filed twice) are listed apart.
2. The look-up of one article against an archive of 100,000 signatures (the real ones and random
   ones), through the index's band table.
DIR defaults to $PIPELINE_BENCH_DIR/bbc (see throughput.py).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from throughput import bench_files, bench_parser  # noqa: E402

from pipeline.archive import copies  # noqa: E402
from pipeline.archive.index import Index  # noqa: E402


def make_copy(text: str, rng: random.Random) -> str:
    """A syndicated copy as another outlet runs it."""
    lines = [line for line in text.split("\n") if line.strip()]
    paragraphs = lines[1:]
    if len(paragraphs) > 3:
        paragraphs = paragraphs[:-1]  # the ending trimmed
    if len(paragraphs) > 6 and rng.random() < 0.3:
        paragraphs = paragraphs[1:]  # the opening paragraph rewritten away
    words = "\n\n".join(paragraphs).split(" ")
    for i in rng.sample(range(len(words)), k=len(words) // 25):
        words[i] = rng.choice(["said", "told", "new", "major", "also", "now", "the", "its"])
    headline = f"{lines[0]} - {rng.choice(['report', 'update', 'latest', 'analysis'])}"
    return f"{headline}\nBy Wire Reporter\n\n" + " ".join(words)


def quality(files: list[Path], n_copies: int, tmp: Path) -> None:
    rng = random.Random(7)
    texts = {f.stem: f.read_text(encoding="utf-8") for f in files}
    names = sorted(texts)
    originals = rng.sample(names, n_copies)
    made = {f"copy_of_{name}": make_copy(texts[name], rng) for name in originals}
    day1 = rng.sample(names, len(names) // 2)
    day2 = [n for n in names if n not in set(day1)] + list(made)
    rng.shuffle(day2)
    texts.update(made)
    index = Index(tmp / "copies.sqlite", create=True)
    found: dict[str, str] = {}
    for batch, day in (("000001", day1), ("000002", day2)):
        finder = copies.CopyFinder(index.db)
        rows = []
        for pos, name in enumerate(day):
            sig = copies.signature(texts[name])
            if sig is None:
                continue
            hit = finder.find(name, name, sig)
            if hit is not None:
                found[name] = hit.of
            rows.append((name, name, batch, pos, sig))
        with index.transaction() as db:
            db.executemany("INSERT INTO articles (key, id, content, derived, kind, batch, pos, status, "
                           "source, copy_of) VALUES (?, ?, ?, 0, 'record', ?, ?, 'current', '{}', ?)",
                           [(k, k, k, b, p, found.get(k)) for k, _, b, p, _ in rows])
            copies.store(db, rows)
    pairs = {frozenset((f"copy_of_{name}", name)) for name in originals}  # either may come first
    made = {k: v for k, v in found.items() if frozenset((k, v)) in pairs or k.startswith("copy_of_")}
    twins = {frozenset((k, v)) for k, v in found.items() if not k.startswith("copy_of_")}

    def right_pair(k: str, v: str) -> bool:  # its original, or a story the collection holds twice
        original = k.removeprefix("copy_of_")
        return frozenset((k, v)) in pairs or frozenset((original, v)) in twins

    right = sum(1 for k, v in made.items() if right_pair(k, v))
    print(f"made-up copies: {len(pairs)}; named {len(made)}, right {right}: precision "
          f"{right / max(len(made), 1):.3f}, recall {right / len(pairs):.3f} (target >= 0.95 each)")
    in_data = {k: v for k, v in found.items() if k not in made}
    exact = sum(copies.signature(texts[k]).text_sha == copies.signature(texts[v]).text_sha
                for k, v in in_data.items())
    print(f"pairs among the {len(names):,} BBC articles themselves: {len(in_data)} ({exact} the same "
          "text: the collection holds stories filed twice); a sample to read:")
    for k, v in rng.sample(sorted(in_data.items()), min(10, len(in_data))):
        jaccard, contained = copies.similarity(copies.signature(texts[k]), copies.signature(texts[v]))
        print(f"  {k} copies {v}: Jaccard {jaccard:.2f}, containment {contained:.2f}")
    index.close()


def lookup_cost(files: list[Path], tmp: Path, size: int = 100_000) -> None:
    index = Index(tmp / "big.sqlite", create=True)
    rng = np.random.default_rng(3)
    real = [copies.signature(f.read_text(encoding="utf-8")) for f in files]
    real = [s for s in real if s is not None]
    rows = [(f"r{i}", f"r{i}", "000001", i, s) for i, s in enumerate(real)]
    for i in range(size - len(rows)):
        values = rng.integers(0, 2**32, copies.NUM_PERM, dtype=np.uint64).astype("<u8").tobytes()
        rows.append((f"s{i}", f"s{i}", "000001", len(real) + i, copies.Signature(values, 300, "")))
    with index.transaction() as db:
        db.executemany("INSERT INTO articles (key, id, content, derived, kind, batch, pos, status, source) "
                       "VALUES (?, ?, ?, 0, 'record', ?, ?, 'current', '{}')",
                       [(k, k, k, b, p) for k, _, b, p, _ in rows])
        copies.store(db, rows)
    finder = copies.CopyFinder(index.db)
    queries = [copies.signature(f.read_text(encoding="utf-8") + " and one more line") for f in files[:1000]]
    queries = [q for q in queries if q is not None]
    start = time.perf_counter()
    hits = sum(finder.find(f"q{i}", f"q{i}", q) is not None for i, q in enumerate(queries))
    seconds = time.perf_counter() - start
    print(f"look-up against {size:,} signatures: {1000 * seconds / len(queries):.3f} ms per article "
          f"({hits} of {len(queries)} near-copies of archived articles found; target < 1 ms)")
    index.close()


def main() -> None:
    parser = bench_parser(__doc__)
    parser.add_argument("--copies", type=int, default=300, help="made-up copies (default 300)")
    args = parser.parse_args()
    files = bench_files(args.bbc, args.limit)
    with tempfile.TemporaryDirectory() as tmp:
        quality(files, args.copies, Path(tmp))
        lookup_cost(files, Path(tmp))


if __name__ == "__main__":
    main()
