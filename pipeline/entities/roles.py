"""A person's role: a title before the name ("Defence Minister X"), or an apposition after it
(", the secretary of ...") or before it ("The firm's chief executive, X,")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.entities import candidates as C
from pipeline.entities import context as X
from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand

APPOS_STOP = frozenset({",", '"', "\u201c", "(", ";", "."})
ARTICLES = frozenset({"the", "a", "an"})
MAX_WORDS = 12
PEOPLE = frozenset({"man", "woman", "person"})


def role(ctx: C.DocCtx, ms: list[Cand]) -> str | None:
    """First role seen with a person: a title inside/before the name, or an apposition."""
    for c in ms:
        if c.role:
            return c.role
        found = X.pre_title(ctx.doc, c.start)[1] or apposition(ctx, c) or apposed_to(ctx, c)
        if found and not X.org_role(found):
            return found
    return None


def apposition(ctx: C.DocCtx, c: Cand) -> str | None:
    """Role from an apposition (", the secretary of Kyiv's National Security and Defence Council")."""
    doc = ctx.doc
    if c.end + 2 >= len(doc) or doc[c.end].text != ",":
        return None
    if ctx.parsed:
        heads = [t for t in doc[c.start : c.end].root.rights if t.dep_ == "appos" and t.pos_ == "NOUN"]
        if not heads or not L.role_noun(heads[0], True):
            return None
        first, last = heads[0].left_edge.i, heads[0].right_edge.i + 1
    elif doc[c.end + 1].lower_ in ARTICLES and L.is_title(doc[c.end + 2].lower_):
        first, last = c.end + 1, min(len(doc), c.end + 16)  # no parse: up to the next comma or speech verb
    else:
        return None
    out, clause = [], _relative(doc[first:last])
    for t in doc[first:last]:
        said = not ctx.parsed and t.lower_ in L.SPEECH_VERBS
        if t.text in APPOS_STOP or t.is_space or t.i in clause or said:
            break
        out.append(t)
    while out and out[0].lower_ in ARTICLES:
        out.pop(0)
    return _phrase(out)


def apposed_to(ctx: C.DocCtx, c: Cand) -> str | None:
    """Role from the noun phrase a name is in apposition to ("The firm's chief executive, X, said";
    "A spokesman for the company, X,"), without its determiner or possessor."""
    doc = ctx.doc
    if not ctx.parsed or c.start < 2 or doc[c.start - 1].text != ",":
        return None
    root = doc[c.start : c.end].root
    head = root.head
    while head.dep_ == "pobj" and head.head.dep_ == "prep":  # "controller of entertainment, X"
        head = head.head.head
    if root.dep_ != "appos" or head.i >= c.start - 1 or head.pos_ != "NOUN" or head.lower_ in PEOPLE \
            or not L.role_noun(head, True):
        return None  # "One woman, X,": no role
    owner = {t.i for child in head.children if child.dep_ == "poss" for t in child.subtree}
    out, clause = [], _relative(doc[head.left_edge.i : c.start - 1])
    for t in doc[head.left_edge.i : c.start - 1]:
        if t.text in APPOS_STOP or t.is_space:
            return None  # a list or a clause, not one phrase
        if t.i in clause:
            break
        if out or (t.i not in owner and t.lower_ not in ARTICLES):
            out.append(t)
    return _phrase(out)


def _phrase(out: list[Token]) -> str | None:
    """The text from the first to the last token kept, if any and no more than `MAX_WORDS`."""
    return out[0].doc[out[0].i : out[-1].i + 1].text if 0 < len(out) <= MAX_WORDS else None


def _relative(span: Span) -> set[int]:
    """The tokens of relative clauses ("music mogul who founded ..."): a description, not the role."""
    return {x.i for t in span if t.dep_ == "relcl" for x in t.subtree}
