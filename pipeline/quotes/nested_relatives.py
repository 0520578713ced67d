"""A content that closes on an attribution of its own in a relative clause ('praised X for his role in
creating stability, which he said was the "cornerstone" of A', 'said the club had a new stadium, which
she described as the best in the country'): that clause is a claim reported on its own, so the outer
content ends before its comma. A relative clause inside the content ('the announcement, which some
have argued was a ploy, was an insult') stays in.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.quotes.cues import is_cue
from pipeline.quotes.doc import Ctx, Item

_RELATIVE_RE = re.compile(r",\s+(?:which|who|whom)\b")  # found in the text first: no token scan
_RELATIVES = {"which", "who", "whom"}
_SUBJECTS = {"nsubj", "nsubjpass"}
_TAIL = {".", ",", ";", "!", "?", "\"", "'", "\u201d", "\u2019"}  # what may follow the clause's end


def attributing_relative(rel: Token) -> Token | None:
    """The cue of the relative clause `rel` opens when the clause attributes a claim to a subject of
    its own ('which [he] said was A', 'whom [she] described as A'): a cue verb with a subject that is
    not the relative word."""
    verb = rel.head
    if verb.dep_ != "relcl" and verb.head.dep_ == "relcl":  # 'which he said [was] A': which is was's
        verb = verb.head
    if verb.dep_ != "relcl" or verb.i <= rel.i or not is_cue(verb, stances=True):
        return None
    subj = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i), None)
    return verb if subj is not None and subj.i != rel.i and subj.lower_ not in _RELATIVES else None


def closing_relative(ctx: Ctx, item: Item) -> int | None:
    """The character where `item`'s content should end: before the comma of a trailing relative
    clause with an attribution of its own that runs to the content's end; else None."""
    doc, text = ctx.doc, ctx.text
    start = item.parts[-1][0] if item.parts else item.start
    for m in _RELATIVE_RE.finditer(text, start, item.end):
        rel = doc[ctx.token_at(m.end() - 1)]
        if ctx.in_quote(rel) or rel.lower_ not in _RELATIVES:
            continue
        verb = attributing_relative(rel)
        if verb is None or verb is item.cue or ctx.in_quote(verb) or (
                item.cue is not None and item.cue.i > rel.i):
            continue
        if any(c.dep_ == "conj" and _clause(c) for c in verb.children):
            continue  # 'in A, which they believe is B, or that they fear C': the outer claim goes on
        last = verb.right_edge
        tail = text[last.idx + len(last):item.end]
        if all(ch in _TAIL or ch.isspace() for ch in tail):
            return len(text[:m.start()].rstrip())
    return None


def _clause(tok: Token) -> bool:
    """A conjunct that opens a clause of its own ('or that they fear C'), not a second predicate."""
    return any(c.dep_ in _SUBJECTS or (c.dep_ == "mark" and c.lower_ == "that") for c in tok.children)


def cut_closing_relative(ctx: Ctx, item: Item) -> None:
    """End `item`'s content (its last part) before a trailing attributing relative clause."""
    end = closing_relative(ctx, item)
    if end is None or end <= (item.parts[-1][0] if item.parts else item.start):
        return
    if item.parts:
        item.parts[-1] = (item.parts[-1][0], end)
    item.end = end
