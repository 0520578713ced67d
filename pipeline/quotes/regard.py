"""Claims that something is something, thought or presented so: 'X sees Y as Z', 'X considers Y a
Z', 'X portrayed Y as Z' (the object through the 'as' phrase or predicate is the content, X the
holder) and their passives 'Y is seen as Z', 'Y was branded a Z by X' (the subject through it).
Without the 'as' phrase or predicate these verbs hold no claim ('saw the film', 'cast a vote').
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import AS_LEMMAS, REGARD_LEMMAS
from pipeline.quotes.doc import Ctx
from pipeline.quotes.makers import hung_agent
from pipeline.quotes.spans import tok_span
from pipeline.quotes.stances import hedged, holder

_PREDICATES = {"oprd", "xcomp", "attr"}
_FRAMED = {"relcl", "acl", "amod", "pcomp"}
_ARTICLES = {"a", "an", "the"}


def regard_span(ctx: Ctx, verb: Token) -> tuple[int, int, str] | None:
    """The content of 'X sees Y as Z' or 'Y is seen as Z' (with the rule's name), or None."""
    if verb.lemma_.lower() not in AS_LEMMAS or verb.dep_ in _FRAMED or verb.pos_ != "VERB":
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    bounds = _small_clause(verb) if not passive else None
    if bounds is None:
        first = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
        if first is None or (first.i > verb.i) == passive:
            return None
        pred = next((c for c in verb.rights if c.i > first.i and (
            (c.dep_ == "prep" and c.lower_ == "as" and any(o.dep_ in ("pobj", "pcomp") for o in c.children))
            or (c.dep_ in _PREDICATES and c.tag_ not in ("VBG", "VB"))
            or (passive and c.dep_ == "dobj" and c.pos_ == "NOUN"))), None)  # 'saw him run': seen; 'was
        # branded a "waste"': a passive's predicate the parse took for an object
        if pred is None and not passive:
            pred = _quoted_name(verb, first) or _second_object(verb, first) or _object_as(verb, first)
        if pred is None:
            return None
        by = hung_agent(verb) if passive else None  # 'was labelled a Z by X who said A'
        bounds = first.left_edge.i, (pred.right_edge.i if by is None or by.head.i != pred.i else by.i - 1)
    if not passive and verb.lemma_.lower() in REGARD_LEMMAS and holder(verb) is None:
        return None  # 'seeing it as a threat': whose view the parse does not tell
    if passive and not any(c.dep_ == "agent" for c in verb.children) and hedged(verb):
        return None  # 'this might be seen as weak': the writer's hedge
    span = tok_span(ctx, bounds[0], bounds[1], verb)
    return None if span is None else (span[0], span[1], "regard")


def _quoted_name(verb: Token, obj: Token) -> Token | None:
    """A quoted name given to the object that the parse took for its apposition ('dubbing Mr Brown
    "Sir Wastealot"', 'branded the plan "a tax on jobs"'), for a verb of presenting."""
    if verb.lemma_.lower() in REGARD_LEMMAS:
        return None
    doc = obj.doc
    return next((c for c in obj.rights if c.dep_ == "appos" and doc[c.left_edge.i].is_quote
                 or c.left_edge.i > 0 and doc[c.left_edge.i - 1].is_quote and c.dep_ == "appos"), None)


def _object_as(verb: Token, obj: Token) -> Token | None:
    """A quoted 'as' phrase the parse hung on the object of a verb of presenting ('brands such claims
    as "utter nonsense"'); not for a verb of seeing ('saw the film as a child')."""
    if verb.lemma_.lower() in REGARD_LEMMAS:
        return None
    doc = obj.doc
    return next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ == "as" and c.i + 1 < len(doc)
                 and doc[c.i + 1].is_quote and any(o.dep_ in ("pobj", "pcomp") for o in c.children)), None)


def _second_object(verb: Token, obj: Token) -> Token | None:
    """A predicate noun phrase right after the object that the parse took for a second object or a
    clause of the verb ('branded it a dodgy budget', 'branded it a dodgy "vote now pay later"
    budget'): it opens with an article or a quote mark."""
    doc, nxt = obj.doc, obj.right_edge.i + 1
    if nxt >= len(doc) or not (doc[nxt].lower_ in _ARTICLES or doc[nxt].is_quote):
        return None
    return next((c for c in verb.rights if c.dep_ in ("dobj", "ccomp") and c.i > obj.i
                 and c.left_edge.i == nxt), None)


def _small_clause(verb: Token) -> tuple[int, int] | None:
    """Token bounds of a verbless clause the parse made the complement ('consider him a liability':
    'him' the subject of 'liability'; an adjective or a noun with its determiner)."""
    comp = next((c for c in verb.rights if c.dep_ == "ccomp" and any(s.dep_ == "nsubj" for s in c.children)
                 and (c.pos_ == "ADJ" or any(d.dep_ == "det" for d in c.children))), None)  # not 'saw X run'
    return None if comp is None else (comp.left_edge.i, comp.right_edge.i)

