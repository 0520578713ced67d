"""The record format: every property described, docs/record-format.md in step with the schema, and
its example a valid, complete record."""

import json
import re

import msgspec
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.record import doc
from pipeline.record.types import Record, record_schema
from tests.conftest import ROOT

DOCUMENT = ROOT / "docs" / "record-format.md"


def properties(schema: dict):
    """(struct, field, property schema) for every property of every struct of a schema."""
    for name, struct in schema["$defs"].items():
        for field, prop in struct["properties"].items():
            yield name, field, prop


def test_schema_command_describes_every_property():
    schema = json.loads(CliRunner().invoke(app, ["schema"]).output)
    found = list(properties(schema))
    assert len(found) >= 73
    assert [f"{s}.{f}" for s, f, p in found if not p.get("description")] == []
    assert [name for name, struct in schema["$defs"].items() if not struct.get("description")] == []


def test_missing_descriptions_are_found():
    class Bare(msgspec.Struct):
        undocumented: int

    _, defs = msgspec.json.schema_components([Bare])
    assert doc.missing_descriptions(defs) == ["Bare", "Bare.undocumented"]
    assert doc.missing_descriptions() == []


def test_field_reference_of_the_document_is_the_schemas():
    """Fails when a field is added, renamed or described anew without regenerating the document:
    run `python -m pipeline.record.doc docs/record-format.md`."""
    assert doc.section(DOCUMENT.read_text(encoding="utf-8")) == doc.field_reference()


def test_every_property_has_a_row_in_the_document():
    text = DOCUMENT.read_text(encoding="utf-8")
    for name, struct in doc.components().items():
        table = text.split(f"### {name}\n", 1)[1].split("\n### ", 1)[0]
        for field in struct["properties"]:
            assert f"| `{field}` |" in table, (name, field)


def test_rewrite_restores_a_stale_reference():
    text = DOCUMENT.read_text(encoding="utf-8")
    stale = text.replace("| `salience` |", "| `weight` |")
    assert stale != text and doc.rewrite(stale) == text
    with pytest.raises(ValueError):
        doc.section("# no generated part")


def example_record() -> dict:
    text = DOCUMENT.read_text(encoding="utf-8")
    block = re.search(r"## An example\n.*?```json\n(.*?)```", text, re.S)
    return json.loads(block.group(1))


def spans(value):
    """Every object of a record holding start, end and text."""
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys():
            yield value
        for item in value.values():
            yield from spans(item)
    elif isinstance(value, list):
        for item in value:
            yield from spans(item)


def test_example_is_a_valid_record():
    import jsonschema

    record = example_record()
    jsonschema.Draft202012Validator(record_schema()).validate(record)
    msgspec.convert(record, Record)
    for item in spans(record):
        assert record["text"][item["start"]:item["end"]] == item["text"], item
    line = record["meta"]["dateline"]
    assert record["text"][line["start"]:line["end"]].startswith(line["place"])


def test_example_shows_every_field():
    record = example_record()
    seen: dict[str, set[str]] = {}
    defs = record_schema()["$defs"]

    def walk(value: dict, name: str) -> None:
        seen.setdefault(name, set()).update(value)
        for field, prop in defs[name]["properties"].items():
            for ref in doc.refs(prop):
                children = value.get(field)
                for child in children if isinstance(children, list) else [children]:
                    if isinstance(child, dict):
                        walk(child, ref)

    walk(record, "Record")
    missing = {name: sorted(set(struct["properties"]) - seen.get(name, set()))
               for name, struct in defs.items()}
    assert {name: fields for name, fields in missing.items() if fields} == {}
