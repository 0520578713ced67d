"""A content that would hold its own cue: 'X is expected to Y', 'X is said to Y', 'X was criticised
for Y', 'X is widely seen as Y' (the subject through the predicate). The cue is the attribution
between two parts, as PolNeAR marks it: the subject ('X') and the rest ('to Y', 'for Y', 'Y'), with
the cue's verb group ('is widely expected', 'had also been said'), a 'by' agent and an 'as' or a
'for' after the verb left out between them (PolNeAR mostly does: 'is seen as', 'was blamed for').
Such a cue with no speaker is no one's saying: `unnamed_type`.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.doc import Ctx, Item
from pipeline.quotes.edges import trim_part
from pipeline.quotes.marks import WORD_RE

GAPPED = frozenset({"expected", "predicated", "regard", "appearance"})  # rules whose content spans the cue
_GROUP = {"aux", "auxpass", "neg", "advmod"}  # 'had also not been' + the verb
_SUBJECTS = {"nsubj", "nsubjpass"}
_GROUNDS = {"as", "for"}  # 'is widely seen as Y', 'has been criticised for Y'
_UNNAMED_SPEECH = "source"  # 'X is said to Y' with no one named: as 'X reportedly Y'


def leave_out_cue(ctx: Ctx, item: Item, verb: Token) -> None:
    """`item` as two parts, the subject and what follows the cue, when its one span holds the cue
    ('The bridge is expected to reopen': 'The bridge' and 'to reopen'); unchanged otherwise."""
    if item.parts or not item.start < verb.idx < item.end:
        return
    subj = next((c for c in verb.lefts if c.dep_ in _SUBJECTS), None)
    if subj is None or subj.left_edge.idx < item.start:
        return
    lo = next((c.i for c in verb.lefts if c.dep_ in _GROUP and c.i > subj.right_edge.i), verb.i)
    doc = verb.doc
    gap_start, gap_end = doc[lo].idx, _gap_end(verb)
    if gap_end >= item.end:
        return
    first = trim_part(ctx.text, item.start, gap_start, joins=False)
    rest = trim_part(ctx.text, gap_end, item.end, joins=False)
    if WORD_RE.search(ctx.text, *first) and WORD_RE.search(ctx.text, *rest):
        item.parts = [first, (rest[0], item.end)]


def _gap_end(verb: Token) -> int:
    """The end of the cue after its verb: a 'by' agent right after it, then an 'as' or a 'for' ('is
    regarded by officials as Y', 'was blamed for Y'), else the verb itself."""
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
