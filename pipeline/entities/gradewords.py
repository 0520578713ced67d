"""Grades, categories and levels the model takes for names (`grade_word`): a grade word and its
numeral or letter before the common word it grades ("a Grade II listed hall", "a Category 4
storm", "Level 3 skills", "a Class B drug", "Band D homes") is a rank on a scale, no name. A grade
with no common word after it ("moved up to Grade 5.") is left alone, and so are groups and stages
of contests ("Group C", "Stage 4")."""

from __future__ import annotations

import re

from pipeline.entities.candidates import Cand, DocCtx

GRADE_WORDS = frozenset({"Grade", "Category", "Level", "Class", "Tier", "Band"})
MARK = re.compile(r"^(?:\d{1,2}|[IV]{1,3}|[A-E])$")  # "Grade II", "Category 4", "Class B"


def grade_word(ctx: DocCtx, c: Cand) -> bool:
    """True when the candidate is a grade word and its mark before a lower-case word (module doc)."""
    w, s, e = ctx.words, c.start, c.end
    if e - s == 1 and e < len(w):
        e += 1  # the grade word alone, cut from its mark ("Category" of "Category 4 storm")
    if e - s != 2 or w[s] not in GRADE_WORDS or not MARK.match(w[e - 1]) or e >= len(w):
        return False
    nxt = w[e + 1] if w[e] == "-" and e + 1 < len(w) else w[e]  # "Grade II-listed"
    return nxt.isalpha() and nxt.islower()
