"""Everyday senses of cue verbs that report nothing (issue 19): 'adding to awards' (a thing added
to), 'what promises to be a fine summer' (a likelihood), 'said nothing about A' (nothing said),
'The party saw its lead cut' (an event undergone) and 'it may mean broadcasters ask for A' (a
consequence the writer draws, not a request made), 'was declared insolvent' (a status conferred),
'the fees they charge for calls' (a price asked), 'victims can find that A' (a chance) and 'pleaded
guilty to charges that A' (a count in court, no one's words)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.quotes.cues import CLAUSE_SUBJECTS, COMPLEMENT_LEMMAS, SPEECH_LEMMAS
from pipeline.quotes.doc import Item
from pipeline.quotes.edges import FINITE_TAGS
from pipeline.quotes.stances import person_like
from pipeline.quotes.subjects import clause_subject

_ADDING = {"add"}  # 'add to X': make X bigger
_LIKELY = {"promise", "threaten"}  # 'X promises to be A': X is likely to be A
_BECOMING = {"be", "become", "prove"}
_NOTHING = {"nothing", "little"}  # 'said nothing about A', 'said little about B'
_UNDERGOING = {"see"}  # 'saw its lead cut', 'saw its shares fall'
_UNDERGONE_TAGS = {"VB", "VBN", "VBG", "NN", "NNS"}  # a bare or participle predicate (or its mis-tag)
_OWNERS = {"its", "their", "his", "her", "our"}
_CONSEQUENCE = {"mean"}  # 'it may mean broadcasters ask for A'
_THING_PRONOUNS = {"it", "this", "that", "which", "what"}
_DECLARING = {"declare", "pronounce"}  # 'was declared insolvent', 'declared himself bankrupt'
_REFLEXIVES = {"himself", "herself", "itself", "themselves", "ourselves", "myself"}
_PRICING = {"charge"}  # 'the fees they charge for calls': a price asked
_CONTENT_DEPS = {"ccomp", "xcomp"}
_CHANCING = {"find", "discover"}  # 'victims can find that A': what may befall them, no finding reported
_CHANCE_MODALS = {"can", "could", "may", "might"}
_ANSWERING_COUNTS = {"plead", "face"}  # 'pleaded guilty to charges that A', 'faces charges that B'
_CONJ = frozenset({"conj"})  # 'X said A and promised B': X promised


def ordinary_sense(doc: Doc, item: Item) -> bool:
    """`item`'s cue is read in an everyday sense that attributes no claim."""
    cue = item.cue
    lemma = cue.lemma_.lower()
    if lemma in _ADDING and _added_to(cue):
        return True
    if lemma in _LIKELY and _likely(cue):
        return True
    if lemma in _UNDERGOING and _undergone(cue):
        return True
    if lemma in _DECLARING and _status(cue):
        return True
    if lemma in _PRICING and (_counted(cue) if cue.pos_ == "NOUN" else _priced(cue)):
        return True
    if lemma in _CHANCING and any(c.dep_ == "aux" and c.lower_ in _CHANCE_MODALS for c in cue.children):
        return True
    if lemma in SPEECH_LEMMAS | COMPLEMENT_LEMMAS and _said_nothing(doc, item):
        return True
    return _consequence(cue)


def _added_to(verb: Token) -> bool:
    """'adding to awards it has won', 'added to the pressure': 'to' right after the verb with a
    thing as its object ('added to reporters that A' stays)."""
    nxt = verb.nbor() if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.lower_ != "to" or nxt.head.i != verb.i or nxt.dep_ != "prep":
        return False
    obj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    return obj is not None and not person_like(obj) and obj.pos_ != "PROPN"


def _likely(verb: Token) -> bool:
    """'what promises to be a busy summer', 'the final threatens to become a farce': a thing
    likely to be something ('He promised to be neutral' stays a promise)."""
    if not any(c.dep_ == "xcomp" and c.lemma_.lower() in _BECOMING for c in verb.children):
        return False
    subj = clause_subject(verb, CLAUSE_SUBJECTS, _CONJ, hops=1, bare_relative=True)
    return subj is not None and (subj.tag_ in ("WP", "WDT") or not person_like(subj))


def _undergone(verb: Token) -> bool:
    """'The party saw its lead cut', 'the firm saw its profits fall': an event the subject
    undergoes, told by a bare or participle clause on a thing of its own or a passive one ('Analysts
    see prices rising' stays a forecast)."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if any(_regard_as(c) for c in (*verb.children, *(obj.children if obj else ()))):
        return False  # 'sees his job as A': a view
    if obj is not None and _owned(obj):
        return True  # 'saw its lead cut to 14', the parse taking 'cut' for a noun
    clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    if clause is None or clause.tag_ not in _UNDERGONE_TAGS:
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children):
        return False
    subj = next((c for c in clause.children if c.dep_ in CLAUSE_SUBJECTS), None)
    return (subj is not None and _owned(subj)) or clause.tag_ == "VBN"


def _status(verb: Token) -> bool:
    """'was declared insolvent', 'declared himself bankrupt': a legal state conferred by an adjective on
    the passive subject or the speaker's own self, no claim ('declared the vote a fraud' and 'was
    declared the winner' stay, as on PolNeAR train)."""
    pred = next((c for c in verb.rights if c.dep_ in ("oprd", "acomp")), None)
    if pred is None or pred.pos_ != "ADJ" or any(c.dep_ == "agent" for c in verb.children):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    own = any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in verb.children)
    return passive or own


def _priced(verb: Token) -> bool:
    """'the fees they charge for roaming', 'charges users for access': a 'for' phrase and no content
    clause after the verb, a price asked ('charged that A', 'charged with fraud' stay); so is a
    passive one with a thing as its object ('was charged a fee by the firm')."""
    if _billed(verb):
        return True
    if not any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" for g in c.children)
               for c in verb.rights):
        return False  # 'charged the firm for failing to A' (a gerund): a charge
    return not any(c.dep_ in _CONTENT_DEPS or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.rights)


def _counted(noun: Token) -> bool:
    """'pleaded guilty to charges that A', 'faces charges that B': counts in court, which the one
    pleading or facing them did not make."""
    if noun.dep_ not in {"dobj", "pobj"}:
        return False
    head = noun.head
    while head.pos_ in {"ADP", "ADJ"} and head.dep_ in {"prep", "acomp"}:  # 'pleaded guilty to'
        head = head.head
    return head.lemma_.lower() in _ANSWERING_COUNTS


def _billed(verb: Token) -> bool:
    """'users were charged a fee by the firm': a passive 'charge' with a noun object, a price paid."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    return obj is not None and obj.pos_ in {"NOUN", "PROPN", "NUM", "SYM"} and obj.tag_ != "VBG"


def _regard_as(prep: Token) -> bool:
    """The 'as' of a view ('sees his job as A'), not one opening a clause the parse took for a phrase
    ('as an amendment was rejected')."""
    if prep.dep_ != "prep" or prep.lower_ != "as":
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    nxt = obj.right_edge.i + 1 if obj is not None else len(prep.doc)
    return nxt >= len(prep.doc) or prep.doc[nxt].tag_ not in FINITE_TAGS


def _owned(noun: Token) -> bool:
    """A noun the subject owns ('its majority', 'their shares')."""
    return any(c.dep_ == "poss" and c.lower_ in _OWNERS for c in noun.children)


def _said_nothing(doc: Doc, item: Item) -> bool:
    """'said nothing about the plan', 'has said little about how': no claim was made."""
    obj = next((c for c in item.cue.rights if c.dep_ == "dobj"), None)
    return obj is not None and obj.lower_ in _NOTHING and item.start <= obj.idx < item.end


def _consequence(verb: Token) -> bool:
    """'it may mean broadcasters ask for more': a cue inside what a thing (not a person) may mean."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in _CONSEQUENCE:
        return False
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return False  # 'This means she can expect A' is read as hers (PolNeAR train)
    subj = next((c for c in head.children if c.dep_ in CLAUSE_SUBJECTS), None)
    return subj is not None and (
        subj.lower_ in _THING_PRONOUNS or (subj.pos_ == "NOUN" and not person_like(subj))
    )
