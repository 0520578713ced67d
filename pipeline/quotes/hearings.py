"""Court reports: what a court, a hearing, an inquiry or a jury heard or was told ('A, an Election
Court has heard.', 'A, the hearing was told.', 'The court heard how A', 'MPs were told A'). The
content is the clause; no one is its speaker (the body is the one told, not the one telling).
Cue table: data/quote_cues.json (hearing_bodies).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotemarks import quote_cues

HEARING_LEMMAS = frozenset({"hear"})  # cues only with a hearing body as subject (scan.VERB_LEMMAS)
BODIES: frozenset[str] = frozenset(quote_cues()["hearing_bodies"])
_SUBJECT = {"hear": "nsubj", "tell": "nsubjpass"}  # 'the court heard', 'the court was told'
_STOPS = {".", "!", "?"}


def heard_by_body(verb: Token) -> Token | None:
    """The body of 'the court heard' or 'the hearing was told' (with no 'by' agent), or None."""
    dep = _SUBJECT.get(verb.lemma_.lower())
    if dep is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ == dep), None)
    if subj is None or subj.lemma_.lower() not in BODIES or any(c.dep_ == "agent" for c in verb.children):
        return None
    return subj


def heard_tokens(verb: Token) -> tuple[int, int] | None:
    """Token bounds of what a body heard: the clause after the verb ('heard how A', 'were told that
    A'), or the sentence before a closing ', the hearing was told.'."""
    subj = heard_by_body(verb)
    if subj is None:
        return None
    doc = verb.doc
    after = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if after is not None:
        last = after.right_edge.i
        return after.left_edge.i, next((t.i - 1 for t in doc[after.i:last + 1] if t.text in _STOPS), last)
    comma = subj.left_edge.i - 1
    rest = doc[verb.i + 1:verb.sent.end]
    if comma <= verb.sent.start or doc[comma].text != "," or not all(t.is_punct or t.is_space for t in rest):
        return None  # not a closing attribution ('The court heard evidence from X')
    lo = verb.sent.start  # after a headline the parse ran into the sentence
    lo = next((t.i + 1 for t in reversed(doc[lo:comma]) if "\n" in t.text), lo)
    return (lo, comma - 1) if comma - 1 > lo else None
