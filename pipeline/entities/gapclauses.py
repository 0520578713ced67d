"""A noun before a title that is the object of the clause the person's name opens, not a word of the
title ("the impact coach Tom Hale has had", "the difference boss Ann Lee made"): the clause has no
object of its own, so the noun before the role is what its light verb has or makes."""

from __future__ import annotations

from spacy.tokens import Doc

LIGHT_VERBS = frozenset({"have", "make", "do", "bring", "give", "take"})  # "the impact X has had"
OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "dative", "oprd", "acomp"})
OPENERS = frozenset({"the", "this", "that", "what", "whatever"})


def past_gap_object(doc: Doc, i: int, start: int) -> int:
    """Token index `i`, where the title before the name at `start` starts, moved past a lower-case
    noun after "the" that the light verb after the name takes as its missing object."""
    if start - i < 2 or i == 0 or doc[i - 1].lower_ not in OPENERS:
        return i
    tok = doc[i]
    if not (tok.is_lower and tok.is_alpha and tok.pos_ == "NOUN"):
        return i
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    while end < len(doc) and doc[end].pos_ == "AUX" and doc[end].lemma_ != "have" or \
            end + 1 < len(doc) and doc[end].lemma_ == "have" and doc[end + 1].tag_ == "VBN":
        end += 1  # "has" of "has had", "will" of "will make"
    if end == start or end >= len(doc) or end - start > 6:
        return i
    verb = doc[end]
    if verb.lemma_.lower() not in LIGHT_VERBS or verb.pos_ not in {"VERB", "AUX"}:
        return i
    return i if any(t.dep_ in OBJECT_DEPS for t in verb.children) else i + 1
