"""Beliefs held by the subject of a copula and an adjective ('X is confident that A', 'X remains
convinced A'), and the quote a colon after one opens ('X is confident: "…"'): the adjectives come
from data/quote_cues.json (belief_adjectives)."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes import cues
from pipeline.quotes.cues import BELIEF_ADJECTIVES, colon_before
from pipeline.quotes.doc import Ctx
from pipeline.quotes.quoted_cues import felt

_PERSONAL = {"i", "you", "it", "this", "that"}  # the writer's or reader's thoughts; no holder
_VERBS = {"VERB", "AUX"}
_DEGREE = {"enough", "so", "too"}  # 'concerned enough that they …': a result, not the belief
_QUESTION = {"whether", "if"}  # 'not sure whether …': no claim held


def holder(adj: Token, quoted: bool = False) -> Token | None:
    """The subject of the copula a belief adjective completes ('The minister was adamant'), or of a
    quoted participle of feeling ('The club is "saddened"', see quoted_cues.felt)."""
    if quoted and felt(adj):
        verb, dep = adj, "nsubjpass"
    elif adj.dep_ == "acomp" and adj.head.pos_ in _VERBS:
        verb, dep = adj.head, "nsubj"
    else:
        return None
    subj = next((c for c in verb.children if c.dep_ == dep and c.i < adj.i), None)
    return None if subj is None or subj.lower_ in _PERSONAL else subj


def held_clause(adj: Token, quoted: bool = False) -> Token | None:
    """The clause after a belief adjective (any adjective the holder's own words, `quoted`: see
    quoted_cues) with a holder, on the adjective or on its copula (the parse hangs it on either),
    when it has a subject of its own ('sure that A', not 'sure to win')."""
    believed = quoted or adj.lower_ in BELIEF_ADJECTIVES
    if not cues.INCLUDE_BELIEF or not believed or holder(adj, quoted) is None or any(
            c.lower_ in _DEGREE for c in adj.children):
        return None
    clause = next((c for c in adj.children if c.dep_ == "ccomp" and c.i > adj.i), None) or next(
        (c for c in adj.head.children if c.dep_ == "ccomp" and c.i > adj.i), None)
    if clause is None or clause.pos_ not in _VERBS or not any(
            s.dep_ in cues.CLAUSE_SUBJECTS for s in clause.children) or any(
            m.dep_ == "mark" and m.lower_ in _QUESTION for m in clause.children):
        return None
    return clause


def adjective_before(ctx: Ctx, start: int) -> Token | None:
    """The belief adjective with a holder that closes the words before a colon opening a quote at
    `start` ('Mr X is confident though: "I think …"', 'She remains optimistic:'), past adverbs."""
    colon = colon_before(ctx, start)
    if colon is None or not cues.INCLUDE_BELIEF:
        return None
    j = colon.i - 1
    while j > 0 and ctx.doc[j].pos_ == "ADV":
        j -= 1
    adj = ctx.doc[j]
    if adj.pos_ != "ADJ" or adj.lower_ not in BELIEF_ADJECTIVES or ctx.in_quote(adj):
        return None
    return adj if holder(adj) is not None and not any(c.lower_ in _DEGREE for c in adj.children) else None


_MADE = {"clear", "plain"}  # 'made (it) clear that A': a statement, the clause is its content


def made_clear(verb: Token) -> Token | None:
    """The clause of 'X made (it) clear (that) A' / 'X has made plain A', with a subject of its own,
    after the adjective; the parse hangs it on the verb or the adjective."""
    doc = verb.doc
    if verb.lemma_ != "make" or verb.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    k = verb.i + 1 + (verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "it")
    if k >= len(doc) or doc[k].lower_ not in _MADE:
        return None
    adj = doc[k]
    return next((c for c in (*adj.children, *verb.children) if c.i > adj.i and c.dep_ in ("ccomp", "advcl")
                 and c.pos_ in _VERBS and any(s.dep_ in cues.CLAUSE_SUBJECTS for s in c.children)
                 and all(m.lower_ == "that" for m in c.children if m.dep_ == "mark")), None)  # not 'if A'
