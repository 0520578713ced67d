"""Names set off by a kinship apposition are people: "Ivo Marsh, the governor's son-in-law,",
"Marsh, her estranged husband.", "Ana Kell, a younger sister of ...". Only a person is someone's
relative, so a name the model calls a body or a place with such an apposition right after it (no
noun following the kin word: "Norvik, its sister company" is a body) is a PERSON, whose vote then
carries its other mentions. All work on token indices and the article's text.
"""

from __future__ import annotations

import re

from pipeline.entities import lexicon as L
from pipeline.entities import names as NM
from pipeline.entities.candidates import EVIDENCE, Cand, DocCtx

RELABELLED = frozenset({"ORG", "FAC", "GPE", "LOC", "NORP"})  # the model's labels a relative loses
KIN = "|".join(sorted((re.escape(k) for k in L.KIN_NOUNS if k != "partner"), key=len, reverse=True))
OWNER = r"(?:(?:Mr|Mrs|Ms|Dr|Miss)\.? )?[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}(?:'s|\u2019s|'|\u2019)"
APPOSED = re.compile(  # ", the president's [younger] son-in-law" up to what closes the phrase
    rf"^,\s+(?:(?:the|a|an|his|her|their)\s+)?(?:{OWNER}\s+|[a-z]+(?:'s|\u2019s)\s+)?"
    rf"(?:[a-z][\w-]*\s+){{0,2}}?(?:{KIN})(?=\s*(?:[,.;:)\u2013\u2014-]|$)|\s+(?:of|who|and|to)\b)"
)
REACH = 80  # characters of the apposition read


def kin_people(ctx: DocCtx, cands: list[Cand]) -> None:
    """Label PERSON the names the model calls no person that a kinship apposition follows (see the
    module's doc)."""
    for c in cands:
        if c.label not in RELABELLED or c.src in EVIDENCE or c.end >= len(ctx.words):
            continue
        if ctx.words[c.end] != "," or not _name_shaped(ctx, c):
            continue
        at = ctx.idx[c.end]
        if APPOSED.match(ctx.text[at : at + REACH]):
            c.label, c.weight = "PERSON", c.weight + 2.0


def _name_shaped(ctx: DocCtx, c: Cand) -> bool:
    """Two or three capitalised words with no body's noun, or one such word no gazetteer knows."""
    if c.end - c.start > 1:
        return NM.name_cased(ctx, c.start, c.end)
    word = ctx.words[c.start]
    return word.istitle() and word.isalpha() and not L.gazetteer_label(L.norm(word))
