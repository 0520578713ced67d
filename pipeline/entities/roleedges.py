"""The edges of a title written before a person's name, for `pretitles.pre_title`: no verb opens
one ("as they eye" captain X, "Interrupting" Mr X)."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import HONORIFICS, ROLE_MODIFIERS, fold, gazetteer_label, is_title_word
from pipeline.entities.words import listed_as, verb_only

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
