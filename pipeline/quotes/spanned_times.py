"""A phrase of a stretch of time opening a bare reported clause ('said during his 20 years in office
he had seen A', 'said after seven years the firm had turned B', 'said at first he had C'): it
qualifies what is reported, for a saying is no stretch of time; a point in time ('said on Monday
he would A') or an occasion ('said in a statement it had B') stays the saying's."""

from __future__ import annotations

from spacy.tokens import Token

_SPAN_PREPS = {"during", "over", "throughout", "after", "for", "in", "within", "since"}
_SPAN_NOUNS = {"year", "month", "decade", "week", "century", "career", "tenure", "life", "lifetime", "time"}
_STRETCHES = {"recent", "past", "last", "many", "several"}  # 'in recent years', 'over the past decades'
_OPENERS = {("at", "first"), ("at", "the", "time")}  # 'said at first he had A'


def spanned_time(phrase: Token) -> bool:
    """A prepositional phrase over a stretch of time: 'since' anything, or a preposition of duration
    before a plural or counted time noun, or one with a possessive ('during his 22 years', 'after
    seven years', 'over her career'), or 'at first'."""
    if phrase.dep_ != "prep":
        return False
    words = tuple(t.lower_ for t in phrase.subtree)
    if words in _OPENERS or phrase.lower_ == "since":
        return True
    obj = next((c for c in phrase.children if c.dep_ == "pobj"), None)
    if phrase.lower_ not in _SPAN_PREPS or obj is None or obj.lemma_.lower() not in _SPAN_NOUNS:
        return False
    counted = obj.tag_ == "NNS" and any(c.dep_ == "nummod" or c.like_num or c.lower_ in _STRETCHES
                                        for c in obj.children)
    owned = any(c.dep_ == "poss" for c in obj.children)
    return counted or owned


def spanned_start(verb: Token, clause: Token, lo: int) -> int:
    """`lo`, or the start of a phrase over a stretch of time the parse hung on the cue `verb` right
    before its bare content clause (from `lo`): the content opens with it."""
    if any(c.dep_ == "mark" for c in clause.children):
        return lo  # 'said during the talks that A': the time of the saying
    phrase = next((c for c in verb.rights if c.right_edge.i + 1 == lo and c.i < clause.i), None)
    if phrase is None or phrase.left_edge.i != verb.i + 1 or not spanned_time(phrase):
        return lo
    return phrase.left_edge.i
