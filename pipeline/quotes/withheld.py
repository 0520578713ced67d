"""Persons a description names without their name, given in the sentence next to it: a lead that
withholds the name ('A Labour MP has said A. Jo Smith, the member for X, told …': Jo Smith) and a
description of the person just named ('… a film on singer Jo Smith. The former model said': Jo Smith).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span, Token

from pipeline.quotes.antecedents import PERSONISH, MentionIndex
from pipeline.quotes.cues import COMPANY_NOUNS, GROUP_NOUNS
from pipeline.quotes.mentions import Mention
from pipeline.quotes.speaker_phrases import SUBJ_DEPS

_ARTICLES = ("a", "an", "the")


def _described(index: MentionIndex, head: Token, start: int, articles: tuple[str, ...]) -> bool:
    """A singular description from `start` at the start of its sentence (or line) and subject of its
    clause ('The head of X said', 'A UK MEP suggested'), opened by one of `articles`."""
    first = index.doc[bisect_right(index.t_starts, start) - 1]
    return (head.dep_ in SUBJ_DEPS and head.tag_ in ("NN", "NNP") and first.lower_ in articles
            and (first.is_sent_start or "\n" in index.doc[first.i - 1].text_with_ws))


def _people(index: MentionIndex, sent: Span) -> list[Mention]:
    """The person mentions of a sentence outside quotes, in order."""
    return [m for m in index.between(sent.start_char, sent.end_char)
            if m.label in PERSONISH and not index.hidden(m.start)]


def _subject(index: MentionIndex, m: Mention) -> bool:
    """The mention heads the subject of its clause, or is in apposition to it."""
    tok = index.doc[bisect_right(index.t_starts, m.end - 1) - 1]
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in SUBJ_DEPS or (tok.dep_ == "appos" and tok.head.dep_ in SUBJ_DEPS)


def _in_lead(index: MentionIndex, start: int) -> bool:
    """The description at `start` opens the article's first paragraph (after a one-line headline)."""
    para = index.text.rfind("\n", 0, start) + 1
    return "\n" not in index.text[:para].strip() and start == para


def named_next(index: MentionIndex, head: Token, start: int) -> Mention | None:
    """The person whose name a lead's description withholds: the first person named in the next
    sentence, when that person is the subject there ('Chief executive Jo Smith said …')."""
    if not _described(index, head, start, _ARTICLES) or not _in_lead(index, start):
        return None
    doc, end = head.doc, head.sent.end
    if end >= len(doc):
        return None
    people = _people(index, doc[end].sent)
    return people[0] if people and _subject(index, people[0]) else None


def body_named_next(index: MentionIndex, head: Token, start: int) -> Mention | None:
    """The body a lead's indefinite description withholds ('A US bank has said A. X Bank will …'):
    the organisation heading the next sentence, its name holding the description's noun (or the
    noun a company's)."""
    noun = head.lemma_.lower()
    lead = _described(index, head, start, ("a", "an")) and _in_lead(index, start)
    if noun not in GROUP_NOUNS or not lead:
        return None
    doc, end = head.doc, head.sent.end
    if end >= len(doc):
        return None
    sent = doc[end].sent
    bodies = [m for m in index.between(sent.start_char, sent.end_char) if m.label == "ORG"]
    first = bodies[0] if bodies else None
    if first is None or not _subject(index, first) or not (
            noun in first.name.lower().split() or noun in COMPANY_NOUNS):
        return None
    return first


def named_before(index: MentionIndex, head: Token, start: int) -> Mention | None:
    """The one person named in the sentence before a definite description opening a sentence, not as
    its subject ('… a film on the singer Jo Smith. The former model quit'), else None."""
    if not _described(index, head, start, ("the",)) or head.sent.start == 0:
        return None
    people = _people(index, head.doc[head.sent.start - 1].sent)
    if not people or len({m.entity or m.name for m in people}) > 1 or _subject(index, people[-1]):
        return None  # a subject there is the one the description's clause would name by pronoun
    return people[-1]
