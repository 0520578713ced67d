"""Titles named by a naming verb: "a drama for Channel 9, called The Rise And Fall Of Ann Lee".

`called_titles`: after "called", "titled", "entitled" or "dubbed" (no verb of a person: "a man called
Tom Hale"), a title written in capitals (`evidence.title_end`) that holds a capitalised small word
after its first word ("And", "Of", "The": title case, which no person's or body's name is written in)
is one work (WORK_OF_ART), whatever names stand inside it; after "titled"/"entitled" any title of two
words or more is. The model cuts such titles at the names inside them ("Ann Lee" a person).

`cased_titles`: in running text (no headline, no sports report), a run of capitalised words with a
capitalised preposition inside it ("Escape From Harbour City", "Back To Lakeside") is a work: no
person's or body's name is written so. The model cuts such a title at the names inside it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import CUE_WEIGHT, SMALL, title_end
from pipeline.entities.lexicon import ORG_HEADS, role_word

NAMING = frozenset({"called", "dubbed"})
TITLING = frozenset({"titled", "entitled"})
CASED = re.compile(r"(?<=[a-zA-Z] )(?:From|Into|With|To|In|On|At|For|Of|By) (?=[A-Z0-9])")
BACK_MAX = 3  # capitalised words before the preposition
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


def cased_titles(ctx: DocCtx) -> list[Cand]:
    """Works written in title case around a capitalised preposition (see the module's doc)."""
    out: list[Cand] = []
    if ctx.sports or not ctx.lines:
        return out
    head_end = ctx.lines[0][1] if len(ctx.lines) > 1 else 0  # a headline is written in title case
    for m in CASED.finditer(ctx.text, head_end):
        j = bisect_left(ctx.idx, m.start())
        if j >= len(ctx.idx) or ctx.idx[j] != m.start() or ctx.in_caps(j):
            continue
        s = _run_start(ctx, j)
        e = title_end(ctx, s, joins=False) if s is not None else None
        if e is None or e <= j + 1 or not ctx.free(s, e) or not _plain_run(ctx.words[s:e]):
            continue
        out.append(Cand(s, e, "WORK_OF_ART", "cue", CUE_WEIGHT))
    return out


def _run_start(ctx: DocCtx, j: int) -> int | None:
    """The first of up to three capitalised words before token j, none opening a sentence."""
    toks, s = ctx.toks, j
    while s > 0 and j - s < BACK_MAX and toks[s - 1].is_title and toks[s - 1].is_alpha \
            and not toks[s - 1].is_sent_start and ctx.ws[s - 1] == " ":
        s -= 1
    return None if s == j or toks[j].is_sent_start else s


def _plain_run(words: list[str]) -> bool:
    """No body's head and no role's word in the run ("Bank Of Harbour", "Secretary Of State")."""
    return not any(w in ORG_HEADS or role_word(w.lower()) for w in words)
