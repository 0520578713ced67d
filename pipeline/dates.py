"""The dates stage: temporal expressions -> TIMEX3 items (type, value, anchored) on `doc._.dates`.

1. Find: the model's DATE/TIME entities, split at connectives ("Aug. 26 to Oct. 20", "the year
   ended Sept. 30") and trimmed of hedges and possessives, plus Matcher patterns for what the model
   misses (now, recently, soon, daily, weekdays, "every year", "four years", ...).
2. Classify and normalise (`pipeline.dates_normalize`), with the governing verb's tense deciding
   whether a year-less month or a weekday lies before or after the reference date `doc._.published`.
3. Context: "a year earlier" and "the quarter" refer to the reporting quarter (one named in the
   same sentence, else the article's first), as TimeBank annotates them; a bare clock time takes
   the day last mentioned.

Values are TIMEX3 strings (upper case); `anchored` is true when the value was computed from the
reference date. Without one, relative expressions keep X for the unknown parts (see
`pipeline.dates_normalize`). dateparser is only used for numeric dates (12/02/2022), with strict
settings; everything else is classified and resolved by our own rules, cached per text.

Spans follow TimeBank: determiners and modifiers are in ("the third quarter", "last year", "a year
earlier"), prepositions are out ("on Thursday" -> "Thursday").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from pipeline.dates_normalize import MONTHS, WEEKDAYS, Result, normalise

SPLIT_WORDS = {"to", "through", "and", "or", "ended", "ending", "until", "till", "from", "between",
               "-", "\u2013", "thru", "since", "following", "versus", "vs", "vs."}
LEAD_TRIM = {"about", "just", "only", "barely", "within", "both", "sometime", "around", "as", "early",
             "by", "in", "on", "at", "of", "for", "since", "during", "from", "than", "'s", "d'etat",
             "approximately", "roughly", "some", ",", "-", "(", "\"", "'"}
TAIL_TRIM = {"'s", "'", ",", "-", ".", "(", ")", "\"", "later", "of", "and", "or", "to", "the"}
AGE = re.compile(r"\b(?:year|month|week|day)s?[- ]old\b|^\d{1,3}$|^\d{1,3}s$|^\d+ years? old", re.I)

UNIT_WORDS = ["second", "minute", "hour", "day", "week", "weekend", "month", "quarter", "year",
              "decade", "century"]
UNIT_ANY = UNIT_WORDS + [u + "s" for u in UNIT_WORDS] + ["centuries"]
NUM_TOKEN = {"LIKE_NUM": True}
MONTH_TOKENS = [m for m in MONTHS if m != "may"] + [m + "." for m in MONTHS if len(m) <= 4]
PATTERNS: dict[str, list[list[dict]]] = {
    "REF": [[{"LOWER": {"IN": ["now", "currently", "recently", "nowadays", "lately"]}}],
            [{"LOWER": "right"}, {"LOWER": "now"}],
            [{"LOWER": "more"}, {"LOWER": "recently"}],
            [{"LOWER": "soon"}],
            [{"LOWER": "then", "OP": "?"}, {"LOWER": "current", "POS": "ADJ"}],
            [{"LOWER": "the"}, {"LOWER": "near", "OP": "?"}, {"LOWER": "future"}],
            [{"LOWER": "in"}, {"LOWER": "the"}, {"LOWER": "past"}],
            [{"LOWER": "recent"}, {"LOWER": {"IN": ["years", "months", "weeks", "days"]}}],
            [{"LOWER": "coming"}, {"LOWER": {"IN": ["years", "months", "weeks", "days"]}}]],
    "SET": [[{"LOWER": {"IN": ["daily", "weekly", "monthly", "hourly", "nightly"]},
              "POS": {"IN": ["ADV", "ADJ"]}}],
            [{"LOWER": {"IN": ["every", "each"]}}, {"LOWER": "other", "OP": "?"},
             {"LOWER": {"IN": UNIT_WORDS + list(WEEKDAYS)}}]],
    "DAY": [[{"LOWER": {"IN": ["today", "yesterday", "tomorrow", "tonight"]}}],
            [{"LOWER": {"IN": ["last", "next", "this"]}, "OP": "?"},
             {"LOWER": {"IN": ["thanksgiving", "christmas", "halloween"]}}, {"LOWER": "day", "OP": "?"}],
            [{"LOWER": {"IN": ["election", "independence"]}}, {"LOWER": "day"}],
            [{"LOWER": {"IN": ["last", "next", "this"]}, "OP": "?"},
             {"LOWER": {"IN": [w for w in WEEKDAYS if len(w) > 5]}, "IS_TITLE": True}]],
    "ABS": [[{"LOWER": {"IN": MONTH_TOKENS}, "IS_TITLE": True},
             {"TEXT": {"REGEX": r"^\d{1,2}(st|nd|rd|th)?$"}},
             {"TEXT": ",", "OP": "?"}, {"TEXT": {"REGEX": r"^(1\d|20)\d\d$"}, "OP": "?"}],
            [{"TEXT": {"REGEX": r"^\d{1,2}$"}}, {"LOWER": {"IN": MONTH_TOKENS}, "IS_TITLE": True},
             {"TEXT": {"REGEX": r"^(1\d|20)\d\d$"}, "OP": "?"}],
            [{"LOWER": {"IN": MONTH_TOKENS}, "IS_TITLE": True}, {"TEXT": {"REGEX": r"^(1\d|20)\d\d$"}}]],
    "REL": [[{"LOWER": {"IN": ["last", "this", "next", "past", "coming"]}},
             {"LOWER": {"IN": UNIT_WORDS}}],
            [{"LOWER": "the"}, {"LOWER": "latest"}, {"LOWER": {"IN": ["quarter", "period"]}}]],
    "DURATION": [[{"LOWER": {"IN": ["for", "over", "nearly", "almost", "than", "within", "about"]}},
                  {"LOWER": {"IN": ["a", "an"]}},
                  {"LOWER": {"IN": ["minute", "hour", "day", "week", "month", "year", "decade"]}},
                  {"LOWER": {"IN": ["ago", "earlier", "later", "before"]}, "OP": "!"}],
                 [{"LOWER": {"IN": ["several", "few"]}},
                  {"LOWER": {"IN": ["minutes", "hours", "days", "weeks", "months", "years", "decades"]}}],
                 [{"LOWER": {"IN": ["the", "a", "an", "several", "few", "past", "last", "next"]},
                   "OP": "*"}, NUM_TOKEN, {"LOWER": "-", "OP": "?"},
                  {"LOWER": {"IN": UNIT_ANY}}]],
}


class Finder:
    """The Matcher, built once per vocab (the cache holds the vocab, so ids are never reused)."""

    _cache: dict[int, tuple[object, Matcher]] = {}

    @classmethod
    def get(cls, doc: Doc) -> Matcher:
        cached = cls._cache.get(id(doc.vocab))
        if cached is None or cached[0] is not doc.vocab:
            matcher = Matcher(doc.vocab)
            for label, pats in PATTERNS.items():
                matcher.add(label, pats, greedy="LONGEST")
            cached = cls._cache[id(doc.vocab)] = (doc.vocab, matcher)
        return cached[1]


def reference_date(value: object) -> date | None:
    """`doc._.published` (ISO date, datetime string, date or datetime) as a date, else None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    return None


FUTURE_AUX = {"will", "'ll", "shall", "wo"}
MODALS = {"would", "could", "can", "may", "might", "should", "must"}


def tense(span: Span) -> str:
    """Tense of the verb governing a span: past | future | modal | present | '' (none found)."""
    if not span.doc.has_annotation("DEP"):
        return ""
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return ""
    if span.doc[max(span.start - 3, 0):span.start].text.lower() in ("as early as", "as soon as"):
        return "future"
    return _verb_tense(tok, 3)


def _verb_tense(tok: Token, depth: int) -> str:
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX:
        return "future"
    if words & MODALS:
        return "modal"  # a weaker pointer to the future
    if tok.dep_ == "xcomp" and tok.head.lemma_ in ("expect", "plan", "schedule", "hope", "intend"):
        return "future"
    if any(a.lower_ == "going" for a in auxes) or tok.lemma_ in ("expect", "plan", "schedule"):
        return "future" if tok.tag_ != "VBD" else "past"
    if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes) or words & {"has", "have", "'ve"}:
        return "past"
    if not auxes and tok.tag_ in ("VBG",) and tok.dep_ in ("advcl", "conj") \
            and depth > 0 and tok.head is not tok:
        return _verb_tense(tok.head, depth - 1)  # "has fluctuated, rising to ... in March"
    if tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl", "advcl"):
        return "past"
    if tok.tag_ in ("VBP", "VBZ", "VBG", "VB"):
        return "present"
    return ""


def _pieces(span: Span) -> list[Span]:
    """Split an entity at connectives and trim hedges, prepositions and possessives."""
    out, start = [], span.start
    for tok in span:
        if (tok.lower_ in SPLIT_WORDS and not _joins(tok, span)) or (
                tok.lower_ == "of" and tok.i > span.start
                and tok.nbor(-1).lower_ in ("months", "weeks", "days", "years", "quarters")):
            out.append(span.doc[start:tok.i])
            start = tok.i + 1
    out.append(span.doc[start:span.end])
    return [p for p in (_trim(p) for p in out) if p is not None]


def _joins(tok: Token, span: Span) -> bool:
    """True when a connective token is part of the expression: 'third-quarter', 'a year or two'."""
    if tok.lower_ in ("-", "\u2013"):
        return not (tok.whitespace_ and tok.i > 0 and tok.nbor(-1).whitespace_)
    return (tok.lower_ in ("or", "and") and tok.i + 1 < span.end and tok.nbor().like_num
            and not re.fullmatch(r"\d{4}s?", tok.nbor().text))


def _trim(span: Span) -> Span | None:
    """Drop leading hedges/prepositions ('about', 'on') and trailing possessives and punctuation."""
    s, e = span.start, span.end
    doc = span.doc
    while s < e and (doc[s].lower_ in LEAD_TRIM and not _keeps(doc, s, e)):
        s += 1
    while s < e and (doc[e - 1].lower_ in TAIL_TRIM or doc[e - 1].is_punct):
        e -= 1
    if s < e - 1 and doc[s].like_num and doc[s + 1].lower_ in ("a", "an", "the", "last", "this"):
        s += 1
    return doc[s:e] if s < e else None


def _keeps(doc: Doc, s: int, e: int) -> bool:
    """Leading words TimeBank keeps: 'early next year', 'as soon as possible'."""
    w = doc[s].lower_
    nxt = doc[s + 1].lower_ if s + 1 < e else ""
    return (w == "early" and nxt in ("next", "this", "last") or w == "as" and nxt == "soon"
            or w == "at" and nxt in ("least", "most"))


def _is_false_positive(span: Span) -> bool:
    """'may'/'march' as verbs, 'sat', amounts and ages."""
    text = span.text
    if AGE.search(text) and not re.fullmatch(r"(?:1[0-9]|20|21)\d\d", text):
        return True
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.lower_ == "of" and re.search(r"(?:thirds?|quarters?)$", text, re.I) \
            and span[0].lower_ not in ("the", "this", "last", "next"):
        return True  # "three-quarters of the market"
    if span[-1].lower_ == "current" and after is not None and after.lower_ in ("account", "accounts"):
        return True  # the balance of payments, not a time
    if span[-1].lower_ == "past" and after is not None and (after.like_num or after.lower_ in QUANT):
        return True  # "the past two months" is a duration the model missed, not PAST_REF
    if span[-1].lower_ == "soon" and (after is not None and after.lower_ in ("after", "as") or (
            span.start > 0 and span.doc[span.start - 1].lower_ == "as")):
        return True  # "as soon as", "soon after": a relation, not a time
    if len(span) == 1:
        tok = span[0]
        if tok.lower_ in ("may", "march", "sat", "sun", "wed", "we", "mar", "jan") and (
                tok.pos_ in ("VERB", "AUX", "PRON") or tok.is_lower):
            return True
    return False


QUANT = {"few", "several", "many", "century", "decade", "year", "month", "week", "day", "quarter"}
LEFT_EXT = {"each", "every", "this", "last", "next", "that", "the", "early", "late", "mid"}
DAY_PARTS = {"morning", "afternoon", "evening", "night", "nights", "mornings"}
DAYISH = set(WEEKDAYS) | {"today", "yesterday", "tomorrow", "tonight"}


def _entities(doc: Doc) -> list[Span]:
    """The model's DATE/TIME entities, widened by 'each'/'this' and day parts, with a clock time
    joined to its day ('10 a.m. Thursday', 'Friday evening')."""
    out: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        s, e = ent.start, ent.end
        if s > 0 and doc[s - 1].lower_ in LEFT_EXT and ent[0].lower_ not in LEFT_EXT | {"a", "an"} \
                and not (doc[s - 1].lower_ == "the" and (ent[0].like_num or ent[0].pos_ == "PROPN")):
            s -= 1
        if out and _adjacent(out[-1], doc[s:e]):
            s = out.pop().start
        out.append(doc[s:e])
    return out


CLOCK = re.compile(r"\d\s?[ap]\.?m\b|\d:\d\d|\bnoon\b|\bmidnight\b|o'clock", re.I)


def _adjacent(a: Span, b: Span) -> bool:
    """Two entities that form one expression: a clock time next to its day, a day next to a part."""
    gap = a.doc[a.end:b.start]
    if len(gap) > 1 or (len(gap) == 1 and gap[0].text not in (",", "on")):
        return False
    day_words = {a[-1].lower_, b[0].lower_, a[0].lower_}
    return any(CLOCK.search(x.text) for x in (a, b)) or bool(day_words & DAYISH) and bool(
        day_words & DAY_PARTS)


def candidates(doc: Doc) -> list[Span]:
    """Temporal spans: the model's DATE/TIME entities (split, trimmed) and pattern matches."""
    spans: list[Span] = []
    taken: set[int] = set()
    for ent in _entities(doc):
        for piece in _pieces(ent):
            spans.append(piece)
            taken.update(range(piece.start, piece.end))
    matches = sorted(Finder.get(doc)(doc, as_spans=True), key=lambda s: (s.start, -len(s)))
    for m in matches:
        if taken.isdisjoint(range(m.start, m.end)):
            piece = _trim(m) or m
            spans.append(piece)
            taken.update(range(m.start, m.end))
    return sorted(spans, key=lambda s: s.start)


DAY_WORD = re.compile(r"\b(?:today|tonight|this|yesterday|tomorrow|" + "|".join(WEEKDAYS) + "|"
                      + "|".join(MONTHS) + r")\b", re.I)
QUARTER_VAL = re.compile(r"^(\d{4})-Q(\d)$")
YEAR_BACK = re.compile(r"^(?:the |a |one )?(?:comparable |corresponding )?year[- ](?:ago|earlier)"
                       r"(?: (?:first |second |third |fourth )?(?:quarter|period))?$", re.I)
THE_QUARTER = re.compile(r"^(?:the |this |that )?(?:latest |same |comparable |recent |fiscal )?"
                         r"(?:quarter|period)$", re.I)


def _in_context(text: str, value: str | None, last_q: str | None) -> str | None:
    """TimeBank's reading of 'a year earlier' / 'the quarter' after a quarter was mentioned."""
    if last_q is None:
        return value
    m = QUARTER_VAL.match(last_q)
    if m is None:
        return value
    if YEAR_BACK.match(text.strip()):
        return f"{int(m.group(1)) - 1}-Q{m.group(2)}"
    if THE_QUARTER.match(text.strip()):
        return last_q
    year = re.fullmatch(r"(?:the )?(\d{4}) (?:quarter|period)", text.strip(), re.I)
    if year:
        return f"{year.group(1)}-Q{m.group(2)}"
    return value


def extract(doc: Doc) -> list[dict]:
    """Return the article's temporal expressions as plain dicts shaped like pipeline.types.Date."""
    try:
        return _extract(doc)
    except Exception:  # noqa: BLE001 - odd input must never break the pipeline
        return []


def _extract(doc: Doc) -> list[dict]:
    """Find, normalise, then resolve what depends on the article's other expressions."""
    ref = reference_date(doc._.published)
    found = list(_normalised(doc, ref))
    quarters = [(i, span) for i, (span, res) in enumerate(found) if res[1] and QUARTER_VAL.match(res[1])
                and res[2] and not YEAR_BACK.match(span.text) and not THE_QUARTER.match(span.text)]
    items: list[dict] = []
    last_day: str | None = None  # the day last mentioned: a bare clock time belongs to it
    for i, (span, (kind, value, anchored)) in enumerate(found):
        if value and re.fullmatch(r"\d{4}", value) and span.end < len(doc) and \
                doc[span.end].lower_ in ("ended", "ending") and span[-1].lower_ == "year":
            kind, value, anchored = "DURATION", "P1Y", False  # "the year ended Sept. 30"
        value = _in_context(span.text, value, _quarter_for(i, span, quarters, found))
        if kind == "TIME" and value and last_day and ref and value.startswith(ref.isoformat()) \
                and not DAY_WORD.search(span.text):
            value = last_day + value[10:]
        if kind == "DATE" and value and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            last_day = value
        items.append({"start": span.start_char, "end": span.end_char, "text": span.text,
                      "type": kind, "value": value.upper() if value else None, "anchored": anchored})
    return items


def _quarter_for(i: int, span: Span, quarters: list[tuple[int, Span]],
                 found: list[tuple[Span, Result]]) -> str | None:
    """The reporting quarter a comparison refers to: a relative quarter ('the third quarter') named
    in the same sentence, else the article's first one."""
    sents = span.doc.has_annotation("SENT_START")
    same = [j for j, q in quarters if sents and q.sent.start == span.sent.start]
    j = min(same, key=lambda j: abs(j - i)) if same else (quarters[0][0] if quarters else None)
    return None if j is None else found[j][1][1]


def _normalised(doc: Doc, ref: date | None) -> Iterator[tuple[Span, Result]]:
    """(span, (type, value, anchored)) for each candidate; a joined span that does not normalise
    falls back to the entities it was joined from."""
    for span in candidates(doc):
        parts = [span]
        res = None if _is_false_positive(span) else normalise(span.text, ref, tense(span))
        if res is None:
            parts = [p for e in doc.ents if e.label_ in ("DATE", "TIME") and span.start <= e.start
                     and e.end <= span.end and (e.start, e.end) != (span.start, span.end)
                     for p in _pieces(e)]
        else:
            yield span, res
            continue
        for part in parts:
            res = None if _is_false_positive(part) else normalise(part.text, ref, tense(part))
            if res is not None:
                yield part, res
