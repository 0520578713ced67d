"""Syndicated copies: the same story arriving twice is recognised, across batches and within one;
a separate story on the same event is not a copy. Stories: tests/data/copies_cases.json."""

import json
import subprocess
import sys

from pipeline.archive.copies import CONTAINMENT, body, signature, similarity
from pipeline.archive.reader import lines
from pipeline.runner.run import run
from pipeline.runner.shard import Settings
from tests.conftest import load_cases

STORIES = load_cases("copies_cases.json")
SETTINGS = Settings()


def write(folder, **stories):
    folder.mkdir(parents=True, exist_ok=True)
    for name, story in stories.items():
        (folder / f"{name}.txt").write_text(STORIES[story], encoding="utf-8")


def meta_of(out):
    return {r["id"]: (r["meta"]["duplicate_of"], r["meta"]["duplicate_similarity"])
            for r in map(json.loads, lines(out))}


def test_the_headline_and_byline_are_not_the_body():
    assert body(STORIES["copy"]).startswith("Councillors in the harbour city")
    assert body(STORIES["original"]).startswith("Councillors in the harbour city")


def test_signatures_tell_copies_from_stories_on_the_same_event():
    original, copy = signature(STORIES["original"]), signature(STORIES["copy"])
    same_event, unrelated = signature(STORIES["same_event"]), signature(STORIES["unrelated"])
    assert similarity(copy, original)[1] >= CONTAINMENT
    assert similarity(same_event, original)[1] < 0.3
    assert similarity(unrelated, original)[1] < 0.1
    assert signature("Too short to tell.") is None


def test_copies_point_to_the_earliest_article_across_batches_and_within_one(tmp_path):
    out = tmp_path / "out"
    write(tmp_path / "d1", a_wire="original", b_farm="unrelated")
    write(tmp_path / "d2", a_paper="copy", b_council="same_event", c_again="original", d_second="copy")
    run([tmp_path / "d1"], out, SETTINGS)
    second = run([tmp_path / "d2"], out, SETTINGS)
    assert second.processed == 3  # the exact copy reuses its original's extraction
    found = meta_of(out)
    assert found["a_wire"] == (None, None) and found["b_farm"] == (None, None)
    assert found["a_paper"][0] == "a_wire" and 0.5 < found["a_paper"][1] < 1.0
    assert found["b_council"] == (None, None)
    assert found["c_again"] == ("a_wire", 1.0)  # the same text
    assert found["d_second"][0] == "a_wire"  # a copy of a copy names the earliest article
    unique = [json.loads(line)["id"] for line in lines(out, unique=True)]
    assert unique == ["a_wire", "b_farm", "b_council"]


def test_a_copy_in_the_same_batch_names_the_one_before_it(tmp_path):
    out = tmp_path / "out"
    write(tmp_path / "in", a="copy", b="original", c="unrelated")
    run([tmp_path / "in"], out, SETTINGS, batch_size=1)
    found = meta_of(out)
    assert found["a"] == (None, None) and found["b"][0] == "a" and found["c"] == (None, None)


def test_an_exact_copy_reuses_the_original_extraction(tmp_path):
    out = tmp_path / "out"
    write(tmp_path / "d1", wire="original")
    write(tmp_path / "d2", again="original")
    run([tmp_path / "d1"], out, SETTINGS)
    run([tmp_path / "d2"], out, SETTINGS)
    wire, again = map(json.loads, lines(out))
    assert again["meta"]["duplicate_of"] == "wire" and again["id"] == "again"
    for field in ("text", "entities", "quotes", "numbers", "dates"):
        assert again[field] == wire[field]
    plain = tmp_path / "plain"
    run([tmp_path / "d2"], plain, SETTINGS)  # the same article processed on its own
    [alone] = map(json.loads, lines(plain))
    for field in ("entities", "quotes", "numbers", "dates"):
        assert again[field] == alone[field]


def test_signing_loads_minhash_alone_and_matches_the_full_package():
    """Signing imports datasketch's MinHash without the package's other sketches (and scipy), and the
    values are those of the package's own MinHash with the same settings."""
    script = (
        "import sys\n"
        "from pipeline.archive.copies import signature, NUM_PERM, SCHEME, SHINGLE, _WORD, body\n"
        "text = 'Headline\\n' + ' '.join(f'w{i}' for i in range(40))\n"
        "sig = signature(text)\n"
        "print('scipy' in sys.modules)\n"
        "import datasketch\n"
        "words = _WORD.findall(body(text).lower())\n"
        "shingles = {' '.join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}\n"
        "m = datasketch.MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)\n"
        "m.update_batch(list(shingles))\n"
        "print(m.hashvalues.astype('<u8').tobytes() == sig.values)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
