"""A full name whose surname the article also uses alone names a person: "Ivo Marsh, who came
second ... Marsh let her go" is one runner, not a body or a place, where the vote said otherwise.
The first word is a census given name, the second a capitalised surname (an apostrophe allowed:
"Tom O'Dell"); the person's signs are the surname voted a person on its own or, around the
mentions, a person's words ("X, who", "X's wife") and no body's or place's."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.context import name_evidence

SWAYED = frozenset({"GPE", "LOC", "FAC", "ORG"})


def surnamed_people(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """A two-word personal name voted a body or a place (`_personal`) whose surname stands alone
    elsewhere in the article, with a person's signs (see the module's doc), is a person: its
    mentions and the surname's."""
    keyed: dict[str, list[Cand]] | None = None
    for c in cands:
        if c.end - c.start != 2 or labels.get(key_of(ctx, c), c.label) not in SWAYED or not _personal(ctx, c):
            continue
        keyed = keyed if keyed is not None else by_key(ctx, cands, key_of)
        full = keyed.get(key_of(ctx, c), [c])
        alone = [m for m in cands if m.end - m.start == 1 and ctx.words[m.start] == ctx.words[c.start + 1]]
        alone = [m for m in alone if not any(f.start <= m.start < f.end for f in full)]
        if not alone or any(m.start > 0 and ctx.words[m.start - 1].lower() == "the" for m in full + alone):
            continue  # "the Ann Lee building"
        if _person_signs(ctx, full + alone, labels.get(key_of(ctx, alone[0])) == "PERSON"):
            relabel(ctx, full, labels, key_of, "PERSON")
            relabel(ctx, alone, labels, key_of, "PERSON")


def _personal(ctx: DocCtx, c: Cand) -> bool:
    """A census given name, then a capitalised surname that is no body's head, the whole no place."""
    first, last = ctx.words[c.start], ctx.words[c.start + 1]
    if not (first.istitle() and first.isalpha() and L.given_name(L.fold(first))):
        return False
    plain = last.replace("'", "").replace("\u2019", "")
    if not (last.istitle() and plain.isalpha() and len(plain) > 1) or last in L.ORG_HEADS:
        return False
    return not L.known_place(L.fold(f"{first} {last}")) and not L.known_place(L.fold(last), towns=False)


def _person_signs(ctx: DocCtx, ms: list[Cand], surname_person: bool) -> bool:
    """The surname voted a person alone, or a person's words around the mentions and no body's or
    place's."""
    org = per = place = 0
    for m in ms:
        o, p, q = name_evidence(ctx.doc, m.start, m.end)
        org, per, place = org + o, per + p, place + q
    return not org and not place and (surname_person or per > 0)
