"""A 'deny' that keeps something from someone rather than rejecting a claim (issue 19): a save or a
tackle in a match, a chance withheld. Someone named or a personal pronoun as its object ('The keeper
denied Ivo Marsh twice', 'a late block denied her'), two objects, a person and a thing ('denied
his club a second goal', 'denied Ivo Marsh the chance to equalise'), a passive subject given the
thing ('She was denied a place in the final') or a person's passive with a 'by' agent and nothing
else ('The hosts were denied by the crossbar'). A clause ('denied he had left'), a claim noun
('denied the charges', 'denied them') or content in quote marks stays a denial."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import PERSON_NOUNS, SPEAKER_NOUNS

_CLAUSES = frozenset({"ccomp", "xcomp", "conj", "oprd"})
_PERSONAL = frozenset({"him", "her", "me", "us"})  # not 'them' or 'it': 'denied them' rejects claims
_SUBJECTS = frozenset({"he", "she", "we", "they", "i", "you"})  # a passive's subject who loses
_THINGS = frozenset({"EVENT", "LAW", "WORK_OF_ART"})  # 'denied Watergate': a name of no one


def deprived(cue: Token, start: int, end: int) -> bool:
    """`cue` is a 'deny' of a thing kept from someone, its content [start, end) in no quote marks."""
    if cue.lemma_.lower() != "deny" or cue.dep_ == "ccomp" or any(
            c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return False  # 'denied he had left'; 'Ana denied Ivo, her aide, said A' (a misparse)
    if not (_kept_from(cue) or _passive_loser(cue)):
        return False
    span = cue.doc.char_span(start, end, alignment_mode="expand")
    return span is None or not any(t.is_quote and t.dep_ != "case" for t in span)  # not "Ivo's"


def _kept_from(cue: Token) -> bool:
    """Two objects ('denied his side a win'), or one that is someone: a name, a personal pronoun or a
    noun of a person ('denied the same striker')."""
    objs = [c for c in cue.children if c.dep_ in ("dobj", "dative")]
    if len(objs) >= 2:
        return True
    if len(objs) != 1 or any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children):
        return False
    obj = objs[0]
    if any(t.pos_ in ("VERB", "AUX") and t.i > obj.i for t in obj.subtree) or any(
            c.dep_ == "det" and c.lower_ == "that" for c in obj.children):
        return False  # 'denied that coach X resigned': a clause the parse hung on a noun
    if obj.pos_ == "PROPN":
        return obj.ent_type_ not in _THINGS
    return obj.lower_ in _PERSONAL or (obj.pos_ == "NOUN" and obj.lemma_.lower() in SPEAKER_NOUNS)


def _passive_loser(cue: Token) -> bool:
    """A passive given a thing ('was denied a place': a claim is never denied a thing), or one whose
    subject can be a person denied by an agent with no clause after it ('were denied by the
    crossbar'); 'The claim was denied by A' has a claim as subject and stays."""
    kids = list(cue.children)
    if not any(c.dep_ == "auxpass" for c in kids):
        return False
    if any(c.dep_ == "dobj" for c in kids):
        return True
    subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    return (subj is not None and _someone(subj)
            and any(c.dep_ == "agent" for c in kids) and not any(c.dep_ in _CLAUSES for c in kids))


def _someone(subj: Token) -> bool:
    """A name, a person's pronoun or a noun of people ('The players'); not
    a report or a claim ('The reports were denied by the mayor' stays)."""
    low = subj.lemma_.lower()
    return (subj.pos_ == "PROPN" or subj.ent_type_ == "PERSON" or subj.lower_ in _SUBJECTS
            or low in PERSON_NOUNS)
