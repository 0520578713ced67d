"""The writer's framing closing a content: a phrase after a comma or dash that sets the claim against
another's claim ('insisted nothing would derail it, despite a new book saying B'; 'said he still
trusted X, despite claims to the contrary'; '…, amid complaints that B'): the writer's, not the
speaker's; the claim it names is another's."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.quotes.bounds import CONTRAST
from pipeline.quotes.cues import (
    CLAIM_NOUNS,
    COMPLEMENT_LEMMAS,
    FINITE_VERBS,
    JUDGEMENT_LEMMAS,
    SPEECH_LEMMAS,
    TEXT_NOUNS,
    is_cue,
)
from pipeline.quotes.doc import Ctx
from pipeline.quotes.edges import FINITE_TAGS
from pipeline.quotes.nouns import that_clause
from pipeline.quotes.shifted_contrasts import PRESENT_TAGS, closing_clauses, shifted_contrast_cut

FRAME_PREPS = frozenset({"despite", "amid", "amidst"})  # 'despite a book saying B': the book's, no one else's
_FRAME_RE = re.compile(r"[,\u2013\u2014-]\s+(" + "|".join(FRAME_PREPS) + r")\s", re.IGNORECASE)


def counterclaim_cut(ctx: Ctx, lo: int, hi: int) -> int:
    """`hi`, or the end before a closing 'despite'/'amid' phrase that names another's claim: its
    object a noun of saying or belief ('claims', 'complaints', 'fears'), a noun with a participle of
    saying ('a new book saying B') or a text's 'that' clause ('reports that B', not 'the fact that
    B'); the phrase runs to the end of the content, which comes after its cue."""
    if hi <= lo:
        return hi
    text, doc = ctx.text, ctx.doc
    end = ctx.starts[hi]
    m = _FRAME_RE.search(text, ctx.starts[lo], end)
    while m is not None:
        prep = doc[ctx.token_at(m.start(1))]
        if (prep.idx == m.start(1) and prep.i - 1 > lo and prep.right_edge.i >= hi
                and not ctx.in_quote(prep) and _names_claim(prep)):
            return prep.i - 2
        m = _FRAME_RE.search(text, m.end(), end)
    return hi


def _names_claim(prep: Token) -> bool:
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    lemma = obj.lemma_.lower()
    if lemma in CLAIM_NOUNS or any(c.dep_ == "acl" and c.lemma_.lower() in SPEECH_LEMMAS
                                   for c in obj.children):  # 'a new book saying'
        return True
    # 'reports that B', not 'the fact that B'
    return lemma in TEXT_NOUNS and that_clause(obj, ("acl", "ccomp")) is not None



_CONTRAST_RE = re.compile(r"\b(" + "|".join(sorted(CONTRAST)) + r")\b|\beven\s+(as)\b", re.IGNORECASE)


def others_clause_cut(ctx: Ctx, lo: int, hi: int) -> int:
    """`hi`, or the end before a closing clause of contrast ('while', 'whereas', 'although',
    'though', 'even as') whose finite verb is a cue with a noun subject of its own ('… while Sanders
    suggests B', '…, even though many observers doubt B', '…, even as officials railed against B'):
    the writer sets another's claim beside the speaker's, and that claim is reported on its own
    ('after X said B' and 'as X put it' often stay in; so does 'though he recognised B', the
    speaker's own second claim). Found from the words of the text, not by a scan of every token."""
    if hi <= lo + 1:
        return hi
    doc = ctx.doc
    for m in _CONTRAST_RE.finditer(ctx.text, ctx.starts[lo + 1], ctx.starts[hi]):
        mark = doc[ctx.token_at(m.start(1) if m.group(1) else m.start(2))]
        tok = mark.head
        if mark.dep_ != "mark" or tok.dep_ != "advcl" or tok.right_edge.i < hi or ctx.in_quote(tok):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        first = tok.left_edge.i
        if subj is not None and mark.i < subj.i and first > lo + 1 and _finite(tok) and is_cue(tok):
            return first - 1
    return hi


_NARRATOR_RE = re.compile(r",\s+(yet)\s", re.IGNORECASE)


def narrator_contrast_cut(ctx: Ctx, cue: Token, lo: int, hi: int) -> int:
    """`hi`, or the end before a closing ', yet' clause in the present tense after a content put in
    the past by a past cue ('said they were keen to invest, yet few are doing so'): not shifted back
    with the claim, it is the writer's comment on it now. ('…, although B' is not cut: PolNeAR train
    annotates it in the claim, in the present too.)"""
    if hi <= lo + 2 or cue.tag_ != "VBD":
        return shifted_contrast_cut(ctx, cue, lo, hi)
    doc = ctx.doc
    for _mark, _verb, end in closing_clauses(ctx, _NARRATOR_RE, lo, hi, _present):
        if any(t.tag_ in ("VBD", "MD") for t in doc[lo:end]):
            return end
    return shifted_contrast_cut(ctx, cue, lo, hi)  # '…, but B': cut on firmer evidence


def _present(verb: Token) -> bool:
    """'are', 'is still to be', 'has narrowed': a present tense, no modal."""
    aux = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in aux):
        return False
    return (verb.tag_ if not aux else aux[0].tag_) in PRESENT_TAGS or verb.tag_ in PRESENT_TAGS


def _finite(verb: Token) -> bool:
    """'suggests', 'railed', 'did not discuss'."""
    return verb.tag_ in FINITE_TAGS or any(a.dep_ == "aux" and a.tag_ in FINITE_TAGS for a in verb.children)


_NP_POS = {"DET", "NOUN", "PROPN", "ADJ", "NUM", "PART"}  # 'the Liberal Democrats', 'Labour's leaders'
_MAX_NP = 8
_AUXILIARIES = frozenset({"aux", "neg", "advmod"})  # 'has stated', 'has not said', 'has also said'


def stranded_subject(cue: Token) -> tuple[int, Token] | None:
    """A finite cue (or one after a finite auxiliary: 'has stated') with a clause of its own but no
    subject, after 'and'/'but' and a noun phrase ('say A and the Liberal Democrats claim B', 'was
    linked with A and X has stated B', the phrase taken for a conjunct of A's last noun): the index
    of the 'and' and the phrase's head, the cue's real subject."""
    doc = cue.doc
    first = _verb_group_start(cue)
    if not _finite_group(cue, first) or first < 2 or doc[first - 1].pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in cue.children) or not any(
            c.dep_ == "ccomp" for c in cue.children):
        return None
    j = first - 1
    while j > 0 and doc[j].pos_ in _NP_POS and first - j <= _MAX_NP:
        j -= 1
    head = doc[first - 1]  # the phrase's last noun
    if doc[j].lower_ not in ("and", "but") or (
            head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX")):  # 'grows and evolves says'
        return None
    return j, head


def _verb_group_start(cue: Token) -> int:
    """The index of the first word of the cue's verb group: its auxiliaries, negation and adverbs
    right before it ('has stated', 'has also said'), or the cue itself."""
    i = cue.i
    while i > 0 and cue.doc[i - 1].head.i == cue.i and cue.doc[i - 1].dep_ in _AUXILIARIES:
        i -= 1
    return i


def _finite_group(cue: Token, first: int) -> bool:
    """The cue is finite, or its verb group opens with a finite auxiliary or a modal ('has stated')."""
    return cue.tag_ in FINITE_VERBS or (first < cue.i and cue.doc[first].dep_ == "aux"
                                        and cue.doc[first].tag_ in FINITE_TAGS)


_JOIN_RE = re.compile(r"\b(?:and|but)\s", re.IGNORECASE)


def joined_attribution_cut(ctx: Ctx, lo: int, hi: int) -> int:
    """`hi`, or the end before another's attribution the parse folded into the content (see
    `stranded_subject`), or before its subject when the content stops right before the cue; found
    from each 'and'/'but' of the text and the noun phrase after it."""
    if hi <= lo + 1:
        return hi
    doc = ctx.doc
    for m in _JOIN_RE.finditer(ctx.text, ctx.starts[lo + 2], ctx.starts[hi]):
        j = ctx.token_at(m.start())
        k = j + 1
        while k < len(doc) and doc[k].pos_ in _NP_POS and k - j <= _MAX_NP:
            k += 1
        tok = doc[k] if k < len(doc) else None
        if tok is None or tok.pos_ != "VERB" or ctx.in_quote(tok) or not is_cue(tok):
            continue
        stranded = stranded_subject(tok)
        if (stranded is not None and stranded[0] == j) or _folded_relative(tok, j):
            return j - 1
    return hi


def _folded_relative(cue: Token, j: int) -> bool:
    """A finite cue the parse hung as a relative clause on a noun after the 'and' at `j`, taken for an
    object of the verb before ('A, and the firm's lawyer X told B that C'): a name right before it as
    its subject, no relative word between."""
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return (cue.dep_ == "relcl" and cue.tag_ in FINITE_VERBS and subj is not None and subj.pos_ == "PROPN"
            and j < cue.head.i < subj.left_edge.i and subj.right_edge.i == cue.i - 1
            and not any(t.tag_ in ("WDT", "WP") for t in cue.doc[j:cue.i]))


_WHEN_RE = re.compile(r"\bwhen\s", re.IGNORECASE)
_OCCASION_LEMMAS = SPEECH_LEMMAS | COMPLEMENT_LEMMAS | JUDGEMENT_LEMMAS  # 'told', 'spoke', 'questioned'


def occasion_cut(ctx: Ctx, lo: int, hi: int) -> int:
    """`hi`, or the end before a closing 'when' clause that narrates an act of saying ('denied A when
    questioned by the prosecution', '… until 2004, when he told a programme B'): the writer's
    occasion of a claim, not its content. Its verb is a past verb of saying ('questioned', 'told'):
    a participle with no clause or subject of its own, or any after a time and a comma; any 'when'
    clause dated 'ago' after an infinitive ('promised to A when he took office two years ago': the time
    of the promise); 'will act when he announces B', 'was right when he said B', 'left when asked to do
    so' stay in."""
    if hi <= lo + 1:
        return hi
    doc = ctx.doc
    for m in _WHEN_RE.finditer(ctx.text, ctx.starts[lo + 2], ctx.starts[hi]):
        mark = doc[ctx.token_at(m.start())]
        tok = mark.head
        if (mark.dep_ not in ("advmod", "mark") or tok.i <= mark.i or tok.right_edge.i < hi
                or tok.tag_ not in ("VBD", "VBN") or ctx.in_quote(tok) or tok.left_edge.i != mark.i):
            continue
        if doc[lo].lower_ == "to" and any(t.lower_ == "ago" for t in doc[mark.i:hi + 1]):
            return mark.i - 1  # 'promised A when he was elected two years ago': the time of the promise
        if tok.lemma_.lower() not in _OCCASION_LEMMAS:
            continue
        dated = doc[mark.i - 1].text == "," and doc[mark.i - 2].ent_type_ in ("DATE", "TIME")  # '2004, when'
        if dated or (tok.dep_ == "advcl" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "xcomp", "ccomp") for c in tok.children)):
            return mark.i - 1
    return hi
