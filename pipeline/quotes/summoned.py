"""A 'call' that summons or phones someone, with nothing said (issue 19): a person called in a role,
an 'as' phrase of a noun ('called a retired clerk as their first witness', 'was called as a witness
for the defence'), or a person phoned for a purpose, an infinitive after a pronoun or a name ('She
called Mr Vance to congratulate him', 'the first who called us to offer help'; none kept by PolNeAR
train gold). A content in quote marks stays ('called him "unfit" as a leader'), as do 'called on X
to Y', 'called for X' and 'called out X', requests and rebukes."""

from __future__ import annotations

from spacy.tokens import Token

_URGING = frozenset({"on", "upon", "for"})  # 'called on X to Y', 'called for X': a request
_GIVEN = frozenset({"oprd", "xcomp", "ccomp", "attr", "acomp"})  # a name, a view or a clause given
_ROLES = frozenset({"NOUN", "PROPN"})  # 'as their first witness', not 'as soon as'
_PHONED = frozenset({"PRON", "PROPN"})  # 'called us', 'called Mr Vance': someone rung
_IMPERSONAL = frozenset({"it", "this", "that", "which", "what"})  # 'called it X': a name given


def summoned(cue: Token, start: int, end: int) -> bool:
    """`cue` is a 'call' of someone in a role or rung for a purpose, its content [start, end) in no
    quote marks."""
    if cue.lemma_.lower() != "call" or any(
            c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in _URGING) for c in cue.rights):
        return False  # 'called on X to Y'; not 'Late on Friday she called X'
    if not (_in_role(cue) or _phoned(cue)):
        return False
    span = cue.doc.char_span(start, end, alignment_mode="expand")
    return span is None or not any(t.is_quote for t in span)


def _in_role(cue: Token) -> bool:
    """An 'as' phrase of a noun on the call with no name given, or on the name the parse misread
    from the object ('called a company auditor as their first witness': 'auditor' an adjective)."""
    kids = list(cue.children)
    given = [c for c in kids if c.dep_ in _GIVEN]
    if not given:
        return any(_as_role(c) for c in kids)
    return (len(given) == 1 and given[0].dep_ == "oprd" and given[0].pos_ not in _ROLES
            and any(c.dep_ == "dobj" for c in kids) and any(_as_role(c) for c in given[0].children))


def _as_role(prep: Token) -> bool:
    """'as a witness', 'as their next witness': an 'as' phrase whose object is a noun."""
    return prep.dep_ == "prep" and prep.lower_ == "as" and any(
        o.dep_ == "pobj" and o.pos_ in _ROLES for o in prep.children)


def _phoned(cue: Token) -> bool:
    """A pronoun or name as object and an infinitive after it, no name given ('called Mr Vance to
    congratulate him'): a purpose, not what the object is asked to do ('called on X to Y')."""
    kids = list(cue.children)
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in _PHONED or obj.lower_ in _IMPERSONAL:
        return False
    if any(c.dep_ in _GIVEN - {"xcomp"} for c in kids):
        return False
    return any(c.dep_ in ("xcomp", "advcl") and c.i > obj.i and c.tag_ == "VB"
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in kids)
