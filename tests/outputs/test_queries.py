"""The README's and docs/analysts.md's SQL, run with DuckDB on the tables of the corpus/ sample."""

import re

import pytest

from tests.conftest import ROOT

duckdb = pytest.importorskip("duckdb")


def statements(doc: str) -> list[str]:
    """Every SQL statement of the ```sql blocks of a document that query the exported tables."""
    text = (ROOT / doc).read_text(encoding="utf-8")
    blocks = re.findall(r"```sql\n(.*?)```", text, re.S)
    found = [s.strip() for block in blocks for s in block.split(";")]
    return [s for s in found if "'tables/" in s]


def comment_of(sql: str) -> str:
    return next((line for line in sql.splitlines() if line.startswith("--")), "")


@pytest.fixture(scope="module")
def tables(corpus_output):
    from pipeline.outputs.export import export

    export(corpus_output, "parquet")
    return corpus_output


def run(tables, monkeypatch, sql: str) -> list[tuple]:
    monkeypatch.chdir(tables)  # the documents' queries run from the archive folder
    return duckdb.sql(sql).fetchall()


@pytest.mark.parametrize("doc", ["README.md", "docs/analysts.md"])
def test_every_documented_query_runs(tables, monkeypatch, doc):
    found = statements(doc)
    assert len(found) >= 4
    for sql in found:
        run(tables, monkeypatch, sql)


@pytest.mark.parametrize("doc", ["README.md", "docs/analysts.md"])
def test_most_quoted_people_give_one_row_per_person_across_spellings(tables, monkeypatch, doc):
    [sql] = [s for s in statements(doc) if "AS speaker" in s]
    rows = run(tables, monkeypatch, sql)
    umerov = [r for r in rows if "Umerov" in r[0] or "Umierov" in r[0]]
    assert len(umerov) == 1
    assert umerov[0][2] == 2  # quoted in both articles: the Reuters and the Ukrinform spelling
    assert len({r[0] for r in rows}) == len(rows)


def test_a_date_range_finds_the_weekend_the_articles_mention(tables, monkeypatch):
    [sql] = [s for s in statements("README.md") if "first_day <=" in s]
    rows = run(tables, monkeypatch, sql)
    assert [(r[1], r[2], str(r[3]), str(r[4])) for r in rows] == [
        ("this weekend", "2026-W07-WE", "2026-02-14", "2026-02-15")]


def test_the_tables_catalog_ids_are_those_of_pipeline_entities(tables, monkeypatch):
    from pipeline.outputs import catalog

    _, found = catalog.write(tables)
    sql = "SELECT DISTINCT catalog_id, catalog_name FROM 'tables/entities/*.parquet'"
    rows = run(tables, monkeypatch, sql)
    assert sorted(rows) == sorted((e["id"], e["name"]) for e in found)
    [umerov] = [e for e in found if e["name"] == "Rustem Umerov"]
    assert "Rustem Umierov" in umerov["aliases"]
