"""A name followed by a relative clause between commas that treats it as many: the plural verb after
the clause ("X, who had a hit in May, were seventh") or inside it ("X, who are touring Japan,").
A band, a team or a body agrees so; one person never does. Read from the parse, on token indices."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.entities import tokens as TK

PLURAL = frozenset({"are", "have", "were", "'re", "'ve"})
FINITE = frozenset({"VBP", "VBD"})
LISTING = frozenset({"and", "&", ",", "or", "nor"})
AUX = frozenset({"aux", "auxpass"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def plural_relative(doc: Doc, s: int, e: int) -> bool:
    """The name at s..e, alone (no list, no family's plural: "the Hales"), is followed by ", who ..."
    whose clause or the name's own verb after the clause is plural."""
    toks = TK.toks(doc)
    if e + 1 >= len(doc) or toks[e].text != "," or toks[e + 1].lower_ != "who" \
            or not doc.has_annotation("DEP"):
        return False
    root = doc[s:e].root
    listed = s > 0 and toks[s - 1].lower_ in LISTING
    if listed or root.dep_ == "conj" or any(t.dep_ == "conj" for t in root.children):
        return False
    if e - s == 1 and toks[s].text.endswith("s") and s > 0 and toks[s - 1].lower_ == "the":
        return False  # "the Hales, who were": a family
    clause = next((t for t in root.children if t.dep_ == "relcl" and t.left_edge.i == e + 1), None)
    if clause is None:
        return False
    end = clause.right_edge.i + 1
    verb = root.head
    if root.dep_ in SUBJECTS and end + 1 < len(doc) and toks[end].text == ",":
        after = toks[end + 1]  # the name's verb or its auxiliary ("were nominated")
        if after == verb or (after.head == verb and after.dep_ in AUX):
            return _plural(after)
    return _plural(clause) or any(_plural(t) for t in clause.children if t.dep_ in AUX)


def _plural(t: Token) -> bool:
    return t.lower_ in PLURAL and t.tag_ in FINITE
