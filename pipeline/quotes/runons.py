"""Where a reported clause runs into another attribution: a conjunct the speaker's next act opens
with a 'that' clause ('said A but accepted that B'), a conjunct with an attribution of its own
('said A and which, he claimed, B'), a quotation after a full stop ('was simple. "B"'), and the
words a fronted 'As X said,' leaves to the claim ('As X claimed, for most families A'); and a
naming by a relative word ('what he called a "fantasy island"'), a claim of its own unless it
stands inside another's content."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.quotes.cues import (
    ATTITUDE_LEMMAS,
    CLAUSE_SUBJECTS,
    HOLDER_ENTS,
    PERSONAL,
    SPEAKING_NOUNS,
    is_speech_cue,
)
from pipeline.quotes.doc import Ctx, Item

_ASIDES = ("parataxis", "ccomp", "advcl")
_PLAIN = ("be", "have", "do")
_STOPS = {".", "!", "?"}
_MARKS = "\"'\u201c\u2018`"  # opening quote marks
_STOP_QUOTE_RE = re.compile(r"[.!?]\s*[" + _MARKS + "]")  # a stop, then an opening mark
_FIRST = {"i", "we"}  # the writer's own naming
_HUNG = ("prep", "advmod", "npadvmod")
_BREAKS = {"-", "--", "\u2013", "\u2014", ";"}  # where a new clause of the writer's opens
_KEPT = ATTITUDE_LEMMAS | frozenset(_PLAIN)  # 'said A but feared that B': said too


def own_attribution(tok: Token) -> bool:
    """A conjunct of a reported clause that holds an attribution of its own, set off by commas
    ('… and which, he claimed, would be thrown away'): another claim, reported on its own."""
    if tok.dep_ != "conj":
        return False
    doc = tok.doc
    return any(c.dep_ in _ASIDES and c.i < tok.i and is_speech_cue(c)
               and "," in (doc[c.left_edge.i].text, doc[c.left_edge.i - 1].text)
               and any(s.dep_ in CLAUSE_SUBJECTS for s in c.children) for c in tok.children)


def attributed_cut(ctx: Ctx, lo: int, hi: int) -> int:
    """`hi`, or the end before the first conjunct within lo..hi that holds an attribution of its own
    (see `own_attribution`), however deep the parse hung it: found from the commas that set the
    attribution off, not by a scan of every token."""
    if hi <= lo:
        return hi
    text, doc, end = ctx.text, ctx.doc, ctx.starts[hi]
    j = text.find(",", ctx.starts[lo], end)
    while j >= 0:
        comma = ctx.token_at(j)
        if lo < comma < hi and quoted_with(doc[comma + 1]):
            return comma - 1
        head = doc[comma].head  # the comma hangs on the aside or on the conjunct
        for conj in (head, head.head):
            if conj.dep_ == "conj" and lo < conj.left_edge.i and conj.i <= hi and own_attribution(conj):
                return conj.left_edge.i - 1
        j = text.find(",", j + 1, end)
    return hi


def introduced_cut(ctx: Ctx, lo: int, hi: int) -> int:
    """`hi`, or the end before another saying within lo..hi that introduces what follows its colon
    ('said A - years later he exclaimed: "B"'): a new attribution, not a part of the claim."""
    doc, text = ctx.doc, ctx.text
    end = ctx.starts[hi + 1] + 1 if hi + 1 < len(doc) else len(text)  # a colon right after the content too
    j = text.find(":", ctx.starts[lo], end)  # the text first: no token scan
    while j >= 0:
        verb = doc[max(lo, ctx.token_at(j) - 1)]
        subj = next((c for c in verb.children if c.dep_ in CLAUSE_SUBJECTS and c.i < verb.i), None)
        if (subj is not None and lo < subj.i and is_speech_cue(verb) and not ctx.in_quote(verb)
                and relative_word(verb) is None):  # 'what X said: B' names a part of the claim
            dash = next((t.i for t in reversed(doc[lo + 1:subj.i])
                         if t.text in _BREAKS and doc[t.i - 1].whitespace_), None)  # not 'death-bed'
            first = min(subj.left_edge.i, verb.left_edge.i) if dash is None else dash  # 'to which X said:'
            return first - 1 if first > lo + 1 else hi
        j = text.find(":", j + 1, end)
    return hi


def quoted_with(tok: Token) -> bool:
    """A 'with' phrase after a comma that holds another's words ('…, with X quoted as saying that
    B', '…, with X saying B'): an attribution of its own, not a part of the claim before it; not a
    passive participle ('…, with no date announced': a part of the claim)."""
    if tok.lower_ != "with":
        return False
    for c in [*tok.children, tok.head] if tok.dep_ == "mark" else tok.children:  # 'with' may mark the verb
        speaks = any(s.dep_ in CLAUSE_SUBJECTS and _speaking(s) for s in c.children)
        if c.dep_ in ("pcomp", "advcl") and speaks:
            said = [c] if c.lemma_ != "quote" else [g for a in c.children if a.lower_ == "as"
                                                    for g in a.children]  # 'quoted as saying'
            if any(v.tag_ == "VBG" and is_speech_cue(v) for v in said):
                return True
    return False


def _speaking(subj: Token) -> bool:
    """A subject that can speak: a named holder, a person's pronoun or a speaker noun ('its chairman');
    not 'the economy' of '…, with the economy adding 151,000 jobs'."""
    return (subj.ent_type_ in HOLDER_ENTS or subj.lower_ in PERSONAL
            or subj.lemma_.lower() in SPEAKING_NOUNS)


def conceded(clause: Token, tok: Token) -> bool:
    """A subjectless conjunct of a reported clause in the cue's own form with a 'that' clause right
    after it ('said A was B but accepted that C'): the speaker's next act, another claim, not a part
    of the first (a verb of thinking stays in: 'said A but feared that B'; so does a participle
    that shares a passive's auxiliary: 'said she was shocked at A and appalled that B')."""
    doc = tok.doc
    if tok.dep_ != "conj" or clause.tag_ == "VBN" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "that":
        return False
    cue = clause.head
    if tok.tag_ != cue.tag_ or tok.lemma_.lower() in _KEPT or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    return is_speech_cue(cue)


def attribution_end(verb: Token) -> int:
    """The last token of an attribution that opens its clause ('As X claimed,', 'But, he said,'):
    before a phrase after its comma that the parse hung on the cue but that opens the claim ('As X
    claimed, for most families A')."""
    doc, last = verb.doc, verb.right_edge.i
    if verb.head.i <= verb.i:
        return last
    hung = next((c for c in verb.rights if c.dep_ in _HUNG and c.right_edge.i == last
                 and doc[c.left_edge.i - 1].text == ","), None)
    return last if hung is None else hung.left_edge.i - 2


def fronted_start(verb: Token) -> int:
    """The first token of the claim after a fronted 'As X claimed,' (see `attribution_end`)."""
    return attribution_end(verb) + 1


def before_quotation(ctx: Ctx, lo: int, hi: int) -> int:
    """`hi`, or the end of the sentence before a quotation when a content that opens outside quote
    marks runs on past a full stop into it ('dismissing suggestions that A. "All I can say is B"'):
    the quotation is said apart, often by another."""
    doc, text, start = ctx.doc, ctx.text, ctx.starts[lo]
    if text[start] in _MARKS + "\u201d\u2019" or ctx.quotes.index_at(start) is not None:
        return hi
    for m in _STOP_QUOTE_RE.finditer(text, start, ctx.starts[hi]):  # the text first: no token scan
        tok = doc[ctx.token_at(m.start())]
        if lo < tok.i < hi and tok.text in _STOPS and doc[tok.i + 1].is_quote and not ctx.in_quote(tok) \
                and ctx.in_quote(doc[tok.i + 1]):
            return tok.i
    return hi



def relative_word(verb: Token, mid: bool = False) -> Token | None:
    """The relative word a verb takes as its object before it ('what X called', 'whom he described
    as'); with `mid`, none opening a sentence."""
    return next((c for c in verb.lefts if c.dep_ == "dobj" and c.tag_ in ("WP", "WDT")
                 and not (mid and c.is_sent_start)), None)


def relative_object(verb: Token) -> bool:
    """A verb whose object is the relative word before it ('what he called a "fantasy island"'): its
    one predicate is what it names the thing; not a question ('What do you call a boy who …'), the
    writer's idiom ('That's what I call a tough game') nor a proper name ('what it calls the Media
    Player': a product named, no claim)."""
    lefts = list(verb.lefts)
    if relative_word(verb, mid=True) is None:
        return False
    if any((a.dep_ == "aux" and a.lemma_ == "do") or (a.dep_ == "nsubj" and a.lower_ in _FIRST)
           for a in lefts):
        return False
    named = next((c for c in verb.rights if c.dep_ == "oprd"), None)
    words = [] if named is None else [t for t in named.subtree if t.is_alpha and t.dep_ != "det"]
    return not (words and all(t.is_title or t.pos_ == "PROPN" for t in words))


def named_inside(it: Item, kept: list[Item]) -> bool:
    """A naming by a relative word ('what he called a "fantasy island"') inside another content
    that is no stance: a part of that claim, not one of its own."""
    return it.cue is not None and it.how == "oprd" and relative_object(it.cue) and any(
        o is not it and o.how not in ("stance", "appearance") and o.start <= it.cue.idx < o.end for o in kept)
