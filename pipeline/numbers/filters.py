"""Filters for the numbers stage: what reads as a number but is not an amount. Dates, times and
durations (the dates stage's), years, clock times and codes ("0710 GMT", "0800 028 9276"), names
("Boeing 737", "the Six Nations", "BBC One"), identifiers ("exit 436", "No. 10"), the pronoun and
"one" ("the least feasible one"), street numbers ("10 Downing Street"), spelled counts that name a kind
("a four-door car") and idioms ("a half-decent mark").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.numbers.parse import Item, month_near, multiplier
from pipeline.numbers.pieces import ORDINAL_RE, Piece, words
from pipeline.numbers.tables import (
    CHANGE_VERBS,
    CUR_NAMES,
    MEASURE_WORDS,
    MODEL_NOUNS,
    MONTHS,
    NUMBER_WORDS,
    PRONOUN_ONE,
    RANK_WORDS,
    SMALL,
    STREET_WORDS,
    TEMPORAL,
    TIME_UNITS,
    UNITS,
)
from pipeline.tokens import entity_of, opens, quarter_fraction
from pipeline.vocab import HHMM

SCALE_WORDS = {"dozen", "hundred", "thousand", "million", "billion", "trillion"}
# what a distance in metres names in sport ("the 400m hurdles", "two 800m titles")


NAME_ENTS = {"ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "FAC", "GPE", "PERSON", "NORP", "LOC"}


TIME_DETERMINERS = {"past", "next", "last", "first", "coming", "previous"}


ZERO_IDIOMS = {"tolerance", "sum", "hour"}
ONE_IDIOMS = {"- time", "- off", "- way", "- sided", "- stop", "- on", "- man", "- size"}




YEAR_RE = re.compile(r"(?:1[5-9]|20)\d\d(?:s|'s)?|'\d\ds?")


def yearish(it: Item, p: list[Piece]) -> bool:
    a = max(it.a, it.core)
    return it.type == "cardinal" and it.b - a == 1 and bool(YEAR_RE.fullmatch(p[a].text))


def temporal_ent(doc: Doc, i: int) -> bool:
    """Token i lies in a DATE/TIME entity that really is temporal (a month, weekday, year, duration ...)."""
    t = doc[i]
    if t.ent_type_ not in ("DATE", "TIME"):
        return False
    for x in entity_of(doc[i]):
        w = x.lower_
        if w in TEMPORAL or w.rstrip(".") in MONTHS or YEAR_RE.fullmatch(w):
            return True
    return False


def _in_name(doc: Doc, i: int) -> bool:
    """Token i is part of a name with words in it ("Boeing 737", "World War Two")."""
    if doc[i].ent_type_ not in NAME_ENTS:
        return False
    return any(t.is_alpha and t.lower_ not in NUMBER_WORDS for t in entity_of(doc[i]))


def keep(it: Item, p: list[Piece], doc: Doc) -> bool:
    """Drop dates and durations (the dates stage's), pronoun "one", idioms and identifiers."""
    toks = range(p[it.a].i, p[it.b - 1].i + 1)
    plain = it.type == "cardinal" and it.approx == "exact" and it.low is None
    integral = it.value is None or float(it.value).is_integer()
    rate = (it.unit or "").startswith("per ")
    if integral and (plain or it.type == "cardinal" and it.approx == "range") and multiplier(it, p) == 1 \
            and not rate and (any(temporal_ent(doc, i) and not _after_length(doc, i) for i in toks)
                              or month_near(p, it.a, it.b)):
        return False  # "September 16-19"; not "three quarters of a million", "20 per week"
    if integral and it.type == "cardinal" and it.approx in ("exact", "range") and _address(it, p, doc):
        return False  # "10 Downing Street", "16-18 Industrial Avenue, ..."
    if it.unit in TIME_UNITS and month_near(p, it.a, it.b):
        return False  # "May 5 days": a date
    if it.unit in TIME_UNITS and p[it.a].low == "one" and it.b - it.a == 2 and _some_time(doc[p[it.a].i]):
        return False  # "One day he will ...": some time, not a length
    if yearish(it, p) and words(p, it.b, 1) in ("levels", "level", "prices"):
        return False  # "below 2005 levels"
    after = it.b + (words(p, it.b, 1) in ("more", "additional", "consecutive", "straight", "full", "-"))
    if it.type == "cardinal" and words(p, after, 1) in TEMPORAL and p[after].low != "quarter":
        return False  # a duration: "2 1/2 years", "20 more years"
    if p[it.b - 1].low in ("quarter", "quarters", "half") and all(x.low != "and" for x in p[it.a:it.b]) \
            and (any(temporal_ent(doc, i) for i in toks) and not _fraction_alone(doc, toks)
                 or words(p, it.a - 1, 1) in TIME_DETERMINERS):
        return False  # "the next three quarters"; not "Three-quarters said"
    if it.value is None and it.low is None and it.high is None and doc[p[it.a].i].pos_ not in ("NOUN", "NUM"):
        return False  # "scores" the verb
    if yearish(it, p) and it.a != it.core and doc[p[it.b - 1].i].dep_ != "nummod" \
            and words(p, it.b, 1) != "of":
        return False  # "beyond 2009", "above 2004's average": a time, not an amount
    if it.approx == "range" and words(p, it.b, 1) in CLOCK_ZONES and HHMM.fullmatch(p[it.b - 1].text):
        return False  # "from 1130 to 1215 GMT"
    if p[it.b - 1].low == "half" and _hyphen_word(p, it.b):
        return False  # "a half-decent mark", "a half-chance"; not "a half-million", "a half-mile"
    if not plain:
        return True
    one = p[it.a].low == "one" and it.b - it.a == 1  # "one" alone, not "one million", "one in five"
    if one and (words(p, it.b, 2) in ONE_IDIOMS or it.a and p[it.a - 1].low in PRONOUN_ONE
                or _pronoun_one(doc[p[it.a].i])):
        return False  # "one-time", "that one is", "the least feasible one"
    if p[it.a].low == "zero" and it.b - it.a == 1 and words(p, it.b, 1) in ZERO_IDIOMS:
        return False  # "a zero tolerance policy": an idiom, not a count
    if words(p, it.b, 1) == "cent" and p[it.b].text[0].isupper():
        return False  # "50 Cent", the rapper
    if it.b - it.a == 1 and p[it.a].low in SMALL and _hyphen_word(p, it.b) \
            and doc[p[it.b + 1].i].tag_ == "NN" and p[it.b + 1].low not in NUMBER_WORDS:
        return False  # a kind, not an amount: "a four-door car", "a six-speed gearbox", "a three-bed flat"
    if _name_word(it, p, doc):
        return False  # "the Six Nations", "Formula One", "BBC One"
    if _clock_or_code(it, p, doc):
        return False  # "2300 GMT", "0800 028 9276"
    if any(_in_name(doc, i) for i in toks) or p[it.a].text[0] == "+" and words(p, it.b, 1) in ("-", "/"):
        return False  # "Boeing 737", a phone number
    if it.b + 1 < len(p) and p[it.b].text == "." and p[it.b - 1].end == p[it.b].start \
            and p[it.b].end == p[it.b + 1].start and p[it.b + 1].text[:1].isalpha():
        return False  # a name or an address: "One.Tel", "web2.com"
    if integral and it.a and p[it.a - 1].low == "number":
        return False  # a rank or a label: "the number one seller", "number 10"
    if integral and (_model_name(it, p, doc) or _chart_place(it, p, doc)):
        return False  # "the 147, 156 and 166 models", "climbed to three in the chart", "the top 40"
    return not (integral and p[it.b - 1].text.isdigit() and _identifier(it, p, doc))


def _after_length(doc: Doc, i: int) -> bool:
    """Token i follows a length of time and a conjunction inside the model's DATE entity: "unemployed for
    two years and 95800 who ...": a new amount, not part of the length."""
    return i >= 2 and doc[i - 1].pos_ == "CCONJ" and doc[i - 2].lower_ in TEMPORAL \
        and not (i + 1 < len(doc) and (doc[i + 1].lower_ in TEMPORAL or doc[i + 1].lower_ in MONTHS))


def _address(it: Item, p: list[Piece], doc: Doc) -> bool:
    """A street number: digits right before a capitalised street name that ends the phrase ("10 Downing
    Street,", "9 E 71st St", "22 Ave Foch"); not "20 High Street stores"."""
    if not p[it.b - 1].text.isdigit():
        return False
    first = p[it.b - 1].i + 1
    k, street = first, False
    while k < min(len(doc), first + 4) and (doc[k].is_alpha and doc[k].text[0].isupper()
                                            or ORDINAL_RE.fullmatch(doc[k].text)):  # "E 71st St"
        street = street or doc[k].lower_ in STREET_WORDS
        k += 1
    nxt = doc[k] if k < len(doc) else None
    return street and not (nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN")


def _fraction_alone(doc: Doc, toks: range) -> bool:
    """The model's DATE entity is the fraction alone ("Three-quarters said ...", "a quarter of the
    market"): nothing makes it a stretch of time ("the next three quarters", "six quarters")."""
    ent = entity_of(doc[toks[0]])
    if ent.start < toks[0] or ent.end > toks[-1] + 1:
        return False
    if ent.start > 0 and doc[ent.start - 1].lower_ in TIME_DETERMINERS | {"the"}:
        return False
    return quarter_fraction(ent)  # "grown for six quarters", "two quarters ahead" stay lengths of time


def _hyphen_word(p: list[Piece], b: int) -> bool:
    """p[b] is a hyphen glued between the amount and a word that is not a scale, unit or currency."""
    if b + 1 >= len(p) or p[b].text != "-" or p[b].start != p[b - 1].end or p[b + 1].start != p[b].end:
        return False
    w = p[b + 1].low
    return w.isalpha() and w not in SCALE_WORDS and w.rstrip("s") not in MEASURE_WORDS and w not in TEMPORAL


def _pronoun_one(tok) -> bool:
    """ "one" as a pronoun or an idiom, not a count: "the least feasible one", "no-one", "at one time".
    The partitive "one of the biggest" counts one of a set, as news quantity sets annotate it."""
    if tok.pos_ != "NUM":
        return True
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "no":
        return True
    if tok.i >= 1 and doc[tok.i - 1].lower_ == "at" and tok.i + 1 < len(doc) \
            and doc[tok.i + 1].lower_ in ("time", "point", "stage"):
        return True
    partitive = tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of"  # "One of the firms was ..."
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") and tok.head.i > tok.i \
            and not partitive:
        return True  # "One told reporters": someone
    return any(c.dep_ in ("det", "amod", "poss") and c.i < tok.i for c in tok.children)


CLOCK_ZONES = {"gmt", "bst", "utc", "cet", "est", "edt", "pst", "pdt", "et", "local", "hrs", "hours", "h"}


def _clock_or_code(it: Item, p: list[Piece], doc: Doc) -> bool:
    """A 24-hour clock time ("2300 GMT") or a number written with a leading zero (a code, a phone
    number, "007"), which is never an amount."""
    text = p[it.a].text
    if it.b - it.a != 1 or not text.isdigit():
        return False
    if _zero_led(text) or it.a and _zero_led(p[it.a - 1].text):
        return True  # "0800 028 9276"
    if HHMM.fullmatch(text) and words(p, it.b, 1) in ("and", "to", "-") and it.b + 1 < len(p) \
            and HHMM.fullmatch(p[it.b + 1].text) and _zero_led(p[it.b + 1].text):
        return True  # "a curfew between 2200 and 0700"
    return len(text) == 4 and int(text[:2]) < 24 and int(text[2:]) < 60 and words(p, it.b, 1) in CLOCK_ZONES


def _zero_led(text: str) -> bool:
    """Digits with a leading zero ("0800", "007"), not zero itself ("0", "0000")."""
    return len(text) > 1 and text.isdigit() and text[0] == "0" and bool(text.strip("0"))


def _name_word(it: Item, p: list[Piece], doc: Doc) -> bool:
    """A capitalised number word inside a sentence is part of a name: "the Six Nations", "BBC One"."""
    for x in p[it.a:it.b]:
        tok = doc[x.i]
        if tok.is_alpha and tok.lower_ in NUMBER_WORDS and tok.is_title and not tok.is_sent_start \
                and tok.i > 0 and not opens(doc[tok.i - 1]) \
                and not _shouting(doc, tok.i):
            return True
    return False




def _shouting(doc: Doc, i: int) -> bool:
    """The words around token i are capitalised too (a headline or ALL-CAPS text)."""
    near = [t for t in doc[max(0, i - 3):i + 4] if t.is_alpha and t.i != i]
    return len(near) >= 3 and sum(t.text[0].isupper() for t in near) >= len(near) - 1


def _identifier(it: Item, p: list[Piece], doc: Doc) -> bool:
    """A bare integer that is a year, a day of the month or a name: "in 2019", "Nov. 6", "exit 436"."""
    v, tok = it.value, doc[p[it.b - 1].i]
    if 1000 <= v <= 2100 and it.b - it.a == 1 and not (tok.dep_ == "nummod" and tok.head.tag_ == "NNS"):
        return True
    if v <= 31 and month_near(p, it.a, it.b):
        return True
    if v >= 100 and tok.dep_ == "nummod" and tok.head.tag_ == "NN" and tok.head.i == tok.i + 1 \
            and tok.head.lower_ not in UNITS:
        return True
    if words(p, it.a - 2, 2) in ("no .", "nos .") or it.a and p[it.a - 1].low in ("no.", "#", "nos.", "year"):
        return True
    prev = doc[p[it.a].i - 1] if p[it.a].i > 0 else None
    return prev is not None and prev.pos_ in ("NOUN", "PROPN") and prev.lower_ not in NUMBER_WORDS \
        and prev.lower_ not in CUR_NAMES and (tok.head == prev or prev.is_title or prev.pos_ == "PROPN"
                                             or tok.dep_ in ("appos", "npadvmod", "compound"))


def _some_time(one) -> bool:
    """ "one day", "one morning" as an adverb of time ("One day he will", "he called one night"), not a
    length ("for one day", "it took one week", "one day's pay")."""
    unit = one.head
    if unit.dep_ not in ("npadvmod", "advmod") or unit.i != one.i + 1:
        return False
    before = one.doc[one.i - 1] if one.i else None
    return before is None or before.pos_ not in ("ADP", "VERB", "AUX", "ADV", "DET", "NUM")


def _model_name(it: Item, p: list[Piece], doc: Doc) -> bool:
    """A bare number naming a product: "the 147, 156 and 166 models", "the 737 series": it stands right
    before a word of models, alone after "the" or in a list of such numbers."""
    k = it.b
    while k + 1 < len(p) and p[k].low in (",", "and", "or", "/") and p[k + 1].text.isdigit():
        k += 2  # along the list: "147, 156 and 166"
    if words(p, k, 1) not in MODEL_NOUNS or not p[k].text.islower():
        return False  # not "27000 Model S vehicles": a count of a named model
    before = p[it.a - 1].low if it.a else ""
    return before in ("the", ",", "and", "or", "/") or k > it.b or doc[p[it.a].i - 1].pos_ == "PROPN"


def _chart_place(it: Item, p: list[Piece], doc: Doc) -> bool:
    """A place in a chart or ranking, not an amount: "climbed to three in the chart", "the top 40",
    "up to number 12": a small bare number after "top", or after a verb of moving and "to" in a
    sentence that speaks of a chart or ranking."""
    if it.value is None or it.value > 100 or it.b - it.a != 1:
        return False
    before = words(p, it.a - 1, 1)
    if before in ("top", "bottom") and doc[p[it.a].i].head.tag_ != "NNS":
        return True  # "in the top 40"; not "the top 10 firms"
    if before != "to" or it.a < 2 or doc[p[it.a - 2].i].lemma_.lower() not in CHANGE_VERBS | {"climb"}:
        return False
    sent = doc[p[it.a].i].sent
    return any(t.lower_ in RANK_WORDS for t in sent)
