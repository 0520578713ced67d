"""A second verb of saying after 'but' or 'and' that the parse read as an adjective of the next
clause's subject ('The mayor welcomed the plan but warned costs would rise': 'warned costs', the
clause 'costs would rise' left a conjunct of 'welcomed'). `relink_conjoined_cues` hangs the clause on
the cue again, the cue a conjunct of the verb before the coordinator, before any cue is read; then
it reports a claim of its own ('costs would rise'), the first verb's subject its speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.quotes.cues import ATTITUDE_LEMMAS, COMPLEMENT_LEMMAS, FINITE_VERBS, SPEECH_LEMMAS

_SAYING = SPEECH_LEMMAS | COMPLEMENT_LEMMAS | ATTITUDE_LEMMAS
_SUBJECTS = ("nsubj", "nsubjpass")
_CONTRAST = {"but", "yet"}  # a participle after them is no adjective of a new subject ('but warned costs')


def relink_conjoined_cues(doc: Doc, candidates: list[int]) -> None:
    """Make each cue word at `candidates` (indices of the Doc's past 'amod' words) right after a
    coordinator, hung as an adjective on the subject of a finite clause that is a conjunct of the
    verb before the coordinator, that verb's conjunct and the clause's head."""
    for i in candidates:
        cue = doc[i]
        if i < 2 or cue.dep_ != "amod" or cue.lemma_.lower() not in _SAYING or not cue.is_lower:
            continue
        cc, noun = doc[i - 1], cue.head
        if cc.dep_ != "cc" or (cue.tag_ != "VBD" and cc.lower_ not in _CONTRAST):
            continue  # 'and reported crimes fell': an adjective as likely
        verb = noun.head
        if noun.i <= i or noun.left_edge.i != i or noun.dep_ not in _SUBJECTS or not _finite(verb):
            continue
        first = cc.head
        if verb.dep_ != "conj" or verb.head.i != first.i or first.i >= i or first.pos_ not in ("VERB", "AUX"):
            continue
        _relink(cue, first, verb)


def _finite(verb: Token) -> bool:
    """A verb in a finite form, its own or its first auxiliary's ('would rise', 'had helped')."""
    return verb.i > 0 and (verb.tag_ in FINITE_VERBS or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ in FINITE_VERBS or c.tag_ == "MD") for c in verb.children))


def _relink(cue: Token, first: Token, verb: Token) -> None:
    """The cue becomes the first verb's conjunct, a past verb, and the clause its complement."""
    cue.head, cue.dep_, cue.pos_, cue.tag_ = first, "conj", "VERB", "VBD"
    verb.head, verb.dep_ = cue, "ccomp"
