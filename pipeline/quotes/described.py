"""A he or she whose nearest antecedent is a description of a person as a clause's subject ('The
prime minister toured the country. He insisted A'): the pronoun goes back to whom the description
names, not to a person named before it."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import PERSON_NOUNS, SPEAKER_NOUNS

_DESCRIBING = SPEAKER_NOUNS | PERSON_NOUNS


def described_subject(head: Token) -> bool:
    """`head` is a definite singular description of one person ('the prime minister', 'the
    striker'), with no name in apposition ('the chairman, X,' is X's)."""
    return (head.pos_ == "NOUN" and head.tag_ == "NN" and head.left_edge.lower_ == "the"
            and head.lemma_.lower() in _DESCRIBING
            and not any(c.dep_ == "appos" or c.dep_ == "poss" for c in head.children))
