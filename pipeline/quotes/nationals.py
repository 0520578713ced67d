"""A description marked with a country or a place must agree with the organisation it refers back to:
'the German club said' is the club of Germany named before ('Eastport Munich'), not the nearest club
('Lyon Rovers'); 'the Paris-based group' no firm of another country. An organisation shows its country
or its place in its name (a city, region or country in it) or in the words right before a mention of
it ('Italian bank X', "France's X", 'its US rival X'). A referent that shows another country gives
way to the latest one that shows the description's mark (for a nationality or a country, any place
of that country; for a city or a region, that place itself: 'the Lyon club' is no 'French side X'),
else to no one: better unlinked than wrong.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from spacy.tokens import Token

from pipeline import entities
from pipeline.quotes.mentions import Mention

if TYPE_CHECKING:
    from pipeline.quotes.antecedents import MentionIndex

_BIG_CITY = 100_000  # a smaller town's name in an organisation's is no sign of its country
_BIG_ONE_WORD_CITY = 500_000  # nor one of a word that may be an English one ('Mobile', 'Reading')
_BASED = re.compile(r"-(?:based|born|headquartered|owned)$", re.IGNORECASE)  # 'the Paris-based group'
_LEAD_WORDS = 4  # words before a mention that may name its country ('its US rival', 'Italian bank')
_MODIFIERS = {"ADJ", "PROPN", "NOUN", "PART", "DET", "NUM"}  # the words of a name's premodifiers


class Mark(NamedTuple):
    """A word or name of a country or place: its folded key, its country, and whether it names a
    nationality or a country (any place of that country shows it) or a place within one."""

    key: str
    country: str
    national: bool


@cache
def mark_of(name: str) -> Mark | None:
    """The mark a word or name makes: a nationality ('German'), a country, a first-level region or a
    big city ('Munich'); None for none."""
    found = entities.place_of(name)
    if found is None or found[1] not in ("nationality", "country", "admin1", "city"):
        return None
    country, kind, population = found
    least = _BIG_CITY if " " in name.strip() else _BIG_ONE_WORD_CITY
    if kind == "city" and population < least:
        return None
    return Mark(name.lower(), country, kind in ("nationality", "country"))


def _marks(words: list[str]) -> set[Mark]:
    """The marks the words make, alone or in runs of two or three ('Tel Aviv')."""
    found = set()
    for size in (1, 2, 3):
        for i in range(len(words) - size + 1):
            mark = mark_of(" ".join(words[i:i + size]))
            if mark is not None:
                found.add(mark)
    return found


def description_marks(head: Token, start: int) -> set[Mark]:
    """The marks of the words of a description before its head ('The German club', 'the US-German
    firm', 'the Paris-based group')."""
    words = []
    for tok in head.doc[head.left_edge.i:head.i]:
        if tok.idx >= start and tok.pos_ in ("ADJ", "PROPN", "NOUN", "VERB"):
            words += [w for w in _BASED.sub("", tok.text).split("-") if w[:1].isupper()]
    return _marks(words)


def _mention_marks(index: MentionIndex, m: Mention) -> set[Mark]:
    """The marks one mention of an organisation shows (`_marks_at`), read once per mention."""
    got = index.marks.get(m)
    if got is None:
        got = index.marks[m] = _marks_at(index, m)
    return got


def _marks_at(index: MentionIndex, m: Mention) -> set[Mark]:
    """The marks a mention shows: in its name, or in the words that modify it right before it
    ('French carmaker X', "Japan's X", 'its US rival X'; not 'China is blocking X')."""
    i = bisect_left(index.t_starts, m.start) - 1
    words: list[str] = []
    while i >= 0 and len(words) < _LEAD_WORDS and index.doc[i].pos_ in _MODIFIERS and (
            index.doc[i].pos_ != "PART" or index.doc[i].lower_ in ("'s", "\u2019s")):  # "France's", no "'"
        words.insert(0, index.doc[i].text)
        i -= 1
    return _marks(m.name.split()) | _marks([w for w in words if w[:1].isupper()])


def _shown(index: MentionIndex, m: Mention, before: int) -> set[Mark]:
    """The marks an organisation shows at any of its mentions before `before`."""
    if index.named_as is None:  # the mentions of each entity (or name), grouped once per document
        index.named_as = {}
        for x in index.mentions:
            index.named_as.setdefault(x.entity or x.name, []).append(x)
    same = [x for x in index.named_as.get(m.entity or m.name, ()) if x.start < before]
    return set().union(*(_mention_marks(index, x) for x in same or [m]))


def _agrees(shown: set[Mark], marks: set[Mark]) -> bool:
    """The organisation shows a description's mark: its country for a national one, else its place."""
    return any((mark.country in {s.country for s in shown}) if mark.national else mark.key in {
        s.key for s in shown} for mark in marks)


def agreeing(index: MentionIndex, head: Token, start: int, end: int, found: Mention | None) -> Mention | None:
    """`found` for a description [start, end) headed by `head`, unless the description has marks and
    `found` is an organisation named before it (not a name it sets off) that shows another country:
    then the latest organisation named before that shows the description's mark, else None; an
    organisation that shows no country gives way only to one that shows the mark."""
    if found is None or found.label != "ORG" or found.end > start or head.pos_ == "PRON":
        return found
    marks = description_marks(head, start)
    shown = _shown(index, found, start) if marks else set()
    if not marks or _agrees(shown, marks):
        return found
    fitting = (m for m in index.earlier(start, {"ORG"}) if _agrees(_shown(index, m, start), marks))
    better = next(fitting, None)
    other = bool(shown) and not {s.country for s in shown} & {m.country for m in marks}
    return better if better is not None or other else found
