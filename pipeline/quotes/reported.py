"""Reported speech from the dependency parse: for each word that may be a cue, the content of
its clause (`cue_contents.py`), an adjective's or a noun's, 'according to X', a poll, and the
paragraph after 'X added:'; parts around an interrupting attribution.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes import cues
from pipeline.quotes.acts import claims
from pipeline.quotes.adjectives import held_clause, made_clear
from pipeline.quotes.adverbs import around_adverb, reported_clause, shared_subject
from pipeline.quotes.attached import keep_fronted, keep_reason
from pipeline.quotes.bounds import cut_clause
from pipeline.quotes.closing_sources import closing_source
from pipeline.quotes.cue_contents import clause_span, joined_on
from pipeline.quotes.cue_gaps import GAPPED, leave_out_cue
from pipeline.quotes.cues import APPEARANCE_LEMMAS, VERBS, is_according, is_cue
from pipeline.quotes.doc import Ctx, Item
from pipeline.quotes.edges import LONE_WORDS, trim_part
from pipeline.quotes.hearings import heard_tokens
from pipeline.quotes.inverted_asides import inverted_aside, split_around
from pipeline.quotes.labels import block_span
from pipeline.quotes.marks import WORD_RE
from pipeline.quotes.nested_relatives import cut_closing_relative
from pipeline.quotes.nouns import held_noun, noun_cue, noun_span
from pipeline.quotes.openers import kept_opening, orphan_phrase
from pipeline.quotes.passive import leave_out_agent, leave_out_hung_agent, passive_span, predicated_span
from pipeline.quotes.passive_subjects import keep_passive_subject
from pipeline.quotes.regard import regard_span
from pipeline.quotes.relative import (
    keep_relative_object,
    keep_relative_subject,
    leave_out_relative_attribution,
    relative_item,
)
from pipeline.quotes.runons import attribution_end
from pipeline.quotes.scan import cue_candidates
from pipeline.quotes.sources import according_span, leave_out_according, poll_span
from pipeline.quotes.spans import tok_span
from pipeline.quotes.stances import (
    appearance_span,
)
from pipeline.quotes.subjects import appended_name
from pipeline.quotes.told import told_span
from pipeline.quotes.trailing import cataphoric_span, trailing_span

_STOPS = {".", "!", "?"}


def _with_subject(ctx: Ctx, item: Item) -> Item:
    """A report adverb's clause with the subject its verb shares, as a first part ('X have played A
    but have reportedly not toured': 'X', 'have' and 'not toured'), the adverb in mid-clause left out
    as its attribution ('X was reportedly on the flight': 'X was' and 'on the flight')."""
    subj = shared_subject(item.cue)
    if subj is not None and ctx.doc[subj[1]].idx < item.start:
        first = (ctx.doc[subj[0]].idx, ctx.doc[subj[1]].idx + len(ctx.doc[subj[1]]))
        item.parts, item.start = [first, (item.start, item.end)], first[0]
    pieces = around_adverb(item.pieces(), item.cue, ctx.text)  # 'X was [reportedly] on the flight'
    item.parts = pieces if len(pieces) > 1 else item.parts
    return item


def reported(ctx: Ctx) -> list[Item]:
    """Indirect quotes from the parse: cue verbs with a content clause, 'according to X'."""
    items, doc = [], ctx.doc
    for i in cue_candidates(ctx):  # no Token for the words that cannot be cues
        tok = doc[i]
        pos = tok.pos_
        quoted = ctx.in_quote(tok)  # only quoted predicates are candidates inside quote marks
        held = held_clause(tok, quoted) if pos == "ADJ" or quoted else None
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
        if i in ctx.cols.agent_heads and (tok.dep_ in ("ROOT", "conj") or (  # the parse may hang it
                tok.dep_ == "ccomp" and tok.head.pos_ != "VERB")):  # on 'X reports'
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
                leave_out_cue(ctx, items[-1], tok)  # 'X seems to Y': 'X' and 'to Y'
            continue
        polled = poll_span(ctx, tok) if pos == "ADP" else None
        if polled is not None:  # 'In a new poll, X leads'
            items.append(Item(polled[0], polled[1], "indirect", cue=tok, how="poll"))
            leave_out_cue(ctx, items[-1], tok)  # 'X, in her view, is Y': 'X' and 'is Y'
            continue
        heard = heard_tokens(tok) if pos in VERBS else None
        span = None if heard is None else tok_span(ctx, heard[0], heard[1], tok)
        if span:  # 'A, an Election Court has heard.': a court report, no speaker named
            items.append(Item(span[0], span[1], "indirect", cue=tok, how="heard"))
            continue
        according = is_according(tok)
        if according or is_cue(tok, stances=True):
            span = according_span(ctx, tok) if according else (
                (closing_source(tok) and trailing_span(ctx, tok))  # 'A, predicts a study.': A, not the study
                or clause_span(ctx, tok) or block_span(ctx, tok) or trailing_span(ctx, tok)
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
                                              and joined_on(tok) is not None):
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
                elif span[2] in GAPPED:  # 'X is expected to Y': 'X' and 'to Y'
                    leave_out_cue(ctx, item, tok)
                elif span[2] in ("oprd", "prep", "xcomp", "dobj"):
                    leave_out_hung_agent(ctx, item, tok)  # 'was told to X by Y': Y is the speaker
                    keep_relative_object(item, tok)
                    keep_relative_subject(ctx, item, tok)  # 'which they say left X'
                    keep_passive_subject(ctx, item, tok, span[2])  # 'X is accused of Y': 'X', 'of Y'
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
    joined = joined_on(verb)  # 'A, they said, and B': the attribution ends before 'and'
    last = doc[attribution_end(verb)] if joined is None else doc[
        joined.left_edge.i - (2 if joined.pos_ in VERBS else 1)]  # a phrase's part leaves out its 'and'
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
