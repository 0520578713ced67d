"""An order inside someone's report: a participle of telling with an addressee and an infinitive
('…, telling him to "sell"', '…, urging staff to stay') set off after a reported clause that has a
person of its own as subject ('Jo said Kay had rung her, ordering her to "sell"'). The order is an
act of the clause's subject (Kay), not more of the reporter's words (Jo's); the addressee and the
infinitive's 'to' are the frame of the order, not its content."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import ADDRESSEE_LEMMAS, is_speech_cue
from pipeline.quotes.frames import set_off_participle
from pipeline.quotes.stances import person_like

_SUBJECTS = {"nsubj"}


def ordered_addressee(cue: Token) -> Token | None:
    """The addressee of a participle of telling followed by its infinitive ('telling him to', 'ordering
    the staff to'), else None."""
    if cue.lemma_.lower() not in ADDRESSEE_LEMMAS:
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    verb = next((c for c in cue.children if c.dep_ == "xcomp" and obj is not None and c.i > obj.i), None)
    if verb is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return obj


def order_in_report(cue: Token, clause: Token) -> bool:
    """The participle `cue` of telling, hung on the reported `clause`, is the order of that clause's
    own person subject ('Y said X had rung him, telling him to …': X's)."""
    if cue.tag_ != "VBG" or ordered_addressee(cue) is None:
        return False
    subj = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    return subj is not None and subj.i < cue.i and subj.pos_ in ("PROPN", "PRON", "NOUN") and (
        person_like(subj))


def reported_clause(cue: Token) -> Token | None:
    """The reported clause a participle set off by a comma hangs on ('Y said X rang him, telling him
    to …': 'rang'), when that clause is the content of a speech verb before it; else None."""
    if set_off_participle(cue) is None:
        return None
    clause = cue.head
    while clause.dep_ in ("conj", "xcomp") and clause.head.i < clause.i:
        clause = clause.head
    return clause if clause.dep_ == "ccomp" and clause.head.i < clause.i and (
        is_speech_cue(clause.head)) else None


def quoted_order(cue: Token) -> int | None:
    """The token where the words of an order inside a report given in quote marks begin, after its
    addressee and the infinitive's 'to' ('Y said X rang him, telling him to "sell"': the opening
    mark); None for any other frame (a teller's own 'urged voters to "A"' keeps the addressee)."""
    obj = ordered_addressee(cue)
    clause = None if obj is None else reported_clause(cue)
    if obj is None or clause is None or not order_in_report(cue, clause):
        return None
    verb = next(c for c in cue.children if c.dep_ == "xcomp" and c.i > obj.i)
    to = next(c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to")
    doc = cue.doc
    return to.i + 1 if to.i + 1 < verb.i and doc[to.i + 1].is_quote and doc[to.i + 1].i < verb.i else None
