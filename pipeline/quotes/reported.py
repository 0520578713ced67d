"""Reported speech from the dependency parse: the clause a speech verb governs ('X said (that) ...'),
the clause '..., X said, ...' interrupts, 'according to X', and the paragraph after 'X added:'.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes import cues
from pipeline.quotes.acts import claims
from pipeline.quotes.adjectives import held_clause, made_clear
from pipeline.quotes.adverbs import reported_clause, shared_subject
from pipeline.quotes.answers import answer
from pipeline.quotes.attached import keep_fronted, keep_reason, said_before_participle
from pipeline.quotes.bounds import NOT_YET, continuation, cut_clause, participle_cut, skip_cue_adverbials
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
from pipeline.quotes.content_clauses import (
    adverbial,
    clause_as_adverbial,
    quoted_as,
    split_clause,
    subject_as_object,
    that_past_aside,
)
from pipeline.quotes.cues import (
    ADDRESSEE_LEMMAS,
    ADVERBIAL_MARKS,
    APPEARANCE_LEMMAS,
    ATTITUDE_LEMMAS,
    COMPLEMENT_LEMMAS,
    COMPLEMENT_PREPS,
    EVIDENCE_LEMMAS,
    FINITE_VERBS,
    PREP_ONLY_LEMMAS,
    SPEECH_LEMMAS,
    VERBS,
    is_according,
    is_cue,
    is_speech_cue,
    questions,
)
from pipeline.quotes.doc import Ctx, Item
from pipeline.quotes.edges import (
    LONE_WORDS,
    afterthought,
    dash_aside,
    dash_tail,
    past_closing_quote,
    past_false_break,
    quoted_setting,
    title_cut,
    trim_part,
)
from pipeline.quotes.framing import counterclaim_cut, joined_attribution_cut, occasion_cut, others_clause_cut
from pipeline.quotes.inverted_asides import inverted_aside, split_around
from pipeline.quotes.labels import block_span
from pipeline.quotes.marks import WORD_RE
from pipeline.quotes.nested_relatives import cut_closing_relative
from pipeline.quotes.nouns import held_noun, noun_cue, noun_span
from pipeline.quotes.openers import kept_opening, orphan_phrase
from pipeline.quotes.passive import leave_out_agent, passive_span, predicated_span
from pipeline.quotes.plays import played
from pipeline.quotes.plays import won as winning
from pipeline.quotes.polls import share_cut
from pipeline.quotes.regard import regard_span
from pipeline.quotes.relative import (
    keep_relative_object,
    keep_relative_subject,
    leave_out_relative_attribution,
    relative_item,
)
from pipeline.quotes.runons import attributed_cut, attribution_end, fronted_start, relative_object
from pipeline.quotes.scan import cue_candidates
from pipeline.quotes.second_acts import second_act_cut
from pipeline.quotes.sources import according_span, leave_out_according, poll_span
from pipeline.quotes.spans import tok_span
from pipeline.quotes.stances import (
    appearance_span,
    expected_span,
    hedged_raising,
    held_stance,
    shown,
    stance_clause,
    stance_complement,
    stance_content,
)
from pipeline.quotes.subjects import appended_name, inverted_after_quote
from pipeline.quotes.told import told_span
from pipeline.quotes.trailing import cataphoric_span, trailing_span, trailing_tokens

PRE_CLAUSE_SENTENCE = True  # 'A, but B, he said': the content starts at the sentence start
_PERSONAL = {"i", "you"}  # the writer's or the reader's own thoughts ('we' is often a group's)
_STOPS = {".", "!", "?"}


def clause_span(ctx: Ctx, verb: Token) -> tuple[int, int, str] | None:
    """Content of reported speech governed by `verb` (with the rule's name): its ccomp, the clause
    it interrupts, or its complements ('called for X', 'urged X to Y', 'called X a Y')."""
    doc, lemma = ctx.doc, verb.lemma_.lower()
    comp = ([c for c in verb.children if c.dep_ == "ccomp" and not adverbial(c)]
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
    if comp and lemma in ATTITUDE_LEMMAS and not held_claim(verb, comp):
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
                s.dep_ == "nsubj" and s.i < verb.i for s in verb.children)) else _joined_clause(verb)
            hi = title_cut(doc, lo, hi) if joined is None else joined.right_edge.i
        if c.i > verb.i:
            lo = subject_as_object(verb, c, skip_cue_adverbials(c, lo))
            tail = split_clause(comp, c)
            hi = continuation(verb, tail, max(hi, tail.right_edge.i))
            hi = past_closing_quote(verb, past_false_break(doc, hi, is_cue), is_cue, ADVERBIAL_MARKS)
        hi = attributed_cut(ctx, lo, cut_clause(c, lo, hi))  # 'said A and which, he claimed, B'
        hi = second_act_cut(ctx, verb, c, lo, hi)  # 'said A but argued B', 'believe A and fear B'
        hi = participle_cut(ctx, lo, hi)  # 'said A and would B, saying C'
        hi = share_cut(ctx, verb, lo, hi)  # '32% said A and 38% disagreed'
        hi = dash_tail(doc, lo, afterthought(doc, lo, dash_aside(verb, lo, hi), ctx.in_quote), ctx.in_quote)
        if c.i > verb.i:  # '…, despite a new book saying B', '… while X suggests B'
            hi = joined_attribution_cut(ctx, lo, counterclaim_cut(ctx, lo, hi))
            hi = hi if lemma in EVIDENCE_LEMMAS else others_clause_cut(ctx, lo, hi)  # 'video shows A while B'
            hi = occasion_cut(ctx, lo, hi)  # 'denied A when questioned by B'
        return _tag(tok_span(ctx, lo, hi, verb), "ccomp")
    head = verb.head
    if (verb.dep_ in ("parataxis", "ccomp", "advcl") and head.pos_ in VERBS
            and ctx.para_of(head.idx) == ctx.para_of(verb.idx)  # not a quote the next paragraph opens
            and (head.i > verb.i or (verb.dep_ == "parataxis" and _goes_on(head, verb)))
            and (any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or inverted_aside(verb))
            and (lemma in SPEECH_LEMMAS or held_aside(verb)) and (not is_speech_cue(head) or _told_one(head))
            and not any((c.dep_ == "mark" and c.lower_ != "as") or c.tag_ == "WRB" for c in verb.children)
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
    if played(verb) or phrasal_act(verb) or summoned(verb):
        return None  # 'attacked the last 200m': a move of a game; 'called the police': no saying
    won = winning(verb)
    named = sum(c.dep_ == "oprd" for c in verb.rights) > 1 or relative_object(verb)  # 'called X a liar'
    first = next((c for c in verb.rights if c.dep_ == "xcomp" or (  # 'claiming the men's 800 m': all won
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
    mark = prep_clause(first, lemma)
    lo = first.i + 1 if first.dep_ == "prep" else mark.i + 1 if mark is not None else (
        expressed_object(first, first.left_edge.i))
    if first.dep_ == "xcomp" and lemma in ADDRESSEE_LEMMAS:  # 'urged supporters to vote': who is urged
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < first.i), None)
        colon = obj is not None and any(t.text == ":" for t in doc[obj.i + 1:first.left_edge.i])
        lo = obj.left_edge.i if obj is not None and not colon else lo  # 'told X: "A"': X is told, not said
    if lo == last.right_edge.i and doc[lo].pos_ == "PRON":
        return None  # 'described it', 'said so'
    hi = described_end(doc, lo, participle_cut(ctx, lo, past_false_break(doc, last.right_edge.i, is_cue)))
    hi = occasion_cut(ctx, lo, share_cut(ctx, verb, lo, hi, clause=False))  # 'A, with 30% saying B'
    span = tok_span(ctx, lo, quoted_setting(doc, lo, hi, ctx.in_quote), verb)
    if stance and span is not None and not stance_content(ctx.text, ctx.quotes, *span, verb):
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
    joined = _joined_clause(verb) is not None
    return joined or any(c.i > verb.right_edge.i and _going_on(c) for c in head.children)


def _joined_clause(verb: Token) -> Token | None:
    """A clause with a subject of its own that the parse conjoined to the saying after 'and' or 'but'
    ('A, they said, and you risk B'): the content going on, not the speaker's next act ('and left')."""
    return next((c for c in verb.rights if c.dep_ == "conj" and c.pos_ in VERBS and not is_cue(c)
                 and c.doc[c.left_edge.i - 1].lower_ in ("and", "but")
                 and any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children)), None)


def _going_on(c: Token) -> bool:
    return (c.pos_ in VERBS or c.dep_ in _ARGUMENTS or (c.dep_ == "cc" and c.lower_ == "but")
            or (c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children)))


def held_claim(verb: Token, comp: list[Token]) -> bool:
    """A belief or finding held by someone named: a stated verb ('believes', 'would hope', not 'to
    think', 'knowing', 'let them know') of a third party (not the writer's or the reader's 'I think',
    'you know'), not inverted ('little did they know'), whose clause comes after it and
    has a subject of its own, outside a question or a condition ('if they felt A')."""
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return False
    if verb.tag_ not in FINITE_VERBS and not any(c.dep_ == "aux" and c.lower_ != "to" for c in verb.children):
        return False
    if verb.dep_ in ("xcomp", "pcomp") or verb.head.lemma_ == "let" or verb.sent[-1].text == "?":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
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
            c.dep_ == "xcomp" for c in verb.children):
        return True  # 'will be asked to vote'; 'was asked about X' was put the question
    head = verb.head
    return verb.dep_ == "xcomp" and (head.lemma_.lower() in NOT_YET
                                     or any(c.lower_ == "yet" for c in head.children))




def _with_subject(ctx: Ctx, item: Item) -> Item:
    """A report adverb's clause with the subject its verb shares, as a first part ('X have played A
    but have reportedly not toured': 'X' and 'have reportedly not toured')."""
    subj = shared_subject(item.cue)
    if subj is not None and ctx.doc[subj[1]].idx < item.start:
        first = (ctx.doc[subj[0]].idx, ctx.doc[subj[1]].idx + len(ctx.doc[subj[1]]))
        item.parts, item.start = [first, (item.start, item.end)], first[0]
    return item


def _tag(span: tuple[int, int] | None, how: str) -> tuple[int, int, str] | None:
    return None if span is None else (span[0], span[1], how)


def reported(ctx: Ctx) -> list[Item]:
    """Indirect quotes from the parse: cue verbs with a content clause, 'according to X'."""
    items, doc = [], ctx.doc
    for i in cue_candidates(ctx):  # no Token for the words that cannot be cues
        tok = doc[i]
        pos = tok.pos_
        held = held_clause(tok) if pos == "ADJ" else None
        if held is not None:  # 'X is confident that A'
            lo, hi = held.left_edge.i, held.right_edge.i
            hi = next((t.i for t in ctx.doc[held.i:hi] if t.text in _STOPS and not ctx.in_quote(t)), hi)
            span = tok_span(ctx, lo, cut_clause(held, lo, hi), tok)
            if span:
                items.append(Item(span[0], span[1], "indirect", cue=tok, how="adjective"))
                continue
        reports = reported_clause(tok) if pos == "ADV" else None
        if reports is not None:  # 'X reportedly plans to …'
            span = tok_span(ctx, reports[0], reports[1], tok)
            if span:
                items.append(_with_subject(ctx, Item(span[0], span[1], "indirect", cue=tok, how="adverb")))
            continue
        if pos == "NOUN" and held_noun(tok):
            span = noun_span(ctx, tok)
            if span:
                items.append(Item(span[0], span[1], "indirect", cue=noun_cue(tok), how="noun"))
            continue
        if (tok.dep_ in ("ROOT", "conj") or (tok.dep_ == "ccomp" and tok.head.pos_ != "VERB")) and any(
                c.dep_ == "agent" for c in tok.children):  # the parse may hang it on 'X reports'
            span = cataphoric_span(ctx, tok)
            if span:
                items.append(Item(span[0], span[1], "indirect", cue=tok, how="cataphoric"))
                continue
        clear = made_clear(tok) if pos == "VERB" else None
        if clear is not None:  # 'X made clear that A'; not the adjective the parse took for the subject's
            lo = max(clear.left_edge.i, tok.i + 2 + (ctx.doc[tok.i + 1].lower_ == "it"))
            span = tok_span(ctx, lo, cut_clause(clear, lo, clear.right_edge.i), tok)
            if span:
                items.append(Item(span[0], span[1], "indirect", cue=tok, how="clear"))
                continue
        appearing = cues.INCLUDE_APPEARANCE and tok.lemma_ in APPEARANCE_LEMMAS
        seeming = appearance_span(tok) if appearing else None
        if seeming is not None:
            span = tok_span(ctx, seeming[0], seeming[1], tok)
            if span:
                items.append(Item(span[0], span[1], "indirect", cue=tok, how="appearance"))
            continue
        polled = poll_span(ctx, tok) if pos == "ADP" else None
        if polled is not None:  # 'In a new poll, X leads'
            items.append(Item(polled[0], polled[1], "indirect", cue=tok, how="poll"))
            continue
        according = is_according(tok)
        if according or is_cue(tok, stances=True):
            span = according_span(ctx, tok) if according else (
                clause_span(ctx, tok) or block_span(ctx, tok) or trailing_span(ctx, tok)
                or passive_span(ctx, tok) or regard_span(ctx, tok) or predicated_span(ctx, tok)
                or told_span(ctx, tok))
            if span is None and not according:
                claim = relative_item(ctx, tok)
                if claim is not None:
                    items.append(claim)
                    continue
            if span:
                kind = "direct" if span[2] == "block" else "indirect"
                item = Item(span[0], span[1], kind, cue=tok, according=according, how=span[2])
                if span[2] == "interrupt" or (span[2] == "ccomp" and item.start < tok.idx < item.end
                                              and _joined_clause(tok) is not None):
                    _leave_out_attribution(ctx, item, tok)
                elif span[2] == "according":
                    leave_out_according(ctx, item, tok)
                elif span[2] == "ccomp":
                    leave_out_relative_attribution(ctx, item, tok)
                    keep_relative_object(item, tok, that=False)  # 'what X said she anticipated'
                    keep_fronted(ctx, item, tok)
                    keep_reason(ctx, item, tok)
                elif span[2] == "passive":
                    leave_out_agent(ctx, item, tok)
                elif span[2] in ("oprd", "prep", "xcomp", "dobj"):
                    keep_relative_object(item, tok)
                    keep_relative_subject(ctx, item, tok)  # 'which they say left X'
                aside = None if according else inverted_aside(tok)
                if aside is not None:  # 'The answer, says X, is B'
                    split_around(ctx, item, tok, aside[0])
                cut_closing_relative(ctx, item)
                items.append(item)
    return claims(ctx, items)


def _leave_out_attribution(ctx: Ctx, item: Item, verb: Token) -> None:
    """'A, X said, B': the content is A and B, given as parts, without the attribution between
    them; when nothing comes before it ('But, he said, B'), the content is B alone. A clause the
    parse hung on the verb before its subject ('Though A, he said, B') stays in the content."""
    doc, text = ctx.doc, ctx.text
    subj = next((c for c in reversed(list(verb.lefts)) if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = subj.left_edge.i if subj is not None else verb.left_edge.i
    name = appended_name(subj) if subj is not None else None
    first = name.left_edge.i if name is not None else first
    first = next((c.i for c in verb.lefts if c.dep_ == "mark" and c.i < first), first)  # 'as X noted'
    joined = _joined_clause(verb)  # 'A, they said, and B': the attribution ends before 'and'
    last = doc[joined.left_edge.i - 2] if joined is not None else doc[attribution_end(verb)]
    a0, a1 = doc[first].idx, last.idx + len(last)
    if not (a0 < item.end and item.start < a1 <= item.end):
        return
    orphan = orphan_phrase(doc, first) if item.start >= a0 else None  # 'and the permit, X said, had …'
    lead = (doc[orphan[0]].idx, doc[orphan[1]].idx + len(doc[orphan[1]])) if orphan else (
        trim_part(text, item.start, max(item.start, a0), joins=False))  # 'But ultimately, X says, B'
    parts = [lead, trim_part(text, a1, item.end, joins=False)]  # 'A, they said, and B'
    parts = [(s, e) for s, e in parts if WORD_RE.search(text, s, e)  # not the 'If' of 'If, as I said, A'
             and (text[s:e].lower() not in LONE_WORDS
                  or kept_opening(ctx, s, e))]
    if len(parts) > 1 and _participle_frame(doc[ctx.token_at(parts[0][0])], doc[ctx.token_at(parts[1][0])]):
        parts = parts[1:]  # 'Asked about A, he said, B': the writer's setting of the answer
    if not parts:
        return
    parts = parts if len(parts) > 1 else [trim_part(text, *parts[0])]  # 'But, he said, B': B alone
    item.start, item.end = parts[0][0], parts[-1][1]
    item.parts = parts if len(parts) > 1 else []




def _participle_frame(tok: Token, rest: Token) -> bool:
    """A participle clause opening a sentence ('Asked about X', 'Speaking in Y'): the setting, not
    the claim, when the rest has a subject of its own (not 'Riding alone, they said, can be …')."""
    while rest.is_quote and rest.i + 1 < len(rest.doc):
        rest = rest.doc[rest.i + 1]
    participle = tok.tag_ in ("VBN", "VBG") or (tok.tag_ == "VBD" and not any(  # 'Asked' tagged a past
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children))
    return (participle and tok.dep_ == "advcl" and rest.pos_ not in VERBS
            and (tok.i == 0 or tok.is_sent_start or tok.doc[tok.i - 1].is_space))
