"""The body or place a person is "of", around a role apposed to the name: "Tom Hale of Norland - the
reigning champion -" (the origin between the name and its apposition, `past_origin`), "Tom Hale,
managing director, of Kelby Holdings" (the body after the apposition and a comma, `with_body`, which
joins it to the role as "managing director of Kelby Holdings"; the parse hangs the "of" on the name),
and the body's whole name a role too long to keep ends on (`up_to_body`)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.entities.appositions import MAX_WORDS, phrase_text, spaced_dash
from pipeline.tokens import entity_of

NAME_POS = frozenset({"PROPN"})  # the words of the body's or place's name
CLOSERS = frozenset({",", ".", ";", ":"})  # what ends the name of the body after "of"
BODY_PREPS = frozenset({"of", "at", "for"})  # "director of", "fellow at", "counsel for" a body
BODY_LABELS = frozenset({"ORG", "FAC", "GPE"})  # the model's names a post is held at


def past_origin(doc: Doc, end: int) -> int:
    """The end `end` of a name moved past "of" and a proper name closed by a comma or a spaced dash
    ("Tom Hale" + "of Norland" + " - the champion"), where its apposition begins; else `end`."""
    after = _name_after_of(doc, end)
    if after is None or after >= len(doc) or not (doc[after].text == "," or spaced_dash(doc, after)):
        return end
    return after


def with_body(doc: Doc, words: list[Token], found: str | None) -> str | None:
    """The role `found`, read from `words`, joined to the body a comma and "of" name after it
    (", managing director, of Kelby Holdings -" -> "managing director of Kelby Holdings"); else
    `found` as it is."""
    if not found or not words:
        return found
    comma = words[-1].i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return found
    after = _name_after_of(doc, comma + 1)
    if after is None or len(words) + after - comma > MAX_WORDS:
        return found
    if after < len(doc) and not (doc[after].text in CLOSERS or spaced_dash(doc, after)):
        return found  # "of Kelby Holdings' shares": no body's name alone
    return f"{found} {doc[comma + 1 : after].text}"


def _name_after_of(doc: Doc, k: int) -> int | None:
    """The end of the proper name after an "of" at token `k` ("of the Kelby Trust", "of Norland"),
    on one line; None when token `k` is no "of" or no proper name follows it."""
    if k + 1 >= len(doc) or doc[k].lower_ != "of" or "\n" in doc[k].whitespace_:
        return None
    j = k + 1 + (doc[k + 1].lower_ == "the")
    first = j
    while j < len(doc) and doc[j].pos_ in NAME_POS and doc[j].text[:1].isupper() and j - first < MAX_WORDS:
        j += 1
        if "\n" in doc[j - 1].whitespace_:
            break
    return j if j > first else None


def up_to_body(words: list[Token], head: Token) -> str | None:
    """A role phrase too long to keep whole, read up to its `head` ("a five-time winner for such films
    as" -> "five-time winner"), or up to the end of the body named after the head's "of/at/for" when the
    model read that name whole, however long ("associate director of the Kelby Institute for the Study
    of Rivers and Lakes")."""
    kept = [t for t in words if t.i <= head.i]
    rest = [t for t in words if t.i > head.i]
    if len(rest) > 2 and rest[0].lower_ in BODY_PREPS and rest[0].i == head.i + 1:
        starts = sorted({rest[1].i, rest[2].i if rest[1].lower_ == "the" else rest[1].i})  # "of (the) Kelby"
        doc = head.doc
        opened = [i for i in starts if doc[i].ent_iob_ == "B" and doc[i].ent_type_ in BODY_LABELS]
        ent = entity_of(doc[opened[0]]) if opened else None
        if ent is not None and ent.end - 1 == words[-1].i:  # the name read whole, to the phrase end
            return head.doc[words[0].i : ent.end].text
    return phrase_text(kept) if len(kept) <= MAX_WORDS else None
