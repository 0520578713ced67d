"""Whether a body acted in the story before a description: 'the group' without a name of its own
refers back only to a body that was a clause's subject (itself, in apposition, closing its
'of'/'in' phrase: 'Shares in X fell', or as its organ: 'the X panel ruled'), a source cited
('according to X'), an owner ("X's refinery") or one introduced as a group ('the X games group'),
never to one named only as a modifier or an object ('marginal Labour seats', 'a poster of Black
Watch soldiers'): those belong to a group the entities may have missed.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from pipeline.quotes.cues import BODY_NOUNS, COMPANY_NOUNS, GROUP_NOUNS, REPRESENTATIVE_NOUNS, is_according
from pipeline.quotes.mentions import Mention
from pipeline.quotes.speaker_phrases import SUBJ_DEPS

GROUPS = COMPANY_NOUNS & frozenset(BODY_NOUNS)  # a company's or a campaign's noun alike: 'the group'
_BESIDE = ("appos", "conj")  # 'X, the firm, said', 'Y and X said' (a possessor acts on its own)


def acted(doc: Doc, starts: list[int], mentions: list[Mention], entity: str, before: int) -> bool:
    """One of the entity's mentions before character `before` is (or stands beside) a clause subject."""
    for m in mentions:
        if m.start >= before:
            break
        if m.entity != entity:
            continue
        tok = doc[bisect_right(starts, m.end - 1) - 1]
        if tok.dep_ in SUBJ_DEPS or (tok.dep_ in _BESIDE and tok.head.dep_ in SUBJ_DEPS) or (
                tok.dep_ == "poss") or _in_subject(tok) or _grouped(tok) or _organ(tok) or (
                tok.dep_ == "pobj" and is_according(tok.head)):  # 'according to X'
            return True
    return False


def _in_subject(tok: Token) -> bool:
    """The name closes a subject's 'of'/'in' phrase: 'Shares in X fell', 'The board of X said'."""
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        tok = tok.head.head
        if tok.dep_ in SUBJ_DEPS:
            return True
    return False


def _grouped(tok: Token) -> bool:
    """The name is introduced as a group's ('the X games group', 'the X group')."""
    head = tok.head
    return tok.dep_ == "compound" and (head.lower_ in GROUPS or (
        head.dep_ == "compound" and head.head.lower_ in GROUPS))


def _organ(tok: Token) -> bool:
    """The name modifies a subject that is one of its organs or voices ('the X panel ruled', 'an X
    spokesman said'), not people of its own ('X soldiers')."""
    head = tok.head
    return tok.dep_ == "compound" and head.dep_ in SUBJ_DEPS and (
        head.lower_ in GROUP_NOUNS or head.lemma_.lower() in REPRESENTATIVE_NOUNS)
