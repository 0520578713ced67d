"""Towns that are the sides of a match a verb tells, in sports reports.

`match_clubs` makes a city (no country: a nation's side stays GPE) the model calls a place or a
person a club (ORG) where the parse makes it one side of a match by a verb: the subject or object of
a verb of playing or beating ("Millbrook beat Eastport", "they play Eastport on Sunday"), or the
object of "with", "to" or "by" on such a verb ("drew 1-1 with Eastport", "lost 2-0 to Eastport",
"were held by Eastport"). `match_club_cands` finds such cities the model left untagged. Never a
word of a person's name of the article ("lost to Tom Hale ... Hale"), nor what a city does as a
town ("Kelby will host the final", "won in Kelby", "the fans visited Kelby").
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.entities.candidates import KEPT, Cand, DocCtx
from pipeline.entities.clubs import city
from pipeline.entities.lexicon import SPORT

TOWN_ACTS = frozenset({"win", "host", "visit"})  # "won in Kelby", "Kelby will host the final": a town's
BEATING = frozenset({"defeat", "thrash", "edge", "eliminate", "oust", "hammer", "rout", "crush", "trounce",
                     "stun", "overcome"})
SIDES = (frozenset(SPORT["match_verbs"]) - TOWN_ACTS) | BEATING  # "play", "beat", "face", "draw", ...
OUT = "knock"  # "knocked out Millbrook": a side only with its particle
OBJECT_ONLY = frozenset({"hold"})  # "held Millbrook to a draw"; but "Kelby held the final": the town
BY_PREP = {"with": frozenset({"draw", "tie"}), "to": frozenset({"lose", "slip", "crash", "fall"}),
           "by": frozenset({"beat", "defeat", "hold", "thrash", "edge", "stun"})}
SUBJECTS = frozenset({"nsubj"})
ROLES = frozenset({"nsubj", "dobj", "pobj"})  # the parse's places of a match's side
PASSIVE_AGENT = "agent"  # spaCy hangs "by" of a passive on the verb as an agent
TOWN_LABELS = frozenset({"GPE", "LOC", "PERSON"})
TEAM_WORDS = frozenset(SPORT["team_titles"]) | {"they", "we", "side", "team", "club", "squad", "teams"}
NOT_OBJECTS = frozenset({"host", "role", "part"})  # "Kelby played host to the final": the town


def match_clubs(ctx: DocCtx, cands: list[Cand]) -> None:
    """In a sports report, a one-word city the model calls a place or a person that is a side of a
    match by a verb (`side_of_match`) against a team (`_Sides.met`): a club (ORG)."""
    if not ctx.sports or not ctx.parsed:
        return
    one = [c for c in cands if c.end - c.start == 1 and c.label in TOWN_LABELS and c.src not in KEPT]
    sided = [c for c in one if side_of_match(ctx.toks[c.start]) and not ctx.in_caps(c.start)]
    if not sided:
        return
    named, sides = _person_words(ctx, cands), _Sides(cands)
    for c in sided:
        tok = ctx.toks[c.start]
        town = tok.text not in named and city(ctx.norm_of(c.start, c.end))
        if town and sides.met(ctx, tok, c.label == "PERSON"):
            c.label, c.weight, c.role = "ORG", max(c.weight, 3.0), None


def match_club_cands(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """In a sports report, a capitalised city no name covers that is a side of a match by a verb: a
    club (ORG) the model left untagged ("Millbrook beat Eastport" with "Eastport" untagged)."""
    if not ctx.sports or not ctx.parsed:
        return []
    covered = {i for c in cands for i in range(c.start, c.end)}
    named, sides, out = _person_words(ctx, cands), _Sides(cands), []
    for i in ctx.capitals:  # the capitalised words only
        tok = ctx.toks[i]
        if i in covered or tok.dep_ not in ROLES or tok.pos_ != "PROPN" or not tok.is_title:
            continue
        if not tok.is_alpha or tok.text in named or not side_of_match(tok):
            continue
        if ctx.in_caps(i) or not _alone(ctx, i):
            continue
        if city(ctx.norm_of(i, i + 1)) and sides.met(ctx, tok, False):
            out.append(Cand(i, i + 1, "ORG", "rule", 3.0))
    return out


def side_of_match(tok: Token, after_the: bool = False) -> bool:
    """The token is one side of a match by the parse: subject or object of a verb of playing or
    beating, or the object of its "with", "to" or "by" ("drew with X", "lost to X", "beaten by X");
    never after "the", which no town's name takes ("the Dutch held the Danes": a nation's side),
    but for a nickname (`after_the`: "thrashed the Falcons")."""
    if not after_the and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the":
        return False
    head = tok.head
    if head.lemma_ == OUT and tok.dep_ in {"dobj", "nsubj"}:
        return any(k.dep_ == "prt" and k.lower_ == "out" for k in head.children)
    if tok.dep_ in SUBJECTS and head.pos_ == "VERB":
        return head.lemma_ in SIDES and not _town_object(head)
    if tok.dep_ == "dobj" and head.pos_ == "VERB":
        return head.lemma_ in SIDES or head.lemma_ in OBJECT_ONLY
    if tok.dep_ != "pobj" or head.head.pos_ != "VERB":
        return False
    verb, prep = head.head, head.lower_
    if prep == "by" and head.dep_ != PASSIVE_AGENT:
        return False  # "won by a goal": a margin, no side
    return verb.lemma_ in BY_PREP.get(prep, ())


class _Sides:
    """The article's teams (ORG) and people (PERSON), by token, to tell the other side of a match."""

    def __init__(self, cands: list[Cand]) -> None:
        self.teams = {i for c in cands if c.label == "ORG" for i in range(c.start, c.end)}
        self.people = {i for c in cands if c.label == "PERSON" for i in range(c.start, c.end)}

    def met(self, ctx: DocCtx, tok: Token, strict: bool) -> bool:
        """The other side of the match is a team: a team's or a city's name, another name no person's,
        a team's noun or "they"/"we" ("they play Kelby", "Ulster were playing Kelby"); not a person
        ("the 29-year-old was edged out by Kelby": a runner named like a town). None found will do,
        but for a name the model calls a person (`strict`)."""
        other = _other_side(tok)
        if other is None:
            return not strict
        if other.lower_ in {"who", "which", "that"} and other.head.dep_ == "relcl":
            other = other.head.head  # "Exeter, who knocked out Kelby"
        if other.i in self.teams or other.lower_ in TEAM_WORDS:
            return True
        named = other.is_title and other.pos_ == "PROPN" and other.i not in self.people
        return named or other.is_title and city(ctx.norm_of(other.i, other.i + 1))


def _other_side(tok: Token) -> Token | None:
    """The other side of the match the token is one side of: the verb's subject for its object, its
    object for its subject; a verb joined to another ("took part and was beaten by X") asks that
    verb's subject."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ in SUBJECTS:
        objs = [k for k in verb.children if k.dep_ == "dobj"]
        objs += [g for k in verb.children if k.dep_ == "prep" for g in k.children if g.dep_ == "pobj"]
        return objs[0] if objs else None
    while True:
        subj = [k for k in verb.children if k.dep_ in {"nsubj", "nsubjpass"}]
        if subj or verb.dep_ not in {"conj", "xcomp"} or verb.head.i == verb.i:
            return subj[0] if subj else None
        verb = verb.head


def _town_object(verb: Token) -> bool:
    """The verb's object is a town's part in an event ("played host to", "played a part")."""
    return any(k.dep_ == "dobj" and k.lower_ in NOT_OBJECTS for k in verb.children)


def _alone(ctx: DocCtx, i: int) -> bool:
    """The word stands alone: no capitalised word joined to it on either side ("Kelby Rovers")."""
    before = i > 0 and ctx.toks[i - 1].is_title and ctx.ws[i - 1] == " " and not ctx.toks[i - 1].is_sent_start
    after = i + 1 < len(ctx.toks) and ctx.toks[i + 1].is_title and ctx.ws[i] == " "
    return not before and not after


def _person_words(ctx: DocCtx, cands: list[Cand]) -> set[str]:
    """The words of the article's people's names of more than one word ("Tom", "Hale" of "Tom Hale")."""
    people = [c for c in cands if c.label == "PERSON" and c.end - c.start > 1]
    return {w for c in people for w in ctx.words[c.start : c.end]}
