"""A quoted paragraph run on into narration: some archives lose the breaks between a quote's paragraph
and the next ('"A." Actress X lives in Y.' on one line), so a quote opening its paragraph is followed by
sentences that are not its attribution. Such a quote, a whole sentence or more, goes on with the speaker
of the paragraph before, unless the sentence after it may attribute it to someone else: a verb of saying
with no content of its own ('"A." Y said that B.' reports B, not A) or any main verb ending its sentence
('"A?" Y demanded.').
Between the parts of an interrupted quote may stand its attribution and narration about the speaker or
the matter (PolNeAR joins '"A," X said. The town has Y. "B."' as one quote), but not a sentence in which
another named person speaks or acts ('"A," X said. Y shook her head. "B."'): B may be Y's."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.quotes.cues import PRONOUNS, is_speech_cue
from pipeline.quotes.doc import Ctx
from pipeline.quotes.inverted_reports import closes_clause
from pipeline.quotes.marks import ends_sentence

_SUBJECTS = ("nsubj", "nsubjpass")
_CONTENT = ("ccomp", "xcomp", "dobj")  # 'Y said that B', 'Y urged them to B', 'Y denied it'
_TAIL = 4  # tokens from a verb to its sentence end: 'Y demanded.', 'Y agreed on Monday.'



def runs_on(ctx: Ctx, start: int, end: int, speaker: dict | None) -> bool:
    """The quote [start, end) closes a sentence of its own (on a stop inside or right after its mark),
    and the sentence after it in its paragraph has no verb of saying without content of its own whose
    subject is someone other than `speaker` (a pronoun or a word of `speaker`'s name is the same one)."""
    if not ends_sentence(ctx.text, start, end):
        return False  # neither '… B."' nor '… B".'
    i = ctx.token_at(end)
    while i < len(ctx.doc) and (ctx.doc[i].idx < end or ctx.doc[i].is_punct):
        i += 1
    if i >= len(ctx.doc):
        return True
    if ctx.doc[i].is_lower:
        return False  # '"No!" the crowd cried out.': the quote's sentence goes on with its attribution
    sent = ctx.doc[i].sent
    if ctx.para_of(sent.end_char) != ctx.para_of(end):
        sent = ctx.doc[i:ctx.token_at(ctx.text.find("\n", end))]
    for tok in sent:
        if ctx.in_quote(tok) or any(c.dep_ in _CONTENT for c in tok.children):
            continue
        if (not is_speech_cue(tok) and not _closing_verb(tok, sent.end)) or closes_clause(ctx, tok, end):
            continue  # nor 'B did C, Y said': the clause before is Y's words
        if any(names_other(speaker, subj) for subj in tok.children if subj.dep_ in _SUBJECTS):
            return False
    return True


def names_other(speaker: dict | None, subj: Token) -> bool:
    """`subj` is someone other than `speaker`: not a pronoun, and no word of `speaker`'s name in its
    phrase ('Smith' and 'Mr Smith' are the same one)."""
    if subj.lower_ in PRONOUNS:
        return False
    said = {w.lower() for w in ((speaker or {}).get("name") or "").split()}
    return not said & _words(subj.subtree)


def _words(tokens) -> set[str]:
    """The lowered words of a phrase that can tell one speaker from another: no 'a', 'the', 'of'."""
    return {t.lower_ for t in tokens if not t.is_stop and not t.is_punct}


def _closing_verb(tok: Token, sent_end: int) -> bool:
    """A main verb at the end of its sentence ('"…?" Y demanded.'): it may attribute the quote before."""
    return tok.pos_ == "VERB" and tok.dep_ == "ROOT" and sent_end - tok.i <= _TAIL


def another_speaks(ctx: Ctx, cue: Token | None, speaker: dict | None, end: int, start: int) -> bool:
    """A sentence between a quote's `end` and the quote at `start`, after the one of `cue`, whose verb
    of saying has another named subject ('"A," said X. Earlier Y said B. "C."'): C is not X's."""
    if cue is None:
        return False
    return _speaks(_between(ctx, cue, end, start), speaker, _said(cue))


def another_between(ctx: Ctx, cue: Token | None, speaker: dict | None, end: int, start: int) -> bool:
    """`another_speaks`, or a sentence in that stretch whose main verb has a person's name for subject,
    someone other than `speaker` ('"A," said X. Y nodded. "B."'): the cue's subject and the stretch
    read once for both."""
    if cue is None:
        return False
    span, said = _between(ctx, cue, end, start), _said(cue)
    return _speaks(span, speaker, said) or _acts(ctx, span, speaker, said, start)


def _said(cue: Token) -> set[str]:
    """The words of the cue's subject (`_words`)."""
    return _words(t for c in cue.children if c.dep_ in _SUBJECTS for t in c.subtree)


def _between(ctx: Ctx, cue: Token, end: int, start: int) -> Span:
    """The tokens from a quote's `end` (not before the end of `cue`'s sentence) to the quote at `start`."""
    return ctx.doc[max(ctx.token_at(end), cue.sent.end):ctx.token_at(start)]


def _speaks(span: Span, speaker: dict | None, said: set[str]) -> bool:
    """A verb of saying in `span` with a subject other than `speaker` and the cue's (`said`)."""
    for t in span:
        subj = next((c for c in t.children if c.dep_ in _SUBJECTS), None) if is_speech_cue(t) else None
        if subj is not None and names_other(speaker, subj) and not said & _words(subj.subtree):
            return True
    return False


def _acts(ctx: Ctx, span: Span, speaker: dict | None, said: set[str], start: int) -> bool:
    """A sentence of `span` whose main verb has a person's name outside quotes for subject, other than
    `speaker` and the cue's (`said`), not named in the quote at `start`."""
    for sent in {t.sent for t in span}:
        subj = next((c for c in sent.root.children if c.dep_ in _SUBJECTS), None)
        if (subj is not None and _person(subj) and not ctx.in_quote(subj)
                and names_other(speaker, subj) and not said & _words(subj.subtree)
                and not _named_in_quote(ctx, subj, start)):
            return True
    return False


def _named_in_quote(ctx: Ctx, subj: Token, start: int) -> bool:
    """The quote at `start` names the person who acted ('Y looks fit. "Y is a fine player"'): it is
    about Y, not Y's."""
    inside = ctx.quotes.overlapping(start, start + 1)
    if not inside:
        return False
    s, e = ctx.quotes.spans[inside[0]]
    words = set(re.findall(r"\w+", ctx.text[s:e]))
    return any(t.ent_type_ == "PERSON" and t.text in words for t in subj.subtree)


def _person(subj: Token) -> bool:
    """A person's name, or a title with the name after it ('Her coach, Ann Lee'); not 'Lee's team'
    nor 'the Lee poster'."""
    return any(t.ent_type_ == "PERSON" for t in (subj, *(c for c in subj.rights if c.dep_ == "appos")))
