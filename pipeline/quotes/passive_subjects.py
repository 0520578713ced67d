"""The subject of a passive cue whose content is its complement: 'X is accused of Y', 'X was
announced the winner'. The claim is about X (someone says X did Y, X won), so PolNeAR marks the
subject and the complement as two parts of the content ('X' and 'of Y'), the cue between them
left out, as for the active 'accused X of Y' ('X of Y'). Verbs of telling ('X was asked to Y', 'X
was told Y') keep the complement alone: their subject is the one addressed, not what is claimed.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import ADDRESSEE_LEMMAS
from pipeline.quotes.doc import Ctx, Item
from pipeline.quotes.marks import WORD_RE
from pipeline.quotes.passive import PASSIVE_LEMMAS

_PREDICATES = {"prep", "oprd", "dobj"}  # the spans whose words the passive's complement gives


def keep_passive_subject(ctx: Ctx, item: Item, verb: Token, how: str) -> None:
    """`item` (the complement of passive `verb`, from its `how` rule) with the verb's subject before
    it as a first part, and the complement's preposition ('of Y') opening the second."""
    lemma = verb.lemma_.lower()
    if (item.parts or how not in _PREDICATES or lemma not in PASSIVE_LEMMAS or lemma in ADDRESSEE_LEMMAS
            or verb.dep_ in ("relcl", "acl", "amod") or item.start <= verb.idx):
        return
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subj is None or subj.right_edge.i >= verb.i or not WORD_RE.search(ctx.text, item.start, item.end):
        return
    last = ctx.doc[subj.right_edge.i]
    first = (ctx.doc[subj.left_edge.i].idx, last.idx + len(last))
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.idx < item.start <= c.right_edge.idx
                 and not ctx.text[c.idx + len(c):item.start].strip()), None)
    start = prep.idx if prep is not None else item.start
    item.parts, item.start = [first, (start, item.end)], first[0]
