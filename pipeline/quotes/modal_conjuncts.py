"""A subjectless conjunct with a modal that the parse hung on the cue, though its modal follows the
tense of the reported clause, not the narration's: 'said the club is sound, with 40 members, and will
name a new coach soon' (present clause, 'will'), 'argued that rates were too high and would fall
by spring' (past clause, 'would'). It goes on with what was said, even when its verb could be a cue
('and will be announcing B'); a modal out of step with the clause ('said A was sound and will meet
them on Monday') or a negated one ('said A was held but would not give details': a refusal) is the
narrator's, and stays out."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import SUBJECT_DEPS

_PRESENT_MODALS = frozenset({"will", "can", "may", "must", "shall", "'ll"})
_PAST_MODALS = frozenset({"would", "could", "might", "should", "'d"})
_PRESENT = frozenset({"VBZ", "VBP"})
_CUE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN", "VBG"})  # 'saying A, and would B': no gerund's conjunct


def backshifted_modal(conj: Token, clause: Token, verb: Token) -> bool:
    """`conj` opens with a modal in step with the tense of the reported clause `clause` (a finite
    verb with a subject of its own), and the cue `verb` has no modal of its own."""
    modal = next((a for a in conj.children if a.dep_ == "aux" and a.i < conj.i), None)
    if modal is None or modal.tag_ != "MD" or verb.tag_ not in _CUE_TAGS or any(
            a.tag_ == "MD" for a in verb.children if a.dep_ == "aux"):
        return False  # 'would say A and will B': a modal cue of its own
    if not any(c.dep_ in SUBJECT_DEPS for c in clause.children) or any(
            c.dep_ == "neg" for c in conj.children):
        return False  # 'said a man was held but would not give details': the speaker's refusal
    tense = _tense(clause)
    word = modal.lower_
    return (tense == "present" and word in _PRESENT_MODALS) or (tense == "past" and word in _PAST_MODALS)


def _tense(clause: Token) -> str | None:
    """'present' or 'past' for a finite clause (its first auxiliary's tense, or its verb's; a modal
    counts as its own: 'will' present, 'would' past), None otherwise."""
    first = next((a for a in clause.children if a.dep_ in ("aux", "auxpass") and a.i < clause.i), clause)
    if first.tag_ == "MD":
        word = first.lower_
        return "present" if word in _PRESENT_MODALS else "past" if word in _PAST_MODALS else None
    return "present" if first.tag_ in _PRESENT else "past" if first.tag_ == "VBD" else None
