"""A cue verb closing its clause right after a person's age as a noun ('"…," the 67-year-old wrote.'),
which the tagger read as a noun the age describes ('wrote' a noun, its lemma the word itself) or the
parse as a verb with the age as its adjective ('the 31-year-old added'): tagged a past verb again,
with its lemma, and the age its subject, before any cue is read."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline import entities
from pipeline.quotes.cues import SENT_END, SPEECH_LEMMAS

_NOUN_TAGS = {"NN", "NNS"}
_CLOSERS = SENT_END | {","}  # '… the 67-year-old wrote.', '… the 67-year-old wrote, adding …'


def mend_aged_cues(doc: Doc, olds: list[int]) -> None:
    """At each 'old' of `olds` (its lemma; an 'amod' of the next word) ending an age ('23-year-old')
    whose next word is a past form of a verb of saying that the tagger took for a noun and that
    closes its clause: the word is the verb, the age its subject (with its determiner)."""
    for i in olds:
        old = doc[i]
        cue = doc[i + 1] if i + 1 < len(doc) else None
        if cue is None or old.head.i != cue.i or i < 2 or doc[i - 1].text != "-":
            continue
        if cue.tag_ not in _NOUN_TAGS | {"VBD"} or not cue.is_lower or cue.i + 1 >= len(doc) or (
                doc[cue.i + 1].text not in _CLOSERS):
            continue
        lemma = cue.lemma_ if cue.tag_ == "VBD" else _saying_lemma(cue)  # 'the 31-year-old added': a verb
        if lemma in SPEECH_LEMMAS:
            _mend(old, cue, lemma)


def _saying_lemma(word: Token) -> str | None:
    """The lemma of a verb of saying whose past form `word` is ('wrote' -> 'write', 'added' -> 'add')."""
    low = word.lower_
    forms = entities.verb_lemmas(low) + ((low[:-2], low[:-1]) if low.endswith("ed") else ())
    return next((f for f in forms if f in SPEECH_LEMMAS), None)


def _mend(old: Token, cue: Token, lemma: str) -> None:
    """The cue a past verb with its lemma, the age its subject, the determiners before the age too."""
    cue.tag_, cue.pos_, cue.lemma_ = "VBD", "VERB", lemma
    for c in [c for c in cue.children if c.dep_ == "det" and c.i < old.i]:
        c.head = old  # 'the' of 'the 23-year-old'
    old.dep_ = "nsubj"
