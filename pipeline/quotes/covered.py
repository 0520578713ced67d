"""Speakerless doubles: an agentless cue ('A is expected to B') over the same words as an attribution
that names its holder ('A is expected to B, according to X'). The named one stays; alone, the
agentless one is kept (PolNeAR annotates it)."""

from __future__ import annotations

from pipeline.quotes.doc import Item


def uncovered(items: list[Item]) -> list[Item]:
    """`items` without a speakerless item, its cue inside its own words, whose span a cued item with a
    speaker has too (not 'amid claims that A. That was denied by X': the claim's cue is outside A)."""
    named = {(it.start, it.end) for it in items if it.speaker is not None and it.cue is not None}
    return [it for it in items if it.speaker is not None or it.cue is None or (it.start, it.end) not in named
            or not it.start <= it.cue.idx < it.end]
