"""One body under two names of one article, joined on the grouping keys (`lexicon.norm`) for
`grouping.group`: a firm's web domain and the firm ("a fake Kestrel.com" of "Kestrel"), and an
acronym and the name in apposition beside it whose initials it picks in order ("CNRP, the Council
of Nordic Rail Passenger Associations", "the Council of ..., CNRP,").
"""

from __future__ import annotations

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx

DOMAINS = (".com", ".co.uk", ".net", ".org", ".org.uk")  # a firm's address written as its name
TAILS = tuple(d.replace(".", "") for d in DOMAINS)  # the same in a key, which drops dots
UNOWNED = frozenset({"PERSON", "GPE", "LOC", "NORP"})  # names no web domain stands for


def join(ctx: DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]) -> None:
    """Join each web domain and each apposed acronym to the name it stands for (see the module's doc)."""
    _domains(ctx, by_key, labels, parent)
    _apposed_acronyms(ctx, by_key, labels, parent)


def _domains(
    ctx: DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]
) -> None:
    """ "x.com" joins the one-word name "x" of the article (case aside), when that is no person or place."""
    for key, ms in by_key.items():
        if key in parent or " " in key or not key.endswith(TAILS):
            continue
        text = ctx.span_text(ms[0].start, ms[0].end).lower()
        if not text.endswith(DOMAINS):
            continue
        stem = L.norm(text[: text.index(".")])
        if stem in by_key and labels.get(stem, by_key[stem][0].label) not in UNOWNED:
            parent[key] = parent.get(stem, stem)


def _apposed_acronyms(
    ctx: DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]
) -> None:
    """A one-word capitals name right before ", the" and a body's name ("X, the Y") or right after
    one and its comma ("the Y, X"), whose letters Y's initials give in order: X joins Y."""
    words = ctx.words
    at = {c.start: k for k, ms in by_key.items() for c in ms if " " in k}
    ends = {c.end: k for k, ms in by_key.items() for c in ms if " " in k}
    for key, ms in by_key.items():
        if key in parent or " " in key or labels.get(key, ms[0].label) != "ORG":
            continue
        for c in ms:
            word = words[c.start]
            if c.end - c.start != 1 or not (word.isupper() and word.isalpha() and 2 < len(word) < 9):
                continue
            after = c.end + 2 < len(words) and words[c.end] == "," and words[c.end + 1].lower() == "the"
            long = at.get(c.end + 2) if after else None
            if long is None and c.start > 1 and words[c.start - 1] == ",":
                long = ends.get(c.start - 1)
            if long and labels.get(long) == "ORG" and _picks(word, by_key[long][0], words):
                parent[key] = parent.get(long, long)
                break


def _picks(acronym: str, c: Cand, words: list[str]) -> bool:
    """The acronym's letters are, in order, initials of the name's capitalised words, the first
    word's among them, and half of those initials or more ("CNRP" of "Council of Nordic Rail
    Passenger Groups and Associations")."""
    initials = [w[0] for w in words[c.start : c.end] if w[:1].isupper()]
    if len(initials) < 2 or acronym[0] != initials[0] or 2 * len(acronym) < len(initials):
        return False
    k = 0
    for ch in initials:
        if k < len(acronym) and ch == acronym[k]:
            k += 1
    return k == len(acronym)
