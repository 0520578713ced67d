"""Signs that a name is a business, read from the parse around one mention: a deal's verb with the
name as its object ("auction off X", "X was bought"), an asset's or a part's noun the name stands
beside ("its lucrative asset X", "the production arm X"), and a firm's noun the name is given as an
example of ("a state-backed firm, like X", "firms such as X"). `makers.unknown_places` counts them
for a one-word name no gazetteer knows; a place is rarely bought, auctioned or a firm's example.
"""

from __future__ import annotations

from pipeline.entities import firms as FM
from pipeline.entities.bodysigns import PARTS
from pipeline.entities.candidates import Cand, DocCtx

# Verbs of a deal whose object is a business ("buy X", "auction off X", "X was acquired").
DEALS = frozenset(
    {"acquire", "auction", "buy", "nationalise", "nationalize", "privatise", "privatize", "purchase", "sell"}
)
ASSETS = PARTS | {"asset", "assets"}  # "the firm's most lucrative asset X"
OBJECTS = frozenset({"dobj", "nsubjpass"})


def deal_votes(ctx: DocCtx, c: Cand) -> int:
    """One vote for a deal's object and one for an asset's or a part's noun beside the mention; an
    example of a firm's noun counts as a description (`firms.DESCRIBED`)."""
    tok = ctx.toks[c.end - 1]
    head = tok.head
    dealt = tok.dep_ in OBJECTS and head.pos_ == "VERB" and head.lemma_.lower() in DEALS
    asset = tok.dep_ == "appos" and head.lower_ in ASSETS and head.i < c.start
    return int(dealt) + int(asset) + FM.DESCRIBED * _example_of_firms(ctx, c)


def _example_of_firms(ctx: DocCtx, c: Cand) -> bool:
    """The name follows "like" or "such as" after a firm's noun, maybe with a comma between ("a
    government-backed firm, like X", "carriers such as X")."""
    words, s = ctx.words, c.start
    k = s - 1
    if k > 1 and words[k] == "as" and words[k - 1] == "such":
        k -= 1
    elif not (k > 0 and words[k] == "like"):
        return False
    k -= 1 + (k > 1 and words[k - 1] == ",")
    return k >= 0 and words[k].islower() and FM.firm_noun(words[k])
