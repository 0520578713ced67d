"""What a plural pronoun speaker ('They said A', '"A," they added') may stand for: people, bodies,
groups or firms that can speak ('the unions', 'critics', 'X and Y', 'the couple'), never things
('Heavy rain and a power cut spoiled the night. They said …': not the rain). Findings and
figures stand for a 'they' only of a verb a finding can have ('The figures … They show A')."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from pipeline.quotes.cues import (
    COMPANY_NOUNS,
    DOCUMENT_NOUNS,
    EVIDENCE_LEMMAS,
    GROUP_NOUNS,
    PEOPLE_NOUNS,
    REPRESENTATIVE_NOUNS,
    SOURCE_NOUNS,
    SPEAKER_NOUNS,
    SPEECH_NOUNS,
    can_speak,
)

PERSONAL_NOUNS = PEOPLE_NOUNS | SPEAKER_NOUNS | REPRESENTATIVE_NOUNS | GROUP_NOUNS | COMPANY_NOUNS
_SHOWING = EVIDENCE_LEMMAS | {"suggest", "indicate", "imply"}  # what figures and findings do
_BODIES = frozenset({"commission", "committee", "council", "panel", "board", "jury", "tribunal"})
_TOGETHER = frozenset({"couple", "pair", "duo", "trio"})  # people named together: 'the couple … They'
_HOLDERS = {"PERSON", "ORG", "NORP", "GPE"}
_THINGS = (SOURCE_NOUNS | SPEECH_NOUNS) - PERSONAL_NOUNS - DOCUMENT_NOUNS  # 'numbers', 'comments'


def showing(pron: Token) -> bool:
    """The pronoun is the subject of a verb a finding may have ('they show', 'they suggest')."""
    return pron.head.lemma_.lower() in _SHOWING


def voices(noun: Token, pron: Token, label: str | None = None) -> bool:
    """`noun` (a head noun, its entity label if any) names who can say what the plural pronoun
    `pron` says: a name, a person or body, people ('critics', 'staff'), a text ('the report'); a
    finding or figure ('the numbers') only for a verb of showing; no thing ('stories', 'malaise')."""
    if label in _HOLDERS or noun.pos_ == "PROPN" or noun.tag_ == "NNPS":
        return True
    if not can_speak(noun):
        return False
    return showing(pron) or noun.lemma_.lower() not in _THINGS


def body_of_people(tok: Token, sents: int, spoke: bool) -> bool:
    """A singular noun a plural pronoun of this or the next sentence may refer to: a body ('a
    commission ruled A. They say B'), people named together ('The duo, now living abroad, insisted
    A. They said B'; not 'a couple of days'), or a group or firm that just spoke ('The magazine
    said A. "B," they added')."""
    if sents > 1 or tok.tag_ != "NN":
        return False
    low = tok.lower_
    if low in _TOGETHER:
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    return low in _BODIES or (spoke and low in GROUP_NOUNS | COMPANY_NOUNS and low not in DOCUMENT_NOUNS)


def listing_voices(member: Token, pron: Token, label_of: Callable[[Token], str | None]) -> bool:
    """A list the plural pronoun may stand for ('Varga and Odell', 'activists and thinkers'): one
    of its members at least can speak (`voices`; `label_of` gives a token's entity label), not a
    list of things ('unpaid bills and a missing van', 'sexism and racism')."""
    first = member
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return any(voices(m, pron, label_of(m)) for m in _members(first))


def _members(first: Token) -> Iterator[Token]:
    """The heads of a list's members, from its first ('A, B and C')."""
    yield first
    for c in first.children:
        if c.dep_ == "conj":
            yield from _members(c)
