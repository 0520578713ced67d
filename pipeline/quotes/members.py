"""A coordinated speaker named by one of its members ('The Queen and Prince X said', 'Acme and Bolt
reported'): both speak, so the speaker is the whole phrase, linked to no single entity; not a person
described twice ('founder and director X'), nor 'X, a lawyer, and a Republican'."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline import entities
from pipeline.quotes.cues import SPEAKER_NOUNS
from pipeline.quotes.mentions import Mention

_MEMBER_POS = {"PROPN", "NOUN", "PRON"}
_TITLES = entities.person_titles()


def lone_member(ref: Token, mention: Mention) -> bool:
    """`ref` heads a speaker 'A and B' whose members are each a name, a pronoun or a determined noun
    ('the prime minister and X', 'He and other officials'), and the `mention` the speaker
    resolved to leaves one of them out (not 'Pew Internet and American Life', one name)."""
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in ref.children) or not _member(ref) or _title(ref):
        return False  # 'Vice President and Managing Editor X': the titles of one
    others = [c for c in ref.children if c.dep_ == "conj" and c.i > ref.i]
    if not others or not all(_member(c) for c in others):
        return False
    return not all(mention.start <= t.idx < mention.end for t in (ref, *others))


def _title(tok: Token) -> bool:
    """A title or office with no determiner of its own ('Vice President', 'Gov.'), the first of two
    titles of one person."""
    low = tok.lower_.rstrip(".")
    return (low in SPEAKER_NOUNS or low in _TITLES) and not any(
        c.dep_ in ("det", "poss") for c in tok.children)


def _member(tok: Token) -> bool:
    """A name, a pronoun or a noun phrase of its own ('the minister', 'other officials'); not a bare
    title ('director') nor an indefinite description ('a Republican')."""
    if tok.pos_ not in _MEMBER_POS or any(c.lower_ in ("a", "an") for c in tok.children):
        return False
    return tok.pos_ != "NOUN" or tok.tag_ == "NNS" or any(c.dep_ in ("det", "poss") for c in tok.children)
