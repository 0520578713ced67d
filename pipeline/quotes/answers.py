"""Short answers: what a speech verb says when its content is a word that stands for a clause
('said yes', 'said no', 'said so', 'said the same', 'said otherwise'): that word is the content.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import SPEECH_LEMMAS

_PROFORMS = {"so", "same", "otherwise"}  # words that stand for a clause said before ('said so')
_ANSWERS = {"yes", "no", "yeah", "yep", "nope", "aye", "nay", "ok", "okay"}  # not 'say farewell', 'say hello'


def answer(verb: Token) -> Token | None:
    """The answer word right after a speech verb ('said yes', 'said the same'), or None."""
    if verb.lemma_.lower() not in SPEECH_LEMMAS or verb.i + 1 >= len(verb.doc):
        return None
    for c in verb.rights:
        if c.is_punct:
            continue
        word = c.lower_
        if (word in _ANSWERS or word in _PROFORMS) and c.left_edge.i <= verb.i + 2:
            return c
        return None
    return None
