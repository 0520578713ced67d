"""Topics: a cue of saying whose content is a noun phrase, what was talked about and not a claim
('discussed the trade deal', 'denied the charges', 'was asked about X', 'pledged their support',
'his attacks on X'). Such a quote is given the cue type 'topic', so that keeping type 'speech' keeps
propositions alone; a predicate on the object ('accused X of Y', 'described X as Y', 'called X a Y')
or a clause ('denied claims that A') is a claim and stays speech, and so is a charge ('accused of
fraud', 'blamed X'). A question the speaker left open ('did not say whether A') is a topic too.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotemarks import quote_cues
from pipeline.quotes.bounds import NOT_YET
from pipeline.quotes.doc import Ctx, Item
from pipeline.quotes.edges import FINITE_TAGS
from pipeline.quotes.senses import asks
from pipeline.quotes.topic_tails import tail_tokens

# the rules whose content is a complement of the cue (reported.py, nouns.py, passive.py), not a clause
COMPLEMENT_HOWS = frozenset({"dobj", "prep", "oprd", "xcomp", "advcl", "stance", "noun", "passive", "answer"})
_NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
_VERBS = {"VERB", "AUX"}
_AUX = {"aux", "auxpass"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_CLAUSE_TAGS = FINITE_TAGS | {"VBN"}
_PREDICATES = {"oprd", "acomp"}  # 'called X a Y', 'called X "rigged"'
_NOT_CLAUSES = {"relcl", "aux", "auxpass", "amod", "compound"}
CHARGING_LEMMAS: frozenset[str] = frozenset(quote_cues()["charging"])  # 'accused X of Y': a claim on X


def is_topic(ctx: Ctx, it: Item) -> bool:
    """The content of a reported (not direct) quote that a complement rule found is one noun phrase:
    one token whose head lies outside it, a noun or pronoun, with no predicate ('called X a Y') and
    no clause of its own (a relative clause on the noun is no claim: 'discussed the plan that was
    agreed')."""
    if it.kind == "direct" or it.how not in COMPLEMENT_HOWS | {"ccomp"} or it.cue is None or (
            it.cue.lemma_.lower() in CHARGING_LEMMAS):
        return False
    if it.how == "ccomp" and ctx.para_of(it.cue.idx) != 0:
        return False  # a clause ('said A') outside the headline: no Token for its words
    doc, start, end = ctx.doc, it.start, it.end
    lo, hi = ctx.token_at(start), ctx.token_at(max(start, end - 1))
    toks = [t for t in doc[lo:hi + 1] if not (t.is_punct or t.is_space or t.is_quote)]
    if it.how == "ccomp":  # a clause ('said A'), unless the headline's clause is a noun phrase
        return bool(toks) and _verbless(toks)
    roots = [t for t in toks if not lo <= t.head.i <= hi or t.head.i == t.i]
    tails = tail_tokens(roots)  # 'discussed X and how Y', 'defended X to Y'
    if tails:
        roots, toks = [t for t in roots if t.i not in tails], [t for t in toks if t.i not in tails]
    if len(roots) != 1 or roots[0].pos_ not in _NOMINAL or roots[0].dep_ in _PREDICATES:
        return False  # 'called him a liar', 'described it as a success': a predicate on the object
    return not any(_clause(t, lo, hi) or t.dep_ in _PREDICATES or _as_predicate(t, roots[0]) for t in toks)


def _verbless(toks: list[Token]) -> bool:
    """A content found as a clause that holds no verb: a noun phrase (a headline's object the parse ran
    on into the next line: 'Acme announce new concert')."""
    return toks[-1].pos_ in ("NOUN", "PROPN") and not any(t.pos_ in _VERBS or t.dep_ == "case" for t in toks)


def _as_predicate(tok: Token, obj: Token) -> bool:
    """The 'as' of a predicate the parse hung on the object ('described the plan as a failure')."""
    return tok.lower_ == "as" and tok.dep_ == "prep" and tok.head.i == obj.i


def _clause(tok: Token, lo: int, hi: int) -> bool:
    """The verb of a clause of its own in tokens lo..hi, finite or with a finite auxiliary, or the
    subject of a verb there ('said Monday's report | reinforced growth', the verb parsed as an
    adjective); not of a relative clause ('the plan that was agreed')."""
    head = tok.head
    if tok.dep_ in _SUBJECTS and lo <= head.i <= hi and head.tag_ in _CLAUSE_TAGS and head.dep_ != "relcl":
        return True
    if tok.pos_ not in _VERBS or tok.dep_ in _NOT_CLAUSES:
        return False
    return tok.tag_ in FINITE_TAGS or any(c.dep_ in _AUX and c.tag_ in FINITE_TAGS for c in tok.children)


def left_open(verb: Token) -> bool:
    """'did not say whether A', 'declined to say if B', 'would not say how much': a question the
    speaker left open, no claim but what was not talked about (PolNeAR annotates it, so it stays,
    as a topic; 'did not say that A' is a denial and stays speech)."""
    clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    if clause is None or not asks(clause):
        return False
    head = verb.head if verb.dep_ == "xcomp" else verb
    return any(c.dep_ == "neg" for c in verb.children) or (
        head is not verb and (head.lemma_.lower() in NOT_YET or any(c.dep_ == "neg" for c in head.children))
    )
