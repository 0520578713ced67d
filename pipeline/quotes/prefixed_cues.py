"""Cue words that are only the second half of a hyphenated verb whose prefix changes the sense: a
prefix of degree or error ('over-stated its profits', 'under-reported the losses', 'mis-quoted the
rules', 'out-argued his rival') makes an act on a thing of a verb of saying, and no one's claim; a
prefix of repetition or company keeps the saying ('re-stated that A', 'co-wrote that B')."""

from __future__ import annotations

from spacy.tokens import Token

PREFIXES = frozenset({"over", "under", "mis", "out"})  # degree or error: 'over-stated', 'mis-reported'
_HYPHENS = frozenset({"-", "‐", "‑"})


def sense_prefixed(cue: Token) -> bool:
    """`cue` is glued to a hyphen glued to a prefix of degree or error ('over-stated')."""
    if cue.i < 2:
        return False
    hyphen, prefix = cue.doc[cue.i - 1], cue.doc[cue.i - 2]
    return (hyphen.text in _HYPHENS and not hyphen.whitespace_ and not prefix.whitespace_
            and prefix.lower_ in PREFIXES)
