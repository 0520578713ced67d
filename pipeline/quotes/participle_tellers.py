"""The teller of a present participle cue the parse hung on no clause of its own (as the subject of
the quote's verb, a clause of the quote, a sentence of its own): set off after a clause by a comma
('X shared the news on Monday, writing A'; 'said X, explaining A'; 'he said, not even suggesting A')
it is that clause's speaker; opening its sentence ('Stressing A, X told Y') the speaker of the clause
after the comma that closes it."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from pipeline.quotes.cues import FINITE_VERBS, SUBJECT_DEPS, is_speech_cue
from pipeline.quotes.marks import Spans
from pipeline.quotes.speaker_phrases import speaker_head
from pipeline.quotes.subjects import clause_subject, find_subject

_HOPS = 12  # heads climbed from the word next to the comma to the clause's verb
_ADVERBS = {"ADV", "PART"}  # 'not even suggesting', 'then adding'
_ENDS = {".", "!", "?", ";"}  # what ends the sentence before an opening participle


def participle_teller(cue: Token, content_end: int, quotes: Spans) -> Token | None:
    """The speaker token of a participle cue with no subject of its own: the subject of the clause's
    verb next to it; None when it stands in no such place."""
    if cue.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    doc, j = cue.doc, cue.i - 1
    while j > 0 and doc[j].pos_ in _ADVERBS:
        j -= 1
    if j > 0 and doc[j].text == ",":
        verb = _verb_before(doc[j])
    elif j < 0 or doc[j].text in _ENDS or "\n" in doc[j].text_with_ws:
        verb = _verb_after(cue, content_end)
    else:
        return None
    return None if verb is None else _teller(verb, quotes)


def _teller(verb: Token, quotes: Spans) -> Token | None:
    """The speaker of a cue ('said X, explaining'), else the active subject of the verb or of the
    one it is conjoined to ('X stood up and endorsed Y, urging')."""
    found = find_subject(verb, quotes) if is_speech_cue(verb) else None
    if found is not None:
        return found
    subj = clause_subject(verb, frozenset({"nsubj"}), frozenset({"conj"}), 2)
    return subj if subj is not None and speaker_head(subj, quotes) else None


def _finite(tok: Token) -> bool:
    """A verb that carries its clause's tense ('said', 'has written', 'will say')."""
    return tok.tag_ in FINITE_VERBS or (tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" for c in tok.children))


def _verb_before(comma: Token) -> Token | None:
    """The main verb of the clause ending at the comma: the topmost finite verb over the word before
    it, when the words before the comma hang on nothing after it ('For many who A, referring to B
    is C': a clause set before the sentence's own verb, no speaker of its own)."""
    tok, verb = comma.doc[comma.i - 1], None
    for _ in range(_HOPS):
        if _finite(tok):
            verb = tok
        head = tok.head
        if head.i == tok.i:
            return verb
        if head.i >= comma.i or "\n" in head.text_with_ws:
            return None
        tok = head
    return None


def _verb_after(cue: Token, content_end: int) -> Token | None:
    """The verb of the clause after the comma that ends an opening participle's words ('Stressing A,
    X said'): the first finite verb over the word after the comma, with its subject after it."""
    doc = cue.doc
    i = bisect_left([t.idx for t in doc[cue.i:cue.sent.end]], content_end) + cue.i
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    tok = doc[i + 1]
    for _ in range(_HOPS):
        if _finite(tok) and any(c.dep_ in SUBJECT_DEPS and c.i > i for c in tok.children):
            return tok
        if tok.head.i == tok.i or tok.head.i <= i:
            return None
        tok = tok.head
    return None
