"""Cue readings that attribute no claim (checked on PolNeAR train, where gold seldom annotates them):
the writer's hedge of an agentless raising passive ('X is believed to Y', 'is understood to have
been'), an act agreed ('agreed a rescue plan'), a purpose after a thing called ('a number people can
call to get help'), a claim held by a number a relative 'which' hangs on (a misparse: 'laws dating
from 1695 which determine A'), and what a holder did in their own document ('In his
report, Brown surprised experts by forecasting A'): the clause is narrated, its subject the holder;
a content of one pronoun ('acknowledges that', 'denied it'): what it stands for is elsewhere; a
firm's own figures reported ('reported its results'; 'reporting its famine', a correspondent's
coverage); a saying only tried ('any attempt to call the ground B'); and an agentless passive of
estimating ('X is estimated to cost B', 'it is estimated that A'): a figure the writer gives, no
one's estimate reported (none in PolNeAR train; 'estimated by X', 'X estimated that A' stay).
Cue tables: data/quote_cues.json (hedge_raising, act_objects).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotemarks import quote_cues
from pipeline.quotes.cues import ACT_LEMMAS, CLAUSE_SUBJECTS, has_to
from pipeline.quotes.doc import Ctx, Item
from pipeline.quotes.pronouns import POSSESSIVES
from pipeline.quotes.senses import other_sense
from pipeline.quotes.sources import is_view, qualified_clause, source_noun
from pipeline.quotes.stances import hedged_raising

_CUES = quote_cues()
HEDGE_RAISING: frozenset[str] = frozenset(_CUES["hedge_raising"])
_OPENERS = {"that", "whether", "if", "how", "why", "what"}  # a clause the parse took for an object
_OWN_REPORTS = {"report"}  # 'reported its results': the subject's own figures or coverage, no claim
_ITS = {"its", "their"}
_ATTEMPTS = {"attempt", "bid", "effort"}  # 'any attempt to call X Y': a saying tried, not made
_STAND_INS = {"that", "this", "it", "these", "those"}  # a content that only points at a claim
_FIGURING = {"estimate"}  # 'is estimated to cost B': the writer's figure when no one holds it


def claims(ctx: Ctx, items: list[Item]) -> list[Item]:
    """`items` without those that attribute no claim (`no_claim`) and without the reported speech
    inside their content, which stays as unreported as it was inside them ('X is thought to be A,
    whilst stressing B': no claim of stressing either)."""
    dropped = [(it.start, it.end, it) for it in items if no_claim(ctx, it)]
    if not dropped:
        return items
    gone = {id(it) for _, _, it in dropped}
    return [it for it in items if id(it) not in gone and (it.cue is None or not any(
        s <= it.cue.idx < e for s, e, _ in dropped))]


def no_claim(ctx: Ctx, item: Item) -> bool:
    """`item`'s cue reads as a hedge, an act or a narrated event, not as an attribution."""
    cue = item.cue
    if cue is None:
        return False
    lemma = cue.lemma_.lower()
    if _supposed(cue):
        return True  # 'any attempt to call X Y'
    if _stand_in(ctx, item):
        return True  # 'X acknowledges that': the claim is the sentence before
    if other_sense(ctx.doc, item):
        return True  # 'finding out how A', 'recalled nine players', 'Let us say that B'
    if cue.dep_ == "relcl" and cue.head.pos_ == "NUM" and any(
            c.dep_ == "nsubj" and c.tag_ == "WDT" for c in cue.children):
        return True  # 'laws dating from 1695 which determine A': a number holds no claim
    if hedged_raising(cue):
        return True  # 'X could be said to be Y': the writer's hedge, whatever rule found it
    if lemma in _FIGURING and _unheld(cue):
        return True  # 'X is estimated to cost B', 'it is estimated that A'
    if item.how == "expected":
        return lemma in HEDGE_RAISING
    if item.how == "dobj" and lemma in _OWN_REPORTS:
        return _own_object(cue)
    if item.how == "dobj" and lemma in ACT_LEMMAS:
        return _act_object(cue)
    if item.how == "poll":
        return _own_document(cue)
    if item.how == "xcomp":
        return _thing_called(cue)
    return False


def _unheld(verb: Token) -> bool:
    """A passive with no 'by' agent ('is estimated to', 'it was estimated that')."""
    kids = list(verb.children)
    return any(c.dep_ == "auxpass" for c in kids) and not any(c.dep_ == "agent" for c in kids)


def _own_object(verb: Token) -> bool:
    """A noun object an organisation's possessive pronoun holds ('reported its results'; not 'reported
    her presence on the site', a person's doing)."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    return obj is not None and obj.pos_ == "NOUN" and any(
        c.dep_ == "poss" and c.lower_ in _ITS for c in obj.children)


def _supposed(verb: Token) -> bool:
    """The infinitive of an attempt noun ('any attempt to call the ground B'): a saying tried, not made.
    A saying under 'if' stays ('if you are saying A'): PolNeAR train annotates it."""
    return (verb.dep_ == "acl" and verb.head.lemma_.lower() in _ATTEMPTS
            and has_to(verb))


def _stand_in(ctx: Ctx, item: Item) -> bool:
    """The content is one pronoun that points at a claim made elsewhere ('acknowledges that')."""
    tok = ctx.doc[ctx.token_at(item.start)]
    return tok.idx == item.start and tok.idx + len(tok) == item.end and tok.lower_ in _STAND_INS


def _thing_called(verb: Token) -> bool:
    """'a number that people can call to get information': the object is a thing (a 'that' or 'which'),
    so the infinitive is a purpose, not what the object is asked to do ('called on X to Y')."""
    return any(c.dep_ == "dobj" and c.tag_ == "WDT" for c in verb.children) and not any(
        c.dep_ == "prep" for c in verb.children)


def _act_object(verb: Token) -> bool:
    """'agreed a deal': a noun object that opens no clause (misparsed clauses stay: 'agreed that A',
    'agreed the law, which dates from 1701, was unfair')."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or verb.doc[obj.left_edge.i].lower_ in _OPENERS:
        return False
    return not any(c.dep_ == "conj" and c.lemma_ == "be" and c.i > obj.i and not any(
        s.dep_ in CLAUSE_SUBJECTS for s in c.children) for c in verb.children)  # 'agreed the Act … was'



def _own_document(prep: Token) -> bool:
    """'In his report, Brown surprised experts': a possessed document (not a view) whose holder is the
    clause's own subject, a name or a personal pronoun: what the holder did, not the document's claim."""
    noun = source_noun(prep)
    if noun is None or is_view(prep):
        return False
    if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in noun.children):
        return False
    verb = qualified_clause(prep)
    subj = None if verb is None else next((c for c in verb.children if c.dep_ in CLAUSE_SUBJECTS), None)
    return subj is not None and (subj.pos_ == "PROPN" or subj.lower_ in ("he", "she", "they", "it"))
