"""A title written "A, B & C" ("Heart, Stone & Fire"): its pieces parted by commas, the last after
"&", are one title, not a list (works are listed with "and"). `ampersand_end` carries the end of a
title's first piece on over the others. Every piece's words are common English words ("Mind, Body &
Soul"): a list of bodies or people ("House of Fraser, Marks & Spencer", "Clark, Johnson & Johnson")
is no title. Works on token indices."""

from __future__ import annotations

from pipeline.entities.words import english_word

PIECE_MAX = 2  # capitalised words of one piece


def ampersand_end(words: list[str], e: int) -> int:
    """The end of a title "A, B & C" whose first piece ends at e: pieces of one or two capitalised
    common words after commas, the last after "&", no capitalised word after it; e when there are none."""
    n, k = len(words), e
    if e < 1 or e >= n or words[e] != "," or not english_word(words[e - 1].lower()):
        return e
    while k < n and words[k] == ",":
        k = _piece_end(words, k + 1)
        if k is None:
            return e
    if k == e or k >= n or words[k] != "&":
        return e
    j = _piece_end(words, k + 1)
    return e if j is None or (j < n and words[j][:1].isupper()) else j


def _piece_end(words: list[str], s: int) -> int | None:
    """The end of one or two capitalised common words from s (a piece of a title), or None."""
    j = s
    while j < len(words) and j - s < PIECE_MAX and words[j][:1].isupper() and words[j].isalpha() \
            and english_word(words[j].lower()):
        j += 1
    return j if j > s else None
