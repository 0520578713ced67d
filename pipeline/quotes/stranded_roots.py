"""A content whose own predicate the parse left as the sentence's root: in 'X suggested boxes, able
to B, will be common' the parse ends the content at 'B' and makes 'will be common' the root with the
cue hung on it; the root has no subject of its own, so the content's subject is it, and the
predicate belongs to the content."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import SUBJECT_DEPS, is_cue
from pipeline.quotes.edges import FINITE_TAGS


def stranded_root(verb: Token, clause: Token, hi: int) -> int:
    """`hi`, or the end of the subjectless finite predicate right after the content's comma that
    the parse made the head of the cue `verb` ('said the plan, as drafted, would fail'); not a verb
    of saying ('asked if A would start X replied'), nor after a `clause` with a finite verb of its
    own ('asked how A proposed to B, began C')."""
    head, doc = verb.head, verb.doc
    if clause.tag_ in FINITE_TAGS or any(a.dep_ in ("aux", "auxpass") and a.tag_ in FINITE_TAGS
                                         for a in clause.children):
        return hi
    if head.i <= hi or head.pos_ not in ("VERB", "AUX") or head.sent != verb.sent:
        return hi
    if any(c.dep_ in SUBJECT_DEPS for c in head.children):
        return hi
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < head.i]
    first = aux[0] if aux else head
    if first.tag_ not in FINITE_TAGS or [t.text for t in doc[hi + 1:first.i]] != [","] or is_cue(head):
        return hi  # 'Asked if A would start X replied: "B"': no comma, a saying of its own
    end = head.right_edge.i
    while end > head.i and doc[end].is_punct:
        end -= 1
    return end
