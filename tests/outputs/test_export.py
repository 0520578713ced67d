"""Export: hand-made records flattened into Parquet and CSV tables, with each item's sentence."""

import csv
import json
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.outputs import export as export_mod
from pipeline.outputs.export import export, first_line, flatten, sentence_bounds

TEXT = ("By Jane Roe\nLONDON, March 3 (Reuters) - Acme Corp. will invest $1.5 billion in Britain, "
        "Chief Executive Ann Lee said on Tuesday. \"We are committed to Britain,\" Lee told reporters. "
        "Sales rose about 12% in 2025.\nMr. Lee joined in May.")
SENTENCES = ["By Jane Roe",
             "LONDON, March 3 (Reuters) - Acme Corp. will invest $1.5 billion in Britain, "
             "Chief Executive Ann Lee said on Tuesday.",
             "\"We are committed to Britain,\" Lee told reporters.",
             "Sales rose about 12% in 2025.",
             "Mr. Lee joined in May."]


def span(needle: str, nth: int = 0, text: str = TEXT) -> dict:
    """{start, end, text} of the nth occurrence of `needle` in the text."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {"start": start, "end": start + len(needle), "text": needle}


def record_a() -> dict:
    return {
        "format": 1, "id": "reuters/acme", "text": TEXT,
        "source": {"path": "corpus/acme.txt", "sha256": "0" * 64, "bytes": len(TEXT), "line": None},
        "meta": {"title": None, "authors": ["Jane Roe"], "published": "2026-03-03",
                 "published_from": "dateline", "outlet": "Reuters"},
        "entities": [
            {"id": "E1", "name": "Ann Lee", "label": "PERSON", "aliases": ["Lee"], "role": "Chief Executive",
             "mentions": [span("Ann Lee"), span("Lee", 1), span("Lee", 2)], "salience": 0.9},
            {"id": "E2", "name": "Britain", "label": "GPE",
             "mentions": [span("Britain"), span("Britain", 1)], "count": 2, "salience": 0.4,
             "country": "GB", "subdivision": None, "geonames_id": 2635167, "latitude": 54.0,
             "longitude": -2.0},
        ],
        "quotes": [
            {**span("Acme Corp. will invest $1.5 billion in Britain"), "kind": "indirect",
             "speaker": {"name": "Ann Lee", "entity": "E1", **span("Ann Lee")},
             "cue": {**span("said"), "lemma": "say", "type": "speech"}},
            {**span("\"We are committed to Britain,\""), "kind": "direct",
             "speaker": {"name": "Ann Lee", "entity": "E1", **span("Lee", 1)},
             "cue": {**span("told"), "lemma": "tell"},
             "parts": [{"text": "We are committed", "start": 0, "end": 0},
                       {"text": "to Britain", "start": 0, "end": 0}]},
            {**span("\"We are committed to Britain,\" Lee told reporters. Sales rose"), "kind": "mixed",
             "speaker": None, "cue": None},
        ],
        "numbers": [
            {**span("$1.5 billion"), "type": "money", "value": 1.5e9, "low": None, "high": None,
             "approx": "exact", "unit": None, "currency": "USD", "object": "investment"},
            {**span("about 12%"), "type": "percent", "value": 12, "approx": "about", "unit": "percent"},
        ],
        "dates": [
            {**span("March 3"), "type": "DATE", "value": "2026-03-03", "anchored": False},
            {**span("on Tuesday"), "type": "DATE", "value": "2026-03-03", "anchored": True},
            {**span("May"), "type": "DATE", "value": "2026-05", "anchored": True},
        ],
        "pipeline": {"version": "0.1.0", "model": "en_core_web_sm 3.8.0"},
    }


def record_b() -> dict:
    """A --no-text record: spans without text to cut sentences from."""
    return {
        "format": 1, "id": "b/no-text",
        "source": {"path": "corpus/b.txt", "sha256": "1" * 64, "bytes": 99, "line": 3},
        "meta": {"title": "Quiet day", "authors": [], "published": None, "published_from": "none"},
        "entities": [{"id": "E1", "name": "Oslo", "label": "GPE", "mentions": [{"start": 0, "end": 4,
                                                                               "text": "Oslo"}]}],
        "quotes": [], "dates": [],
        "numbers": [{"start": 10, "end": 14, "text": "five", "type": "cardinal", "value": 5.0}],
        "pipeline": {"version": "0.1.0", "model": "en_core_web_sm 3.8.0"},
    }


@pytest.fixture
def out_dir(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    lines = [json.dumps(r) for r in (record_a(), record_b())]
    (out / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def test_sentence_bounds_split_on_punctuation_capital_and_newline():
    assert [TEXT[s:e] for s, e in sentence_bounds(TEXT)] == SENTENCES
    assert [t for s, e in sentence_bounds("a b. c d!\n\nE? f") for t in ["a b. c d!\n\nE? f"[s:e]]] == \
        ["a b. c d!", "E? f"]
    assert sentence_bounds("") == []


def test_first_line_skips_bylines_and_is_cut():
    assert first_line("By Max Hunder and Tom Balmforth\n\nKYIV - Text.") == "KYIV - Text."
    assert first_line("By the way, no byline.\nNext") == "By the way, no byline."
    assert first_line("By Jane Roe") == "By Jane Roe"  # nothing else
    assert first_line("  \n" + "x" * 300, 10) == "x" * 9 + "…"
    assert first_line(None) is None and first_line("\n \n") is None


def test_flatten_rows_and_sentences():
    tables = flatten([record_a(), record_b()])
    assert {k: len(v) for k, v in tables.items()} == {
        "articles": 2, "entities": 3, "mentions": 6, "quotes": 3, "numbers": 3, "dates": 3}
    a, b = tables["articles"]
    assert (a["id"], a["published"], a["authors"], a["outlet"], a["source_path"]) == \
        ("reuters/acme", "2026-03-03", ["Jane Roe"], "Reuters", "corpus/acme.txt")
    assert (a["n_entities"], a["n_mentions"], a["n_quotes"], a["n_numbers"], a["n_dates"]) == (2, 5, 3, 2, 3)
    assert a["first_line"] == SENTENCES[1] + " " + SENTENCES[2] + " " + SENTENCES[3]  # byline skipped
    assert (b["title"], b["first_line"], b["n_mentions"]) == ("Quiet day", None, 1)

    lee = tables["entities"][0]
    assert (lee["name"], lee["count"], lee["role"], lee["aliases"], lee["salience"]) == \
        ("Ann Lee", 3, "Chief Executive", ["Lee"], 0.9)  # count from the mentions when absent
    assert [m["sentence"] for m in tables["mentions"][:3]] == [SENTENCES[1], SENTENCES[2], SENTENCES[4]]
    assert tables["mentions"][-1]["sentence"] is None  # no text: no sentence
    britain = tables["entities"][1]
    assert (britain["country"], britain["geonames_id"], britain["latitude"]) == ("GB", 2635167, 54.0)
    assert (lee["country"], lee["geonames_id"]) == (None, None)  # no place: null columns
    assert [(m["label"], m["country"]) for m in tables["mentions"][3:5]] == [("GPE", "GB")] * 2

    q0, q1, q2 = tables["quotes"]
    assert (q0["speaker_name"], q0["speaker_entity"], q0["cue"], q0["cue_lemma"], q0["sentence"]) == \
        ("Ann Lee", "E1", "said", "say", SENTENCES[1])
    assert (q1["index"], q1["kind"], q1["sentence"]) == (1, "direct", SENTENCES[2])
    assert (q2["speaker_name"], q2["cue"], q2["cue_type"]) == (None, None, None)
    assert q0["cue_type"] == "speech"
    assert q1["text"] == 'We are committed … to Britain'  # an interrupted quote's parts, joined
    assert q2["sentence"] == SENTENCES[2] + " " + SENTENCES[3]  # spans two sentences

    money, pct, five = tables["numbers"]
    assert (money["value"], money["currency"], money["object"], money["sentence"]) == \
        (1.5e9, "USD", "investment", SENTENCES[1])
    assert (pct["index"], pct["value"], pct["approx"], pct["unit"], pct["low"], pct["sentence"]) == \
        (1, 12, "about", "percent", None, SENTENCES[3])
    assert (five["article_id"], five["index"], five["sentence"]) == ("b/no-text", 0, None)
    assert [(d["text"], d["value"], d["anchored"], d["sentence"]) for d in tables["dates"]] == [
        ("March 3", "2026-03-03", False, SENTENCES[1]), ("on Tuesday", "2026-03-03", True, SENTENCES[1]),
        ("May", "2026-05", True, SENTENCES[4])]


def test_export_parquet(out_dir):
    written = export(out_dir, "parquet")
    assert {k: n for k, (_, n) in written.items()} == {
        "articles": 2, "entities": 3, "mentions": 6, "quotes": 3, "numbers": 3, "dates": 3}
    tables = out_dir / "tables"
    articles = pq.read_table(tables / "articles" / "records.parquet")
    assert articles.schema.field("authors").type == pa.list_(pa.string())
    assert articles.column("id").to_pylist() == ["reuters/acme", "b/no-text"]
    assert articles.column("n_quotes").to_pylist() == [3, 0]
    numbers = pq.read_table(tables / "numbers" / "records.parquet").to_pylist()
    assert numbers[1]["value"] == 12.0 and numbers[1]["sentence"] == SENTENCES[3]
    assert numbers[2]["sentence"] is None
    quotes = pq.read_table(tables / "quotes" / "records.parquet")
    assert quotes.column("speaker_name").to_pylist() == ["Ann Lee", "Ann Lee", None]
    dates = pq.read_table(tables / "dates" / "records.parquet")
    assert dates.schema.field("anchored").type == pa.bool_()
    assert dates.column("anchored").to_pylist() == [False, True, True]


def test_export_csv_to_dest(out_dir, tmp_path):
    export(out_dir, "csv", tmp_path / "csv")
    with (tmp_path / "csv" / "entities" / "records.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["article_id"], r["entity_id"], r["name"], r["count"]) for r in rows] == [
        ("reuters/acme", "E1", "Ann Lee", "3"), ("reuters/acme", "E2", "Britain", "2"),
        ("b/no-text", "E1", "Oslo", "1")]
    assert rows[0]["aliases"] == "Lee"
    with (tmp_path / "csv" / "quotes" / "records.csv").open(encoding="utf-8") as fh:
        quotes = list(csv.DictReader(fh))
    assert quotes[1]["text"] == "We are committed … to Britain" and quotes[1]["sentence"] == SENTENCES[2]


FORMULAS = ["=HYPERLINK(\"http://x.example\",\"click\")", "+1+1", "-2+3", "@SUM(A1:A9)", "\tTab", "\rCR"]


def test_csv_cells_cannot_run_as_formulas_and_parquet_keeps_the_text(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    rec = record_b()
    lines = [json.dumps({**rec, "id": f"x{i}",
                         "meta": {**rec["meta"], "title": cell, "authors": [cell, "Ann"]},
                         "entities": [{**rec["entities"][0], "name": cell, "aliases": [cell]}]})
             for i, cell in enumerate(FORMULAS)]
    lines.append(json.dumps({**rec, "id": "safe", "meta": {**rec["meta"], "title": "a=1 -x"},
                             "numbers": [{**rec["numbers"][0], "value": -5.0}]}))
    (out / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    export(out, "csv", tmp_path / "csv")
    articles = csv_rows(tmp_path / "csv", "articles")
    assert [a["title"] for a in articles] == ["'" + c for c in FORMULAS] + ["a=1 -x"]
    assert [a["authors"] for a in articles[:2]] == ["'" + FORMULAS[0] + "; Ann", "'+1+1; Ann"]
    entities = csv_rows(tmp_path / "csv", "entities")
    assert [(e["name"], e["aliases"]) for e in entities[:6]] == [("'" + c, "'" + c) for c in FORMULAS]
    assert csv_rows(tmp_path / "csv", "numbers")[-1]["value"] == "-5"  # a number column stays a number
    export(out, "parquet")
    [table] = table_files(out / "tables", "articles", "parquet")
    assert pq.read_table(table).column("title").to_pylist() == FORMULAS + ["a=1 -x"]


def table_files(folder, table: str, fmt: str) -> list:
    """The files of one table: `<table>.<fmt>`, or `<table>/<piece>.<fmt>` when tables are split."""
    return sorted(p for p in folder.rglob(f"*.{fmt}") if table in (p.stem, p.parent.name))


def csv_rows(folder, table: str) -> list[dict]:
    rows: list[dict] = []
    for path in table_files(folder, table, "csv"):
        with path.open(encoding="utf-8", newline="") as fh:
            rows += list(csv.DictReader(fh))
    return rows


def test_empty_tables_keep_their_columns_and_batches_stream(tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    rec = record_b()
    lines = [json.dumps({**rec, "id": f"n{i}", "numbers": rec["numbers"] * 3}) for i in range(5)]
    (out / "records.jsonl").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    monkeypatch.setattr(export_mod, "BATCH", 4)
    written = export(out, "parquet")
    assert written["numbers"][1] == 15 and written["quotes"][1] == 0
    numbers = pq.read_table(out / "tables" / "numbers" / "records.parquet")
    assert numbers.column("article_id").to_pylist() == [f"n{i}" for i in range(5) for _ in range(3)]
    assert numbers.column("index").to_pylist() == [0, 1, 2] * 5
    quotes = pq.read_table(out / "tables" / "quotes" / "records.parquet")
    assert quotes.num_rows == 0 and "speaker_name" in quotes.column_names


runner = CliRunner()


def test_cli_export(out_dir):
    result = runner.invoke(app, ["export", str(out_dir), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == (f"wrote 6 csv tables to {out_dir / 'tables'}: articles 2, entities 3, "
                                     "mentions 6, quotes 3, numbers 3, dates 3")


def test_cli_export_errors_are_one_line(out_dir, tmp_path, monkeypatch):
    result = runner.invoke(app, ["export", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert result.output.strip() == (f"error: {tmp_path / 'nope'} holds no records "
                                     "(is it the output folder of a run?)")
    result = runner.invoke(app, ["export", str(out_dir), "-f", "xlsx"])
    assert result.exit_code == 2
    assert result.output.strip() == "error: unknown format 'xlsx': use parquet or csv"
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if the extra were not installed
    result = runner.invoke(app, ["export", str(out_dir)])
    assert result.exit_code == 2
    assert result.output.strip() == \
        "error: pyarrow is not installed: install the export extra: pip install '.[export]'"


def test_an_archive_exports_by_batch_and_only_what_changed(tmp_path):
    from pipeline.runner.run import run
    from pipeline.runner.shard import Settings

    inbox, out = tmp_path / "in", tmp_path / "out"
    for day, name, text in (("d1", "a", "Oil rose 3% on Monday."), ("d1", "b", "Gold fell 2% in London."),
                            ("d2", "c", "Apple hired 500 people.")):
        (inbox / day).mkdir(parents=True, exist_ok=True)
        (inbox / day / f"{name}.txt").write_text(text, encoding="utf-8")
    settings = Settings()
    run([inbox / "d1"], out, settings)
    run([inbox / "d2"], out, settings)
    first = export(out, "parquet")
    numbers = out / "tables" / "numbers"
    assert sorted(p.name for p in numbers.iterdir()) == ["000001.parquet", "000002.parquet"]
    assert first["numbers"][1] == 3
    stamps = {p.name: p.stat().st_mtime_ns for p in numbers.iterdir()}
    (inbox / "d1" / "b.txt").write_text("Gold fell 4% in Paris.", encoding="utf-8")
    run([inbox / "d1"], out, settings)
    second = export(out, "parquet")
    assert sorted(p.name for p in numbers.iterdir()) == ["000001.parquet", "000002.parquet", "000003.parquet"]
    assert numbers.joinpath("000002.parquet").stat().st_mtime_ns == stamps["000002.parquet"]  # untouched
    rows = [
        r for f in sorted(numbers.iterdir()) for r in pq.read_table(f).to_pylist()]
    assert sorted((r["article_id"], r["text"]) for r in rows) == [("a", "3%"), ("b", "4%"), ("c", "500")]
    assert second["numbers"][1] == 3


def person(name: str, eid: str = "E1") -> dict:
    return {"id": eid, "name": name, "label": "PERSON", "mentions": []}


def test_entities_carry_the_catalog_id_shared_by_spellings_and_articles():
    recs = [{"id": "a", "entities": [{**person("Rustem Umerov"), "count": 3},
                                     {**person("Kyiv", "E2"), "label": "GPE"}]},
            {"id": "b", "entities": [person("Rustem Umierov")]},
            {"id": "c", "entities": [person("Umerov"), person("Ann Lee", "E2")]}]
    rows = flatten(recs)["entities"]
    umerov = {r["catalog_id"] for r in rows if "Umerov" in r["name"] or "Umierov" in r["name"]}
    assert len(umerov) == 1 and umerov.pop().startswith("person-")
    assert {r["catalog_name"] for r in rows if r["label"] == "PERSON" and r["name"] != "Ann Lee"} == \
        {"Rustem Umerov"}
    assert len({r["catalog_id"] for r in rows}) == 3  # Umerov, Kyiv, Ann Lee


def test_dates_carry_their_calendar_interval():
    values = [("DATE", "2026-W07-WE"), ("DATE", "2026-Q1"), ("DURATION", "P3Y"), ("DATE", "XXXX-02")]
    rec = {"id": "a", "dates": [{"type": t, "value": v} for t, v in values]}
    rows = flatten([rec])["dates"]
    assert [(str(r["first_day"]), str(r["last_day"])) for r in rows] == [
        ("2026-02-14", "2026-02-15"), ("2026-01-01", "2026-03-31"), ("None", "None"), ("None", "None")]


def test_a_batch_is_signed_with_the_catalog_links_it_uses():
    from pipeline.outputs.catalog import run_links

    first = {"id": "b1", "batch": {"id": "000001"}, "entities": [person("Rustem Umierov")]}
    other = {"id": "b2", "batch": {"id": "000002"}, "entities": [person("Ann Lee")]}
    _, before = run_links([first, other], lambda r: r["batch"]["id"])
    later = {"id": "c", "batch": {"id": "000003"}, "entities": [person("Rustem Umerov")]}
    links, after = run_links([first, other, later], lambda r: r["batch"]["id"])
    assert after["000001"] != before["000001"]  # the later spelling now names its group
    assert after["000002"] == before["000002"]  # untouched: not written again
    assert links[("PERSON", "rustem umierov")] == links[("PERSON", "rustem umerov")]


def test_export_writes_the_new_columns(out_dir):
    export(out_dir, "parquet")
    dates = pq.read_table(out_dir / "tables" / "dates" / "records.parquet")
    assert dates.schema.field("first_day").type == pa.date32()
    assert [str(d) for d in dates.column("last_day").to_pylist()] == \
        ["2026-03-03", "2026-03-03", "2026-05-31"]
    export(out_dir, "csv", out_dir / "csv")
    entities = csv_rows(out_dir / "csv", "entities")
    assert [e["catalog_name"] for e in entities] == ["Ann Lee", "Britain", "Oslo"]
    assert entities[0]["catalog_id"].startswith("person-")
