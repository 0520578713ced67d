"""Language identification: plainly English samples skip the model; other languages are found."""

import json
from pathlib import Path

import pytest

from pipeline.ingest import language

DATA = Path(__file__).parent.parent / "data" / "language_cases.json"
CASES = json.loads(DATA.read_text("utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["language"] + ":" + c["text"][:20])
def test_detect(case):
    assert language.detect(case["text"]) == case["language"]


def test_plain_english_needs_no_model(monkeypatch):
    def no_model():
        raise AssertionError("the language model was loaded for a plainly English text")

    monkeypatch.setattr(language, "identifier", no_model)
    english = next(c["text"] for c in CASES if c["language"] == "en" and "note" not in c)
    assert language.detect(english) == "en"


def test_other_languages_are_not_plainly_english():
    assert not any(language.plainly_english(c["text"]) for c in CASES if c["language"] != "en")
