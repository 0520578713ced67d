"""Any verb of an inverted attribution right after a quote ('"…," smiles one broker.', '"…?" implored
campaigner X.', '"…," confided Mr Y'): English inverts subject and verb after a quotation only for
the verb that reports it, so a manner of speaking (smile, sigh, laugh, shrug) or a rarer verb of
saying is the cue there, when a speaker's noun phrase follows it and closes the clause."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import FINITE_VERBS, SENT_END, can_speak
from pipeline.quotes.doc import Ctx
from pipeline.quotes.marks import closing_char
from pipeline.quotes.subjects import inverted_after_quote

_NOT_SAYING = frozenset({"be", "have", "do", "come", "go", "follow", "run", "read"})  # '"…," came the reply'
_SPEAKER_ENTS = frozenset({"", "PERSON", "ORG", "NORP"})


def inverted_verb(ctx: Ctx, end: int) -> Token | None:
    """The finite verb right after a quote ending at `end` on a comma, '?' or '!', its subject
    after it a name or a noun that can speak ('one broker', 'the coach'), up to the sentence end
    or a comma; None otherwise."""
    if closing_char(ctx.text, max(0, end - 3), end) not in (",", "?", "!"):
        return None
    doc, i = ctx.doc, ctx.token_at(end)
    if doc[i].idx < end:
        i += 1
    while i < len(doc) and (doc[i].is_space or (
            doc[i].idx < end + 2 and (doc[i].is_quote or doc[i].text == ","))):
        i += 1  # the closing mark, or a comma after it ('"…?", implored X')
    if i + 1 >= len(doc) or ctx.para_of(doc[i].idx) != ctx.para_of(end) or ctx.in_quote(doc[i]):
        return None
    verb = doc[i]
    if verb.tag_ not in FINITE_VERBS or verb.pos_ != "VERB" or verb.lemma_.lower() in _NOT_SAYING:
        return None
    head = inverted_after_quote(verb)
    if head is None or not _speaker(head) or head.left_edge.i != verb.i + 1:
        return None
    after = doc[head.right_edge.i + 1] if head.right_edge.i + 1 < len(doc) else None
    return verb if after is None or after.text in SENT_END or after.text == "," or after.is_space else None


def _speaker(head: Token) -> bool:
    """A name (not a date, an amount or a place) or a noun for someone who can speak."""
    if head.pos_ == "PROPN":
        return head.ent_type_ in _SPEAKER_ENTS
    return can_speak(head)
