"""A cue's subject set off from it by an aside between dashes or commas that names no one ('Ms X -
eager to calm lenders - had said', 'The mayor, angry at the delay, told'): where the parse takes a
noun inside the aside for the subject ('lenders'), or finds none, the speaker is the phrase right
before the aside. An aside opening with a name or a noun is an apposition ('the chief - Jo Ray -
said'): it may name the speaker, and is left alone."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import FINITE_VERBS

_DASHES = {"-", "\u2013", "\u2014", "--"}
_OPENERS = {"ADJ", "VERB", "ADP", "ADV"}  # 'keen to', 'speaking at', 'in Paris'
_BETWEEN = {"aux", "advmod", "neg"}  # 'had', 'also', 'not' between the aside and the cue
_MAX_ASIDE = 16  # tokens inside an aside
_PHRASE_DEPS = {"compound", "pobj", "prep", "poss", "amod", "nmod", "flat", "case"}  # inside a noun phrase


def outside_aside(cue: Token, subj: Token | None) -> Token | None:
    """The head of the phrase before an aside that closes right before the cue, when the found
    subject lies inside that aside or there is none; else `subj` unchanged."""
    doc = cue.doc
    j = cue.i - 1
    while j > 0 and doc[j].dep_ in _BETWEEN and doc[j].head.i == cue.i:
        j -= 1
    if j < 2 or not _delimiter(doc[j]) or not _finite(cue):
        return subj
    dash = doc[j].text != ","
    k = j - 1
    while k > 0 and j - k <= _MAX_ASIDE and not doc[k].is_sent_start and not _closes(doc[k], dash):
        k -= 1
    if k < 1 or k == j - 1 or not _closes(doc[k], dash) or doc[k + 1].pos_ not in _OPENERS or any(
            t.tag_ in FINITE_VERBS or t.tag_ == "MD" for t in doc[k + 1:j]):
        return subj  # no clause of its own ('X, who said A, told'; 'X has said that A, telling')
    if subj is not None and not k < subj.i < j:
        return subj
    head = doc[k - 1]
    if head.pos_ not in ("PROPN", "NOUN", "PRON") or "\n" in head.text_with_ws:
        return subj
    while head.dep_ in _PHRASE_DEPS and head.head.i < k and head.head.i != head.i:
        head = head.head  # 'The head of the bank - keen to … - said': head
    return head if head.pos_ in ("PROPN", "NOUN", "PRON") else subj


def _delimiter(tok: Token) -> bool:
    """A comma, or a dash set off by spaces (not the hyphen of a word)."""
    return tok.text == "," or (tok.text in _DASHES and (tok.text != "-" or (
        bool(tok.whitespace_) and bool(tok.doc[tok.i - 1].whitespace_))))


def _closes(tok: Token, dash: bool) -> bool:
    """`tok` is the delimiter opening an aside of the same kind (a dash for a dash, a comma for a comma)."""
    return _delimiter(tok) and (tok.text != ",") == dash


def _finite(cue: Token) -> bool:
    """A cue carrying its clause's tense ('said', 'had said'), not a participle ('…, telling')."""
    return cue.tag_ in FINITE_VERBS or any(c.dep_ == "aux" for c in cue.children)
