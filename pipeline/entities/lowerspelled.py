"""Acronyms the article spells out only in lower-case words ("foreign direct investment" ... "allowing
FDI"): the initials of a run of lower-case content words, the last a common noun, with no
capitalised name of the same initials anywhere in the article: a term, not a body's name. Feeds
`acronyms.common_acronyms`."""

from __future__ import annotations

import re

from pipeline.entities import tokens as TK
from pipeline.entities.candidates import DocCtx

ACRO = re.compile(r"[A-Z]{3,5}")
NOUN_TAGS = frozenset({"NN", "NNS"})
LINKS = r"(?:(?:of|for|and|the|on|in|de)\s+)*"  # "Bank of X": small words inside a capitalised name


def lower_spelled(ctx: DocCtx) -> set[str]:
    """All-capital words of three to five letters spelled out by lower-case words elsewhere."""
    acros = {w for w in set(ctx.words) if ACRO.fullmatch(w)}
    if not acros:
        return set()
    words, tags = ctx.words, TK.of(ctx.doc).tags
    out = set()
    for acro in acros:
        low, size = acro.lower(), len(acro)
        for i in range(len(words) - size + 1):  # the first letters' test first: no Span per word
            if words[i][:1] == low[0] and tags[i + size - 1] in NOUN_TAGS and _content_run(ctx, i, low):
                out.add(acro)
                break
    return {a for a in out if not _capitalised_name(ctx.text, a)}


def _content_run(ctx: DocCtx, i: int, low: str) -> bool:
    """Lower-case content words from token i whose initials spell the (lower-cased) acronym."""
    run = range(i, i + len(low))
    if "".join(ctx.words[k][:1] for k in run) != low:
        return False
    return all(ctx.words[k].islower() and ctx.words[k].isalpha() and not ctx.toks[k].is_stop for k in run)


def _capitalised_name(text: str, acro: str) -> bool:
    """The text holds capitalised words whose initials spell the acronym ("Foreign Direct Fund")."""
    parts = [rf"{ch}[\w'-]+" for ch in acro]
    return re.search(r"\b" + (r"\s+" + LINKS).join(parts) + r"\b", text) is not None
