"""Titles named by a naming verb: "a drama for Channel 9, called The Rise And Fall Of Ann Lee".

`called_titles`: after "called", "titled", "entitled" or "dubbed" (no verb of a person: "a man called
Tom Hale"), a title written in capitals (`evidence.title_end`) that holds a capitalised small word
after its first word ("And", "Of", "The": title case, which no person's or body's name is written in)
is one work (WORK_OF_ART), whatever names stand inside it; after "titled"/"entitled" any title of two
words or more is. The model cuts such titles at the names inside them ("Ann Lee" a person).
"""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import CUE_WEIGHT, SMALL, title_end

NAMING = frozenset({"called", "dubbed"})
TITLING = frozenset({"titled", "entitled"})
MIN_LEN = 3  # "Sex And City": a title case needs three words at least after "called"


def called_titles(ctx: DocCtx) -> list[Cand]:
    """Works named after a naming verb (see the module's doc)."""
    words, out = ctx.words, []
    if NAMING.isdisjoint(words) and TITLING.isdisjoint(words):
        return out
    for i, w in enumerate(words[:-1]):
        if w not in NAMING and w not in TITLING or ctx.in_caps(i):
            continue
        s = i + 1
        e = title_end(ctx, s)
        if e is None or e - s < 2 or not ctx.free(s, e):
            continue
        if w in TITLING or e - s >= MIN_LEN and _title_case(words, s, e):
            out.append(Cand(s, e, "WORK_OF_ART", "cue", CUE_WEIGHT))
    return out


def _title_case(words: list[str], s: int, e: int) -> bool:
    """A capitalised small word inside the run, before a capitalised word ("Fall Of Ann")."""
    return any(
        words[k].lower() in SMALL and words[k].istitle() and words[k + 1][:1].isupper()
        for k in range(s + 1, e - 1)
    )
