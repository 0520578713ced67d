"""Long capitalised titles the model cuts into names: a post over a list of fields, a body over a post.

`field_posts` reads "Minister for A, B and C" (a post's head, "for" or "of", fields of capitalised
common words parted by commas, the last after "and") right before a person's name as one role of
that person: no name inside it ("Young People" is a field, no person). `titled_bodies` carries a
body's name cut inside a capitalised post ("the Office for the Deputy" of "the Office for the Deputy
Prime Minister") on over the post's words: a body named for a post holds the whole post.
"""

from __future__ import annotations

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import census_given, fold, gazetteer_label, given_name, is_title, is_title_word
from pipeline.entities.titleheads import FIELD_PREPS
from pipeline.entities.words import english_word

POST_HEADS = frozenset({"Minister", "Secretary", "Commissioner", "Spokesman", "Spokeswoman", "Director"})
FIELD_MAX = 3  # words of one field
OPEN_MODIFIERS = (L.TITLE_RANKS - {"interim", "joint"}) | {"prime", "under"}  # need a head


def field_posts(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Drop the names inside "Minister for A, B and C" before a person, and give the person the post."""
    words = ctx.words
    if POST_HEADS.isdisjoint(words):
        return cands
    drop: set[int] = set()
    for k in [k for k, w in enumerate(words[:-2]) if w in POST_HEADS and words[k + 1] in FIELD_PREPS]:
        end = _fields_end(ctx, k + 2)
        if end is None:
            continue
        person = next((c for c in cands if c.start <= end < c.end), None)
        if person is None:
            person = Cand(end, end + 2, "PERSON", "rule", 2.0)
            cands = [*cands, person]
        person.start, person.label, person.role = end, "PERSON", ctx.span_text(k, end)
        drop |= {id(c) for c in cands if k <= c.start and c.end <= end}
        ctx.take(Cand(k, end, ""))  # no later rule finds a name inside the post
    return [c for c in cands if id(c) not in drop] if drop else cands


def _fields_end(ctx: DocCtx, s: int) -> int | None:
    """Where the fields from s end, at a person's name after "A, B and C"; None if they do not."""
    words, i, commas = ctx.words, _field_run(ctx, s), 0
    while i > s and i < len(words) and words[i] == ",":
        j = _field_run(ctx, i + 1)
        if j == i + 1:
            return None
        i, commas = j, commas + 1
    if not commas or i >= len(words) or words[i] != "and":
        return None
    for e in range(i + 2, min(i + 2 + FIELD_MAX, len(words) - 1)):
        if _field(ctx, i + 1, e) and _person_at(ctx, e):
            return e
    return None


def _person_at(ctx: DocCtx, e: int) -> bool:
    """A personal name opens at e: the model's person, or a common given name and a capitalised word."""
    tok = ctx.toks[e]
    if tok.ent_type_ == "PERSON" and (tok.ent_iob_ == "B" or census_given(fold(tok.text))):
        return True  # "Training Ann Lee" tagged whole: the name from its given name
    return given_name(fold(tok.text)) and ctx.words[e + 1].istitle() and ctx.words[e + 1].isalpha()


def _field_run(ctx: DocCtx, s: int) -> int:
    """The end of the field words from s, up to a comma or "and"; s if none."""
    e = s
    while e < len(ctx.words) and e - s < FIELD_MAX and ctx.words[e] not in {",", "and"}:
        e += 1
    return e if _field(ctx, s, e) and (e >= len(ctx.words) or ctx.words[e] in {",", "and"}) else s


def _field(ctx: DocCtx, s: int, e: int) -> bool:
    """Words s..e are capitalised common English words, none a place ("Children", "Young People")."""
    return e > s and all(
        w.istitle() and w.isalpha() and english_word(w.lower()) and not gazetteer_label(fold(w))
        for w in ctx.words[s:e]
    )


def titled_bodies(ctx: DocCtx, cands: list[Cand]) -> None:
    """A body's name "X for/of the T" cut inside a post ("Deputy" of "Deputy Prime Minister") runs
    on over the post's capitalised title words."""
    words = ctx.words
    for c in cands:
        e = c.end
        if c.label != "ORG" or e >= len(words) or fold(words[e - 1]) not in OPEN_MODIFIERS:
            continue
        if FIELD_PREPS.isdisjoint(words[c.start : c.end - 1]) or "\n" in "".join(ctx.ws[c.start : e]):
            continue
        while e < len(words) and words[e].istitle() and is_title_word(words[e]):
            e += 1
        if e > c.end and is_title(fold(words[e - 1])) and fold(words[e - 1]) not in OPEN_MODIFIERS:
            c.end = e  # "Office for the Deputy" + "Prime Minister"
