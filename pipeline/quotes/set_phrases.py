"""Cue verbs frozen in a set phrase, which reports no one's words (checked on PolNeAR train, where
gold leaves them out): 'not to mention' and 'to say nothing of' adding one more thing to a list
('A and B, not to mention C'), 'that is not to say' (the writer's hedge), 'needless to say', 'so
to speak', 'to say the least', 'too close to call' (an undecided race), 'truth be told', 'it has to
be said' (the writer's own remark), and a passive 'deny' that keeps its object ('was denied a visa':
a thing withheld, no denial reported; 'was denied by X' and 'denied the claims' stay).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_LISTING = frozenset({"mention", "say"})  # 'not to mention C', 'that is not to say A'
_FILLERS = frozenset({"needless", "suffice", "so", "sad", "strange", "truth"})  # '<word> to say'
_HEDGE_SUBJECTS = frozenset({"that", "this", "which", "it"})  # 'that is not to say A'
_OBLIGING = frozenset({"must", "should", "to"})  # 'it must be said', 'it has to be said'
_SAYING = frozenset({"say", "speak", "mention"})


def set_phrase(verb: Token) -> bool:
    """`verb` is frozen in a set phrase that attributes nothing, or is a 'deny' of a thing withheld."""
    lemma = verb.lemma_.lower()
    if lemma == "deny":
        return _withheld(verb)
    doc, i = verb.doc, verb.i
    if i < 2 or (lemma not in _SAYING and lemma not in ("call", "tell")):
        return False
    before, before2 = doc[i - 1].lower_, doc[i - 2].lower_
    if before == "be":  # 'truth be told', 'it has to be said'
        return (lemma == "tell" and before2 == "truth") or (lemma == "say" and _obliged(verb))
    if before != "to" or lemma not in _SAYING | {"call"}:
        return False
    if lemma == "call":  # 'too close to call'
        return before2 == "close" and i >= 3 and doc[i - 3].lower_ == "too"
    if before2 == "not" and lemma in _LISTING:
        return _opens(doc, i - 3) or _hedge(doc, i - 3)
    if before2 in _FILLERS or (before2 == "it" and doc[i - 3].lower_ == "suffice"):
        return True
    return lemma == "say" and (_least(verb) or (_opens(doc, i - 2) and _nothing_of(verb)))


def _opens(doc: Doc, j: int) -> bool:
    """Token `j` is before the sentence or a punctuation mark or 'and' that opens the phrase."""
    return j < 0 or doc[j + 1].is_sent_start or doc[j].is_punct or doc[j].lower_ in ("and", "or")


def _hedge(doc: Doc, j: int) -> bool:
    """'that is not to say', 'this is not to say': the copula at `j` after a pronoun."""
    return j >= 1 and doc[j].lemma_ == "be" and doc[j - 1].lower_ in _HEDGE_SUBJECTS


def _least(verb: Token) -> bool:
    """'to say the least'."""
    doc, i = verb.doc, verb.i
    return i + 2 < len(doc) and doc[i + 1].lower_ == "the" and doc[i + 2].lower_ == "least"


def _nothing_of(verb: Token) -> bool:
    """'to say nothing of C' opening its phrase."""
    doc, i = verb.doc, verb.i
    return i + 2 < len(doc) and doc[i + 1].lower_ == "nothing" and doc[i + 2].lower_ == "of"


def _obliged(verb: Token) -> bool:
    """'it has to be said (that) A', 'it should be said': a passive with an 'it' subject under a
    modal of obligation, the writer's own remark ('it is said that A', hearsay, stays)."""
    doc, i = verb.doc, verb.i
    if i < 3 or verb.tag_ != "VBN" or doc[i - 2].lower_ not in _OBLIGING:
        return False
    it = doc[i - 3] if doc[i - 2].lower_ != "to" else doc[i - 4] if i >= 4 else None
    return it is not None and it.lower_ == "it"


def _withheld(verb: Token) -> bool:
    """A passive 'deny' with an object left ('was denied a visa', 'were denied access'): someone
    refused a thing, not a claim denied."""
    kids = list(verb.children)
    return (any(c.dep_ in ("auxpass", "nsubjpass") for c in kids)
            and any(c.dep_ == "dobj" and c.i > verb.i for c in kids))
