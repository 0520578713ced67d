"""A body the model missed, named by its head noun and its field after "for", "of" or "on" ("the
Commission for Rural Housing", "the Institute of Marine Studies", "the Office of Trade and
Budget"): often inside a person's role ("chair of the Commission for Rural Housing"). Read at a lone
head word after "the" (or "a" before a lower-case noun: "a Department for X and Y spokesman") that
the scan of body heads (`candidates.org_head_cands`) finds."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.entities.lexicon import known_place, norm

FIELD_PREPS = frozenset({"for", "of", "on"})
INNER = frozenset({"and", "of", "for", "on", "the", "&"})  # "Office of Trade and Budget"
MAX_FIELD = 6
ARTICLES = frozenset({"a", "an"})  # "a Department for X and Y spokeswoman"


def opened_field(doc: Doc, head: int) -> int | None:
    """`field_end` of a head after "the", or after "a"/"an" when a lower-case noun follows the field
    (the name modifies it: "a Department for Trade and Farming spokeswoman")."""
    before = doc[head - 1].lower_
    if before != "the" and before not in ARTICLES:
        return None
    end = field_end(doc, head)
    if end is None or before == "the":
        return end
    after = doc[end] if end < len(doc) else None
    return end if after is not None and after.is_lower and after.pos_ == "NOUN" else None


def field_end(doc: Doc, head: int) -> int | None:
    """The end of "the Head for Field Words" whose head is at `head` ("the" just before it), the field
    a run of capitalised words (small joining words inside) on the head's line; None when no field,
    a lone place ("the Bank of Kelby" is the model's to find) or a run too long follows."""
    k = head + 1
    if k + 1 >= len(doc) or doc[k].lower_ not in FIELD_PREPS or "\n" in doc[head].whitespace_:
        return None
    end = k + 1
    while end < len(doc) and end - k <= MAX_FIELD and "\n" not in doc[end - 1].whitespace_:
        tok = doc[end]
        if not (tok.is_title and tok.is_alpha or tok.lower_ in INNER and end > k + 1):
            break
        end += 1
    while end > k + 1 and not doc[end - 1].is_title:  # "... Equality and": no joining word last
        end -= 1
    field = doc[k + 1 : end]
    if not len(field) or end - k > MAX_FIELD or (end < len(doc) and doc[end].is_title):
        return None
    if field[0].lower_ == "the" or len(field) == 1 and known_place(norm(field.text)):
        return None
    return end
