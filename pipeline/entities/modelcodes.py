"""Model codes: a one-word name shaped like a code, letters then digits ("ZX300", "Q7131", "KPEG4"),
is a product, not the place, people, building or person the model may call it.

`model_codes` runs after the per-name vote. A people's name holds no digits, so a code the vote
made NORP is a PRODUCT, unless it qualifies a plural noun of no goods ("the G7 nations": a
group of states, left as voted); a code voted a place, building or person is one when some mention stands
before goods' noun ("the Q7131 digital radio set", "a ZX300 music player") or in apposition to one
("an even smaller model, the ZX300,"); a code voted a body needs two digits at least and the same
sign ("the CDP-101 CD player"; "O2 phones" is the operator's). Codes the model left untagged, with
two digits at least, become PRODUCT candidates on the same sign, with the capitals a hyphen glues
before them ("PH-S6500"). No list of names: the code's
shape (`products.CODE`) and the goods' nouns (`makersigns.GOODS`). All work on token indices.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.makersigns import GOODS
from pipeline.entities.products import CODE

ABLE = frozenset({"NORP", "FAC", "PERSON", "GPE", "LOC", "ORG"})
BETWEEN = 3  # words between a code and its goods' noun ("Q7131 digital radio set")
BETWEEN_POS = frozenset({"ADJ", "NOUN", "PROPN"})


def model_codes(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> list[Cand]:
    """Relabel PRODUCT the codes the vote made something else (see the module's doc); return the
    untagged codes beside goods as new PRODUCT candidates."""
    if ctx.sports or not ctx.parsed:
        return []
    for key, ms in by_key(ctx, [c for c in cands if c.end > c.start], key_of).items():
        label = labels.get(key, ms[0].label)
        if label not in ABLE or any(c.end - c.start != 1 for c in ms) or not _code(ctx.words[ms[0].start]):
            continue
        if label == "ORG" and _digits(ctx.words[ms[0].start]) < 2:
            continue
        if label == "NORP" and _grouped(ctx, ms):
            continue  # "the G7 nations": a group of states, no goods
        if label == "NORP" or any(_beside_goods(ctx, c.start) for c in ms):
            relabel(ctx, ms, labels, key_of, "PRODUCT")
    out = []
    for i, word in enumerate(ctx.words):
        if ctx.taken[i] or not _code(word) or _digits(word) < 2 or ctx.in_caps(i):
            continue
        if not _beside_goods(ctx, i):
            continue
        c = Cand(_glued_start(ctx, i), i + 1, "PRODUCT", "rule", 1.0)
        ctx.take(c)
        labels.setdefault(key_of(ctx, c), "PRODUCT")
        out.append(c)
    return out


def _grouped(ctx: DocCtx, ms: list[Cand]) -> bool:
    """Some mention qualifies a plural noun that is no goods ("the G7 nations", "G8 finance
    ministers"): a group of states or people, which the vote's NORP is nearer than a product."""
    for c in ms:
        head = ctx.toks[c.start].head
        if head.i > c.start and head.tag_ == "NNS" and head.is_lower and head.lower_ not in GOODS:
            return True
    return False


def _code(word: str) -> bool:
    """Letters first, then digits ("ZX300", "KPEG4"), no place's code the gazetteer knows."""
    return bool(CODE.match(word)) and word[:1].isupper() and not L.gazetteer_label(word.lower())


def _glued_start(ctx: DocCtx, i: int) -> int:
    """The start of the code at token i with the capitals glued before it by a hyphen ("PH-" of
    "PH-S6500"), none of them taken."""
    words, ws = ctx.words, ctx.ws
    if i > 1 and words[i - 1] == "-" and not ws[i - 2] and not ws[i - 1] and words[i - 2].isupper():
        return i - 2 if words[i - 2].isalnum() and ctx.free(i - 2, i) else i
    return i


def _digits(word: str) -> int:
    """How many digits the word holds ("ZX300": 3)."""
    return sum(ch.isdigit() for ch in word)


def _beside_goods(ctx: DocCtx, i: int) -> bool:
    """Token i stands before goods' noun, over a few lower-case or capitals' modifiers ("Q7131
    digital radio set", "CDP-101 CD player"), or in apposition to one ("the model, the ZX300")."""
    for k in range(i + 1, min(len(ctx.words), i + 2 + BETWEEN)):
        tok = ctx.toks[k]
        if tok.pos_ not in BETWEEN_POS or not (tok.is_lower or tok.is_upper) or "\n" in ctx.ws[k - 1]:
            break
        if tok.is_lower and tok.lower_ in GOODS:
            return True
    root = ctx.toks[i]
    return root.dep_ == "appos" and root.head.lower_ in GOODS and root.head.i < i
