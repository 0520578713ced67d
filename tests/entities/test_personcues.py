"""`personcues._titled`: a title opening a sentence is a capitalised title when its first word is a
place's or body's name ("Norvik coach"), not when it is a sentence's capital ("Accessory vendor")."""

import pytest
from spacy.tokens import Doc

from pipeline.entities.personcues import _person_conjunct, _titled

CASES = [  # words, the first word's entity type ("" none), the role, titled
    (["Norvik", "coach", "Ivo", "Brann", "said"], "GPE", "Norvik coach", True),
    (["Kelby", "leader", "Ivo", "Brann", "said"], "ORG", "Kelby leader", True),
    (["Accessory", "vendor", "Ivo", "Brann", "said"], "", "Accessory vendor", False),
    (["coach", "Ivo", "Brann", "said"], "", "coach", False),
]


@pytest.mark.parametrize(("words", "label", "role", "titled"), CASES, ids=[c[2] for c in CASES])
def test_a_sentence_opening_title(nlp, words, label, role, titled):
    ents = [f"B-{label}" if label else "O"] + ["O"] * (len(words) - 1)
    doc = Doc(nlp.vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1), ents=ents)
    assert _titled(doc, 0, role) is titled


@pytest.mark.parametrize(("role", "person"), [
    ("software analyst and investor", True),  # one person holds both
    ("writer and publisher", True),
    ("maker and distributor", False),  # a body's nouns
    ("investor", False),
    ("analyst", False),  # no "and": `context.org_role` alone decides
])
def test_a_persons_title_joined_to_a_bodys_noun(role, person):
    assert _person_conjunct(role) is person


@pytest.mark.parametrize(("text", "label"), [
    ("The plot was bought by Torvel Quaresh, an analyst and investor, in May.", "PERSON"),
    ("The plot was sold to Torvel Quaresh, a builder and developer of flats, in May.", "ORG"),
])
def test_an_apposed_joined_role(nlp, text, label):
    from tests.entities.handlabels import entities_with

    got = entities_with(nlp, text, {"Torvel Quaresh": "PERSON"})
    assert got["Torvel Quaresh"]["label"] == label
