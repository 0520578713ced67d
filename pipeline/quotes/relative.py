"""Claims in relative clauses: 'the launch, which state television claimed now allows the army to …',
'a speed which its makers claim is twice …', 'hands, which he said were at his side'. The content is
the relative clause without its attribution: the relative word and the predicate, as two parts.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import ATTITUDE_LEMMAS, SPEECH_LEMMAS, VERBS
from pipeline.quotes.doc import Ctx, Item
from pipeline.quotes.edges import FINITE_TAGS
from pipeline.quotes.runons import relative_word
from pipeline.quotes.spans import tok_span

_RELATIVES = {"which", "that", "who", "what"}
_STOPS = {".", "!", "?", ";"}
_BESIDE_CUE = {"aux", "advmod", "neg"}  # 'which she has repeatedly said', 'who does not believe'


def relative_subject(verb: Token) -> Token | None:
    """The relative word right before the cue's own subject ('which [its makers] claim', 'which she
    has repeatedly said'), if any."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.lower_ not in _RELATIVES]
    subj = subjects[-1] if subjects else None
    if subj is None or subj.left_edge.i == 0 or not all(
            t.head.i == verb.i and t.dep_ in _BESIDE_CUE for t in verb.doc[subj.right_edge.i + 1:verb.i]):
        return None
    rel = verb.doc[subj.left_edge.i - 1]
    return rel if rel.lower_ in _RELATIVES and rel.tag_ in ("WDT", "WP") else None


def relative_claim(verb: Token) -> tuple[int, int, int] | None:
    """'which X claimed now allows Y' the parse left unlinked (the claim a relative clause or a
    clausal subject of the predicate after it): the relative word's token and the predicate's
    first and last tokens."""
    lemma = verb.lemma_.lower()
    if lemma not in SPEECH_LEMMAS and lemma not in ATTITUDE_LEMMAS:
        return None
    rel = relative_subject(verb)
    if rel is None or rel.lower_ == "what":
        return None  # 'What he said was true': the writer's judgement of what was said
    if any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and c.i != rel.i) for c in verb.children):
        return None
    doc = verb.doc
    j = verb.i + 1
    while j < len(doc) and doc[j].pos_ == "ADV":
        j += 1
    if j >= len(doc) or doc[j].pos_ not in VERBS or doc[j].tag_ not in FINITE_TAGS:
        return None
    pred = doc[j]
    if pred.dep_ in ("aux", "auxpass") and pred.head.i > pred.i:
        pred = pred.head  # 'which X said will go ahead': the verb the modal goes with
    if pred.i != verb.head.i and verb.dep_ != "relcl":
        return None
    end = max([c.right_edge.i for c in pred.rights] + [pred.i])
    stop = next((t.i for t in doc[pred.i:end + 1] if t.text in _STOPS), None)
    return rel.i, verb.i + 1, (end if stop is None else stop - 1)


def relative_item(ctx: Ctx, verb: Token) -> Item | None:
    """The claim of a relative clause the parse left unlinked ('which its makers claim is …'), as the
    relative word and the predicate."""
    bounds = relative_claim(verb)
    if bounds is None:
        return None
    rel, lo, hi = bounds
    rest = tok_span(ctx, lo, hi, verb)
    if rest is None:
        return None
    word = ctx.doc[rel]
    return Item(word.idx, rest[1], "indirect", cue=verb, how="relative",
                parts=[(word.idx, word.idx + len(word)), rest])


def leave_out_relative_attribution(ctx: Ctx, item: Item, verb: Token) -> None:
    """'which he said were at his side': the relative word and what follows the cue, as two parts."""
    rel = relative_subject(verb)
    if rel is None or rel.idx != item.start or verb.idx + len(verb) >= item.end:
        return
    rest = tok_span(ctx, verb.i + 1, ctx.token_at(item.end - 1), verb)
    if rest is not None:
        item.parts = [(rel.idx, rel.idx + len(rel)), rest]


def keep_relative_subject(ctx: Ctx, item: Item, verb: Token) -> None:
    """'which they say left a vacuum', 'which he argued seeks to …': a finite predicate the parse
    took for the cue's complement; the relative word before the attribution is the first part."""
    rel = relative_subject(verb)
    first = ctx.doc[ctx.token_at(item.start)]
    if item.parts or rel is None or item.start <= verb.idx or first.tag_ not in FINITE_TAGS:
        return
    item.parts = [(rel.idx, rel.idx + len(rel)), (item.start, item.end)]
    item.start = rel.idx


def keep_relative_object(item: Item, verb: Token, that: bool = True) -> None:
    """'what X called "Y"', 'whom he described as Y': the relative word the cue takes as its object,
    before the attribution, is the first part of the content; the second takes in the 'as' that
    says what it was described as ('whom' | 'as Y'). Without `that`, not a 'that' (before a clause,
    the parse's relative 'that' is often the mark of a noun's clause: 'charges that it failed to
    disclose how A')."""
    rel = relative_word(verb)
    if item.parts or rel is None or rel.idx >= item.start or (not that and rel.lower_ == "that"):
        return
    as_prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"
                    and c.idx < item.start <= c.right_edge.idx), None)
    start = as_prep.idx if as_prep is not None else item.start
    item.parts = [(rel.idx, rel.idx + len(rel)), (start, item.end)]
    item.start = rel.idx
