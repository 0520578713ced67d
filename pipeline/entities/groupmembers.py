"""Full personal names listed together: members named after a group's noun ("skating duo Ann Lee
and Tom Hale", "the trio Ann Vale, Ivo Moss and Tom Hale") are people, where "duo Kestrel" names the
act (`evidence.cue_cands`); a full name paired by "and" with another is no place ("props in Ann Lee
and Tom Hale": `grouplabels`)."""

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


def paired_names(doc: Doc, s: int, e: int) -> bool:
    """s..e is a full personal name right before or after "and" and another full name, one of the two
    opening with a common given name (`lexicon.given_name`)."""
    if full_name_end(doc, s) != e:
        return False
    if e + 1 < len(doc) and doc[e].lower_ == "and" and full_name_end(doc, e + 1) is not None:
        other = e + 1
    else:
        other = next((k for k in range(s - 4, s - 2) if k >= 0 and full_name_end(doc, k) == s - 1), None)
        if other is None or doc[s - 1].lower_ != "and":
            return False
    return any(given_name(fold(doc[i].text)) for i in (s, other))
