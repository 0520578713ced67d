"""A relative clause whose object is the relative word: 'two firms, which critics accused of fraud'
says the critics accused the firms. The parse may take 'which' for a determiner of the subject and
the verb for a reduced relative of it ('which critics [who were] accused'); the subject is the one
who speaks, never the antecedent before the comma.
"""

from __future__ import annotations

from spacy.tokens import Token

_RELATIVES = {"which", "whom"}


def relative_object_speaker(cue: Token) -> Token | None:
    """The noun a misparsed relative 'which' determines, when the cue hangs on that noun as its
    reduced relative after a comma (', which critics accused of A'): the cue's real subject."""
    noun = cue.head
    if cue.dep_ != "acl" or cue.tag_ not in ("VBD", "VBN") or noun.pos_ not in ("NOUN", "PROPN") \
            or noun.i > cue.i:
        return None
    rel = next((c for c in noun.children if c.dep_ == "det" and c.lower_ in _RELATIVES), None)
    if rel is None or rel.i == 0 or noun.doc[rel.i - 1].text != ",":
        return None
    return noun
