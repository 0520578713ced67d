"""A source closing the sentence it attributes, after a comma and its verb ('A, shows a study by X.',
'A, suggests a new survey.'): the parse takes the source for the verb's object and the verb for a
conjunct of the clause before, or the clause's subject for the speaker. The source is the speaker
and the clause before the comma its content."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import EVIDENCE_LEMMAS, FINITE_VERBS, SOURCE_NOUNS, SPEECH_LEMMAS, TEXT_NOUNS

_STOPS = {".", "!", "?"}
_NOUNS = SOURCE_NOUNS | TEXT_NOUNS  # 'a study', 'a report', 'new figures'
_SAYING = SPEECH_LEMMAS | EVIDENCE_LEMMAS
MAX_SOURCE_TOKENS = 14  # 'an in-depth study by the Institute for Fiscal Studies'


def closing_source(verb: Token) -> Token | None:
    """The source noun of '…, shows a study by X.': a finite verb of saying or showing right after
    a comma, its object a source noun, and nothing after the object's phrase but the full stop."""
    doc, i = verb.doc, verb.i
    if (
        i < 2
        or doc[i - 1].text != ","
        or verb.tag_ not in FINITE_VERBS
        or verb.lemma_.lower() not in _SAYING
    ):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < i for c in verb.children):
        return None  # 'X, a candidate, tweeted a warning.': the verb's own subject before it
    noun = next((c for c in verb.rights if c.dep_ in ("dobj", "nsubj")), None)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _NOUNS or noun.left_edge.i != i + 1:
        return None
    last = noun.right_edge.i
    if last - i > MAX_SOURCE_TOKENS or last + 1 >= len(doc) or doc[last + 1].text not in _STOPS:
        return None
    if any(
        t.is_quote
        or "\n" in t.text_with_ws
        or (t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound"))
        for t in doc[i + 1 : last + 1]
    ):
        return None  # 'shows a study that found …': a clause of its own
    return noun
