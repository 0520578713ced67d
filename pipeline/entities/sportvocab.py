"""Sports stories told by one sport's own words: a tennis report says "doubles", "seeded" and
"tie-break" but may name no striker nor penalty (`sport.story`'s strong words).

`own_sport` finds a sport of `entities_sport.json` (`sport_vocab`) with several of its own words in
the story, the sport named ("tennis") or other sports words beside them. It reads the word counts
`sport.story` makes once per document.
"""

from __future__ import annotations

from collections import Counter

from pipeline.entities.lexicon import SPORT

VOCAB = {k: frozenset(v) for k, v in SPORT["sport_vocab"].items()}
NAMES = {k: frozenset(v) for k, v in SPORT["sport_names"].items()}
OWN_NAMED = 3  # kinds of a sport's own words that tell its story when the sport is named
OWN_ALONE = 4  # kinds of them needed when only other sports words stand beside them
SPORTY_BESIDE = 3  # kinds of other sports words needed beside a sport's own words, unnamed


def own_sport(counts: Counter[str], sporty: int) -> str | None:
    """The sport whose own words tell the story (`counts`: the story's lower-case words; `sporty`:
    kinds of general sports words in it), or None."""
    for sport, words in VOCAB.items():
        own = sum(1 for w in words if w in counts)
        if own < OWN_NAMED:
            continue
        if any(w in counts for w in NAMES[sport]) or own >= OWN_ALONE and sporty >= SPORTY_BESIDE:
            return sport
    return None
