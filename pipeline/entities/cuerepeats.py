"""Other mentions of the multi-word names the cues found ("the film Mercy Garden"), with the cue's
label: the model may have cut them into pieces there ("Mercy" + "Garden"). A title's small words may
be cased either way ("Supper With Hale" found, "Supper with Hale" repeated). Token indices."""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import CUE_WEIGHT, SMALL


def repeat_cands(ctx: DocCtx, found: list[Cand]) -> list[Cand]:
    """Other occurrences of the multi-word names the cues found, with their label (the model may
    have cut them into pieces there: "Mercy" + "Garden")."""
    words, out = ctx.words, []
    starts = {c.start for c in found}
    forms: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for c in found:
        if c.end - c.start > 1:
            forms.setdefault(words[c.start], []).append((folded(words[c.start : c.end]), c.label))
    if not forms:
        return out
    for i, w in enumerate(words):
        for seq, label in forms.get(w, ()):
            e = i + len(seq)
            bounded = e >= len(words) or not words[e][:1].isupper()
            if i not in starts and e <= len(words) and folded(words[i:e]) == seq and bounded:
                out.append(Cand(i, e, label, "cue", CUE_WEIGHT / 2))
                break
    return out


def folded(words: list[str]) -> tuple[str, ...]:
    """The words with the small words inside in lower case ("Supper With Hale" as "Supper with Hale")."""
    inner = (w.lower() if w.lower() in SMALL else w for w in words[1:-1])
    return (words[0], *inner, words[-1]) if len(words) > 1 else tuple(words)
