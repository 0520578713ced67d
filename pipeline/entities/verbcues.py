"""A work's cue noun the tagger took for a past-tense verb: "staging the worldwide stage hit X",
"a surprise box-office hit X"; or for its base form after a name ("the Ann Lee biopic X",
`named_noun`). A cue word in its verb's form ("hit") right after a noun of a stage,
a screen or a chart, in a phrase that opens with an article or a possessive inside a sentence, is
the head of a noun phrase, so the name after it is a work's (`evidence.cue_cands`); "The storm hit
X" opens its sentence with the subject and stays a verb."""

from __future__ import annotations

from spacy.tokens import Doc

ART_MODIFIERS = frozenset({"stage", "screen", "film", "movie", "tv", "television", "chart", "box-office",
                           "smash", "cult", "surprise", "radio", "comedy", "musical"})
OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our"})
PAST = frozenset({"VBD", "VBN"})
REACH = 3  # adjectives between the opener and the art's noun: "the worldwide stage hit"
NAME_REACH = 4  # capitalised words between the opener and the art's noun: "the Ann Lee biopic"


def noun_hit(doc: Doc, i: int) -> bool:
    """The cue word at `i`, tagged a past-tense verb, heads a noun phrase (see the module's doc)."""
    if doc[i].tag_ not in PAST or i < 2 or doc[i - 1].lower_ not in ART_MODIFIERS:
        return False
    k = i - 2
    while k > 0 and i - 2 - k < REACH and doc[k].is_lower and _modifier(doc[k]):
        k -= 1
    return doc[k].lower_ in OPENERS and not doc[k].is_sent_start


def _modifier(tok) -> bool:  # noqa: ANN001 (a spaCy Token)
    """An adjective or another art's noun before the art's noun ("worldwide", "cult" comedy hit)."""
    return tok.pos_ == "ADJ" or tok.lower_ in ART_MODIFIERS


def named_noun(doc: Doc, i: int) -> bool:
    """The cue word at `i`, tagged a verb's base form, right after capitalised words that an article
    or a possessive opens inside a sentence ("the Ann Lee biopic X", "the Kelby Road sitcom X"): no
    bare verb follows a name without "to" or a modal, so the word heads a noun phrase."""
    if doc[i].tag_ != "VB" or i < 2 or not doc[i - 1].is_title:
        return False
    k = i - 1
    while k > 0 and i - k <= NAME_REACH and doc[k].is_title and doc[k].tag_ == "NNP":
        k -= 1
    return k < i - 1 and doc[k].lower_ in OPENERS and not doc[k].is_sent_start
