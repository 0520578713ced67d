"""Works that open with an article, once mentions are grouped: no person and no body opens its name
with a capital "The" or, inside a sentence, a capital "A"/"An" ("includes The Glass Slipper", "to film
'A Game of Chance'", "directed by A Quiet Night's Ann Lee"). The model reads such titles as people or
bodies, or cuts the "A" off a work's title; a person's name holds no pronoun either ("Lose My
Way"). Also a "Mr" and an adjective that is no name ("the Mr Grumpy seat"): an epithet, no person.
Works on token indices; keys stay as grouped."""

from __future__ import annotations

from pipeline.entities import roles as R
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import WORK_NOUNS
from pipeline.entities.lexicon import CUES, SPEECH_VERBS, census_name, given_name, norm
from pipeline.entities.words import HONOURED, adjective, common_noun, generic_key

WORK = "WORK_OF_ART"
PRONOUNS = frozenset(CUES["title_pronouns"])  # "Me" of "Vote For Me"
ARTICLES = frozenset({"A", "An"})
NAMED = frozenset({"PERSON", "ORG", WORK})  # the labels an "A"-led title is read with
LISTING = frozenset({",", "and", "&"})
PERSON_NEXT = frozenset({"who", "whose", "himself", "herself"})
ENDS = frozenset({".", "!", "?", ":", ";"})  # a capital "A" after them opens a sentence


def articled_titles(ctx: DocCtx, groups: list[list[Cand]]) -> list[list[Cand]]:
    """Give works their article and label (see the module's doc); drop the groups of epithets."""
    out = []
    people = {i for ms in groups if ms[0].label == "PERSON" for c in ms if c.end - c.start > 1
              for i in range(c.start, c.end)}  # full names: "Ann Lee, The Kid and ..." lists people
    for ms in groups:
        label = ms[0].label
        if label == "PERSON" and _epithet(ctx, ms):
            continue
        the_led = label == "PERSON" and all(ctx.words[c.start] == "The" for c in ms)
        if the_led and not _personal(ctx, ms, people) or label == "PERSON" and _pronouned(ctx, ms):
            _relabel(ms)  # "The Glass Slipper", "Lose My Way": no person's name
        elif label in NAMED and (label == WORK or not ctx.sports):
            led = [c for c in ms if _own_article(ctx, c)]
            for c in led:
                c.start -= 1
            if led and label != WORK:
                _relabel(ms)
        out.append(ms)
    return out


def _relabel(ms: list[Cand]) -> None:
    """Every mention a work, with no person's role."""
    for c in ms:
        c.label, c.role = WORK, None


def _personal(ctx: DocCtx, ms: list[Cand], people: set[int]) -> bool:
    """A mention acts as a person: a role, or "who"/"whose" or a verb of saying right after it ("The
    Kid, whose real name is ...", "The Kid told"), a relation before it ("his protege The Kid"), or
    a person's full name listed right before or after it ("Ann Lee, The Kid and ...")."""
    words, n = ctx.words, len(ctx.words)
    for c in ms:
        if c.start > 1 and words[c.start - 1] in LISTING and c.start - 2 in people:
            return True
        if c.end + 1 < n and words[c.end] in LISTING and c.end + 1 in people:
            return True
        k = c.end + (c.end < n and words[c.end] == ",")
        if k < n and (words[k] in PERSON_NEXT or words[k] in SPEECH_VERBS):
            return True
        prev = ctx.toks[c.start - 1] if c.start > 0 else None
        if prev is not None and prev.tag_ == "NN" and prev.is_lower and prev.text not in WORK_NOUNS:
            return True  # "his protege The Kid", "rapper The Kid"; not "the fairy tale The X"
    return bool(R.role(ctx, ms))


def _own_article(ctx: DocCtx, c: Cand) -> bool:
    """A capital "A"/"An" right before the mention, inside its sentence on the same line (not after
    an end mark, a line break or a headline's capitals), which the parse makes a determiner of the
    mention's words; the mention opens with a common noun or adjective that is no given name
    ("A Tom Hale" of a team sheet is an initial)."""
    s, words = c.start, ctx.words
    if s < 2 or words[s - 1] not in ARTICLES or ctx.ws[s - 1] != " " or ctx.in_caps(s):
        return False
    if words[s - 2] in ENDS or "\n" in ctx.ws[s - 2] or words[s - 2].isspace():
        return False
    first = norm(words[s])
    if not ctx.parsed or not words[s].istitle() or not generic_key(first) or given_name(first):
        return False
    art = ctx.toks[s - 1]
    return not art.is_sent_start and s <= art.head.i < c.end


def _pronouned(ctx: DocCtx, ms: list[Cand]) -> bool:
    """Every mention holds, after its first word, a capitalised pronoun or form of "be" ("Lose My
    Way", "Vote For Me", "Love Is Here"): a title, no personal name."""
    return all(any(w.istitle() and w.lower() in PRONOUNS for w in ctx.words[c.start + 1 : c.end]) for c in ms)


def _epithet(ctx: DocCtx, ms: list[Cand]) -> bool:
    """Every mention is one word after "Mr"/"Mrs"/"Ms"/"Dr", an adjective that is no noun and no
    census name ("Mr Grumpy"): a nickname for a part someone plays, no person's name."""
    words = ctx.words
    if any(c.end - c.start != 1 or c.start == 0 or words[c.start - 1] not in HONOURED for c in ms):
        return False
    key = norm(words[ms[0].start])
    return adjective(key) and not common_noun(key) and not census_name(key)
