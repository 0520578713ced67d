"""A sentence's opening common noun and "of" glued to the owner's name before a possessive.

`owner_heads` cuts the model's work title that opens a sentence with a word the article also writes
in lower case and "of", and ends right before a possessive ("Fans of Kelvix's new album" read as
the title "Fans of Kelvix"): the owner ("Kelvix") is the name, when the article names it elsewhere
alone; the cut mention takes the label the article's other mentions of it have. A title keeps no
possessive after it ("Friends of Kelvix" is written whole). All work on token indices.
"""

from __future__ import annotations

from collections import Counter

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import POSS
from pipeline.entities.words import lower_words

GLUED = frozenset({"WORK_OF_ART"})  # the model's labels of such a glued span


def owner_heads(ctx: DocCtx, cands: list[Cand]) -> None:
    """Cut a sentence's opening noun and "of" off the owner's name (see the module)."""
    words = ctx.words
    for c in cands:
        s, e = c.start, c.end
        if c.label not in GLUED or c.src != "model" or e - s < 3 or e >= len(words) or words[e] not in POSS:
            continue
        opens = s == 0 or ctx.toks[s].is_sent_start or "\n" in words[s - 1]  # after a headline's line
        if words[s + 1] != "of" or not opens or words[s].lower() not in lower_words(ctx):
            continue
        name = ctx.norm_of(s + 2, e)
        others = Counter(m.label for m in cands if m is not c and ctx.norm_of(m.start, m.end) == name)
        if others:
            c.start, c.label = s + 2, others.most_common(1)[0][0]
