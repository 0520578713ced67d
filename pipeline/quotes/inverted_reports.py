"""A verb of saying closing the clause it reports, after a comma ('A, said Y.', 'A, Y said.'): its
content is that clause, so it attributes no quote before it ('"B." Currently A, said the report': the
report's words are A; B is no one's by that verb, and goes on with the speaker before it).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.quotes.doc import Ctx

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECTS = ("nsubj", "nsubjpass", "expl")
_MAIN = ("ROOT", "ccomp", "parataxis")  # not 'As he left, X said': a subordinate clause is no report


def closes_clause(ctx: Ctx, verb: Token, after: int) -> bool:
    """`verb` closes a reported clause that starts after `after`, outside quote marks: a comma right
    before the verb's phrase (the verb or its subject, whichever comes first), the phrase ending the
    sentence or its clause, and between `after` and that comma a main clause of its own: a finite
    verb with a subject ('House prices rose 2%, X said.')."""
    doc, subjects = ctx.doc, [c for c in verb.children if c.dep_ in _SUBJECTS]
    first = min([verb.i] + [s.left_edge.i for s in subjects])
    last = max([verb.i] + [s.right_edge.i for s in subjects])
    if first == 0 or doc[first - 1].text != "," or not _closes(doc, last + 1):
        return False
    return any(_main_clause(t) for t in ctx.doc[ctx.token_at(after):first - 1]
               if t.idx >= after and not ctx.in_quote(t))


def _closes(doc: Doc, i: int) -> bool:
    """The verb's phrase ends at token `i`: its sentence ends, or a new clause is joined ('…, X said,
    and B'); not 'A, he says, by B', where the sentence goes on."""
    if i >= len(doc) or doc[i].text in (".", "!", "?") or doc[i].is_sent_start:
        return True
    return doc[i].text == "," and i + 1 < len(doc) and doc[i + 1].pos_ == "CCONJ"


def _main_clause(tok: Token) -> bool:
    """A finite verb (or its auxiliary) heading a main clause with a subject and no subordinator."""
    verb = tok.head if tok.dep_ in ("aux", "auxpass") else tok
    return tok.tag_ in _FINITE and verb.dep_ in _MAIN and any(c.dep_ in _SUBJECTS for c in verb.children) \
        and not any(c.dep_ == "mark" for c in verb.children)
