"""A description owned by an office or a person's job ("the prime minister's spokesman", "the
minister's aide", "the singer's lawyer"): its holder serves that office, and is a person named
before only when the article gives them that role, one naming both the office and the job (not
'Home Office Minister X' for "the prime minister's official spokesman")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.quotes.cues import PERSON_NOUNS, SPEAKER_NOUNS
from pipeline.quotes.mentions import content_words

_WORD = re.compile(r"[\w'-]+")


def office_owner(head: Token) -> set[str]:
    """The content words of a common-noun possessor naming an office or a job ("the prime
    minister's" spokesman, "the singer's" lawyer), else an empty set."""
    for c in head.children:
        low = c.lemma_.lower()
        if c.dep_ == "poss" and c.pos_ == "NOUN" and (low in SPEAKER_NOUNS or low in PERSON_NOUNS):
            return content_words(" ".join(t.text for t in c.subtree if t.tag_ != "POS"))
    return set()


def serves(role: str, head: Token, owner: set[str], people: set[str]) -> bool:
    """A role names the job `head` and the office `owner` it serves ('Prime Minister's spokesman'),
    the job for someone named, a word of whose name is in `people` ('spokesman for Len Hart', 'Hart
    spokesman' may be "the senator's spokesman"), or the job alone (the entities keep 'spokeswoman'
    of "X, the premier's spokeswoman")."""
    words, job = content_words(role), content_words(head.text)
    return bool(job & words) and (owner <= words or words <= job or any(
        w[:1].isupper() and w.lower() in people for w in _WORD.findall(role)))

