"""Mentions a speaker may resolve to: the entities stage's mentions, and the model's PERSON, ORG, GPE
and NORP spans where the stage has none."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc

_PERSONISH = {"PERSON"}
_GROUPISH = {"ORG", "NORP", "GPE"}
_NAME_EDGES = " -\u2013\u2014,;:"  # 'David Kahn -': a dash the model took into a name
_WORD = re.compile(r"[^\W\d_]{3,}")
_STOP = {"the", "and", "for", "with", "from", "who", "its", "his", "her", "their", "this", "that", "our"}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    entity: str | None
    name: str
    label: str
    role: str


_ABBREVIATED = {"gov": "gover", "sen": "senat", "rep": "repre", "defec": "defen"}  # 'Gov.' ~ 'governor'


def content_words(text: str) -> set[str]:
    """Lower-cased 5-letter stems of a phrase's content words ('defense' ~ 'defence', 'Gov.' ~
    'governor')."""
    return {_ABBREVIATED.get(w[:5], w[:5]) for w in _WORD.findall(text.lower()) if w not in _STOP}


def stage_mentions(entities: list[dict]) -> list[Mention]:
    """Mentions of the entities stage's entities."""
    out = []
    for ent in entities:
        if not isinstance(ent, dict):
            continue
        label, role = str(ent.get("label") or ""), ent.get("role")
        for m in ent.get("mentions") or []:
            if isinstance(m, dict) and isinstance(m.get("start"), int) and isinstance(m.get("end"), int):
                out.append(Mention(m["start"], m["end"], ent.get("id"), str(ent.get("name") or m.get("text")),
                                   label, role if isinstance(role, str) else ""))
    return out


def model_mentions(doc: Doc, text: str) -> list[Mention]:
    """The model's PERSON/ORG/GPE/NORP spans, a surname grouped under its longest full name."""
    ents = [(ent.label_, ent.start_char, ent.end_char, ent[-1].lower_) for ent in doc.ents]  # one Span each
    full: dict[str, str] = {}
    for label, start, end, last in ents:
        if label in ("PERSON", "ORG") and end - start > len(full.get(last, "")):
            full[last] = text[start:end]
    return [Mention(start, end, None,
                    (full.get(last, text[start:end]) if label in ("PERSON", "ORG") else text[start:end]
                     ).strip(_NAME_EDGES).removeprefix("the ").removeprefix("The "), label, "")
            for label, start, end, last in ents if label in _PERSONISH or label in _GROUPISH]


def merge_mentions(stage: list[Mention], model: list[Mention]) -> list[Mention]:
    """The entities stage's mentions plus the model's where the stage has none, in text order; a
    model's mention named as one of the stage's entities is that entity's ("the Commission" after
    "the European Commission", a description the stage leaves out)."""
    stage = sorted(stage, key=lambda m: m.start)
    starts = [m.start for m in stage]
    named = {m.name.lower(): m for m in stage if m.entity is not None}
    extra = []
    for m in model:
        i = bisect_right(starts, m.start) - 1
        near = stage[max(0, i):i + 2]
        if not any(s.start < m.end and m.start < s.end for s in near):
            same = named.get(m.name.lower())
            if same is not None:
                m = Mention(m.start, m.end, same.entity, same.name, same.label, same.role)
            extra.append(m)
    return sorted(stage + extra, key=lambda m: m.start)
