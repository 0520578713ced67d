"""A content clause whose subject's title the parse hung on the cue as its object: the name alone
was left as the clause's subject ('did not believe anyone from A or rival firm Brakel had B', 'hoped
that injured striker Ivo Marr would B'), and the content started at the name, dropping the head of
the subject and every word before it."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.content_clauses import when_said
from pipeline.quotes.cues import ADDRESSEE_LEMMAS, CLAUSE_SUBJECTS

_TITLES = ("NN", "NNS")  # the common noun of a title right before a name ('rival firm Brakel')


def title_start(verb: Token, clause: Token, lo: int) -> int:
    """`lo`, or the first word after the cue when the content opens on its subject's name right after
    a common noun that ends the phrases the parse hung on the cue, the first its object, with nothing
    between them (no comma, no quote): those phrases open the subject. Not the one told ('told staff
    Brakel had B') nor the time of the saying."""
    doc = verb.doc
    subj = next((c for c in clause.children if c.dep_ in CLAUSE_SUBJECTS and c.i < clause.i), None)
    if (subj is None or subj.left_edge.i != lo or lo < verb.i + 3 or doc[lo].pos_ != "PROPN"
            or doc[lo - 1].tag_ not in _TITLES or verb.lemma_.lower() in ADDRESSEE_LEMMAS):
        return lo
    hung = sorted((c for c in verb.rights if c.i < lo and c is not clause), key=lambda c: c.i)
    if not hung or hung[0].dep_ != "dobj" or hung[0].left_edge.i != verb.i + 1 or when_said(hung[0]):
        return lo
    gaps = (b.left_edge.i != a.right_edge.i + 1 for a, b in zip(hung, hung[1:], strict=False))
    if any(gaps) or hung[-1].right_edge.i != lo - 1:
        return lo
    if any(t.is_punct or "\n" in t.whitespace_ for t in doc[verb.i + 1:lo]):
        return lo
    return verb.i + 1
