"""Cost of each stage per word, as a share of the model's own parse, measured in one run.

    .venv/bin/python benchmarks/stages.py [--limit N] [--bbc DIR] [--repeat R]

Parses the BBC articles once with the model (timed), then runs each stage's `extract` over the
parsed Docs (timed, best of R rounds) and prints microseconds per word and the stage's cost as a
percentage of the parse. Compare the percentages of two checkouts, not the absolute times: the
machine is shared and noisy.
"""

from __future__ import annotations

import time

from throughput import bench_files, bench_parser

from pipeline import dates, entities, numbers, quotes
from pipeline.nlp import attributes, decoder
from pipeline.nlp.loader import DEFAULT_MODEL, load

STAGES = {"entities": entities.extract, "quotes": quotes.extract,
          "numbers": numbers.extract, "dates": dates.extract}


def main() -> None:
    parser = bench_parser(__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="rounds per stage; the best is kept")
    args = parser.parse_args()
    files = bench_files(args.bbc, args.limit or 400)
    texts = [f.read_text(encoding="utf-8") for f in files]
    words = sum(len(t.split()) for t in texts)
    nlp = load(DEFAULT_MODEL)
    attributes.swap_in(nlp)
    decoder.swap_in(nlp)
    entities.use_model(nlp)  # as the news_entities factory does: the model's common words
    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=64))
    parse = time.perf_counter() - start
    for doc in docs[:5]:      # warm-up: tables and lazy indexes load on first use
        for extract in STAGES.values():
            extract(doc)
    print(f"{len(docs)} articles, {words:,} words; parse {parse / words * 1e6:.1f} us/word")
    for name, extract in STAGES.items():
        best = float("inf")
        for _ in range(args.repeat):
            start = time.perf_counter()
            for doc in docs:
                extract(doc)
            best = min(best, time.perf_counter() - start)
        print(f"{name:9} {best / words * 1e6:6.1f} us/word   {100 * best / parse:5.1f}% of the parse")


if __name__ == "__main__":
    main()
