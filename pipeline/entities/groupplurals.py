"""Capitalised plurals the model calls a person that the article uses as a common noun of a kind:
"no flying Grelkins", "three tall Vorlings", "several wet Easters". A lower-case word that is no
role (an adjective, a participle, a number; a noun would set off a name: "the oil unit Korvanefts",
"his wife Ellis") modifies every mention ("painter Vale" is a
person; "the", a possessive, a verb or a list's comma say nothing), no lower-case noun follows it
("other Velvets songs": a band's name) and no longer name holds the word or its singular ("Hale" of
"Tom Hale"; "older Zentras" beside "Zentra Mini" are its products). Such a plural names a kind, no
one entity: its mentions are dropped, as `matchplurals` drops a sports report's "autumn Tests" (a
race of fiction might be a NORP, but a holiday's plural would not, and the two look alike). Outside
sports reports, whose plural nicknames of clubs `matchplurals` and the club rules read. All work on
token indices.
"""

from __future__ import annotations

from collections import defaultdict

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx

MODIFIERS = frozenset({"ADJ", "NUM"})  # "tall", "three"; a noun is an apposition ("his wife Glenys")
PARTICIPLES = frozenset({"VBG", "VBN"})  # "dancing", "armed"; never "said Hale", "think X"
QUANTIFIERS = frozenset({"no", "many", "few", "some", "all", "other", "more", "most", "several"})
MIN_LEN = 5  # "Elves": shorter words are more often a name ("Nas", "Ross")


def plural_kinds(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """The candidates less the one-word plurals the model calls people that the article uses as a
    kind (see the module's doc)."""
    if ctx.sports:
        return cands
    found: dict[str, list[Cand]] = defaultdict(list)
    named = set()  # the words of longer names: "Hale" of "Tom Hale"
    for c in cands:
        if c.end - c.start == 1:
            found[ctx.words[c.start]].append(c)
        else:
            named.update(ctx.words[c.start : c.end])
    gone = set()
    for word, ms in found.items():
        if {word, word[:-1], word[:-2]} & named or not _plural_shape(word):  # "older Zentras": its products
            continue
        if any(c.label != "PERSON" or c.src != "model" for c in ms):
            continue
        if all(_modified(ctx, c.start) and not _attributive(ctx, c.start) for c in ms):
            gone.update(id(c) for c in ms)
    return [c for c in cands if id(c) not in gone] if gone else cands


def _plural_shape(word: str) -> bool:
    return len(word) >= MIN_LEN and word.istitle() and word.isalpha() and word.endswith("s") \
        and not word.endswith(("ss", "us", "is")) and not L.gazetteer_label(L.norm(word))


def _modified(ctx: DocCtx, i: int) -> bool:
    """A lower-case word that is no role, no article and no possessive right before token i."""
    if i == 0 or ctx.in_caps(i):
        return False
    prev = ctx.toks[i - 1]
    if not prev.is_lower or not prev.is_alpha or L.role_noun(prev, True):
        return False
    return prev.lower_ in QUANTIFIERS or prev.pos_ in MODIFIERS or prev.tag_ in PARTICIPLES


def _attributive(ctx: DocCtx, i: int) -> bool:
    """A lower-case noun right after token i ("Velvets songs"): the word names something else."""
    nxt = ctx.toks[i + 1] if i + 1 < len(ctx.toks) else None
    return nxt is not None and nxt.is_lower and nxt.pos_ in {"NOUN", "PROPN"}
