"""Cues that state nothing because their content is a question left open or a gauge's work (issue 19):
a deciding or predicting whose complement is an indirect question ('The board must decide whether
to sell', 'No coach can predict who will start', 'used the polls to predict which seat falls'):
the decision or forecast is not given; a thing's relative clause of showing or settling a question
('a ballot that will determine who leads', 'records which show how often it failed'): what the
thing is for, no finding told; and a gauge's present-tense relative clause of predicting a bare
noun ('a barometer which predicts rainfall'); and a topic asked about, its 'about' or 'on' stranded
after the cue ('doubts over what she will be talking about in her speech'): nothing said yet.
PolNeAR train gold has none of them; a question told ('revealed how he did it', 'Polls show how far
he fell'), a person's relative ('an umpire who will determine whether') and a forecast made ('a
model that predicted a win') stay.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import can_speak
from pipeline.quotes.stances import person_like

_OPEN = frozenset({"decide", "predict", "forecast"})  # with a question: no decision, no forecast
_SETTLING = frozenset({"determine", "show", "reveal", "indicate"})  # on a thing: what it is for
_GAUGING = frozenset({"predict", "forecast"})
_THING_RELATIVES = frozenset({"which", "that"})
_PRESENT = frozenset({"VBZ", "VBP", "VB"})  # 'which shows', 'that will determine'; not 'showed'
_QUESTION_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})
_QUESTION_MARKS = frozenset({"whether", "if"})
_CLAUSES = frozenset({"ccomp", "xcomp"})
_AMOUNTS = frozenset({"PERCENT", "MONEY", "CARDINAL", "QUANTITY"})
_ASKED = frozenset({"what", "whatever"})  # 'what he talked about'; not 'issues which he spoke out on'
_TOPIC_PREPS = frozenset({"about", "on", "over", "of"})  # 'what he talked about'


def open_question(cue: Token) -> bool:
    """`cue` decides or predicts an open question, settles one on a thing, or is a gauge's work."""
    lemma = cue.lemma_.lower()
    if lemma in _OPEN and _asks(cue):
        return True
    if _stranded_topic(cue):
        return True  # 'doubts over what he will be talking about in the keynote'
    if lemma in _SETTLING and _asks(cue):
        return _thing_relative(cue) is not None
    return lemma in _GAUGING and _gauge(cue)


def _asks(cue: Token) -> bool:
    """A clause after the cue opened by a question word ('which seat falls', 'how to react') or by
    its own 'whether' or 'if' ('whether to sell'; not 'if rates rise, prices fall')."""
    for clause in cue.rights:
        if clause.dep_ not in _CLAUSES:
            continue
        first = clause.doc[clause.left_edge.i]
        if first.i < cue.i:
            return False  # 'where losses are predicted to grow': the question word is not the content's
        if first.lower_ in _QUESTION_MARKS:
            return first.head.i == clause.i and first.dep_ == "mark"
        return first.tag_ in _QUESTION_TAGS and first.lower_ != "that"  # a relative 'that' asks nothing
    return False


def _thing_relative(cue: Token) -> Token | None:
    """The cue's subject when it is 'which' or 'that' (a thing's relative clause, the parse hanging
    it on the noun or on the verb before) and the cue is not in the past."""
    if cue.tag_ not in _PRESENT:
        return None
    return next((c for c in cue.children if c.dep_ == "nsubj" and c.lower_ in _THING_RELATIVES
                 and c.tag_ == "WDT"), None)


def _gauge(cue: Token) -> bool:
    """'an index which predicts prices', 'a gauge that forecasts floods': a present-tense relative
    clause on a common noun that names no one (no person, group, document or source), with a bare
    noun as object, no number ('which predicts a 2% rise' gives a forecast) and no clause."""
    if cue.dep_ != "relcl" or _thing_relative(cue) is None or any(c.dep_ in _CLAUSES for c in cue.children):
        return False
    obj = next((c for c in cue.rights if c.dep_ == "dobj"), None)
    if obj is None or any(t.like_num or t.ent_type_ in _AMOUNTS for t in obj.subtree):
        return False
    noun = cue.head
    return noun.pos_ == "NOUN" and not noun.ent_type_ and not person_like(noun) and not can_speak(noun)


def _stranded_topic(cue: Token) -> bool:
    """A topic preposition after the cue whose object is a 'what' before it ('what he would be
    talking about in the keynote', 'what they argued over'): the topic is the question; a relative
    'which' names its topic ('issues which she has spoken out on')."""
    return any(p.dep_ == "prep" and p.lower_ in _TOPIC_PREPS and p.i > cue.i and any(
        o.dep_ == "pobj" and o.i < cue.i and o.lower_ in _ASKED for o in p.children)
        for p in cue.children)
