"""The content clause of a speech verb where the parse hangs it elsewhere or misreads it: a clause
of time or reason that is no content ('said, as the crowd cheered'), a content clause taken for an
adverbial ('said after the meeting he would …') or hung on an aside ('said in the complaint, filed
on 3 May, that A'), split in pieces, or with its subject taken for the verb's object ('has said
single people would qualify'); the clause of 'quoted X as saying'."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import (
    ADDRESSEE_LEMMAS,
    ADVERBIAL_MARKS,
    FINITE_VERBS,
    SPEECH_LEMMAS,
    SUBJECT_DEPS,
    is_cue,
)
from pipeline.quotes.told import swallowed_start


def quoted_as(verb: Token) -> bool:
    """The 'saying' of 'quoted X as saying', whose clause the parse hung on 'quoted'."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() == "quote"


def adverbial(clause: Token) -> bool:
    """A clause the parse hung on a cue as its content that a conjunction of time or reason opens
    ('"…," she said, as the crowd cheered'): circumstance, not what was said. A clause that 'that'
    opens is content, whatever mark of an inner clause the parse also hung on it ('said that A, as
    B did, C', 'suggests that A since B'). A mark after the clause's subject is a preposition the
    parse misread ('said profit before tax rose 8%')."""
    if hung_relative(clause) or relative_before(clause):
        return True
    marks = [c for c in clause.children if c.dep_ == "mark"]
    if any(m.lower_ == "that" and m.i == clause.left_edge.i for m in marks):
        return False
    subj = next((c.i for c in clause.children if c.dep_ in SUBJECT_DEPS), clause.i)
    return any(m.lower_ in ADVERBIAL_MARKS and m.i < subj for m in marks)


_ASIDE_MARKS = (",", "-", "\u2013", "\u2014")  # what sets a relative clause off


def relative_before(clause: Token) -> bool:
    """A relative clause on a noun before the cue, set off by a comma or a dash, that the parse hung
    on the cue as its content ('At the summit - which drew a crowd - she promised to A')."""
    if clause.i > clause.head.i:
        return False
    subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or subj.tag_ not in ("WDT", "WP") or subj.i < 2:
        return False
    doc = clause.doc
    return doc[subj.i - 1].text in _ASIDE_MARKS and doc[subj.i - 2].pos_ in ("NOUN", "PROPN")


def hung_relative(clause: Token) -> bool:
    """A relative clause on a noun after a verb coordinated with the cue, which the parse hung on the
    cue as its content ('has announced a strike and has urged members to wave flags, that were
    printed …'): a relative pronoun after a comma as its subject."""
    first, verb = clause.left_edge, clause.head
    if first.tag_ not in ("WDT", "WP") or first.dep_ not in SUBJECT_DEPS or first.i == 0:
        return False
    return clause.doc[first.i - 1].text == "," and any(
        c.dep_ == "conj" and verb.i < c.i < clause.i for c in verb.children)


def subject_as_object(verb: Token, clause: Token, lo: int) -> int:
    """`lo`, or the start of the content clause's subject that the parse hung on the verb, as its object
    or a phrase right before a clause with no subject of its own ('has said single people and families
    would qualify', 'said the way X treated women would be …', 'said about half of the rise reflected
    …'); not the one told ('told reporters the plan …') nor the time of the saying ('said Monday')."""
    swallowed = swallowed_start(verb, clause)  # 'told BBC News Labour MPs would B'
    if swallowed is not None:
        return swallowed
    if any(s.dep_ in SUBJECT_DEPS or s.dep_ == "mark" for s in clause.children):
        return lo
    lemma = verb.lemma_.lower()
    told = lemma in ADDRESSEE_LEMMAS and (lemma == "tell" or not _lone_object(verb, clause))
    addressee = next((c.i for c in verb.rights if c.dep_ in ("dobj", "dative")), -1) if told else -1
    hung = [c for c in verb.rights if addressee < c.i < clause.left_edge.i and c.dep_ in _HUNG
            and (c.dep_ == "dobj" or _finite_clause(clause))]
    start, doc = clause.left_edge.i, clause.doc
    first = None
    for c in reversed(hung):  # 'said X "would …"', 'said X - and Y - would …'
        gap = c.right_edge.i + 1  # a comma or the quote mark opening the clause between
        if gap + (gap != start and doc[gap].is_punct) != start or "\n" in doc[c.i:start].text:
            break  # not across a paragraph ('X adds to Y | Z has been …')
        first, start = c, c.left_edge.i
    while first is not None and when_said(first) and first.right_edge.i + 1 < clause.left_edge.i:
        first = next((c for c in hung if c.i > first.i), None)  # 'said Monday the rise …': not the time
    return lo if first is None else _past_particle(first)


def _past_particle(phrase: Token) -> int:
    """The start of `phrase`, or of its noun when the phrase is the cue's particle with a noun that a
    'that' clause completes ('points to the fact that A', 'pointed to evidence that B', the parse
    having hung the rest of the clause on the cue): the particle is the cue's, the noun the content's."""
    noun = next((c for c in phrase.children if c.dep_ == "pobj"), None) if phrase.dep_ == "prep" else None
    that = phrase.doc[noun.i + 1] if noun is not None and noun.i + 1 < len(phrase.doc) else None
    if that is None or that.lower_ != "that" or that.dep_ != "mark" or that.head.head != noun:
        return phrase.left_edge.i
    return noun.left_edge.i


def _lone_object(verb: Token, clause: Token) -> bool:
    """The one object of a verb of telling right before a finite clause with no subject: the clause's
    subject, not the one told ('warned rival firms could soon B'; 'told' always has its addressee:
    'told BBC News MPs would B')."""
    objects = [c for c in verb.rights if c.dep_ in ("dobj", "dative") and c.i < clause.i]
    return (len(objects) == 1 and objects[0].right_edge.i + 1 == clause.left_edge.i
            and objects[0].pos_ in ("NOUN", "PROPN") and _finite_clause(clause)
            and not any(c.dep_ in ("relcl", "acl") for c in objects[0].children))  # 'told a court that A


_HUNG = {"dobj", "dative", "prep", "npadvmod", "attr", "oprd"}


def _finite_clause(clause: Token) -> bool:
    """A clause with a tense of its own (or a finite auxiliary): no infinitive or participle."""
    return clause.tag_ in FINITE_VERBS or any(
        a.dep_ in ("aux", "auxpass") and (a.tag_ in FINITE_VERBS or a.tag_ == "MD") for a in clause.children)


def when_said(phrase: Token) -> bool:
    """A phrase of the time of the saying ('Monday', 'on Tuesday', 'last week')."""
    if phrase.dep_ == "prep":
        phrase = next((c for c in phrase.children if c.dep_ == "pobj"), phrase)
    return phrase.ent_type_ in ("DATE", "TIME")


def clause_as_adverbial(verb: Token) -> list[Token]:
    """The content clause of a speech verb the parse took for an adverbial because a phrase opens
    it ('said after the meeting he would not accept …'): a finite clause after the verb with a
    subject of its own and no conjunction or wh-word to subordinate it."""
    if verb.lemma_.lower() not in SPEECH_LEMMAS:
        return []
    return [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
            and (c.tag_ in FINITE_VERBS or any(a.dep_ == "aux" and a.lower_ != "to" for a in c.children))
            and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
            and not any((m.dep_ == "mark" and not _question(verb, m)) or m.tag_ == "WRB"
                        for m in c.children)][:1]


def that_past_aside(verb: Token) -> list[Token]:
    """The 'that' clause of a speech verb after an aside set off by commas, which the parse hung on the
    aside ('said in the complaint, filed on 3 May, that A': A a conjunct of 'filed')."""
    if verb.lemma_.lower() not in SPEECH_LEMMAS:
        return []
    doc = verb.doc
    for aside in verb.children:
        if aside.dep_ != "advcl" or aside.tag_ != "VBN" or aside.i < verb.i or doc[aside.i - 1].text != ",":
            continue
        return [c for c in aside.children if c.dep_ in ("conj", "ccomp", "advcl") and c.i > aside.i
                and doc[c.left_edge.i].lower_ == "that" and doc[c.left_edge.i].head.i == c.i
                and doc[c.left_edge.i - 1].text == ","][:1]
    return []


def _question(verb: Token, mark: Token) -> bool:
    """The 'if' or 'whether' of the question a verb of asking puts ('asked X if A')."""
    return verb.lemma_ == "ask" and mark.lower_ in ("if", "whether")


def split_clause(comp: list[Token], clause: Token) -> Token:
    """The last piece of a content clause the parse split into ccomps of the cue ('said he had a
    friend who told him | the manager had not paid'): ccomps after `clause`, each starting right
    where the one before ends, that are no cues of their own."""
    for c in comp:
        if c.i > clause.i and c.left_edge.i == clause.right_edge.i + 1 and not is_cue(c):
            clause = c
    return clause
