"""Names with an elided g ("Rollin' Stones", "Keep On Tryin'") that the model cut at the apostrophe:
the word, its apostrophe and the capitalised words after it are one name ("Rollin' Crew", not
"Rollin" and "Crew"). An apostrophe that closes a quote opened before it ("the 'Made in Berlin'
show") elides nothing. All work on token indices."""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import gazetteer_label, norm

APOSTROPHES = frozenset({"'", "\u2019"})
OPENERS = frozenset({"'", "\u2018", "`"})  # a single quote that opens a quote when a word is glued after it
NAMED = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "FAC"})  # what a name with an elision can be
RUN_MAX = 4  # capitalised words after the apostrophe that can end the name


def elided_names(ctx: DocCtx, model: list[Cand]) -> list[Cand]:
    """`model` with each name cut at an elided g's apostrophe made whole (see the module's doc)."""
    if not APOSTROPHES.intersection(ctx.words):
        return model
    starts = {c.start: c for c in model}
    dropped: set[int] = set()
    for c in model:
        if id(c) in dropped:
            continue
        if _elided(ctx, c.end - 1):
            end = _run_end(ctx, c.end + 1)
            for k in range(c.end + 1, end):  # a name the model began after the apostrophe: absorbed
                other = starts.get(k)
                if other is not None and other is not c:
                    end = max(end, other.end)
                    c.label = _label(c.label, other.label)
                    dropped.add(id(other))
            c.end = max(end, c.end + 1)
        elif _elided_before(ctx, c.start) and c.start - 2 not in starts:  # "Fryin'" before "Pan Co"
            c.start -= 2
            c.label = _label("", c.label)
    return [c for c in model if id(c) not in dropped]


def _elided(ctx: DocCtx, i: int) -> bool:
    """Token i is a capitalised word ending in "in" with an apostrophe glued after it that opens
    no word and closes no quote: an elided g ("Rockin'")."""
    words = ctx.words
    if i < 0 or i + 1 >= len(words) or words[i + 1] not in APOSTROPHES or ctx.ws[i]:
        return False
    w = words[i]
    if len(w) < 4 or not (w[:1].isupper() and w[1:].islower() and w.isalpha() and w.endswith("in")):
        return False
    if gazetteer_label(norm(w)):  # "Berlin'", "Dublin'": a place closing a quote
        return False
    return not _quote_open(ctx, i)


def _elided_before(ctx: DocCtx, s: int) -> bool:
    """An elided word and its apostrophe right before token s, on its line."""
    return s >= 2 and ctx.words[s - 1] in APOSTROPHES and "\n" not in ctx.ws[s - 1] and _elided(ctx, s - 2)


def _quote_open(ctx: DocCtx, i: int) -> bool:
    """A single quote opened in token i's sentence before it and not closed since."""
    words, ws = ctx.words, ctx.ws
    start = ctx.toks[i].sent.start
    open_ = False
    for k in range(start, i):
        if words[k] not in OPENERS and words[k] != "\u2019":
            continue
        glued_after = not ws[k] and k + 1 < len(words) and words[k + 1][:1].isalnum()
        spaced_before = k == 0 or bool(ws[k - 1]) or not words[k - 1][-1:].isalnum()
        if glued_after and spaced_before and words[k] in OPENERS:
            open_ = True
        elif open_ and not glued_after:
            open_ = False
    return open_


def _run_end(ctx: DocCtx, k: int) -> int:
    """The end of the capitalised words from token k on (k itself when none), on one line."""
    words, end = ctx.words, k
    while end < len(words) and end - k < RUN_MAX and words[end][:1].isupper() and words[end].isalpha():
        if end > k and "\n" in ctx.ws[end - 1]:
            break
        end += 1
    return end if end > k and "\n" not in ctx.ws[k - 1] else k


def _label(first: str, second: str) -> str:
    """The label of a name made of two the model labelled: the first's or the second's when one is
    a name's that can hold an elision, else an organisation's ("Rollin'" GPE + "Crew" PERSON)."""
    for label in (first, second):
        if label in NAMED:
            return label
    return "ORG"
