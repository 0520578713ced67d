"""A party's people standing for the party: the entities stage keeps a party's members' words
("the Tories", "Democrats") a people (NORP) of their own, apart from its formal name ("Conservative
Party", "GOP"); for "the party said" their mentions count as the party's where the article names
it. The party lists are those of data/entities_aliases.json: a list's first name, a "Party" name
or initials are the party's, its other names its people's."""

from __future__ import annotations

from pipeline.quotes.mentions import Mention
from pipeline.vocab import ALIASES, PARTY_PEOPLE

NAMED = {name.lower(): i for i, names in enumerate(ALIASES["institutions"]) for name in names}  # -> list
PEOPLE = frozenset(w.lower() for w in PARTY_PEOPLE)  # the names that are a party's people


def stand_ins(mentions: list[Mention]) -> dict[int, Mention]:
    """Index of a people's mention ("Tories", NORP) -> that mention as its party's, the ORG entity of
    the same list the article names ("Conservative Party"); none where the article names no party."""
    parties = {NAMED[m.name.lower()]: m for m in mentions
               if m.label == "ORG" and m.entity and m.name.lower() in NAMED and m.name.lower() not in PEOPLE}
    out = {}
    for i, m in enumerate(mentions):
        people = m.label == "NORP" and m.name.lower() in PEOPLE
        party = parties.get(NAMED[m.name.lower()]) if people else None
        if party is not None:
            out[i] = Mention(m.start, m.end, party.entity, party.name, "ORG", party.role)
    return out
