"""Sayings only imagined, reported by no one (issue 19): a sourceless one in a conditional ('If it
was pointed out that A'), the writer's own under a conditional ('I could defend myself by claiming
that A'), a question on who might speak ('who is to say that A?') and the writer's resigned wish
('We can only hope that A'). PolNeAR train keeps a conditional saying with a speaker ('if X implied
that A', 'if the two spoke about B'), so such ones stay."""

from __future__ import annotations

from spacy.tokens import Token

_CONDITIONS = {"if", "unless"}  # 'asked if A' is a complement (ccomp), not a condition (advcl)
_IMAGINING = {"would", "could", "might"}
_ASKERS = {"who"}
_RESIGNED = {"can", "could"}  # 'we can only hope that A'
_WRITERS = {"i", "we", "one"}


def unreal(verb: Token, kids: list[Token] | None = None) -> bool:
    """`verb` says or thinks only in a supposition, a rhetorical question or the writer's wish
    (`kids`: its children, if its caller listed them)."""
    kids = list(verb.children) if kids is None else kids
    return _conditional(verb, kids) or _imagined(verb, kids) or _asked_who(verb, kids) or _only_hoped(kids)


def _conditional(verb: Token, kids: list[Token]) -> bool:
    """'If it was pointed out that A': a passive saying with no one saying it (no agent, an empty
    'it' as subject) in a clause opened by 'if'; one with a speaker stays ('if X implied that A', as
    PolNeAR train keeps it)."""
    return (_if_clause(verb)
            and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in kids)
            and not any(c.dep_ == "agent" for c in kids))


def _if_clause(verb: Token) -> bool:
    """A clause opened by 'if' or 'unless' (not 'as if'), or a root that has one (a conditional the
    parse left unattached: 'If it was pointed out that A, I could B')."""
    if verb.dep_ not in ("advcl", "ROOT"):
        return False
    marks = [c for c in verb.children if c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ == "as")]
    return any(c.lower_ in _CONDITIONS for c in marks) and not any(c.lower_ == "as" for c in marks)


def _imagined(verb: Token, own: list[Token]) -> bool:
    """'I could defend myself by claiming that A': what the writer (the first person) would or could
    say, the verb (or the one whose 'by' phrase it heads) under a main clause with an 'if' clause
    (`own`: the verb's children)."""
    kids = own
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        kids = list(verb.head.head.children)
    return (any(c.dep_ == "nsubj" and c.lower_ in _WRITERS for c in kids)
            and any(c.dep_ == "aux" and c.lower_ in _IMAGINING for c in kids)
            and any(_if_clause(c) for c in kids))


def _asked_who(verb: Token, kids: list[Token]) -> bool:
    """'who is to say that A?', 'Who can claim B?': 'who' asks after the one who might speak (the
    subject of 'is to' or of a modal) in a sentence that ends with a question mark; a relative 'who'
    and a plain 'Who told you that A?' stay (`kids`: the verb's children)."""
    raised = verb.dep_ == "xcomp" and verb.head.lemma_ == "be"  # 'who is to say': the question is on 'is'
    head = verb.head if raised else verb
    if head.dep_ in ("relcl", "acl") or not any(c.dep_ == "nsubj" and c.lower_ in _ASKERS and c.tag_ == "WP"
                                                for c in (head.children if raised else kids)):
        return False
    if not raised and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in kids):
        return False
    return verb.sent.text.rstrip().rstrip("\"'”’").endswith("?")


def _only_hoped(kids: list[Token]) -> bool:
    """'We can only hope that A', 'one can only guess why B': a first-person wish or guess, no claim
    (`kids`: the verb's children)."""
    return (any(c.dep_ == "nsubj" and c.lower_ in _WRITERS for c in kids)
            and any(c.dep_ == "aux" and c.lower_ in _RESIGNED for c in kids)
            and any(c.dep_ == "advmod" and c.lower_ == "only" for c in kids))
