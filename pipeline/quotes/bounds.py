"""Where a reported clause starts and ends: the adverbials of the saying before its subject, the
speaker's next act after it, and coordinated clauses that go on with the reported speech."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.quotes.columns import within
from pipeline.quotes.cues import ADDRESSEE_LEMMAS, ATTITUDE_LEMMAS, is_cue, is_speech_cue
from pipeline.quotes.doc import Ctx
from pipeline.quotes.edges import FINITE_TAGS
from pipeline.quotes.frames import set_off_participle
from pipeline.quotes.linked_gerunds import linked_gerund_cut
from pipeline.quotes.phrase_infinitives import to_marked
from pipeline.quotes.runons import conceded
from pipeline.quotes.spanned_times import spanned_time
from pipeline.quotes.unshared_auxiliaries import unshared_act

NOT_YET = {"decline", "refuse", "fail"}
_SPEAKER_ACTS = {"cite", "refer", "quote", "reference", "point"}  # 'said A, citing B': the speaker's act
_REPORTED_MODALS = {"would", "could", "might", "should"}
_CONTENT_ADVERBS = {"not", "n't", "never", "only", "even"}  # 'said only X', 'said never again …'; and how/why
CONTRAST = frozenset({"while", "whereas", "although", "though"})  # 'said A, while others said B'
_TOLD_DEPS = {"ccomp", "relcl", "acl"}  # 'reminded MPs that B', the parse often hanging B on MPs
_SAID_MARKS = {"because", "once", "unless", "until", "if"}  # a reason or condition of the claim
_UNKNOWN = {"unclear", "clear", "uncertain", "unknown", "known"}  # 'though it is unclear whether …'


def cut_clause(clause: Token, lo: int, hi: int, fronted: bool = False) -> int:
    """`hi`, or the end before what the speaker did next: a second cue conjoined to the clause
    ('said A and suggested B', not 'said A but would add B') or a refusal ('and refused to …'), a
    participle after a comma ('said A, citing B'), or a clause of another's saying ('said A, while 22
    percent said B'). A content `fronted` before its cue holds no act of the speaker's ('X would cut A,
    put B and close C, she said'): only another's saying, the writer's hedge or a participle whose quoted
    words close it before the attribution ('A, calling B "C," X said': the words are A's subject's) end it."""
    quoted = fronted and quote_closed(clause.doc, hi)
    for tok in clause.children:
        if not lo < tok.i <= hi:
            continue
        participle = set_off_participle(tok) is not None and (
            is_cue(tok) or tok.lemma_.lower() in _SPEAKER_ACTS)
        others = (tok.dep_ == "advcl" and tok.i > clause.i and is_speech_cue(tok)
                  and any(c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in tok.children)
                  and any(c.dep_ == "mark" and c.lower_ in CONTRAST for c in tok.children)
                  and any(c.dep_ == "ccomp" for c in tok.children))
        # 'said A was B and refused to apologise', in the tense of both ('Police say he posed a threat
        # and refused to …', 'said X would A and refused to B': the refusal is said)
        refusal = (tok.dep_ == "conj" and tok.lemma_.lower() in NOT_YET
                   and _past(tok) == _past(clause.head) == _past(clause)
                   and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children))
        hedge = tok.i > clause.i and writer_hedge(tok) and (tok.dep_ == "conj" or (
            tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONTRAST for m in tok.children)))
        acted = (participle and (quoted or not fronted)) or not fronted and (
            refusal or _next_act(clause, tok) or _turned_out(clause, tok))
        if acted or others or hedge or (tok.i > clause.i and conceded(clause, tok)):
            return tok.left_edge.i - 1 if tok.left_edge.i > lo else tok.i - 1
    return hi


_FUTURE_MODALS = {"would", "will"}  # not 'could not support X but understood why others did'


def quote_closed(doc: Doc, hi: int) -> bool:
    """The words up to token `hi` close on a quote mark, before or after a comma ('B "C,"')."""
    if any(t.is_quote for t in doc[max(hi - 1, 0):hi + 1]):
        return True
    for tok in doc[hi + 1:hi + 3]:
        if tok.is_quote or not tok.is_punct:
            return tok.is_quote
    return False


def _turned_out(clause: Token, conj: Token) -> bool:
    """A subjectless conjunct in the simple past after 'but', joined to a reported clause of what
    would happen ('said it would not hold its final there but did so in 2001', 'said he would stay but left'):
    the writer's account of what happened, not what was said; no verb of saying or thinking ('but
    understood why B' is said too)."""
    return (conj.dep_ == "conj" and conj.tag_ == "VBD" and clause.head.tag_ == "VBD"
            and conj.lemma_ not in ("be", "have") and not is_cue(conj)
            and any(c.dep_ == "aux" and c.lower_ in _FUTURE_MODALS for c in clause.children)
            and any(c.dep_ == "cc" and c.lower_ == "but" and c.i < conj.i for c in clause.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in conj.children))


def _finite_after_infinitive(doc: Doc, lo: int, hi: int, conjs: list[int]) -> int:
    """`hi`, or the end before a subjectless finite conjunct of the infinitive heading the content
    ('asking X to pick it up and will stage a rally'): no part of the request but the subject's next
    act. A verb is finite here by its tense ('staged') or a finite auxiliary ('will stage'), never
    by a present tag the parse may give a bare verb ('to join A and live stream B'). `conjs`: the
    Doc's conjuncts (`Columns.conjs`)."""
    for i in within(conjs, lo + 1, hi + 1, len(doc)):
        tok = doc[i]
        inf = tok.head
        if tok.dep_ != "conj" or not _infinitive(inf) or not lo <= inf.i < tok.i or lo <= inf.head.i <= hi:
            continue
        tensed = tok.tag_ in ("VBD", "VBZ") or any(
            a.dep_ in ("aux", "auxpass") and a.tag_ in FINITE_TAGS for a in tok.children)
        if tensed and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
            return tok.left_edge.i - 1
    return hi


def _next_act(clause: Token, tok: Token) -> bool:
    """A conjunct of the content clause that is the speaker's next act: a second cue of saying ('said
    A and suggested B'; not 'said A and that B was found', 'but would add B', nor one of thinking
    or finding: 'said she was elated but still feared B' is said), a clause after a comma whose
    subject is a pronoun for the speaker ('said A is B, and he railed against C'), or a bare verb
    after the finite clause of an infinitive cue ('to warn that A was running out and suspend B')."""
    if tok.dep_ != "conj":
        return False
    if unshared_act(clause, tok):  # 'ruled A had been cleared and fined B'
        return True
    if tok.tag_ == "VB" and clause.head.tag_ == "VB" and finite(clause) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return True
    if _in_cue_tense(clause, tok) or _tells_next(clause, tok):
        return True
    if not is_cue(tok) or _shares_tense(clause, tok) or any(
            (a.dep_ == "aux" and a.lower_ in _REPORTED_MODALS) or a.dep_ in ("auxpass", "mark")
            for a in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.tag_ in ("WP", "WDT") and _inner_relative(clause):
        return False  # 'thinks A appeals to those who like B but who have balked at C': one relative
    if subj is None or subj.tag_ in ("WP", "WDT"):
        return is_speech_cue(tok)
    if _speaker_again(clause.head, tok):
        return True  # 'said A is B, and he railed against C': the speaker's next act
    # a clause with a subject of its own goes on with what is said ('said A and a search found B'),
    # unless it is another's saying with a content of its own ('A and how experts say B')
    return is_speech_cue(tok) and any(c.dep_ in ("ccomp", "dobj") for c in tok.children)


def _inner_relative(clause: Token) -> bool:
    """A content clause that holds a relative clause of its own, a conjunct with a relative subject
    going on with it ('appeals to those who like B but who have balked at C'); not a content that
    is itself relative ('a group who officials say is tied to X and who claimed Y'), nor a cue in
    one ('X, who said A and who added B'), where that conjunct is another relative of the noun."""
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT")
           for c in (*clause.children, *clause.head.children)):
        return False
    return any(t.dep_ == "relcl" for t in clause.subtree)


def _infinitive(verb: Token) -> bool:
    """A bare verb with its 'to' ('to pick it up')."""
    return verb.tag_ == "VB" and to_marked(verb)


def _tells_next(clause: Token, conj: Token) -> bool:
    """A subjectless conjunct in the cue's own form that tells someone a clause of its own ('suggested
    A and reminded MPs that B', 'argued A and assured voters that B'): the speaker's next saying."""
    if conj.tag_ != clause.head.tag_ or conj.lemma_.lower() not in ADDRESSEE_LEMMAS or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in conj.children):
        return False
    obj = next((c for c in conj.children if c.dep_ in ("dobj", "dative")), None)
    own = [c for c in (*conj.children, *(obj.children if obj is not None else ())) if c.dep_ in _TOLD_DEPS]
    return obj is not None and any(
        any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in own)


def _in_cue_tense(clause: Token, conj: Token) -> bool:
    """A subjectless conjunct in the cue's own form, past or participle, after a content clause in the
    present or asking a question of its own ('said he makes A and questioned why B', 'telling X that
    A is B and questioning C'): no backshifted part of what is said but the speaker's next act."""
    cue = clause.head
    if conj.tag_ != cue.tag_ or cue.tag_ not in ("VBD", "VBG") or conj.lemma_ in ("be", "have") or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in conj.children) or any(
            c.dep_ == "cc" and c.lower_ == "but" for c in clause.children):  # 'A but understood why B'
        return False
    return clause.tag_ in ("VBZ", "VBP") or any(c.dep_ == "ccomp" and any(
        w.tag_ == "WRB" or (w.dep_ == "mark" and w.lower_ in ("whether", "if")) for w in c.children)
        for c in conj.children)


def _shares_tense(clause: Token, conj: Token) -> bool:
    """A conjunct in the past perfect of the content clause under a cue in the simple past ('said they
    had seen the scripts and had agreed to appear'): backshifted, it goes on with what is said; not
    'claims that A has been done and has said B', the speaker's own next act."""
    def had(verb: Token) -> bool:
        return any(a.dep_ == "aux" and a.lower_ == "had" for a in verb.children)
    return clause.head.tag_ == "VBD" and had(conj) and had(clause) and not had(clause.head)


def writer_hedge(verb: Token) -> bool:
    """'(though) it is unclear whether …', 'but it was not known if …': the writer's comment on what
    is known, joined to a reported clause, not a part of it."""
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ == "it" for c in verb.children):
        return False
    return verb.lower_ in _UNKNOWN or (verb.lemma_ in ("be", "remain") and any(
        c.dep_ == "acomp" and c.lower_ in _UNKNOWN for c in verb.children))


def participle_cut(ctx: Ctx, lo: int, hi: int) -> int:
    """`hi`, or the end before a participle of saying after a comma that the parse hung inside the
    content ('rejected the idea that A would B, saying C'), or before a finite verb joined to an
    infinitive ('urged X to A and will B'): the speaker's next act."""
    for i in within(ctx.cols.advcls, lo + 1, hi + 1, len(ctx.doc)):  # set_off_participle: an advcl
        tok = ctx.doc[i]
        comma = set_off_participle(tok)
        if comma is not None and comma.i > lo and not ctx.in_quote(tok) and is_cue(tok):
            return comma.i - 1
    hi = linked_gerund_cut(ctx.doc, lo, hi, ctx.in_quote, ctx.cols.gerunds)
    return _finite_after_infinitive(ctx.doc, lo, hi, ctx.cols.conjs)


def _past(verb: Token) -> bool:
    return verb.tag_ in ("VBD", "VBN")


_FOCUS = {"only", "merely", "simply", "just"}  # 'would say only that A'


def skip_cue_adverbials(clause: Token, lo: int) -> int:
    """The start of a bare content clause ('said recently Ukraine has …') after the adverbs, times
    and phrases before its subject, which qualify the saying ('recently', 'on Thursday', 'also');
    after 'that' they belong to the content; a focus adverb before the 'that' ('said only that A')
    qualifies the saying."""
    mark = next((c for c in clause.children if c.dep_ == "mark"), None)
    if mark is not None:
        return mark.i if any(c.dep_ == "advmod" and c.i == lo < mark.i and c.lower_ in _FOCUS
                             for c in clause.children) else lo
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None:
        return lo
    for c in clause.children:
        if c.i >= subj.i or c.left_edge.i != lo:
            continue
        set_off = c.right_edge.i + 1 < subj.left_edge.i and clause.doc[c.right_edge.i + 1].text == ","
        if (c.dep_ in ("advmod", "npadvmod", "prep") and c.lower_ not in _CONTENT_ADVERBS and c.tag_ != "WRB"
                and not set_off and not spanned_time(c)):  # 'said, win or lose, he stays': the claim's
            lo = c.right_edge.i + 1
            while lo < subj.left_edge.i and clause.doc[lo].is_punct:
                lo += 1
    return lo


def continuation(verb: Token, clause: Token, hi: int) -> int:
    """`hi`, or the end of a clause coordinated to the cue that goes on with the reported speech
    ('X noted that A, but the final decision will depend on B'): a conjunct with a subject of its
    own that is neither a cue nor a new quote's verb, a second 'that' clause ('said A and that B'),
    or a subjectless conjunct in the conditional of reported speech ('said A, but would add B')."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.i > clause.right_edge.i and any(
                m.dep_ == "mark" and m.lower_ in _SAID_MARKS for m in c.children) and not any(
                is_speech_cue(t) for t in c.subtree):
            hi = max(hi, c.right_edge.i)  # 'said A, because B', 'said X will pay A, once B': said too
        if c.dep_ != "conj" or c.i <= clause.right_edge.i or writer_hedge(c) or _reported_by(c) or not (any(
                x.dep_ == "cc" and x.i < c.left_edge.i for x in verb.children) or _stray_cc(c)):
            continue
        marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
        subject = any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children)
        if _speaker_again(verb, c):
            continue
        modal = any(a.dep_ == "aux" and a.lower_ in _REPORTED_MODALS for a in c.children)
        if "that" in marks or (not is_cue(c) and c.lemma_.lower() not in ATTITUDE_LEMMAS
                               and (subject or modal) and not marks
                               and not any(is_speech_cue(t) and any(k.dep_ == "ccomp" for k in t.children)
                                           for t in c.subtree)):  # 'but X could not resist noting that B'
            return max(hi, c.right_edge.i)
    return _dashed_predicate(verb, clause, hi)


def _stray_cc(conj: Token) -> bool:
    """The 'and' right before a conjunct of the cue that the parse hung on the content's last word,
    which has no conjunct of its own, before a clause in the present ('feels that A rose on solid
    growth and its level rests on B'); one in the past may be the writer's narration ('told the
    nation he was resigning and the Queen invited X to B'), and so may one after 'but' ('I agree that A
    but there is also B')."""
    cc = conj.doc[conj.left_edge.i - 1] if conj.left_edge.i else None
    present = conj.tag_ in ("VBZ", "VBP") or any(
        a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBZ", "VBP", "MD") and a.lower_ not in ("did", "had")
        for a in conj.children)
    stray = cc is not None and cc.dep_ == "cc" and cc.lower_ == "and" and cc.head.i < cc.i
    return present and stray and not any(k.dep_ == "conj" for k in cc.head.children)


_DASHES = {"-", "\u2013", "\u2014", "--"}


def _dashed_predicate(verb: Token, clause: Token, hi: int) -> int:
    """`hi`, or the end of the predicate after a closing dash that the parse hung on the cue ('hopes
    that the return of X - out of the side since May - will send a message'): an aside between two
    dashes inside the content does not end it."""
    doc, nxt = verb.doc, hi + 1
    if nxt + 1 >= len(doc) or doc[nxt].text not in _DASHES or not doc[nxt].whitespace_:
        return hi
    opening = [t for t in doc[clause.left_edge.i:nxt] if t.text in _DASHES and t.whitespace_]
    pred = next((c for c in verb.children if c.dep_ in ("ccomp", "conj") and c.left_edge.i == nxt + 1), None)
    if len(opening) != 1 or pred is None or not finite(pred) or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in pred.children):
        return hi
    return pred.right_edge.i


_THIRD = {"he", "she", "they"}


def _speaker_again(verb: Token, conj: Token) -> bool:
    """A conjunct of the cue after a comma whose subject is a pronoun for the speaker, in number
    ('Smith said A, but he did not apologise', 'officials said A, and they rejected B'; not
    'Smith says they are in form, but they have lost …'): the writer's account of the speaker's
    next act."""
    subj = next((s for s in conj.children if s.dep_ in ("nsubj", "nsubjpass")), None)
    speaker = next((s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or speaker is None or subj.lower_ not in _THIRD or conj.lemma_ in ("be", "have") or any(
            c.dep_ == "mark" or (c.dep_ == "aux" and c.lower_ in _REPORTED_MODALS) for c in conj.children):
        return False
    plural = speaker.tag_ == "NNS" or speaker.lower_ == "they" or any(  # not NNPS: "Sanders"
        c.dep_ == "conj" for c in speaker.children)
    comma = conj.doc[subj.left_edge.i - 2].text == ","  # ', but he …': set off from the content
    return comma and plural == (subj.lower_ == "they") and _narrated(conj)


def _narrated(verb: Token) -> bool:
    """A verb in the past or the present perfect ('pressed', 'did not apologise', 'has bristled')."""
    return verb.tag_ == "VBD" or any(a.dep_ == "aux" and a.lower_ in ("did", "has", "have", "had")
                                     for a in verb.children)


def _reported_by(verb: Token) -> bool:
    """A passive with an agent ('but the move was criticised by analysts'): a judgement of the
    writer's narration, with a holder of its own."""
    return any(c.dep_ == "agent" for c in verb.children) and any(c.dep_ == "auxpass" for c in verb.children)


def finite(verb: Token) -> bool:
    """A verb with a tense of its own, or with a finite auxiliary ('was running', 'had gone')."""
    return verb.tag_ in FINITE_TAGS or any(a.dep_ in ("aux", "auxpass") and a.tag_ in FINITE_TAGS
                                            for a in verb.children)
