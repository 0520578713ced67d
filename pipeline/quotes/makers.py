"""Speakers the parse puts somewhere other than the cue's subject: the maker a noun names with
'by' ('a complaint filed by X alleging A', the parse hanging the participle on the verb), the
holder of a plural speech noun the tagger took for a verb ('amid Tory claims A'), a thing that
cannot issue a text ('The worm replaces pages with a message saying A': the message), and no one
for a passive participle set off on a clause ('X is on trial, accused of A': X is accused)."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import (
    ADDRESSEE_LEMMAS,
    COMPLEMENT_LEMMAS,
    GROUP_NOUNS,
    HOLDER_ENTS,
    JUDGEMENT_LEMMAS,
    SPEECH_LEMMAS,
    can_speak,
)
from pipeline.quotes.marks import Spans
from pipeline.quotes.speaker_phrases import SUBJ_DEPS, usable

_OWN = {"aux", "auxpass", "nsubj", "nsubjpass", "mark"}  # a clause of its own: 'as told', 'was told'
_SAYING = SPEECH_LEMMAS | COMPLEMENT_LEMMAS | JUDGEMENT_LEMMAS  # not a belief: 'Convinced that A, X …'


def object_maker(cue: Token, quotes: Spans) -> Token | None:
    """The maker of the object a participle cue right after it describes, the parse having hung the
    cue on the verb ('The deal follows a suit filed by X alleging A'): X, named by the object's own
    'by' phrase, ending right before the cue."""
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or any(c.dep_ in SUBJ_DEPS for c in cue.children):
        return None
    obj = next((c for c in cue.head.children if c.dep_ == "dobj" and c.right_edge.i == cue.i - 1), None)
    return None if obj is None else made_by(obj, quotes)


def noun_after_prep(cue: Token) -> bool:
    """A plural speech noun tagged a present-tense verb with no subject, right after a preposition
    or a name after it ('amid claims A', 'despite Tory warnings A')."""
    if cue.tag_ != "VBZ" or cue.i < 2 or any(c.dep_ in SUBJ_DEPS for c in cue.children):
        return False
    named = prep_noun_holder(cue)
    prep = cue.doc[cue.i - 2] if named is not None else cue.doc[cue.i - 1]
    return prep.pos_ == "ADP" and prep.dep_ == "prep"


def prep_noun_holder(cue: Token) -> Token | None:
    """The name before such a noun ('Tory' of 'amid Tory claims A'), else None."""
    before = cue.doc[cue.i - 1]
    named = before.dep_ in ("pobj", "compound") and before.head.i in (cue.i, cue.i - 2) and holder(before)
    return before if named else None


def holder(tok: Token) -> bool:
    """A name or a body that can hold a claim."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in HOLDER_ENTS or tok.lemma_.lower() in GROUP_NOUNS


def passive_participle(cue: Token, inside: bool) -> bool:
    """A bare past participle of a verb of saying set off on a clause ('X is on trial, accused of A'):
    the clause's subject is the one accused or told, never the speaker (a belief's participle is its
    holder's: 'Convinced that A, X …'). Only for a content in the participle's own phrase (`inside`):
    the answer next to 'asked about A' or after 'when asked: "…"' is the subject's."""
    return (inside and cue.tag_ == "VBN" and cue.dep_ == "advcl" and cue.lemma_.lower() in _SAYING
            and not any(c.dep_ in _OWN or c.tag_ == "WRB" for c in cue.children))


def made_by(noun: Token, quotes: Spans) -> Token | None:
    """The maker a noun names itself: 'a complaint by X', 'a suit filed by X'."""
    for c in noun.children:
        agent = agent_of(c) if c.dep_ == "acl" and c.tag_ == "VBN" else None
        if agent is None and c.dep_ == "prep" and c.lower_ == "by":
            agent = next((g for g in c.children if g.dep_ == "pobj"), None)
        if agent is not None and usable(agent, quotes):
            return agent
    return None


def can_issue(subj: Token) -> bool:
    """A subject that can put out a text: anyone but a thing named by a common noun ('The worm
    replaces pages with a message saying A': the message's)."""
    return not (subj.pos_ == "NOUN" and subj.is_lower and not subj.ent_type_ and not can_speak(subj))


def agent_of(verb: Token) -> Token | None:
    """X of a passive verb's 'by X'."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None) or hung_agent(verb)
    return None if agent is None else next((c for c in agent.children if c.dep_ == "pobj"), None)


def hung_agent(verb: Token) -> Token | None:
    """The 'by' of a passive verb's agent that the parse hung on the verb's predicate ('was labelled a
    "blunder" by X who said A')."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((g for c in verb.rights if c.dep_ in _PREDICATES for g in c.rights
                 if g.dep_ == "prep" and g.lower_ == "by"), None) or _closing_by(verb)


def _closing_by(verb: Token) -> Token | None:
    """The 'by' of one who can speak that the parse hung inside the infinitive of a passive verb of
    telling, closing it ('was told to be brief by the producers'; not 'told to finish by Friday')."""
    if verb.lemma_.lower() not in ADDRESSEE_LEMMAS:
        return None
    comp = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
    if comp is None:
        return None
    by = next((t for t in comp.subtree if t.dep_ == "prep" and t.lower_ == "by"
               and t.right_edge.i == comp.right_edge.i), None)
    obj = None if by is None else next((g for g in by.children if g.dep_ == "pobj"), None)
    if obj is None or not (obj.ent_type_ in HOLDER_ENTS or (obj.pos_ == "NOUN" and can_speak(obj))):
        return None
    return by


_PREDICATES = ("oprd", "attr", "dobj")  # a noun predicate (a passive's 'object' is one: 'was branded a
# "waste" by X'): not the "by 2010" of "predicted to grow by 2010"
