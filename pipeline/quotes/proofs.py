"""A cue verb of confirming or signalling whose subject is a deed or an event, not a speaker (issue 19):
'The win confirmed their place in the final', 'Her second novel confirmed her standing', 'The draw -
confirming their lead - ...', 'The move signals a busy week'. The outcome proves or heralds a state; no
one confirms or signals anything. A clause stays, as PolNeAR train keeps it ('The new money confirms
that A'), and so does a subject that can speak (a person, a group, a body, a document or a source:
'Tests confirmed the presence of B', 'The ministry confirmed the deaths', 'The bank signalled a rise').
So too one's own standing confirmed by a deed ('hopes to confirm his place in the side by winning the
race'): won by the act, not announced ('confirmed the news by posting A' stays)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from pipeline.quotes.subjects import clause_subject

_PROVING = frozenset({"confirm", "signal"})  # 'the win confirmed their place', 'the move signals a rush'
_WON = frozenset({"confirm"})  # 'confirmed his place by winning' ('signalled support by voting' stays)
_CLIMB = frozenset({"conj", "xcomp"})
_NOUN_CLAUSES = frozenset({"acl", "relcl"})  # 'the draw - confirming X -', 'the win, which confirmed X'


def proven(verb: Token, how: str, mute: Callable[[Token], bool]) -> bool:
    """`verb` confirms or signals a noun object ('dobj' content) and its subject is a thing that cannot speak
    (`mute`): a common noun with no entity, or the noun a participle or a 'which' clause describes."""
    if verb.lemma_.lower() not in _PROVING or how != "dobj":
        return False
    if verb.lemma_.lower() in _WON and _by_deed(verb):
        return True
    subj = _subject(verb)
    return subj is not None and subj.pos_ == "NOUN" and not subj.ent_type_ and mute(subj)


def _by_deed(verb: Token) -> bool:
    """An object held by a possessive pronoun ('his place') and a 'by' phrase of a gerund after it
    ('by winning the race'): the subject's standing won by the act."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in obj.children):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "by" and any(g.tag_ == "VBG" for g in p.children)
               for p in list(verb.rights) + list(obj.rights))


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or the noun its participle or relative clause hangs on."""
    subj = clause_subject(verb, climb=_CLIMB, hops=2, which=True)
    if subj is None and verb.dep_ in _NOUN_CLAUSES and verb.tag_ == "VBG":
        return verb.head
    return subj
