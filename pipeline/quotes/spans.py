"""The characters of a content: token bounds to a character span within the cue's paragraph,
trimmed of edge punctuation, joining words, sentence adverbs, connectives and datelines."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from pipeline.quotes.cues import SPEECH_LEMMAS
from pipeline.quotes.doc import Ctx
from pipeline.quotes.edges import EDGE_WORDS, balance_brackets
from pipeline.quotes.runons import before_quotation

DATELINE_RE = re.compile(r"[A-Z][A-Z .,'/-]{2,40}(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\([^()\n]{1,40}\))?"
                         r"\s*(?:--|[-\u2013\u2014\u2015])\s*")
_EDGE_PUNCT = {",", ":", ";", "-", "\u2014", "\u2013", "--", ".", "?", "!"}
_LEADING_JOINS = {"and", "or"}  # dropped at the start of a content; 'But A, he said': the 'But' is his
# the writer's connectives ('However,'); 'Now,', 'Instead,', 'So,', 'In other words,' are the speaker's
_DISCOURSE = {"however", "still", "meanwhile", "indeed", "moreover", "also", "yet", "then", "thus",
              "therefore", "furthermore", "finally", "nevertheless", "besides"}
_CONNECTIVES = {"in addition", "as it stands", "for example", "for instance", "in fact", "of course",
                "by contrast", "in contrast", "at the same time", "in any case"}


def tok_span(ctx: Ctx, lo: int, hi: int, cue: Token) -> tuple[int, int] | None:
    """Characters of tokens lo..hi within the cue's paragraph, trimmed of edge punctuation (quote
    marks kept), cut at a ';' after the cue, without a leading dateline ('KYIV (Reuters) - ')."""
    doc, para = ctx.doc, ctx.para_of(cue.idx)
    while lo <= hi and _leading(ctx, lo, hi, para):
        lo += 1
    lo = _skip_connective(doc, lo, hi)
    semi = _semicolon(ctx, max(lo, cue.i + 1), hi)
    hi = hi if semi is None else semi - 1
    while hi + 1 < len(doc) and not doc[hi].whitespace_ and doc[hi + 1].is_alpha:
        hi += 1  # never end inside a word ("don't" split as 'do' and "n't" by the parse)
    while hi >= lo and _trailing(ctx, doc[hi], para):
        hi -= 1
    if hi - 1 > lo and doc[hi - 1].text in _EDGE_PUNCT and _saying(doc[hi]):
        hi -= 2  # 'called for A - saying B': the participle goes on with the next act of saying
        while hi >= lo and _trailing(ctx, doc[hi], para):
            hi -= 1
    hi = balance_brackets(doc, lo, before_quotation(ctx, lo, hi)) if lo <= hi else hi
    if hi < lo or not any(t.is_alpha for t in doc[lo:hi + 1]):
        return None
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi])
    m = DATELINE_RE.match(ctx.text, start, end)
    return (m.end(), end) if m and m.end() < end else (start, end)


def _saying(tok: Token) -> bool:
    """A participle of saying ('saying', 'adding'), whatever the tag the parse gave it."""
    low = tok.lower_
    return low.endswith("ing") and (low[:-3] in SPEECH_LEMMAS or low[:-3] + "e" in SPEECH_LEMMAS)


def _leading(ctx: Ctx, lo: int, hi: int, para: int) -> bool:
    """Token `lo` is a word the content does not open on: a space, edge punctuation, a word of an
    earlier paragraph, a joining word outside quotes, a writer's connective, an unclosed bracket."""
    doc = ctx.doc
    tok = doc[lo]  # one Token for all the tests
    return (tok.is_space or tok.text in _EDGE_PUNCT or ctx.para_of(tok.idx) < para
            or (tok.lower_ in _LEADING_JOINS and not ctx.in_quote(tok))
            or _discourse(doc, lo, hi) or _open_bracket(doc, lo, hi))


def _trailing(ctx: Ctx, tok: Token, para: int) -> bool:
    """A word the content does not end on: a space, edge punctuation or a joining word, or a word
    of a later paragraph."""
    return (tok.is_space or tok.text in _EDGE_PUNCT or tok.lower_ in EDGE_WORDS
            or ctx.para_of(tok.idx) > para)


def _semicolon(ctx: Ctx, lo: int, hi: int) -> int | None:
    """The first ';' of tokens lo..hi outside quotes and brackets ("30m euros ($39m; £21m) until June"
    goes on)."""
    if 0 <= lo < hi < len(ctx.starts) and ";" not in ctx.text[ctx.starts[lo]:ctx.starts[hi]]:
        return None  # the text first: no Token per word
    depth = 0
    for t in ctx.doc[lo:hi]:
        depth += (t.text == "(") - (t.text == ")" and depth > 0)
        if t.text == ";" and not depth and not ctx.in_quote(t):
            return t.i
    return None


def _skip_connective(doc: Doc, lo: int, hi: int) -> int:
    """`lo` after a connective phrase opening a sentence and closed by a comma ('In addition,',
    'As for complexity,', 'Details aside,', 'As it stands,'): the writer's words, not the speaker's."""
    if lo + 1 >= hi:
        return lo
    comma = next((t.i for t in doc[lo + 1:min(hi, lo + 5)] if t.text == ","), None)
    if comma is None:
        return lo
    phrase = doc[lo:comma].text.lower()
    if phrase in _CONNECTIVES or phrase.endswith(" aside") or (phrase.startswith("as for ")):
        return comma + 1
    return lo


def _open_bracket(doc: Doc, lo: int, hi: int) -> bool:
    """A bracket opening the content that does not close within it ('(“A,” he said.)'): the
    content is inside the brackets, not the bracketed sentence with its attribution."""
    return doc[lo].text == "(" and not any(t.text == ")" for t in doc[lo + 1:hi + 1])


def _discourse(doc: Doc, lo: int, hi: int) -> bool:
    """A sentence adverb and its comma opening a content span ('However,')."""
    return lo + 1 < hi and doc[lo + 1].text == "," and doc[lo].lower_ in _DISCOURSE
