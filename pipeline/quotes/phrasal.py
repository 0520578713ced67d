"""Complements of cue verbs that `clause_span`'s first reading misses: a particle that makes the
verb a saying ('talked up X', 'spoke out against X'), a topic the parse hung on the addressee
('talked to voters about X'), and a 'call' whose one predicate holds its object too ('called her
"second-rate"'), and what an addressee verb promises or urges ('promised a full review').
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotemarks import quote_cues
from pipeline.quotes.complements import dated
from pipeline.quotes.cues import (
    COMPLEMENT_PREPS,
    GROUP_NOUNS,
    HOLDER_ENTS,
    PEOPLE_NOUNS,
    PREP_ONLY_LEMMAS,
    REPRESENTATIVE_NOUNS,
    SPEAKER_NOUNS,
)

PARTICLE_CUES: dict[str, dict[str, list[str]]] = quote_cues()["particle_cues"]
THING_OBJECTS: frozenset[str] = frozenset(quote_cues()["thing_objects"])  # 'promised a review'
_ADDRESSING = {"to", "with"}  # 'talked to voters', 'spoke with reporters'
_FAVOUR = {"favour", "favor"}  # 'spoke out in favour of X'
_RELATIVES = {"who", "that", "which", "whom"}
_WARNING_LEMMAS = {"warn", "caution"}  # not 'asked X about Y': the question is gold's content there
_WARNINGS = {"against", "about"}  # 'warned X against Y'; not 'asked X for Y', 'warned X of' (a noun's own)


def particle_span(verb: Token) -> tuple[int, int] | None:
    """'talked up X' (the object), 'spoke out against X' (the preposition's object): a saying with
    a particle from the particle_cues table; None for any other verb."""
    table = PARTICLE_CUES.get(verb.lemma_.lower())
    prt = next((c for c in verb.children if c.dep_ == "prt" and c.lower_ in (table or ())), None)
    if prt is None:
        return None
    preps = table[prt.lower_]
    for c in verb.rights:
        if c.i < prt.i:
            continue
        if not preps and c.dep_ == "dobj":
            return c.left_edge.i, c.right_edge.i
        if c.dep_ == "prep" and c.lower_ in preps:
            return _prep_object(c)
    return None


def _prep_object(prep: Token) -> tuple[int, int] | None:
    """The object of a preposition; of 'in favour of X', X."""
    pobj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
    if pobj is None:
        return None
    if pobj.lemma_.lower() in _FAVOUR:
        of = next((g for g in pobj.children if g.dep_ == "prep" and g.lower_ == "of"), None)
        return None if of is None else _prep_object(of)
    return pobj.left_edge.i, prep.right_edge.i


def addressed_topic(verb: Token) -> tuple[int, int] | None:
    """'talked to voters about X', 'complained to the council about X': the preposition a verb that
    speaks only through one takes, hung by the parse on the noun of its 'to' or 'with' phrase; its
    object is the content (not an 'of', which goes on with the noun: 'spoke to a crowd of fans')."""
    lemma = verb.lemma_.lower()
    preps = set(COMPLEMENT_PREPS.get(lemma, ())) - {"of"} if lemma in PREP_ONLY_LEMMAS else ()
    if not preps or any(c.dep_ in ("ccomp", "dobj", "xcomp") or (c.dep_ == "prep" and c.lower_ in preps)
                        for c in verb.children):
        return None
    for c in verb.rights:
        if c.dep_ != "prep" or c.lower_ not in _ADDRESSING:
            continue
        topic = _hung_topic(next((g for g in c.children if g.dep_ == "pobj"), None), preps)
        if topic is not None:
            return topic
    return None


def warned_addressee(verb: Token) -> tuple[int, int] | None:
    """'warned both parties against X', 'cautioned voters about X': the preposition of an addressee
    verb that the parse hung on its object; its object is the content."""
    lemma = verb.lemma_.lower()
    preps = set(COMPLEMENT_PREPS.get(lemma, ())) & _WARNINGS if lemma in _WARNING_LEMMAS else ()
    if not preps or any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ in preps)
                        for c in verb.children):
        return None
    return _hung_topic(next((c for c in verb.rights if c.dep_ == "dobj"), None), preps)


def _hung_topic(noun: Token | None, preps: set[str]) -> tuple[int, int] | None:
    """The object of a topic preposition the parse hung on a verb's noun ('voters about X')."""
    topic = None if noun is None else next(
        (g for g in noun.rights if g.dep_ == "prep" and g.lower_ in preps and not dated(g)), None)
    return None if topic is None else _prep_object(topic)


def called_as(verb: Token) -> bool:
    """A 'call' whose one predicate holds its object too ('called her "second-rate"', 'calls X
    unfit'), said by a subject of its own or of the verb it is joined to; not a name given
    ('a group called X', 'X was called Y', 'a PAC called Our Principles is …')."""
    if verb.lemma_.lower() != "call" or any(
            c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "auxpass", "nsubjpass") for c in verb.children):
        return False
    oprd = [c for c in verb.rights if c.dep_ == "oprd"]
    if len(oprd) != 1 or oprd[0].pos_ == "PROPN" or not _two_parts(oprd[0]):
        return False
    return _speaks(verb) or (verb.dep_ == "conj" and _speaks(verb.head))


_NAMED_FIRST = {"poss", "compound", "nsubj", "nmod", "npadvmod"}


def _two_parts(oprd: Token) -> bool:
    """A predicate that holds what it is said of: a name or pronoun opening it ('her "second-rate"',
    'Smith unfit'), or a quoted part after its first words; not one noun phrase ('called a donor',
    the one phoned)."""
    first = oprd.doc[oprd.left_edge.i]
    if first.i != oprd.i and first.pos_ in ("PRON", "PROPN") and first.dep_ in _NAMED_FIRST:
        return True
    return any(t.is_quote for t in oprd.doc[oprd.left_edge.i + 1:oprd.right_edge.i + 1])


def _speaks(verb: Token) -> bool:
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ not in _RELATIVES


def promised_thing(verb: Token) -> Token | None:
    """The direct object of 'promise' or 'urge' that is no one addressed but the thing promised or
    urged ('promised a full review', 'urged calm'); None with another object or complement ('promised
    voters a vote', 'urged them to act') or an object who can be addressed ('urged the council')."""
    if verb.lemma_.lower() not in THING_OBJECTS or any(
            c.dep_ in ("dative", "xcomp", "ccomp", "oprd") for c in verb.children):
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "ADJ") or obj.ent_type_ in HOLDER_ENTS:
        return None
    low = obj.lemma_.lower()
    if low in SPEAKER_NOUNS or low in REPRESENTATIVE_NOUNS or low in PEOPLE_NOUNS:
        return None  # 'urged voters', 'promised the minister'
    definite = any(c.dep_ == "poss" or c.lower_ == "the" for c in obj.children)
    return None if low in GROUP_NOUNS and definite else obj  # 'urged the council'; 'promised a review'
