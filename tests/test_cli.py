"""The command line: exit codes, one-line messages, schema, summary."""

import json

import pytest
from typer.testing import CliRunner

from pipeline import __version__
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


@pytest.mark.parametrize("below", [False, True], ids=["output", "folder above it"])
def test_output_that_is_a_file_is_one_line_exit_2(tmp_path, below):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "file").write_text("a file, not a folder")
    output = tmp_path / "file" / "out" if below else tmp_path / "file"
    result = runner.invoke(app, ["run", str(tmp_path / "a.txt"), "-o", str(output)])
    assert result.exit_code == 2
    assert result.output.startswith(f"error: the output {tmp_path / 'file'} is a file, not a folder")
    assert len(result.output.splitlines()) == 1


def test_unknown_model_is_our_one_line_exit_2(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    result = runner.invoke(app, ["run", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"),
                                 "-m", "en_core_web_nonexistent"])
    assert result.exit_code == 2
    assert result.output.startswith("error: the spaCy pipeline 'en_core_web_nonexistent' is not installed")
    assert "E050" not in result.output and len(result.output.splitlines()) == 1
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version_option(flag):
    result = runner.invoke(app, [flag])
    assert result.exit_code == 0
    assert result.output == f"news-pipeline {__version__}\n"


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
