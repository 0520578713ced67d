"""A clause after the one told that the parse took for a sentence of its own ('X told BBC Radio 4's
Today programme Mr Y had refused A') or for a clause of the one told ('told the BBC's Today
programme that A'), or whose subject the parse ran into the name of the one told ('told BBC News
Labour MPs would B': the content starts at 'Labour')."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import ADDRESSEE_LEMMAS, CLAUSE_SUBJECTS, SUBJECT_DEPS
from pipeline.quotes.doc import Ctx
from pipeline.quotes.edges import FINITE_TAGS
from pipeline.quotes.spans import tok_span

_COMPLEMENTS = ("ccomp", "xcomp", "prep")


def told_span(ctx: Ctx, verb: Token) -> tuple[int, int, str] | None:
    """The clause after the one told that the parse took for a sentence of its own ('X told BBC
    Radio 4's Today programme Mr Y had refused A'): no stop between them, and it has a subject and
    a finite verb of its own."""
    doc = ctx.doc
    if verb.lemma_.lower() not in ADDRESSEE_LEMMAS or any(c.dep_ in _COMPLEMENTS for c in verb.children):
        return None
    stray = _stray_clause(verb)
    if stray is not None:
        span = tok_span(ctx, stray.left_edge.i, stray.right_edge.i, verb)
        return None if span is None else (span[0], span[1], "told")
    told = next((c for c in verb.rights if c.dep_ in ("dobj", "dative")), None)
    that = next((t for c in verb.rights if c.dep_ in ("dobj", "dative") and (t := _that_clause(c))), None)
    if that is not None:
        span = tok_span(ctx, that.left_edge.i, that.right_edge.i, verb)
        return None if span is None else (span[0], span[1], "told")
    k = None if told is None else told.right_edge.i + 1
    if k is None or k >= len(doc) or not doc[k].is_sent_start or told.right_edge.i != verb.right_edge.i:
        return None
    root = doc[k].sent.root
    if (not doc[k - 1].is_alpha or "\n" in doc[k - 1].whitespace_ or root.tag_ not in FINITE_TAGS
            and not any(a.dep_ in ("aux", "auxpass") for a in root.children)
            or not any(s.dep_ in CLAUSE_SUBJECTS and s.left_edge.i == k for s in root.children)):
        return None
    span = tok_span(ctx, k, root.sent.end - 1, verb)
    return None if span is None else (span[0], span[1], "told")


def _that_clause(told: Token) -> Token | None:
    """A content clause the parse hung on the name of the one told ('told BBC Radio 4's Today
    programme that A'): opened by the conjunction 'that' (not a relative 'that' with a role in it),
    with a subject of its own, and closing the telling."""
    for c in told.subtree:
        first = c.doc[c.left_edge.i]
        if ((c.dep_ in ("acl", "relcl") or c.dep_ == "ccomp" and c.head == told) and c.head.i >= told.i and (
                first.lower_ == "that" and first.dep_ == "mark" and first.head.i == c.i
                or c.head == told and _bare(c))
                and c.right_edge.i == told.right_edge.i and told.right_edge.i == told.head.right_edge.i - (
                    told.doc[told.head.right_edge.i].is_punct)
                and any(s.dep_ in CLAUSE_SUBJECTS for s in c.children)):
            return c
    return None


def _bare(clause: Token) -> bool:
    """A clause hung on the name of the one told that opens right after that name with its own
    subject, a tense and a complement, so no relative clause missing its object ('told BBC Two's
    Newsnight programme there was a danger'; not 'told the people he met')."""
    first = clause.doc[clause.left_edge.i]
    subj = next((s for s in clause.children if s.dep_ in CLAUSE_SUBJECTS and s.left_edge.i == first.i), None)
    return (subj is not None and first.i == clause.head.i + 1 and first.tag_ not in ("WDT", "WP", "WP$")
            and first.lower_ != "that" and (clause.tag_ in FINITE_TAGS or any(
                a.dep_ in ("aux", "auxpass") for a in clause.children))
            and any(c.dep_ in _FILLED for c in clause.children))


_FILLED = ("dobj", "attr", "acomp", "ccomp", "oprd", "auxpass")


def _stray_clause(verb: Token) -> Token | None:
    """The clause right after the one told that the parse hung on a verb above the telling ('with X
    telling reporters on Monday she saw A', where 'saw' went to the main verb): a finite clause with
    a subject, opening with no stop or comma after the telling's last word."""
    k = verb.right_edge.i + 1
    if k >= len(verb.doc) or not any(c.dep_ in ("dobj", "dative") for c in verb.rights):
        return None
    first = verb.doc[k]
    c = next((a for a in [first, *first.ancestors] if a.left_edge.i == k and a.dep_ == "ccomp"), None)
    if c is None or c.head not in verb.ancestors or c.tag_ not in FINITE_TAGS or not any(
            s.dep_ in CLAUSE_SUBJECTS for s in c.children):
        return None
    return c


def swallowed_start(verb: Token, clause: Token) -> int | None:
    """Where the content clause's subject starts inside the phrase that also names the one told, when
    the parse ran them together: 'told BBC News Labour MPs would B' (the addressee with the clause's
    subject as its head, the clause with no subject of its own) or 'told the BBC Tory voters were A'
    (no one told, the clause's subject with the addressee in front). The addressee is a name that opens
    the phrase, with the common nouns of the outlet that follow it ('the Guardian newspaper')."""
    if verb.lemma_.lower() != "tell" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    if any(c.dep_ == "mark" and c.i < clause.i for c in clause.children):
        return None  # 'told the BBC News website that A': the clause's subject comes after its 'that'
    told = [c for c in verb.rights if c.dep_ in ("dobj", "dative") and c.i < clause.i]
    subj = next((s for s in clause.children if s.dep_ in SUBJECT_DEPS and s.i < clause.i), None)
    if subj is None and len(told) == 1 and told[0].right_edge.i + 1 == clause.left_edge.i:
        phrase = told[0]
    elif subj is not None and not told and subj.left_edge.i == verb.i + 1 == clause.left_edge.i:
        phrase = subj
    else:
        return None
    return _name_end(phrase)


def _name_end(phrase: Token) -> int | None:
    """The first word after the name that opens a noun phrase (and the outlet's nouns after it:
    'programme', 'newspaper'), if words of the phrase's own remain after it up to its head."""
    doc, k = phrase.doc, phrase.left_edge.i
    k += doc[k].dep_ == "det"
    if doc[k].ent_iob_ != "B" or doc[k].ent_type_ not in _ADDRESSEES:
        return None  # no name opens the phrase
    e_end = k + 1
    while e_end < len(doc) and doc[e_end].ent_iob_ == "I":
        e_end += 1
    end = next((i for i in range(k + 1, e_end) if doc[i].pos_ != "PROPN"), e_end)
    while end < phrase.i and doc[end].tag_ == "NN" and doc[end].dep_ == "compound":
        end += 1
    if end > phrase.i or doc[end].dep_ == "case" or not all(t.head.i >= end for t in doc[end:phrase.i]):
        return None
    return end


_ADDRESSEES = {"ORG", "PERSON", "NORP", "GPE", "FAC", "WORK_OF_ART"}
