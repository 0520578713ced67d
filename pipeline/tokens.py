"""Token helpers the stages share: the entity a token is in, whether a sentence may start right
after a token, and whether "quarters" is a fraction or a stretch of time."""

from __future__ import annotations

from spacy.tokens import Span, Token

SENTENCE_OPENERS = "`'\"\u201c\u2018\u00ab:;([-\u2013\u2014"


def entity_of(tok: Token) -> Span:
    """The entity `tok` is in (itself if none), through the IOB tags: no scan of `doc.ents`."""
    doc, a, b = tok.doc, tok.i, tok.i
    while a > 0 and doc[a].ent_iob_ == "I":
        a -= 1
    while b + 1 < len(doc) and doc[b + 1].ent_iob_ == "I":
        b += 1
    return doc[a:b + 1]


def opens(tok: Token) -> bool:
    """A sentence may start after `tok`: a line break, a quote mark, a colon, a bracket or a dash, so
    a capital letter after it says nothing about a name."""
    return tok.is_space or all(c in SENTENCE_OPENERS for c in tok.text)


def quarter_fraction(span: Span) -> bool:
    """A count of quarters read as a fraction: hyphenated ("three-quarters said"), singular ("a
    quarter", "three quarter-point rises") or followed by "of"; not "grown for six quarters", which
    is a stretch of time."""
    doc = span.doc
    nxt = doc[span.end].lower_ if span.end < len(doc) else ""
    return not (span[-1].lower_ == "quarters" and len(span) > 1 and span[-2].text != "-" and nxt != "of")
