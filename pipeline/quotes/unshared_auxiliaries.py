"""A conjunct of a reported clause that cannot share the clause's auxiliaries: after 'the man had
been cleared' or 'prices would rise', a subjectless 'and fined the firm £500' in the simple past
with an object of its own cannot be read 'had been fined the firm' nor 'would fined': it goes on
with the cue's subject, in the cue's own tense ('the panel ruled X had been cleared and fined the
firm £500'), the speaker's next act, not what was said."""

from __future__ import annotations

from spacy.tokens import Token

_MODALS = {"would", "will", "could", "can", "might", "may", "should", "must"}
_OWN = {"nsubj", "nsubjpass", "expl", "aux", "auxpass"}


def unshared_act(clause: Token, conj: Token) -> bool:
    """`conj`, a conjunct of the content `clause`, is a simple past with an object after a passive,
    modal or perfect copula clause, under a cue in the simple past: the cue's subject's next act."""
    if conj.tag_ != "VBD" or clause.head.tag_ != "VBD" or conj.lemma_ in ("be", "have", "do"):
        return False
    if any(c.dep_ in _OWN for c in conj.children) or not any(c.dep_ == "dobj" for c in conj.children):
        return False
    aux = [a for a in clause.children if a.dep_ in ("aux", "auxpass") and a.i < clause.i]
    copula = clause.lemma_ == "be" and bool(aux)  # 'had been negligent', 'would be late'
    shut = copula or any(a.dep_ == "auxpass" or a.lower_ in _MODALS for a in aux)
    return clause.tag_ in ("VBN", "VB") and shut
