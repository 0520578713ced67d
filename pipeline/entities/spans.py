"""Span cleanup for entity mentions: `clean_span` glues "Censor.NET", splits at separators and lines
(not inside "Department for Culture, Media and Sport"), and trims "the"/"'s"/scores/dates ("on
Thursday") at the edges."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.entities import tokens as TK
from pipeline.entities.lexicon import (
    CALENDAR,
    CONNECTORS,
    CUES,
    DASHES,
    DETERMINERS,
    NUMERIC,
    SPLIT_WORDS,
    SPLITTERS,
    gazetteer_label,
    norm,
)
from pipeline.nlp.extensions import doc_text

_PREFIXES = frozenset({"anti", "pro", "non", "pre", "post", "neo"})  # "pro-Russian": the name is "Russian"
DATE_PREPS = frozenset({"on", "in", "since", "until", "by"})  # before a day or month that ends no name
GLUED_PARTICLE = re.compile(r"^[a-z]{1,3}['\u2019][A-Z][a-z]")  # a glued particle: "d'Estaing", "dell'Utri"


def _attached(doc: Doc, i: int) -> bool:
    """Token i is glued to token i+1 (no whitespace between)."""
    tk = TK.of(doc)
    return i + 1 < len(doc) and tk.ws[i] == "" and not tk.spaces[i]


def _glued_to(doc: Doc, start: int, end: int) -> bool:
    """The span's last token is glued to the one before it, inside the span."""
    return end - 1 > start and _attached(doc, end - 2)


def _expand(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Grow a span over pieces glued to it without spaces ("Censor" "." "NET")."""
    tk = TK.of(doc)
    n, words, ws, spaces = len(doc), tk.words, tk.ws, tk.spaces

    def _attached(i: int) -> bool:  # the module's `_attached`, on the lists in hand
        return i + 1 < n and ws[i] == "" and not spaces[i]

    while _attached(end - 1) and end < n:
        nxt = words[end]
        if nxt[:1].isupper() or (nxt[:1].isdigit() and words[end - 1][-1:].isalpha()):
            end += 1
        elif (
            nxt in {".", "&", "-"} and _attached(end) and end + 1 < n and words[end + 1][:1].isupper()
        ):
            end += 2
        else:
            break
    while start > 0 and _attached(start - 1):
        prv = words[start - 1]
        if prv[:1].isupper() and prv[-1:].isalpha():
            start -= 1
        elif (
            prv in {".", "&"}
            and start > 1
            and _attached(start - 2)
            and words[start - 2][:1].isupper()
        ):
            start -= 2
        else:
            break
    return start, end


_PORTFOLIO_HEADS = frozenset({"department", "ministry", "secretary", "minister", "office", "committee",
                              "commission"})  # heads that bear portfolios


def listed_portfolio(doc: Doc, i: int, head_word: bool = False) -> bool:
    """The comma at `i` lists the portfolios of one body ("Department for Culture, Media and Sport",
    "Ministry of Housing, Communities and Local Government"): capitalised words back to its "of" or
    "for" after a capitalised head (with `head_word`, or with "the" after "of", a head that bears
    portfolios: "Department of the Environment, Food and Rural Affairs"), and on to an "and" before
    a capitalised word."""
    if doc[i].text != ",":
        return False
    j = i - 1
    while j > 0 and (doc[j].is_title or doc[j].text == ","):
        j -= 1
    the = 1 < j < i - 1 and doc[j].lower_ == "the"  # "Department of the Environment, Food and ..."
    j -= the
    if j < 1 or j == i - 1 or doc[j].lower_ not in {"of", "for"} or not doc[j - 1].is_title:
        return False
    if (head_word or the) and doc[j - 1].lower_ not in _PORTFOLIO_HEADS:  # "Queens of the Stone Age, ..."
        return False
    k = i + 1
    while k < len(doc) and k - i <= 8 and (doc[k].is_title or doc[k].text == ","):
        k += 1
    return k > i + 1 and k + 1 < len(doc) and doc[k].lower_ == "and" and doc[k + 1].is_title


def _is_split(doc: Doc, i: int, last: bool = False) -> bool:
    """Token i separates two names (`last`: it ends the model's span, where a year stays)."""
    toks = TK.toks(doc)
    tk = TK.of(doc)
    t, ws = tk.words[i], tk.ws
    if t == "," and listed_portfolio(doc, i):
        return False
    if tk.spaces[i] or "\n" in ws[i] or t in SPLITTERS:
        return True
    if t in DASHES:
        return i > 0 and ws[i - 1] != ""
    if (
        NUMERIC.match(t)
        and i > 0
        and ws[i - 1]
        and ws[i]
        and not numbered_name(doc, i - 1, i + 1)
        and not (last and year_name(doc, i - 1, i + 1))
    ):
        return True
    tok = toks[i]  # a Token only past the tests of the words
    if tok.is_lower and tok.is_alpha and t not in CONNECTORS and ws[i] and i > 0:
        return ws[i - 1] != "" and i + 1 < len(doc) and tk.words[i + 1][:1].isupper()
    return t.lower() in SPLIT_WORDS and tok.is_lower or t in {"AT", "VS", "V"}


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop determiners, possessives, punctuation, numbers and lower-case words at the edges."""
    toks = TK.toks(doc)
    words = TK.of(doc).words  # the texts: a Token only for its punctuation and space flags
    while start < end:
        t = words[start]
        if (
            (t.lower() in DETERMINERS and not _title_opener(doc, start, end))
            or (t.rstrip(".") in CALENDAR and start + 1 < end)
            or (tok := toks[start]).is_punct
            or tok.is_space
            or NUMERIC.match(t)
            or (t[:1].islower() and not GLUED_PARTICLE.match(t) and not _attached(doc, start))
            or (t in _PREFIXES and start + 2 < end and words[start + 1] == "-")  # "anti-", "pro-"
        ):
            start += 1
        else:
            break
    while end > start:
        t = words[end - 1]
        if (
            t in {"'s", "\u2019s", "'", "\u2019", "'S"}
            or ((tok := toks[end - 1]).is_punct and t != ".")
            or tok.is_space
            or (NUMERIC.match(t) and not numbered_name(doc, start, end) and not year_name(doc, start, end))
            or (t[:1].islower() and not GLUED_PARTICLE.match(t) and not _glued_to(doc, start, end))
            or (t == "." and len(words[end - 2]) > 3 and end - 1 > start)
        ):
            end -= 1
        elif t in CALENDAR and end - 2 > start and words[end - 2].lower() in DATE_PREPS:
            end -= 2  # "the Commons on Thursday": a date after the name
        else:
            break
    return start, end


TITLE_OPENERS = frozenset({"This", "That", "These", "Those"})


def _title_opener(doc: Doc, start: int, end: int) -> bool:
    """A capitalised "This"/"That" in mid-sentence, after a word or a possessive and before a capital,
    opens a title ("the song title for This Love", "ITV1's This Morning"), no determiner of it."""
    if doc[start].text not in TITLE_OPENERS or start == 0 or start + 1 >= end:
        return False
    before = doc[start - 1]
    return doc[start + 1].text[:1].isupper() and (before.is_alpha or before.text in {"'s", "\u2019s"})


NUMBERED = frozenset({"Channel", "Radio", "Formula"})


def numbered_name(doc: Doc, start: int, end: int) -> bool:
    """A name that ends in its number ("Channel 4", "Radio 1", "BBC Radio 2", "Formula One" written
    "Formula 1")."""
    return (
        end - start >= 2
        and doc[end - 2].text in NUMBERED
        and doc[end - 1].text.isdigit()
        and len(doc[end - 1]) <= 2
    )


YEAR = re.compile(r"^(?:19|20)\d\d$")


def year_name(doc: Doc, start: int, end: int) -> bool:
    """The model's name ends in a year it spans with a name that is no month nor place ("Euro 2004",
    "Expo 2010", "NBA Live 2005"; not "June 2004", "England 1996", "Tom Hale 2 1998")."""
    toks = TK.toks(doc)
    if not 2 <= end - start <= 3 or not YEAR.match(toks[end - 1].text):
        return False  # a long name's year is its edition's: "Royal Academy of Engineering 2004" lecture
    if end < len(doc) and (toks[end].is_title or not toks[end - 1].whitespace_):
        return False  # "the 2004 Hinton Lecture": the year opens the next name; "1996-08-31" a date
    word = toks[end - 2]
    if not (word.is_title and word.is_alpha) or word.text in CALENDAR or gazetteer_label(norm(word.text)):
        return False
    return not any(NUMERIC.match(t.text) for t in doc[start : end - 1])


def _opens_name(doc: Doc, s: int, i: int) -> bool:
    """A versus word ("V") before any capitalised word of the piece and before a capitalised word
    opens the name: "the V Festival" (not "Buducnost ( V )")."""
    if doc[i].text not in {"AT", "VS", "V"} or i + 1 >= len(doc) or not doc[i + 1].is_title:
        return False
    return not any(t.text[:1].isupper() for t in doc[s:i])


def _text(doc: Doc, a: int, b: int) -> str:
    """The text of tokens [a, b), cut from the Doc's text (no Span made)."""
    tk = TK.of(doc)
    return doc_text(doc)[tk.idx[a] : tk.idx[b - 1] + len(tk.words[b - 1])]


def clean_span(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Expand over glued pieces, split at separators and lines, trim each piece."""
    start, end = _expand(doc, start, end)
    pieces, s, ws = [], start, TK.of(doc).ws
    for i in range(start, end + 1):
        split = i < end and _is_split(doc, i, i == end - 1) and not _opens_name(doc, s, i)
        if i == end or split or (i > s and "\n" in ws[i - 1]):
            if i > s:
                pieces.append((s, i))
            s = i + 1 if split else i
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        a, b = _trim(doc, a, b)
        if out and a < out[-1][1]:
            continue  # the "Sunday" of an edition already taken
        b = _sunday_edition(doc, a, b)
        if b > a and any(map(str.isupper, _text(doc, a, b))):
            out.append((a, b))
    return out


EDITION_HEADS = frozenset(CUES["paper_heads"]) | frozenset(CUES["edition_heads"])
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "lunchtime"})


def _sunday_edition(doc: Doc, a: int, b: int) -> int:
    """The end of a paper's name after "the" that goes on over "on Sunday", its Sunday edition's ("the
    Independent on Sunday", "the Kelby Mail on Sunday"); b otherwise ("the Mail on Sunday night")."""
    words = TK.of(doc).words
    if b + 1 >= len(words) or words[b : b + 2] != ["on", "Sunday"] or words[b - 1] not in EDITION_HEADS:
        return b
    if a == 0 or words[a - 1].lower() != "the" or (b + 2 < len(words) and words[b + 2] in DAY_PARTS):
        return b
    return b + 2
