"""Two bare given names after a plural noun of people ("presenters Tam and Bex"): two people.

The model reads such a pair as one body cut at "and", or finds only its first name. A double act
is two people the record can hold as two persons (one entity per real person); an act's name of
its own ("the duo Kestrel") is no pair. `paired_people` makes each word of "X and Y" a person when
a plural noun of people ("presenters", "hosts") or a pair's noun ("duo", "twins") comes right before,
both words are capitalised and alone (no surname after the second: "Ann and Tom Hale" is another
rule's), neither is a place nor a word the article writes in lower case, and one at least is a
given name or a diminutive of one.
"""

from __future__ import annotations

from pipeline.entities import diminutives as DI
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import census_given, fold, gazetteer_label, role_word

PAIR_NOUNS = frozenset({"duo", "pair", "twins", "brothers", "sisters", "double-act"})
PAIR_WEIGHT = 3.0


def paired_people(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """The model's spans over "X and Y" after a plural noun of people, replaced by two persons."""
    words = ctx.words
    if "and" not in words:
        return cands
    out = cands
    for k in [k for k, w in enumerate(words[2:-1], 2) if w == "and" and _pair(ctx, k)]:
        out = [c for c in out if c.end <= k - 1 or c.start > k + 1]
        out.append(Cand(k - 1, k, "PERSON", "rule", PAIR_WEIGHT))
        if words[k + 1].isalpha():  # "Dec." ending the sentence is one token: the first name alone
            out.append(Cand(k + 1, k + 2, "PERSON", "rule", PAIR_WEIGHT))
    return out


def _pair(ctx: DocCtx, k: int) -> bool:
    """Words k-1 and k+1 around "and" are two people's bare given names (see the module)."""
    words = ctx.words
    if not _people_noun(words[k - 2].lower()):
        return False
    if k + 2 < len(words) and words[k + 2][:1].isupper() and words[k + 1].isalpha():
        return False  # "Ann and Tom Hale"
    a, b = words[k - 1], words[k + 1].removesuffix(".")
    if not all(w.istitle() and w.isalpha() and not gazetteer_label(fold(w)) for w in (a, b)):
        return False
    if W.lower_words(ctx) & {a.lower(), b.lower()}:
        return False
    return any(census_given(fold(w)) or DI.fulls(w.lower()) for w in (a, b))


def _people_noun(low: str) -> bool:
    """A plural noun of people ("presenters", "hosts") or a pair's noun ("duo")."""
    if low in PAIR_NOUNS:
        return True
    return low.endswith("s") and role_word(low[:-1])
