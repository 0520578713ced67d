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
from pipeline.quotes.mentions import Mention, content_words
from pipeline.quotes.offices import OFFICES

if TYPE_CHECKING:
    from pipeline.quotes.antecedents import MentionIndex

_MEMBERS = {"mp", "msp", "mep", "am", "mla"}  # a member of a parliament or an assembly
_NEAR = 80  # characters between a seat's words and the person they are said of
_OFFICES = OFFICES | content_words("secretary")  # a government post: another job than a seat's
_PAST = content_words("former shadow")  # a post no longer or not yet held: a member's ('Former minister X')


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


def unseated(index: MentionIndex, head: Token) -> bool:
    """A member's description that names its seat ('the Labour MP for Kestrelford'; the seat not tied
    to anyone: `seat_holder` found no one), with no one known by a role as a member."""
    member, doc = head.lower_, head.doc
    if member not in _MEMBERS or not head.is_upper or any(member in role for role in index.roles.values()):
        return False
    return head.i + 2 < len(doc) and doc[head.i + 1].lower_ == "for" and doc[head.i + 2].pos_ == "PROPN"


def member_before(index: MentionIndex, head: Token, start: int) -> Mention | None:
    """Who an unseated member's description stands for: the latest person named with the member's
    title ('Jo Smith MP', 'MP Jo Smith'), else the subject of the sentence before when they hold no
    post ('Backbencher Jo Smith hit out. The MP for X said'; not 'Minister Jo Smith'); else no one."""
    text, title = index.text, head.text
    people = list(index.earlier(start, PERSONISH))
    for m in people:
        if text.startswith(f" {title}", m.end) or text.endswith(f"{title} ", 0, m.start):
            return m
    sent = index.doc[bisect_left(index.t_starts, start)].sent
    if sent.start == 0:
        return None
    before = index.doc[sent.start - 1].sent
    return next((m for m in people if before.start_char <= m.start < before.end_char and index._a_subject(m)
                 and not _in_post(index.roles.get(m.entity, set()))), None)


def _in_post(role: set[str]) -> bool:
    """A role that is a government post held now ('Transport Secretary'; not 'Former Cabinet minister')."""
    return bool(role & _OFFICES) and not role & _PAST
