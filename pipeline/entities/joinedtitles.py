"""Titles the model cuts at a joiner: a show, blog or think-tank named with "and", "with" or "/" in it
("the Supper with Hale programme", "the Coast and Flood Blog", "think-tank Kelby Policy and Public
Life", "the series Snip/Tack"). The model reads the halves as a place, a person or a body.

`joined_titles` runs on the model's spans and makes the whole one name when a work's noun stands right
after it ("programme", "show", "blog") or ends it ("Blog"), or right before it ("the series X", "the
think-tank X"); a think-tank's name is a body (ORG), the rest works (WORK_OF_ART). Two people
("the Ann and Tom show"), a second title ("the series X and The Y") and a channel's number ("show X
and Channel 4") are not joined. Token indices.
"""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx

JOINERS = frozenset({"and", "with", "/"})
AFTER = frozenset({"programme", "show", "blog", "series", "sitcom", "documentary", "podcast"})
TAILS = frozenset({"Blog", "Podcast"})  # "the X and Y Blog"
BEFORE = frozenset(
    {"programme", "show", "series", "sitcom", "comedy", "drama", "film", "movie", "documentary", "blog"}
)
BODIES = frozenset({"think-tank", "thinktank"})  # "think-tank X and Y": a body
ARTICLES = frozenset({"The", "A", "An"})
SIDE_MAX = 4  # capitalised words on each side of the joiner
GERUNDS = frozenset({"VBG", "VBZ"})  # "the film Living with X": a title; "the film X with Ann Lee": a cast


def joined_titles(ctx: DocCtx, model: list[Cand]) -> list[Cand]:
    """The model's spans with each title cut at a joiner made one span (see the module's doc), the
    spans inside dropped."""
    words, out = ctx.words, model
    for j in sorted({c.end for c in model} | {c.start - 1 for c in model}):
        if not 0 < j < len(words) - 1 or words[j] not in JOINERS:
            continue
        span = _whole(ctx, j)
        if span is None:
            continue
        s, e = span
        label = _cued(ctx, s, e, j, [c for c in out if s <= c.start and c.end <= e])
        if label:
            s += words[s] in ARTICLES  # "The X and Y Blog": the name without its article
            out = [c for c in out if c.end <= s or c.start >= e]
            out.append(Cand(s, e, label, "cue", 3.0))
    return out


def cued_title(ctx: DocCtx, c: Cand, k: int) -> bool:
    """A title `joined_titles` made whole over its joiner at token k: no list to split."""
    return c.src == "cue" and bool(_cued(ctx, c.start, c.end, k, []))


def _whole(ctx: DocCtx, j: int) -> tuple[int, int] | None:
    """The capitalised words either side of the joiner at j (hyphens inside: "South-West"), or None
    when one side has none."""
    words, toks = ctx.words, ctx.toks
    s = j
    while s > 0 and j - s < 2 * SIDE_MAX and not toks[s].is_sent_start and _cap(words, s - 1):
        s -= 1
    e = j + 1
    while e < len(words) and e - j <= 2 * SIDE_MAX and _cap(words, e):
        e += 1
    if words[e - 1] == "-":
        e -= 1
    if s == j or e == j + 1 or words[s] == "-":
        return None
    return s, e


def _cap(words: list[str], i: int) -> bool:
    """A capitalised word, or a hyphen between two."""
    w = words[i]
    if w == "-":
        return 0 < i < len(words) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()
    return w[:1].isupper() and w.replace("-", "").isalnum()


def _cued(ctx: DocCtx, s: int, e: int, j: int, inside: list[Cand]) -> str | None:
    """The label of the joined title s..e, or None with no work's noun beside it or a sign of two
    names."""
    words, toks = ctx.words, ctx.toks
    s += words[s] in ARTICLES
    before = _word_before(words, s)
    after = e < len(words) and words[e] in AFTER and toks[e].pos_ == "NOUN" or words[e - 1] in TAILS
    if before in BODIES:
        return "ORG" if words[j] == "and" and _one_title(ctx, j, e) else None
    if after:
        people = [c for c in inside if c.label == "PERSON"]
        return None if len(people) > 1 and words[j] == "and" else "WORK_OF_ART"
    if before not in BEFORE:
        return None
    if words[j] == "with" and toks[s].tag_ not in GERUNDS:
        return None
    return "WORK_OF_ART" if words[j] == "/" or _one_title(ctx, j, e) else None


def _word_before(words: list[str], s: int) -> str:
    """The lower-case word before token s, hyphened words whole ("think-tank")."""
    if s > 2 and words[s - 2] == "-":
        return f"{words[s - 3]}-{words[s - 1]}".lower()
    return words[s - 1] if s > 0 and words[s - 1].islower() else ""


def _one_title(ctx: DocCtx, j: int, e: int) -> bool:
    """No second title after "and" (an article opens it) and no number after the whole ("Channel 4")."""
    words = ctx.words
    return words[j + 1] not in ARTICLES and not (e < len(words) and words[e][:1].isdigit())
