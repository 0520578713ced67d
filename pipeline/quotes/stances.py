"""Attributed stances: what a person or a group intends, backs or condemns ('X plans to …',
'X refused to …', 'X endorsed Y', 'X defended Y'), and what is expected of or said about someone
('X is expected to …', 'X is said to …'). The content is the verb's complement; the holder must be
person- or group-like, so that 'the bill supports farmers' or 'troops attacked the town' are no
attributions.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotemarks import quote_cues
from pipeline.quotes import cues
from pipeline.quotes.cues import (
    APPEARANCE_LEMMAS,
    DOCUMENT_NOUNS,
    EVIDENCE_LEMMAS,
    GROUP_NOUNS,
    HOLDER_ENTS,
    INTENTION_LEMMAS,
    POSITION_LEMMAS,
    SOURCE_NOUNS,
    SPEAKER_NOUNS,
    SPEECH_NOUNS,
    STANCE_LEMMAS,
    can_speak,
    has_to,
)
from pipeline.quotes.expected_acts import expected_topic
from pipeline.quotes.frames import set_off_participle
from pipeline.quotes.marks import Spans

_HEDGES = {"can", "could", "may", "might", "will", "would", "'ll", "'d"}  # 'can be seen as': no one's view
_SOURCES = SOURCE_NOUNS | DOCUMENT_NOUNS  # 'polls show X with a lead', 'records show little evidence'
_INTENTION_OBJECTS = frozenset(quote_cues()["intention_objects"])  # 'demanded an apology', 'proposed a tax'
_HOLDER_PRONOUNS = {"he", "she", "they", "we", "who"}
_SUBJ = {"nsubj"}
_SEEM_COMPS = {"acomp", "attr", "oprd"}
_GROUP_ENDINGS = tuple(g for g in GROUP_NOUNS if len(g) >= 5)  # 'carmaker', 'drugmaker'; not 'firm'
MIN_STANCE_WORDS = 2
APPEARANCE_FRAMED = {"relcl", "advcl", "csubj", "pcomp", "acl"}
_WH = {"WDT", "WP", "WRB"}
_SHARES = {"majority", "minority", "plurality", "most", "many", "some", "half", "third", "quarter",
           "percent", "share", "number", "lot", "all", "few", "none", "several", "dozen", "dozens",
           "hundred", "hundreds", "thousand", "thousands", "bulk", "each", "one", "two"}  # part of a group
_OTHERS = {"other", "others", "both"}
_QUANTIFIER_POS = {"PRON", "DET", "ADJ", "NUM", "NOUN"}
_RAISING = {"expect", "predict", "forecast", "estimate",  # 'X is predicted to Y', as 'X is expected to Y'
            "say", "believe", "think", "report", "allege", "rumor", "rumour", "understand"}


def holder(verb: Token) -> Token | None:
    """The subject of a stance verb (its own, a conjoined verb's, a relative clause's antecedent)."""
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
        if subj is not None:
            return verb.head if subj.lower_ in ("who", "that") and verb.dep_ == "relcl" else hyphen_tail(subj)
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head is verb:
            return None
        verb = verb.head
    return None


def hyphen_tail(tok: Token) -> Token:
    """The word after a hyphen glued to `tok` that the parse hung on it or on the hyphen ('co' of
    'the party co-chairman', split into 'co', '-' and 'chairman'), else `tok`."""
    doc = tok.doc
    if tok.whitespace_ or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "-" or doc[tok.i + 1].whitespace_:
        return tok
    tail = doc[tok.i + 2]
    return tail if tail.head.i in (tok.i, tok.i + 1) else tok


def partitive_whole(tok: Token) -> Token:
    """The whole a share or a number of it is taken from ('most of the delegates', '89% of young
    voters', 'a majority of independents', 'hundreds of superdelegates'), else `tok`."""
    if not (tok.like_num or tok.pos_ == "NUM" or tok.text == "%" or tok.lemma_.lower() in _SHARES):
        return tok
    of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return tok if whole is None else whole


def person_like(tok: Token) -> bool:
    """A phrase that can hold a stance: a person, group or place entity, a personal pronoun, or a
    description of a person or group ('the senator', 'the union', 'the carmaker': a compound ending
    in a group noun of five letters or more), of people ('critics', 'voters') or of a document or
    source ('the letter cited X', 'the filing cites Y')."""
    low = tok.lemma_.lower()
    if tok.pos_ in _QUANTIFIER_POS and (low in _SHARES or low in _OTHERS) and not tok.n_lefts + tok.n_rights:
        return True  # 'some seek to …', 'many were seeking …', 'others backed X': some people
    return (tok.ent_type_ in HOLDER_ENTS or tok.lower_ in _HOLDER_PRONOUNS or low in SPEAKER_NOUNS
            or low in GROUP_NOUNS
            or (tok.pos_ == "NOUN" and (low.endswith(_GROUP_ENDINGS) or (
                can_speak(tok) and low not in SPEECH_NOUNS))))  # 'his remarks … refused to': no holder


def shown(verb: Token) -> bool:
    """An evidence verb whose subject is a poll, a record or a finding ('polls show X with a lead',
    'records show little evidence that …'): its object is the claim."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.lemma_.lower() in EVIDENCE_LEMMAS and subj is not None and subj.lemma_.lower() in _SOURCES


def held_stance(verb: Token) -> bool:
    """A stance verb in the active voice whose holder is person- or group-like, stated of it (not
    a relative clause that describes the holder, 'voters who back X', nor a bare participle)."""
    if not cues.INCLUDE_STANCES or verb.lemma_.lower() not in STANCE_LEMMAS or verb.dep_ == "relcl" or any(
            c.dep_ == "auxpass" for c in verb.children):
        return False
    if verb.tag_ == "VBG" and not any(c.dep_ == "aux" for c in verb.children) and (
            set_off_participle(verb) is None):  # '…, citing X': what the subject did
        return False
    if verb.head.lemma_.lower() in APPEARANCE_LEMMAS and verb.dep_ == "xcomp":
        pass  # 'X appeared to blame Y': X's stance
    elif verb.dep_ == "xcomp" or has_to(verb):
        return False  # 'planned to endorse X', 'refused to back X': the outer verb holds the stance
    subj = holder(verb)
    return subj is not None and person_like(partitive_whole(subj))


def stance_clause(verb: Token, comp: list[Token]) -> bool:
    """A held stance whose content is a 'that' clause with a subject of its own after it ('demanded
    that shareholders be consulted', 'proposed that the tax be cut')."""
    if not cues.INCLUDE_BELIEF or any(c.dep_ in ("dobj", "dative", "xcomp") for c in verb.children):
        return False  # 'dismissed his point that A', 'decided to act despite concerns that A': the noun's
    return held_stance(verb) and any(c.i > verb.i and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and any(
        s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children) for c in comp)


def stance_complement(verb: Token, comp: Token) -> bool:
    """The complement that holds a stance: the infinitive of a verb of intention ('plans to …', not
    'plans a trip'; also the object of one of intention_objects: 'demanded an apology'), the object
    of a verb of taking a side or judging."""
    lemma = verb.lemma_.lower()
    if lemma in INTENTION_LEMMAS and lemma not in _INTENTION_OBJECTS:
        return comp.dep_ == "xcomp"
    return comp.dep_ in ("dobj", "xcomp")


def stance_content(text: str, quotes: Spans, start: int, end: int, verb: Token | None = None) -> bool:
    """A content that can be a stance: two words at least ('attacked Cruz' is an act more often than
    a claim), one for a verb of taking a side ('endorsed Cruz', 'supports her'), never running into a
    quote it does not hold whole."""
    side = verb is not None and verb.lemma_.lower() in POSITION_LEMMAS
    if len(text[start:end].split()) < (1 if side else MIN_STANCE_WORDS):
        return False
    return all(start <= s and e <= end for s, e in (quotes.spans[i] for i in quotes.overlapping(start, end)))


def closing_quote(text: str, quotes: Spans, start: int, end: int) -> int:
    """`end`, or the end of a quote opened inside [start, end) whose closing mark alone the parse left
    out ('attacked X as "a disgrace"', the mark hung on the verb)."""
    for i in quotes.overlapping(start, end):
        s, e = quotes.spans[i]
        if start <= s < end < e and not text[end:e].strip("\"'”’"):
            return e
    return end


def expected_span(verb: Token) -> tuple[int, int] | None:
    """Tokens of 'X is expected to Y', 'X is said to Y', 'X is believed to Y' (no 'by' agent): the
    subject through the infinitive, attributed to no one named."""
    if verb.lemma_.lower() not in _RAISING or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.dep_ == "agent" for c in verb.children) or hedged(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    comp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    if subj is not None and comp is not None and expected_topic(verb, comp):
        return subj.left_edge.i, comp.right_edge.i  # 'X is expected to announce Y': the forecast
    return _subject_through(subj, comp)


def hedged_raising(verb: Token) -> bool:
    """'X could be said to Y', 'X might be expected to Y': a hedged passive of saying or believing
    with no agent, no one's claim."""
    return (verb.lemma_.lower() in _RAISING and any(c.dep_ == "auxpass" for c in verb.children)
            and not any(c.dep_ == "agent" for c in verb.children) and hedged(verb))


def hedged(verb: Token) -> bool:
    """A passive of believing under a modal of possibility, with no holder: the writer's own hedge
    ('it can be seen as a test', 'he might have been expected to'), no one's belief."""
    return any(c.dep_ == "aux" and c.lower_ in _HEDGES for c in verb.children)


def appearance_span(verb: Token) -> tuple[int, int] | None:
    """Tokens of a claim of how things seem, held by no one named: 'X seems to Y', 'X appears
    likely to Y' (the clause with its subject), 'it appears that X' (the 'that' clause); not
    'appeared on television'."""
    if (not cues.INCLUDE_BELIEF or not cues.INCLUDE_APPEARANCE or verb.lemma_.lower() not in APPEARANCE_LEMMAS
            or verb.pos_ not in ("VERB", "AUX") or not _stated(verb)):
        return None
    if any(c.dep_ == "expl" or (c.dep_ == "nsubj" and c.lower_ == "it") for c in verb.children):
        comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        return None if comp is None else (comp.left_edge.i, comp.right_edge.i)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj") and c.i < verb.i), None)
    comp = next((c for c in verb.children if c.i > verb.i and (c.dep_ in _SEEM_COMPS or (
        c.dep_ == "xcomp" and (c.pos_ == "ADJ" or any(a.lower_ == "to" for a in c.children))))), None)
    return _subject_through(subj, comp)


def _stated(verb: Token) -> bool:
    """A claim stated in its own clause: not a relative or subordinate one ('what seems a …', 'if
    X seems …', 'why she seemed …'), nor one with a relative word for its subject."""
    framed = any(c.dep_ == "mark" or c.tag_ in _WH for c in verb.children)
    return verb.dep_ not in APPEARANCE_FRAMED and not framed


def _subject_through(subj: Token | None, comp: Token | None) -> tuple[int, int] | None:
    """Tokens from the subject through the complement, unless the complement is itself a cue ('X
    appeared to suggest that Y': the claim is Y, suggested by X)."""
    if subj is None or comp is None or cues.is_cue(comp, stances=True):
        return None
    return subj.left_edge.i, comp.right_edge.i
