"""Noun cues: a speech noun with its 'that' clause ('his claim that …', 'the warning that …'), a belief
noun with its holder ('her fear that …', 'the party's hope that …'), and a topic noun with its holder
and prepositional object ('his attacks on X', 'made no mention of X'): the object is the content.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotemarks import quote_cues
from pipeline.quotes import cues
from pipeline.quotes.bounds import finite
from pipeline.quotes.cues import ANSWERING_LEMMAS, BELIEF_NOUNS, SPEECH_NOUNS, can_speak
from pipeline.quotes.doc import Ctx
from pipeline.quotes.received import VOICING_PREPS, reason_of, received, sent_by, voicing
from pipeline.quotes.spans import tok_span

TOPIC_NOUNS: frozenset[str] = frozenset(quote_cues()["topic_nouns"])
TOPIC_PREPS: frozenset[str] = frozenset(quote_cues()["topic_preps"])
INFINITIVE_NOUNS: frozenset[str] = frozenset(quote_cues()["infinitive_nouns"])  # 'his promise to A'
COPULA_NOUNS: frozenset[str] = frozenset(quote_cues()["copula_nouns"]) | SPEECH_NOUNS  # 'her point is that A'
_OWN = ("my", "our", "your")  # the writer's or the reader's

_JUDGING = cues.JUDGEMENT_LEMMAS & ANSWERING_LEMMAS  # 'rubbished suggestions that A'


def held_noun(noun: Token) -> bool:
    """A speech noun ('his claim that …'), a belief noun with its holder ('her fear that …', 'the
    party's hope that …'), or a topic noun with its holder ('his attacks on X')."""
    lemma = noun.lemma_.lower()
    if _judged(noun):
        return False  # 'dismissed claims that A': the judgement's own content, the claims and all
    if lemma in SPEECH_NOUNS or _copula_clause(noun) is not None:
        return True
    if lemma in TOPIC_NOUNS:
        return holder_of(noun) is not None or received(noun)  # 'X attracted criticism for A': no one's
    return cues.INCLUDE_BELIEF and lemma in BELIEF_NOUNS and (
        _possessor(noun) is not None or voiced_by(noun) is not None)


def voiced_by(noun: Token) -> Token | None:
    """The holder a speech or belief noun names in a phrase after it ('complaints from some of the
    party's MPs that A', 'fears from farmers that B', 'claims by X that C'): one who can speak."""
    lemma = noun.lemma_.lower()
    if lemma not in SPEECH_NOUNS and lemma not in BELIEF_NOUNS:
        return None
    for prep in noun.rights:
        if prep.dep_ != "prep" or prep.lower_ not in VOICING_PREPS:  # not 'fears among X that': on PolNeAR
            continue  # train its one case is not annotated apart from the sentence's own attribution
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        inner = obj
        while inner is not None and inner.pos_ in ("PRON", "DET", "NUM"):  # 'some of the MPs'
            of = next((c for c in inner.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            inner = None if of is None else next((c for c in of.children if c.dep_ == "pobj"), None)
        if inner is not None and (inner.pos_ == "PROPN" or inner.tag_ == "NNS" or (
                inner.pos_ == "NOUN" and (can_speak(inner) or inner.text[:2].isupper()))):  # 'MPs' as NN
            return obj
    return None


def noun_span(ctx: Ctx, noun: Token) -> tuple[int, int] | None:
    """The 'that' clause of a speech noun ('his claim that A', 'the warning that B'), else the
    object of a topic preposition when a holder is named ('his attacks on X')."""
    clause = that_clause(noun, ("acl", "ccomp", "relcl"))
    if clause is None:
        clause = _held_infinitive(noun) or _copula_clause(noun) or _bare_content(noun)
    if clause is not None:
        return tok_span(ctx, clause.left_edge.i, clause.right_edge.i, noun)
    if noun.lemma_.lower() not in TOPIC_NOUNS or (holder_of(noun) is None and not received(noun)):
        return None
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS), None) or (
        reason_of(noun))  # 'drew criticism from X for A' with 'for A' hung on 'drew'
    obj = None if prep is None else next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None:
        return None
    hi, sender = obj.right_edge.i, voicing(noun)  # 'faced criticism for the move from X': X's criticism
    hi = sender.i - 1 if sender is not None and obj.left_edge.i < sender.i <= hi else hi
    return tok_span(ctx, obj.left_edge.i, hi, noun)


def that_clause(noun: Token, deps: tuple[str, ...], reach: int = -1) -> Token | None:
    """The first clause after `noun` with a dependency in `deps` and a 'that' mark ('claims that A'),
    ending at or after token `reach`."""
    return next((c for c in noun.rights if c.dep_ in deps and c.right_edge.i >= reach
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


_HOLDERS = ("poss", "nsubj", "compound")  # who holds a claims noun the parse read as a noun
_COMPLETE = {"dobj", "attr", "acomp", "ccomp", "oprd"}  # a clause with its own complement: no gap


def _bare_content(noun: Token) -> Token | None:
    """The content clause of a speech noun with 'that' left out ('amid claims they were unfair',
    'allegations the firm had lied'): right after the noun, with its own subject, a tense and its
    own complement, so no relative clause with a gap ('the claims they made')."""
    if noun.lemma_.lower() not in SPEECH_NOUNS or noun.i + 1 >= len(noun.doc):
        return None
    after = noun.i + 1
    held = any(c.dep_ in _HOLDERS for c in noun.children)  # 'amid Labour claims A', not 'and claims A'
    clause = next((c for c in noun.rights if (c.dep_ in ("acl", "relcl") or (c.dep_ == "ccomp" and held))
                   and c.left_edge.i == after), None) or (_hung_content(noun) if held else None)
    if clause is None or any(c.dep_ == "mark" for c in clause.children) or not finite(clause):
        return None
    if noun.doc[after].tag_ in ("WDT", "WP", "IN"):
        return None  # 'the argument that they believe worked': a relative word opens it
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.tag_ in ("WP", "WDT", "IN"):
        return None
    if any(c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)
           for c in clause.children):
        return None  # 'the claims he was charged with': a gap after the preposition
    return clause if subj.dep_ == "nsubjpass" or any(c.dep_ in _COMPLETE for c in clause.children) else None


def _hung_content(noun: Token) -> Token | None:
    """The clause right after a held claim noun in a phrase that the parse hung on the verb the phrase
    qualifies ('came amid the union's claims the figures were wrong')."""
    verb = noun.head.head
    if noun.dep_ != "pobj":
        return None
    after = noun.i + 1
    return next((c for c in verb.rights if c.dep_ in ("advcl", "ccomp") and c.left_edge.i == after), None)


def holder_of(noun: Token) -> Token | None:
    """Who holds a noun's claim: its possessor ('his attacks'), or the subject of the verb it is the
    object of ('Trump made comments about X')."""
    owner = _possessor(noun)
    if owner is None and received(noun):
        return sent_by(noun)  # 'X drew criticism from Y': Y's, never X's
    if owner is not None or noun.dep_ != "dobj" or noun.head.pos_ != "VERB" or cues.is_cue(noun.head, True):
        return owner  # 'condemned the attack on X': the attack is an event the cue judges
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def noun_cue(noun: Token) -> Token:
    """The cue of a noun's claim: the verb whose object it is when that verb's subject holds it
    ('Trump made comments about X': 'made'), else the noun (so too after a verb that answers or
    looks into someone else's claim: 'the paper investigated claims that A')."""
    held = _possessor(noun) is None and noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and any(
        c.dep_ == "nsubj" for c in noun.head.children) and noun.head.lemma_.lower() not in ANSWERING_LEMMAS
    return noun.head if held and voiced_by(noun) is None and not received(noun) else noun


def _judged(noun: Token) -> bool:
    """The unowned object of a verb that judges it ('rubbished suggestions that A'): that verb's
    stance holds the claim, which is no one's named ('dismissed fears from farmers that B' is theirs).
    A participle's object keeps its own item ('…, dismissing suggestions that A')."""
    return (noun.dep_ == "dobj" and noun.head.lemma_.lower() in _JUDGING
            and _possessor(noun) is None and voiced_by(noun) is None
            and any(c.dep_ == "nsubj" for c in noun.head.children))  # not 'X said, dismissing claims that A


def _possessor(noun: Token) -> Token | None:
    return next((c for c in noun.children if c.dep_ == "poss" and c.lower_ not in _OWN), None)


def _held_infinitive(noun: Token) -> Token | None:
    """The infinitive right after a possessed speech noun of intent ('his promise to build a wall',
    'Trump's calls to ban X', 'renewed her call to close Y'), not of a noun with no holder ('calls to
    boycott X')."""
    if noun.lemma_.lower() not in INFINITIVE_NOUNS or _possessor(noun) is None:
        return None
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ != "to":
        return None
    verb = doc[noun.i + 1].head  # the parse may hang it on the verb the noun is the object of
    held = verb.head.i == noun.i or (verb.head.i == noun.head.i and verb.dep_ in ("advcl", "xcomp"))
    return verb if held and verb.pos_ == "VERB" and verb.left_edge.i == noun.i + 1 else None


def _copula_clause(noun: Token) -> Token | None:
    """The clause a copula gives a possessed speech noun ('Rubio's response was that A', 'his main
    claim is that A', 'her answer was: A'), opening right after the copula with 'that' or a colon."""
    be = noun.head
    if (noun.dep_ != "nsubj" or be.lemma_ != "be" or noun.lemma_.lower() not in COPULA_NOUNS
            or _possessor(noun) is None or be.i + 2 >= len(noun.doc)):
        return None
    first = noun.doc[be.i + 1]
    if first.lower_ != "that" and first.text != ":":
        return None
    return next((c for c in be.rights if c.dep_ in ("ccomp", "attr", "advcl", "acomp")
                 and c.left_edge.i in (be.i + 1, be.i + 2) and c.pos_ in ("VERB", "AUX")), None)
