"""The numbers stage: money, percentages, quantities, counts, ordinals and ranges, with values.

Finder: a spaCy Matcher for number tokens and a PhraseMatcher for hedges ("more than", "up to"),
both on lower-cased text so that ALL-CAPS works, beside the model's entity spans, which veto
dates/times and names. Token pieces come from `numbers_pieces`, values from `numbers_words` and
`numbers_parse`, currencies and units from `numbers_units`; ranges, hedges and filters are applied
here; the object counted or measured comes from the dependency parse.
Items are plain dicts shaped like `types.Number`.
"""

from __future__ import annotations

import logging
import math
import re

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.extensions import doc_text
from pipeline.numbers_parse import (
    Item,
    as_age,
    as_ratio,
    month_near,
    multiplier,
    numberish,
    read_item,
    read_vague,
    starts_number,
)
from pipeline.numbers_pieces import ORDINAL_RE, Piece, parse_numeral, pieces_of, words
from pipeline.numbers_tables import (
    CUR_NAMES,
    DENOMS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PERCENT,
    SMALL,
    TABLES,
    TEMPORAL,
    TENS,
    TIME_UNITS,
    UNITS,
    VAGUE,
    VULGAR,
)

log = logging.getLogger(__name__)

W: dict = TABLES["words"]
HEDGES: dict[str, list[str]] = W["hedges"]
POST_HEDGES: dict[str, str] = W["post_hedges"]
CHANGE_VERBS, VERB_HEDGES, PRONOUN_ONE = set(W["change_verbs"]), set(W["verb_hedges"]), set(W["pronoun_one"])
LOWER_BOUND, UPPER_BOUND = {"more_than", "at_least"}, {"less_than", "at_most"}
SIGN_HEDGES = {ph: label for label, phrases in HEDGES.items() for ph in phrases
               if ph in ("<", ">", "<=", ">=", "≤", "≥")}
MEASURE_WORDS = set(UNITS) | set(CUR_NAMES)
SCALE_WORDS = {"dozen", "hundred", "thousand", "million", "billion", "trillion"}
# what a distance in metres names in sport ("the 400m hurdles", "two 800m titles")
RACE_NOUNS = {"hurdles", "runners", "sprinters", "swimmers", "titles", "medals", "races", "finals", "heats",
              "relays", "records", "events", "champions", "times", "splits"}
# words before a distance that make it an event ("two 800m finals", "the first 400m heats")
RACE_COUNT_WORDS = {"first", "second", "third", "fourth", "fifth", "both", "two", "three", "four", "five"}
NAME_ENTS = {"ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "FAC", "GPE", "PERSON", "NORP", "LOC"}
NOT_ORDINAL_POS = {"VERB", "PROPN", "PRON", "ADV"}
TIME_DETERMINERS = {"past", "next", "last", "first", "coming", "previous"}
PER_WORDS = {"every", "per", "each", "-"}
ORDINAL_IDIOMS = {"class", "hand", "lady", "aid", "sight", "cousin", "half", "minister", "person"}
ONE_IDIOMS = {"- time", "- off", "- way", "- sided", "- stop", "- on", "- man", "- size"}
PHONE_RE = re.compile(r"(?<![\w.])\+?\(?\d{1,4}\)?(?:[-/]\d{2,4}){2,}(?![\w/-])")
HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
YEAR_RE = re.compile(r"(?:1[5-9]|20)\d\d(?:s|'s)?|'\d\ds?")
_MATCHERS: dict[Vocab, tuple[Matcher, PhraseMatcher]] = {}


def matcher_for(vocab: Vocab) -> tuple[Matcher, PhraseMatcher]:
    """The Matcher for number tokens and the PhraseMatcher for hedges (case-insensitive), once per vocab."""
    if vocab in _MATCHERS:
        return _MATCHERS[vocab]
    m = Matcher(vocab)
    words = sorted(NUMBER_WORDS | set(DENOMS) | set(VAGUE) | set(ORDINALS) | {"half", "minus", "negative"})
    m.add("NUM", [[{"LIKE_NUM": True}], [{"TEXT": {"REGEX": r"\d"}}], [{"LOWER": {"IN": words}}],
                  [{"TEXT": {"IN": list(VULGAR)}}]])
    pm = PhraseMatcher(vocab, attr="LOWER")
    for label, phrases in HEDGES.items():
        docs = [Doc(vocab, words=ph.split()) for ph in phrases]
        docs += [Doc(vocab, words=list(ph)) for ph in phrases if ph in ("<=", ">=")]
        pm.add(label, docs)
    _MATCHERS[vocab] = (m, pm)
    return m, pm


def _hedges(doc: Doc, p: list[Piece], first: list[int]) -> dict[int, tuple[str, int]]:
    """Hedge phrases: piece index where the phrase ends -> (approx, phrase start piece); longest wins.
    A comparison sign inside a token ("x>10") is a piece of its own, out of the PhraseMatcher's reach."""
    out: dict[int, tuple[str, int]] = {}
    strings = doc.vocab.strings
    for mid, s, e in matcher_for(doc.vocab)[1](doc):
        prev = out.get(first[e])
        if prev is None or first[s] < prev[1]:
            out[first[e]] = (strings[mid], first[s])
    for j, x in enumerate(p):
        if x.glued and x.text in SIGN_HEDGES and j + 1 < len(p) and p[j + 1].i == x.i:
            out[j + 1] = (SIGN_HEDGES[x.text], j)
    return out


def _apply_hedge(it: Item, p: list[Piece], hedges: dict[int, tuple[str, int]]) -> None:
    """Hedge before ("more than", "about") and after ("or more", "or equal") -> approx and bounds."""
    pre = hedges.get(it.a)
    approx = pre[0] if pre else "exact"
    post = _post_hedge(p, it.b)
    if post is not None:
        kind, it.b = post
        if kind:
            approx = kind
        elif approx in ("more_than", "less_than"):  # "more than 5000 or equal"
            approx = "at_least" if approx == "more_than" else "at_most"
    it.core = it.a
    if pre and p[pre[1]].low not in VERB_HEDGES:
        it.a = pre[1]
    if approx == "equal":
        it.low = it.high = it.value
        approx = "exact"
    elif approx in LOWER_BOUND:
        it.low = it.value
    elif approx in UPPER_BOUND:
        it.high = it.value
    it.approx = approx


def _post_hedge(p: list[Piece], b: int) -> tuple[str, int] | None:
    """ "or more", "or so", "or equal" after an amount -> (approx or "", end); not "or less than 5000"."""
    for n in (3, 2):
        post = words(p, b, n)
        if post not in POST_HEDGES:
            continue
        k = b + n if post.endswith(" than") else b + n + 1 if words(p, b + n, 1) in ("than", "to") else -1
        if 0 <= k < len(p) and parse_numeral(p[k].text) is not None:
            return None  # a second amount follows: "200 or greater than 190"
        return POST_HEDGES[post], b + n
    return None


def _ranges(items: list[Item], p: list[Piece], doc: Doc) -> list[Item]:
    """Join "10 to 15", "between 10 and 15", "10-15", "over 10 and under 40"; drop scores, fiscal years."""
    out: list[Item] = []
    k = 0
    while k < len(items):
        a = items[k]
        b = items[k + 1] if k + 1 < len(items) else None
        gap = words(p, a.b, b.a - a.b) if b else ""
        if b is not None and gap in ("-", "–", "/") and p[a.b].start == p[a.b - 1].end == p[b.a].start - 1 \
                and a.type == b.type == "cardinal" and a.value is not None and b.value is not None:
            digits = p[a.b - 1].text.isdigit() and p[b.a].text.isdigit()
            if digits and (1000 <= a.value <= 2100 and b.value < 100 or b.value <= a.value
                           or _dash_chain(p, b.b) or _dash_chain(p, a.a - 3) or _score(a, b, p, doc)):
                k += 2  # fiscal year "2012-13", score or tally "3-1", "52-48", set scores "6-7 6-4"
                continue
        joined = _join(a, b, gap, p, doc) if b is not None and not any(x.nl for x in p[a.b:b.a + 1]) else None
        if joined is not None:
            out.append(joined)
            k += 2
        else:
            out.append(a)
            k += 1
    return out


SCORE_WORDS = {"win", "beat", "lose", "draw", "lead", "trail", "defeat", "victory", "loss", "score",
               "scoreline", "thrash", "edge", "triumph", "set", "game", "match", "final", "tie"}


def _score(a: Item, b: Item, p: list[Piece], doc: Doc) -> bool:
    """ "N-N" in a sports result: next to another result ("6-7 (4-7) 6-2") or to a word of winning."""
    if a.value >= 200 or b.value >= 200:
        return False
    near = [x for x in p[max(0, a.a - 4):a.a] + p[b.b:b.b + 4] if x.text not in ("(", ")", ",")]
    for k in range(len(near) - 2):
        if near[k].text.isdigit() and near[k + 1].text in ("-", "\u2013") and near[k + 2].text.isdigit():
            return True
    lo, hi = p[a.a].i, p[b.b - 1].i
    return any(t.lemma_.lower() in SCORE_WORDS for t in doc[max(0, lo - 3):hi + 3] if not lo <= t.i <= hi)


def _join(a: Item, b: Item, gap: str, p: list[Piece], doc: Doc) -> Item | None:
    """A range item from two neighbours, or None."""
    if a.value is None or b.value is None:
        return None
    if gap == "and" and a.approx in LOWER_BOUND | UPPER_BOUND and b.approx in LOWER_BOUND | UPPER_BOUND:
        lo, hi = (a, b) if a.approx in LOWER_BOUND else (b, a)
        if lo.approx == hi.approx or lo.value >= hi.value:
            return None
        return Item(a.a, b.b, None, b.type, "range", lo.value, hi.value, b.unit, b.currency or a.currency)
    between = a.a > 0 and p[a.a - 1].low == "between"
    frm = a.a > 0 and p[a.a - 1].low == "from"
    if gap == "or" and not between:
        return _either(a, b, p)
    if not (gap in ("to", "-", "–", "—", "through", "thru") or gap == "and" and between):
        return None
    if gap in ("-", "–") and (_dash_chain(p, a.a - 2) or _dash_chain(p, b.b - 1)):
        return None  # a sequence of numbers, not a range: "three-nought-four", "2-4-6"
    if a.approx not in ("exact", "about") or b.approx not in ("exact", "about"):
        return None
    before = doc[p[a.a].i - 1] if p[a.a].i else None
    if before is not None and (before.lemma_.lower() in CHANGE_VERBS or before.lower_ == "by"
                               or frm and before.head.lemma_.lower() in CHANGE_VERBS
                               or doc[p[a.a].i].head.lemma_.lower() in CHANGE_VERBS):
        return None  # a change, not a range: "fell 5 to 286", "rose from 10 to 15", "fell by 2 to 40"
    if _yearish(a, p) or _yearish(b, p):
        return None  # "from 2011 to 2016" (the dates stage's), "from 1.2 million in 2010 to 1.5 million"
    if month_near(p, a.a, a.b):
        return None  # "Sept. 30 to $747.8 million"
    m = multiplier(b, p)
    if a.type == "money" and b.type == "quantity" and b.unit == "meter" and p[b.b - 1].low == "m":
        b.type, b.unit, b.currency, b.value, m = "money", None, a.currency, b.value * 1e6, 1e6  # "£5-6m"
    lo = a.value
    if m > 1 and multiplier(a, p) == 1 and lo * m <= b.value:
        lo *= m
    types = {a.type, b.type} - {"cardinal"}
    if len(types) > 1 or lo >= b.value or a.unit and b.unit and a.unit != b.unit:
        return None
    if a.type != b.type and a.type != "cardinal" and not (between or frm) and b.value > 20 * lo:
        return None  # "by 46% to 420 million": a change, then a level
    start = a.a - 1 if between or frm else a.a
    return Item(start, b.b, None, types.pop() if types else "cardinal", "range", lo, b.value,
                b.unit or a.unit, b.currency or a.currency)


def _either(a: Item, b: Item, p: list[Piece]) -> Item | None:
    """ "five or six", "six or seven million": an uncertain amount, a range of two close values."""
    if a.approx != "exact" or b.approx != "exact" or a.low is not None or b.low is not None \
            or a.type not in ("cardinal", b.type) or a.unit and a.unit != b.unit:
        return None
    if words(p, a.a - 1, 1) == ",":
        return None  # the end of a list, not a range: "£30m, £40m or £50m"
    lo, m = a.value, multiplier(b, p)
    if m > 1 and multiplier(a, p) == 1:
        lo *= m
    if not 0 < lo < b.value <= 3 * lo:
        return None
    return Item(a.a, b.b, None, b.type, "range", lo, b.value, b.unit or a.unit, b.currency or a.currency)


def _m_for_million(it: Item, p: list[Piece], doc: Doc) -> None:
    """ "1.2m homes", "3m people": "m" before a plural noun that measures nothing is a million,
    as news writes it; metres in athletics events ("the 60m hurdles", "two 800m titles")."""
    nxt = doc[p[it.b].i] if it.b < len(p) and p[it.b].i > p[it.b - 1].i else None
    if nxt is not None and nxt.tag_ in ("NNP", "NN") and nxt.head.tag_ == "NNS" \
            and nxt.i < nxt.head.i < nxt.i + 3:
        nxt = nxt.head  # "4m DS consoles"
    if nxt is None or nxt.tag_ not in ("NNS", "NNPS") or nxt.lower_ in TEMPORAL \
            or nxt.lower_.rstrip("s") in MEASURE_WORDS:
        return
    before = doc[p[it.a].i - 1] if p[it.a].i > 0 else None
    event = nxt.lower_ in RACE_NOUNS or before is not None and (
        before.like_num or before.lower_ in RACE_COUNT_WORDS)
    if float(it.value).is_integer() and event:
        return
    it.value, it.type, it.unit, it.scaled = it.value * 1e6, "cardinal", None, True


def _dash_chain(p: list[Piece], j: int) -> bool:
    """p[j], a dash and p[j + 2] are numbers glued together: "nought-four"."""
    return j >= 0 and j + 2 < len(p) and p[j + 1].text in ("-", "–") and numberish(p[j]) \
        and numberish(p[j + 2]) and p[j].end == p[j + 1].start and p[j + 1].end == p[j + 2].start


def _ent_at(doc: Doc, i: int):
    """The tokens of the entity that token i is in (through the IOB tags: no scan of doc.ents)."""
    a = b = i
    while a > 0 and doc[a].ent_iob_ == "I":
        a -= 1
    while b + 1 < len(doc) and doc[b + 1].ent_iob_ == "I":
        b += 1
    return doc[a:b + 1]


def _yearish(it: Item, p: list[Piece]) -> bool:
    a = max(it.a, it.core)
    return it.type == "cardinal" and it.b - a == 1 and bool(YEAR_RE.fullmatch(p[a].text))


def _temporal_ent(doc: Doc, i: int) -> bool:
    """Token i lies in a DATE/TIME entity that really is temporal (a month, weekday, year, duration ...)."""
    t = doc[i]
    if t.ent_type_ not in ("DATE", "TIME"):
        return False
    for x in _ent_at(doc, i):
        w = x.lower_
        if w in TEMPORAL or w.rstrip(".") in MONTHS or YEAR_RE.fullmatch(w):
            return True
    return False


def _in_name(doc: Doc, i: int) -> bool:
    """Token i is part of a name with words in it ("Boeing 737", "World War Two")."""
    if doc[i].ent_type_ not in NAME_ENTS:
        return False
    return any(t.is_alpha and t.lower_ not in NUMBER_WORDS for t in _ent_at(doc, i))


def _keep(it: Item, p: list[Piece], doc: Doc) -> bool:
    """Drop dates and durations (the dates stage's), pronoun "one", idioms and identifiers."""
    toks = range(p[it.a].i, p[it.b - 1].i + 1)
    plain = it.type == "cardinal" and it.approx == "exact" and it.low is None
    integral = it.value is None or float(it.value).is_integer()
    if integral and (plain or it.unit in TIME_UNITS or it.type == "cardinal" and it.approx == "range") \
            and it.unit != "year" and multiplier(it, p) == 1 \
            and (any(_temporal_ent(doc, i) for i in toks) or month_near(p, it.a, it.b)):
        return False  # "September 16-19"; not "three quarters of a million"
    if _yearish(it, p) and words(p, it.b, 1) in ("levels", "level", "prices"):
        return False  # "below 2005 levels"
    after = it.b + (words(p, it.b, 1) in ("more", "additional", "consecutive", "straight", "full", "-"))
    if it.type == "cardinal" and words(p, after, 1) in TEMPORAL and p[after].low != "quarter":
        return False  # a duration: "2 1/2 years", "20 more years"
    if p[it.b - 1].low in ("quarter", "quarters", "half") and all(x.low != "and" for x in p[it.a:it.b]) \
            and (any(_temporal_ent(doc, i) for i in toks) or words(p, it.a - 1, 1) in TIME_DETERMINERS):
        return False  # "the next three quarters"
    if it.value is None and it.low is None and it.high is None and doc[p[it.a].i].pos_ not in ("NOUN", "NUM"):
        return False  # "scores" the verb
    if _yearish(it, p) and it.a != it.core and doc[p[it.b - 1].i].dep_ != "nummod" \
            and words(p, it.b, 1) != "of":
        return False  # "beyond 2009", "above 2004's average": a time, not an amount
    if it.approx == "range" and words(p, it.b, 1) in CLOCK_ZONES and HHMM.fullmatch(p[it.b - 1].text):
        return False  # "from 1130 to 1215 GMT"
    if p[it.b - 1].low == "half" and _hyphen_word(p, it.b):
        return False  # "a half-decent mark", "a half-chance"; not "a half-million", "a half-mile"
    if not plain:
        return True
    if p[it.a].low == "one" and (words(p, it.b, 2) in ONE_IDIOMS or it.a and p[it.a - 1].low in PRONOUN_ONE
                                 or it.b - it.a == 1 and _pronoun_one(doc[p[it.a].i])):
        return False  # "one-time", "that one is", "one of the biggest", "the least feasible one"
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
    return not (integral and p[it.b - 1].text.isdigit() and _identifier(it, p, doc))


def _hyphen_word(p: list[Piece], b: int) -> bool:
    """p[b] is a hyphen glued between the amount and a word that is not a scale, unit or currency."""
    if b + 1 >= len(p) or p[b].text != "-" or p[b].start != p[b - 1].end or p[b + 1].start != p[b].end:
        return False
    w = p[b + 1].low
    return w.isalpha() and w not in SCALE_WORDS and w.rstrip("s") not in MEASURE_WORDS and w not in TEMPORAL


def _pronoun_one(tok) -> bool:
    """ "one" as a pronoun, a partitive or an idiom, not a count: "one of the biggest", "the least
    feasible one", "no-one", "at one time"."""
    if tok.pos_ != "NUM":
        return True
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "no":
        return True
    if tok.i >= 1 and doc[tok.i - 1].lower_ == "at" and tok.i + 1 < len(doc) \
            and doc[tok.i + 1].lower_ in ("time", "point", "stage"):
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ == "of":
        return True
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
                and tok.i > 0 and doc[tok.i - 1].text not in OPENERS and not doc[tok.i - 1].is_space \
                and not _shouting(doc, tok.i):
            return True
    return False


OPENERS = {":", "\"", "\u201c", "'", "\u2018", "(", "[", "-", "\u2014", "\u2013", ";", "\n"}


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


def _phrase(tok, span: range = range(0)) -> str | None:
    """The noun with its compound modifiers: "drone producers", "production capacity"."""
    left = tok
    for c in reversed(list(tok.lefts)):
        if c.dep_ == "compound" and c.i == left.i - 1 and c.i not in span:
            left = c
    text = tok.doc[left.i:tok.i + 1].text
    return text if any(c.isalpha() for c in text) else None


def _object(it: Item, p: list[Piece], doc: Doc) -> str | None:
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
                return _phrase(obj)
    if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.pos_ == "NOUN":
        return _phrase(h.head.head)  # "a loss of $175.5 million"
    skip = set(UNITS) | set(CUR_NAMES) | TEMPORAL | PERCENT
    if h.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and h.head.pos_ in ("NOUN", "PROPN") \
            and not s <= h.head.i < e and h.head.lower_.rstrip("s") not in skip and h.head.lower_ not in skip:
        return _phrase(h.head, range(s, e))
    if it.type in ("money", "percent", "quantity"):
        verb = h.head.head if h.dep_ == "pobj" else h.head
        if h.dep_ in ("dobj", "attr", "pobj", "npadvmod", "oprd", "appos") and verb.pos_ in ("VERB", "AUX"):
            subj = next((x for x in verb.children if x.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                return _phrase(subj)
    return None


def _appositive_age(it: Item, p: list[Piece], doc: Doc) -> bool:
    """ "Angela Smith, 45, said": a person's age, a quantity of years."""
    if not (it.type == "cardinal" and it.b - it.a == 1 and p[it.a].text.isdigit() and 0 < it.value < 120):
        return False
    if words(p, it.a - 1, 1) != "," or it.a < 2 or words(p, it.b, 1) not in (",", ".", ";", "\u2014"):
        return False
    name = doc[p[it.a - 2].i]
    if name.ent_type_ != "PERSON" and name.pos_ != "PROPN" or name.ent_type_ in ("GPE", "ORG", "DATE"):
        return False
    it.type, it.unit = "quantity", "year"
    return True


def _ordinals(doc: Doc, p: list[Piece], used: set[int]) -> list[Item]:
    """Ordinal words and numerals ("first", "21st", "twenty-first") outside dates and names."""
    out = []
    for j, x in enumerate(p):
        if j in used:
            continue
        w = x.low
        val = ORDINALS.get(w) or (float(w[:-2]) if ORDINAL_RE.fullmatch(w) else None)
        if val is None:
            continue
        a = j
        if j >= 2 and p[j - 1].text == "-" and p[j - 2].low in TENS and j - 2 not in used:
            val, a = val + TENS[p[j - 2].low], j - 2
        tok = doc[x.i]
        nxt = doc[x.i + 1] if x.i + 1 < len(doc) else None
        attributive = nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ")  # ALL-CAPS tags are odd
        superlative = words(p, j + 1, 1) == "-" and p[j + 2].low.endswith("est") if j + 2 < len(p) else False
        if tok.ent_type_ in NAME_ENTS or _temporal_ent(doc, x.i) or tok.pos_ in NOT_ORDINAL_POS and not (
                attributive and tok.is_upper or superlative):
            continue  # not in names and dates; nor adverbs: "First, ...", "ranked first"
        if words(p, j + 1, 1) in ORDINAL_IDIOMS or words(p, j + 1, 2) in ("- class", "- hand") \
                or words(p, j + 1, 1) in TEMPORAL:
            continue  # "first class", "first-hand", "first lady"; "second quarter" is the dates stage's
        if w == "second" and (tok.ent_type_ != "ORDINAL" or words(p, j - 1, 1) in PER_WORDS
                              or words(p, j - 2, 2) in ("- a", "- an")):
            continue  # "every second", "30-frame-a-second": the time unit
        if words(p, j + 1, 1) == "-" and j + 2 < len(p) and p[j + 2].start == p[j + 1].end \
                and not p[j + 2].low.endswith(("est", "ed")):
            continue  # "third-party", "first-time buyers"; not "the second-largest", "seventh-seeded"
        if a and p[a - 1].low in ("a", "an") and nxt is not None and nxt.pos_ == "VERB" and val > 2:
            out.append(Item(a - 1, j + 1, 1 / val, "cardinal"))  # "A fifth rely on mobiles": a fraction
            continue
        out.append(Item(a, j + 1, float(val), "ordinal"))
    return out


def _as_dict(it: Item, p: list[Piece], doc: Doc, text: str) -> dict:
    s, e = p[it.a].start, p[it.b - 1].end
    value = it.value if it.approx != "range" else None
    return {"start": s, "end": e, "text": text[s:e], "type": it.type, "value": _finite(value),
            "low": _finite(it.low), "high": _finite(it.high), "approx": it.approx, "unit": it.unit,
            "currency": it.currency, "object": _object(it, p, doc)}


def _finite(x: float | None) -> float | None:
    """The value rounded to 15 significant digits ("32.3 million" is not 32299999.999999996); inf -> None."""
    if x is None or not math.isfinite(x):
        return None
    return float(f"{x:.15g}")


def _extract(doc: Doc) -> list[dict]:
    text = doc_text(doc)
    p, first = pieces_of(doc, text)
    anchors = sorted({j for _, s, e in matcher_for(doc.vocab)[0](doc)
                      for j in range(first[s], first[e]) if numberish(p[j])})
    phones = [m.span() for m in PHONE_RE.finditer(text)]
    hedges = _hedges(doc, p, first)
    items: list[Item] = []
    used: set[int] = set()
    end = 0
    for j in anchors:
        if j < end or j >= len(p):
            continue
        if phones and any(a <= p[j].start < b for a, b in phones):
            continue
        if p[j].low in TENS and words(p, j + 1, 1) == "-" and words(p, j + 2, 1) in ORDINALS \
                and not (j and (p[j - 1].low in ("a", "an", "one") or numberish(p[j - 1]))):
            continue  # "twenty-third": an ordinal
        if 11 <= SMALL.get(p[j].low, 0) <= 19 and words(p, j + 1, 1) in TENS:
            end = j + 2 + (words(p, j + 2, 1) == "-") * 2
            continue  # a year said aloud: "nineteen ninety-four"
        it = read_item(p, j - 1, end) if j - 1 >= end and starts_number(p, j - 1) else None
        it = it or read_item(p, j, end) or read_vague(p, j)
        if it is None:
            continue
        if it.unit == "meter" and p[it.b - 1].low == "m":
            _m_for_million(it, p, doc)
        if it.value is not None and it.type == "cardinal":
            as_ratio(it, p, it.a in hedges)
        if it.value is not None:
            as_age(it, p) or _appositive_age(it, p, doc)
            _apply_hedge(it, p, hedges)
        items.append(it)
        used.update(range(it.a, it.b))
        end = it.b
    items = [it for it in _ranges(items, p, doc) if _keep(it, p, doc)]
    items += _ordinals(doc, p, used)
    items.sort(key=lambda it: it.a)
    return [_as_dict(it, p, doc, text) for it in items]


def extract(doc: Doc) -> list[dict]:
    """Return the numbers in `doc` as plain dicts shaped like `pipeline.types.Number`; never raises."""
    try:
        return _extract(doc)
    except Exception:  # noqa: BLE001 - a bad article must not stop the pipeline
        log.exception("numbers stage failed on a document of %d characters", len(doc.text))
        return []
