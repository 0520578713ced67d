"""A plain name the model calls an organisation is a person when a post held at a body is written
beside it: before it with the body between ("the rector of Kelby University, Ann Lee"; "Deputy
director-general of KRD Tom Hale"), or after it in an apposition that names the body first ("Ann
Lee, Norvik Party MP for Eastmoor"). The body's words make no organisation of the name itself.
`grouplabels` asks this of a name no other sign decides. All work on token indices.
"""

from __future__ import annotations

from pipeline.entities import candidates as C
from pipeline.entities import firms as FM
from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand

POST_PREPS = frozenset({"of", "at", "for"})  # "rector of", "analyst at", "minister for" a body
BODY_GLUE = frozenset({"the", "of", "and", "&", "-", "'s", "\u2019s"})  # inside a body's name
ARTICLES = frozenset({"a", "an", "the"})
CLOSERS = frozenset({",", ".", ";", ":", "for", "of", "at", "in", "who", "and"})  # after an apposed post
BODY_MAX = 8  # words a body's name spans at most


def posted(ctx: C.DocCtx, ms: list[Cand]) -> bool:
    """Some mention of a name has a post held at a body written beside it (see the module's doc)."""
    return any(_post_before(ctx.words, c.start) or _post_after(ctx.words, c.end) for c in ms)


def post(word: str) -> bool:
    """A word naming a post held by a person ("rector", "Minister", "director-general"), none that
    names a body ("publisher", "developer")."""
    parts = word.lower().split("-")
    return not FM.firm_noun(word) and any(L.is_title(p) or L.post_word(p) for p in parts)


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _post_before(words: list[str], s: int) -> bool:
    """'<post> of <Body>[,]' right before token s, the body one or more capitalised words."""
    i = s - 1
    if i >= 0 and words[i] == ",":
        i -= 1
    capitals = 0
    for k in range(i, max(i - BODY_MAX, 0) - 1, -1):
        w = words[k]
        if w in POST_PREPS and capitals and k > 0 and post(words[k - 1]):
            return True
        if _capital(w):
            capitals += 1
        elif w not in BODY_GLUE and not (w.isalpha() and words[k + 1] == "-"):  # "sub-Sahara"
            return False
    return False


def _post_after(words: list[str], e: int) -> bool:
    """', [the] <Body> <post>' right after token e, closing its phrase ("Ann Lee, Kelby Party MP for")."""
    n = len(words)
    if e + 2 >= n or words[e] != ",":
        return False
    k = e + 1 + (words[e + 1].lower() in ARTICLES)
    capitals = 0
    while k < n and k - e <= BODY_MAX + 1:
        w = words[k]
        if capitals and post(w) and (k + 1 >= n or words[k + 1] in CLOSERS):
            return True
        if not (_capital(w) or w in BODY_GLUE and capitals):
            return False
        capitals += 1
        k += 1
    return False
