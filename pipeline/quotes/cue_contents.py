"""The content a cue verb governs: its content clause ('X said (that) A'), the clause
'..., X said, ...' interrupts, 'A, as X noted', and its complements ('called for X', 'urged X to Y');
whether a belief is held by someone named ('X believes A', not the writer's 'I think A').
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes import cues
from pipeline.quotes.answers import answer
from pipeline.quotes.attached import said_before_participle
from pipeline.quotes.bounds import (
    NOT_YET,
    continuation,
    cut_clause,
    participle_cut,
    quote_closed,
    skip_cue_adverbials,
)
from pipeline.quotes.closing_tails import rest_before_cue
from pipeline.quotes.complements import (
    clause_on_phrase,
    dated,
    deprived,
    described_end,
    expressed_object,
    last_complement,
    phrasal_act,
    prep_clause,
    stranded,
    summoned,
)
from pipeline.quotes.conjunct_forms import content_conjunct, gerund_conjunct
from pipeline.quotes.content_clauses import (
    adverbial,
    clause_as_adverbial,
    quoted_as,
    split_clause,
    subject_as_object,
    that_past_aside,
)
from pipeline.quotes.cue_adjuncts import watched_cut
from pipeline.quotes.cues import (
    ADDRESSEE_LEMMAS,
    ADVERBIAL_MARKS,
    ATTITUDE_LEMMAS,
    COMPLEMENT_LEMMAS,
    COMPLEMENT_PREPS,
    EVIDENCE_LEMMAS,
    FINITE_VERBS,
    PREP_ONLY_LEMMAS,
    SPEECH_LEMMAS,
    VERBS,
    is_cue,
    is_speech_cue,
    questions,
)
from pipeline.quotes.doc import Ctx
from pipeline.quotes.edges import (
    FINITE_TAGS,
    afterthought,
    dash_aside,
    dash_tail,
    past_closing_quote,
    past_false_break,
    quoted_setting,
    title_cut,
)
from pipeline.quotes.frames import answerer_cut
from pipeline.quotes.framing import (
    counterclaim_cut,
    joined_attribution_cut,
    narrator_contrast_cut,
    occasion_cut,
    others_clause_cut,
)
from pipeline.quotes.hearings import heard_by_body
from pipeline.quotes.hung_infinitives import hung_infinitive
from pipeline.quotes.hung_participles import noun_participle
from pipeline.quotes.hung_titles import title_start
from pipeline.quotes.inverted_asides import hung_mark, inverted_aside
from pipeline.quotes.linked_gerunds import subject_clause
from pipeline.quotes.mute_subjects import mute_subject
from pipeline.quotes.order_tellers import quoted_order
from pipeline.quotes.outer_asides import outer_aside
from pipeline.quotes.phrasal import (
    addressed_topic,
    called_as,
    particle_span,
    promised_thing,
    warned_addressee,
)
from pipeline.quotes.plays import contested, played
from pipeline.quotes.plays import won as winning
from pipeline.quotes.pleas import plea
from pipeline.quotes.polls import share_cut
from pipeline.quotes.runons import attributed_cut, fronted_start, introduced_cut, relative_object
from pipeline.quotes.second_acts import second_act_cut
from pipeline.quotes.sideless import joined_infinitive, side_act
from pipeline.quotes.sources import cited_rule_tail
from pipeline.quotes.spanned_times import spanned_start
from pipeline.quotes.spans import tok_span
from pipeline.quotes.split_lists import list_rest
from pipeline.quotes.stances import (
    closing_quote,
    expected_span,
    hedged_raising,
    held_stance,
    shown,
    stance_clause,
    stance_complement,
    stance_content,
)
from pipeline.quotes.stolen_subjects import stolen_subject_cut
from pipeline.quotes.stranded_roots import stranded_root
from pipeline.quotes.stripped_predicates import stripped_predicate
from pipeline.quotes.subjects import inverted_after_quote
from pipeline.quotes.topic_tails import topic_tail
from pipeline.quotes.trailing import trailing_tokens
from pipeline.quotes.writers_tails import writers_tail_cut

PRE_CLAUSE_SENTENCE = True  # 'A, but B, he said': the content starts at the sentence start
_PERSONAL = {"i", "you"}  # the writer's or the reader's own thoughts ('we' is often a group's)
_STOPS = {".", "!", "?"}
_DASHES = {"-", "\u2013", "\u2014"}


def clause_span(ctx: Ctx, verb: Token) -> tuple[int, int, str] | None:
    """Content of reported speech governed by `verb` (with the rule's name): its ccomp, the clause
    it interrupts, or its complements ('called for X', 'urged X to Y', 'called X a Y')."""
    doc, lemma = ctx.doc, verb.lemma_.lower()
    hidden = subject_clause(verb)  # '…, while stressing A are B': the parse made the cue A's subject
    if hidden is not None:
        return _tag(tok_span(ctx, hidden[0], hidden[1], verb), "ccomp")
    comp = ([c for c in verb.children if c.dep_ == "ccomp" and not adverbial(c) and heard_by_body(c) is None]
            or clause_as_adverbial(verb) or clause_on_phrase(verb) or that_past_aside(verb))
    if not comp and quoted_as(verb):  # 'A, the paper quoted X as saying': A hangs on 'quoted'
        comp = [c for c in verb.head.head.children if c.dep_ == "ccomp" and not adverbial(c)]
    para = ctx.para_of(verb.idx)  # not a clause of the next paragraph the parse ran on into
    own = [c for c in comp if ctx.para_of(c.idx) == para]
    if comp and not own and all(c.i < verb.i for c in comp):  # a headline the parse ran into the lead
        trailing = trailing_tokens(verb, ctx.in_quote)  # ('Firms fail¶Firms fail A, X says'): A
        if trailing is not None:
            return _tag(tok_span(ctx, trailing[0], trailing[1], verb), "trailing")
    comp = own or comp
    if comp and lemma in ATTITUDE_LEMMAS and (not held_claim(verb, comp) or promise_title(verb)):
        return None
    if comp and (lemma in SPEECH_LEMMAS or (cues.INCLUDE_BELIEF and lemma in ATTITUDE_LEMMAS)
                 or questions(verb, comp) or stance_clause(verb, comp)):
        c = next((c for c in comp if c.i > verb.i), comp[-1])
        if c.i > verb.i and inverted_after_quote(verb) is not None:
            return None  # '"…," said X, who …': the clause is the speaker's description
        lo, hi = c.left_edge.i, c.right_edge.i
        if c.i < verb.i < hi:  # the ccomp's subtree should not hold the verb
            hi = verb.left_edge.i - 1
        if c.i < verb.i and PRE_CLAUSE_SENTENCE:
            lo = min(lo, verb.sent.start)
        if c.i < verb.i:  # '"A," chairman X said'; 'A, he said, but he would not B': B goes on
            joined = None if (doc[lo].is_quote or ctx.para_of(doc[lo].idx) != para or not any(
                s.dep_ == "nsubj" and s.i < verb.i for s in verb.children)) else joined_on(verb)
            hi = title_cut(doc, lo, hi) if joined is None else joined.right_edge.i
            hi = rest_before_cue(verb, lo, hi)  # 'A is held back by B, C and D, the group said'
        if c.i > verb.i:
            lo = subject_as_object(verb, c, skip_cue_adverbials(c, lo))
            lo = spanned_start(verb, c, title_start(verb, c, lo))  # 'believe firm X had'
            tail = split_clause(comp, c)
            hi = cited_rule_tail(verb, continuation(verb, tail, max(hi, tail.right_edge.i)))
            hi = stranded_root(verb, c, content_conjunct(doc, verb, c, hi))  # 'said A, B, will be C'
            hi = past_closing_quote(verb, past_false_break(doc, hi, is_cue), is_cue, ADVERBIAL_MARKS)
        hi = answerer_cut(verb, hi) if c.i > verb.i else hi  # 'When asked if A would start X replied'
        fronted = c.i < verb.i and doc[min(verb.i + 1, len(doc) - 1)].text not in _DASHES  # not '- X argue -'
        hi = attributed_cut(ctx, lo, cut_clause(c, lo, hi, fronted))  # 'said A and which, he claimed, B'
        hi = introduced_cut(ctx, lo, hi) if c.i > verb.i else hi  # 'said A - later he exclaimed: "B"'
        hi = second_act_cut(ctx, verb, c, lo, hi)  # 'said A but argued B', 'believe A and fear B'
        if not fronted or quote_closed(doc, hi):
            hi = participle_cut(ctx, lo, hi)  # 'said A, saying C'; 'A, calling B "C," X said': A alone
        hi = share_cut(ctx, verb, lo, hi)  # '32% said A and 38% disagreed'
        hi = dash_tail(doc, lo, afterthought(doc, lo, dash_aside(verb, lo, hi), ctx.in_quote, c.i < verb.i),
                       ctx.in_quote)
        if c.i > verb.i:  # '…, despite a new book saying B', '… while X suggests B'
            hi = joined_attribution_cut(ctx, lo, counterclaim_cut(ctx, lo, hi))
            hi = hi if lemma in EVIDENCE_LEMMAS else others_clause_cut(ctx, lo, hi)  # 'video shows A while B'
            hi = occasion_cut(ctx, lo, hi)  # 'denied A when questioned by B'
            hi = narrator_contrast_cut(ctx, verb, lo, hi)  # 'said A, yet few are doing so'
            hi = writers_tail_cut(ctx, lo, hi)  # 'said A, compared with B', '…, as did X'
            hi = watched_cut(doc, c, lo, hi)  # 'admitted A was poor after watching them lose'
            hi = list_rest(doc, lo, hi)  # 'said X would fund A, B and C': the parse split the list
        return _tag(tok_span(ctx, lo, hi, verb), "ccomp")
    head = verb.head
    if (verb.dep_ in ("parataxis", "ccomp", "advcl") and head.pos_ in VERBS
            and ctx.para_of(head.idx) == ctx.para_of(verb.idx)  # not a quote the next paragraph opens
            and (head.i > verb.i or (verb.dep_ == "parataxis" and _goes_on(head, verb)))
            and (any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or inverted_aside(verb))
            and (lemma in SPEECH_LEMMAS or held_aside(verb))
            and (not is_speech_cue(head) or _told_one(head) or mute_subject(head, verb)
                 or outer_aside(head, verb))
            and not any((c.dep_ == "mark" and c.lower_ != "as" and not hung_mark(c, verb)) or c.tag_ == "WRB"
                        for c in verb.children)  # not 'when X asked'; 'A means that in B, says X, C' is
            and not any(c.dep_ == "ccomp" or (c.dep_ == "dobj" and not _addressee(verb, c))
                        for c in verb.children)):  # not 'when X asked …'
        outer = head.head  # "That's why, he said, A": the clause's own frame, not another cue's
        framed = head.dep_ == "ccomp" and outer.i < verb.i and not is_cue(outer)
        lo = min(outer.left_edge.i, head.left_edge.i) if framed else head.left_edge.i
        return _tag(tok_span(ctx, lo, head.right_edge.i, verb), "interrupt")
    before = said_before_participle(verb)  # 'A, he added, saying B'
    if before is not None:
        return _tag(tok_span(ctx, before[0], before[1], verb), "ccomp")
    noted = _as_noted(verb)
    if noted is not None:
        return _tag(tok_span(ctx, noted[0], noted[1], verb), "as-noted")
    if hedged_raising(verb):
        return None  # 'which could be said to feature …': the writer's hedge
    expected = expected_span(verb)
    if expected is not None:
        return _tag(tok_span(ctx, expected[0], expected[1], verb), "expected")
    stance = lemma not in COMPLEMENT_LEMMAS and not shown(verb)
    if (stance and not held_stance(verb)) or unsaid(verb) or deprived(verb):
        return None
    if stance and (joined_infinitive(verb) or side_act(verb)):
        return None  # 'aims to fund and support X': the aim's; 'back up the data': an act
    if played(verb) or contested(verb) or phrasal_act(verb) or summoned(verb):
        return None  # 'attacked the last 200m': a move of a game; 'called the police': no saying
    phrased = None if stance else (  # 'talked up X', 'warned voters against X'
        particle_span(verb) or addressed_topic(verb) or warned_addressee(verb))
    if phrased is not None:  # 'spoke out against X', 'talked to voters about X'
        return _tag(tok_span(ctx, phrased[0], phrased[1], verb), "prep")
    pled = plea(verb)  # 'pleaded with X to Y'
    if pled is not None:
        return _tag(tok_span(ctx, pled[0], pled[1], verb), "xcomp")
    won = winning(verb)
    named = sum(c.dep_ == "oprd" for c in verb.rights) > 1 or relative_object(verb) or (
        called_as(verb))  # 'called X a liar', 'called her "second-rate"'
    # 'promised a full review', 'urged restraint'; 'claiming the men's 800 m': all won
    first = promised_thing(verb) or next((c for c in verb.rights if c.dep_ == "xcomp" or (
        c.dep_ in ("dobj", "oprd" if named else "dobj") and lemma not in ADDRESSEE_LEMMAS
        and lemma not in PREP_ONLY_LEMMAS and not won)
        or (c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS.get(lemma, ()) and not dated(c))
        or prep_clause(c, lemma) is not None), None)
    if first is not None and stranded(verb, first):
        return None  # 'what is referred to as X': a name given by no one
    if first is None:
        said = answer(verb)  # 'said yes', 'said so', 'said the same'
        return None if said is None else _tag(tok_span(ctx, said.left_edge.i, said.i, verb), "answer")
    if stance and not stance_complement(verb, first):
        return None
    spoken = is_cue(first) or first.lemma_.lower() in PREP_ONLY_LEMMAS
    if first.dep_ == "xcomp" and spoken and unsaid(first):
        return None  # 'declined to comment on X': no claim, and the comment not made
    last = last_complement(verb, first)
    last = next((c for c in verb.rights if c.dep_ == "oprd" and c.i > last.i), last)  # 'called X in Y a Z'
    last = stranded_predicate(first) or last  # 'suggesting the sale of X, under Y, was Z'
    mark = prep_clause(first, lemma)
    lo = first.i + 1 if first.dep_ == "prep" else mark.i + 1 if mark is not None else (
        expressed_object(first, first.left_edge.i))
    if first.dep_ == "xcomp" and lemma in ADDRESSEE_LEMMAS:  # 'urged supporters to vote': who is urged
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < first.i), None)
        colon = obj is not None and any(t.text == ":" for t in doc[obj.i + 1:first.left_edge.i])
        lo = obj.left_edge.i if obj is not None and not colon else lo  # 'told X: "A"': X is told, not said
        lo = quoted_order(verb) or lo  # 'telling him to "sell"': the words in the marks
    if lo == last.right_edge.i and doc[lo].pos_ == "PRON":
        return None  # 'described it', 'said so'
    hi = hung_infinitive(doc, first, last.right_edge.i)  # 'calling on X, Y, to Z'
    hi = gerund_conjunct(doc, verb, first, noun_participle(doc, verb, hi))  # 'called for X found guilty to B'
    hi = stripped_predicate(doc, verb, first, hi)  # 'saying X is B', X parsed as the object
    hi = topic_tail(doc, verb, first, hi)  # 'defended her plan to cut fees', 'discussed X and how Y'
    hi = described_end(doc, lo, participle_cut(ctx, lo, past_false_break(doc, hi, is_cue)))
    hi = occasion_cut(ctx, lo, share_cut(ctx, verb, lo, hi, clause=False))  # 'A, with 30% saying B'
    hi = list_rest(doc, lo, stolen_subject_cut(doc, lo, hi))  # 'called for X but referee Y ignored B'
    span = tok_span(ctx, lo, quoted_setting(doc, lo, hi, ctx.in_quote), verb)
    if stance and span is not None:
        span = span[0], closing_quote(ctx.text, ctx.quotes, *span)  # 'attacked X as "a Y"'
        if not stance_content(ctx.text, ctx.quotes, *span, verb):
            return None
    return _tag(span, "stance" if stance else first.dep_)


def held_aside(verb: Token) -> bool:
    """A belief someone else holds set in the clause it bears on ('This, they fear, could B'), not
    the writer's or the reader's own ('It is, I think, B'; 'Yes, we know, B')."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (cues.INCLUDE_BELIEF and verb.dep_ == "parataxis"
            and (verb.lemma_.lower() in cues.BELIEF_LEMMAS or verb.lemma_.lower() in cues.ASIDE_LEMMAS)
            and subj is not None and subj.lower_ not in _PERSONAL and subj.lower_ != "we")


def _told_one(head: Token) -> bool:
    """A clause about being asked or told, by no one named ('In some cases, they say, they have been
    asked to A'): what the aside's speaker reports, not a saying of the speaker's; not a hearsay
    raising ('X, the bank said, is said to be looking into it')."""
    kids = [c.dep_ for c in head.children]
    return ("auxpass" in kids and "nsubjpass" in kids and "agent" not in kids
            and (head.lemma_.lower() in ADDRESSEE_LEMMAS or "xcomp" not in kids))


def _addressee(verb: Token, obj: Token) -> bool:
    """The object of a verb of telling that is the one told ('A, he told me, B'; 'told reporters')."""
    return verb.lemma_.lower() in ADDRESSEE_LEMMAS and (obj.pos_ in ("PRON", "PROPN") or obj.tag_ == "NNS")


def _as_noted(verb: Token) -> tuple[int, int] | None:
    """'A, as X noted' / 'A, as X put it' closing a clause, or 'As X has reported, A' opening it:
    the rest of the clause is the content."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.doc[verb.left_edge.i].lower_ != "as":
        return None
    fronted = head.i > verb.i
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    if (head.pos_ not in VERBS or mark is None or mark.i != verb.left_edge.i
            or (not fronted and verb.right_edge.i < head.right_edge.i - 1)
            or (fronted and any(t.dep_ not in ("advmod", "cc", "punct") for t in verb.doc[
                head.left_edge.i:verb.left_edge.i]))  # 'However, as X reported, A'
            or verb.lemma_.lower() not in SPEECH_LEMMAS
            or not any(c.dep_ in ("nsubj", "agent") for c in verb.children)):  # 'as reported by X'
        return None
    if any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and c.lower_ != "it") for c in verb.children):
        return None
    return (fronted_start(verb), head.right_edge.i) if fronted else (head.left_edge.i, mark.i - 1)


_ARGUMENTS = {"attr", "acomp", "dobj", "oprd"}  # 'It was, he said, one of the worst'


def _goes_on(head: Token, verb: Token) -> bool:
    """The clause a '…, X said, …' interrupts goes on after it with a clause or an argument of its own
    ('A, he said, until it went bankrupt', 'A, she said, and B', 'It was, he said, one of the worst';
    not a phrase of the saying: 'A, X said, under Article 21'; 'This was not A, she said, but B')."""
    joined = joined_clause(verb) is not None
    return joined or any(c.i > verb.right_edge.i and _going_on(c) for c in head.children)


def joined_clause(verb: Token) -> Token | None:
    """A clause with a subject of its own that the parse conjoined to the saying after 'and' or 'but'
    ('A, they said, and you risk B'): the content going on, not the speaker's next act ('and left')."""
    return next((c for c in verb.rights if c.dep_ == "conj" and c.pos_ in VERBS and not is_cue(c)
                 and c.doc[c.left_edge.i - 1].lower_ in ("and", "but")
                 and any(s.dep_ in cues.CLAUSE_SUBJECTS for s in c.children)), None)


def joined_phrase(verb: Token) -> Token | None:
    """A phrase without a verb that the parse conjoined to the saying after ', and' ('A, he added,
    and a few that B'): the content going on."""
    doc = verb.doc
    return next((c for c in verb.rights if c.dep_ == "conj" and c.pos_ not in VERBS
                 and c.left_edge.i > 1 and doc[c.left_edge.i - 1].lower_ in ("and", "but")
                 and doc[c.left_edge.i - 2].text == ","), None)


def stranded_predicate(obj: Token) -> Token | None:
    """The finite verb without a subject that an object or a gerund goes on with past an aside set off by
    commas ('suggesting the sale of X, under Y, was Z', 'suggested cycling, unlike X, was the only Y': a
    subject the parse put after the verb is its attribute): the object is the subject of a clause the
    parse split."""
    doc, k = obj.doc, obj.right_edge.i + 1
    gerund = obj.dep_ == "xcomp" and obj.tag_ == "VBG"  # 'suggested policing, unlike X, was Y'
    if (obj.dep_ != "dobj" and not gerund) or k + 2 >= len(doc) or doc[k].text != ",":
        return None
    if doc[k + 1].pos_ == "ADP":  # the aside after the object
        comma = next((t for t in doc[k + 2:k + 12] if t.text in ",.;:" or t.pos_ in VERBS), None)
    else:  # the aside the parse hung on the object ('the signing of X, under Y,')
        aside = any(t.text == "," and t.i + 1 < k and doc[t.i + 1].pos_ == "ADP" for t in obj.subtree)
        comma = doc[k] if aside else None
    v = doc[comma.i + 1] if comma is not None and comma.text == "," and comma.i + 1 < len(doc) else None
    if v is None or v.tag_ not in FINITE_TAGS or is_cue(v) or any(  # 'was the one X': no subject
            c.dep_ in cues.CLAUSE_SUBJECTS and c.i < v.i for c in v.children):
        return None
    return v


def joined_on(verb: Token) -> Token | None:
    """The clause or phrase a '…, X said, and B' goes on with (`joined_clause`, `joined_phrase`)."""
    return joined_clause(verb) or joined_phrase(verb)


def _going_on(c: Token) -> bool:
    """A dependent of the interrupted clause after the aside that carries it on: a verb, an argument,
    'but', a clause with its verb gapped ('A has a car, the survey found, and B a bike'; not a noun
    with a verb of its own the parse hung on it: 'and the boys, puzzled, followed')."""
    return (c.pos_ in VERBS or c.dep_ in _ARGUMENTS or (c.dep_ == "cc" and c.lower_ == "but")
            or (c.dep_ == "conj" and not any(t.tag_ in FINITE_TAGS for t in c.subtree))
            or (c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children)))


def held_claim(verb: Token, comp: list[Token]) -> bool:
    """A belief or finding held by someone named: a stated verb ('believes', 'would hope', not 'to
    think', 'knowing', 'let them know') of a third party (not the writer's or the reader's 'I think',
    'you know'), not inverted ('little did they know'), whose clause comes after it and
    has a subject of its own, outside a question or a condition ('if they felt A'). A conjoined verb
    with no subject of its own has its sentence's main verb's."""
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return False
    if verb.tag_ not in FINITE_VERBS and not any(c.dep_ == "aux" and c.lower_ != "to" for c in verb.children):
        return False
    if verb.dep_ in ("xcomp", "pcomp") or verb.head.lemma_ == "let" or verb.sent[-1].text == "?":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj" and verb.head.dep_ == "ROOT":  # 'X surveyed A and found that B'
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.head.i), None)
    if subj is None or subj.lower_ in _PERSONAL or any(
            c.dep_ == "aux" and c.i < subj.i for c in verb.children):
        return False
    c = next((c for c in comp if c.i > verb.i), None) or _posted_after(verb, comp, subj)
    if c is not None and verb.lemma_.lower() in cues.BELIEF_LEMMAS and _bare_participle(c):
        return False  # 'assumed the "dumb name", X, now legally adopted': a noun object, not a clause
    return c is not None and (_noun_clause(c) or c.pos_ in VERBS and any(
        s.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and not s.lower_.endswith("self")
        for s in c.children) or _hung_subject(verb, c))  # 'found himself struggling' is no finding


def _posted_after(verb: Token, comp: list[Token], subj: Token) -> Token | None:
    """A clause the sentence opens with, set off by a comma from a closing attribution ('Studios will
    listen, thinks Mr X.', '…, the minister believes.')."""
    first = min(verb.i, subj.left_edge.i)
    if verb.dep_ != "ROOT" or first == 0 or verb.doc[first - 1].text != ",":
        return None
    after = verb.doc[max(verb.i, subj.right_edge.i) + 1:verb.right_edge.i + 1]
    if any(not (t.is_punct or t.is_space) for t in after):
        return None  # the attribution does not close the sentence
    return next((c for c in comp if c.i < first), None)


def _hung_subject(verb: Token, c: Token) -> bool:
    """A finite clause whose subject the parse took for the verb's object ('does not believe abortion
    should be an issue'): the clause opens on a modal or an auxiliary right after that object."""
    return (c.pos_ in VERBS and c.left_edge.i > verb.i and c.doc[c.left_edge.i].tag_ == "MD"
            and subject_as_object(verb, c, c.left_edge.i) < c.left_edge.i)


def _bare_participle(c: Token) -> bool:
    """A past participle with no auxiliary, set off from its 'subject' by a comma: a noun phrase the
    parse took for a clause ('the name, X, now adopted'), not a clause ('the name was adopted', or a
    past tense the tagger took for a participle: 'felt the result exposed X')."""
    if c.tag_ != "VBN" or any(a.dep_ in ("aux", "auxpass") for a in c.children):
        return False
    subj = next((s for s in c.children if s.dep_ == "nsubj" and s.i < c.i), None)
    return subj is not None and any(t.text == "," for t in c.doc[subj.right_edge.i:c.i])


def _noun_clause(c: Token) -> bool:
    """A 'that' clause the parse headed by its subject noun, its verb a modifier of that noun ('ruled
    that the act | unjustifiably discriminated against …')."""
    marked = any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    return marked and c.pos_ in ("NOUN", "PROPN") and any(v.dep_ in ("acl", "relcl") and v.i > c.i and (
        v.tag_ in FINITE_VERBS or v.tag_ == "VBN") for v in c.children)


def unsaid(verb: Token) -> bool:
    """A cue of words not (yet) spoken, only asked for ('has yet to comment on', 'declined to comment
    on', 'will be asked to vote'); a negated cue stays ('has not mentioned X' is reported too)."""
    if verb.lemma_ == "ask" and any(c.dep_ == "auxpass" for c in verb.children) and any(
            c.dep_ == "xcomp" for c in verb.children) and not _asked_before(verb):
        return True  # 'will be asked to vote'; 'was asked about X' was put the question
    head = verb.head
    return verb.dep_ == "xcomp" and (head.lemma_.lower() in NOT_YET
                                     or any(c.lower_ == "yet" for c in head.children))


def _asked_before(verb: Token) -> bool:
    """A passive 'ask' of a request already made ('was asked to name X', 'has been asked to
    release Y', 'after being asked to defend Z'), not one to come ('will be asked to vote')."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return not any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes) and (
        any(a.tag_ in FINITE_VERBS or a.tag_ == "VBG" for a in auxes))


def _tag(span: tuple[int, int] | None, how: str) -> tuple[int, int, str] | None:
    return None if span is None else (span[0], span[1], how)



def promise_title(verb: Token) -> bool:
    """A plural noun of promise the tagger read as a verb, right before a name ('medal hopes A and B',
    'other UK hopes A'): a title, not a belief. Its subject is then a bare lower-case noun, or a name
    an adjective opens, and neither can hold a belief."""
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if verb.tag_ != "VBZ" or nxt is None or nxt.pos_ != "PROPN" or verb.lower_ != "hopes":
        return False
    subj = verb.nbor(-1) if verb.i > 0 else None
    if subj is None or subj.dep_ != "nsubj" or subj.head.i != verb.i:
        return False
    if subj.tag_ == "NN" and subj.is_lower:
        return not any(c.dep_ in ("det", "poss") for c in subj.children)
    return subj.pos_ in ("PROPN", "ADJ") and any(c.dep_ == "amod" and c.tag_ == "JJ" for c in subj.lefts)
