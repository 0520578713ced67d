"""A description marked with a country must agree with the organisation it refers back to: 'the German
club said' is the club of Germany named before ('Eastport Munich'), not the nearest club ('Lyon
Rovers'); 'the Paris-based group' no firm of another country. An organisation's country shows in its
name (a city, region or country in it) or in the words right before a mention of it ('Italian bank
X', "France's X", 'its US rival X'). A referent of another country gives way to the latest one of the
description's country, else to no one: better unlinked than wrong.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.entities.gazetteer import fold, world
from pipeline.quotes.mentions import Mention

if TYPE_CHECKING:
    from pipeline.quotes.antecedents import MentionIndex

_BIG_CITY = 100_000  # a smaller town's name in an organisation's is no sign of its country
_BIG_ONE_WORD_CITY = 500_000  # nor one of a word that may be an English one ('Mobile', 'Reading')
_BASED = re.compile(r"-(?:based|born|headquartered|owned)$", re.IGNORECASE)  # 'the Paris-based group'
_WORD = re.compile(r"[A-Za-z][\w.-]*(?:'s)?")
_LEAD_WORDS = 4  # words before a mention that may name its country ('its US rival', 'Italian bank')


@cache
def country_of(name: str) -> str | None:
    """The country (ISO alpha-2) a word or name names: a nationality ('German'), a country, a first-
    level region or a big city ('Munich'); None for none."""
    key = fold(name)
    gaz = world()
    if key in gaz.nationality:
        return gaz.nationality[key]
    places = gaz.places.get(key) or []
    place = places[0] if places else None
    if place is None or place.kind not in ("country", "admin1", "city"):
        return None
    least = _BIG_CITY if " " in key else _BIG_ONE_WORD_CITY
    return place.country if place.kind != "city" or place.population >= least else None


def _named_countries(words: list[str]) -> set[str]:
    """The countries named by the words, or by runs of two or three of them ('Tel Aviv')."""
    found = set()
    for size in (1, 2, 3):
        for i in range(len(words) - size + 1):
            country = country_of(" ".join(words[i:i + size]))
            if country:
                found.add(country)
    return found


def description_countries(head: Token, start: int) -> set[str]:
    """The countries the words of a description before its head name ('The German club', 'the
    US-German firm', 'the Paris-based group')."""
    words = []
    for tok in head.doc[head.left_edge.i:head.i]:
        if tok.idx >= start and tok.pos_ in ("ADJ", "PROPN", "NOUN", "VERB"):
            words += [w for w in _BASED.sub("", tok.text).split("-") if w[:1].isupper()]
    return _named_countries(words)


def _mention_countries(index: MentionIndex, m: Mention) -> set[str]:
    """The countries one mention of an organisation shows: in its name, or in the few words right
    before it in its sentence ('French carmaker X', "Japan's X")."""
    own = _named_countries(m.name.split())
    lead = re.split(r"[.,;:!?\"()\n]", index.text[max(0, m.start - 60):m.start])[-1]
    words = [w.removesuffix("'s") for w in _WORD.findall(lead)][-_LEAD_WORDS:]
    return own | _named_countries([w for w in words if w[:1].isupper()])


def _countries(index: MentionIndex, m: Mention, before: int) -> set[str]:
    """The countries an organisation shows at any of its mentions before `before`."""
    same = [x for x in index.mentions if x.start < before and (x.entity or x.name) == (m.entity or m.name)]
    return set().union(*(_mention_countries(index, x) for x in same or [m]))


def agreeing(index: MentionIndex, head: Token, start: int, end: int, found: Mention | None) -> Mention | None:
    """`found` for a description [start, end) headed by `head`, unless the description names a country
    and `found` is an organisation named elsewhere that shows another one: then the latest organisation
    named before that shows the description's country, else None."""
    if found is None or found.label != "ORG" or start <= found.start < end or head.pos_ == "PRON":
        return found
    marks = description_countries(head, start)
    if not marks or _countries(index, found, start) & marks:
        return found
    fitting = (m for m in index._earlier(start, {"ORG"}) if _countries(index, m, start) & marks)
    better = next(fitting, None)
    return better if better is not None or _countries(index, found, start) else found
