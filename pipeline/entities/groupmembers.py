"""Members named after a group's noun: "skating duo Ann Lee and Tom Hale", "the band's trio Ann Vale,
Ivo Moss and Tom Hale" are people, where "duo Kestrel" names the act (`evidence.cue_cands`)."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.entities.lexicon import CUES, census_given, fold, given_name

GROUPS = frozenset(CUES["group_nouns"])
JOINS = frozenset({"and", ",", "&"})


def full_name_end(doc: Doc, s: int) -> int | None:
    """End of a full personal name at s: a census given name and one or two capitalised words."""
    if s >= len(doc) or not census_given(fold(doc[s].text)):
        return None
    e = s + 1
    while e < len(doc) and e - s < 3 and doc[e].is_title and doc[e].is_alpha:
        e += 1
    return e if e - s >= 2 and doc[s].is_title else None


def members_named(doc: Doc, cue: int, s: int, e: int) -> bool:
    """The name s..e after a group's noun at `cue` is a full personal name listed with another ("duo
    Ann Lee and Tom Hale"), one of them opening with a common given name that is no place nor word
    (`lexicon.given_name`): the group's members, no group's name."""
    if doc[cue].lower_ not in GROUPS or full_name_end(doc, s) != e or e >= len(doc):
        return False
    if doc[e].text not in JOINS:
        return False
    k = e + 1 + (e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ == "and")
    return full_name_end(doc, k) is not None and any(given_name(fold(doc[i].text)) for i in (s, k))
