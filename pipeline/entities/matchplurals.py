"""Plural common nouns of sports reports that the model calls a people, a language or a work ("the
autumn Tests", "14 Tests"): no name.

In a sports report, a one-word capitalised plural of a common noun the model tags NORP, LANGUAGE
or WORK_OF_ART, which the gazetteer knows as no people, nationality or place and the article never
writes after "the" (a team's nickname is "the Wallabies"), is a kind of match when a lower-case
noun or a number modifies every mention and no other name holds the word ("for Wolves" beside the
club "Wolves"): its mentions are dropped before the vote.
"""

from __future__ import annotations

from collections import defaultdict

from pipeline.entities import words as W
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import gazetteer_label, norm

PEOPLE_LIKE = frozenset({"NORP", "LANGUAGE", "WORK_OF_ART"})
MODIFIERS = frozenset({"NOUN", "NUM"})  # "the autumn Tests", "14 Tests"


def common_plurals(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """The candidates less the model's mentions of a sports report's plural common noun read as a
    people, a language or a work (see the module's doc)."""
    if not ctx.sports:
        return cands
    found: dict[str, list[Cand]] = defaultdict(list)
    named = set()  # words some name of another kind holds ("for Wolves" beside the club "Wolves")
    for c in cands:
        if c.src == "model" and c.label in PEOPLE_LIKE and c.end - c.start == 1:
            found[ctx.words[c.start]].append(c)
        else:
            named.update(ctx.words[c.start : c.end])
    gone = {id(c) for word, ms in found.items() if word not in named and _plain_plural(ctx, word)
            and all(_common_use(ctx, c.start) for c in ms) for c in ms}
    return [c for c in cands if id(c) not in gone] if gone else cands


def _plain_plural(ctx: DocCtx, word: str) -> bool:
    """A capitalised plural of a common noun no gazetteer knows, never after "the" in the article."""
    key = norm(word)
    if not (word.istitle() and word.isalpha() and W.plural_noun(word.lower())) or gazetteer_label(key):
        return False
    gaz = world()
    if key in gaz.places or key in gaz.peoples or key[:-1] in gaz.peoples or gazetteer_label(key[:-1]):
        return False
    return f"the {word}" not in ctx.text and f"The {word}" not in ctx.text


def _common_use(ctx: DocCtx, i: int) -> bool:
    """A lower-case noun or a number modifies token i ("the autumn Tests", "14 Tests"; not "compared
    them to Nazis", a group's name)."""
    prev = ctx.toks[i - 1] if i > 0 else None
    return prev is not None and prev.pos_ in MODIFIERS and (prev.is_lower or prev.like_num)
