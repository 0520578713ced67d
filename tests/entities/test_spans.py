"""Span cleanup of entity mentions: glued pieces, separators, edges."""

import pytest
import spacy

from pipeline.entities.spans import clean_span


@pytest.fixture(scope="module")
def tokenizer():
    return spacy.blank("en")


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("the United States 's", ["United States"]),
        ("Censor.NET", ["Censor.NET"]),
        ("Romania - Karel Novotny", ["Romania", "Karel Novotny"]),
        ("Northam 83", ["Northam"]),
        ("Eastwick at Northam Park", ["Eastwick", "Northam Park"]),
        ("Northam 3 Eastwick 2", ["Northam", "Eastwick"]),
        ("Mill Lane , Northam", ["Mill Lane", "Northam"]),
        ("Bank of England", ["Bank of England"]),
        ("September Acme", ["Acme"]),
        ("Northam stadium", ["Northam"]),
        ("Department for Culture , Media and Sport", ["Department for Culture , Media and Sport"]),
        ("Acme , Northam", ["Acme", "Northam"]),
    ],
)
def test_clean_span(tokenizer, text, pieces):
    doc = tokenizer(text)
    assert [doc[s:e].text for s, e in clean_span(doc, 0, len(doc))] == pieces
