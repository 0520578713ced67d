"""Votes counted, not views held: a verb of position ('backed', 'supported', 'favoured', 'opposed')
with the margin of a vote or poll ('Farmers backed Vell by nine points', 'the county favoured the
nominee by a wide margin', 'Veterans supported Ondre 58 percent to 31 percent', 'MPs backed the bill
by 310 votes to 212') reports a result, not anyone's stated belief: no attribution."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import POSITION_LEMMAS

# the nouns a margin is counted in: 'by a wide margin', 'by nine points', 'by double digits'
MARGIN_NOUNS = frozenset({"margin", "point", "digit", "vote", "percent", "cent", "%", "seat"})
_SHARES = frozenset({"percent", "cent", "%", "point"})  # '58 percent to 31 percent'


def by_margin(cue: Token) -> bool:
    """A verb of position whose object is followed by a margin: 'by' with a counted noun, or a share
    of the vote 'to' another ('58 percent to 31 percent'), on the verb or on its object."""
    if cue.lemma_.lower() not in POSITION_LEMMAS or cue.pos_ != "VERB":
        return False
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    if not objects:
        return False
    after = [c for t in [cue, *objects] for c in t.children if c.i > objects[0].i]
    return any(_margin(c) for c in objects + after)  # 'favored X 46 percent to 32': the parse's object


def _margin(tok: Token) -> bool:
    """'by nine points', 'by a wide margin', or '58 percent' with a 'to' after it (its own or its
    head's)."""
    if tok.dep_ == "prep" and tok.lower_ == "by":
        return any(_counted(p) for p in tok.children if p.dep_ == "pobj")
    return (tok.dep_ in ("npadvmod", "appos", "dobj") and tok.lemma_.lower() in _SHARES
            and any(c.dep_ == "nummod" for c in tok.children)
            and any(s.lower_ == "to" for s in [*tok.children, *tok.head.children] if s.i > tok.i))


def _counted(noun: Token) -> bool:
    """A noun a margin is counted in ('points', 'margin', 'digits', 'votes')."""
    return noun.lemma_.lower() in MARGIN_NOUNS or noun.lower_ in MARGIN_NOUNS
