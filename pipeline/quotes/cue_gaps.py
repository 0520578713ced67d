"""A content that would hold its own cue: 'X is expected to Y', 'X is said to Y', 'X was criticised
for Y', 'X is widely seen as Y' (the subject through the predicate), 'X, in her view, is Y'. The cue
is the attribution between two parts, as PolNeAR marks it: the subject ('X') and the rest ('to Y',
'for Y', 'Y'), with the cue's verb group ('is widely expected', 'had also been said'), a 'by' agent
and an 'as' after the verb (PolNeAR mostly: 'is seen as'; a 'for' it splits evenly), or a view's 'in'
phrase, left out between them. Such a passive of saying with no speaker is no one's saying:
`unnamed_type`.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.doc import Ctx, Item
from pipeline.quotes.edges import trim_part
from pipeline.quotes.marks import WORD_RE

GAPPED = frozenset({"expected", "predicated", "regard", "appearance"})  # rules whose content spans the cue
_GROUP = {"aux", "auxpass", "neg", "advmod"}  # 'had also not been' + the verb
_SUBJECTS = {"nsubj", "nsubjpass"}
_GROUNDS = {"as"}  # 'is widely seen as Y'
_UNNAMED_SPEECH = "source"  # 'X is said to Y' with no one named: as 'X reportedly Y'


def leave_out_cue(ctx: Ctx, item: Item, cue: Token) -> None:
    """`item` as two parts, the subject and what follows the cue, when its one span holds the cue
    ('The bridge is expected to reopen': 'The bridge' and 'to reopen'; 'X, in her view, is Y': 'X'
    and 'is Y'); unchanged otherwise."""
    if item.parts or not item.start < cue.idx < item.end:
        return
    gap = _gap(cue, item.start)
    if gap is None or not item.start < gap[0] or gap[1] >= item.end:
        return
    first = trim_part(ctx.text, item.start, gap[0], joins=False)
    rest = trim_part(ctx.text, gap[1], item.end, joins=False)
    if WORD_RE.search(ctx.text, *first) and WORD_RE.search(ctx.text, *rest):
        item.parts = [first, (rest[0], item.end)]


def _gap(cue: Token, start: int) -> tuple[int, int] | None:
    """The characters of the attribution inside a content from `start`: a view's whole 'in' phrase
    ('in her view'), or a verb's group after its subject (in the content) through its agent and 'as'."""
    doc = cue.doc
    if cue.pos_ == "ADP":
        last = doc[cue.right_edge.i]
        return doc[cue.left_edge.i].idx, last.idx + len(last)
    subj = next((c for c in cue.lefts if c.dep_ in _SUBJECTS), None)
    if subj is None or subj.left_edge.idx < start:
        return None
    lo = next((c.i for c in cue.lefts if c.dep_ in _GROUP and c.i > subj.right_edge.i), cue.i)
    return doc[lo].idx, _gap_end(cue)


def _gap_end(verb: Token) -> int:
    """The end of the cue after its verb: a 'by' agent right after it, then an 'as' ('is regarded by
    officials as Y', 'is widely seen as Y'), else the verb itself."""
    doc, last = verb.doc, verb.i
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    if nxt is not None and nxt.dep_ == "agent" and nxt.head.i == verb.i:
        last = nxt.right_edge.i
        nxt = doc[last + 1] if last + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in _GROUNDS and nxt.dep_ == "prep" and nxt.head.i == verb.i:
        last = nxt.i
    return doc[last].idx + len(doc[last])


def unnamed_type(item: Item, kind: str) -> str:
    """The cue type of `item`: a passive of saying with its subject through its predicate and no
    speaker ('X is said to Y', 'X was criticised for Y') is a claim of unnamed sources, not speech."""
    if kind == "speech" and item.speaker is None and item.how in GAPPED:
        return _UNNAMED_SPEECH
    return kind
