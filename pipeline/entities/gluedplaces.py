"""Place words glued to a body's name, and an institution's short name read as a place.

`split_glued` cuts a country, people or town word off the front of the model's body name where
the article names the body without it ("the US Pew Research Center" beside "Pew Research", "the
European Cogniron project" beside "the Hertfordshire Cogniron team"): the place word becomes a name
of its own. `institution_posts` reads a place after a post's "at" as the institution the article
names after it ("project leader at Millbrook" beside "the University of Millbrook"). All work on
token indices.
"""

from __future__ import annotations

from pipeline.entities import lexicon as L
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand, DocCtx

GLUABLE = frozenset({"ORG", "FAC"})
PLACES = frozenset({"GPE", "LOC"})
INSTITUTION_HEADS = frozenset({"University", "College", "Polytechnic"})
INSTITUTION_WEIGHT = 6.0  # a post held at the institution outweighs the place's other guesses


def split_glued(ctx: DocCtx, model: list[Cand]) -> list[Cand]:
    """The model's body names with a glued place word cut off (see the module's doc), and the place
    words as names of their own; outside sports reports, whose clubs carry their towns."""
    if ctx.sports:
        return model
    out = []
    for c in model:
        n = _glued(ctx, c)
        if n:
            key = ctx.norm_of(c.start, c.start + n)
            label = L.gazetteer_label(key) or "GPE"
            out.append(Cand(c.start, c.start + n, label, c.src, c.weight))
            c.start += n
        out.append(c)
    return out


def _glued(ctx: DocCtx, c: Cand) -> int:
    """The number of place words glued to the front of `c` (0 for none): after "the", a one- or
    two-word place or people, then a name the article writes elsewhere without that place before
    it (an English word as its first word only where no "the" comes before it there: `_bare`)."""
    words, s = ctx.words, c.start
    if c.label not in GLUABLE or c.end - s < 2 or s == 0 or words[s - 1].lower() != "the" or ctx.in_caps(s):
        return 0
    for n in (2, 1):
        rest = s + n
        if rest >= c.end or any("\n" in w for w in ctx.ws[s:rest]):
            continue
        if not all(w[:1].isupper() and w.isalpha() for w in words[s:rest]):
            continue
        if not L.known_place(ctx.norm_of(s, rest)):
            continue
        head = words[rest]
        if not (head[:1].isupper() and head.isalpha()):
            return 0
        common = W.english_word(head.lower())
        lead = words[s:rest]
        if any(words[i - n : i] != lead and (not common or _bare(ctx, i)) for i in _occurrences(words, head, rest)):
            return n
        return 0
    return 0


def _occurrences(words: list[str], word: str, skip: int) -> list[int]:
    return [i for i, w in enumerate(words) if w == word and i != skip]


def _bare(ctx: DocCtx, i: int) -> bool:
    """The word at `i` opens a name with no "the" and no capitalised word before it, inside a
    sentence ("according to Pew Research"; not "the Times" of "the New York Times")."""
    prev = ctx.words[i - 1] if i > 0 else ""
    return not ctx.toks[i].is_sent_start and prev.lower() != "the" and not prev[:1].isupper()


def institution_posts(ctx: DocCtx, cands: list[Cand]) -> None:
    """A one-word place after "at" and a post's noun ("project leader at Millbrook", "a lecturer at
    Millbrook") is the institution the article names with it ("the University of Millbrook",
    "Millbrook University"): a body, which grouping joins to that name."""
    words = ctx.words
    named = {ctx.norm_of(c.start, c.end) for c in cands if c.label == "ORG" and c.end - c.start > 1}
    if not named:
        return
    for c in cands:
        s = c.start
        if c.label not in PLACES or c.end - s != 1 or s < 2 or words[s - 1] != "at":
            continue
        if not (ctx.toks[s - 2].is_lower and L.role_word(words[s - 2])):
            continue
        key = ctx.norm_of(s, c.end)
        heads = (L.norm(h) for h in INSTITUTION_HEADS)
        if any(f"{h} of {key}" in named or f"{key} {h}" in named for h in heads):
            c.label, c.weight, c.role = "ORG", max(c.weight, INSTITUTION_WEIGHT), None
