"""A role phrase that describes one match rather than a post: what a player did in it ("the two-goal
scorer", "man of the match", "goalscorer": no role, unless a standing word opens it, "top scorer",
"record goalscorer"; a "winner over" an opponent or with the score), the words tying a role to the
day ("substitute on the day" -> "substitute"), and what a number before the role counts in the match
("two-try wing" -> "wing"). Read from the words of the phrase; `relationroles.kept` asks."""

from __future__ import annotations

import re

from spacy.lang.en.lex_attrs import like_num

from pipeline.entities import lexicon as L

DOERS = tuple(tuple(d.split(" ")) for d in L.SPORT["match_doers"])  # "scorer", "man of the match"
TAILS = tuple(tuple(t.split(" ")) for t in L.SPORT["match_tails"])  # "on the day"
COUNTS = frozenset(L.SPORT["match_counts"])  # "two-try", "three-goal"
STANDING = frozenset(L.SPORT["standing_words"])  # "top" scorer
SCORE = re.compile(r"^\d{1,2}-\d{1,2}$")  # "6-4": a match's score before "winner"
HEAD_ENDS = frozenset({"of", "in", "for", "at", "against", "with", "on", "over", "and"})  # after the head
JOINS = frozenset({"and", "&", ","})
WINS = frozenset({"winner", "victor"})  # "winner over" an opponent: a match's result


def stable(words: list[str]) -> list[str] | None:
    """The words of a role phrase that outlast the match, or None when none do."""
    words = _before_tail(words)
    low = [w.lower() for w in words]
    head = next((n for n, w in enumerate(low) if n and w in HEAD_ENDS), len(low)) - 1
    if head < 0 or any(_doer(low, n) for n in range(len(low))) and not STANDING & set(low[:head + 1]):
        return None
    if low[head] in WINS and (low[head + 1 : head + 2] == ["over"] or any(map(SCORE.match, low[:head]))):
        return None  # "winner over Tom Hale", "6-4 6-2 winner": one match's result
    kept = [w for n, w in enumerate(words) if n >= head or not _count(low[n])]
    return kept if kept and kept != [""] else None  # a phrase of words, not blank


def _before_tail(words: list[str]) -> list[str]:
    """The words before the first tail tying the role to the match, without a join left dangling."""
    low = [w.lower() for w in words]
    cut = next((n for n in range(len(low)) for t in TAILS if tuple(low[n : n + len(t)]) == t), len(low))
    words = words[:cut]
    while words and words[-1].lower() in JOINS:
        words.pop()
    return words


def _doer(low: list[str], n: int) -> bool:
    """The words from n on open what a player did in a match ("scorer", "man of the match")."""
    return any(tuple(low[n : n + len(d)]) == d for d in DOERS)


def _count(word: str) -> bool:
    """A count of what a player did in the match ("two-try", "3-goal", "hat-trick"), or a score."""
    if word in COUNTS or SCORE.match(word):
        return True
    number, _, what = word.partition("-")
    return bool(what) and like_num(number) and what in COUNTS
