"""Very long articles in windows: cut points, entities merged across windows, items at article
offsets, the model never given more than a window."""

import re

import pytest
import spacy

from pipeline.entities.merge import merge_windows
from pipeline.nlp import windows

OPENING = ("By Ann Lee\nHARWICK, March 3 (Reuters) - Prime Minister Rustem Kaldor said on Tuesday that "
           "the city of Harwick would spend $2.5 billion on new trains by 2028.\n\n"
           "\"We will build 40 stations,\" Kaldor told reporters in Harwick.")
FILLER = ("The council met for three hours on Wednesday. Prices rose 4% in February, the statistics "
          "office said, and about 1,200 people attended the meeting.")
CLOSING = ("Prime Minister Kaldor said the plan would take five years. \"It is a start,\" said Mira "
           "Olsen, a teacher.")


def long_text(fillers: int = 12) -> str:
    return "\n\n".join([OPENING, *[FILLER] * fillers, CLOSING])


@pytest.mark.parametrize("text", [
    long_text(),
    "One line. " * 300,
    "Several lines of text.\n" * 120,
    "x" * 2_000 + " tail",
])
def test_windows_cover_the_text_and_end_after_white_space(text):
    spans = windows.cuts(text, 400)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(0 < end - start <= 400 for start, end in spans)
    for _, end in spans[:-1]:
        assert end % 400 == 0 or (text[end - 1].isspace() and not text[end].isspace())


def test_windows_end_at_paragraph_breaks_where_there_are_some():
    text = long_text()
    for _, end in windows.cuts(text, 600)[:-1]:
        assert re.search(r"\n\s*\n\s*$", text[:end])


def test_windows_tokenise_as_the_whole_text():
    nlp = spacy.blank("en")
    text = long_text() + "  \n  Trailing spaces.  Two sentences here.\n \n" * 30
    whole = [(t.text, t.whitespace_) for t in nlp.make_doc(text)]
    parts = [(t.text, t.whitespace_) for a, b in windows.cuts(text, 300) for t in nlp.make_doc(text[a:b])]
    assert parts == whole


def person(eid: str, name: str, mentions: list[tuple[int, str]], aliases=(), role=None) -> dict:
    return {"id": eid, "name": name, "label": "PERSON", "role": role, "aliases": list(aliases),
            "mentions": [{"start": s, "end": s + len(t), "text": t} for s, t in mentions],
            "count": len(mentions), "salience": 0.5}


def test_merge_groups_one_persons_mentions_across_windows():
    text = "x" * 3000
    parts = [
        (0, [person("E1", "Rustem Kaldor", [(10, "Rustem Kaldor"), (40, "Kaldor")], ["Kaldor"], "minister"),
             person("E2", "John Smith", [(80, "John Smith")])]),
        (1000, [person("E1", "Kaldor", [(5, "Kaldor")]), person("E2", "Jane Smith", [(30, "Jane Smith")])]),
        (2000, [person("E1", "Smith", [(7, "Smith")]),
                person("E2", "Rustem Kaldor", [(50, "Rustem Kaldor")])]),
    ]
    entities, ids = merge_windows(text, parts)
    by_name = {e["name"]: e for e in entities}
    kaldor = by_name["Rustem Kaldor"]
    assert [m["start"] for m in kaldor["mentions"]] == [10, 40, 1005, 2050]
    assert kaldor["role"] == "minister" and kaldor["count"] == 4 and kaldor["aliases"] == ["Kaldor"]
    assert ids[1, "E1"] == ids[0, "E1"] == ids[2, "E2"] == kaldor["id"]
    assert "Jane Smith" in by_name and "John Smith" in by_name
    assert by_name["Smith"]["mentions"][0]["start"] == 2007  # two Smiths before: which one is unknown
    assert [e["id"] for e in entities] == [f"E{i}" for i in range(1, len(entities) + 1)]
    assert entities[0] is kaldor and kaldor["salience"] > by_name["Smith"]["salience"]


def test_merge_keeps_apart_two_entities_of_one_window():
    parts = [(0, [person("E1", "Ann Lee", [(0, "Ann Lee")]), person("E2", "Ann Lee", [(50, "Ann Lee")])]),
             (100, [person("E1", "Ann Lee", [(0, "Ann Lee")])])]
    entities, _ = merge_windows("y" * 200, parts)
    assert sorted(e["count"] for e in entities) == [1, 1, 1]  # the third could be either: left alone


@pytest.fixture
def small_windows(monkeypatch):
    """Windows of 600 characters above 1,000, so a short hand-made article is cut into several."""
    monkeypatch.setattr(windows, "WINDOW_ABOVE", 1_000)
    monkeypatch.setattr(windows, "WINDOW_CHARS", 600)
    seen = []
    real = windows.make_doc

    def recording(nlp, text):
        seen.append(len(text))
        return real(nlp, text)

    monkeypatch.setattr(windows, "make_doc", recording)
    return seen


def test_a_long_article_in_windows(nlp, make_doc, small_windows):
    text = long_text()
    items = windows.extract(nlp, text, "2026-03-03")
    assert len(small_windows) > 3 and max(small_windows) <= 600  # the model never sees more
    for kind in ("quotes", "numbers", "dates"):
        for item in items[kind]:
            assert text[item["start"]:item["end"]] == item["text"], item
    kaldor = [e for e in items["entities"] if e["name"] == "Rustem Kaldor"]
    assert len(kaldor) == 1 and kaldor[0]["mentions"][-1]["start"] > len(text) - len(CLOSING)
    for e in items["entities"]:
        assert all(text[m["start"]:m["end"]] == m["text"] for m in e["mentions"])
    names = {e["id"]: e["name"] for e in items["entities"]}
    speakers = [q["speaker"] for q in items["quotes"] if q["speaker"] and q["speaker"]["entity"]]
    assert speakers and all(names[s["entity"]] == s["name"] for s in speakers)
    assert {s["name"] for s in speakers} >= {"Rustem Kaldor", "Mira Olsen"}
    whole = make_doc(text, "2026-03-03")
    for kind in ("numbers", "dates"):  # found sentence by sentence: the same items either way
        assert items[kind] == getattr(whole._, kind)


def test_an_ordinary_article_is_processed_whole(monkeypatch):
    from pipeline.ingest.read import Article
    from pipeline.record.types import Source
    from pipeline.runner import shard

    def refuse(*args):
        raise AssertionError("an article under WINDOW_ABOVE characters was cut into windows")

    monkeypatch.setattr(windows, "extract", refuse)
    text = long_text(fillers=300)
    assert 20_000 < len(text) <= windows.WINDOW_ABOVE
    article = Article("a", text, Source(path="a.txt", sha256="", bytes=len(text)), {}, "")
    [result] = shard.process_shard([("a", article)], shard.Settings())
    assert result.kind == "record" and b'"Rustem Kaldor"' in result.line
