"""Markup left in an article's text: embedded-post tags ('<tweet author="@x" id="1">…</tweet>', a
bare '<tweet/') are no words of the article; a tag's name or attribute ('tweet', 'author') is no cue
of reported speech. The words between an opening and a closing tag are the post's text and stay."""

from __future__ import annotations

import re

import numpy

_TAG_RE = re.compile(r"</?[A-Za-z][\w:-]*(?:\s+[\w:-]+\s*=\s*\"[^\"\n<>]*\")*\s*/?>?")


def tag_spans(text: str) -> list[tuple[int, int]]:
    """Character spans [start, end) of the markup tags in `text` (none without a '<': no scan)."""
    if "<" not in text:
        return []
    return [(m.start(), m.end()) for m in _TAG_RE.finditer(text)]


def in_tags(starts: list[int], text: str) -> numpy.ndarray | None:
    """Per token (by its start offset): whether it starts inside a markup tag; None when the text has
    no tag."""
    spans = tag_spans(text)
    if not spans:
        return None
    at = numpy.asarray(starts, dtype="int64")
    inside = numpy.zeros(len(starts), dtype=bool)
    for s, e in spans:
        inside[numpy.searchsorted(at, s) : numpy.searchsorted(at, e)] = True
    return inside
