"""Attributions after their content: cataphoric ones ('This was stated by X' after a paragraph),
and trailing ones whose content the parse did not hang on the cue ('…, business lobby group the CBI
says.', '…, Uganda's New Vision newspaper reports.', '…, official figures have shown.'). The parse
makes such a verb a relative clause of the subject's apposition, a clause of the content's verb or a
conjunct; the words tell the attribution: a comma, a subject with no verb of its own, the cue, and
nothing after it but the addressee and adverbials ('told MPs', 'last month') up to the full stop.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from pipeline.quotes.abbreviation_stops import abbreviation_stop
from pipeline.quotes.closing_sources import closing_source
from pipeline.quotes.cues import (
    ADDRESSEE_LEMMAS,
    CLAIM_NOUNS,
    EVIDENCE_LEMMAS,
    FINITE_VERBS,
    SPEECH_LEMMAS,
    SPEECH_NOUNS,
    VERBS,
    is_speech_cue,
)
from pipeline.quotes.doc import Ctx
from pipeline.quotes.edges import FINITE_TAGS
from pipeline.quotes.marks import WORD_RE
from pipeline.quotes.nouns import that_clause
from pipeline.quotes.spans import DATELINE_RE, tok_span

_CAPS_DATELINE_RE = re.compile(r"[A-Z][A-Z'-]{3,20}(?: [A-Z][A-Z'-]{2,20})?\.\s+")  # 'KYIV. '
_ANAPHORS = {"this", "that", "these", "those"}
_BE_ALSO = {"is", "was", "are", "were", "'s", "all", "also", "again"}
MAX_SUBJECT_TOKENS = 14  # 'the International Federation of the Phonographic Industry (IFPI)'
MAX_AFTER_TOKENS = 8  # 'told the BBC News website on Tuesday'
_STOPS = {".", "!", "?"}
_PERFECT = {"have", "has", "had"}
_WH = {"WDT", "WP", "WP$", "WRB"}
_HEADS = {"NOUN", "PROPN", "PRON"}
_MODIFIERS = {"compound", "amod"}  # a participle naming a kind ('monitoring' in 'monitoring company')
_ASKING = {"demand", "wonder", "inquire", "enquire"}  # verbs of asking, of a question before them


def trailing_span(ctx: Ctx, verb: Token) -> tuple[int, int, str] | None:
    """The sentence before a trailing attribution the parse did not link ('…, the CBI says.')."""
    bounds = trailing_tokens(verb, ctx.in_quote)
    span = None if bounds is None else tok_span(ctx, bounds[0], bounds[1], verb)
    return None if span is None else (span[0], span[1], "trailing")


def trailing_tokens(verb: Token, in_quote) -> tuple[int, int] | None:
    """Token bounds of the content before a trailing attribution with cue `verb`, or None."""
    lemma = verb.lemma_.lower()
    asking = lemma in _ASKING  # '…, he demanded.' of a question only
    if (lemma not in SPEECH_LEMMAS and lemma not in EVIDENCE_LEMMAS and not asking) or not _finite(verb):
        return None
    doc = verb.doc
    inverted = _inverted_subject(verb) or closing_source(verb)  # '…, said X.', '…, shows a study.'
    last = inverted.right_edge.i if inverted is not None else verb.i
    if not _closes_sentence(doc, verb, lemma in ADDRESSEE_LEMMAS, last):
        return None
    comma = verb.i - 1 if inverted is not None else _subject_comma(doc, verb)
    # a mark or wh-word of the cue's own ('as X said'), not one the parse took from the content before
    if comma is None or any((c.dep_ in ("ccomp", "xcomp") and c.i > verb.i) or (
            (c.dep_ == "mark" or c.tag_ in _WH) and c.i > comma) for c in verb.children):
        return None
    lo = _sentence_start(doc, comma)
    words = [t for t in doc[lo:comma] if not in_quote(t)]
    if not any(t.tag_ in FINITE_TAGS for t in words) or any(is_speech_cue(t) and _finite(t) for t in words):
        return None  # 'In December, the firm claimed …': no clause before the comma; nor one of saying
    if asking and not (doc[lo].tag_ in _WH or doc[lo].tag_ == "MD" or doc[lo].pos_ == "AUX"):
        return None  # 'Why will X not …, he demanded.', not 'The fees were cut, they demanded.'
    return lo, comma - 1


def _finite(verb: Token) -> bool:
    """'says', 'reported', 'have shown'."""
    return verb.tag_ in FINITE_VERBS or (verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in _PERFECT for c in verb.children))


def _inverted_subject(verb: Token) -> Token | None:
    """The subject after a cue right after a comma ('…, said the company's chief executive')."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or verb.lemma_.lower() not in SPEECH_LEMMAS:
        return None
    subj = next((c for c in verb.rights if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if subj is None or subj.right_edge.i - verb.i > MAX_SUBJECT_TOKENS or any(
            (t.pos_ in VERBS and t.dep_ not in _MODIFIERS) or t.tag_ in _WH or t.is_quote or "\n" in t.text
            for t in doc[verb.i + 1:subj.right_edge.i + 1]):  # 'network monitoring firm X' has no verb
        return None
    return subj


def _closes_sentence(doc: Doc, verb: Token, addressee: bool, last: int) -> bool:
    """Nothing after the cue (and its subject, ending at token `last`) but adverbials, and the
    addressee of a verb of telling, up to a stop."""
    for t in doc[last + 1:last + 2 + MAX_AFTER_TOKENS]:
        if t.text in _STOPS:
            return True
        if t.pos_ in VERBS or t.is_quote or "\n" in t.text or t.tag_ in _WH:
            return False
        if t.head.i == verb.i and t.dep_ in ("dobj", "dative", "attr", "acomp") and not addressee:
            return False
    return False


def _subject_comma(doc: Doc, verb: Token) -> int | None:
    """The comma before the cue's subject: the words between hold a noun and no verb, conjunction or
    relative word of their own."""
    k = _comma_before(doc, verb, verb.i - 1)
    if k is not None and k == verb.i - 1:  # '…, her aide, Tom Reed, told X': a name set off by commas
        name = _comma_before(doc, verb, k - 1)
        k = None if name is None or not any(t.pos_ == "PROPN" for t in doc[name + 1:k]) else (
            _comma_before(doc, verb, name - 1))
        if k is None or k == name - 1 or doc[k + 1].pos_ in ("ADP", "SCONJ", "CCONJ"):
            return None  # not '…, as one of them, X, reported'
        return k if any(t.pos_ in ("NOUN", "PROPN") for t in doc[k + 1:name]) else None
    return k


def _comma_before(doc: Doc, verb: Token, k: int) -> int | None:
    """The comma before the words that end at token `k` and hold a noun and no verb, conjunction or
    relative word of their own; `k` itself when it is a comma."""
    while k > 0 and doc[k].text != ",":
        t = doc[k]
        if ((t.pos_ in VERBS and not (t.dep_ == "aux" and t.head.i == verb.i)) or t.is_quote
                or "\n" in t.text_with_ws or t.tag_ in _WH or t.pos_ == "SCONJ"
                or (t.pos_ == "CCONJ" and t.head.pos_ not in _HEADS)  # 'MPs and peers' is one subject
                or verb.i - k > MAX_SUBJECT_TOKENS):
            return None
        k -= 1
    if k <= 0 or doc[k].text != ",":
        return None
    end = verb.i if doc[verb.i - 1].text != "," or k == verb.i - 1 else verb.i - 1
    return k if k == verb.i - 1 or any(t.pos_ in _HEADS for t in doc[k + 1:end]) else None


def _sentence_start(doc: Doc, comma: int) -> int:
    """The first token of the sentence holding `comma`: after the last stop (not a short form's,
    'R-Ky., a pilot') or line break before it."""
    j = comma - 1
    while j >= 0 and (doc[j].text not in _STOPS or abbreviation_stop(doc, j)) and "\n" not in doc[j].text:
        j -= 1
    return j + 1


def cataphoric_span(ctx: Ctx, verb: Token) -> tuple[int, int] | None:
    """'This was stated by X', 'These remarks were made by X': the sentence before, or the
    paragraph before when the attribution opens its own paragraph."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    lemma = verb.lemma_.lower()
    made = lemma == "make" and subj is not None and subj.lemma_.lower() in SPEECH_NOUNS  # 'remarks were made'
    if subj is None or not (lemma in SPEECH_LEMMAS or made):
        return None
    if subj.lower_ not in _ANAPHORS and not any(c.dep_ == "det" and c.lower_ in _ANAPHORS
                                                for c in subj.children):
        return None
    span = previous_span(ctx, verb.sent.start)
    if span is not None and subj.lemma_.lower() in CLAIM_NOUNS:  # 'That charge was denied by X'
        return named_claim(ctx, *span) or span
    return span


def named_claim(ctx: Ctx, start: int, end: int) -> tuple[int, int] | None:
    """The 'that' clause of a noun of saying or belief closing the sentence start..end ('X was speaking
    amid claims that A'): the claim a 'That charge' after it names, without the writer's setting."""
    doc, last = ctx.doc, ctx.token_at(end - 1)
    for tok in doc[ctx.token_at(start):last]:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in CLAIM_NOUNS:
            continue
        clause = that_clause(tok, ("acl", "ccomp"), last - 1)
        if clause is not None:
            return tok_span(ctx, clause.left_edge.i, clause.right_edge.i, tok)
    return None


def anaphoric_according(ctx: Ctx, to: Token) -> tuple[int, int] | None:
    """'That is according to X', 'This was all according to X': the sentence (or paragraph) before."""
    words = [t.lower_ for t in ctx.doc[to.sent.start : to.i - 1] if not t.is_punct]
    if not words or words[0] not in _ANAPHORS or not set(words[1:]) <= _BE_ALSO or len(words) > 4:
        return None
    return previous_span(ctx, to.sent.start)


def previous_span(ctx: Ctx, sent_start: int) -> tuple[int, int] | None:
    """The sentence before the one opening at token `sent_start`, or the paragraph before when
    that sentence opens its own paragraph (a dateline left out)."""
    doc, text = ctx.doc, ctx.text
    start = doc[sent_start].idx
    before = text[:start].rstrip()
    if not before:
        return None
    if "\n" in text[len(before):start] or not before.strip():
        lo = before.rfind("\n") + 1  # the paragraph before
    else:
        prev = doc[sent_start - 1].sent
        lo = doc[prev.start].idx
    hi = len(before)
    while hi > lo and text[hi - 1] in ".!?;:":
        hi -= 1
    while lo < hi and text[lo].isspace():
        lo += 1
    m = DATELINE_RE.match(text, lo, hi) or _CAPS_DATELINE_RE.match(text, lo, hi)
    lo = m.end() if m else lo
    return (lo, hi) if WORD_RE.search(text, lo, hi) else None
