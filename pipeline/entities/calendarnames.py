"""Surnames that are also a month's or a weekday's name ("Ann May", "Tom Friday"), and names that
end in a weekday's plural ("the Lazy Sundays": a band, no date; `plural_day`).

The model reads "May said" as a date and leaves the person's later mentions out. Where the article
names a person in full whose last word is a calendar word, `calendar_surnames` takes each lone,
capitalised use of that word that acts as the subject of a verb right after it ("May said", "May
wrote on his website", "May, who") as a mention of the person: no number around it ("May 5", "5
May", "May 2005"), no preposition, article or time word before it ("in May", "last May"). All work
on token indices.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.entities import candidates as C
from pipeline.entities.candidates import Cand
from pipeline.entities.names import CALENDAR_NAMES
from pipeline.entities.words import FINITE_TAGS

NOT_BEFORE = frozenset(
    {
        "in",
        "on",
        "of",
        "since",
        "until",
        "till",
        "by",
        "from",
        "to",
        "through",
        "last",
        "next",
        "this",
        "early",
        "late",
        "mid",
        "every",
        "each",
        "the",
        "a",
        "an",
        "during",
        "before",
        "after",
        "between",
    }
)  # "in May", "last May", "the May elections"
WEIGHT = 2.0


def plural_day(words: list[str], k: int) -> bool:
    """Word k is a weekday's or a month's plural that closes a name after a capitalised word that is
    no small word nor itself a calendar word ("Lazy Sundays" drummer; not "On Mondays", "Mondays")."""
    w = words[k]
    if k == 0 or len(w) < 5 or w[-1] != "s" or w[:-1] not in CALENDAR_NAMES:
        return False
    prev = words[k - 1]
    return prev.istitle() and prev.isalpha() and prev not in CALENDAR_NAMES and prev.lower() not in STOP_WORDS


def calendar_surnames(ctx: C.DocCtx, cands: list[Cand]) -> list[Cand]:
    """New PERSON candidates for the lone uses of a calendar surname (see the module's doc)."""
    words = ctx.words
    names = {words[c.end - 1] for c in cands if c.label == "PERSON" and c.end - c.start > 1}
    names &= CALENDAR_NAMES
    if not names:
        return []
    out = []
    for k, w in enumerate(words):
        if w in names and _acting(ctx, k) and ctx.free(k, k + 1):
            c = Cand(k, k + 1, "PERSON", "rule", WEIGHT)
            ctx.take(c)
            out.append(c)
    return out


def _acting(ctx: C.DocCtx, k: int) -> bool:
    """Token k is a lone calendar word used as a person's subject (`calendar_surnames`)."""
    doc, n = ctx.toks, len(ctx.toks)
    if k + 1 >= n or (k > 0 and (doc[k - 1].lower_ in NOT_BEFORE or doc[k - 1].like_num)):
        return False
    if k > 0 and doc[k - 1].is_title and doc[k - 1].is_alpha and not doc[k - 1].is_sent_start:
        return False  # "Ann May" itself, "Good Friday"
    nxt = doc[k + 1]
    if nxt.like_num or nxt.is_title:
        return False  # "May 5", "May Day"
    if nxt.text == ",":  # "May, who", "May, 45,"
        return k + 2 < n and doc[k + 2].lower_ in {"who", "whose"}
    return nxt.tag_ in FINITE_TAGS and nxt.pos_ in {"VERB", "AUX"}  # "May said", "May says", "May will"
