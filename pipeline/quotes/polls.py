"""Poll reports: a share of those polled as the speaker ('Thirty per cent said A', 'Three-quarters
thought A', 'One in four said A', whatever date or money label the model gave the words) and where
its answer ends: before a coordinator that brings in another share with a verb of its own ('32%
said A and 38% disagreed', 'said A while 39% opposed B', 'said A, with 40% saying B'), the next
group's answer, not a part of the first."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.quotemarks import quote_cues
from pipeline.quotes.doc import Ctx
from pipeline.quotes.edges import FINITE_TAGS

SHARE_NOUNS: frozenset[str] = frozenset(quote_cues()["share_nouns"])  # 'half', 'a quarter', 'per cent'
_JOINS = {"and", "but", "while", "whilst", "whereas", "with", "although", "though"}
_BETWEEN = {"%", ",", "-", "(", ")"}  # punctuation inside a share's phrase ('63%, disagreed')
_REACH = 8  # words from a coordinator to the next share's verb


def share_word(tok: Token) -> bool:
    """A word that makes its phrase a share: a percentage, a fraction or share noun."""
    return tok.ent_type_ == "PERCENT" or tok.text == "%" or tok.lemma_.lower() in SHARE_NOUNS


def is_share(subj: Token) -> bool:
    """A subject naming a share of people ('Thirty per cent', 'Three-quarters', 'A majority, 52%,',
    'A total of 53% of those polled', 'One in four'): a share word up to its head, or in the 'of'
    or 'in' phrase of a count ('total', 'one')."""
    doc = subj.doc
    if any(share_word(t) for t in doc[subj.left_edge.i:subj.i + 1]):
        return True
    for prep in subj.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "in", "per"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            counted = prep.lower_ == "in" and subj.like_num and obj is not None and obj.like_num
            if obj is not None and (share_word(obj) or counted):  # 'one in four'
                return True
    return False


def share_cut(ctx: Ctx, verb: Token, lo: int, hi: int, clause: bool = True) -> int:
    """`hi`, or the end before another share's answer when a share is the cue's subject ('32% said A
    and 38% disagreed': A): a coordinator after a finite verb of the content (of a `clause`; anywhere
    in a phrase: 'described themselves as A, with 30% saying B'), then a share and its own verb."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not is_share(subj):
        return hi
    doc = ctx.doc
    finite = not clause
    for tok in doc[lo:hi + 1]:
        if tok.lower_ in _JOINS and finite and not ctx.in_quote(tok) and _answer_at(doc, tok, hi):
            end = tok.i - 1
            while end > lo and doc[end].is_punct:
                end -= 1
            return end
        finite = finite or tok.tag_ in FINITE_TAGS
    return hi


def _answer_at(doc: Doc, join: Token, hi: int) -> bool:
    """A share with a verb of its own right after `join` ('and just 14% voiced', ', with 40% saying';
    not 'compared with 23% of A and B-leaning voters')."""
    absolute = join.lower_ == "with"
    if absolute and doc[join.i - 1].pos_ in ("VERB", "AUX", "ADJ", "ADP"):
        return False  # 'compared with', 'familiar with'
    shared = False
    for tok in doc[join.i + 1:min(hi, join.i + _REACH) + 1]:
        if tok.tag_ in FINITE_TAGS or (tok.tag_ == "VBG" and absolute):
            return shared
        if tok.pos_ in ("VERB", "AUX", "CCONJ") or (tok.is_punct and tok.text not in _BETWEEN):
            return False
        shared = shared or share_word(tok) or _one_in(tok)
    return False


def _one_in(tok: Token) -> bool:
    """The 'in' of a count out of a number ('4 in 10', 'one in four')."""
    doc = tok.doc
    inside = 0 < tok.i < len(doc) - 1
    return tok.lower_ == "in" and inside and doc[tok.i - 1].like_num and doc[tok.i + 1].like_num
