"""Two nations joined by a hyphen ("Kelvish-Norvian talks", "Franco-Kelvish ties", "Kelvish-US
relations"): the model takes the pair as one nationality, but each half names a nation of its own, a
nationality (NORP) or a country (GPE). `split_pairs` cuts such a model span at the hyphen when the
gazetteer knows both halves (countryinfo demonyms, pycountry names, and the one-nation combining forms
of `entities_world.json`, "Sino", "Anglo"), one half at least is a people's word, and a common noun
other than a person's follows: a person's dual descent ("a Kelvish-Peruvian actress", "a
Danish-Chilean") stays one nationality, and so does a name followed by no noun ("Anglo-American", a
firm). Token indices."""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.gazetteer import WORLD
from pipeline.entities.lexicon import fold, gazetteer_label, role_noun

COMBINING = frozenset(fold(w) for w in WORLD["combining_forms"])  # "sino", "anglo"
HYPHENS = frozenset({"-", "–"})
LABELS = frozenset({"NORP", "GPE", "ORG"})  # the model's labels of such a pair


def split_pairs(ctx: DocCtx, model: list[Cand]) -> list[Cand]:
    """The model's spans with every hyphened pair of nations cut into its two halves (module doc)."""
    out = []
    for c in model:
        labels = _pair(ctx, c)
        if labels:
            out.append(Cand(c.start, c.start + 1, labels[0], c.src, c.weight))
            out.append(Cand(c.start + 2, c.end, labels[1], c.src, c.weight))
        else:
            out.append(c)
    return out


def _pair(ctx: DocCtx, c: Cand) -> tuple[str, str] | None:
    """The labels of the two halves when span c is "Nation-Nation" written without spaces, else None."""
    words, ws = ctx.words, ctx.ws
    if c.label not in LABELS or c.end - c.start != 3 or words[c.start + 1] not in HYPHENS:
        return None
    if ws[c.start] or ws[c.start + 1] or not _thing_follows(ctx, c.end):
        return None
    first = "NORP" if fold(words[c.start]) in COMBINING else _nation(words[c.start])
    second = _nation(words[c.start + 2])
    if first and second and "NORP" in (first, second):
        return first, second
    return None


def _nation(word: str) -> str | None:
    """NORP or GPE for a capitalised word the gazetteer trusts as a people or a country, else None."""
    if not word[:1].isupper():
        return None
    label = gazetteer_label(fold(word))
    return label if label in {"NORP", "GPE"} else None


def _thing_follows(ctx: DocCtx, i: int) -> bool:
    """Token i is a lower-case common noun or adjective, not a person's noun ("ties", "peace talks";
    not "actress", "businessman")."""
    if i >= len(ctx.words) or not ctx.words[i].isalpha() or not ctx.words[i].islower():
        return False
    tok = ctx.toks[i]
    return tok.pos_ in {"NOUN", "ADJ", "PROPN"} and not role_noun(tok, before_name=True)
