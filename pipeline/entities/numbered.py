"""Names whose number the model cut off: a body or a work the article writes with the same number
after it in most of its mentions ("Live Aid 85 raised ... the Live Aid 85 single ... Live Aid 85
is") keeps the number in those mentions, its label unchanged. Sports reports (scores) are left
alone. Works on token indices."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.entities.candidates import Cand, DocCtx, by_key

NUMBERED = frozenset({"ORG", "WORK_OF_ART", "EVENT", "PRODUCT"})
NUMBER = re.compile(r"^\d{1,3}$")  # no year, no amount with separators


def numbered_names(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Give the number back to the mentions of a name written with it more often than without."""
    if ctx.sports:
        return
    named = [c for c in cands if c.end > c.start and c.label]
    for key, ms in by_key(ctx, named, key_of).items():
        label = labels.get(key, ms[0].label)
        if label not in NUMBERED:
            continue
        numbers = [_number_after(ctx, c) for c in ms]
        found = {n for n in numbers if n}
        if len(found) != 1 or 2 * sum(1 for n in numbers if n) <= len(ms):
            continue
        number = found.pop()
        for c in ms:  # the number also where a plural noun follows it ("X 20 storms to No 1")
            if _number_after(ctx, c, strict=False) == number:
                c.end, c.label = c.end + 1, label
                labels[key_of(ctx, c)] = label


def _number_after(ctx: DocCtx, c: Cand, strict: bool = True) -> str | None:
    """The bare number right after the mention that ends the name: no unit, count, score or name
    after it ("20 years", "20-1", "20 Downing"), a singular noun allowed ("the X 20 single"); not
    `strict`, only no number, score or name."""
    words, e = ctx.words, c.end
    if e >= len(words) or not NUMBER.match(words[e]) or ctx.ws[e - 1] != " ":
        return None
    if e + 1 < len(words):
        nxt = ctx.toks[e + 1]
        glued = not ctx.ws[e] and nxt.text in {"-", "/", ":", "%", "."}
        if glued or nxt.like_num or (nxt.is_title and not nxt.is_sent_start):
            return None
        if strict and (nxt.tag_ in {"NNS", "NNPS"} or words[e] == "1" and nxt.tag_.startswith("NN")):
            return None
    return words[e]
