"""The edges of a title written before a person's name, for `pretitles.pre_title`: no verb opens
one ("as they eye" captain X, "Interrupting" Mr X); it takes the bodies or places coordinated
before its head ("former Norway and Barbarians lock") and the word glued after a hyphen ("in-form")."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.entities.evidence import GROUP_NOUNS, WORK_NOUNS
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import (
    CUES,
    FIRM_WORDS,
    HONORIFICS,
    ORG_ROLES,
    ROLE_MODIFIERS,
    TEMPORAL,
    TITLES,
    fold,
    gazetteer_label,
    is_title_word,
)
from pipeline.entities.words import PERIOD_WORDS, common_noun, listed_as, verb_only

PERSON = "PERSON"
PLACES = frozenset({"GPE", "NORP", "LOC"})  # a country's side, a people's: "Norway and" Barbarians lock
DESCRIBING_TAGS = frozenset(
    {"JJ", "NN", "NNS", "NNP"}
)  # "lifelong" fan, "theatre" impresario, "Nobel" laureate
BODY_NOUNS = GROUP_NOUNS | WORK_NOUNS | ORG_ROLES | FIRM_WORDS | frozenset(CUES["team_nouns"])
SUBJECT_PRONOUNS = frozenset({"i", "we", "they", "he", "she"})  # the word after one is its verb


def past_verb(doc: Doc, i: int, start: int) -> int:
    """The role's start past a verb opening it, which no role does: one right after a subject pronoun
    ("as they eye" captain X), a word WordNet knows only as a verb, or a verb's "-ing" form standing
    alone before the name ("Interrupting" Mr X, "Questioning" Mr X); no title's or place's word
    ("managing" director, "Bury" manager)."""
    if i >= start:
        return i
    tok, key = doc[i], fold(doc[i].text)
    after_subject = i > 0 and doc[i - 1].lower_ in SUBJECT_PRONOUNS and doc[i - 1].tag_ == "PRP"
    alone = i + 1 == start or fold(doc[i + 1].text) in HONORIFICS  # "Questioning" Mr X: a clause's verb
    gerund = alone and tok.lower_.endswith("ing") and listed_as(tok.lower_, "verb")
    verb = (
        (verb_only(tok.lower_) or gerund)
        and not is_title_word(tok.text)
        and key not in ROLE_MODIFIERS
        and gazetteer_label(key) is None
        and key not in world().places
    )
    return i + 1 if after_subject or verb else i


def after_hyphen(doc: Doc, k: int) -> bool:
    """Token k is a lower-case word glued after a hyphen that a word is glued to ("in-" "form")."""
    return (
        k > 1
        and doc[k].is_lower
        and doc[k - 1].text == "-"
        and not doc[k - 1].whitespace_
        and not doc[k - 2].whitespace_
        and doc[k - 2].is_alpha
    )


def coordinated_body(doc: Doc, k: int) -> bool:
    """Token k is the "and" of two capitalised names inside a title before its head, the first a
    place or people the model or the gazetteer knows, no person's ("former Norway and Barbarians"
    lock X; not "Tom Hale and Norvik" coach X)."""
    if doc[k].lower_ != "and" or k == 0 or k + 1 >= len(doc):
        return False
    left, right = doc[k - 1], doc[k + 1]
    if not (left.is_title and right.is_title and left.is_alpha and right.is_alpha):
        return False
    if PERSON in (left.ent_type_, right.ent_type_) or fold(left.text) in HONORIFICS | TITLES:
        return False
    key = fold(left.text)
    return left.ent_type_ in PLACES or gazetteer_label(key) in PLACES or key in world().places


def described_noun(doc: Doc, k: int) -> bool:
    """Token k is a singular common noun that a word of its own describes, parsed as part of the name
    the model tags a person right after it ("theatre impresario" Sir X, "lifelong fan" X, "Nobel
    physics laureate" X): a description of the person, whatever the noun; no time ("second half")."""
    tok = doc[k]
    if k == 0 or tok.tag_ != "NN" or not tok.is_lower or not tok.is_alpha or tok.is_stop:
        return False
    nxt = doc[k + 2] if fold(doc[k + 1].text) in HONORIFICS and k + 2 < len(doc) else doc[k + 1]
    if nxt.ent_type_ != PERSON or tok.head.i <= k:
        return False
    if tok.lower_ in BODY_NOUNS:
        return False  # "Indie band" X, "the hit film" X, "car maker" X: a body or a work, not a person
    mod = doc[k - 1]
    if not mod.is_alpha or mod.is_stop or mod.tag_ not in DESCRIBING_TAGS or "\n" in mod.whitespace_:
        return False
    if mod.ent_type_ == PERSON:
        return False  # "saw Tom battle" Ann Lee: a verb after its subject
    timed = {tok.lower_, mod.lower_} & PERIOD_WORDS or {tok.ent_type_, mod.ent_type_} & TEMPORAL
    return common_noun(tok.lower_) and not timed
