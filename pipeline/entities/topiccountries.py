"""A country named as a topic rather than as where something is: the noun modifier of "the Ostrian
war", "an Ostria inquiry" ("the Ostria war was planned at Kelby House" puts no site in Ostria).

A site the gazetteer cannot place may take the one country of its sentence's located places (see
`geotext.sentence_country`); a country that only qualifies a noun there is what the sentence is
about, not where its site lies, so it gives no country.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.lang.en.stop_words import STOP_WORDS

ARTICLE = re.compile(r"\b(?:the|an?)\s$", re.IGNORECASE)
NEXT_WORD = re.compile(r" ([a-z][a-z-]*)\b")
VERB_ENDS = ("ed", "s")  # "the Ostria agreed", "the Ostria plans": a verb, the country acts
IRREGULAR_PASTS = frozenset({
    "said", "told", "won", "lost", "made", "took", "sent", "gave", "began", "came", "went", "got", "saw",
    "led", "held", "left", "kept", "paid", "sold", "bought", "spent", "set", "put", "let", "cut", "hit",
    "met", "brought", "fought", "thought", "felt", "found", "stood", "struck"})


def topical(text: str, start: int, end: int) -> bool:
    """The mention at `start`-`end` qualifies a common noun after an article ("the Ostria war"),
    not a verb or a function word ("the Ostria is", "the Ostria agreed")."""
    if not ARTICLE.search(text, max(0, start - 4), start):
        return False
    word = NEXT_WORD.match(text, end)
    return (bool(word) and word[1] not in STOP_WORDS and not word[1].endswith(VERB_ENDS)
            and word[1] not in IRREGULAR_PASTS)


def settings(items: list[dict], at: dict[int, str], text: str,
             is_country: Callable[[dict], bool]) -> dict[int, str]:
    """`at` (country by a located place's mention start) less the mentions of countries named as a
    topic (see `topical`)."""
    drop = {m["start"] for it in items if it["label"] == "GPE"  # the text test first: the lookup costs more
            for m in it["mentions"] if topical(text, m["start"], m["end"]) and is_country(it)}
    return {k: c for k, c in at.items() if k not in drop} if drop else at
