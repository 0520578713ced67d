"""Names in a Romance language the model cut at their small words: "the Fondation pour l'Enfance",
"Association pour la Recherche" came out as "Fondation" alone (and "Recherche" apart).

`particle_names` runs on the model's candidates: a body's or a place's name followed, on the same
line, by a run of lower-case particles of French, Spanish or Italian names (`PARTICLES`; at least
one that is no English word) and then a capitalised word (or a glued "l'Enfance") goes on over them
and over the capitalised words after them; a candidate inside the joined stretch is dropped. Only
the words right after a candidate's end are read.
"""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.spans import GLUED_PARTICLE

PARTICLES = frozenset({"pour", "sur", "sans", "et", "aux", "au", "les", "le", "la", "de", "du", "des",
                       "del", "della", "para", "por", "per", "contre", "dans"})
ENGLISH = frozenset({"de", "la", "le", "per", "del"})  # small words also met between English names
JOINABLE = frozenset({"ORG", "FAC", "LOC", "GPE"})
REACH = 3  # particles in a row: "pour la", "de la"


def particle_names(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Join a name over its Romance particles and the capitalised words after them (module doc)."""
    out: list[Cand] = []
    joined = (0, 0)  # the last stretch a join took: the candidates inside it go
    for c in sorted(cands, key=lambda c: c.start):
        if joined[0] < c.start < joined[1]:
            continue
        if c.label in JOINABLE and (end := _joined_end(ctx, c.end)) > c.end:
            c.end, joined = end, (c.start, end)
        out.append(c)
    return out


def _joined_end(ctx: DocCtx, e: int) -> int:
    """Where a name ending at e ends when particles and capitals follow it (again and again: "pour
    la Sauvegarde des Marais"); e when they do not."""
    while (k := _one_step(ctx, e)) > e:
        e = k
    return e


def _one_step(ctx: DocCtx, e: int) -> int:
    """The end of one run of particles and the capitalised words after it, from e; e when none."""
    words, ws, n = ctx.words, ctx.ws, len(ctx.words)
    k = e
    while k < n and k - e < REACH and words[k] in PARTICLES and "\n" not in ws[k - 1]:
        k += 1
    if k == e or k >= n or "\n" in ws[k - 1] or all(w in ENGLISH for w in words[e:k]):
        return e
    if not (words[k][:1].isupper() and words[k].isalpha()) and not GLUED_PARTICLE.match(words[k]):
        return e
    k += 1
    while k < n and words[k][:1].isupper() and words[k].isalpha() and "\n" not in ws[k - 1]:
        k += 1
    return k
