"""Vehicles: a text that speaks for the one who issued it ('A statement from the ministry said',
'a statement issued on behalf of X', 'A message sent to reporters by the club's lawyers said', 'a
report by X found'). The speaker's span stays the text's noun (where the speaker is named at the
quote); its name and entity are the issuer's, as a spokesman's are the body's he speaks for. Only one
who can speak issues a text ('a report from the convention', 'results from the districts' name a
place); only an issuing verb names its author ('an email obtained by X', 'a memo seen by X' do not).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import (
    COMPANY_NOUNS,
    DOCUMENT_NOUNS,
    SPEECH_LEMMAS,
    SPEECH_NOUNS,
    TEXT_NOUNS,
    WRITING_LEMMAS,
    can_speak,
)
from pipeline.quotes.openers import _SETTING_ENTS

_ISSUING = frozenset({"author", "commission", "compile", "conduct", "draft", "email", "issue", "pen", "post",
                      "prepare", "produce", "publish", "release", "send", "sign", "submit", "tweet", "write"})
_ISSUING_PREPS = ("by", "from")
PLACES = frozenset({"GPE", "LOC"})  # 'reports from Russia': from there, not by a body
_TEXTS = TEXT_NOUNS - COMPANY_NOUNS  # not 'the label said' (a record label)
_SENT = DOCUMENT_NOUNS | SPEECH_NOUNS  # a text 'from' someone: 'a letter from X' (not 'results from X')


def issuer(noun: Token) -> Token | None:
    """The head of the phrase naming who issued a text noun with no possessor: its 'by' object ('a
    report by X'), its 'from' object for a letter or statement ('a statement from X') or the agent of
    an issuing participle on it ('a message sent to Y by X'); None when no one who can speak is
    named there."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in _TEXTS or any(c.dep_ == "poss" for c in noun.children):
        return None
    for child in (*noun.children, *_hung_on_according(noun)):
        found = None
        if child.dep_ == "prep" and (child.lower_ == "by" or child.lower_ == "from" and lemma in _SENT):
            found = _object(child)
        elif child.dep_ == "prep" and child.lower_ == "on":
            found = _on_behalf(child)  # 'a statement on behalf of X'
        elif child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _ISSUING:
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            ons = (_on_behalf(c) for c in child.children if c.dep_ == "prep" and c.lower_ == "on")
            found = _object(agent) if agent is not None else next(  # 'a statement issued on behalf of X'
                (b for b in ons if b is not None), None)
        if found is not None:
            return found
    return None


def _hung_on_according(noun: Token) -> list[Token]:
    """The 'by' or 'from' phrases the parse hung on the 'according' of 'according to a report earlier
    this week from X', after the noun."""
    to = noun.head
    if noun.dep_ != "pobj" or to.lower_ != "to" or to.head.lower_ != "according":
        return []
    return [c for c in to.head.rights if c.i > noun.i and c.dep_ == "prep" and c.lower_ in _ISSUING_PREPS]


def _on_behalf(on: Token) -> Token | None:
    """X of an 'on behalf of X' phrase headed by `on`, when X can speak."""
    behalf = next((c for c in on.children if c.dep_ == "pobj" and c.lower_ == "behalf"), None)
    kids = () if behalf is None else behalf.children
    of = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "of"), None)
    return None if of is None else _object(of)


def in_modifier(body: Token, word: Token) -> bool:
    """Whether a word of an issuer's phrase sits in a modifier of its head, naming no issuer:
    'London' of 'a London-based group', 'Congress' of 'a Congress-backed panel'."""
    while word.i != body.i and word.head.i != word.i:
        if word.dep_ == "amod":
            return True
        word = word.head
    return False


def _object(prep: Token) -> Token | None:
    """The name, pronoun or speaking noun a preposition governs ('by X', 'from the ministry')."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("PROPN", "PRON", "NOUN"):
        return None
    if obj.pos_ == "NOUN" and (obj.lemma_.lower() in TEXT_NOUNS or not can_speak(obj)):
        return None
    return obj


def earlier_issuer(noun: Token, reach: int = 300) -> Token | None:
    """The issuer of a text a definite noun refers back to ('The report said' after 'X published a
    report', 'a report by X', "X's report" or 'X said in a statement'): found at the latest earlier
    mention of the noun within `reach` tokens; None when that mention is an indefinite text with no
    issuer (a new text) or there is none."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or lemma not in _TEXTS or noun.left_edge.lower_ not in (
            "the", "this") or any(c.dep_ in _OWN_NAMING and not _measure(c) or c.lower_ in _ISSUING_PREPS
                                  for c in noun.children):
        return None  # 'the FT report', 'the statement by the two': named there (not 'the 20-page report')
    doc = noun.doc
    for j in range(noun.i - 1, max(-1, noun.i - reach), -1):
        tok = doc[j]
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != lemma:
            continue
        found = issuer(tok) or _possessor(tok) or _maker(tok) or _named_body(tok)
        if found is not None or tok.left_edge.lower_ in ("a", "an"):
            return found
    return None


_OWN_NAMING = {"compound", "poss", "nmod", "appos"}  # 'the FT report': its own body


def _measure(word: Token) -> bool:
    """A counted measure before a text noun ('the 20-page report'), which names no body."""
    return word.dep_ == "compound" and any(c.dep_ == "nummod" for c in word.children)


def _named_body(noun: Token) -> Token | None:
    """The body a text noun names before it ('an X statement', 'a Y report'), for a later 'the statement'."""
    return next((c for c in noun.children if c.dep_ == "compound" and (
        c.ent_type_ in _BODY_ENTS or c.pos_ == "PROPN" and c.is_upper and not c.ent_type_)), None)


_BODY_ENTS = {"ORG", "NORP", "GPE"}  # not a title's word ("X's Paying the Price report")


def _possessor(noun: Token) -> Token | None:
    """X of "X's report", 'its report' (not "Thursday's report")."""
    return next((c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in _SETTING_ENTS), None)


def _maker(noun: Token) -> Token | None:
    """The subject of the verb that issued a text ('X published a report') or spoke in it ('X said
    in a statement')."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("in", "on") and verb.dep_ == "prep":
        verb = verb.head  # 'X said in a statement', not 'X saw no evidence in the report'
        if verb.lemma_.lower() not in SPEECH_LEMMAS | WRITING_LEMMAS:
            return None
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in _ISSUING:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.pos_ not in ("VERB", "AUX") or subj is None or any(c.dep_ == "conj" for c in subj.children):
        return None  # 'X and Y issued a statement': both, not X
    return subj
