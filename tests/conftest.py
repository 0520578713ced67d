"""Shared fixtures: one Language per test session, and small helpers."""

import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


def load_cases(name: str) -> list[dict]:
    """Golden cases from tests/data/<name> (a JSON list)."""
    return json.loads((DATA / name).read_text(encoding="utf-8"))


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
