"""A predicate without a subject that the parse conjoined to the cue, though its form shows it goes
on with the content: it shares the content verb's tense and aspect and not the cue's ('has said
the plan is sound, and does not want it delayed'; 'argued that A is larger, has less debt and has
built B'), or it is a gerund after a finite cue, like the gerund the content holds ('praised X
for cutting fees, and resisting B'). A conjunct in the cue's own form is the speaker's next act
and stays out ('said A is sound and left')."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.quotes.cues import SUBJECT_DEPS, is_cue
from pipeline.quotes.modal_conjuncts import backshifted_modal

_PRESENT = {"VBZ", "VBP"}
_BETWEEN = {",", "and", "but", '"', "\u201d", "'"}  # what may stand between the content and the conjunct


def form(verb: Token) -> tuple[str, str] | None:
    """The tense ('present', 'past') and aspect ('simple', 'perfect', 'modal', 'progressive') of a
    finite verb; None for an infinitive, a participle or a gerund without an auxiliary."""
    auxes = [a for a in verb.children if a.dep_ in ("aux", "auxpass") and a.i < verb.i]
    first = auxes[0] if auxes else verb
    if first.tag_ == "MD":
        return "any", "modal"
    if first.tag_ in _PRESENT:
        tense = "present"
    elif first.tag_ == "VBD":
        tense = "past"
    else:
        return None
    lemmas = {a.lemma_ for a in auxes}
    aspect = "perfect" if "have" in lemmas else "progressive" if verb.tag_ == "VBG" else "simple"
    return tense, aspect


def content_conjunct(doc: Doc, verb: Token, clause: Token, hi: int) -> int:
    """`hi`, or the end of a subjectless conjunct of the cue `verb` right after the content (ending
    at `hi`) that is in the form of the content clause's verb `clause` and not the cue's."""
    conj = _next_conjunct(doc, verb, hi, cues=True)
    if conj is None:
        return hi
    shape = form(conj)
    if shape is not None and shape == form(clause) and shape != form(verb) and not is_cue(conj):
        return conj.right_edge.i
    return conj.right_edge.i if backshifted_modal(conj, clause, verb) else hi


def gerund_conjunct(doc: Doc, verb: Token, first: Token, hi: int) -> int:
    """`hi`, or the end of a gerund the parse conjoined to a finite cue right after its complement
    `first` (ending at `hi`) when that complement holds a gerund of its own ('praised X for
    cutting fees, and resisting B'): the two gerunds are the complement's conjuncts."""
    conj = _next_conjunct(doc, verb, hi)
    if conj is None or conj.tag_ != "VBG" or form(verb) is None or any(
            a.dep_ in ("aux", "auxpass") for a in conj.children):
        return hi
    if not any(t.tag_ == "VBG" and t.dep_ in ("pcomp", "dobj", "pobj") for t in first.subtree):
        return hi
    return conj.right_edge.i


def _next_conjunct(doc: Doc, verb: Token, hi: int, cues: bool = False) -> Token | None:
    """The conjunct of the cue that opens right after `hi` (past a comma, 'and', 'but' or a closing
    quote mark), with no subject of its own and no cue (a cue too, with `cues`)."""
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.i > hi), None)
    if conj is None or any(c.dep_ in SUBJECT_DEPS for c in conj.children) or (not cues and is_cue(conj)):
        return None
    gap = doc[hi + 1:conj.left_edge.i]
    if len(gap) > 3 or not all(t.lower_ in _BETWEEN for t in gap):
        return None
    return conj
