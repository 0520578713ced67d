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
APPOSED_GLUE = BODY_GLUE - {"and", "&"}  # after a name "and" lists ("X, Lights and Sleeping Princess")
ARTICLES = frozenset({"a", "an", "the"})
CLOSERS = frozenset({",", ".", ";", ":", "for", "of", "at", "in", "who", "and"})  # after an apposed post
BODY_MAX = 8  # words a body's name spans at most
PERSON_ENDS = ("tor", "ist", "ian")  # a post's suffixes that name no thing ("rector", "specialist")


def posted(ctx: C.DocCtx, ms: list[Cand]) -> bool:
    """Some mention of a name of two words or more has a post held at a body written beside it (see
    the module's doc); one word may be a body's own ("Minister of Education, Health and ...")."""
    words = ctx.words
    return any(c.end - c.start > 1 and (_post_before(words, c.start) or _post_after(words, c.end))
               for c in ms)


def post(word: str) -> bool:
    """A word naming a post held by a person ("rector", "Minister", "director-general"): a title
    or role noun by list, or a person's suffix ("-tor", "-ist"); none that names a body ("publisher",
    "developer") nor a thing ("cover")."""
    if FM.firm_noun(word):
        return False
    parts = word.lower().split("-")
    return any(L.is_title(p) or p in L.ROLE_NOUNS or (p.endswith(PERSON_ENDS) and L.post_word(p))
               for p in parts)


def _capital(word: str) -> bool:
    """The word opens with a capital letter."""
    return word[:1].isupper()


def _post_before(words: list[str], s: int) -> bool:
    """'<post> of <Body>,' right before token s, the body one or more capitalised words; without the
    comma, an acronym ("director of KRD Tom Hale"), else the name may be the body's last words."""
    i = s - 1
    comma = i >= 0 and words[i] == ","
    i -= comma
    capitals = 0
    for k in range(i, max(i - BODY_MAX, 0) - 1, -1):
        w = words[k]
        if w in POST_PREPS and capitals and k > 0 and post(words[k - 1]):
            return comma or (k == i - 1 and words[i].isupper() and len(words[i]) > 1)
        if _capital(w):
            capitals += 1
        elif w not in BODY_GLUE and not (w.isalpha() and words[k + 1] == "-"):  # "sub-Sahara"
            return False
    return False


def _post_after(words: list[str], e: int) -> bool:
    """', [the] <Body> <post>' right after token e, closing its phrase ("Ann Lee, Kelby Party MP for");
    a capitalised post a title by list."""
    n = len(words)
    if e + 2 >= n or words[e] != ",":
        return False
    k = e + 1 + (words[e + 1].lower() in ARTICLES)
    capitals = 0
    while k < n and k - e <= BODY_MAX + 1:
        w = words[k]
        titled = L.is_title(w.lower()) if _capital(w) else post(w)
        if capitals and titled and (k + 1 >= n or words[k + 1] in CLOSERS):
            return True
        if not (_capital(w) or w in APPOSED_GLUE and capitals):
            return False
        capitals += 1
        k += 1
    return False
