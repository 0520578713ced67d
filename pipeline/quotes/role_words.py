"""Person nouns heading a speaker phrase that reads as a name: 'the X MP', 'the X Party MEP'. Such a
phrase describes a person; the place or body it names is no speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.antecedents import PERSONISH
from pipeline.quotes.cues import PERSON_NOUNS, SPEAKER_NOUNS
from pipeline.quotes.mentions import Mention

PERSON_HEADS = SPEAKER_NOUNS | PERSON_NOUNS  # nouns that name a person ('the prosecutor')


def person_noun_tail(m: Mention, head: Token) -> bool:
    """A name not of a person ending with the person noun heading the speaker phrase ('the X Party
    MEP' taken for an organisation): a description, not the organisation."""
    return m.label not in PERSONISH and m.end == head.idx + len(head)


def role_word(head: Token) -> bool:
    """A lower-case or acronym person noun the tagger took for a name ('the X secretary-general',
    'the X MP'), not a name's own word ('the Prince Regent')."""
    return (head.is_lower or head.is_upper) and head.lower_ in PERSON_HEADS
