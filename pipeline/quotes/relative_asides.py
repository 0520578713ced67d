"""The speaker before a relative clause set off by commas right before the cue ('X, who chairs the
committee, said'; 'X, which runs the mills, says'): the noun the clause hangs on, never a noun
inside the clause, whatever the parse made of the clause."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.marks import Spans
from pipeline.quotes.speaker_phrases import speaker_head

_WH = {"who", "which"}
_STOPS = {",", ";", ":", "(", ")"}


def before_relative(cue: Token, quotes: Spans, reach: int = 20) -> Token | None:
    """The head noun before ', who/which …,' that ends right before `cue`, if it may speak."""
    doc = cue.doc
    if cue.i < 4 or doc[cue.i - 1].text != ",":
        return None
    for j in range(cue.i - 2, max(cue.sent.start, cue.i - reach) + 1, -1):
        tok = doc[j]
        if tok.text in _STOPS or tok.is_quote or "\n" in tok.text_with_ws:
            return None
        if tok.lower_ in _WH and tok.tag_ in ("WP", "WDT") and doc[j - 1].text == ",":
            name = doc[j - 2]
            ok = name.pos_ in ("PROPN", "NOUN") and speaker_head(name, quotes)
            return name if ok else None
    return None
