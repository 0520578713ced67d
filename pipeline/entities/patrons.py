"""Names built on a possessive that the model cut at it: a body, a building or an occasion named
after its patron ("St Aldric's Middle School", "Grayson's Chinese Theatre", "the Uncle Ned's
Hardcourts tournament"). `named_after` joins the owner to the rest when the owner never stands on
its own in the article, is no place, body or acronym, and the rest ends in a body's or a building's
head (or, after "the", comes before a contest's noun). All work on token indices."""

from __future__ import annotations

from pipeline.entities import evidence as E
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import ORG_HEADS, gazetteer_label, given_name, norm, world

BUILDING_HEADS = E.FACILITY_HEADS | {"Theatre", "Theater"}
HEADS = ORG_HEADS | BUILDING_HEADS | E.PLACE_HEADS
CONTESTS = frozenset({"tournament", "championship", "championships", "trophy"})
OWNER_LABELS = frozenset({"PERSON", "ORG", "FAC", "GPE", "LOC", "WORK_OF_ART", "PRODUCT"})
MAX_REST = 4  # capitalised words after the possessive


def named_after(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Join "St Aldric" + "Middle School" into one name at the possessive between them, or stretch
    "Uncle Ned" over the capitalised words the model left after its possessive ("Hardcourts")."""
    out: list[Cand] = []
    covered: set[int] | None = None  # the tokens of the model's spans, when first asked for
    for c in sorted(cands, key=lambda c: c.start):
        prev = out[-1] if out else None
        if prev is not None and _joins(ctx, prev, c):
            prev.end, prev.label = c.end, _label(ctx, c.end, c.label)
            prev.weight = max(prev.weight, c.weight, 2.0)
            continue
        end = None
        if c.src == "model" and _patron(ctx, c):
            covered = covered if covered is not None else {i for m in cands for i in range(m.start, m.end)}
            end = _rest_end(ctx, c, covered)
        if end is not None:
            c.label, c.end, c.weight = _label(ctx, end, c.label), end, max(c.weight, 2.0)
        out.append(c)
    return out


def _joins(ctx: DocCtx, a: Cand, b: Cand) -> bool:
    """Model spans a and b around one possessive, b a name ending in a head and no person's."""
    doc = ctx.doc
    if a.src != "model" or b.src != "model" or b.start != a.end + 1 or not _patron(ctx, a):
        return False
    if b.label in {"PERSON", "GPE", "NORP"} or E.person_named(doc, b.start, b.end):
        return False
    return doc[b.end - 1].text in HEADS and all(t.is_title for t in doc[b.start : b.end])


def _rest_end(ctx: DocCtx, c: Cand, covered: set[int]) -> int | None:
    """The end of the capitalised words no span holds after patron c's possessive, when they end
    in a head, or follow "the" + c and come before a contest's noun; else None."""
    doc, k = ctx.doc, c.end
    j = k + 1
    while j < len(doc) and j - k <= MAX_REST and doc[j].is_title and doc[j].is_alpha and j not in covered \
            and "\n" not in doc[j - 1].whitespace_:
        j += 1
    if j == k + 1 or E.person_named(doc, k + 1, j):
        return None
    if doc[j - 1].text in HEADS:
        return j
    the = c.start > 0 and doc[c.start - 1].lower_ == "the"
    return j if the and j < len(doc) and doc[j].lower_ in CONTESTS else None


def _patron(ctx: DocCtx, c: Cand) -> bool:
    """c stands right before a glued possessive "'s" and names no place, body or acronym (nor one
    word the model calls a body), no person by a full name ("Harold Hale's Labour Party"), and its
    last word occurs nowhere else in the article but before the same possessive and next word."""
    doc, words, k = ctx.doc, ctx.words, c.end
    if k + 1 >= len(doc) or words[k] not in E.POSS or ctx.toks[k - 1].whitespace_ or c.end <= c.start:
        return False
    if c.label not in OWNER_LABELS or ctx.in_caps(c.start):
        return False
    owner = norm(doc[c.start : c.end].text)
    last = words[k - 1]
    if gazetteer_label(owner) or owner in world().places or last in ORG_HEADS or last.isupper():
        return False
    if not all(t.is_title and t.is_alpha for t in doc[c.start : c.end]):
        return False
    if c.end - c.start == 1 and c.label == "ORG" or c.end - c.start > 1 and given_name(norm(words[c.start])):
        return False  # a body the model knows ("Nasa's Ames Research Center"), a person's full name
    nxt = words[k + 1]
    return all(words[i + 1 : i + 3] == [words[k], nxt] for i in E.occurrences(words, [last]) if i != k - 1)


def _label(ctx: DocCtx, end: int, label: str) -> str:
    """The joined name's label from its head: a body ORG, a building FAC, before a contest EVENT."""
    head = ctx.words[end - 1]
    if end < len(ctx.words) and ctx.words[end].lower() in CONTESTS:
        return "EVENT"
    if head in ORG_HEADS:
        return "ORG"
    if head in BUILDING_HEADS:
        return "FAC"
    return label if label in {"ORG", "FAC", "GPE", "LOC"} else "FAC"
