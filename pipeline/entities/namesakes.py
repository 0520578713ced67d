"""Namesakes: a bare surname that several people of the article bear in full ("Hale" beside "Tom Hale"
and his father "Al Hale") stands for the one the article is about, the one named in full first in
its body, unless its own sentence or the one before names another of them (or a bare "Hale" already
given to another); never one its own sentence names after it ("Hale visits his wife Ann"); and
never a namesake named in passing beside the one its paragraph already calls by that surname ("Mr
Hale" ... "her uncle, Al Hale, ..." ... "Mr Hale": `_kept_owner`).

`owners_of(ctx, by_key, owners, ms, parent)` gives each mention of `ms` its owner among `owners`.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import candidates as C
from pipeline.entities import lexicon as L
from pipeline.entities import relationroles as RR
from pipeline.entities.candidates import Cand


def main_owner(by_key: dict[str, list[Cand]], owners: list[str], in_body: Callable[[int], bool]) -> str:
    """The owner named in full first in the body, after the headline (whose name may be a cut one:
    "Debating Hale"), else the first named."""
    def first(o: str) -> tuple[bool, int]:
        starts = [c.start for c in by_key[o]]
        body = [s for s in starts if in_body(s)]
        return (not body, min(body or starts))

    return min(owners, key=first)


def _opens(ctx: C.DocCtx, i: int) -> bool:
    """Token i opens a sentence or a line (a headline is a sentence of its own)."""
    return bool(ctx.toks[i].is_sent_start) or (i > 0 and "\n" in ctx.ws[i - 1] + ctx.words[i - 1])


def window_start(ctx: C.DocCtx, pos: int) -> int:
    """The first token of the sentence before the one of token `pos` (of its own when it opens the
    text); the text's start where no sentence is marked."""
    starts, i = 0, pos
    while i > 0 and starts < 2:
        starts += _opens(ctx, i)
        i -= 1
    return i + 1 if starts == 2 else 0


def sentence_end(ctx: C.DocCtx, pos: int) -> int:
    """The token after the last of the sentence of token `pos`."""
    i = pos + 1
    while i < len(ctx.toks) and not _opens(ctx, i):
        i += 1
    return i


def owners_of(
    ctx: C.DocCtx, by_key: dict[str, list[Cand]], owners: list[str], ms: list[Cand], parent: dict[str, str]
) -> list[str]:
    """The owner of each bare surname of `ms` (in text order), never one its sentence names after it
    ("Hale visits his wife Ann"): the owner named last in the mention's sentence or the one before,
    in full or by a bare surname already given; else the main owner."""
    named = sorted((c.start, o) for o in owners for c in by_key[o])
    called = sorted((c.start, o) for k, o in _other_names(by_key, owners, parent).items() for c in by_key[k])
    start, end = ctx.lines[0]
    headed = len(ctx.lines) > 1 and len(ctx.text[start:end].strip()) <= RR.HEADLINE_MAX  # a title's "."

    def in_body(i: int) -> bool:
        return not headed or ctx.line_of(i) > 0

    out: list[str] = []
    done: list[Cand] = []
    for c in sorted(ms, key=lambda m: m.start):
        end = sentence_end(ctx, c.start)
        later = {o for s, o in named + called if c.start < s < end}
        left = [o for o in owners if o not in later] or owners
        lo = window_start(ctx, c.start)
        near = [o for s, o in named if lo <= s < c.start and o in left]
        owner = near[-1] if near else main_owner(by_key, left, in_body)
        owner = _kept_owner(ctx, by_key, c, owner, list(zip(done, out, strict=True)), left) or owner
        out.append(owner)
        done.append(c)
        named = sorted([*named, (c.start, owner)])
    by_start = {c.start: o for c, o in zip(sorted(ms, key=lambda m: m.start), out, strict=True)}
    return [by_start[c.start] for c in ms]


def _title(ctx: C.DocCtx, c: Cand) -> str:
    """The honorific before a mention ("mr" of "Mr Hale"), else ""."""
    w = L.fold(ctx.words[c.start - 1].rstrip(".")) if c.start > 0 else ""
    return w if w in L.HONORIFICS else ""


def _kept_owner(
    ctx: C.DocCtx, by_key: dict[str, list[Cand]], c: Cand, owner: str, given: list[tuple[Cand, str]],
    left: list[str],
) -> str | None:
    """The owner an earlier bare surname of c's paragraph went to, under the same title ("Mr Hale"),
    before the picked `owner` was first named: a namesake named in passing ("Mr Hale ... her uncle,
    Al Hale, ... Mr Hale") takes no surname its paragraph already gives another; else None."""
    line, title, first = ctx.line_of(c.start), _title(ctx, c), min(m.start for m in by_key[owner])
    kept = [o for m, o in given if o != owner and o in left and m.start < first
            and ctx.line_of(m.start) == line and _title(ctx, m) == title]
    return kept[-1] if kept else None


def _other_names(by_key: dict[str, list[Cand]], owners: list[str], parent: dict[str, str]) -> dict[str, str]:
    """Other keys that name an owner: joined to it, or its given name alone ("Ann" of "Ann Hale")."""
    given = {o.split()[0]: o for o in owners}
    out = {k: parent[k] for k in by_key if parent.get(k) in owners}
    out.update({k: given[k] for k in by_key if k in given and k not in owners})
    return out
