"""A passive verb of addressing ('X was asked by reporters about A', 'Y was warned by police over
B'): its subject is the one addressed, never what was said; what was asked about is the topic or
the question, which the parse may hang on the agent's noun ('reporters about A', 'a caller why B')
instead of the verb."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import ADDRESSEE_LEMMAS
from pipeline.quotes.doc import Ctx
from pipeline.quotes.spans import tok_span

_TOPIC_PREPS = {"about", "over", "on"}
_CLAUSE_DEPS = {"relcl", "acl", "ccomp"}
_QUESTION_WORDS = {"whether", "if"}


def addressed_topic(ctx: Ctx, verb: Token) -> tuple[int, int, str] | None:
    """The object of a topic preposition hung on the 'by' agent of a passive verb of addressing,
    as the content, else None."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    noun = None if agent is None else next((c for c in agent.children if c.dep_ == "pobj"), None)
    prep = None if noun is None else agent_topic(noun)
    topic = None if prep is None else next((c for c in prep.children if c.dep_ == "pobj"), None)
    if topic is None and noun is not None:  # 'was asked by a caller why A': the question the parse
        topic = next((c for c in noun.rights if c.dep_ in _CLAUSE_DEPS and _asked(c.left_edge)), None)
    if topic is None:  # hung on the caller as a relative clause
        return None
    span = tok_span(ctx, topic.left_edge.i, topic.right_edge.i, verb)
    return None if span is None else (span[0], span[1], "passive")


def agent_topic(noun: Token) -> Token | None:
    """The topic preposition the parse hung on the noun of a passive addressing verb's 'by' agent
    ('reporters about A' of 'X was asked by reporters about A'): no part of the speaker."""
    agent = noun.head
    if noun.dep_ != "pobj" or agent.dep_ != "agent" or agent.head.lemma_.lower() not in ADDRESSEE_LEMMAS:
        return None
    return next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS), None)


def _asked(word: Token) -> bool:
    """A word opening an indirect question: a wh-adverb ('why', 'how', 'when'), 'whether', 'if'."""
    return word.tag_ == "WRB" or word.lower_ in _QUESTION_WORDS
