"""Work nouns written with a hyphen ("re-make" for "remake"): spaCy cuts them into three tokens and
tags the last a verb, so the cue reader (`evidence.cue_cands`) would miss the title after them.
`hyphened_work` tells it token i ends such a noun: the words either side of the hyphen make a work
noun together, and a work noun or a determiner stands before it ("the movie re-make X", "a re-make
of"), which no verb has."""

from __future__ import annotations

from pipeline.entities.lexicon import CUES

WORK_NOUNS = frozenset(CUES["work_nouns"])
LEADS = frozenset({"the", "a", "an", "its", "his", "her", "their", "this"})


def hyphened_work(words: list[str], i: int) -> bool:
    """Token i ends a hyphenated work noun after a work noun or a determiner (see the module's doc)."""
    if i < 3 or words[i - 1] != "-" or not words[i].islower() or not words[i - 2].islower():
        return False
    lead = words[i - 3].lower()
    return words[i - 2] + words[i] in WORK_NOUNS and (lead in LEADS or lead in WORK_NOUNS)
