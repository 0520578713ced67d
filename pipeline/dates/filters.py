"""Filters for the dates stage: what looks like a time but is not one. "may"/"march" as verbs,
ages ("a 10-year-old"), amounts, idioms ("in many quarters", "the days of"), and names that hold a
time word ("BBC Radio 4's Today programme", "the Sunday Telegraph", "20th Century Fox").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.dates.find import DAY_PARTS, DAYISH
from pipeline.dates.patterns import CLOCK_ZONES, UNIT_WORDS
from pipeline.dates.tense import tense
from pipeline.tokens import entity_of, opens, quarter_fraction
from pipeline.vocab import MONTHS, WEEKDAYS

AGE = re.compile(r"\b(?:year|month|week|day)s?[- ]olds?\b|^\d{1,3}$|^\d{1,3}s$|^\d+ years? old", re.I)
_YEAR = re.compile(r"(?:1[0-9]|20|21)\d\d")
_OLDS = re.compile(r"-? ?olds?\b")  # "year olds", "-year-olds"
_ERA = re.compile(r"the (?:days|weeks|months|years)", re.I)
_PARTS = re.compile(r"(?:thirds?|quarters?)$", re.I)
_NTH_QUARTER = re.compile(r"(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter", re.I)
_QUARTERS = re.compile(r"(?:(?:some|many|all|other|these|those|various|certain|the) )?quarters", re.I)
_THREE_QUARTERS = re.compile(r"three[- ]quarters?", re.I)


def is_false_positive(span: Span) -> bool:
    """'may'/'march' as verbs, 'sat', amounts and ages."""
    text = span.text
    if AGE.search(text) and not _YEAR.fullmatch(text):
        return True
    after_words = " ".join(t.lower_ for t in span.doc[span.end:span.end + 2])
    if _OLDS.match(after_words):
        return True  # "18 to 24 year olds", "a 10 year old boy", "10 to 28-year-olds"
    if _ERA.fullmatch(text) and after_words.startswith("of "):
        return True  # "the days of dedicated MP3 players": an era, not a time
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.lower_ == "of" and _PARTS.search(text) \
            and span[0].lower_ not in PERIOD_DETS \
            and not _NTH_QUARTER.search(text):
        return True  # "three-quarters of the market"
    if after is not None and after.text == "-" and span.end + 1 < len(span.doc) \
            and span.doc[span.end + 1].lower_ in ("final", "finals"):
        return True  # "that quarter-final tie"
    if span[-1].lower_ == "current" and after is not None and after.lower_ in ("account", "accounts"):
        return True  # the balance of payments, not a time
    if span[-1].lower_ == "past" and after is not None and (after.like_num or after.lower_ in QUANT):
        return True  # "the past two months" is a duration the model missed, not PAST_REF
    if span[-1].lower_ == "soon" and (after is not None and after.lower_ in ("after", "as") or (
            span.start > 0 and span.doc[span.start - 1].lower_ == "as")):
        return True  # "as soon as", "soon after": a relation, not a time
    if span.text.lower() == "soon" and tense(span) == "past":
        return True  # "was soon released": shortly after a past event, not the article's future
    if any(t.is_title and t.lower_ in NAME_UNITS for t in span):
        return True  # a title, not a time: ABC's "This Week", "60 Minutes", the Hundred Years War
    if span[-1].is_title and span[-1].lower_ in MONTHS and span.end + 1 < len(span.doc) \
            and span.doc[span.end].lower_ in ("for", "of") and span.doc[span.end + 1].is_title:
        return True  # "the March for Life", "the March of Dimes"
    if span[-1].lower_ == "easter" and after is not None and after.is_title \
            and after.lower_ not in WEEKDAYS and after.lower_ not in ("week", "day"):
        return True  # "the Easter Rising", "Easter Island"
    if _in_name(span):
        return True  # "BBC Radio 4's Today programme", "the Sunday Telegraph", "20th Century Fox"
    if _game_period(span):
        return True  # "a second-half penalty": a part of a match, not of a year
    if _QUARTERS.fullmatch(text):
        return True  # "in many quarters": places, not times
    if _award(span) or _ordinal_second(span):
        return True  # "song of the year", "a second election"
    if _THREE_QUARTERS.fullmatch(text) and quarter_fraction(span) and (
            span.start == 0 or span.doc[span.start - 1].lower_ not in PERIOD_DETS):
        return True  # "three-quarters said", "three quarter-point rises"; not "grown for three quarters"
    if _generic_today(span):
        return True  # "in today's world", "the people of tomorrow": the present or future in general
    if len(span) == 1 and _discourse_now(span[0]):
        return True  # "Now, he says ...", "Now for the quiz": a turn in the story, not the present
    if span.text.lower() == "noon" and span.start > 0 and span.doc[span.start - 1].lower_ == "high":
        return True  # "high noon comes today": an idiom
    if len(span) == 1:
        tok = span[0]
        if tok.lower_ in ("may", "march", "sat", "sun", "wed", "we", "mar", "jan") and (
                tok.pos_ in ("VERB", "AUX", "PRON") or tok.is_lower):
            return True
    return False


GENERIC_NOW = {"world", "youth", "society", "generation", "child", "kid", "teenager", "standard", "term",
               "money", "price", "dollar", "culture", "technology", "computer", "age"}


GENERIC_OF = {"people", "person", "child", "generation", "leader", "worker", "citizen", "kid", "school",
              "city", "world", "society", "youth", "consumer", "voter", "car", "home", "office"}


AWARD_NOUNS = {"song", "record", "album", "player", "person", "man", "woman", "team", "goal", "book", "car",
               "manager", "coach", "film", "actor", "actress", "artist", "act", "newcomer", "footballer",
               "sportsman", "sportswoman", "personality", "company", "brand", "word", "employer", "try",
               "businessman", "businesswoman", "entrepreneur", "designer", "writer", "producer", "director"}


def _award(span: Span) -> bool:
    """'song of the year', 'European footballer of the year': a title, not a time."""
    return span.text.lower() == "the year" and _noun_of(span) in AWARD_NOUNS


def _noun_of(span: Span) -> str:
    """The lemma of the word before "of" in front of the span ("song" in "song of the year")."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "of":
        return ""
    return doc[span.start - 2].lemma_.lower()


def _ordinal_second(span: Span) -> bool:
    """'a second election': the ordinal, not a second of time."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    return span.text.lower().endswith(" second") and span[-2].lower_ == "a" and nxt is not None \
        and nxt.pos_ in ("NOUN", "ADJ", "PROPN") and nxt.lower_ not in ("later", "earlier")


def _generic_today(span: Span) -> bool:
    """ "today's" before a noun of the present in general ("today's world", "today's personal
    computers", "in today's money"), not before an event of the day ("today's vote"); "the people of
    tomorrow", "the world of today"."""
    doc = span.doc
    text = span.text.lower()
    if text in ("today", "tomorrow") and (noun := _noun_of(span)):
        return noun in GENERIC_OF  # "the people of tomorrow"
    if text != "today" or span.end >= len(doc) or doc[span.end].lower_ not in ("'s", "’s"):
        return False
    head = span.root.head
    return head.lemma_.lower() in GENERIC_NOW and head.i > span.end


def _discourse_now(tok: Token) -> bool:
    """'Now' opening a sentence and followed by a comma or 'for': a discourse marker."""
    doc = tok.doc
    if tok.lower_ != "now" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ not in (",", "for"):
        return False
    prev = doc[tok.i - 1] if tok.i > 0 else None
    return prev is None or tok.is_sent_start or prev.is_punct and prev.lower_ != "," or opens(prev)


GAME_HALF = re.compile(r"(?:(?:the|a|his|her|their|its|our) )?(?:first|second|1st|2nd)[- ]?half", re.I)
SPORT_WORDS = {"goal", "goals", "penalty", "penalties", "striker", "header", "scrum", "wicket", "innings",
               "touchdown", "referee", "half-time", "halftime", "equaliser", "equalizer", "substitute",
               "coach", "squad", "league", "cup", "game", "season", "fly-half", "scrum-half", "winger",
               "midfielder", "defender", "goalkeeper", "keeper", "captain", "match", "tries",
               "kicked", "scored", "kicker", "kickers", "rugby", "football", "tournament", "fixture",
               "stadium", "interval"}
MONEY_WORDS = {"profit", "profits", "sales", "revenue", "revenues", "earnings", "growth", "economy", "prices",
               "shares", "results", "output", "inflation", "fiscal", "gdp", "income", "loss", "losses"}


def _game_period(span: Span) -> bool:
    """'the second half' of a match: a half without a year, in a sentence or article about a game."""
    if not GAME_HALF.fullmatch(span.text):
        return False
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.lower_ == "year" or after.lower_ in MONEY_WORDS):
        return False  # "first-half profits"
    if after is not None and after.lower_ == "of" and span.end + 1 < len(doc) and _timeish(doc[span.end + 1]):
        return False  # "the first half of 2024", "of next year", "of the season"
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    if any(t.lower_ in MONEY_WORDS or t.like_num and t.text.endswith("%") for t in sent):
        return False
    words = {t.lower_ for t in doc}
    return len(words & SPORT_WORDS) >= 2


def _timeish(tok: Token) -> bool:
    """A word that can open a time after "of": a number, a month, "the", "next", "fiscal"."""
    return tok.like_num or tok.lower_ in ("the", "this", "next", "last", "fiscal", "its", "financial") \
        or tok.lower_.rstrip(".") in MONTHS


PERIOD_DETS = {"the", "this", "preceding", "past", "last", "next", "first", "previous", "following", "coming",
               "recent", "latest", "consecutive", "those", "these", "all", "remaining", "final", "several",
               "few", "many"}  # before a count of quarters that makes it a stretch of time
NAME_ENTS = {"ORG", "WORK_OF_ART", "PRODUCT", "FAC", "PERSON", "LAW"}
DEICTIC = {"today", "tonight", "tomorrow", "now", "yesterday"}


def _in_name(span: Span) -> bool:
    """A time word that is part of a name: inside an organisation or title entity, a capitalised
    "Today"/"Now" inside a sentence, or a weekday that starts a newspaper's or show's name."""
    doc = span.doc
    for ent in {entity_of(t) for t in span if t.ent_type_ in NAME_ENTS and t.lower_ not in CLOCK_ZONES}:
        if any(t.is_alpha and not span.start <= t.i < span.end for t in ent):
            return True  # the name has words besides the time words ("20th Century Fox")
    first = span[0]
    if len(span) == 1 and first.lower_ in DEICTIC and first.is_title and not first.is_sent_start \
            and first.i > 0 and not opens(doc[first.i - 1]):
        return True
    words = [t for t in span if t.is_alpha]
    if first.i > 0 and doc[first.i - 1].lower_ == "'s" and words and all(t.is_title for t in words) \
            and not any(t.lower_.rstrip(".") in MONTHS or t.lower_ in WEEKDAYS for t in words):
        return True  # "ITV1's This Morning"
    after = doc[span.end] if span.end < len(doc) else None
    if span[-1].is_title and span[-1].lower_ in UNIT_WORDS and after is not None and after.is_title \
            and after.pos_ == "PROPN" and not after.is_sent_start:
        return True  # "20th Century Fox"
    return _weekday_name(span, after)


def _weekday_name(span: Span, after: Token | None) -> bool:
    """A weekday in a name: "the Happy Mondays", "the Sunday Telegraph", "the Mail on Sunday",
    "Mike Friday's England side", "ABC's Sunday Morning"; not "they met Smith Friday"."""
    doc, last = span.doc, span[-1]
    prev = doc[span.start - 1] if span.start > 0 else None
    if len(span) == 1 and last.lower_.endswith("s") and last.lower_[:-1] in WEEKDAYS and prev is not None \
            and prev.is_title and not prev.is_sent_start:
        return True  # "the Happy Mondays"
    if last.lower_ not in WEEKDAYS:
        return False
    if len(span) == 1 and after is not None and after.is_title and after.lower_ in PAPER_WORDS:
        return True  # "the Sunday Times and Sunday Telegraph"
    if len(span) == 1 and last.lower_ == "sunday" and span.start >= 2 and doc[span.start - 1].lower_ == "on" \
            and doc[span.start - 2].is_title and doc[span.start - 2].lower_ in ("mail", "independent"):
        return True  # "the Mail on Sunday"; not "the Times on Monday said", "Fox News on Sunday"
    if len(span) == 1 and prev is not None and prev.ent_type_ == "PERSON" and after is not None \
            and after.lower_ in ("'s", "’s"):
        return True  # "Mike Friday's England side": a surname
    return prev is not None and prev.lower_ in ("the", "'s") and after is not None and after.is_title \
        and after.lower_ not in DAY_PARTS | DAYISH and after.lower_.rstrip(".") not in MONTHS \
        and after.ent_type_ != "PERSON"


PAPER_WORDS = {"times", "telegraph", "mirror", "express", "herald", "post", "mail", "people", "tribune",
               "independent", "observer", "sport", "business", "record", "star", "age", "news"}


NAME_UNITS = {"week", "weeks", "minute", "minutes", "hour", "hours", "month", "months", "years"}


QUANT = {"few", "several", "many", "century", "decade", "year", "month", "week", "day", "quarter"}
