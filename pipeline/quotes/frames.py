"""Verbs of saying the parse framed wrongly: a question's participle before the answer, the passive
's that is 'has', the reduced relative that is a name's only verb."""

from __future__ import annotations

from spacy.tokens import Token

_NOMINAL = {"NOUN", "PROPN"}
_IMPERSONAL = {"it", "this", "that", "there", "what", "which"}  # 'It's predicted that A': 's is 'is'


def has_said(cue: Token) -> bool:
    """'He's said (that) A': the parse's passive 's is 'has', when the cue has a clause of its own
    (not 'he's said to be ill') and a subject that can speak (not 'It's predicted that A')."""
    return any(c.dep_ == "auxpass" and c.lower_ in ("'s", "\u2019s") for c in cue.children) and any(
        c.dep_ == "ccomp" for c in cue.children) and not any(
        c.dep_ == "nsubjpass" and c.lower_ in _IMPERSONAL for c in cue.children)


def asked_frame(cue: Token) -> bool:
    """A past participle framing the answer before it ('When asked whether A, X said', 'Asked about A,
    X …'): the main clause's subject is the one asked, not the one asking."""
    return cue.dep_ == "advcl" and cue.i < cue.head.i and cue.tag_ in ("VBN", "VBD") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux") for c in cue.children)


def verbless_sentence(verb: Token) -> bool:
    """A past-tense cue the parse hung as a reduced relative on an apposition after a comma, in a
    sentence whose root is a name or noun and that has no other verb ('X (D), the governor's
    opponent, called Friday for A'): the cue is the sentence's verb, its root the subject."""
    sent = verb.sent
    return (verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and sent.root.pos_ in _NOMINAL
            and sent.root.i < verb.i and verb.doc[verb.i - 1].text == ","
            and not any(t.pos_ in ("VERB", "AUX") and t.i < verb.i for t in sent))


def set_off_participle(verb: Token) -> Token | None:
    """The comma that sets off a present participle with no subject of its own after the verb it
    hangs on, the subject's next act ('said A, citing B', 'was backed by X, saying A', '"…," citing
    B': a closing quote mark may stand after the comma); None for any other verb."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < verb.head.i or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    doc, j = verb.doc, verb.left_edge.i - 1
    while j > 0 and doc[j].is_quote:
        j -= 1
    return doc[j] if j >= 0 and doc[j].text == "," else None


def reduced_call(verb: Token) -> bool:
    """A 'call for' the parse hung as a reduced relative on its subject, a phrase of time between
    the verb and 'for' ('X called on Thursday for A', 'X called last week for A'): the noun is the
    caller, not a thing called (not 'a man called Y', 'a strike called for Monday')."""
    if verb.dep_ != "acl" or verb.lemma_.lower() != "call" or verb.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("dobj", "oprd", "auxpass", "attr") for c in verb.children):
        return False
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "for"), None)
    return prep is not None and any(g.dep_ == "pobj" and not g.ent_type_ for g in prep.children) and any(
        t.ent_type_ in ("DATE", "TIME") for t in verb.doc[verb.i + 1:prep.i])


def asked_one(cue: Token | None) -> Token | None:
    """The one a passive 'X was asked if/whether A' asks (X), whose answer in the quote after it is
    X's own, not a part of the question; None for any other cue (or none)."""
    if cue is None:
        return None
    if cue.lemma_.lower() != "ask" or not any(c.dep_ == "auxpass" for c in cue.children) or not any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)
            for c in cue.children):
        return None
    return next((c for c in cue.children if c.dep_ == "nsubjpass"), None)


def answerer_cut(cue: Token, hi: int) -> int:
    """The end of a question framed by `cue` ('When asked if A would start X replied: …'): with no
    comma after the question, the parse takes the main clause's subject (X) as the question's object,
    and the main verb right after it is left with no subject; the question ends before X."""
    if not asked_frame(cue):
        return hi
    doc, main = cue.doc, cue.head
    noun = doc[hi]
    if noun.pos_ != "PROPN" or noun.dep_ != "dobj" or main.i != hi + 1 or main.pos_ != "VERB" or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in main.children):
        return hi
    return max(noun.left_edge.i - 1, cue.i)
