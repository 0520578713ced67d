"""What may stand between the parts of an interrupted quote: its attribution and narration about the
speaker or the matter (PolNeAR joins '"A," X said. The town has Y. "B."' as one quote), but not a
sentence in which another named person acts ('"A," X said. Y shook her head. "B."'): B may be Y's,
and is no part of X's A."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.quotes.doc import Ctx
from pipeline.quotes.run_on import _words, names_other

_SUBJECTS = ("nsubj", "nsubjpass")


def another_acts(ctx: Ctx, cue: Token | None, speaker: dict | None, end: int, start: int) -> bool:
    """A sentence between a quote's `end` and a quote at `start`, after the one of `cue`, whose main
    verb has a person's name for subject, someone other than `speaker` ('"A," said X. Y nodded. "B."')."""
    if cue is None:
        return False
    said = _words(t for c in cue.children if c.dep_ in _SUBJECTS for t in c.subtree)
    for sent in {t.sent for t in ctx.doc[max(ctx.token_at(end), cue.sent.end):ctx.token_at(start)]}:
        root = sent.root
        subj = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
        if (subj is not None and _person(subj) and not ctx.in_quote(subj)
                and names_other(speaker, subj) and not said & _words(subj.subtree)
                and not _named_in_quote(ctx, subj, start)):
            return True
    return False


def _named_in_quote(ctx: Ctx, subj: Token, start: int) -> bool:
    """The quote at `start` names the person who acted ('Y looks fit. "Y is a fine player"'): it is
    about Y, not Y's."""
    inside = ctx.quotes.overlapping(start, start + 1)
    if not inside:
        return False
    s, e = ctx.quotes.spans[inside[0]]
    words = set(re.findall(r"\w+", ctx.text[s:e]))
    return any(t.ent_type_ == "PERSON" and t.text in words for t in subj.subtree)


def _person(subj: Token) -> bool:
    """A person's name, or a title with the name after it ('Her coach, Ann Lee'); not 'Lee's team'
    nor 'the Lee poster'."""
    return any(t.ent_type_ == "PERSON" for t in (subj, *(c for c in subj.rights if c.dep_ == "appos")))
