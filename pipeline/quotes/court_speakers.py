"""Who told a court what it heard: a court report with no speaker ('A, the court was told.', 'The jury
heard how A') takes the speaker of a report beside it in its paragraph by one who addresses the
court ('X told the jury B') or pleads or testifies there ('Prosecutor X said B', 'X, counsel for the
council, argued B'), the nearest before it. Anyone else gives no speaker (the bench's
'Judge Y asked B': no role), nor does a report after it ('A, the court heard. Defence counsel X said B': the
defence may answer A), and the report stays no one's.
Cue table: data/quote_cues.json (court_speakers, hearing_bodies).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotemarks import quote_cues
from pipeline.quotes.doc import Ctx, Item
from pipeline.quotes.hearings import BODIES

ROLES: frozenset[str] = frozenset(quote_cues()["court_speakers"])
_ADDRESSED = frozenset({"dobj", "dative", "pobj"})  # 'told the court', 'told it to the jury'
_DESCRIBING = frozenset({"appos", "compound", "amod"})  # 'X, counsel for Y', 'prosecutor X'


def court_speakers(ctx: Ctx, kept: list[Item]) -> None:
    """Give each court report of `kept` with no speaker the speaker of a report in its paragraph by one
    who addresses or pleads before the court, said before it."""
    for it in kept:
        if it.how != "heard" or it.speaker is not None or it.cue is None:
            continue
        para = ctx.para_of(it.cue.idx)
        before = sorted((c for c in kept if c.speaker is not None and c.cue is not None
                         and c.cue.idx < it.cue.idx and ctx.para_of(c.cue.idx) == para),
                        key=lambda c: -c.cue.idx)
        told = next((c.speaker for c in before if _before_court(ctx, c)), None)
        it.speaker = None if told is None else dict(told)


def _before_court(ctx: Ctx, item: Item) -> bool:
    """`item` is told to a court ('X told the jury') or said by one with a role before it."""
    cue = item.cue
    if cue.lemma_.lower() == "tell" and any(_body(c) for c in cue.children):
        return True
    start, end = item.speaker["start"], item.speaker["end"]
    doc = ctx.doc
    return any(_role(doc[i]) for i in range(ctx.token_at(start), ctx.token_at(max(start, end - 1)) + 1))


def _body(tok: Token) -> bool:
    """A court or a jury as the one told, directly or after 'to'."""
    if tok.dep_ == "prep" and tok.lower_ == "to":
        return any(_body(c) for c in tok.children)
    return tok.dep_ in _ADDRESSED and tok.lemma_.lower() in BODIES


def _role(tok: Token) -> bool:
    """A word of the speaker's phrase, or one describing it, naming a role before a court."""
    return tok.lemma_.lower() in ROLES or any(
        c.dep_ in _DESCRIBING and (c.lemma_.lower() in ROLES or any(
            g.dep_ == "compound" and g.lemma_.lower() in ROLES for g in c.children))
        for c in tok.children)
