"""Labels of things the model takes for bodies or people, read from a name's own words and the words
around it (`thing_label`): a regulation's or a code's name ("the Kelby Fishing Regulation", "the
Trade Council Code of Practice": LAW), an acronym in apposition to a law's noun ("a new directive,
KFR, takes effect": LAW, its other mentions joined by the article's vote), and an honour's letters
after a determiner ("was made an OBE", "received the CBE": an award, WORK_OF_ART). Token indices."""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import ACRONYM
from pipeline.entities.lexicon import CUES, ORG_HEADS

HONOURS = frozenset(CUES["honours"])  # "MBE", "OBE", "CBE": ranks of an order
HONOUR_LEADS = frozenset({"a", "an", "the", "his", "her", "their"})  # "made a CBE", "her OBE"
REGULATION_HEADS = frozenset({"Directive", "Regulation", "Regulations"})  # "the X Regulation"
LAW_NOUNS = frozenset({"directive", "directives", "regulation", "regulations", "treaty", "convention",
                       "charter"})  # ", a directive, X": no "act" (a band), "code" or "protocol" (a term)
CODE_TAIL = 2  # capitalised words after "Code of" ("Code of Practice")


def thing_label(ctx: DocCtx, c: Cand) -> str:
    """LAW or WORK_OF_ART for a name its own words or its neighbours make a law or an honour (see
    the module), "" otherwise."""
    words, s, e = ctx.words, c.start, c.end
    if e - s == 1:
        if words[s] in HONOURS and s > 0 and words[s - 1].lower() in HONOUR_LEADS:
            return "WORK_OF_ART"
        return "LAW" if _law_apposed(ctx, s) else ""
    if words[e - 1] in REGULATION_HEADS and words[e - 2][:1].isupper() or _coded(words, s, e):
        return "LAW"
    return ""


def _law_apposed(ctx: DocCtx, s: int) -> bool:
    """An acronym right after a law's noun and a comma (", a directive, KFR"): the law's short name."""
    words = ctx.words
    return s > 1 and words[s - 1] == "," and words[s - 2] in LAW_NOUNS and bool(ACRONYM.match(words[s]))


def _coded(words: list[str], s: int, e: int) -> bool:
    """A name holding "Code of" and ending one or two capitalised words later ("the Trade Council
    Code of Practice"), no body's head last ("Code of Practice Authority")."""
    for k in range(s, e - 2):
        if words[k] == "Code" and words[k + 1] == "of" and e - (k + 2) <= CODE_TAIL:
            tail = words[k + 2 : e]
            return all(w[:1].isupper() and w.isalpha() for w in tail) and tail[-1] not in ORG_HEADS
    return False

