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
from pipeline.numbers.tables import (
    CAUSATIVE_VERBS,
    CHANGE_VERBS,
    CUR_NAMES,
    MARK_NOUNS,
    PERCENT,
    TEMPORAL,
    TIME_UNITS,
    UNITS,
)

SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+[\"“‘(]*[A-Z]")


def _phrase(tok, span: range = range(0), home=None) -> str | None:
    """The noun with its compound modifiers: "drone producers", "production capacity"; None when it
    stands in another sentence than the amount (`home`), which the parse can join across a full stop:
    "forecasts of £532m. Revenues were ..." does not count revenues, nor a body a headline's amount."""
    if home is not None:
        a, b = sorted((home, tok), key=lambda t: t.i)
        text = doc_text(tok.doc)
        if any(t.is_sent_start for t in tok.doc[a.i + 1:b.i + 1]) or "\n" in text[a.idx:b.idx] \
                or SENTENCE_END.search(text, a.idx, b.idx + 1):
            return None
    if _unit_of_amount(tok):
        return None  # "taking part in the 1000m" is no 'm' of "800m and 1500m champion ..."
    left = tok
    for c in reversed(list(tok.lefts)):
        if c.dep_ == "compound" and c.i == left.i - 1 and c.i not in span and c.is_alpha:
            left = c
    text = tok.doc[left.i:tok.i + 1].text
    return text if any(c.isalpha() for c in text) else None


def _unit_of_amount(tok) -> bool:
    """The token is the unit of a number before it ("800 m", "10 kg"): a measure, not what is measured."""
    return tok.i > 0 and tok.lower_ in UNITS and (tok.nbor(-1).like_num or any(
        c.dep_ == "nummod" for c in tok.lefts))


def object_of(it: Item, p: list[Piece], doc: Doc) -> str | None:
    """What is counted or measured, from the dependency parse."""
    s, e = p[max(it.a, it.core)].i, p[it.b - 1].i + 1
    heads = [t for t in doc[s:e] if not s <= t.head.i < e or t.head == t]
    if not heads:
        return None
    h = heads[-1]
    of = _of_after(h, doc, e, it)
    if of is not None:
        return _phrase(of, home=h)  # "1,000 of the companies", "$48 billion in assets", "£1.5bn of sales"
    if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.pos_ == "NOUN":
        if h.head.head.lower_ not in MARK_NOUNS:
            return _phrase(h.head.head, home=h)  # "a loss of $175.5 million"
        h = h.head.head  # "a record of $1.76 trillion": what reached the record
    elif h.dep_ == "appos" and h.head.lower_ in MARK_NOUNS:
        h = h.head  # "to a record $180.7bn"
    skip = set(UNITS) | set(CUR_NAMES) | TEMPORAL | PERCENT
    noun = h.head
    while noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.i < noun.head.i <= noun.i + 2:
        noun = noun.head  # "a $1bn London listing"
    if h.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and noun.pos_ in ("NOUN", "PROPN") \
            and not s <= noun.i < e and noun.lower_.rstrip("s") not in skip and noun.lower_ not in skip:
        return _phrase(noun, range(s, e), home=h)
    after = _noun_after_brackets(doc, e)
    if after is not None:
        return _phrase(after, home=h)  # "a $1.5m (£799,000) fine"
    if it.unit not in TIME_UNITS:
        return _object_of_clause(h, it)  # a length of time measures no subject: "Aragones has 10 days"
    return None


def _of_after(h, doc: Doc, e: int, it: Item):
    """The noun of an "of" (or, for money, "in") phrase that the amount heads or that follows it: "1,000
    of the companies", "$48 billion in assets", "£1.5bn of lost sales", "2.4bn euros-worth of debts"."""
    for c in h.children:
        of_in = c.lower_ == "of" or c.lower_ == "in" and it.type == "money"
        if c.dep_ == "prep" and of_in and c.i >= e:
            obj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.lower_ not in TEMPORAL:
                return obj  # not "$377bn in the previous year"
    k = e + (e < len(doc) and doc[e].text == "-")
    k += k < len(doc) and doc[k].lower_ == "worth"
    if k < len(doc) and doc[k].lower_ == "of" and doc[k].dep_ == "prep" and h.dep_ in ("dobj", "npadvmod"):
        obj = next((x for x in doc[k].children if x.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ == "NOUN" and obj.lower_ not in TEMPORAL:
            return obj
    return None


def _noun_after_brackets(doc: Doc, e: int):
    """The noun right after the brackets that follow an amount, which it modifies: "a $1.5m (£799,000)
    fine"."""
    if e >= len(doc) or doc[e].text != "(":
        return None
    k = next((t.i for t in doc[e:e + 12] if t.text == ")"), None)
    nxt = doc[k + 1] if k is not None and k + 1 < len(doc) else None
    if nxt is None or nxt.pos_ != "NOUN" or nxt.lower_ in TEMPORAL or nxt.lower_.rstrip("s") in UNITS:
        return None
    while nxt.dep_ == "compound" and nxt.head.pos_ == "NOUN" and nxt.head.i == nxt.i + 1:
        nxt = nxt.head
    return nxt


CLAUSE_DEPS = {"dobj", "attr", "pobj", "npadvmod", "oprd", "appos"}
# verbs whose subject is what the amount measures, also seen through "is expected to ..."
LEVEL_VERBS = CHANGE_VERBS | {"reach", "total", "be", "hit", "top", "exceed", "amount", "stand", "remain",
                             "cost"}
RELATIVES = {"which", "that", "who"}
# prepositions through which a measure gives its subject's level: "stood at 5m"
LEVEL_PREPS = {"at", "above", "below", "around", "near", "to", "from", "under"}


def _object_of_clause(h, it: Item) -> str | None:
    """An amount's object from its clause: "a deal worth $9.4bn", "estimated the loss at 3bn rupees",
    "$6.6bn in revenue", "the cost was expected to reach £50bn", "sales rose 5%", "cut its rate to 3%",
    "the price was down 1%", "profits, which showed a rise to €18bn"."""
    if h.dep_ in ("pobj", "npadvmod") and h.head.lower_ == "worth":
        deal = h.head.head if h.head.head.pos_ == "NOUN" else h.head.nbor(-1) if h.head.i else h.head
        return _phrase(deal, home=h) if deal.pos_ == "NOUN" else None  # "a deal worth $9.4bn"
    if h.dep_ not in CLAUSE_DEPS:
        return None
    verb = h.head.head if h.dep_ == "pobj" else h.head
    if verb.pos_ in ("ADV", "ADJ", "ADP") and (verb.dep_ in ("advmod", "acomp", "npadvmod", "prt")
                                               or verb.dep_ == "prep" and h.dep_ == "npadvmod"):
        if verb.head.pos_ == "NOUN" and verb.pos_ != "ADP" and verb.head.lemma_.lower() not in CHANGE_VERBS:
            return _phrase(verb.head, home=h)  # "the deficit, up 30.5% at $162bn"
        verb = verb.head  # "the share price was down 1% at 1218 pence", "was 24.4% above"
    change = verb.pos_ == "NOUN" and verb.lemma_.lower() in CHANGE_VERBS and verb.head.pos_ in ("VERB", "AUX")
    if change:
        what = next((x for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                     for x in c.children if x.dep_ == "pobj" and x.pos_ == "NOUN"), None)
        if what is not None:
            return _phrase(what, home=h)  # "a 26% rise in profits to $16.2bn"
        verb = verb.head  # "showed a 5.5% rise to €18.3bn"
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if it.type == "money" and not (lemma in LEVEL_VERBS and lemma not in CAUSATIVE_VERBS):
        after = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > h.i]
        obj = next((x for c in after for x in c.children if x.dep_ == "pobj" and x.pos_ == "NOUN"
                    and not any(d.dep_ == "det" for d in x.children)), None)
        if obj is not None and obj.lower_ not in TEMPORAL:
            return _phrase(obj, home=h)  # "producing $6.6bn in revenue", not "in a separate lawsuit"
    if h.dep_ == "pobj" and h.head.lower_ in ("at", "to", "by", "from"):
        dobj = next((x for x in verb.children if x.dep_ == "dobj" and x.pos_ == "NOUN" and x.i < h.i
                     and x.is_alpha and x.lemma_.lower() not in CHANGE_VERBS | PERCENT), None)
        # not "showed a rise to ...", "shedding 15% to ..."
        if dobj is not None:
            return _phrase(dobj, home=h)  # "estimated the loss at 3bn rupees", "takes the rate to 12.1%"
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and h.dep_ == "pobj" and verb.head.pos_ == "NOUN" \
            and verb.head.is_alpha and verb.head.lower_ not in PERCENT:
        return _phrase(verb.head, home=h)  # "the shares priced at 9 cents"
    return _subject(h, verb, it, change)


def _subject(h, verb, it: Item, change: bool = False) -> str | None:
    """The subject of the amount's verb when the verb says what level it has ("sales rose 5%", "the
    cost was expected to reach £50bn", "shares tumbled, shedding 15%"); not the agent of a verb that
    acts on the amount ("Monsanto fined $1.5m", "the airline plans to raise $1bn")."""
    lemma = verb.lemma_.lower()
    level = change or lemma in LEVEL_VERBS and lemma not in CAUSATIVE_VERBS
    if not level and (h.dep_ != "pobj" or it.type == "cardinal"
                      or it.type == "quantity" and h.head.lower_ not in LEVEL_PREPS):
        return None  # "was fined $4m", "paid $5m", "outsprinted her in the final 400m"; but "shares
        # closed at 415p", "supported above $30", "the CD sold for £3.99"
    chain = level and (verb.dep_ == "xcomp" or verb.dep_ in ("advcl", "conj")
                       and verb.head.lemma_.lower() in LEVEL_VERBS)  # "shares tumbled, shedding 15%"
    for v in (verb, verb.head) if chain else (verb,):
        subj = next((x for x in v.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        if subj.lower_ in RELATIVES and v.dep_ == "relcl":
            subj = v.head  # "profits, which showed ..."
        return _phrase(subj, home=h) if subj.pos_ in ("NOUN", "PROPN") else None
    return None


CONVERSION_GAP = re.compile(r"\s*[(;,/]\s*")


def conversions(items: list[dict], text: str) -> list[dict]:
    """An amount converted or restated in brackets counts what the amount before it counts: "profit
    rose to A$458.4m ($357.6m; £191m)" -> all three are profit, whatever the bracket's own words."""
    bracket = False
    for prev, it in zip(items, items[1:], strict=False):
        gap = text[prev["end"]:it["start"]]
        bracket = CONVERSION_GAP.fullmatch(gap) is not None and ("(" in gap or bracket)
        if bracket and it["type"] == prev["type"] and (prev["object"] or it["object"] is None):
            it["object"] = prev["object"]
    return items



COMPARED_GAP = re.compile(  # "..., up from", "against", "compared with the"
    r"[^.;!?\n]{0,80}?\b(?:from|against|compared (?:with|to)|versus|vs\.?)\s+(?:the\s+|a\s+)?", re.I)


UP_FROM = re.compile(r"\b(?:up|down) from\s+(?:the\s+|a\s+)?$", re.I)  # "..., up from $8.2bn": the same
FROM_TO = re.compile(r"from [^.;!?\n]{1,40}? to ", re.I)


def comparisons(items: list[dict], text: str) -> list[dict]:
    """An amount that its clause compares with an earlier one measures what that one measures: "profit
    of $261.9m, up from $179.1m", "9.5bn kronor against 6.3bn kronor a year earlier"."""
    for k, it in enumerate(items[1:], 1):
        prev = next((x for x in reversed(items[max(0, k - 3):k]) if x["type"] == it["type"]), items[k - 1])
        gap = COMPARED_GAP.fullmatch(text, prev["end"], it["start"]) if prev["object"] else None
        if gap is not None and it["type"] == prev["type"] \
                and (it["object"] is None or UP_FROM.search(gap[0]) is not None):
            it["object"] = prev["object"]  # "profits of $3.65bn for the final three months - up from $2.89bn"
            continue
        prev = items[k - 1]
        if prev["object"] is None and it["object"] and it["type"] == prev["type"] \
                and FROM_TO.fullmatch(text, prev["start"] - 5, it["start"]) and prev["end"] < it["start"]:
            prev["object"] = it["object"]  # the two ends of a change: "cut from 2% to 1%"
    return items
