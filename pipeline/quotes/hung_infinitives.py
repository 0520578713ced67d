"""An infinitive the parse hung away from the addressee it goes with: 'calling on the chief judge,
Lord Smith, to abandon A' -- after a name in apposition the parse hangs 'to abandon A' on the main
verb, and the content would stop at the addressee; the infinitive goes on with it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

_APPOSED = 6  # the most tokens of a name in apposition between the addressee and 'to'
_NAME_TAGS = {"PROPN", "DET", "ADJ", "NOUN", "PUNCT"}
_ADDRESSING = {"on", "upon", "to"}  # 'called on X to A', 'appealed to X to A'; not 'campaigned on X'


def hung_infinitive(doc: Doc, first: Token, hi: int) -> int:
    """The end of a prepositional content ending at token `hi` ('calling on X'), taken on past an
    optional ', Name,' to the end of the infinitive right after it when the parse hung that
    infinitive outside the cue's phrase; else `hi`."""
    if first.dep_ != "prep" or first.lower_ not in _ADDRESSING:
        return hi
    i = hi + 1
    if i < len(doc) and doc[i].text == ",":
        j = next((k for k in range(i + 1, min(len(doc), i + 2 + _APPOSED)) if doc[k].text == ","), None)
        if j is None or j == i + 1 or any(t.pos_ not in _NAME_TAGS for t in doc[i + 1:j]):
            return hi
        i = j + 1
    if i + 1 >= len(doc) or doc[i].lower_ != "to" or doc[i].dep_ != "aux":
        return hi
    verb = doc[i].head
    cue = first.head
    if verb.i <= i or verb.pos_ != "VERB" or verb.left_edge.i != i or cue.is_ancestor(verb):
        return hi
    return verb.right_edge.i
