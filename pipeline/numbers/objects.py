"""What an amount counts or measures (its `object`) for the numbers stage, from the dependency parse:
the head noun of the amount's own phrase ("450 fruit growers", "a loss of $175.5 million"), else the
noun its clause says it measures ("sales rose 5%", "a deal worth $9.4bn"), never from another
sentence. `conversions` gives an amount converted in brackets the object of the amount before it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.nlp.extensions import doc_text
from pipeline.numbers.parse import Item
from pipeline.numbers.pieces import Piece
from pipeline.numbers.tables import CHANGE_VERBS, CUR_NAMES, PERCENT, TEMPORAL, TIME_UNITS, UNITS

SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+[\"“‘(]*[A-Z]")


def _phrase(tok, span: range = range(0), home=None) -> str | None:
    """The noun with its compound modifiers: "drone producers", "production capacity"; None when it
    stands in another sentence than the amount (`home`), which the parse can join across a full stop:
    "forecasts of £532m. Revenues were ..." does not count revenues."""
    if home is not None:
        a, b = sorted((home, tok), key=lambda t: t.i)
        if any(t.is_sent_start for t in tok.doc[a.i + 1:b.i + 1]) \
                or SENTENCE_END.search(doc_text(tok.doc), a.idx, b.idx + 1):
            return None
    left = tok
    for c in reversed(list(tok.lefts)):
        if c.dep_ == "compound" and c.i == left.i - 1 and c.i not in span:
            left = c
    text = tok.doc[left.i:tok.i + 1].text
    return text if any(c.isalpha() for c in text) else None


def object_of(it: Item, p: list[Piece], doc: Doc) -> str | None:
    """What is counted or measured, from the dependency parse."""
    s, e = p[max(it.a, it.core)].i, p[it.b - 1].i + 1
    heads = [t for t in doc[s:e] if not s <= t.head.i < e or t.head == t]
    if not heads:
        return None
    h = heads[-1]
    for c in h.children:  # "1,000 of the companies", "$48 billion in assets"
        of_in = c.lower_ == "of" or c.lower_ == "in" and it.type == "money"
        if c.dep_ == "prep" and of_in and not s <= c.i < e:
            obj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                return _phrase(obj, home=h)
    if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.pos_ == "NOUN":
        return _phrase(h.head.head, home=h)  # "a loss of $175.5 million"
    skip = set(UNITS) | set(CUR_NAMES) | TEMPORAL | PERCENT
    if h.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and h.head.pos_ in ("NOUN", "PROPN") \
            and not s <= h.head.i < e and h.head.lower_.rstrip("s") not in skip and h.head.lower_ not in skip:
        return _phrase(h.head, range(s, e), home=h)
    if it.type in ("money", "percent", "quantity") and it.unit not in TIME_UNITS:
        return _object_of_clause(h, it)  # a length of time measures no subject: "Aragones has 10 days"
    return None


CLAUSE_DEPS = {"dobj", "attr", "pobj", "npadvmod", "oprd", "appos"}
# verbs whose subject is what the amount measures, also seen through "is expected to ..."
LEVEL_VERBS = CHANGE_VERBS | {"reach", "total", "be", "hit", "top", "exceed", "amount", "stand", "remain",
                             "cost"}


def _object_of_clause(h, it: Item) -> str | None:
    """An amount's object from its clause: "a deal worth $9.4bn", "estimated the loss at 3bn rupees",
    "$6.6bn in revenue", "the cost was expected to reach £50bn", "sales rose 5%"."""
    if h.dep_ in ("pobj", "npadvmod") and h.head.lower_ == "worth" and h.head.head.pos_ == "NOUN":
        return _phrase(h.head.head, home=h)  # "a deal worth $9.4bn"
    verb = h.head.head if h.dep_ == "pobj" else h.head
    if h.dep_ not in CLAUSE_DEPS or verb.pos_ not in ("VERB", "AUX"):
        return None
    if it.type == "money":
        after = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > h.i]
        obj = next((x for c in after for x in c.children if x.dep_ == "pobj" and x.pos_ == "NOUN"
                    and not any(d.dep_ == "det" for d in x.children)), None)
        if obj is not None and obj.lower_ not in TEMPORAL:
            return _phrase(obj, home=h)  # "producing $6.6bn in revenue", not "in a separate lawsuit"
        if h.dep_ == "pobj" and h.head.lower_ == "at":
            dobj = next((x for x in verb.children if x.dep_ == "dobj" and x.pos_ == "NOUN"), None)
            if dobj is not None and dobj.i < h.i:
                return _phrase(dobj, home=h)  # "estimated the loss at 3bn rupees"
    levels = verb.dep_ == "xcomp" and verb.lemma_.lower() in LEVEL_VERBS
    for v in (verb, verb.head) if levels else (verb,):  # "the cost was expected to reach £50bn"
        subj = next((x for x in v.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return _phrase(subj, home=h) if subj.pos_ in ("NOUN", "PROPN") else None
    return None


CONVERSION_GAP = re.compile(r"\s*[(;,/]\s*")


def conversions(items: list[dict], text: str) -> list[dict]:
    """A money amount converted in brackets counts what the amount before it counts: "profit rose
    to A$458.4m ($357.6m; £191m)" -> all three are profit."""
    bracket = False
    for prev, it in zip(items, items[1:], strict=False):
        gap = text[prev["end"]:it["start"]]
        bracket = CONVERSION_GAP.fullmatch(gap) is not None and ("(" in gap or bracket)
        if bracket and it["type"] == prev["type"] == "money" and it["object"] is None:
            it["object"] = prev["object"]
    return items

