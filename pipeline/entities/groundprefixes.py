"""Grounds named by a stadium's word first and a particle: "the Stade de Kelby", "Stadio delle Palme",
"the Estadio do Norte", "the Stadium of Light".

`prefixed_grounds` makes the stadium's word, the particles and the capitalised words after them one
ground (FAC), whatever pieces the model found there ("Stade" a town, "Palme" alone), or none. A
stadium's word before a name without a particle is left alone: "Stade Kelvois" is a club.
"""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx

STADIUMS = frozenset({"Stade", "Stadio", "Estadio", "Estadi", "Stadion", "Stadium"})
PARTICLES = frozenset({"de", "du", "des", "la", "del", "della", "delle", "dello", "degli", "di", "do", "da",
                       "dos", "das", "of", "the"})
MOST = 3  # capitalised words after the particles at most ("Stade de la Porte Verte")


def prefixed_grounds(ctx: DocCtx, model: list[Cand]) -> list[Cand]:
    """The model's names with each "<stadium's word> <particles> <Name>" made one ground (FAC), the
    names that overlap it dropped."""
    if not any(w in ctx.text for w in STADIUMS):
        return model
    words, n, spans = ctx.words, len(ctx.words), []
    for i in ctx.capitals:  # a stadium's word is capitalised: no scan of every word
        if words[i] not in STADIUMS or ctx.in_caps(i):
            continue
        j = i + 1
        while j < n and words[j] in PARTICLES and j - i <= 3:
            j += 1
        k = j
        while k < n and k - j < MOST and words[k][:1].isupper() and words[k].isalpha():
            k += 1
        if j > i + 1 and k > j and words[j - 1] != "the":
            spans.append((i, k))
    if not spans:
        return model
    out = [c for c in model if not any(c.start < e and c.end > s for s, e in spans)]
    out += [Cand(s, e, "FAC", "rule", 3.0) for s, e in spans]
    return sorted(out, key=lambda c: c.start)
