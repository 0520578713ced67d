"""Bodies named as the authors of a survey: in "a recent survey by Kestrix found" or "research by
Norvane suggested" the one-word name after a study's noun and "by" is the firm that ran it (ORG),
not the person, place or people the model may guess ("Jupiter", a town too). `survey_bodies` runs
after the per-name vote; the trigger is a set lookup on the two words before a name. A name any
mention of which reads as a person's (`firms.personal`: "Mr X", "he", a role), a given name, a
country or people, or a name that modifies a noun ("a survey by US researchers") is left alone."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.evidence import POSS
from pipeline.entities.firms import personal

STUDIES = frozenset({"survey", "surveys", "research", "study", "studies", "poll", "polls"})
GUESSED = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"})
NOUNS = frozenset({"NOUN", "PROPN"})


def survey_bodies(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Every mention of a one-word name some mention of which ran a survey ("a survey by X found")
    made an ORG (see the module's doc)."""
    if "by" not in ctx.words or not STUDIES.intersection(ctx.words):
        return
    named = [c for c in cands if c.end - c.start == 1 and c.label in GUESSED]
    for key, ms in by_key(ctx, named, key_of).items():
        if labels.get(key, ms[0].label) not in GUESSED or not any(_surveyed(ctx, c) for c in ms):
            continue
        if L.gazetteer_label(key) or L.given_name(key) or personal(ctx, ms):
            continue  # "a survey by Britain's ...", "a study by Marisol", "Mr Kestrix"
        relabel(ctx, ms, labels, key_of, "ORG")


def _surveyed(ctx: DocCtx, c: Cand) -> bool:
    """A study's noun and "by" right before the name, which ends its phrase (not "a survey by Kelby
    researchers", "a study by Kelby's university")."""
    s, e, words = c.start, c.end, ctx.words
    if s < 2 or words[s - 1] != "by" or words[s - 2].lower() not in STUDIES:
        return False
    return e >= len(words) or not (words[e] in POSS or ctx.toks[e].pos_ in NOUNS)
