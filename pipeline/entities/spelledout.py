"""Untagged full names an acronym of the article spells ("the Kestrel Web Browser ... a bug in KWB"):
when the article's names include an all-capital acronym of a body or thing (no term of the article:
`acronyms.common_acronyms`) and never name its long form, a run of capitalised words (with "of",
"for", "and", "&" between) whose initials spell that acronym, alone between other words, becomes a
mention of the acronym's kind, which `grouping` then joins to the acronym it spells. Token indices."""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.entities import acronyms as AC
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import fold, given_name, is_title_word

SPELT = frozenset({"ORG", "PRODUCT", "EVENT", "FAC", "WORK_OF_ART"})  # what an acronym may stand for
JOINS = frozenset({"of", "for", "and", "&"})  # small words inside a long name
LONGEST = 6  # letters of the longest acronym looked for


def spelled_out(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """A candidate for each free run of capitalised words that spells an acronym of `cands` (see the
    module's doc), labelled as the acronym is."""
    words = ctx.words
    acros: dict[str, str] = {}
    longs: set[str] = set()
    for c in cands:
        text = words[c.start] if c.end - c.start == 1 else ""
        if c.label in SPELT and 2 <= len(text) <= LONGEST and text.isalpha() and text.isupper():
            acros.setdefault(text, c.label)
        elif c.end - c.start > 1:
            longs.add(AC.initials(" ".join(words[c.start : c.end])).upper())
    acros = {a: lab for a, lab in acros.items() if a not in longs}  # the long form is named already
    if not acros or not (acros := {a: lab for a, lab in acros.items() if a not in AC.common_acronyms(ctx)}):
        return []  # "Internet Protocol (IP)": a term, no name
    out = []
    for i in ctx.capitals:
        first = [a for a in acros if a[0] == words[i][0]]
        if not first or not _opens(ctx, i):
            continue
        for e in _runs(ctx, i):
            forms = AC.initial_forms(" ".join(words[i:e]))
            hit = next((a for a in first if a in forms), None)
            if hit and _closes(ctx, e):
                out.append(Cand(i, e, acros[hit], "rule", 1.0))
                ctx.take(out[-1])
                break
    return out


def _plain(ctx: DocCtx, i: int) -> bool:
    """Token i is a free capitalised word of letters outside a capitals line."""
    w = ctx.words[i]
    return not ctx.taken[i] and w.istitle() and w.isalpha() and not ctx.in_caps(i)


def _opens(ctx: DocCtx, i: int) -> bool:
    """A long name may start at token i: a plain word, no title or given name, after no free
    capitalised word."""
    w = ctx.words[i]
    if not _plain(ctx, i) or is_title_word(w) or given_name(fold(w)):
        return False
    return i == 0 or not _plain(ctx, i - 1) or ctx.toks[i].is_sent_start


def _closes(ctx: DocCtx, e: int) -> bool:
    """A long name may end before token e: no free capitalised word follows."""
    return e >= len(ctx.words) or not _plain(ctx, e)


def _runs(ctx: DocCtx, i: int) -> Iterator[int]:
    """The ends of the runs of plain words (joined by small words) opening at token i, shortest
    first, up to `LONGEST` capitalised words."""
    words, n, k = ctx.words, 0, i
    while k < len(words) and n < LONGEST:
        if words[k] in JOINS and k > i and k + 1 < len(words) and _plain(ctx, k + 1):
            k += 1
            continue
        if not _plain(ctx, k):
            return
        n, k = n + 1, k + 1
        if n >= 2:
            yield k
