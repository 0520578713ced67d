"""A cue verb after a subject set off by an aside that the parse read as an adjective of the next
clause's subject ('On Friday the jockeys, whose horses fell, complained officials hid the results':
'complained officials', the clause's verb left with two subjects). `relink_asided_cues` hangs the
clause and the first subject on the cue again, before any cue is read."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.quotes.cues import ATTITUDE_LEMMAS, COMPLEMENT_LEMMAS, SPEECH_LEMMAS

_SAYING = SPEECH_LEMMAS | COMPLEMENT_LEMMAS | ATTITUDE_LEMMAS


def relink_asided_cues(doc: Doc, candidates: list[int]) -> None:
    """Make each past cue verb at `candidates` (indices of the Doc's 'amod' words) that the parse
    hung as an adjective on the subject of the clause after it the head of that clause and of the
    clause verb's other subject, which ends on a comma right before the cue."""
    for i in candidates:
        cue = doc[i]
        if cue.tag_ != "VBD" or cue.lemma_.lower() not in _SAYING or not cue.is_lower:
            continue
        noun = cue.head
        if noun.dep_ == "appos" and noun.head.dep_ == "nsubj" and noun.head.i < i:
            _appositive_subject(cue, noun)  # 'the actors, who …, claimed staff took': not 'actors, staff'
            continue
        verb = noun.head
        if noun.i <= i or noun.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or verb.i <= noun.i:
            continue
        first = _first_subject(cue, verb)
        if first is not None:
            _relink(cue, verb, first)


def _appositive_subject(cue: Token, noun: Token) -> None:
    """The cue's noun the parse set in apposition to the subject before the cue is the subject of the
    verb after it: relinked so, when the first subject ends on a comma right before the cue."""
    first, verb = noun.head, noun.head.head
    if not _after_comma(cue) or verb.pos_ not in ("VERB", "AUX") or verb.i <= noun.i or any(
            c.right_edge.i >= cue.i for c in first.children if c.i != noun.i):
        return
    noun.head, noun.dep_ = verb, "nsubj"
    _relink(cue, verb, first)


def _first_subject(cue: Token, verb: Token) -> Token | None:
    """The subject hung on the cue or on the verb as its second, ending on a comma right before the
    cue ('the jockeys, whose …,')."""
    if not _after_comma(cue):
        return None
    return next((c for c in (*cue.children, *verb.children)
                 if c.dep_ == "nsubj" and c.i < cue.i and c.right_edge.i == cue.i - 1), None)


def _after_comma(cue: Token) -> bool:
    """A comma right before the cue, which is not the Doc's first word."""
    return cue.i > 0 and cue.doc[cue.i - 1].text == ","


def _relink(cue: Token, verb: Token, subject: Token) -> None:
    """The cue takes the verb's place in the sentence, the verb's clause as its content and the first
    subject (and the verb's words before the cue) as its own."""
    dep = verb.dep_
    cue.head = cue if dep == "ROOT" else verb.head
    cue.dep_, cue.pos_ = dep, "VERB"
    before = [c for c in verb.children if c.i < cue.i]  # the subject, and 'In May,' before it
    verb.head, verb.dep_ = cue, "ccomp"
    for c in before:
        c.head = cue
    subject.head = cue
