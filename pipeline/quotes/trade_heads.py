"""Companies described by their trade beyond the bare company nouns: 'the carmaker', 'the German
drugmaker', 'the Leuven-based brewery', 'the online auction house' (a head that needs its trade
word right before it: not 'the opera house', 'the house'). Such a description refers back to the
firm a recent clause had as subject, like 'the insurer'. Table: data/quote_cues.json
(trade_heads).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotemarks import quote_cues

_TRADES: dict[str, frozenset[str]] = {
    head: frozenset(words) for head, words in quote_cues()["trade_heads"].items()}


def trade_head(head: Token) -> bool:
    """A singular common noun that names a company by its trade: one of the trade heads, with one
    of its trade words right before it where it needs one ('auction house')."""
    words = _TRADES.get(head.lower_)
    if words is None or head.tag_ != "NN":
        return False
    if not words:
        return True
    before = head.doc[head.i - 1] if head.i else None
    return before is not None and before.lower_ in words and before.head.i == head.i


def placed_trade(head: Token) -> bool:
    """A name before the trade head that makes the description one of a place's firms ("the UK's
    biggest carmaker"), not a hyphened seat ('the Leuven-based brewery')."""
    doc = head.doc
    return any(t.pos_ == "PROPN" and not (t.i + 1 < len(doc) and doc[t.i + 1].text == "-")
               for t in head.subtree if t.i < head.i)
