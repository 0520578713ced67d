"""A second attribution coordinated with the cue ('saying A and calling him B'): the parse often
hangs the second participle on a verb of the content, so the content runs on over it; the content
ends before the 'and', and the second participle's words are a quote of their own."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import CLAUSE_SUBJECTS, SPEECH_LEMMAS
from pipeline.quotes.doc import Ctx, Item

_JOINS = {",", "-", "–", "—"}


def cut_coordinated(ctx: Ctx, it: Item) -> Token | None:
    """Ends `it`'s content before 'and <speech participle>' when its cue is a participle too, and
    gives that second participle (a cue of the same speaker's), or None."""
    cue = it.cue
    if cue is None or cue.tag_ != "VBG" or it.parts or it.kind == "direct":
        return None
    doc = cue.doc
    first, last = ctx.token_at(it.start), ctx.token_at(it.end - 1)
    for i in range(max(first, cue.i) + 2, last):
        tok = doc[i]
        if (
            tok.tag_ == "VBG"
            and tok.lemma_.lower() in SPEECH_LEMMAS
            and doc[i - 1].lower_ == "and"
            and not ctx.in_quote(tok)
            and not any(c.dep_ in CLAUSE_SUBJECTS for c in tok.children)
            and not doc[i - 2].tag_.startswith("VB")  # not 'been calling and asking'
            and (tok.head is cue or tok.head.tag_ != "VBG")  # not 'for cleaning A and putting B'
        ):
            j = i - 2
            while j > first and doc[j].text in _JOINS:
                j -= 1
            it.end = ctx.starts[j] + len(doc[j])
            return tok
    return None

