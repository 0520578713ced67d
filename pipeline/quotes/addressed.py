"""The person a verb of telling addresses is no subject of the gerund of saying after it: in 'X
e-mailed Mr Y pointing out A, but suggesting B' and 'X texted her coach saying C' the parse may make
Y (the coach) the gerund's subject, while X, the one who e-mailed, points out and suggests."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import ADDRESSEE_LEMMAS

_CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "dep"}


def addressing_verb(cue: Token) -> Token | None:
    """The verb of telling whose addressee the parse took for the subject of the gerund cue (or of
    the first gerund it is conjoined to), else None."""
    gerund = cue
    while gerund.dep_ == "conj" and gerund.head.tag_ == "VBG" and gerund.head.i < gerund.i:
        gerund = gerund.head
    verb = gerund.head
    if gerund.tag_ != "VBG" or gerund.dep_ not in _CLAUSE_DEPS or verb.i > gerund.i or verb.pos_ != "VERB":
        return None
    addressed = next((c for c in gerund.children if c.dep_ == "nsubj"), None) or next(
        (c for c in verb.children if c.dep_ == "dobj" and gerund.dep_ == "xcomp"), None)  # the parse's
    if addressed is None or addressed.pos_ not in ("PROPN", "PRON") or addressed.left_edge.i != verb.i + 1 \
            or addressed.i + 1 != gerund.i or not any(c.dep_ == "nsubj" for c in verb.children):
        return None  # 'X e-mailed Y pointing out A', Y read as the gerund's subject or its controller
    return verb if _verb_word(verb) in ADDRESSEE_LEMMAS else None


def _verb_word(verb: Token) -> str:
    """The verb's lemma, with the pieces the tokenizer split off at a hyphen before it ('e-mailed'
    as 'e', '-', 'mailed': 'email')."""
    doc, first = verb.doc, verb.i
    while first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ \
            and not doc[first - 2].whitespace_:
        first -= 2
    return "".join(t.text.lower() for t in doc[first:verb.i] if t.text != "-") + verb.lemma_.lower()
