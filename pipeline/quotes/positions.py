"""Which player a bare team position speaking refers to: 'the prop said', 'the lock believes' is the
latest person named before who was introduced with that position ('prop X', 'Eastport lock Y'):
whose role is titled by it. A position no one was introduced with ('the lock' of a story about
'prop X') names no one: the speaker is left unlinked, not given to the nearest person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline import entities
from pipeline.quotes.antecedents import PERSONISH
from pipeline.quotes.jobs import description_marks
from pipeline.quotes.mentions import Mention
from pipeline.quotes.offices import role_head

if TYPE_CHECKING:
    from pipeline.quotes.antecedents import MentionIndex

_POSITIONS = {role_head(noun): noun for noun in entities.team_roles()}  # stem -> position noun


def position_holder(index: MentionIndex, head: Token, before: int) -> Mention | None:
    """The person introduced with the position a definite singular noun names ('the prop'), latest
    first; for a description naming a team ('the Eastport prop'), only one whose role has that post and
    names no other team. None when it names no position or no one was introduced with it."""
    noun = head.lemma_.lower()
    stem = role_head(noun)
    if head.tag_ != "NN" or _POSITIONS.get(stem) != noun:
        return None
    last = head.right_edge  # the whole phrase: 'the chairman of the X Commission' names a body
    marks = description_marks(index.text[head.left_edge.idx:last.idx + len(last)])
    for m in index.earlier(before, PERSONISH):
        own = index.jobs.marks.get(m.entity or "", set())
        if marks and own and not marks & own:
            continue  # 'the Eastport prop' is no 'Westbury prop X'
        if m.entity is not None and index.posts.get(m.entity) == stem:
            return m  # 'Eastport prop X', 'Prop X' (its role)
        if marks:
            continue  # nor one whose role does not say so
        lead = index.text[max(0, m.start - len(noun) - 2):m.start].lower()
        if lead[1:] == noun + " " and not lead[0].isalnum():
            return m  # '… prop X'
        first, _, rest = m.name.partition(" ")
        if first.lower() == noun and rest:  # 'Prop Smith' (a headline's title taken into the name)
            return _named(index, rest, before) or m
    return None


def _named(index: MentionIndex, surname: str, before: int) -> Mention | None:
    """The latest person named before `before` whose full name ends with `surname`."""
    return next((m for m in index.earlier(before, PERSONISH)
                 if m.entity is not None and m.name != surname and m.name.endswith(" " + surname)), None)
