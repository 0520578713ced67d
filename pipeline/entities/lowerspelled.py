"""Acronyms the article spells out only in lower-case words ("foreign direct investment" ... "allowing
FDI"): the initials of a run of lower-case content words, the last a common noun, with no
capitalised name of the same initials anywhere in the article: a term, not a body's name. Feeds
`acronyms.common_acronyms`."""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.entities.candidates import DocCtx

ACRO = re.compile(r"[A-Z]{3,5}")
NOUN_TAGS = frozenset({"NN", "NNS"})
LINKS = r"(?:(?:of|for|and|the|on|in|de)\s+)*"  # "Bank of X": small words inside a capitalised name


def lower_spelled(ctx: DocCtx) -> set[str]:
    """All-capital words of three to five letters spelled out by lower-case words elsewhere."""
    acros = {w for w in set(ctx.words) if ACRO.fullmatch(w)}
    if not acros:
        return set()
    doc, out = ctx.doc, set()
    for acro in acros:
        size = len(acro)
        for i in range(len(doc) - size + 1):
            run = doc[i : i + size]
            if run[0].lower_[:1] != acro[0].lower():
                continue
            if run[-1].tag_ in NOUN_TAGS and _content_run(run, acro):
                out.add(acro)
                break
    return {a for a in out if not _capitalised_name(ctx.text, a)}


def _content_run(run: Span, acro: str) -> bool:
    """Lower-case content words whose initials spell the acronym."""
    plain = all(t.is_lower and t.is_alpha and not t.is_stop for t in run)
    return plain and "".join(t.text[0] for t in run) == acro.lower()


def _capitalised_name(text: str, acro: str) -> bool:
    """The text holds capitalised words whose initials spell the acronym ("Foreign Direct Fund")."""
    parts = [rf"{ch}[\w'-]+" for ch in acro]
    return re.search(r"\b" + (r"\s+" + LINKS).join(parts) + r"\b", text) is not None
