"""A he or she whose nearest antecedent is a description of a person as a clause's subject ('The
prime minister toured the country. He insisted A'): the pronoun goes back to whom the description
names, not to a person named before it."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import PERSON_NOUNS, ROLE_QUALIFIERS, SPEAKER_NOUNS

_DESCRIBING = SPEAKER_NOUNS | PERSON_NOUNS


def described_subject(head: Token) -> bool:
    """`head` is a bare definite description of one person ('the prime minister', 'the striker'):
    no name in apposition ('the chairman, X,' is X's), no name or qualifier marking another holder
    ('the former New Mexico governor', 'the shadow chancellor')."""
    return (head.pos_ == "NOUN" and head.tag_ == "NN" and head.left_edge.lower_ == "the"
            and head.lemma_.lower() in _DESCRIBING
            and not any(c.dep_ in ("appos", "poss") for c in head.children)
            and not any(t.pos_ == "PROPN" or t.ent_type_ or t.lower_ in ROLE_QUALIFIERS
                        for t in head.doc[head.left_edge.i:head.i]))
