"""`personcues._titled`: a title opening a sentence is a capitalised title when its first word is a
place's or body's name ("Norvik coach"), not when it is a sentence's capital ("Accessory vendor")."""

import pytest
from spacy.tokens import Doc

from pipeline.entities.personcues import _titled

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
