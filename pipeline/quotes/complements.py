"""Complements of cue verbs the parse misreads: a preposition the verb takes, parsed as the mark of
a clause ('calling for X to resign'); a phrase of time that is no complement ('reported by X on
Tuesday'); a 'deny' with two objects, which withholds and refutes nothing ('denied X the chance');
the stranded preposition of a passive ('is referred to as X').
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import COMPLEMENT_PREPS


def deprived(verb: Token) -> bool:
    """'denied X the chance': a 'deny' with two objects withholds something, it refutes nothing."""
    return verb.lemma_ == "deny" and sum(c.dep_ in ("dobj", "dative") for c in verb.rights) > 1


def dated(prep: Token) -> bool:
    """A phrase of time the parse hung on the verb ('reported by X on Tuesday'): no complement."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def prep_clause(clause: Token, lemma: str) -> Token | None:
    """The preposition of a complement the parse took for the mark of a clause ('called for X to
    resign': 'for' marks 'resign'), when it is one the verb takes ('call for', 'push for')."""
    if clause.dep_ != "advcl":
        return None
    preps = COMPLEMENT_PREPS.get(lemma, ())
    return next((m for m in clause.children if m.dep_ == "mark" and m.lower_ in preps
                 and m.i == clause.left_edge.i), None)


def stranded(verb: Token, prep: Token) -> bool:
    """The preposition of a passive cue with no object and no agent ('what is referred to as X', 'it
    was talked about'): a name given or a thing mentioned by no one, no content."""
    return (prep.dep_ == "prep" and not any(True for _ in prep.children)
            and any(c.dep_ == "auxpass" for c in verb.children)
            and not any(c.dep_ == "agent" for c in verb.children))
