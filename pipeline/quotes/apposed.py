"""A name set off by commas after 'according to' and a description ('According to search engine
X, A', 'According to local newspaper the X Echo, A', 'According to the statistics office, X, A',
'according to figures gathered by industry watchdog X, A'): the name is the source, and the content
starts after it. Not after a document ('According to the report, Title, A') nor when the name is
the content's subject ('According to forecasts, X, the biggest bank, will report A'), the words
after the name being no clause of their own."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.quotes.cues import CLAUSE_SUBJECTS, TEXT_NOUNS, according_noun, is_according
from pipeline.quotes.edges import FINITE_TAGS

_NAME_TOKENS = 4  # 'TDG Research', 'Ask Jeeves'
_JOINERS = {"-", "/", "&"}
_WH = {"WP", "WDT", "WP$", "WRB"}


def apposed_name(to: Token) -> tuple[int, int] | None:
    """Token bounds [first, last] of the name set off after 'according to' and a common-noun
    description, else None."""
    if not is_according(to):
        return None
    doc, hi = to.doc, max(to.right_edge.i, to.i)
    apposed = _parsed_apposition(to, hi)
    if apposed is not None:  # 'According to local paper the X Echo,' with the name parsed as apposition
        return apposed
    desc = doc[hi]
    if hi + 2 >= len(doc) or desc.pos_ != "NOUN" or desc.lemma_.lower() in TEXT_NOUNS:
        return None
    closing = _closing_name(doc, hi + 1)
    if closing is not None:  # 'A, according to market analysts X-Y/Z.'
        return closing
    first = last = hi + 2 if doc[hi + 1].text == "," else hi + 1  # 'search engine X,' the parse cut
    if doc[first].lower_ == "the":  # 'local newspaper the Daily Telegraph,', 'the paper, the Daily Mail,'
        first = last = first + 1
    while last < len(doc) and last - first < _NAME_TOKENS and doc[last].is_title and not doc[last].is_punct:
        last += 1
    if last == first or last + 1 >= len(doc) or doc[last].text != ",":
        return None
    if any(t.ent_type_ in ("DATE", "TIME") for t in doc[first:last]) or not _clause_after(doc[last + 1:]):
        return None  # 'X, the biggest bank, will report': the content's subject
    return first, last - 1


def _parsed_apposition(to: Token, hi: int) -> tuple[int, int] | None:
    """Token bounds of a name the parse hung on the description as its apposition, closing the phrase
    before a comma ('local newspaper the X Echo,'), without its article; else None."""
    doc, desc = to.doc, according_noun(to)
    if desc is None or desc.pos_ != "NOUN" or desc.lemma_.lower() in TEXT_NOUNS or hi + 1 >= len(doc):
        return None
    name = next((c for c in desc.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is None or name.right_edge.i != hi or doc[hi + 1].text != "," or not _clause_after(doc[hi + 2:]):
        return None
    first = name.left_edge.i + (doc[name.left_edge.i].dep_ == "det")
    return (first, hi) if all(t.is_title for t in doc[first:hi + 1]) else None


def _closing_name(doc: Doc, first: int) -> tuple[int, int] | None:
    """Token bounds of a name right after the description that ends the sentence, its pieces joined
    by hyphens or slashes the tokenizer split off ('analysts In-Stat/MDR.'), else None."""
    last, words = first, 0
    while last < len(doc) and words <= _NAME_TOKENS:
        tok = doc[last]
        joiner = tok.text in _JOINERS and last > first and not (doc[last - 1].whitespace_ or tok.whitespace_)
        if not joiner and not (tok.is_alpha and (tok.is_title or tok.is_upper)):
            break
        words += not joiner
        last += 1
    if last == first or last >= len(doc) or words > _NAME_TOKENS or doc[last].text not in (".", "!", "?"):
        return None
    return first, last - 1


def _clause_after(rest: Span) -> bool:
    """The words after the name's comma, up to the next comma, hold a finite verb (a clause of
    their own: 'X, rising exports were outweighed'), not only an apposition ('X, the biggest bank,
    will') nor a relative clause ('X, who')."""
    if not len(rest) or rest[0].tag_ in _WH:
        return False
    for tok in rest:
        if tok.text in (",", ";") or tok.is_sent_end:
            return tok.is_sent_end and _finite(tok)
        if _finite(tok):
            return True
    return False


def _finite(tok: Token) -> bool:
    """A finite verb, or a verb with a subject of its own (a present tense tagged 'VB')."""
    return tok.tag_ in FINITE_TAGS or (
        tok.pos_ in ("VERB", "AUX") and any(c.dep_ in CLAUSE_SUBJECTS for c in tok.children))
