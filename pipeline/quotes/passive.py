"""Passive attributions with their holder named by 'by' ('The plan was criticized by economists',
'Sanders was endorsed by the union'): the subject is what was judged, described or backed, the
agent its speaker. Anaphoric subjects ('This was stated by X') are cataphoric (trailing.py);
relative clauses ('which was criticized by X') describe a noun and are left out. With no agent,
a passive that says something of its subject ('X was criticized for Y', 'X was declared the
winner', 'X has been called a Z') is a claim held by no one named: the subject through the predicate.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotemarks import quote_cues
from pipeline.quotes.asked_topics import addressed_topic
from pipeline.quotes.complements import dated
from pipeline.quotes.cues import (
    ADDRESSEE_LEMMAS,
    COMPLEMENT_LEMMAS,
    COMPLEMENT_PREPS,
    HOLDER_ENTS,
    JUDGEMENT_LEMMAS,
    POSITION_LEMMAS,
    SPEAKING_NOUNS,
    SPEECH_NOUNS,
    is_cue,
)
from pipeline.quotes.doc import Ctx, Item
from pipeline.quotes.edges import trim_part
from pipeline.quotes.frames import set_off_participle
from pipeline.quotes.makers import hung_agent
from pipeline.quotes.marks import WORD_RE
from pipeline.quotes.spans import tok_span
from pipeline.quotes.stances import hedged, person_like

PASSIVE_LEMMAS = COMPLEMENT_LEMMAS | JUDGEMENT_LEMMAS | POSITION_LEMMAS
# acts against the subject whose agent is the one claiming: 'sued by Y, claiming A', 'accused by Y, saying B'
_AGAINST = (frozenset(quote_cues()["suing"]) | frozenset(quote_cues()["charging"]) | JUDGEMENT_LEMMAS) - {
    "question"} - ADDRESSEE_LEMMAS  # 'was questioned by police, saying A': his
_ANAPHORS = {"this", "that", "these", "those", "it", "which", "who"}
_SUBJ = {"nsubjpass"}
_GROUNDS = ("for", "as")  # 'was praised by X for Y', 'was described by X as Y'


def passive_span(ctx: Ctx, verb: Token) -> tuple[int, int, str] | None:
    """The subject of a passive cue with a 'by' agent, as the content ('X was praised by Y'; its
    grounds are added by `leave_out_agent`); for a verb of addressing, the topic the parse hung on
    the agent, if any ('X was asked by reporters about A': A)."""
    if verb.lemma_.lower() not in PASSIVE_LEMMAS or verb.dep_ in ("relcl", "acl", "amod"):
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children) or not any(
            c.dep_ == "agent" and any(p.dep_ == "pobj" for p in c.children) for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ in _SUBJ and c.i < verb.i), None)
    if verb.lemma_.lower() in ADDRESSEE_LEMMAS and subj is not None and person_like(subj):
        topic = addressed_topic(ctx, verb)  # 'X was asked by Y (about A)': X is addressed, not said
        if topic is not None or not any(t.is_quote for t in verb.doc[verb.i + 1:verb.sent.end]):
            return topic  # a quote after it ('X was asked by Y, "A?"') joins the subject's item, as before
    if subj is None or subj.lower_ in _ANAPHORS or subj.pos_ == "PRON" or subj.lemma_.lower() in SPEECH_NOUNS:
        return None  # 'The claim has been backed by X': a claim reported elsewhere
    if any(is_cue(t, stances=True) for t in subj.subtree):
        return None  # 'a claim accusing X was rejected by Y': the claim inside is reported
    span = tok_span(ctx, subj.left_edge.i, subj.right_edge.i, verb)
    return None if span is None else (span[0], span[1], "passive")


_RELATIVES = {"which", "who", "that", "what"}
_NOMINAL = {"ADJ", "NOUN", "PROPN"}  # a second predicate the parse conjoined to the verb
_PREDICATES = {"oprd", "attr"}  # 'was declared the winner', 'has been called a fraud'


def predicated_span(ctx: Ctx, verb: Token) -> tuple[int, int, str] | None:
    """The subject through the predicate of an agentless passive of saying or judging that says
    something of it ('X was criticized for Y', 'X was described as Y', 'X was declared the winner');
    not one of telling ('was asked to', 'was told to'), a hedge ('could be called a Z'), a
    description of a noun ('a man described as X'), 'as part of', one with a 'by' phrase after the
    predicate or one holding a claim reported on its own."""
    lemma = verb.lemma_.lower()
    if lemma not in PASSIVE_LEMMAS or lemma in ADDRESSEE_LEMMAS or verb.dep_ in ("relcl", "acl", "amod"):
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ in _SUBJ and c.i < verb.i), None)
    pred = next((c for c in verb.rights if c.dep_ in _PREDICATES or (c.dep_ == "prep" and c.lower_ in _GROUNDS
                 and any(g.dep_ in ("pobj", "pcomp") and g.lower_ != "part" for g in c.children))), None)
    if pred is not None and any(g.dep_ == "pcomp" and is_cue(g) for g in pred.children):
        return None  # 'was reported as saying A': the saying is the claim's own cue
    if subj is None or pred is None or subj.lower_ in _RELATIVES or hedged(verb) or _by_phrase(verb, pred):
        return None
    if any(t.i != verb.i and _reports(t) for t in verb.doc[subj.left_edge.i:pred.right_edge.i + 1]):
        return None  # 'was ridiculed for its prediction that A': the claim inside is reported
    last = next((c for c in verb.rights if c.i > pred.i and c.dep_ == "conj" and c.pos_ in _NOMINAL), pred)
    span = tok_span(ctx, subj.left_edge.i, last.right_edge.i, verb)  # '… for A and far too costly'
    return None if span is None else (span[0], span[1], "predicated")


def _reports(tok: Token) -> bool:
    """A cue or speech noun with a content clause of its own ('its prediction that A', 'said A')."""
    return (tok.lemma_.lower() in SPEECH_NOUNS or is_cue(tok)) and any(
        c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX") for c in tok.children)


def _by_phrase(verb: Token, pred: Token) -> bool:
    """A 'by' phrase the parse hung on the predicate ('was confirmed as X by Y'): the agent, whose
    words these are."""
    heads = {verb.i, pred.i} | {g.i for g in pred.children if g.dep_ in ("pobj", "pcomp")}
    return any(t.lower_ == "by" and t.head.i in heads for t in verb.doc[pred.i:pred.right_edge.i + 2])


def _grounds(ctx: Ctx, verb: Token) -> tuple[int, int] | None:
    """The characters of what the subject is praised, blamed or described for or as ('X was
    praised by police for tackling a burglar'), after the 'by' agent: a part of the content."""
    preps = (*_GROUNDS, *COMPLEMENT_PREPS.get(verb.lemma_.lower(), ()))
    agent = next(c for c in verb.children if c.dep_ == "agent")
    phrase = next((c for c in verb.rights if c.i > agent.i and c.dep_ == "prep" and c.lower_ in preps
                   and any(g.dep_ in ("pobj", "pcomp") for g in c.children) and not dated(c)), None)
    return None if phrase is None else tok_span(ctx, phrase.i, phrase.right_edge.i, verb)


def leave_out_agent(ctx: Ctx, item: Item, verb: Token) -> None:
    """'X was praised by Y for Z': the content (the subject X, from `passive_span`) goes on to 'for
    Z', given as parts, without the cue and its agent between them."""
    grounds = _grounds(ctx, verb)
    if grounds is None:
        return
    if item.end < grounds[0]:
        item.parts = [(item.start, item.end), grounds]
    item.end = grounds[1]


def participle_agent(cue: Token, verb: Token, subj: Token) -> Token | None:
    """X of 'The bill was backed by X, saying A': a participle of saying set off after a passive
    whose subject is a thing (no pronoun, name or speaker noun) is said by its agent; 'He was asked by
    reporters, saying A' stays his, but one sued, accused or condemned is no claimant: 'X is being
    sued by Y, claiming A' is Y's."""
    if cue.head.i != verb.i or subj.dep_ != "nsubjpass" or set_off_participle(cue) is None:
        return None
    if (subj.pos_ in ("PRON", "PROPN") or subj.ent_type_ in HOLDER_ENTS or (
            subj.lemma_.lower() in SPEAKING_NOUNS)) and verb.lemma_.lower() not in _AGAINST:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent" and c.i < cue.i), None)
    return None if agent is None else next((c for c in agent.children if c.dep_ == "pobj"), None)


def leave_out_hung_agent(ctx: Ctx, item: Item, verb: Token) -> None:
    """'was told to be brief by the producers': the content ends before the 'by' agent the parse
    hung inside it (the agent is the speaker: `makers.agent_of`)."""
    by = hung_agent(verb)
    if by is None or item.parts or not item.start < by.idx < item.end:
        return
    start, end = trim_part(ctx.text, item.start, by.idx, joins=False)
    if WORD_RE.search(ctx.text, start, end):
        item.end = end
