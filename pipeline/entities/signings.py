"""A player's role as a club's signing, written after the name and a comma ("X, a £12m signing
from Norvik last season, who"; "X, a summer recruit,"): the parser reads "signing" as a verb, so the
phrase is read from its words, up to the next comma or full stop."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.entities.appositions import ARTICLES, MAX_WORDS, STOPS

HEADS = frozenset({"signing", "recruit", "loanee"})
MAX_BEFORE = 5  # words between the article and the head ("£", "12", "m", "club", "-", "record")
BODY_POS = frozenset({"ADP", "PROPN", "NOUN", "ADJ", "NUM", "DET"})  # "from Norvik last season"


def signing(doc: Doc, end: int) -> str | None:
    """The phrase "<article> [modifiers] signing [from <club> ...]" after the name ending at `end`
    and a comma, without its article; the head alone when the body runs past a comma or full stop."""
    k = end + 1
    if k + 1 >= len(doc) or doc[end].text != "," or doc[k].lower_ not in ARTICLES:
        return None
    i = k + 1
    while i < len(doc) and i - k <= MAX_BEFORE and doc[i].lower_ not in HEADS:
        if doc[i].text in STOPS or doc[i].is_space:
            return None
        i += 1
    if i >= len(doc) or doc[i].lower_ not in HEADS:
        return None
    j = i + 1
    while j < len(doc) and j - k <= MAX_WORDS and doc[j].pos_ in BODY_POS and doc[j].text not in STOPS:
        j += 1
    if j >= len(doc) or doc[j].text not in {",", "."}:
        j = i + 1
    return doc[k + 1 : j].text
