"""The command line: exit codes, one-line messages, schema, summary."""

import json

from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()


def test_run_prints_summary(tmp_path):
    (tmp_path / "a.txt").write_text("The mayor of Leeds spoke on Friday.", encoding="utf-8")
    result = runner.invoke(app, ["run", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"),
                                 "--published", "2026-03-06", "--no-text"])
    assert result.exit_code == 0, result.output
    assert "1 articles read: 1 records, 0 errors" in result.output
    record = json.loads((tmp_path / "out" / "records.jsonl").read_text())
    assert "text" not in record
    assert (record["meta"]["published"], record["meta"]["published_from"]) == ("2026-03-06", "option")


def test_missing_input_is_one_line_exit_2(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path / "nope"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.output.strip() == f"error: input {tmp_path / 'nope'} does not exist"


def test_no_articles_is_exit_2(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "readme.md").write_text("not an article")
    result = runner.invoke(app, ["run", str(tmp_path / "in"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "no .txt or .jsonl article files found" in result.output
    assert "Traceback" not in result.output


def test_unwritable_output_is_exit_2(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "file").write_text("a file, not a folder")
    result = runner.invoke(app, ["run", str(tmp_path / "a.txt"), "-o", str(tmp_path / "file" / "out")])
    assert result.exit_code == 2
    assert result.output.startswith("error: cannot create the output folder")


def test_bad_published_option(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    result = runner.invoke(app, ["run", str(tmp_path / "a.txt"), "--published", "Feb 12"])
    assert result.exit_code == 2
    assert "not an ISO date" in result.output


def test_schema_command():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    record = schema["$defs"]["Record"]
    assert {"format", "id", "source", "meta", "entities", "quotes", "numbers", "dates"} <= set(
        record["required"])
