"""Names of bills and acts, read from their own words: a law named in full ("Prevention of Crime
Bill"), the whole span of one the model cut, and the number a law's name ends in ("Chapter 11",
"Terrorism Act 2000"), and a name the model calls a law that no law's word heads ("Halo 2", "Windows
95": a game's, a model's or a version's number). All work on token indices."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.entities import tokens as TK
from pipeline.entities.evidence import DOCUMENT_HEADS, EVENT_WORDS, LAW_HEADS, facility_name
from pipeline.entities.gazetteer import fold
from pipeline.entities.lexicon import EVENT_HEADS, ORG_HEADS, known_place
from pipeline.entities.products import VERSION_NUMBER
from pipeline.entities.words import generic_key

DETERMINER_TAGS = frozenset({"DT", "PDT", "WDT", "PRP$"})


def law_name(doc: Doc, s: int, e: int) -> bool:
    """A bill or act named in full ("Prevention of Crime Bill", "Data Protection Act")."""
    return e - s > 1 and doc[e - 1].text in LAW_HEADS and doc[e - 2].text[:1].isupper()


def law_span(doc: Doc, s: int, e: int) -> tuple[int, int] | None:
    """The whole name of a bill or act ending at e ("Prevention of Crime Bill", whose first words the
    model may leave out or take for a title), or a short "the Bill" itself; None for anything else."""
    toks = TK.toks(doc)
    if toks[e - 1].text not in LAW_HEADS or (e - s == 1 and toks[s].is_sent_start):
        return None
    while s > 0 and "\n" not in toks[s - 1].whitespace_ and not toks[s - 1].is_sent_start:
        prev = toks[s - 1]
        if s == e - 1 and prev.tag_ in DETERMINER_TAGS:
            break  # "No Bill goes through", "This Act": a determiner of the common noun
        opened = _bracket_part(doc, s)
        if opened is not None:  # "Health Service (Miscellaneous Provisions) Bill": the bracket is the name's
            s = opened
            continue
        if prev.text[:1].isupper() or (prev.lower_ in {"of", "and", "on"} and toks[s].text[:1].isupper()):
            s -= 1
        elif _small_the(doc, s):  # "Succession to the Crown Bill", "Abolition of the Tolls Act"
            s -= 3
        else:
            break
    while s < e - 1 and not toks[s].text[:1].isupper():
        s += 1
    if e - s > 1:
        return s, e + _year_after(doc, e)
    return (s, e) if toks[s - 1].lower_ == "the" else None


def _small_the(doc: Doc, s: int) -> bool:
    """ "the" and a small word before a capitalised token s, a capitalised word of the same sentence
    before them ("Succession to the Crown"): a law's name goes on leftwards."""
    if s < 3 or doc[s - 1].lower_ != "the" or doc[s - 2].lower_ not in {"of", "on", "to"}:
        return False
    words = doc[s - 3 : s + 1]
    return doc[s].text[:1].isupper() and doc[s - 3].is_title and not any(t.is_sent_start for t in words[1:])


def _year_after(doc: Doc, e: int) -> int:
    """1 when a year follows a law's name on its line ("Terrorism Act 2000": the year is the short
    title's), 0 otherwise."""
    if e >= len(doc) or doc[e - 1].whitespace_ != " " or not doc[e].is_digit or len(doc[e]) != 4:
        return 0
    ranged = e + 1 < len(doc) and (doc[e + 1].is_digit or doc[e + 1].text in {"-", "/"})  # "1998-2001"
    return int(doc[e].text[:2] in {"18", "19", "20"} and not ranged)


def _bracket_part(doc: Doc, s: int) -> int | None:
    """The index of "(" when the words just before s are a bracketed part of a law's name: a ")" closing
    at most five words of capitals (and "and", "of", "on"), a capital before the "(" ("Health Service
    (Miscellaneous Provisions) Bill"); None otherwise."""
    if doc[s - 1].text != ")":
        return None
    for i in range(s - 2, max(0, s - 8), -1):
        if doc[i].text == "(":
            inner = doc[i + 1 : s - 1]
            small = {"and", "of", "on"}
            capped = len(inner) and inner[0].is_title and all(t.is_title or t.lower_ in small for t in inner)
            before = i > 0 and doc[i - 1].is_title and "\n" not in doc[i - 1].whitespace_
            return i if capped and before else None
    return None


def common_law(doc: Doc, s: int, e: int) -> bool:
    """A law's head alone after a determiner other than "the" ("No Bill goes through", "a Bill to
    ban", "every Act"), whether or not the model's span holds the determiner: the common noun, no name;
    not where the article names a person with that word first ("Oh no Bill" of "Bill Hale")."""
    toks = TK.toks(doc)
    s += e - s == 2 and toks[s].tag_ in DETERMINER_TAGS
    if not (e - s == 1 and s > 0 and toks[s].text in LAW_HEADS and toks[s - 1].tag_ in DETERMINER_TAGS):
        return False
    return toks[s - 1].lower_ != "the" and toks[s].text not in TK.of(doc).forenames  # "Bill Hale"


CLAUSES = frozenset({"Article", "Articles", "Section", "Sections", "Chapter", "Clause", "Paragraph"})
# a law's parts and kinds before a number ("Resolution 9")
PARTS = CLAUSES | {"Amendment", "Proposition", "Resolution", "Directive", "Regulation", "Rule", "Schedule",
                   "Title", "Protocol", "Part", "Code", "Law", "Treaty", "Convention", "Charter"}


def law_number(doc: Doc, b: int, end: int) -> bool:
    """The model's law ends in the number the cleaning cut: a section's ("Chapter 11") or an act's year."""
    if b + 1 != end or not doc[b].text.isdigit() or b == 0:
        return False
    return len(doc[b]) <= 3 and generic_key(doc[b - 1].lower_) or doc[b - 1].text in LAW_HEADS


def numbered_thing(doc: Doc, s: int, e: int) -> bool:
    """The model's law span is words of a name and a version's number of two digits at most, with
    no law's word ("Bill", "Act", "Chapter", "Resolution"...), no place and no number just before it
    ("Acme 2 Zedville 1": a score): a game, a model or a version ("Halo 2", "Windows 95"), no law."""
    last, words = doc[e - 1].text, doc[s : e - 1]
    if e - s < 2 or not VERSION_NUMBER.fullmatch(last) or len(doc[s]) < 3:
        return False
    if any(not t.is_alpha or t.text in LAW_HEADS or t.text in PARTS for t in words) or not doc[s].is_title:
        return False
    if any(t.like_num for t in doc[max(0, s - 4) : s]):
        return False
    return not any(known_place(fold(t.text)) for t in words)


# words that make a span a law's or a document's name ("Bill of Rights", "Marshall Plan", "EU Constitution")
LAW_WORDS = LAW_HEADS | DOCUMENT_HEADS | PARTS
LAW_WORDS |= {"Constitution", "Plan", "Doctrine", "Carta", "Pact", "Statute", "Decree", "Ordinance", "Rights"}
CASE_WORDS = frozenset({"v", "v.", "vs", "vs."})  # "Roe v Wade"


def unheaded(doc: Doc, s: int, e: int) -> bool:
    """The model's law span holds no law's or document's word, no number, no case's "v" and no
    hyphened pair ("Sarbanes-Oxley"; a spaced dash between names is none): no law ("the Death Star",
    "Fortune 500" aside)."""
    toks = [t for t in doc[s:e] if t.lower_ != "the"]
    return bool(toks) and not any(
        t.text in LAW_WORDS or t.text.rstrip("s") in LAW_WORDS or t.like_num or t.lower_ in CASE_WORDS
        or "-" in t.text and not (t.whitespace_ and doc[t.i - 1].whitespace_) for t in toks)


def unheaded_label(doc: Doc, s: int, e: int) -> str:
    """The label an unheaded law span takes from its own words: a body's head or a plural name makes a
    body ("Stone Roses", "Blind Boys of Alabama": bands), a building's a facility, a show's or a
    contest's an event; anything else is no name ("the Death Star")."""
    last = doc[e - 1].text
    if last in ORG_HEADS or any(t.tag_ == "NNPS" for t in doc[s:e]):
        return "ORG"
    if last in EVENT_WORDS or last in EVENT_HEADS:  # "Expo", "Festival", "Cup"
        return "EVENT"
    return "FAC" if facility_name(doc, s, e) else ""
