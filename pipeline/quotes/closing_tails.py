"""The rest of a content before its attribution that the parse split off and hung on the cue: a
list's last items ('A is held back by B, C and D, the group said'), coordinated phrases ('X would cut
A, sell B and close C, she said'), an aside of the claim's own ('A, at least for now, he argues'):
the content ends at the comma before the attribution."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import CLAUSE_SUBJECTS, is_cue

_COORDINATORS = {"and", "or"}
_OPENERS = {",", "-", "\u2013", "\u2014"}
_BREAKS = {";", ":", "(", ")"} | _OPENERS - {","}  # a dash inside: an aside ('- too much, X argue -')


def rest_before_cue(verb: Token, lo: int, hi: int) -> int:
    """`hi`, or the last word before the comma that opens '…, X said' when the words between the
    content and that comma belong to it: no quote, no other cue, no new paragraph, hung outside the
    content; not the writer's summing up ('…, a move that will cost B, X said')."""
    doc = verb.doc
    subj = next((c for c in verb.lefts if c.dep_ in CLAUSE_SUBJECTS), None)
    stop = subj.left_edge.i if subj is not None else verb.i  # ', said X': the cue itself
    if not lo <= hi < verb.i or stop - hi < 4 or doc[hi + 1].text not in _OPENERS:
        return hi
    if doc[stop - 1].text != ",":
        return hi
    tail = doc[hi + 2:stop - 1]
    listed = any(t.lower_ in _COORDINATORS and t.pos_ == "CCONJ" for t in tail)
    if tail[0].pos_ == "DET" and (not listed or any(t.dep_ in ("relcl", "acl") for t in tail)):
        return hi  # '…, a move that will cost B, X said': the writer's summing up
    if any(t.is_quote or t.text in _BREAKS or is_cue(t) or "\n" in t.whitespace_ for t in tail):
        return hi
    if all(lo <= t.head.i <= hi for t in tail):
        return hi
    return stop - 2
