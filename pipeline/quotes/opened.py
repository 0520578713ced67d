"""Where a quote running over several sentences opened: a pronoun's distance back to its antecedent is
counted in sentences outside quotes ('The writer was known for A. "B. C. D," he said': the sentence
before B is the one right before the saying)."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span, Token

from pipeline.quotes.marks import Spans


def _first_word(sent: Span) -> Token:
    """The sentence's first token that is no mark or space (not a closing mark it took from before)."""
    return next((t for t in sent if not (t.is_punct or t.is_space)), sent[0])


def opening_sentence(sent: Span, quotes: Spans, starts: list[int]) -> Span:
    """The sentence where a quote running into `sent` opened ('"A. B," he said': A's), else `sent`;
    `starts` are the document's token offsets."""
    doc = sent.doc
    while (k := quotes.index_at(_first_word(sent).idx)) is not None:
        first = bisect_left(starts, quotes.spans[k][0]) + 1  # the word after the opening mark
        opened = doc[min(first, len(doc) - 1)].sent
        if opened.start >= sent.start:
            break
        sent = opened
    return sent
