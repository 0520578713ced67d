"""A role set off by punctuation beside a person's name: a label and a colon opening a line
("Referee: Tom Hale"), words in brackets before it ("(tour manager) Tom Hale") or a line-up's
captain's mark after it ("K Moss (capt)"), for `roles.role`."""

from __future__ import annotations

from pipeline.entities import candidates as C
from pipeline.entities import lexicon as L

MAX_BRACKETED = 5  # words of a role in brackets before a name
CAPTAIN_MARKS = frozenset({"capt", "captain"})  # a line-up's "K Moss (capt)"


def labelled(ctx: C.DocCtx, s: int) -> str | None:
    """The position a label gives the name at token s: one word naming a position, a colon, the name,
    opening a line or following a sentence ("Referee: Tom Hale", "Director: Ann Lee")."""
    if s < 2 or ctx.words[s - 1] != ":":
        return None
    word = ctx.words[s - 2]
    before = ctx.words[s - 3] if s > 2 else "\n"
    opens = s == 2 or "\n" in ctx.ws[s - 3] or before in {".", ";"} or not before.strip()
    named = word.isalpha() and word[0].isupper() and L.role_word(word.lower())
    return word.lower() if opens and named else None


def bracketed(ctx: C.DocCtx, s: int) -> str | None:
    """The role in brackets right before the name at token s, in words ending in a lower-case role
    word ("(tour manager) Tom Hale", "(coach) Ann Lee", "(Norvik goalkeeper) Tom Hale")."""
    words = ctx.words
    if s < 3 or words[s - 1] != ")":
        return None
    k = s - 2
    while k > 0 and s - k <= MAX_BRACKETED and words[k] != "(":
        k -= 1
    inner = words[k + 1 : s - 1]
    if words[k] != "(" or not inner or not all(w.replace("-", "").isalpha() for w in inner):
        return None
    return " ".join(inner) if inner[-1].islower() and L.role_word(inner[-1]) else None


def captained(ctx: C.DocCtx, end: int) -> str | None:
    """"captain" for the name ending at token `end` that a line-up marks so in brackets after it
    ("K Moss (capt)", "Ann Lee (captain, Norvik)", "T Hale (Norvik (capt)"), else None."""
    words, k = ctx.words, end
    if k < len(words) and words[k] == "(" and k + 2 < len(words) and words[k + 1].istitle() \
            and words[k + 2] == "(":  # the club first: "(Norvik (capt)"
        k += 2
    if k + 2 >= len(words) or words[k] != "(" or words[k + 2] not in {")", ","}:
        return None
    return "captain" if words[k + 1].lower() in CAPTAIN_MARKS else None
