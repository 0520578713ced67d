"""Two full names joined by "and" name two people alike: "Ann Lee and Tom Hale", one voted a person,
make the other one too where the vote called it a place, a facility or a body ("the props Ivo
Moss and Tom Bridge": no bridge). Both are full personal names (`names.given_name_first`; a common
noun last only where the model read a person), the other no gazetteer place and never after "the"."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import lexicon as L
from pipeline.entities import names as NM
from pipeline.entities.candidates import Cand, DocCtx, by_key, looks_personal, relabel

SWAYED = frozenset({"GPE", "LOC", "FAC", "ORG"})


def paired_people(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """A full name voted a place, a facility or a body right before or after "and" and a full name
    voted a person (`_person_pair`) is a person: all its mentions."""
    at = {c.start: c for c in cands}
    ends = {c.end: c for c in cands}
    keyed = None
    for c in cands:
        key = key_of(ctx, c)
        tagged = ctx.toks[c.start].ent_type_ == "PERSON"  # the model's own reading, a rule's since
        if labels.get(key) not in SWAYED or not _full(ctx, c, tagged):
            continue
        after = at.get(c.end + 1) if c.end < len(ctx.words) and ctx.words[c.end] == "and" else None
        before = ends.get(c.start - 1) if c.start > 0 and ctx.words[c.start - 1] == "and" else None
        if not any(p is not None and _person_pair(ctx, p, labels, key_of) for p in (after, before)):
            continue
        keyed = keyed if keyed is not None else by_key(ctx, cands, key_of)
        ms = keyed.get(key, [c])
        if any(m.start > 0 and ctx.words[m.start - 1].lower() == "the" for m in ms) or L.known_place(key):
            continue  # "the Ann Lee building", "Victoria Park"
        relabel(ctx, ms, labels, key_of, "PERSON")


def _person_pair(ctx: DocCtx, p: Cand, labels: dict[str, str], key_of: Callable) -> bool:
    """The partner `p` is a full personal name voted a person."""
    return labels.get(key_of(ctx, p)) == "PERSON" and _full(ctx, p)


def _full(ctx: DocCtx, c: Cand, common_last: bool = False) -> bool:
    """Two or three capitalised plain words, no body's noun, a given name first; with `common_last`
    (the model read a person) a common noun last too ("Ivo Bridge")."""
    return looks_personal(ctx.doc, c.start, c.end) and NM.given_name_first(ctx, c, common_last)
