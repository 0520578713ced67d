"""Cue verbs read in a sense that reports nothing (issue 19), decided by the cue's subject, object and
complement rather than by the word: a question looked into ('is finding out how A'), a thing found
or learned ('have found a site', 'Robots learn rules'), people found ('found three students who were
keen'), people or counted things called back ('recalled nine players', 'recalled 2,000 cars'), data
a thing passes on ('a worm which reports its address back'), a cause ('Changes to the rules partly
explain the jump'), the writer's own voice ('Let us say that A', 'I doubt many would argue that B',
'Call it A'), and the senses of `ordinary`: a thing added to ('adding to awards'), a likelihood
('what promises to be A'), nothing said ('said nothing about A'), an event undergone ('saw its
lead cut'), a consequence ('it may mean broadcasters ask for A'), a legal state ('was declared
insolvent') and a price ('the rates they charge for calls'). Cue tables:
data/quote_cues.json (acquiring, relaying).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.quotes.cues import (
    ACQUIRING_LEMMAS,
    ATTITUDE_LEMMAS,
    BODY_NOUNS,
    CLAUSE_SUBJECTS,
    COMPANY_NOUNS,
    GROUP_NOUNS,
    RELAYING_LEMMAS,
    SOURCE_NOUNS,
    TEXT_NOUNS,
    can_speak,
)
from pipeline.quotes.deprived import deprived
from pipeline.quotes.doc import Item
from pipeline.quotes.existential_denials import denied_existence
from pipeline.quotes.fronted_gaps import fronted_gap
from pipeline.quotes.misread_senses import (
    called_into,
    called_object,
    named_passive,
    named_then_placed,
    naming_participle,
    noun_read_as_verb,
)
from pipeline.quotes.open_questions import open_question
from pipeline.quotes.ordinary import ordinary_sense
from pipeline.quotes.prefixed_cues import sense_prefixed
from pipeline.quotes.proofs import proven
from pipeline.quotes.stances import partitive_whole, person_like
from pipeline.quotes.subjects import clause_subject
from pipeline.quotes.summoned import summoned
from pipeline.quotes.turned_out import turned_out
from pipeline.quotes.vote_margins import by_margin
from pipeline.quotes.writers_asides import writers_aside

_QUESTION_WORDS = {"how", "why", "whether", "if", "what", "where", "when", "which", "who"}
_CALL_BACK = {"recall"}  # 'recall' with a counted thing or people as object: called back
_WHOLE_STOCK = {"all", "any", "its"}  # 'recall all cars', 'recalled its ducks': a firm's goods
_FIRST_PERSON = {"i", "we"}
_HYPOTHETICAL = {"would"}  # 'no one could have foreseen A' is a view held (PolNeAR train)
_NOBODY = {"nobody", "none", "few", "no"}
_CAUSING = {"explain"}  # 'Changes to the rules explain the jump': a cause, no one explaining
_HEDGING_MODALS = {"may", "might", "could"}  # 'could explain the reluctance': a possible cause
_PARTLY = {"partly", "largely", "mostly", "partially"}
_CLIMB = frozenset({"conj", "xcomp"})  # a conjoined or controlling verb's subject, when the verb has none


def other_sense(doc: Doc, item: Item) -> bool:
    """`item`'s cue is used in a sense that attributes no claim."""
    cue = item.cue
    if cue is None or item.according:
        return False
    if noun_read_as_verb(cue) or naming_participle(cue) or called_into(cue) or named_passive(cue):
        return True
    if sense_prefixed(cue) or called_object(cue, item.start, item.end):
        return True  # 'over-stated its profits'; 'She called her bank' (phoned)
    if named_then_placed(cue, item.start):
        return True  # 'a group called Friends for Rivers': no call for 'Rivers'
    if summoned(cue, item.start, item.end) or writers_aside(cue, item.start, item.end):
        return True  # 'called X as a witness'; 'Buyers should note A', 'A, as they say'
    if by_margin(cue):
        return True  # 'Farmers backed Vell by nine points': a vote counted, no view stated
    if deprived(cue, item.start, item.end):
        return True  # 'The keeper denied Ivo Marsh twice': a save, no claim rejected
    if open_question(cue):
        return True  # 'must decide whether to sell', 'a ballot that will determine who leads'
    if denied_existence(cue) or fronted_gap(cue):
        return True  # 'There is no suggestion that A'; 'is who they say they are'
    if turned_out(cue, _people, _source):
        return True  # 'The bridge proved unpopular', 'Veterans are proving A'
    lemma = cue.lemma_.lower()
    if lemma in ACQUIRING_LEMMAS and (
        _inquiry(cue)
        or _thing_found(doc, item)
        or (item.how == "ccomp" and (_object_misread(cue) or _people_found(cue)))
    ):
        return True
    if lemma in _CALL_BACK and item.how == "dobj" and _called_back(cue):
        return True
    if lemma in RELAYING_LEMMAS and item.how == "dobj" and _relayed(cue):
        return True
    if lemma in _CAUSING and item.how == "dobj" and _cause(cue):
        return True
    if proven(cue, item.how, _mute):
        return True  # 'The win confirmed their place in the final': an outcome, no one confirming
    return _writers_voice(cue) or ordinary_sense(doc, item)


def _cause(verb: Token) -> bool:
    """'Changes to the rules partly explain the jump', 'This habit of losing keys explains the rise of
    A': a thing that cannot speak (no person, group, entity, pronoun, document or source), hedged or
    told by what it is of or about, explains a thing ('A textbook published in May explains A' and
    'Another delegate, X, explained B' stay, as on PolNeAR train)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ or not _mute(subj):
        return False
    hedged = any((c.dep_ == "aux" and c.lower_ in _HEDGING_MODALS)
                 or (c.dep_ == "advmod" and c.lower_ in _PARTLY) for c in verb.children)
    told = any(c.dep_ == "prep" for c in subj.children) and not any(
        c.dep_ in ("appos", "acl", "relcl") for c in subj.children)
    return hedged or told


_SOURCE_LEMMAS = TEXT_NOUNS | SOURCE_NOUNS  # a document or a source


def _people(noun: Token) -> bool:
    """A noun or name of people or a group that can hold a stance, not a document or a source."""
    return noun.pos_ in ("NOUN", "PROPN") and person_like(noun) and not _source(noun)


def _source(noun: Token) -> bool:
    """A document or a source ('a study', 'tests', 'the figures')."""
    return _lemma(noun) in _SOURCE_LEMMAS


def _mute(noun: Token) -> bool:
    """A noun that names no one who speaks: no person, group, body, document or source."""
    return not (person_like(noun) or can_speak(noun) or _lemma(noun) in (
        TEXT_NOUNS | SOURCE_NOUNS | COMPANY_NOUNS | GROUP_NOUNS | BODY_NOUNS.keys()))


def _inquiry(verb: Token) -> bool:
    """'is finding out how A', 'to find out whether B': a question being looked into, not a finding
    ('found out that A' stays, as do 'wondered whether A' and 'knows how B', which hold a view)."""
    if not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False
    clause = next((c for c in verb.rights if c.dep_ in ("ccomp", "xcomp", "dobj", "pobj")), None)
    return clause is None or asks(clause)


def asks(clause: Token) -> bool:
    """A clause opened by a question word ('how robots should react', 'whether it works')."""
    first = clause.doc[clause.left_edge.i]
    return (
        first.lower_ in _QUESTION_WORDS
        and first.tag_ in ("WRB", "WP", "WDT", "IN")
        and not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    )


def _people_found(verb: Token) -> bool:
    """'Kovac found four other people who were keen and the band was formed': a person finding people
    (a person object, or one with a relative clause the parse took for the subject of a clause after
    it), no clause opened by 'that'."""
    clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    if clause is None or any(c.dep_ == "mark" for c in clause.children):
        return False
    finder = clause_subject(verb, climb=_CLIMB, hops=2, which=True)
    if finder is None or _lemma(finder) in (SOURCE_NOUNS | TEXT_NOUNS) or not (
        finder.pos_ in ("PROPN", "PRON") or person_like(finder)
    ):
        return False
    if any(c.dep_ == "dobj" and c.i < clause.i and _someone(c) for c in verb.children):
        return True  # 'found three students who were keen and the choir was born'
    subj = next((c for c in clause.children if c.dep_ in CLAUSE_SUBJECTS), None)
    return subj is not None and _person(subj) and any(c.dep_ == "relcl" for c in subj.children)


def _someone(noun: Token) -> bool:
    """A person or people: a person noun, or one a 'who' clause describes ('students who were keen')."""
    return _person(noun) or any(
        c.dep_ == "relcl" and any(w.tag_ == "WP" for w in c.children) for c in noun.children)


def _thing_found(doc: Doc, item: Item) -> bool:
    """'Robots learn rules', 'they found a site': a content with no verb (a noun phrase, no clause
    or predicate on it) of a learner or finder that is no study or report ('the survey found a
    link', 'the poll found Smith ahead' stay)."""
    if item.how not in ("dobj", "ccomp") or item.parts:
        return False
    span = doc.char_span(item.start, item.end, alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    subj = clause_subject(item.cue, climb=_CLIMB, hops=2, which=True)
    return subj is None or _lemma(subj) not in (SOURCE_NOUNS | TEXT_NOUNS)


def _object_misread(verb: Token) -> bool:
    """'have found a site they feel they can trust tend to stick': the parse took an object with a
    relative clause for the subject of a bare verb; a singular noun with an uninflected verb is no
    finite clause."""
    clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    if clause is None or clause.tag_ != "VB" or any(c.dep_ in ("aux", "mark") for c in clause.children):
        return False
    subj = next((c for c in clause.children if c.dep_ in CLAUSE_SUBJECTS), None)
    return subj is not None and subj.tag_ == "NN" and any(c.dep_ == "relcl" for c in subj.children)


def _called_back(verb: Token) -> bool:
    """'recalling nine of their players', 'recalled 2,000 cars', 'recalled its ambassador': people or a
    counted thing as object, called back; an event remembered stays ('recalled a visit to A', 'recalled
    the 2007 bill')."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return False  # 'recalled X as "…"': a description
    counted = (obj.pos_ == "NUM" and obj.like_num) or any(
        c.dep_ == "nummod" and not _year(c) for c in obj.children
    )
    return counted or _person(partitive_whole(obj)) or _goods(verb, obj)


def _goods(verb: Token, obj: Token) -> bool:
    """'BMW is to recall all cars fitted with X', 'the toymaker recalled its ducks': a firm as subject
    and as object what it makes, a bare plural, 'all' or 'any' of them or its own; a firm's memory
    takes 'the' ('Zenith recalled the glory days of A') or 'their' (a band's: 'recalled their first gig')."""
    subj = clause_subject(verb, climb=_CLIMB, hops=2, which=True)
    if subj is None or not (_firm_name(subj) or _lemma(subj) in COMPANY_NOUNS):
        return False
    marks = [c for c in obj.children if c.dep_ in ("det", "poss")]
    return obj.pos_ == "NOUN" and (
        (obj.tag_ == "NNS" and not marks) or any(c.lower_ in _WHOLE_STOCK for c in marks))


def _firm_name(tok: Token) -> bool:
    """An organisation's name, not a person's surname the model took for one ('Pelham' after 'Ann
    Pelham' earlier: a person's memory, 'Pelham recalled long phone calls')."""
    return tok.ent_type_ == "ORG" and not any(
        e.label_ == "PERSON" and tok.text in e.text.split() for e in tok.doc.ents)


def _year(num: Token) -> bool:
    return len(num.text) == 4 and num.text.isdigit() and num.text[:2] in ("19", "20")


def _person(noun: Token) -> bool:
    """A person or people, not a document or a body ('players', 'its ambassador', 'Smith')."""
    if noun.ent_type_ in ("PERSON", "NORP"):
        return True
    return (
        noun.pos_ == "NOUN"
        and can_speak(noun)
        and _lemma(noun) not in (TEXT_NOUNS | SOURCE_NOUNS | COMPANY_NOUNS | GROUP_NOUNS)
    )


def _relayed(verb: Token) -> bool:
    """'a worm which reports its address back': what a thing that cannot speak (no person, group,
    body, entity, pronoun, document or source) does, told in a relative clause that describes it;
    a clause of its own stays ('The state reported a rate of 3%', PolNeAR train)."""
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ != "relcl" or own is None or own.tag_ != "WDT":
        return False
    subj = clause_subject(verb, climb=_CLIMB, hops=2, which=True)
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_:
        return False
    return _mute(subj)


def _writers_voice(verb: Token) -> bool:
    """The writer's own frame, no one's claim: 'Let us say that A', an imperative 'Call it A', a
    hypothetical under the writer's doubt or a negation ('I doubt many would argue that A', 'few
    would argue that B')."""
    head = verb.head
    subj = next((c for c in verb.children if c.dep_ in CLAUSE_SUBJECTS), None)
    if head.lemma_.lower() == "let" and head.dep_ == "ROOT" and subj is not None and subj.lower_ == "us":
        return True
    if (
        verb.dep_ == "ROOT"
        and verb.tag_ == "VB"
        and subj is None
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and verb.i == verb.sent.start
    ):
        return True  # 'Call it a tax, if you like'
    if not any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL for c in verb.children):
        return False
    if subj is not None and (
        subj.lower_ in _NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)
    ):
        return True  # 'few would argue that A', 'no one would say B'
    writer = next((c for c in head.children if c.dep_ == "nsubj"), None) if verb.dep_ == "ccomp" else None
    return writer is not None and writer.lower_ in _FIRST_PERSON and head.lemma_.lower() in ATTITUDE_LEMMAS


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()
