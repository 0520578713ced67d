"""A body's long name before a bracketed short form that does not spell it in English, the short form
of the name in its own language ("the National Council for the Care of Persons with Visual Loss
(CONAPEVI)", "the Committee on Trade in the Western Isles (Cotwi)"): the whole name is the body's,
from its first capitalised word to the bracket, its small words included."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.entities.lexicon import ORG_HEADS, known_place, norm

RUN_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "with", "by", "&"})
"""Small words inside a body's long name ("Office for Rural Roads Kept by the Province")."""
HEAD_PREPS = RUN_WORDS - {"and", "&"}  # "Harbour and Dock Board": the head is after "and"
LONGEST = 12  # tokens of a long name


def translated_start(doc: Doc, a: int, acro: str) -> int | None:
    """Start of the body's name that ends at the bracket a (None if none): the first capitalised
    word of the run of capitalised and small words before it (back to a lower-case word, a line's or
    a sentence's start or a person) from which the name has two words or more, a body's
    head and a capitalised word opening with the short form's first letter; the short form is no
    known place."""
    if known_place(norm(acro)):
        return None
    first = next((c.lower() for c in acro if c.isalpha()), "")
    for s in range(_run_start(doc, a), a - 1):
        if doc[s].lower_ in RUN_WORDS or not doc[s].text[:1].isupper():
            continue  # "of the National Council": the name opens on a capital
        opened = any(t.text[:1].isupper() and t.text[0].lower() == first for t in doc[s:a])
        if opened and _headed(doc, s, a):
            return s
    return None


def _run_start(doc: Doc, a: int) -> int:
    """First token of the run of capitalised and small words (and glued hyphened parts) before a."""
    s = a
    while s > 0 and a - s < LONGEST:
        prev = doc[s - 1]
        if "\n" in prev.whitespace_ + prev.text or prev.ent_type_ == "PERSON":  # "Trade  Board": in
            break
        glued = s > 1 and not doc[s - 2].whitespace_  # "Socio-economic": "-" and "economic"
        capital = prev.text[:1].isupper()  # a title's too: the head test skips "Minister of"
        dash = prev.text == "-" and not prev.whitespace_
        hyphened = glued and (dash or (prev.is_lower and doc[s - 2].text == "-"))
        if not (capital or prev.lower_ in RUN_WORDS or hyphened or prev.is_space):
            break
        s -= 1
        if prev.is_sent_start:
            break
    return s


def _headed(doc: Doc, s: int, e: int) -> bool:
    """The name's head (the word before its first preposition, else its last word) is a body's
    ("Council for the ...", "... Assessment Board"; not "Staff of the X Authority")."""
    k = next((i for i in range(s + 1, e) if doc[i].lower_ in HEAD_PREPS), e)
    return doc[k - 1].text in ORG_HEADS
