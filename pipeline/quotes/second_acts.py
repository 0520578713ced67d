"""A second act of the cue's subject coordinated after a reported clause, which the parse hung inside
it: a cue verb in the cue's own form joined to a word deep in the content ('said it was a good thing
to engage people but argued B': 'argued' on 'engage'), or a verb that agrees with the cue's subject
and not with the clause's ('Many believe the figure is A - and fear B'). Each starts a claim of its
own, never the end of the first; so does a verb of saying after a clause whose subject cannot speak
('said the plan was unfair, but would not say whether B')."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.columns import within
from pipeline.quotes.cues import FINITE_VERBS, can_speak, is_cue, is_speech_cue
from pipeline.quotes.doc import Ctx
from pipeline.quotes.edges import FINITE_TAGS
from pipeline.quotes.modal_conjuncts import backshifted_modal

_SET_OFF = {",", ";", ":", "-", "\u2013", "\u2014", "--"}  # before the coordinator
_UNSHARED = ("nsubj", "nsubjpass", "expl", "mark")
_OWN_DEPS = ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark")
# the clause's form: a conjunct's that cannot share it (a modal's verb is bare: 'would be A and rejected B')
_AGREEMENT = {"VBZ": ("VBP", "VB"), "VBP": ("VBZ",), "MD": ("VBD", "VBZ", "VBP")}


def _bare(tok: Token) -> bool:
    """A conjunct with no subject, auxiliary or mark of its own, after a coordinator."""
    return tok.dep_ == "conj" and not any(c.dep_ in _OWN_DEPS for c in tok.children) and any(
        c.dep_ == "cc" for c in tok.head.children if c.i < tok.i)


def _unsubjected(tok: Token) -> bool:
    """A conjunct with no subject or mark of its own (an auxiliary may carry its form), after a
    coordinator."""
    return tok.dep_ == "conj" and not any(c.dep_ in _UNSHARED for c in tok.children) and any(
        c.dep_ == "cc" for c in tok.head.children if c.i < tok.i)


def _misplaced_cue(verb: Token, clause: Token, tok: Token) -> bool:
    """A cue of saying in the cue verb's finite form hung on a word of the content in another form
    ('to engage X but argued B'); not one that shares that word's auxiliary ('had met X and asked B'), nor one
    after a verb of the content in that form other than a copula, whose act it may go on ('said X
    requested A to do B and indicated C'); 'said it was a good thing to do A but argued B' is cut."""
    head = tok.head
    if tok.tag_ != verb.tag_ or tok.tag_ not in FINITE_VERBS or head.i == clause.i or head.tag_ == tok.tag_:
        return False
    if not is_speech_cue(tok) or head.tag_ == "VBN" or any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in head.children):
        return False  # 'to be confined and told B', 'asked to be defined or explained': a participle
    return not any(t.tag_ == tok.tag_ and t.lemma_ != "be" and t.dep_ not in ("aux", "auxpass")
                   for t in tok.doc[clause.left_edge.i:tok.i])


def _mute_clause_subject(verb: Token, clause: Token, tok: Token) -> bool:
    """A verb of saying with no subject of its own coordinated with the reported clause, whose subject
    is a thing that cannot speak ('said the plan was unfair, but would not say whether B'): the
    speaker's next act, not the plan's; not a modal in step with the clause's tense, what the speaker
    said they would do ('said its funds were sound and would be announcing B')."""
    if tok.head.i != clause.i or tok.dep_ != "conj" or not is_speech_cue(tok) or any(
            c.dep_ in _UNSHARED or c.dep_ == "auxpass" for c in tok.children):
        return False  # a passive ('and were discussed by B') is the subject's, not the speaker's act
    if backshifted_modal(tok, clause, verb):
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ == "NOUN" and not can_speak(subject)


def finite_form(verb: Token) -> str:
    """The tag of a verb's finite word: its own, or its first auxiliary's ('is undervalued': VBZ;
    'would be': MD)."""
    if verb.tag_ in FINITE_VERBS:
        return verb.tag_
    return next((c.tag_ for c in verb.children
                 if c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS), "")


def _disagrees(verb: Token, clause: Token, tok: Token) -> bool:
    """A conjunct of the clause in a finite form its subject or modal cannot take but the cue's can
    ('Many believe the figure is A and fear B', 'They say the trial has been A, and are planning B',
    'has said there would be A and rejected B')."""
    if tok.head.i != clause.i:
        return False
    if not finite_form(tok) and any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False  # 'A and eventually to deploy B': an infinitive the clause goes on with
    form, cue, shared = finite_form(tok) or tok.tag_, finite_form(verb), finite_form(clause)
    if form not in _AGREEMENT.get(shared, ()):
        return False
    if shared == "MD" and (any(c.dep_ == "xcomp" for c in tok.children) or any(
            c.dep_ == "cc" and c.lower_ != "and" for c in tok.head.children if c.i < tok.i)):
        return False  # 'would keep A and refused to B', 'would not vote or are unsure': the subject's
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return form == cue or (cue == "VBP" and form == "VB") or (form == "VBD" and perfect)


def second_act_cut(ctx: Ctx, verb: Token, clause: Token, lo: int, hi: int) -> int:
    """`hi`, or the end before the coordinator of a second act of the cue's subject within lo..hi."""
    for i in within(ctx.cols.verbs, lo + 1, hi + 1, len(ctx.doc)):  # no Token for the other words
        tok = ctx.doc[i]
        if ctx.in_quote(tok):
            continue
        misplaced = _bare(tok) and _misplaced_cue(verb, clause, tok)
        mute = _mute_clause_subject(verb, clause, tok)
        if misplaced or mute or (_unsubjected(tok) and _disagrees(verb, clause, tok)):
            cc = max((c.i for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i), default=None)
            if cc is None:  # a conjunct joined by a comma alone: no coordinator to end before
                continue
            end = cc - 1
            while end > lo and ctx.doc[end].text in _SET_OFF:
                end -= 1
            return end if end > lo else hi
    return hi


def second_act_teller(cue: Token) -> Token | None:
    """The cue verb whose reported clause the parse hung a second act of its subject in ('X said A
    to engage B but argued C': 'said', whose subject argued), or None."""
    if cue.dep_ != "conj" or not _bare(cue):
        return None
    clause = cue.head
    for _ in range(6):
        if clause.dep_ == "ccomp" or clause.head.i == clause.i:
            break
        clause = clause.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.i > clause.i or not is_cue(verb):
        return None
    return verb if _misplaced_cue(verb, clause, cue) else None
