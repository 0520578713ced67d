"""The label of each entity `grouping` makes: the vote of its mentions, then what its mentions read
as in the article (a lone word no first name or title goes with, a plain name only ever in a
place's context, an organisation's word that reads as a person's)."""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from pipeline.entities import bandrelatives as BR
from pipeline.entities import candidates as C
from pipeline.entities import context as X
from pipeline.entities import firms as FM
from pipeline.entities import groupmembers as GM
from pipeline.entities import lexicon as L
from pipeline.entities import makersigns as MS
from pipeline.entities import places as P
from pipeline.entities import postedpeople as PP
from pipeline.entities import pretitles as PT
from pipeline.entities import sportpeople as SP
from pipeline.entities import tokens as TK
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand
from pipeline.entities.gazetteer import ascii_fold
from pipeline.entities.sport import TEAM_HEADS


def entity_label(ctx: C.DocCtx, ms: list[Cand], label: str, person: bool) -> str:
    """The label of one entity's mentions `ms`, `label` by default: PERSON for a person's full
    name (`person`), else the vote when the mentions disagree, then what they read as."""
    doc = ctx.doc
    if person:
        label = "PERSON"
    elif len({c.label for c in ms}) > 1:
        label = _group_label(ms, label)
    if label == "PERSON" and _lone(ctx, ms):  # "Labour", "Novartis": no first name, no title
        label = X.lone_name_label(doc, [(c.start, c.end) for c in ms], label)
        if label == "PERSON" and _town_not_name(ctx, ms):
            label = "GPE"
    elif label == "PERSON" and _untitled_names(ctx, ms) and not _paired(ctx, ms):  # "in Agua Bonita"
        label = X.place_name_label(doc, [(c.start, c.end) for c in ms], label)
    elif label == "ORG" and not ctx.sports and _personal_shape(ctx, ms) and not _common_body(ctx, ms) \
            and not MS.made_by(ctx, ms) and not BR.band_relative(ctx, ms):  # a maker speaks; "Velvetine, who"
        kept = FM.body_titled(ctx, ms)  # not "auditor X" of a body
        spans = [(c.start, c.end) for c in kept]
        label = X.lone_org_label(doc, spans, label)  # "Marisela ... she"
        if label == "ORG" and _unmarked(doc, spans) and PP.posted(ctx, kept):
            label = "PERSON"  # "the rector of Kelby University, Ann Lee"
    elif label == "ORG" and ctx.sports and SP.sports_person(ctx, ms):
        label = "PERSON"  # "Belgium rival Ann Vale", "Tom Hale's sister": a player, no club
    if label == "ORG" and not ctx.sports and _lone(ctx, ms) and P.read_as_place(ctx, ms):
        label = "GPE"  # "in Chapinero", "Chapinero residents"
    if label != "ORG" and any(c.end - c.start > 1 and ctx.words[c.end - 1] in LEGAL_FORMS for c in ms):
        label = "ORG"  # "festival organisers Big Sky Ltd": a company, not its festival
    if label in {"GPE", "LOC"} and any(_club_named(doc, c) for c in ms):
        label = "ORG"  # "Kelby City football club's ground"
    return label


CLUB_NOUNS = frozenset({"football", "rugby", "soccer", "hockey", "cricket", "club", "fc"})


def _club_named(doc: Doc, c: Cand) -> bool:
    """A town's name and a team's head ("Kelby City", "Kelby Rovers") before a club's noun."""
    return (
        c.end - c.start > 1
        and doc[c.end - 1].text in TEAM_HEADS
        and c.end < len(doc)
        and doc[c.end].lower_ in CLUB_NOUNS
    )


# a legal form ending a name makes a company of it, whatever it sells or runs
LEGAL_FORMS = frozenset({"Ltd", "Ltd.", "Limited", "plc", "PLC", "Plc", "Inc", "Inc.", "LLC", "GmbH", "SpA"})


def _group_label(ms: list[Cand], default: str) -> str:
    """Weighted vote of a group's mentions; full (multi-word) mentions decide when there are any."""
    full = [c for c in ms if c.end - c.start > 1 and c.weight > 0] or ms
    score: dict[str, float] = defaultdict(float)
    for c in full:
        score[c.label] += c.weight + (5.0 if c.role else 0.0)
    return max(score.items(), key=lambda kv: kv[1])[0] if score and max(score.values()) > 0 else default


def _lone(ctx: C.DocCtx, ms: list[Cand]) -> bool:
    """Every mention is the same one word, never with a role or a title ("former Worldcom boss" is
    the title of someone else)."""
    doc = ctx.doc
    titled = [c for c in ms if (c.role or PT.pre_title(doc, c.start)[1]) and not X.is_modifier(doc, c.end)]
    return not titled and all(
        c.end - c.start == 1 and not ctx.in_caps(c.start) and c.src not in {"table", "lineup"} for c in ms
    )


def _town_not_name(ctx: C.DocCtx, ms: list[Cand]) -> bool:
    """A one-word "person" that is a gazetteer town and no census given name, surname or common word
    ("Mombasa"; not "Lincoln"), with no person's word around any mention."""
    key = L.norm(ctx.words[ms[0].start])
    plain = ascii_fold(key)
    if key not in L.world().places or L.census_name(plain) or W.generic_key(key):
        return False
    return not any(X.name_evidence(ctx.doc, c.start, c.end)[1] for c in ms)


def _paired(ctx: C.DocCtx, ms: list[Cand]) -> bool:
    """A mention is a full name paired with another by "and" ("in Ann Lee and Tom Hale"): a person's."""
    return any(GM.paired_names(ctx.doc, c.start, c.end) for c in ms)


def _untitled_names(ctx: C.DocCtx, ms: list[Cand]) -> bool:
    """Every mention is the model's multi-word name, never with a role or title."""
    doc = ctx.doc
    return all(
        c.src in {"model", "prop"} and c.end - c.start > 1 and not c.role
        and not PT.pre_title(doc, c.start)[1]
        for c in ms
    )


def _unmarked(doc: Doc, spans: list[tuple[int, int]]) -> bool:
    """No word around any of the spans reads as an organisation's or a place's."""
    return not any(sum(X.name_evidence(doc, s, e)[::2]) for s, e in spans)


def _personal_shape(ctx: C.DocCtx, ms: list[Cand]) -> bool:
    """Every mention is one personal-looking word (`_personal_word`) or a plain two- or three-word
    name ("Valdés Mesa": no organisation noun, title, country or nationality in it)."""
    if _lone(ctx, ms):
        return _personal_word(ctx.doc, ms)
    return all(c.src in {"model", "prop"} and C.plain_name(ctx.doc, c.start, c.end) for c in ms)


def _common_body(ctx: C.DocCtx, ms: list[Cand]) -> bool:
    """A common noun the model calls an organisation at three mentions or more, alone ("Apple")."""
    word = ctx.words[ms[0].start].lower()
    return len(ms) >= 3 and all(c.label == "ORG" for c in ms) and W.generic_key(word)


def _personal_word(doc: Doc, ms: list[Cand]) -> bool:
    """A one-word name shaped like a person's: capitalised word, no acronym, no organisation head,
    no place of the gazetteer, never after "the"."""
    tok = doc[ms[0].start]
    return (
        tok.is_title
        and tok.is_alpha
        and tok.text not in L.ORG_HEADS
        and L.norm(tok.text) not in L.world().places
        and all(c.src in {"model", "prop"} for c in ms)
        and not any(_determined(doc, c.start) for c in ms)  # "the Cardinals"
    )


def _determined(doc: Doc, i: int) -> bool:
    """A determiner comes before token i ("the Cardinals"; not the conjunction in "that Jokowi said")."""
    toks = TK.toks(doc)
    return i > 0 and toks[i - 1].lower_ in L.DETERMINERS and toks[i - 1].tag_ != "IN"
