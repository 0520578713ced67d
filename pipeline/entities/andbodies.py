"""Bodies' names with an "and" inside, which the model cut into two names at the "and": "the Kelby
Savings and Loan Association" read as "Kelby Savings" and "Loan Association", "the Marlow and
Ann Tressel Charitable Trust" as "Marlow" and "Ann Tressel Charitable Trust", "its Committee on
Roads and Harbour Works" as "Committee on Roads" and "Harbour Works". `join_and_bodies` makes each
pair one body (ORG).

The evidence is the article's own writing: the two names meet at "and" and the second ends in a
public body's or a charity's head ("Association", "Trust", "Subcommittee"; not a firm's: "Ford and
Kelby Motors", "Acme and Norvik Systems" are two firms), or the first opens with a head and its "of"
or "on" ("Committee on Roads"); the first is capitalised words with no head of its own, not the
model's own body or people of one word unless an adjective ("the Exchequer and Harbour Office" is
two bodies, "the Civic and Maritime Workers Union" one), not an acronym, a place or a list's item
("Kelby Bank, Norvik Holdings and ..."); neither half stands alone elsewhere in the article; the
second is no firm's legal name ("Acme and Norvik Corp": two firms). No list of names: the model's
spans, the lexicon's heads and the words around. Token indices."""

from __future__ import annotations

from pipeline.entities import evidence as E
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import CONNECTORS, CORP_SUFFIXES, fold, is_title_word, known_place
from pipeline.entities.nameparts import OF_HEADS
from pipeline.entities.words import adjective

COMMERCIAL = frozenset({"Bank", "House"})  # "Kelby and Norvik Bank": more often two firms than one
HEADS = frozenset(h.lower() for h in OF_HEADS - COMMERCIAL) | {
    "agency", "authority", "bureau", "cooperative", "co-operative", "department", "directorate", "foundation",
    "fund", "ministry", "office", "secretariat", "trust"}  # a public body's or a charity's head, no firm's
FIRST = frozenset({"ORG", "GPE", "PERSON", "NORP", "LOC", "FAC"})  # the model's label of the first half
SECOND = frozenset({"ORG", "PERSON", "FAC"})  # "... Charitable Foundation" may be the model's person
OWN = frozenset({"ORG", "NORP"})  # the model's one-word body or people: a name, unless an adjective
HEAD_LINKS = frozenset({"of", "on", "for"})
PARTICLES = CONNECTORS - {"and", "the", "in", "on", "for", "upon", "of"}  # "bin" of "Ali bin Musa"


def join_and_bodies(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Join each pair of model names cut at an "and" into one body (see the module's doc)."""
    if "and" not in ctx.words:
        return cands
    out: list[Cand] = []
    for c in sorted(cands, key=lambda c: c.start):
        prev = out[-1] if out else None
        if prev is not None and _one_body(ctx, prev, c):
            prev.end, prev.label, prev.weight = c.end, "ORG", max(prev.weight, c.weight)
            continue
        out.append(c)
    return out


def _one_body(ctx: DocCtx, a: Cand, b: Cand) -> bool:
    """Names a and b, "and" between them, are one body's name."""
    words = ctx.words
    if b.start != a.end + 1 or words[a.end] != "and" or {a.src, b.src} != {"model"}:
        return False
    if a.label not in FIRST or b.label not in SECOND or "\n" in ctx.ws[a.end - 1] + ctx.ws[a.end]:
        return False
    if a.end - a.start == 1 and ctx.toks[a.start].ent_type_ in OWN and not adjective(fold(words[a.start])):
        return False  # the model's own body or people of one word: "the Exchequer and Harbour Office"
    if a.label == "PERSON" and a.end - a.start > 1 or b.end < len(words) and is_title_word(words[b.end]):
        return False  # "Ann Lee and Kelby Commission President Tom Hale": a person, then a title's body
    first, second = words[a.start : a.end], words[b.start : b.end]
    if not _capitalised(first) or not _capitalised(second) or second[-1] in CORP_SUFFIXES:
        return False
    opened = _opened(first)
    if not (opened or _headed(second[-1])) or (not opened and any(_headed(w) for w in first)):
        return False
    if any(w.isupper() and len(w) > 1 for w in first) or known_place(fold(" ".join(first))):
        return False  # "UN and Kelby Council", "Kelby and Norvik Institute" (the gazetteer's place)
    if a.start > 1 and words[a.start - 1] in {",", ";", "and"} and words[a.start - 2][:1].isupper():
        return False  # the last two of a list of names, not "lenders and Kelby Savings and Loan Bank"
    return not (E.alone_elsewhere(ctx, a.start, a.end, E.POSS_CUT | PARTICLES | {"and"}, PARTICLES)
                or E.alone_elsewhere(ctx, b.start, b.end, E.POSS_CUT | PARTICLES, PARTICLES | {"and"}))


def _capitalised(words: list[str]) -> bool:
    """Capitalised words, maybe joined by a name's small word inside ("Ali bin Musa", "Board of X")."""
    return words[0][:1].isupper() and all(w[:1].isupper() or w in CONNECTORS for w in words[1:])


def _headed(word: str) -> bool:
    """A body's head, singular or plural, or a compound of one ("Subcommittee", "Committees")."""
    w = word.lower()
    stems = {w, w[:-1], w[:-3] + "y"} if w.endswith("ies") else {w, w[:-1]} if w.endswith("s") else {w}
    return any(s == h or len(h) > 5 and s.endswith(h) for s in stems for h in HEADS)


def _opened(first: list[str]) -> bool:
    """The first half opens with a body's head and its "of", "on" or "for" ("Committee on Roads")."""
    return len(first) > 2 and _headed(first[0]) and first[1] in HEAD_LINKS and not any(
        _headed(w) for w in first[2:])
