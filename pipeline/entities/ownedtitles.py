"""A maker's work the model names as a body, a place or a person right after the possessive of
the maker's full name, in a story of the arts: "Ida Moreau's Quiet Lanterns" (ORG), "Ida Moreau's
Saltmarsh" (GPE), "Ida Moreau's Winter Choir" (PERSON). Not a place the gazetteer knows ("Ann
Lee's Hollywood"), a name in capitals ("Ann Lee's BBC"), one ending in a body's or a building's
head ("Ann Lee's Kelby Films"), one common noun capitalised ("Ann Lee's Budget": her act), one
glued to a dash or before a noun of its own ("Hale-baiting", "Ann Lee's Kelby show"), one a clause
makes a maker ("Ann Lee's Kelby Cow, which created X"), nor a name the model calls a person that
opens with a given name ("Ann Lee's Tom Hale": the part she plays), unless the model calls it a
body ("Ann Lee's Vera Marsh" ORG). Token indices.
"""

from __future__ import annotations

from pipeline.entities.acts import SCREEN_MIN, story_nouns
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import ACRONYM, CUE_WEIGHT, FACILITY_HEADS, POSS_CUT
from pipeline.entities.lexicon import COMPANY_TAILS, DASHES, ORG_HEADS, gazetteer_label, known_place
from pipeline.entities.names import given_name_first
from pipeline.entities.products import MAKER_VERBS
from pipeline.entities.titlespans import possessives, title_span
from pipeline.entities.words import common_noun
from pipeline.tokens import entity_of

HEADS = ORG_HEADS | FACILITY_HEADS | COMPANY_TAILS  # "Ann Lee's Kelby Enterprises", "Kelby Theatre"
OWNED_LABELS = frozenset({"ORG", "GPE", "NORP", "PERSON", "LOC"})
WORK = "WORK_OF_ART"


def owned_titles(ctx: DocCtx) -> list[Cand]:
    """The works named right after a person's possessive in a story of the arts (see the module)."""
    words = ctx.words
    if ctx.sports or POSS_CUT.isdisjoint(words) or sum(story_nouns(ctx)) < SCREEN_MIN:
        return []
    out = []
    for k in possessives(ctx):
        if _full_name(ctx, k):
            span = _owned(ctx, k + 1)
            out += [Cand(*span, WORK, "cue", CUE_WEIGHT)] if span else []
    return out


def _full_name(ctx: DocCtx, k: int) -> bool:
    """A person's full name the model tags before the possessive at k, a given name first ("Ida
    Moreau's"; not "Kelby's", nor "Captain Hale's" or "A Quiet Mind's" inside a title)."""
    toks = ctx.toks
    s = entity_of(toks[k - 1]).start
    if k - s < 2 or toks[s].ent_type_ != "PERSON" or toks[k - 1].ent_type_ != "PERSON":
        return False
    return given_name_first(ctx, Cand(s, k, "PERSON"))


def _owned(ctx: DocCtx, s: int) -> tuple[int, int] | None:
    """The work the model names from token s, or None (see the module)."""
    toks, words = ctx.toks, ctx.words
    if toks[s].ent_iob_ != "B" or toks[s].ent_type_ not in OWNED_LABELS or toks[s].is_sent_start:
        return None
    end = entity_of(toks[s]).end  # toks[s] opens the entity
    span = title_span(ctx, s, joins=False)  # "Ann Lee's X and Y" lists two
    if span is None or span[0] != s or span[1] < end or any(ACRONYM.match(w) for w in words[s : span[1]]):
        return None
    e = span[1]
    key = ctx.norm_of(s, e)
    if known_place(key) or gazetteer_label(key) or words[e - 1] in HEADS or common_noun(key):
        return None  # "Ann Lee's Budget": a common noun capitalised is her act, no title
    nxt = toks[e] if e < len(toks) else None
    if nxt is not None and (nxt.text in DASHES and not toks[e - 1].whitespace_
                            or nxt.is_lower and nxt.pos_ in {"NOUN", "PROPN"}):
        return None  # "Hale-baiting", "Ann Lee's Kelby show"
    if toks[s].ent_type_ == "PERSON" and given_name_first(ctx, Cand(s, e, "PERSON")):
        return None
    return None if _maker_clause(ctx, s, e) else (s, e)


def _maker_clause(ctx: DocCtx, s: int, e: int) -> bool:
    """A relative clause on the name whose verb is a body's ("Ann Lee's Kelby Pictures, which
    created X"): a firm, no work."""
    if not ctx.parsed:
        return False
    return any(t.dep_ == "relcl" and t.lemma_ in MAKER_VERBS for t in ctx.root(s, e).rights)
