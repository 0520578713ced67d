"""Markup left in an article's text (see `pipeline.nlp.markup`): a tag's name or attribute ('tweet'
of '<tweet author="@x">', 'author') is no cue of reported speech. The words between an opening and
a closing tag are the post's text and stay."""

from __future__ import annotations

import numpy

from pipeline.nlp.markup import tag_spans


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
