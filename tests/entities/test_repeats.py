"""Tests for entities.repeats and entities.institutions: repeats after a title, a party's other names
and its people's words."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from pipeline.entities import geo
from pipeline.entities import institutions as IN
from pipeline.entities import repeats as RP
from pipeline.entities.candidates import Cand
from pipeline.vocab import ALIASES


def _doc(words: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words)


def test_a_surname_after_a_title_is_bounded_by_it():
    doc = _doc(["fine", ".", "Gen", "Hale", "himself", "was", "absent"])
    assert RP._titled(doc, 3, 4)
    assert not RP._titled(_doc(["at", "Gen", "Hale", "Motors"]), 2, 3)  # a longer name goes on
    assert not RP._titled(_doc(["at", "Kelby", "Hale", "said"]), 2, 3)  # no title before it


def test_a_body_head_goes_on_only_to_a_capital():
    assert RP._goes_on(["the", "Commission", "for", "Fair", "Access"], 2)
    assert RP._goes_on(["the", "Council", "of", "the", "Regions"], 2)
    assert not RP._goes_on(["beat", "the", "Rovers", "for", "the", "second", "time"], 3)


def test_institution_names_belong_to_one_list_each():
    names = [name.lower() for names in ALIASES["institutions"] for name in names]
    assert len(names) == len(set(names))


def test_an_institutions_names_join_the_first_written():
    def cands(*starts: int) -> list[Cand]:
        return [Cand(s, s + 1, "NORP", "model", 1.0) for s in starts]

    by_key = {"tories": cands(0, 9), "conservatives": cands(4), "conservative": cands(12), "labour": cands(2)}
    parent = {"conservative": "conservatives"}
    IN.join(by_key, parent)
    assert parent == {"conservative": "tories", "conservatives": "tories"}


def test_a_partys_people_stay_apart_from_its_formal_name():
    def cands(*starts: int) -> list[Cand]:
        return [Cand(s, s + 1, "NORP", "model", 1.0) for s in starts]

    by_key = {"tory": cands(0), "conservative party": cands(5), "tories": cands(11), "gop": cands(20),
              "republican party": cands(24), "republicans": cands(30)}
    parent: dict[str, str] = {}
    IN.join(by_key, parent)
    assert parent == {"tories": "tory", "republican party": "gop"}


def test_a_partys_people_are_no_person_and_no_work():
    assert IN.members_label(["tories", "tory"], "PERSON") == "NORP"
    assert IN.members_label(["democrats"], "WORK_OF_ART") == "NORP"
    assert IN.members_label(["tory", "tories"], "ORG") == "ORG"  # "Tory leader X": the party
    assert IN.members_label(["tory", "conservative party"], "PERSON") == "PERSON"  # not people's words only


def test_a_partys_people_voted_the_party_join_its_formal_name():
    def cands(*starts: int) -> list[Cand]:
        return [Cand(s, s + 1, "ORG", "model", 1.0) for s in starts]

    formal, members, people, other = cands(9), cands(2), cands(15, 30), cands(40)
    labelled = [(formal, "ORG"), (members, "ORG"), (people, "NORP"), (other, "ORG")]
    keys = [["tory party"], ["conservative"], ["tories", "tories"], ["gop"]]
    out = IN.rejoin_voted(labelled, keys)
    assert [label for _, label in out] == ["ORG", "NORP", "ORG"]  # "Conservative MP X": the party
    assert [c.start for c in out[0][0]] == [2, 9]
    assert out[1][0] is people and out[2][0] is other  # a people, and another party, stay apart
    alone = [(cands(3), "ORG")]
    assert IN.rejoin_voted(alone, [["conservative"]]) == alone  # no formal name written: stays


def test_a_country_code_needs_the_country_named():
    item = {"name": "GB", "aliases": [], "label": "GPE"}
    assert [p.country for p in geo._coded(item, {"GB"})] == ["GB"]
    assert geo._coded(item, {"FR"}) == []
    assert geo._coded({**item, "label": "ORG"}, {"GB"}) == []
    assert geo._coded({**item, "name": "Gb"}, {"GB"}) == []  # codes are written in capitals
