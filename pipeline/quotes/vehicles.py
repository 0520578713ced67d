"""Vehicles: a text that speaks for the one who issued it ('A statement from the ministry said',
'A message sent to reporters by the club's lawyers said', 'a report by X found'). The speaker's
span stays the text's noun (where the speaker is named at the quote); its name and entity are the
issuer's, as a spokesman's are the body's he speaks for. Only one who can speak issues a text ('a
report from the convention', 'results from the districts' name a place); only an issuing verb
names its author ('an email obtained by X', 'a memo seen by X' do not).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import DOCUMENT_NOUNS, SPEECH_NOUNS, TEXT_NOUNS, can_speak

_ISSUING = frozenset({"author", "compile", "conduct", "draft", "email", "issue", "pen", "post", "prepare",
                      "produce", "publish", "release", "send", "sign", "submit", "tweet", "write"})
_SENT = DOCUMENT_NOUNS | SPEECH_NOUNS  # a text 'from' someone: 'a letter from X' (not 'results from X')


def issuer(noun: Token) -> Token | None:
    """The head of the phrase naming who issued a text noun with no possessor: its 'by' object ('a
    report by X'), its 'from' object for a letter or statement ('a statement from X') or the agent of
    an issuing participle on it ('a message sent to Y by X'); None when no one who can speak is
    named there."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in TEXT_NOUNS or any(c.dep_ == "poss" for c in noun.children):
        return None
    for child in noun.children:
        found = None
        if child.dep_ == "prep" and (child.lower_ == "by" or child.lower_ == "from" and lemma in _SENT):
            found = _object(child)
        elif child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _ISSUING:
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            found = None if agent is None else _object(agent)
        if found is not None:
            return found
    return None


def _object(prep: Token) -> Token | None:
    """The name, pronoun or speaking noun a preposition governs ('by X', 'from the ministry')."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("PROPN", "PRON", "NOUN"):
        return None
    if obj.pos_ == "NOUN" and (obj.lemma_.lower() in TEXT_NOUNS or not can_speak(obj)):
        return None
    return obj
