"""Where a story is set, by counts of its countries: the one it names `LEAD` times as often as each
other (`leading`), and how much more populous a city must be to be meant over its namesakes
(`DOMINANT`). Shared by `geo` and `majorcities`.
"""

from __future__ import annotations

from collections import Counter

DOMINANT = 10  # times as populous as every other candidate
LEAD = 3  # times as often as any other country: where the story is set


def leading(countries: set[str], context: Counter) -> str | None:
    """The country among `countries` the article names `LEAD` times as often as each other one
    (the only one, if it is alone)."""
    ranked = sorted(countries, key=lambda c: -context[c])
    return ranked[0] if len(ranked) == 1 or context[ranked[0]] >= LEAD * context[ranked[1]] else None
