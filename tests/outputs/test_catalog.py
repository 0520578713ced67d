"""Run-wide entity catalog: careful merging across articles, from golden cases."""

import json

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.outputs import catalog
from tests.conftest import load_cases

CASES = load_cases("catalog_cases.json")


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_build(case):
    result = catalog.build(json.dumps(r) for r in case["records"])
    assert len(result) == len(case["expect"])
    for expected in case["expect"]:
        [entity] = [e for e in result if e["name"] == expected["name"]]
        for key, value in expected.items():
            assert entity[key] == value, key


def test_command_writes_catalog(tmp_path):
    lines = [json.dumps(r) for r in CASES[0]["records"]]
    (tmp_path / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["entities", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "Rustem Umerov" in result.output
    written = [json.loads(line) for line in (tmp_path / "entities.jsonl").read_text().splitlines()]
    assert written[0]["roles"] == ["secretary of the council", "Minister of Defense"]
    missing = CliRunner().invoke(app, ["entities", str(tmp_path / "nope")])
    assert missing.exit_code == 2 and "holds no records" in missing.output
