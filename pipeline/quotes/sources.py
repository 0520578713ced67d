"""Claims qualified by an 'in' phrase: a poll or a study that opens the clause, set off by a comma
('In a new poll, X leads by five points': the poll's claim, cue type 'source'), or someone's view
anywhere in it ('In Smith's view, A', 'A, in her opinion, B', 'in the eyes of voters': the
holder's belief, cue type 'belief'). 'X trails in recent polls' is left alone (PolNeAR marks a
lead in the polls as often as not). And 'according to X': the sentence it qualifies
(`according_span`), without the phrase between two parts of it (`leave_out_according`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.quotemarks import quote_cues
from pipeline.quotes.according_subjects import opening_start
from pipeline.quotes.according_tails import OPENING_POS, tail_end
from pipeline.quotes.apposed import apposed_name
from pipeline.quotes.cues import (
    CLAUSE_SUBJECTS,
    FINDING_NOUNS,
    HEADLINE_SOURCES,
    VERBS,
    VIEW_NOUNS,
    according_noun,
    can_speak,
    is_according,
    is_cue,
    is_speech_cue,
)
from pipeline.quotes.doc import Ctx, Item
from pipeline.quotes.edges import EDGE_WORDS, bracket_around, closes_clause, trim_part
from pipeline.quotes.marks import WORD_RE
from pipeline.quotes.spans import tok_span
from pipeline.quotes.trailing import anaphoric_according

SOURCE_PREPS = {"in"}
_ASKED = {"poll", "survey"}  # whose respondents 'back X': the poll's claim
_CLIMB = {"dobj", "pobj", "attr", "prep", "npadvmod", "nsubj", "appos", "compound", "amod"}
RULE_NOUNS: frozenset[str] = frozenset(quote_cues()["rule_nouns"])  # 'according to the code'
_FRAMED = {"relcl", "acl", "advcl", "csubj", "pcomp", "xcomp", "ccomp"}  # a clause inside another claim


def source_noun(prep: Token) -> Token | None:
    """The poll or study of an 'in' phrase ('in a CNN poll'), or the view of one with a holder ('in
    Smith's view', 'in the opinion of the court'), else None."""
    if prep.lower_ not in SOURCE_PREPS or prep.dep_ != "prep":
        return None
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None:
        return None
    lemma = noun.lemma_.lower()
    viewed = lemma in VIEW_NOUNS and view_holder(noun) is not None
    return noun if lemma in HEADLINE_SOURCES or viewed else None


def view_holder(noun: Token) -> Token | None:
    """Who holds a view: its possessor ('Smith's view', 'his opinion') or the object of its 'of' ('in
    the eyes of voters')."""
    own = next((c for c in noun.children if c.dep_ == "poss"), None)
    if own is not None:
        return own
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def source_speaker(prep: Token) -> Token:
    """The token naming the source of an 'in' phrase: a view's holder, else the poll."""
    noun = source_noun(prep)
    return view_holder(noun) if noun.lemma_.lower() in VIEW_NOUNS else noun


def is_view(prep: Token) -> bool:
    """An 'in' phrase of someone's view (a belief), not of a poll (a source)."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return noun is not None and noun.lemma_.lower() in VIEW_NOUNS


def qualified_clause(prep: Token) -> Token | None:
    """The verb of the stated clause an 'in' phrase qualifies (through the nouns it hangs on: 'a
    lead in the polls'), with a subject of its own; None when it is a cue's ('said in a report')
    or a clause framed by another ('who leads in the polls')."""
    verb = prep.head
    for _ in range(4):
        if verb.pos_ in VERBS:
            break
        if verb.dep_ not in _CLIMB or verb.head is verb:
            return None
        verb = verb.head
    if verb.pos_ not in VERBS or verb.dep_ in _FRAMED or not any(
            c.dep_ in CLAUSE_SUBJECTS for c in verb.children):
        return None
    if is_speech_cue(verb) or (is_cue(verb, stances=True) and source_noun(prep).lemma_.lower() not in _ASKED):
        return None  # 'In a poll, most said A', 'In a report, X wrote': their own claims
    if any(c.dep_ in CLAUSE_SUBJECTS and c.pos_ in ("PRON", "PROPN") for c in verb.children) and any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in verb.children):
        return None  # 'In a survey, it found that A': the finder's (not '73% of voters accepted that A')
    return verb  # 'In a poll, most backed X': the poll's


def poll_span(ctx: Ctx, prep: Token) -> tuple[int, int] | None:
    """Characters of the clause an 'in' phrase qualifies ('In a new poll, A'), without the phrase
    when it opens the clause; a view's phrase may stand anywhere ('A, in his view, B')."""
    if source_noun(prep) is None or ctx.in_quote(prep):
        return None
    verb = qualified_clause(prep)
    if verb is None:
        return None
    doc = ctx.doc
    lo, hi = verb.left_edge.i, verb.right_edge.i
    p_lo, p_hi = prep.left_edge.i, prep.right_edge.i
    if doc[p_hi + 1].text == "," and all(t.is_punct or t.is_space or t.dep_ == "cc" for t in doc[lo:p_lo]):
        lo = p_hi + 1  # 'In the poll, A'
    elif not is_view(prep):
        return None  # 'A in recent polls': a lead in the polls, not always the poll's claim
    if any(ctx.in_quote(t) for t in (doc[lo], doc[hi])) or hi <= lo:
        return None
    return tok_span(ctx, lo, hi, prep)


def according_span(ctx: Ctx, to: Token) -> tuple[int, int, str] | None:
    """The sentence 'according to X' qualifies, without that phrase when it opens or ends it; the
    sentence before for 'That is according to X'."""
    if cited_rule(to) or _measure_clause(to):
        return None
    before = anaphoric_according(ctx, to)
    if before is not None:
        return before[0], before[1], "according"
    doc, acc = ctx.doc, ctx.doc[to.i - 1]
    lo, hi = bracket_around(doc, acc.i, to.sent.start, to.sent.end - 1)
    clause = acc.head  # 'said that, according to X, A': the reported clause it qualifies, not the saying
    if (clause.dep_ == "ccomp" and clause.pos_ in VERBS and is_cue(clause.head)
            and not _closes_saying(doc, to, clause.head, hi)):
        lo, hi = max(lo, clause.left_edge.i), min(hi, clause.right_edge.i)
        lo += doc[lo].dep_ == "mark"
    phrase_hi = _before_number(to, _past_bracket(doc, max(to.right_edge.i, to.i), hi))
    named = apposed_name(to)  # 'According to search engine X, A': A
    if _after_and(doc[lo:acc.i]):
        verb = next((t for t in doc[phrase_hi + 1:hi + 1] if t.pos_ in VERBS), None)
        if verb is not None and is_speech_cue(verb):
            return None  # 'A, and, according to X, once told Y that B': not A; the telling is B's cue
    if all(t.is_punct or t.is_space or t.pos_ in OPENING_POS for t in doc[lo:acc.i]):  # 'However, according'
        phrase_hi = named[1] if named else tail_end(to, phrase_hi)
        lo = opening_start(to, phrase_hi + 1)
    elif (all(t.is_punct or t.is_space for t in doc[phrase_hi + 1:hi + 1]) or closes_clause(acc, phrase_hi)
          or _next_attribution(doc, phrase_hi, hi)):
        hi = acc.i - 1  # 'A, according to X[ - as much as B]': the clause before it
    span = tok_span(ctx, lo, hi, to)
    return None if span is None else (span[0], span[1], "according")


def _closes_saying(doc: Doc, to: Token, cue: Token, hi: int) -> bool:
    """'X said A, according to Y.': the phrase after a comma closes the sentence of the saying, however
    the parse hung it; Y reports the whole saying (PolNeAR gives Y 'X said A'), not A alone."""
    acc = doc[to.i - 1]
    end = max(to.right_edge.i, to.i)
    return (cue.i < acc.i and doc[acc.i - 1].text == ","
            and all(t.is_punct or t.is_space for t in doc[end + 1:hi + 1]))


def _before_number(to: Token, phrase_hi: int) -> int:
    """The end of 'according to X' the parse ran into a number opening the claim ('According to
    statistics 40% of A'): the token before the number."""
    noun = according_noun(to)
    if noun is None:
        return phrase_hi
    num = next((c for c in noun.rights if c.dep_ == "appos"), None)
    if num is None or not num.left_edge.like_num or num.left_edge.i != noun.i + 1:
        return phrase_hi
    return noun.i


def _past_bracket(doc: Doc, i: int, hi: int, reach: int = 8) -> int:
    """The end of the phrase ending at token i with a bracket at its end ('X (METI)') that the parse
    leaves out, whole or its closing mark: the closing bracket; else i."""
    if i + 1 <= hi and doc[i + 1].text == ")" and any(t.text == "(" for t in doc[max(0, i - reach):i]):
        return i + 1
    if i + 1 > hi or doc[i + 1].text != "(":
        return i
    return next((t.i for t in doc[i + 2:min(hi, i + reach) + 1] if t.text == ")"), i)


def cited_rule(to: Token) -> bool:
    """'according to' a rule, law or code within a saying ('She said the advice should have been
    published, according to the ministerial code'): the measure the speaker cites, part of what was
    said, not a source of it."""
    noun = according_noun(to)
    head = to.doc[to.i - 1].head
    return noun is not None and noun.lemma_.lower() in RULE_NOUNS and any(
        is_speech_cue(t) for t in (head, *head.ancestors))


_WH = ("WDT", "WP", "WRB")  # 'according to how', 'according to what'


def _measure_clause(to: Token) -> bool:
    """'according to' a measure, no one cited: a clause ('cases are not listed according to whether X
    did Y') or, on a participle describing a noun, a thing that cannot speak ('homes graded according
    to their value')."""
    noun = according_noun(to)
    if noun is None:  # not 'according to show insiders', a noun read as a verb
        return any(c.dep_ == "pcomp" and (c.left_edge.tag_ in _WH or c.left_edge.lower_ == "whether")
                   for c in to.children)
    verb = to.doc[to.i - 1].head
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and noun.pos_ == "NOUN" and not can_speak(noun) \
        and noun.lemma_.lower() not in FINDING_NOUNS


def cited_rule_tail(verb: Token, hi: int) -> int:
    """`hi`, or the end of ', according to <a rule>' right after a cue's content that the parse hung
    on the cue ('told X the advice should have been attached, according to the code'): the rule is
    part of the claim (`cited_rule`)."""
    doc = verb.doc
    if hi + 3 >= len(doc) or doc[hi + 1].text != "," or doc[hi + 2].lower_ != "according":
        return hi
    acc, to = doc[hi + 2], doc[hi + 3]
    if acc.head.i != verb.i or not is_according(to) or not cited_rule(to):
        return hi
    return max(hi, to.right_edge.i)


def _next_attribution(doc: Doc, phrase_hi: int, hi: int) -> bool:
    """After ', according to X,' the sentence goes on with an attribution of its own ('A, according
    to X, the ministry revealed B'): X's claim is the clause before the phrase."""
    k = phrase_hi + 1
    if k > hi or doc[k].text != ",":
        return False
    verb = next((t for t in doc[k + 1:hi + 1] if t.pos_ in VERBS), None)
    return verb is not None and is_cue(verb) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == k + 1 for c in verb.children)


def _after_and(before) -> bool:
    """The words before an 'according to' phrase end with a clause and a coordinator with a comma
    ('A, and, according to X, B', 'A but, according to X, B'): the phrase opens the next conjunct
    (PolNeAR gives X the whole sentence, unless that conjunct is a telling of its own)."""
    words = [t for t in before if not t.is_space]
    return len(words) > 3 and words[-1].text == "," and words[-2].pos_ == "CCONJ"


def leave_out_according(ctx: Ctx, item: Item, to: Token) -> None:
    """'A, according to X, B': the content is A and B, given as parts, without the attribution."""
    doc, text = ctx.doc, ctx.text
    last = doc[max(to.right_edge.i, to.i)]
    a0, a1 = doc[to.i - 1].idx, last.idx + len(last)
    if (not item.start < a0 < a1 < item.end or ctx.in_quote(to) or doc[last.i + 1].text != ","
            or any(t.is_quote for t in doc[to.i:last.i + 1])):
        return  # set off by commas ('A, according to X, B'), not a source with quote marks of its own
    after = doc[min(last.i + 2, len(doc) - 1)]
    # 'A, according to X, and said B': the verb's 'and' is the claim's; 'A, according to X, and B
    # paid C' joins a clause of its own
    joined = after.lower_ in EDGE_WORDS and after.i + 1 < len(doc) and doc[after.i + 1].pos_ in VERBS
    rest = (after.idx, item.end) if joined else trim_part(text, a1, item.end)
    parts = [trim_part(text, item.start, a0), rest]
    if all(t.pos_ in ("CCONJ", "ADV") for t in doc[ctx.token_at(item.start):to.i - 1] if not t.is_punct):
        item.start, item.end = parts[1]  # 'But, according to X, B', 'Now, according to X, B': B alone
    elif all(WORD_RE.search(text, s, e) for s, e in parts):
        item.start, item.end, item.parts = parts[0][0], parts[1][1], parts
