"""A 'they' between a singular firm and the people it acted on: 'The league warned the riders
after they missed a test' is the riders, not the league. When a plural pronoun's nearest subject is
a body with a singular name (no party: 'Labour say they'), people named as an object between that
subject and the pronoun ('the riders', 'the sprinters and their coach', 'Ana Ruiz and Jo Kell') are
what it stands for: the people's phrase, with no entity, rather than the body.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from pipeline.quotes.cues import COMPANY_NOUNS, GROUP_NOUNS, SOURCE_NOUNS, TEXT_NOUNS, can_speak
from pipeline.quotes.mentions import Mention
from pipeline.quotes.party_people import NAMED
from pipeline.quotes.speaker_phrases import SUBJ_DEPS

_OBJECTS = {"dobj", "pobj", "dative"}  # not 'are owners of X' (attr): the subject itself
_THINGS = TEXT_NOUNS | SOURCE_NOUNS | GROUP_NOUNS | COMPANY_NOUNS  # 'both surveys', 'rival firms', 'services'
_TOLD = {"ccomp", "relcl", "parataxis"}  # a clause the body reports or one on a noun: not what it did


def people_object(body: Token, named: Mention, pron: Token, hidden: Callable[[int], bool],
                  mention_of: Callable[[Token], Mention | None]) -> Mention | None:
    """The people named as an object after a singular firm's subject `body` and before the plural
    `pron` of its sentence (the last of them, not one inside another's phrase), as a phrase; None
    when the body is a party or a plural name, or no such people come between."""
    if pron.lower_ not in ("they", "their") or named.label != "ORG" or body.tag_ != "NNP" or (
            named.name.lower() in NAMED) or body.sent.start != pron.sent.start:
        return None
    doc, found = body.doc, None
    for tok in doc[body.i + 1:pron.i]:
        if tok.dep_ in _OBJECTS and not hidden(tok.idx) and _people(tok, mention_of) and not (
                found is not None and found.is_ancestor(tok)) and _acted_on(tok, body.head):
            found = tok
    if found is None:
        return None
    last = max((c for c in found.subtree if c.dep_ == "conj"), key=lambda c: c.i, default=found)
    start, end = found.left_edge.idx, last.idx + len(last)
    return Mention(start, end, None, doc.text[start:end], "NP", "")


def _people(tok: Token, mention_of: Callable[[Token], Mention | None]) -> bool:
    """People in the plural ('the riders'), or a list of named persons ('Ana Ruiz and Jo Kell')."""
    if tok.tag_ == "NNS":
        return can_speak(tok) and tok.lemma_.lower() not in _THINGS and tok.dep_ not in SUBJ_DEPS
    members = [tok, *(c for c in tok.children if c.dep_ == "conj")]
    return len(members) > 1 and all(getattr(mention_of(m), "label", None) == "PERSON" for m in members)


def _acted_on(tok: Token, verb: Token) -> bool:
    """`tok` is an object of what the body's `verb` did ('fined three jumpers', 'sent a warning to
    the riders'), not of a clause it reports ('said it would keep services') nor one on a noun."""
    while tok.i != verb.i:
        if tok.dep_ in _TOLD or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True
