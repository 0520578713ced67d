"""Sayings only imagined, reported by no one (issue 19): one in a conditional ('If it was pointed
out that A', 'if X comes out and says that B'), one a conditional's main clause imagines ('I could
defend myself by claiming that A', 'if she lost, people would say B'), a question on who would
speak ('who is to say that A?') and the writer's resigned wish ('We can only hope that A')."""

from __future__ import annotations

from spacy.tokens import Token

_CONDITIONS = {"if", "unless"}  # 'asked if A' is a complement (ccomp), not a condition (advcl)
_IMAGINING = {"would", "could", "might"}
_ASKERS = {"who"}
_RESIGNED = {"can", "could"}  # 'we can only hope that A'
_WRITERS = {"i", "we", "one"}
_CONJ_HOPS = 3


def unreal(verb: Token) -> bool:
    """`verb` says or thinks only in a supposition, a rhetorical question or the writer's wish."""
    return _conditional(verb) or _imagined(verb) or _asked_who(verb) or _only_hoped(verb)


def _conditional(verb: Token) -> bool:
    """The verb (or the first of the verbs it is conjoined to) heads a clause opened by 'if'."""
    head = verb
    for _ in range(_CONJ_HOPS):
        if head.dep_ != "conj":
            break
        head = head.head
    return _if_clause(head)


def _if_clause(verb: Token) -> bool:
    """A clause opened by 'if' or 'unless', or a root that has one (a conditional the parse left
    unattached: 'If it was pointed out that A, I could B')."""
    return verb.dep_ in ("advcl", "ROOT") and any(
        c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children)


def _imagined(verb: Token) -> bool:
    """'I could defend myself by claiming that A', 'if she lost, people would say B': the verb (or
    the one whose 'by' phrase it heads) under 'would', 'could' or 'might' with an 'if' clause."""
    head = verb
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        head = verb.head.head
    return any(c.dep_ == "aux" and c.lower_ in _IMAGINING for c in head.children) and any(
        _if_clause(c) for c in head.children)


def _asked_who(verb: Token) -> bool:
    """'who is to say that A?', 'Who can claim B?': 'who' asks after the speaker of the verb (or of
    the verb it completes) in a sentence that ends with a question mark; a relative 'who' stays."""
    head = verb.head if verb.dep_ == "xcomp" else verb
    if head.dep_ in ("relcl", "acl") or not any(
            c.dep_ == "nsubj" and c.lower_ in _ASKERS and c.tag_ == "WP" for c in head.children):
        return False
    return verb.sent.text.rstrip().rstrip("\"'”’").endswith("?")


def _only_hoped(verb: Token) -> bool:
    """'We can only hope that A', 'one can only guess why B': a first-person wish or guess, no claim."""
    kids = list(verb.children)
    return (any(c.dep_ == "nsubj" and c.lower_ in _WRITERS for c in kids)
            and any(c.dep_ == "aux" and c.lower_ in _RESIGNED for c in kids)
            and any(c.dep_ == "advmod" and c.lower_ == "only" for c in kids))
