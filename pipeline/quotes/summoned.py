"""A 'call' that summons or phones someone, with nothing said (issue 19): a person called in a role,
an 'as' phrase of a noun ('called a retired clerk as their first witness', 'was called as a witness
for the defence'), or a person phoned or summoned for a purpose, an infinitive after a pronoun, a
name or a person's possessed noun ('She called Mr Vance to congratulate him', 'the first who called
us to offer help', 'called his sister to tell her A', 'was called to give evidence'; none kept by
PolNeAR train gold). A content in quote marks stays ('called him "unfit" as a leader'), as do
'called on X to Y', 'called for X', 'called out X' and 'called its members to B', requests and
rebukes."""

from __future__ import annotations

from spacy.tokens import Token

_URGING = frozenset({"on", "upon", "for"})  # 'called on X to Y', 'called for X': a request
_GIVEN = frozenset({"oprd", "xcomp", "ccomp", "attr", "acomp"})  # a name, a view or a clause given
_ROLES = frozenset({"NOUN", "PROPN"})  # 'as their first witness', not 'as soon as'
_PHONED = frozenset({"PRON", "PROPN"})  # 'called us', 'called Mr Vance': someone rung
_IMPERSONAL = frozenset({"it", "this", "that", "which", "what"})  # 'called it X': a name given
_PERSONAL = frozenset({"his", "her", "my", "our", "your", "their"})  # 'called his sister to tell her A'


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
    """Someone as object and an infinitive after it, no name given ('called Mr Vance to congratulate
    him', 'called his sister to tell her A'), or that someone the passive's subject ('was called to
    give evidence'): a purpose or a summons, not what the object is asked to do ('called on X to Y')."""
    kids = list(cue.children)
    if any(c.dep_ in _GIVEN - {"xcomp"} for c in kids):
        return False
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if obj is None:
        at = next((c.i for c in kids if c.dep_ == "nsubjpass"), None)
        at = at if at is not None and not any(c.dep_ == "agent" for c in kids) else None
    else:
        at = obj.i if _someone(obj) else None
    return at is not None and any(
        c.dep_ in ("xcomp", "advcl") and c.i > at and c.tag_ == "VB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in kids)


def _someone(obj: Token) -> bool:
    """A personal pronoun, a name, or a noun a person's possessive holds ('his sister'; not 'its
    members', a body's call to act)."""
    if obj.pos_ in _PHONED:
        return obj.lower_ not in _IMPERSONAL
    return obj.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ in _PERSONAL for c in obj.children)
