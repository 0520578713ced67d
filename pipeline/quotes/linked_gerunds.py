"""The speaker's next act of saying, joined to a reported clause by a linking word the parse hid
('said A, while stressing B', 'claimed A, before adding that B'): the content ends before it."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from pipeline.quotes.columns import within
from pipeline.quotes.cues import CLAUSE_SUBJECTS, is_cue
from pipeline.quotes.edges import FINITE_TAGS

_LINKS = frozenset({"while", "before", "after", "and", "then", "also"})


def _linked_comma(doc: Doc, gerund: Token, lo: int) -> int | None:
    """The comma before the one or two linking words that open `gerund`, if any."""
    j, links = gerund.i - 1, 0
    while j > lo and doc[j].lower_ in _LINKS and links < 2:
        j, links = j - 1, links + 1
    return j if links and j > lo + 1 and doc[j].text == "," else None


def linked_gerund_cut(doc: Doc, lo: int, hi: int, in_quote: Callable[[Token], bool],
                      gerunds: list[int] | None = None) -> int:
    """`hi`, or the end before ', while stressing B' / ', and adding B' inside the content lo..hi:
    a subjectless participle of saying after a comma and a linking word, however the parse hung it
    (a clausal subject, a conjunct); a participle with a subject of its own ('while officials
    insisting …') or inside quote marks stays. `gerunds`: the Doc's VBG tokens, if known
    (`Columns.gerunds`: no Token for the other words)."""
    found = None if gerunds is None else within(gerunds, lo + 1, hi + 1, len(doc))
    for tok in doc[lo + 1:hi + 1] if found is None else (doc[i] for i in found):
        if tok.tag_ != "VBG" or in_quote(tok) or any(c.dep_ in CLAUSE_SUBJECTS for c in tok.children):
            continue
        comma = _linked_comma(doc, tok, lo)
        if comma is not None and is_cue(tok):
            return comma - 1
    return hi


def subject_clause(verb: Token) -> tuple[int, int] | None:
    """The content of a linked participle of saying the parse made the clausal subject of its own
    content's verb ('…, while stressing the changes are B': 'stressing' the subject of 'are'): from
    after the participle to the end of that verb's clause; None for any other verb."""
    head = verb.head
    if (verb.dep_ != "csubj" or verb.tag_ != "VBG" or head.i < verb.i or head.tag_ not in FINITE_TAGS
            or verb.i == 0 or verb.doc[verb.i - 1].lower_ not in _LINKS):
        return None
    return verb.i + 1, head.right_edge.i
