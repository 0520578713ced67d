"""The cue of a quoted sentence with none of its own, in the sentence just before it: a speech verb
that took no words of its own ('Iowa State's Dianne Bystrom agreed. "…"', 'X said in a statement.
"…"', 'Howard continued his remarks. "…"'), or a noun of stance its subject holds or gives ('X, editor
of Y, has a rather partisan viewpoint. "…"', 'X gave a blunt answer. "…"'); its subject is the
quote's speaker."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotemarks import quote_cues
from pipeline.quotes.cues import SPEECH_NOUNS, VIEW_NOUNS, is_cue, is_speech_cue
from pipeline.quotes.doc import Ctx, Item
from pipeline.quotes.edges import FINITE_TAGS
from pipeline.quotes.subjects import find_subject

_CONTENT_DEPS = {"ccomp", "xcomp", "parataxis"}  # a verb with such a clause said something of its own
_STANCE_NOUNS = (frozenset(quote_cues()["stance_nouns"]) | frozenset(quote_cues()["copula_nouns"])
                 | SPEECH_NOUNS | VIEW_NOUNS) - {"eye", "words", "point", "charge"}
_STANCE_VERBS = frozenset(quote_cues()["stance_verbs"])  # 'has a view', 'gave an answer'
_HOLDER_PREPS = {"of", "from", "by"}  # 'gave the verdict of the judges': another's


def _stop_before(ctx: Ctx, start: int) -> Token | None:
    """The full stop ending the sentence right before a quote opening at `start` (in its paragraph,
    or closing the paragraph before when the quote opens its own), outside quote marks."""
    before = ctx.text[:start].rstrip()
    gap = ctx.text[len(before):start]
    if not before.endswith(".") or gap.count("\n") > 2:
        return None
    stop = ctx.doc[ctx.token_at(len(before) - 1)]
    return None if ctx.in_quote(stop) else stop


def sentence_cue(ctx: Ctx, start: int, kept: list[Item]) -> Token | None:
    """The cue in the sentence before a quote opening at `start`: its speech verb heading the
    sentence, no kept quote's cue, with a subject and no clause of its own; else its stance noun."""
    stop = _stop_before(ctx, start)
    if stop is None:
        return None
    used = {it.cue.i for it in kept if it.cue is not None}
    for tok in stop.sent:
        if (tok.i not in used and is_speech_cue(tok) and tok.tag_ in FINITE_TAGS and not ctx.in_quote(tok)
                and tok.dep_ == "ROOT" and not any(c.dep_ in _CONTENT_DEPS for c in tok.children)):
            return tok if find_subject(tok, ctx.quotes) is not None else None
    return stance_noun(ctx, stop)


def stance_noun(ctx: Ctx, stop: Token) -> Token | None:
    """The noun of stance closing a sentence, object of the finite verb heading it, that its subject
    holds or gives ('X has a rather partisan viewpoint', 'X offered a different explanation'): not
    a possessed one ('gave Y's answer', 'the verdict of Y'), nor one with words of its own ('a
    warning that A')."""
    root = stop.sent.root
    if (root.tag_ not in FINITE_TAGS or root.lemma_.lower() not in _STANCE_VERBS or ctx.in_quote(root)
            or any(c.dep_ in _CONTENT_DEPS for c in root.children)):
        return None
    noun = next((c for c in root.children if c.dep_ == "dobj"), None)
    if (noun is None or noun.lemma_.lower() not in _STANCE_NOUNS or noun.tag_ != "NN"
            or any(c.dep_ in ("poss", "acl", "relcl", "ccomp") or c.lower_ in _HOLDER_PREPS
                   for c in noun.children)
            or noun.right_edge.i + 1 < stop.i - 1):
        return None
    return noun if find_subject(noun, ctx.quotes) is not None else None


def subject_before(ctx: Ctx, start: int) -> Token | None:
    """The person the sentence right before a quote opening at `start` is about, when nothing else
    gives the quote a speaker: the named person or 'he'/'she' heading it ('Mr Blair went on to list
    his achievements. "…"'), with no other person named in it, no quote marks and no verb of saying."""
    stop = _stop_before(ctx, start)
    if stop is None:
        return None
    sent, root = stop.sent, stop.sent.root
    if root.pos_ not in ("VERB", "AUX") or ctx.quotes.overlapping(sent.start_char, sent.end_char):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.lower_ in ("he", "she")
                                or (subj.pos_ == "PROPN" and subj.ent_type_ == "PERSON")):
        return None
    own = {t.i for t in subj.subtree}
    if any((t.ent_type_ == "PERSON" and t.i not in own) or is_cue(t) for t in sent):
        return None
    return subj
