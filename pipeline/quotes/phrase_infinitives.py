"""An infinitive of saying the parse hung on the noun of a verb's prepositional phrase ('X were at
pains to point out A', 'X is in a position to confirm A', 'X went to great lengths to stress A'):
the infinitive has no subject of its own and says what the verb's subject does; the noun ('pains',
'position', 'lengths') is no speaker."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.stances import person_like


def to_marked(verb: Token) -> bool:
    """The verb has an auxiliary the tagger marks TO ('to point out'; `cues.has_to` reads the word)."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def phrase_verb(relcl: Token) -> Token | None:
    """The verb whose prepositional phrase holds the noun an infinitive relative clause `relcl`
    hangs on ('were' of 'were at pains to point out'), when that noun is no person or group ('left
    to the minister to explain' keeps the minister); else None."""
    noun = relcl.head
    if relcl.dep_ != "relcl" or not to_marked(relcl):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") or c.tag_ in ("WDT", "WP") for c in relcl.children):
        return None  # 'a place where he could say': a relative clause of its own
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.dep_ != "pobj" or person_like(noun):
        return None
    prep = noun.head
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or verb.i == prep.i:
        return None
    return verb
