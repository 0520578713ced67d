"""Who a member's description names: 'the Kestrelford MP', 'the Labour MP for Kestrelford' is the
person the article ties to that seat ('Jo Smith, MP for Kestrelford', 'Kestrelford MP Jo Smith',
'Jo Smith has been MP for Kestrelford'), never the place; with no such tie, the description is
resolved as any other office's.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.quotes.antecedents import PERSONISH
from pipeline.quotes.mentions import Mention

if TYPE_CHECKING:
    from pipeline.quotes.antecedents import MentionIndex

_MEMBERS = {"mp", "msp", "mep", "am", "mla"}  # a member of a parliament or an assembly
_NEAR = 80  # characters between a seat's words and the person they are said of


def seat_holder(index: MentionIndex, head: Token, start: int, end: int) -> Mention | None:
    """The person a description headed by a member's title refers to (see the module's doc)."""
    inside = index.between(start, end)
    if head.lower_ not in _MEMBERS or not head.is_upper or any(m.label in PERSONISH for m in inside):
        return None  # 'Jo Smith MP' names the person
    title = head.text
    for place in (m for m in inside if m.label not in PERSONISH):
        name = index.text[place.start:place.end]
        for seat in (f"{title} for {name}", f"{name} {title} "):
            found = _said_of(index, seat, start, end)
            if found is not None:
                return found
    return None


def _said_of(index: MentionIndex, seat: str, start: int, end: int) -> Mention | None:
    """The person named nearest a mention of the seat outside the description, in its sentence."""
    at = index.text.find(seat)
    while at >= 0 and start <= at < end:
        at = index.text.find(seat, at + 1)
    if at < 0:
        return None
    sent = index.doc[bisect_left(index.t_starts, at)].sent
    lo, hi = max(sent.start_char, at - _NEAR), min(sent.end_char, at + len(seat) + _NEAR)
    people = [m for m in index.between(lo, hi) if m.label in PERSONISH and m.entity is not None]
    return min(people, key=lambda m: abs(m.start - at), default=None)


def unseated(index: MentionIndex, head: Token, start: int, end: int) -> bool:
    """A member's description that names its seat ('the Labour MP for Kestrelford') which the article
    ties to no one: it stands for no person named before (one of another office is not the member),
    unless one is known as a member ('Labour MP Jo Smith')."""
    member, doc = head.lower_, head.doc
    if member not in _MEMBERS or not head.is_upper or any(member in role for role in index.roles.values()):
        return False
    seat = doc[head.i + 2] if head.i + 2 < len(doc) and doc[head.i + 1].lower_ == "for" else None
    return seat is not None and seat.pos_ == "PROPN" and seat.idx < end and not any(
        m.label in PERSONISH for m in index.between(start, end))
