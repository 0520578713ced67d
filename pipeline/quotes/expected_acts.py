"""A saying only expected, with no words to report (issue 19): 'X is expected to announce details of
Y', 'The leaders were expected to discuss trade', 'She is predicted to outline her plans'. The act
has not happened and its object is a topic, not words said: the claim is the forecast, 'X is
expected to …', held by no one named, as PolNeAR train gold gives it ('were expected to discuss
A', 'is also expected to unveil B'). A clause or a quote after the verb is what the speaker is
expected to say, and stays its claim ('is expected to say that A', 'is expected to tell MPs: "…"').
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import COMPLEMENT_PREPS
from pipeline.quotes.edges import FINITE_TAGS

_SAYING = frozenset({  # verbs of saying with a topic ('announce details'), not 'add momentum'
    "announce", "discuss", "outline", "talk", "speak", "call", "stress", "emphasise", "emphasize",
    "underline", "disclose", "reveal", "repeat", "reiterate", "comment", "testify", "propose", "recommend"})
_TOPIC_PREPS = frozenset({"about"})  # 'to talk about X' (and the cue's own: 'to call for a ban')
_FORECAST = frozenset({"expect", "predict", "forecast"})  # 'X is expected to announce Y'
_CLAUSES = frozenset({"ccomp", "xcomp", "parataxis", "oprd"})  # 'to say that A', 'to urge X to B'
_HUNG = frozenset({"advcl", "ccomp"})


def expected_topic(verb: Token, comp: Token) -> bool:
    """`comp`, the infinitive of an agentless passive of forecasting `verb`, is a verb of saying
    whose object is a topic: an object or a phrase after it, and no clause, predicate or quote in
    what it governs. Other infinitives keep their reading ('is expected to back X': the stance's)."""
    if verb.lemma_.lower() not in _FORECAST or comp.dep_ != "xcomp" or comp.lemma_.lower() not in _SAYING:
        return False
    preps = _TOPIC_PREPS.union(COMPLEMENT_PREPS.get(comp.lemma_.lower(), ()))
    if not any(c.i > comp.i and (c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in preps))
               for c in comp.children):
        return False  # 'are expected to speak at the gala': no topic, nothing the cue would give
    if any(c.dep_ in _CLAUSES for c in comp.children) or any(c.dep_ in _HUNG and c.i > comp.i and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in verb.children):
        return False  # 'is expected to announce on Monday, after A, that B': the parse hung B on the verb
    after = [t for t in comp.subtree if t.i > comp.i]
    return bool(after) and not any(
        t.is_quote or t.text == ":" or t.tag_ in FINITE_TAGS or (t.dep_ == "mark" and t.lower_ == "that")
        for t in after)  # 'to repeat his insistence that the plan will work': a claim
