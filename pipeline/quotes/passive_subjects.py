"""The subject of a passive cue whose content is a predicate on it: 'X is accused of Y', 'X was
announced the winner', 'X was described as Y by Z'. The claim is about X (someone says X did Y, X
won), so PolNeAR marks the subject and the predicate as two parts of the content ('X' and 'of Y'),
the cue between them left out, as for the active 'accused X of Y' ('X of Y'). A preposition of a
topic ('X was talked about', 'was referred to the police', 'was called for Y') keeps its object
alone, verbs of telling ('X was asked to Y') their complement and verbs of answering ('X was
denied a try': refused it) their object: their subject is the topic, the one addressed or the one
refused, not what is claimed.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import ADDRESSEE_LEMMAS, ANSWERING_LEMMAS
from pipeline.quotes.doc import Ctx, Item
from pipeline.quotes.marks import WORD_RE
from pipeline.quotes.passive import PASSIVE_LEMMAS
from pipeline.quotes.topics import CHARGING_LEMMAS

_OBJECT_PREDICATES = {"oprd", "dobj"}  # 'was declared the winner' (the parse may take it for an object)
_PREDICATE_PREP = "as"  # 'was described as Y'; a charge's own ('accused of Y') for CHARGING_LEMMAS
_ASIDE_MARKS = {",", "-", "--", "\u2013", "\u2014", "("}  # opening an aside on the subject
_HAS = {"'s", "\u2019s"}  # 'he's said A': 'has', which the parse may take for a passive's 'is'


def keep_passive_subject(ctx: Ctx, item: Item, verb: Token, how: str) -> None:
    """`item` (the predicate of passive `verb`, found by its `how` rule) with the verb's subject
    before it as a first part, the predicate's preposition ('of Y', 'as Y') opening the second."""
    lemma = verb.lemma_.lower()
    if (item.parts or lemma not in PASSIVE_LEMMAS or lemma in ADDRESSEE_LEMMAS or lemma in ANSWERING_LEMMAS
            or verb.dep_ in ("relcl", "acl", "amod") or item.start <= verb.idx):
        return
    aux = next((c for c in verb.children if c.dep_ == "auxpass"), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if aux is None or aux.lower_ in _HAS or subj is None or subj.right_edge.i >= verb.i:
        return
    prep = _opening_prep(ctx, item)
    if how == "prep":
        if prep is None or not (prep.lower_ == _PREDICATE_PREP or lemma in CHARGING_LEMMAS):
            return
    elif how not in _OBJECT_PREDICATES:
        return
    if not WORD_RE.search(ctx.text, item.start, item.end):
        return
    aside = next((c for c in subj.rights if c.text in _ASIDE_MARKS), None)  # 'X, 24,': X without its aside
    last = ctx.doc[subj.right_edge.i if aside is None else aside.i - 1]
    first = (ctx.doc[subj.left_edge.i].idx, last.idx + len(last))
    start = prep.idx if prep is not None else item.start
    item.parts, item.start = [first, (start, item.end)], first[0]


def _opening_prep(ctx: Ctx, item: Item) -> Token | None:
    """The preposition right before the content ('of' in 'accused of Y', also when the parse hung it
    on the agent: 'accused by X, who …, of Y'), else None."""
    i = ctx.token_at(item.start) - 1
    while i >= 0 and ctx.doc[i].is_space:
        i -= 1
    tok = ctx.doc[i] if i >= 0 else None
    return tok if tok is not None and tok.dep_ == "prep" else None
