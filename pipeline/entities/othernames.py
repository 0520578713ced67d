"""A person's other name given beside theirs ("Stone, whose real name is Ann Lee Hale", "X (born Y)",
"Y, better known as X", "Mars - real name Ann Lee Hale -"): the alias joins the person.

`other_names` joins the keys of such a pair while grouping; `join_aliases` moves a whole group into
the named person's after (a stage name that is a surname). Both read the words in lower case.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from pipeline.entities.candidates import Cand

ALIAS_SEPARATORS = frozenset({",", "(", "-", "\u2013", "\u2014"})  # "X, born Y", "X - real name Y -"
NAME_KINDS = ("real", "birth", "full", "given")  # "whose real name is", "his birth name"
ALIAS_LINKS = (("born",), ("also", "known", "as"), ("better", "known", "as"), ("aka",), ("a.k.a.",)) + tuple(
    (*owner, kind, "name", *tail)
    for owner in ((), ("whose",), ("his",), ("her",))
    for kind in NAME_KINDS
    for tail in ((), ("is",), (":",))
)
LINKS_BY_FIRST = {
    first: [link for link in ALIAS_LINKS if link[0] == first] for first in {link[0] for link in ALIAS_LINKS}
}  # the links a word may open


def _alias_pairs(words: list[str], ends: dict[int, str], starts: dict[int, str], fits: Callable) -> Iterator:
    """(first, second) for a name (`ends`: its end -> its owner) followed by a comma, a bracket or a
    dash and an alias link ("Sizzla, whose real name is Miguel Collins", "X (born Y)", "Y, better
    known as X", "Mars - real name Ann Lee Hale -"), and the name right after (`starts`), the first
    link's pair that `fits`; `words` in lower case. Lazy: a pair may change what fits next."""
    for end, first in ends.items():
        if end < len(words) and words[end] in ALIAS_SEPARATORS:
            after = end + 1
        elif words[end - 1] in ALIAS_SEPARATORS:
            after = end  # the model's "Mars -"
        else:
            continue
        for link in LINKS_BY_FIRST.get(words[after], ()) if after < len(words) else ():
            k = after + len(link)
            second = starts.get(k) if tuple(words[after:k]) == link else None
            if second and fits(first, second):
                yield first, second
                break


def other_names(
    words: list[str], by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]
) -> None:
    """A person's other name given beside theirs (`_alias_pairs`; `words` in lower case) is an
    alias: the second joins the first."""
    key_at = {c.start: k for k, ms in by_key.items() for c in ms}
    ends = {c.end: k for k, ms in by_key.items() for c in ms}

    def fits(first: str, second: str) -> bool:
        return second != first and labels.get(first) == labels.get(second) == "PERSON"

    for first, second in _alias_pairs(words, ends, key_at, fits):
        parent.setdefault(second, parent.get(first, first))


def join_aliases(words: list[str], groups: dict[str, list[Cand]], kinds: dict[str, str]) -> None:
    """An alias whose key joined no other (`other_names`: a stage name that is a surname, "Stone -
    real name Ann Lee Hale -") moves its person's group into the named person's; `kinds` gives each
    group's label, `words` are in lower case."""
    moved: dict[str, str] = {}

    def root(r: str) -> str:
        while r in moved:
            r = moved[r]
        return r

    def fits(first: str, second: str) -> bool:
        a, b = root(first), root(second)
        return a != b and kinds.get(a) == kinds.get(b) == "PERSON"

    ends = {c.end: r for r, ms in groups.items() for c in ms}
    starts = {c.start: r for r, ms in groups.items() for c in ms}
    for first, second in _alias_pairs(words, ends, starts, fits):
        a, b = root(first), root(second)
        groups[a].extend(groups.pop(b))
        moved[b] = a
