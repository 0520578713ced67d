"""The numbers stage: money, percentages, quantities, counts, ordinals and ranges, with values.

Finder: a spaCy Matcher for number tokens and a PhraseMatcher for hedges ("more than", "up to"),
both on lower-cased text so that ALL-CAPS works, beside the model's entity spans, which veto
dates/times and names. Token pieces come from `numbers.pieces`, values from `numbers.words` and
`numbers.parse`, currencies and units from `numbers.units`; ranges, hedges and filters are applied
here; the object counted or measured comes from `numbers.objects`.
Items are plain dicts shaped like `types.Number`.
"""

from __future__ import annotations

import math
import re

from spacy.attrs import ORTH
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.nlp.extensions import doc_text
from pipeline.numbers.currencies import currencies_named
from pipeline.numbers.filters import NAME_ENTS, keep, temporal_ent
from pipeline.numbers.objects import comparisons, conversions, object_of
from pipeline.numbers.parse import (
    Item,
    as_age,
    as_ratio,
    numberish,
    read_item,
    read_vague,
    starts_number,
)
from pipeline.numbers.pieces import HAS_DIGIT, ORDINAL_RE, Piece, WordMemo, parse_numeral, pieces_of, words
from pipeline.numbers.ranges import join_ranges
from pipeline.numbers.tables import (
    AMBIGUOUS_UNITS,
    CUR_SYMBOLS,
    DENOMS,
    FOLD_WORDS,
    LOWER_BOUND,
    MEASURE_WORDS,
    NUMBER_WORDS,
    ORDINALS,
    SMALL,
    TABLES,
    TEMPORAL,
    TENS,
    TIME_UNITS,
    UNITS,
    UPPER_BOUND,
    VAGUE,
    VERB_HEDGES,
    VULGAR,
)

W: dict = TABLES["words"]


HEDGES: dict[str, list[str]] = W["hedges"]


POST_HEDGES: dict[str, str] = W["post_hedges"]


SIGN_HEDGES = {ph: label for label, phrases in HEDGES.items() for ph in phrases
               if ph in ("<", ">", "<=", ">=", "≤", "≥", "~")} | {"sub": "less_than"}
# glued to the number: "x>10", "~5", "sub-300"


RACE_NOUNS = {"hurdles", "runners", "sprinters", "swimmers", "titles", "medals", "races", "finals", "heats",
              "relays", "records", "events", "champions", "times", "splits"}
# words before a distance that make it an event ("two 800m finals", "the first 400m heats")


RACE_COUNT_WORDS = {"first", "second", "third", "fourth", "fifth", "both", "two", "three", "four", "five"}


NOT_ORDINAL_POS = {"VERB", "PROPN", "PRON", "ADV"}


PER_WORDS = {"every", "per", "each", "-"}


ORDINAL_IDIOMS = {"class", "hand", "lady", "aid", "sight", "cousin", "half", "minister", "person"}


PHONE_RE = re.compile(r"(?<![\w.])\+?\(?\d{1,4}\)?(?:[-/]\d{2,4}){2,}(?![\w/-])")


_MATCHERS: dict[Vocab, tuple[Matcher, PhraseMatcher]] = {}


NUM_WORDS = frozenset(NUMBER_WORDS | set(DENOMS) | set(VAGUE) | set(ORDINALS) | FOLD_WORDS
                      | {"half", "minus", "negative"})


def matcher_for(vocab: Vocab) -> tuple[Matcher, PhraseMatcher]:
    """The Matcher for number tokens and the PhraseMatcher for hedges (case-insensitive), once per vocab.
    `number_tokens` finds the Matcher's tokens faster; the Matcher states its patterns."""
    if vocab in _MATCHERS:
        return _MATCHERS[vocab]
    m = Matcher(vocab)
    m.add("NUM", [[{"LIKE_NUM": True}], [{"TEXT": {"REGEX": r"\d"}}], [{"LOWER": {"IN": sorted(NUM_WORDS)}}],
                  [{"TEXT": {"IN": list(VULGAR)}}]])
    pm = PhraseMatcher(vocab, attr="LOWER")
    for label, phrases in HEDGES.items():
        docs = [Doc(vocab, words=ph.split()) for ph in phrases]
        docs += [Doc(vocab, words=list(ph)) for ph in phrases if ph in ("<=", ">=")]
        pm.add(label, docs)
    _MATCHERS[vocab] = (m, pm)
    return m, pm


def number_tokens(doc: Doc) -> list[int]:
    """The tokens the number Matcher matches (a number-like word, a digit, a number word, a vulgar
    fraction), from the Doc's ORTH column and a memo per word, without the Matcher's per-token work."""
    if not len(doc):
        return []
    hits = WordMemo.of("number", doc.vocab)
    out = []
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        hit = hits.get(orth)
        if hit is None:
            t = doc[i]
            hit = hits[orth] = t.like_num or HAS_DIGIT(t.text) is not None or t.lower_ in NUM_WORDS \
                or t.text in VULGAR
        if hit:
            out.append(i)
    return out


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
        if x.glued and x.low in SIGN_HEDGES and j + 1 < len(p) and p[j + 1].i == x.i:
            out[j + 1] = (SIGN_HEDGES[x.low], j)
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


RACE_DISTANCES = {60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000}
ATHLETICS = {"athletics", "athlete", "sprint", "sprinter", "sprinters", "olympic", "indoor", "hurdles",
             "relay"}
RACE_AFTER = RACE_NOUNS | {"hurdles", "race", "title", "gold", "silver", "bronze", "final", "crown", "record"}


def _race_over(it: Item, p: list[Piece], hedges: dict[int, tuple[str, int]], doc: Doc) -> bool:
    """ "the British record over 60m hurdles", "titles over 1500m and 5,000m": the distance of a race,
    not "more than 60 metres"."""
    pre = hedges.get(it.a)
    if pre is None or it.unit != "meter" or words(p, pre[1], it.a - pre[1]) != "over":
        return False
    nxt = words(p, it.b, 1)
    if nxt in RACE_AFTER:
        return True
    return it.value in RACE_DISTANCES and nxt in ("", ".", ",", "and", ";", "-") \
        and any(t.lower_ in ATHLETICS for t in doc)


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


def _m_for_million(it: Item, p: list[Piece], doc: Doc) -> None:
    """ "1.2m homes", "3m people": "m" before a plural noun that measures nothing is a million,
    as news writes it; metres in athletics events ("the 60m hurdles", "two 800m titles")."""
    nxt = doc[p[it.b].i] if it.b < len(p) and p[it.b].i > p[it.b - 1].i else None
    if nxt is not None and nxt.tag_ in ("NNP", "NN", "JJ", "VBN", "VBG") and nxt.head.tag_ == "NNS" \
            and nxt.i < nxt.head.i < nxt.i + 5:
        nxt = nxt.head  # "4m DS consoles", "2.7m combined digital and physical sales"
    if (nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ")) and (cur := _money_near(it, p, doc)):
        it.value, it.type, it.unit, it.currency, it.scaled = it.value * 1e6, "money", None, cur, True
        return  # "paid £2m in fees and 40m for the site": money, as the sentence counts
    if nxt is None or nxt.tag_ not in ("NNS", "NNPS") or nxt.lower_ in TEMPORAL \
            or nxt.lower_.rstrip("s") in MEASURE_WORDS:
        return
    before = doc[p[it.a].i - 1] if p[it.a].i > 0 else None
    event = nxt.lower_ in RACE_NOUNS or before is not None and (
        before.like_num or before.lower_ in RACE_COUNT_WORDS)
    if float(it.value).is_integer() and event:
        return
    it.value, it.type, it.unit, it.scaled = it.value * 1e6, "cardinal", None, True


DISTANCE_CUES = ATHLETICS | RACE_AFTER | {"metres", "meters", "tall", "long", "high", "deep", "wide", "ran",
                                          "run", "swam", "swim", "jump", "jumped", "throw", "threw"}


def _money_near(it: Item, p: list[Piece], doc: Doc) -> str | None:
    """The currency of the sentence around a bare "40m" when it counts money in millions ("£2m", "$5m")
    and speaks of no distance (no race, no other metres)."""
    sent = doc[p[it.a].i].sent
    lo, hi = sent.start_char, sent.end_char
    near = [x for x in p if lo <= x.start < hi]
    if any(t.lower_ in DISTANCE_CUES or t.lower_ in ("second", "seconds", "minute", "minutes") for t in sent):
        return None  # "ran 100m in 10 seconds", "a 40m-high wall"
    for k, x in enumerate(near[:-1]):
        if x.text in CUR_SYMBOLS and not x.text.isalpha() and near[k + 1].start == x.end \
                and near[k + 1] is not p[it.a] and words(near, k + 2, 1) in ("m", "bn", "million"):
            return CUR_SYMBOLS[x.text]
    return None


def _unit_beyond(it: Item, p: list[Piece], doc: Doc, first: list[int]) -> None:
    """A unit that a count modifies across its adjectives: "517 rushing yards", "300 extra barrels"."""
    tok = doc[p[it.b - 1].i]
    head = tok.head
    if it.unit is not None or tok.dep_ != "nummod" or not tok.i + 1 < head.i <= tok.i + 3 \
            or head.tag_ != "NNS" or any(t.dep_ not in ("amod", "compound") for t in doc[tok.i + 1:head.i]):
        return
    w = head.lower_
    forms = (w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w)  # not "men" -> "m"
    unit = next((UNITS[f] for f in forms if f in UNITS and f not in AMBIGUOUS_UNITS), None)
    k = first[head.i]
    if unit is not None and unit not in TIME_UNITS and k < len(p) and p[k].i == head.i:
        it.type, it.unit, it.b = "quantity", unit, k + 1


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
        val = ORDINALS.get(w) or (float(w[:-2].replace(",", "")) if ORDINAL_RE.fullmatch(w) else None)
        if val is None:
            continue
        a = j
        if j >= 2 and p[j - 1].text == "-" and p[j - 2].low in TENS and j - 2 not in used:
            val, a = val + TENS[p[j - 2].low], j - 2
        tok = doc[x.i]
        nxt = doc[x.i + 1] if x.i + 1 < len(doc) else None
        attributive = nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ")  # ALL-CAPS tags are odd
        superlative = words(p, j + 1, 1) == "-" and p[j + 2].low.endswith("est") if j + 2 < len(p) else False
        if tok.ent_type_ in NAME_ENTS or temporal_ent(doc, x.i) or tok.pos_ in NOT_ORDINAL_POS and not (
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
            "currency": it.currency, "object": object_of(it, p, doc)}


def _finite(x: float | None) -> float | None:
    """The value rounded to 15 significant digits ("32.3 million" is not 32299999.999999996); inf -> None."""
    if x is None or not math.isfinite(x):
        return None
    return float(f"{x:.15g}")


def _extract(doc: Doc, ordinals: bool) -> list[dict]:
    text = doc_text(doc)
    p, first = pieces_of(doc, text)
    anchors = sorted({j for i in number_tokens(doc) for j in range(first[i], first[i + 1])
                      if numberish(p[j])})
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
            _unit_beyond(it, p, doc, first)
        if it.value is not None:
            as_age(it, p) or _appositive_age(it, p, doc)
            if not _race_over(it, p, hedges, doc):
                _apply_hedge(it, p, hedges)
        items.append(it)
        used.update(range(it.a, it.b))
        end = it.b
    items = [it for it in join_ranges(items, p, doc) if keep(it, p, doc)]
    if ordinals:
        items += _ordinals(doc, p, used)
    items.sort(key=lambda it: it.a)
    found = comparisons(conversions([_as_dict(it, p, doc, text) for it in items], text), text)
    return _sentence_currency(found, doc)


def _sentence_currency(items: list[dict], doc: Doc) -> list[dict]:
    """A currency that its name leaves open ("18 sen", "50 francs") is that of the nearest money
    amount of the same sentence that names one ("rose 18 sen to RM23.50"), if that currency can bear
    the name: "24.2 trillion pesos ($1.2 trillion)" stays open, a peso is never USD."""
    open_ = [it for it in items if it["type"] == "money" and it["currency"] is None]
    if not open_:
        return items
    known = [it for it in items if it["type"] == "money" and it["currency"]]
    for it in open_:
        sent = doc.char_span(it["start"], it["end"], alignment_mode="expand")
        if sent is None or not doc.has_annotation("SENT_START"):
            continue
        s = sent.sent
        fits = currencies_named(it["text"])
        near = [k for k in known
                if s.start_char <= k["start"] < s.end_char and (not fits or k["currency"] in fits)]
        if near:
            it["currency"] = min(near, key=lambda k: abs(k["start"] - it["start"]))["currency"]
    return items


def extract(doc: Doc, ordinals: bool = False) -> list[dict]:
    """Return the numbers in `doc` as plain dicts shaped like `pipeline.record.types.Number`.
    Ordinals ("the first time", "21st") rank rather than count: the record leaves them out, and
    `ordinals=True` adds them (type "ordinal") for callers that want them."""
    return _extract(doc, ordinals)  # the pipeline's component guards against a failure
