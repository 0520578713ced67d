"""A claim said not to exist (issue 19): 'There is no suggestion that A', 'There has been no claim
that B', 'There was never any allegation that C', "There's no denying D". The writer denies that
anyone says it; no one's claim is reported. PolNeAR train gold leaves these out; a holder's own
denial stays ('The report makes no suggestion that A', 'X said there was no evidence that A': X's
clause, cued by 'said').
"""

from __future__ import annotations

from spacy.tokens import Token

_NONE = frozenset({"no"})  # 'no suggestion'
_ANY = frozenset({"any"})  # 'never any claim', 'not any sign': with a negation on the verb
_NEGATIONS = frozenset({"neg"})


def denied_existence(cue: Token) -> bool:
    """`cue`, a noun or a gerund, is what an existential 'there is' says is not there: its determiner
    is 'no', or 'any' with a negated verb, and the verb it hangs on (or the gerund itself, under "'s")
    has 'there' as its subject."""
    dets = [c for c in cue.children if c.dep_ == "det"]
    verb = cue.head if cue.dep_ in ("attr", "nsubj") else cue
    if not any(d.lower_ in _NONE for d in dets) and not (
            any(d.lower_ in _ANY for d in dets) and any(c.dep_ in _NEGATIONS for c in verb.children)):
        return False
    heads = [verb] + [c for c in verb.children if c.dep_ == "aux"]  # "There's no denying": on the 's
    return any(c.dep_ == "expl" and c.lower_ == "there" for h in heads for c in h.children)
