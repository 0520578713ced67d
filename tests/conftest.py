"""Shared fixtures: one Language per test session, and small helpers."""

import json
import os
import re
import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


def load_cases(name: str):
    """Golden cases from tests/data/<name> (a JSON list, or an object of lists)."""
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def span_of(doc, piece: str):
    """The Span of the first occurrence of the text `piece` in `doc` (a case's "span")."""
    start = doc.text.index(piece)
    return doc.char_span(start, start + len(piece))


def chromium_or_skip() -> tuple[str, str]:
    """Paths of chromium and chromedriver for the browser tests. Without them the tests are skipped,
    saying so, except in CI (CI=true), where they must run."""
    found = shutil.which("chromium"), shutil.which("chromedriver")
    if all(found):
        return found
    message = ("Chromium or chromedriver not found: install the Debian packages chromium and "
               "chromium-driver (sh tests/browser_setup.sh, as root) to run the browser tests")
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def bare_model():
    """The installed model as spaCy loads it, the reference our swapped-in components are compared
    with (never modified)."""
    import spacy

    from pipeline import DEFAULT_MODEL

    return spacy.load(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp.loader import build

    return build()


@pytest.fixture(scope="session")
def make_doc(nlp):
    """Run the full pipeline over a text with an optional reference date."""

    def run(text: str, published: str | None = None):
        doc = nlp.make_doc(text)
        doc._.published = published
        return nlp(doc)

    return run


BATCH_BLOCK = re.compile(rb',"batch":\{"id":"[^"]*","started":"[^"]*"\}')


def without_batch(data: bytes) -> bytes:
    """JSONL bytes with each line's `batch` block (which batch made it, and when) left out, to compare
    the records of runs made at different times byte for byte."""
    return BATCH_BLOCK.sub(b"", data)


@pytest.fixture(scope="session")
def corpus_output(tmp_path_factory) -> Path:
    """An archive of the sample articles in corpus/ (one run, shared by the tests that read it)."""
    from pipeline.runner.run import run
    from pipeline.runner.shard import Settings

    out = tmp_path_factory.mktemp("corpus") / "archive"
    run([ROOT / "corpus"], out, Settings())
    return out
