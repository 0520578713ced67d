"""A trade noun that names a firm or a person ('the producer', 'the publisher', 'the developer'):
when a person named before was titled by it ('Producer Jo Ray', a role 'theatre producer'), the
description is that person's, not the story's company."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.quotes.antecedents import PERSONISH
from pipeline.quotes.cues import TRADE_ENDINGS
from pipeline.quotes.mentions import Mention
from pipeline.quotes.offices import role_head

if TYPE_CHECKING:
    from pipeline.quotes.antecedents import MentionIndex


def titled_person(index: MentionIndex, head: Token, before: int) -> Mention | None:
    """The latest person named before `before` whose role or title is the singular trade noun `head`
    ('the British producer' after 'Producer Jo Ray'); None when no one was."""
    noun = head.lemma_.lower()
    if head.tag_ != "NN" or not noun.endswith(TRADE_ENDINGS):
        return None
    stem = role_head(noun)
    for m in index.earlier(before, PERSONISH):
        if m.entity is not None and index.posts.get(m.entity) == stem:
            return m
        if index.text[max(0, m.start - 40):m.start].lower().split()[-1:] == [noun]:
            return m  # '… producer Jo Ray'
    return None
