"""Speakers named elsewhere than the cue's subject: a claim noun's own holder (when the content a
cue reports is the 'that' clause of a claim noun with a possessor: 'X pointed to the IFS's
predictions that A', 'X cited his rival's claim that A', A is the possessor's claim, not the citing
subject's) and a name set off after 'according to' and a description (apposed.py)."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from pipeline.quotes.apposed import apposed_name
from pipeline.quotes.cues import CLAIM_NOUNS, FINDING_NOUNS
from pipeline.quotes.mentions import Mention

if TYPE_CHECKING:
    from pipeline.quotes.speakers import Resolver

_CLAIM_NOUNS = CLAIM_NOUNS | FINDING_NOUNS
_POSSESSIVE = re.compile(r"(?:['\u2019]s?)?$")


def owned_speaker(res: Resolver, cue: Token, content: tuple[int, int]) -> dict | None:
    """The speaker dict of a claim noun's possessor or of a set-off name after 'according to'
    (within the name's own words), else None."""
    owner = claim_holder(res.doc, res.t_starts, cue, content)
    if owner is not None:
        return whole_name(res.named(owner), res._mention_at(owner), res.text)
    bounds = apposed_name(cue)
    if bounds is None:
        return None
    name = res.doc[bounds[0]:bounds[1] + 1]
    head = next((t for t in reversed(name) if t.head.i == t.i or t.head not in name), name[-1])
    speaker = res.named(head)
    start, end = max(speaker["start"], name.start_char), min(speaker["end"], name.end_char)
    inside = [m for t in name if (m := res._mention_at(t)) and start <= m.start and m.end <= end]
    if (start, end) != (speaker["start"], speaker["end"]) or (  # the parse ran the name into the cue
            inside and speaker["entity"] not in {m.entity for m in inside}):  # resolved from afar
        speaker = {**speaker, "name": inside[-1].name if inside else res.text[start:end],
                   "entity": inside[-1].entity if inside else None}
    return {**speaker, "start": start, "end": end, "text": res.text[start:end]}


def claim_holder(doc: Doc, starts: list[int], cue: Token, content: tuple[int, int]) -> Token | None:
    """The possessor of the claim noun right before the content's 'that' (`starts`: the tokens'
    character offsets), when the noun comes after the cue and is not the cue itself; not a
    pronoun ('repeated his claim that' is mostly the subject's own)."""
    i = bisect_left(starts, content[0])
    if i >= len(doc) or content[1] <= content[0]:
        return None
    if doc[i].lower_ != "that":
        i -= 1
        if i < 0 or doc[i].lower_ != "that":
            return None
    noun = doc[i - 1] if i > 0 else None
    if noun is None or noun.i <= cue.i or noun.lemma_.lower() not in _CLAIM_NOUNS or noun.pos_ != "NOUN":
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.i > cue.i and c.tag_ != "PRP$"), None)


def whole_name(speaker: dict, mention: Mention | None, text: str) -> dict:
    """The speaker dict widened to the mention holding its head when the parse cut the name short
    ("the Institute for Fiscal Studies' predictions": 'Fiscal Studies' hung on the noun)."""
    if mention is None or not (mention.start <= speaker["start"] and speaker["end"] <= mention.end):
        return speaker
    end = mention.end - len(_POSSESSIVE.search(text, mention.start, mention.end).group())  # the model's 'X''
    name = mention.name if mention.entity else text[mention.start:end].removeprefix("the ")
    return {**speaker, "name": name, "entity": mention.entity, "start": mention.start, "end": end,
            "text": text[mention.start:end]}
