"""Awards named in the plural after "annual": "the fifth annual Bloggies" is the awards event (EVENT).

A plural name right after "annual" names a yearly event of prizes; a plural used as a modifier ("the
annual Directions survey") is left alone, as is any name not in the plural ("annual MacWorld").
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.entities import tokens as TK

PLURAL_ABLE = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "NORP"})


def annual_plural(doc: Doc, s: int, e: int) -> bool:
    """True when doc[s:e] follows "annual" and ends in a plural word that heads its phrase."""
    toks = TK.toks(doc)
    if s < 1 or toks[s - 1].lower_ != "annual":
        return False
    last = toks[e - 1].text
    if len(last) < 4 or not last.endswith("s") or last.endswith(("ss", "us", "is")) or not last[0].isupper():
        return False
    return e >= len(doc) or toks[e].pos_ not in {"NOUN", "PROPN"}
