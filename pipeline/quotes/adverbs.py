"""Adverb cues: a clause attributed to unnamed reports ('The firm is reportedly planning to sell
X', 'Reportedly, he made the comments'): the verb's clause with its subject is the content, and no
one named holds it.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotemarks import quote_cues
from pipeline.quotes.cues import SPEECH_LEMMAS

REPORT_ADVERBS: frozenset[str] = frozenset(quote_cues()["report_adverbs"])
_VERBS = {"VERB", "AUX"}


def reported_clause(adverb: Token) -> tuple[int, int] | None:
    """Token bounds of the clause a report adverb qualifies, within its sentence, or None."""
    if adverb.lower_ not in REPORT_ADVERBS or adverb.dep_ != "advmod" or adverb.head.pos_ not in _VERBS:
        return None
    verb, sent = adverb.head, adverb.sent
    if verb.lemma_.lower() in SPEECH_LEMMAS and any(c.dep_ == "nsubj" for c in verb.children):
        return None  # 'A, X reportedly said': the verb is the cue and X its speaker
    lo = max(verb.left_edge.i, sent.start)
    lo = adverb.i + 1 if lo == adverb.i else lo  # 'Reportedly, he …': the writer's word
    return lo, min(verb.right_edge.i, sent.end - 1)


def shared_subject(adverb: Token) -> tuple[int, int] | None:
    """Token bounds of the subject a reported verb shares with the verb it is joined to ('X have
    played A but have reportedly not toured'), or None when it has its own or there is none."""
    verb = adverb.head
    if verb.dep_ != "conj" or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    subj = next((c for c in verb.head.children if c.dep_ in _SUBJECTS and c.i < verb.head.i), None)
    return None if subj is None else (subj.left_edge.i, subj.right_edge.i)


_SUBJECTS = {"nsubj", "nsubjpass"}


def around_adverb(pieces: list[tuple[int, int]], adverb: Token, text: str) -> list[tuple[int, int]]:
    """The pieces of a reported clause with the report adverb in mid-clause left out, as the
    attribution between two parts ('The striker was reportedly on the flight': 'The striker was' and
    'on the flight')."""
    a0, a1 = adverb.idx, adverb.idx + len(adverb)
    out = []
    for s, e in pieces:
        if s < a0 and a1 < e:
            left, right = text[s:a0].rstrip(" ,"), text[a1:e].lstrip(" ,")
            out += [(s, s + len(left)), (e - len(right), e)]
        else:
            out.append((s, e))
    return out
