"""A full stop the tokenizer split off a short form inside a sentence ('in Orland, Ore., after B',
'Rep. X, R-Ky., a pilot'): glued to a short capitalised word and followed by a comma, a closing
bracket or a lower-case word, it ends the short form, not the sentence."""

from __future__ import annotations

from spacy.tokens import Doc

_AFTER = {",", ";", ")", "]"}


def abbreviation_stop(doc: Doc, i: int) -> bool:
    """Whether token `i` is a '.' glued to a short capitalised word ('Vt', 'Jr') and followed by ',',
    ';', a closing bracket or a lower-case word: the stop of a short form, not a sentence end."""
    if not 0 < i < len(doc) - 1 or doc[i].text != "." or doc[i - 1].whitespace_:
        return False
    word, nxt = doc[i - 1].text.rsplit("-", 1)[-1], doc[i + 1]
    if not (word.isalpha() and len(word) <= 4 and word[0].isupper()):
        return False
    return nxt.text in _AFTER or (nxt.is_lower and nxt.is_alpha)
