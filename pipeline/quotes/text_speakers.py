"""The speaker an 'it' after a text's words stands for: 'X's statement said: "A." It added: "B."' gives B
to what the statement's own speaker phrase resolved to (X, its possessor, whatever X's label), not to
a name mentioned before the statement (a newspaper the statement answers)."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import TEXT_NOUNS
from pipeline.quotes.mentions import Mention


def text_speaker(spoke: dict[int, Mention], tok: Token) -> Mention | None:
    """What the speaker phrase of a singular text subject (`tok`: 'the statement', "X's letter")
    resolved to, by its own head or its possessor's (`spoke`: speaker head token -> mention)."""
    if tok.tag_ != "NN" or tok.lemma_.lower() not in TEXT_NOUNS:
        return None
    return next((spoke[t.i] for t in (tok, *tok.children) if t.i in spoke and (t is tok or t.dep_ == "poss")),
                None)
