"""The edges of a title written before a person's name, for `pretitles.pre_title`: no verb opens
one ("as they eye" captain X, "Interrupting" Mr X); it takes the bodies or places coordinated
before its head ("former Norway and Barbarians lock") and the word glued after a hyphen ("in-form")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.entities import tokens as TK
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import (
    HONORIFICS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    TEMPORAL,
    TITLES,
    fold,
    gazetteer_label,
    is_title_word,
)
from pipeline.entities.words import english_word, glued_hyphen, listed_as, verb_only

PERSON = "PERSON"
PLACES = frozenset({"GPE", "NORP", "LOC"})  # a country's side, a people's: "Norway and" Barbarians lock
SUBJECT_PRONOUNS = frozenset({"i", "we", "they", "he", "she"})  # the word after one is its verb
TITLE_WORDS = HONORIFICS | TITLES  # a title's own words, never a field of a portfolio


def past_verb(doc: Doc, i: int, start: int) -> int:
    """The role's start past a verb opening it, which no role does: one right after a subject pronoun
    ("as they eye" captain X), a word WordNet knows only as a verb, or a verb's "-ing" form standing
    alone before the name ("Interrupting" Mr X, "Questioning" Mr X); no title's or place's word
    ("managing" director, "Bury" manager), nor the first word of a name the model reads before the role's
    noun ("Harry Potter" director: "harry" is a verb)."""
    toks = TK.toks(doc)
    if i >= start:
        return i
    tok, key = toks[i], fold(toks[i].text)
    after_subject = i > 0 and toks[i - 1].lower_ in SUBJECT_PRONOUNS and toks[i - 1].tag_ == "PRP"
    after_subject = after_subject or name_verb(doc, i)  # "Tom Hale naming" centre X
    alone = i + 1 == start or fold(toks[i + 1].text) in HONORIFICS  # "Questioning" Mr X: a clause's verb
    gerund = alone and tok.lower_.endswith("ing") and listed_as(tok.lower_, "verb")
    verb = (
        (verb_only(tok.lower_) or gerund)
        and not is_title_word(tok.text)
        and key not in ROLE_MODIFIERS
        and key not in ROLE_NOUNS  # "Wing" Tom Hale: a position, no gerund
        and gazetteer_label(key) is None
        and key not in world().places
        and not named_opening(doc, i, start)
        and not titled_participle(doc, i, start)
    )
    return i + 1 if after_subject or verb else i


def name_verb(doc: Doc, i: int) -> bool:
    """Token i is a lower-case word WordNet lists as a verb, right after a person's name the model
    tagged: that name's verb, which opens no role ("with coach Tom Hale naming" centre X)."""
    toks = TK.toks(doc)
    tok = toks[i]
    if i == 0 or toks[i - 1].ent_type_ != "PERSON" or not tok.is_lower or tok.lower_ in ROLE_NOUNS:
        return False
    return listed_as(tok.lower_, "verb") and not is_title_word(tok.text) \
        and fold(tok.text) not in ROLE_MODIFIERS


def named_opening(doc: Doc, i: int, start: int) -> bool:
    """Token i is a capitalised word opening a name of several words that the model reads, with the
    role's own noun outside it ("Harry Potter" director X)."""
    tok = doc[i]
    return (tok.text[:1].isupper() and tok.ent_iob_ == "B" and i + 1 < start
            and doc[i + 1].ent_iob_ == "I" and doc[start - 1].ent_iob_ == "O")


def titled_participle(doc: Doc, i: int, start: int) -> bool:
    """Token i is a capitalised participle opening a run of capitalised words before the role's noun
    (a work's name the model did not read: "Broken Harbour" star X): the name's, not a clause's verb."""
    tok, nxt = doc[i], doc[i + 1]
    if not (tok.is_title and tok.tag_ in {"VBN", "VBG"}) or i + 2 >= start:
        return False
    named = nxt.is_title and nxt.pos_ == "PROPN"
    return named and not is_title_word(nxt.text) and fold(nxt.text) not in HONORIFICS


def noun_as_verb(tok: Token) -> bool:
    """A word the tagger reads as a verb that WordNet knows only as a noun ("rugby" union captain)."""
    return tok.pos_ == "VERB" and not listed_as(tok.lower_, "verb") and listed_as(tok.lower_, "noun")


def after_hyphen(doc: Doc, k: int) -> bool:
    """Token k is a lower-case word glued after a hyphen that a word is glued to ("in-" "form")."""
    toks = TK.toks(doc)
    return (
        k > 1
        and toks[k].is_lower
        and glued_hyphen(toks, k - 1)
        and toks[k - 2].is_alpha
    )


def coordinated_body(doc: Doc, k: int) -> bool:
    """Token k is the "and" of two capitalised names inside a title before its head, the first a
    place or people the model or the gazetteer knows (or the second, after a one-word first: "Norvik
    and Wales" defender), no person's ("former Norway and Barbarians" lock X; not "Tom Hale and
    Norvik" coach X)."""
    toks = TK.toks(doc)
    if toks[k].lower_ != "and" or k == 0 or k + 1 >= len(doc):
        return False
    left, right = toks[k - 1], toks[k + 1]
    if not (left.is_title and right.is_title and left.is_alpha and right.is_alpha):
        return False
    if PERSON in (left.ent_type_, right.ent_type_) or fold(left.text) in TITLE_WORDS:
        return False
    lone = k == 1 or not toks[k - 2].text[:1].isupper()  # "Norvik and", not "the US Disney Corporation and"
    return _place_word(left) or lone and _place_word(right)  # "Norvik and Wales" defender: club, country


def joined_portfolio(doc: Doc, k: int) -> bool:
    """Token k is the "and" of two capitalised English words right before a capitalised title word,
    one post's two portfolios ("Energy and Environment Minister", "Arts and Heritage Secretary" X), no
    person's or title's word among them."""
    toks = TK.toks(doc)
    if toks[k].lower_ != "and" or k == 0 or k + 2 >= len(doc):
        return False
    left, right, head = toks[k - 1], toks[k + 1], toks[k + 2]
    if k > 2 and toks[k - 2].text == "," and _field_word(toks[k - 3]):
        return False  # "Culture, Media and Sport Secretary": a list of fields, read whole elsewhere
    words = (left, right)
    if not all(t.is_title and t.is_alpha and t.ent_type_ != PERSON and english_word(t.lower_) for t in words):
        return False  # not "Ms Hale and" First Minister X
    if any(fold(t.text) in TITLE_WORDS for t in words):
        return False
    return head.is_title and fold(head.text) in TITLES and fold(head.text) not in HONORIFICS


def _field_word(tok: Token) -> bool:
    """A capitalised English word no date's ("Culture" of "Culture, Media and"; not "In September,")."""
    return tok.is_title and tok.is_alpha and english_word(tok.lower_) and tok.ent_type_ not in TEMPORAL


def _place_word(tok: Token) -> bool:
    """A capitalised word the model or the gazetteer knows as a place or a people."""
    key = fold(tok.text)
    return tok.ent_type_ in PLACES or gazetteer_label(key) in PLACES or key in world().places


def preposition(doc: Doc, k: int) -> bool:
    """Token k is a lower-case preposition of the clause before a title ("under" President X, not the
    "Under-Secretary" title word, nor "in" of "brother-in-law"): the role starts after it."""
    tok = doc[k]
    glued = not tok.whitespace_ or k > 0 and not doc[k - 1].whitespace_
    return tok.is_lower and tok.tag_ == "IN" and tok.dep_ == "prep" and not glued


def modal_verb(doc: Doc, k: int) -> bool:
    """Token k, a lower-case word right before a name, is a verb after a modal ("will partner" X,
    "could again captain" X): the clause's verb, no title."""
    toks = TK.toks(doc)
    j = k - 1 if k > 0 and toks[k - 1].tag_ == "RB" else k
    return toks[k].is_lower and j > 0 and toks[j - 1].tag_ == "MD"
