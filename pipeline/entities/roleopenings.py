"""Where a role phrase read beside a name really opens: past an adverb of time and the article after
it (", presently a non-executive director" -> "non-executive director"; ", now home secretary" ->
"home secretary"), and past the words of the clause before an article inside its head ("after the
Kelby strike a Norvik steward, Tom Hale," -> "Norvik steward"): a phrase never reaches back over
its own article, nor over the mood words opening it (`moodwords`: "a crestfallen Norvik coach"). A
role no longer held (", formerly a minister") is none."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.entities import lexicon as L
from pipeline.entities import moodwords as MW
from pipeline.entities.appositions import ARTICLES, PREPS

PAST_ADVERBS = frozenset({"formerly", "once", "previously"})  # the post is no longer held
KEPT_ADVERBS = frozenset({"then"})  # "then Lord Chancellor": the post held then, as "former" says
BEFORE_ARTICLE = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})  # an article after these opens a new phrase


def opened(words: list[Token]) -> list[Token] | None:
    """The role's words from where the phrase opens: after the last article its head holds after
    another word, past leading adverbs and articles; None when an adverb says the post is past, or
    the phrase cut at an article ends in no role word."""
    cut = _last_inner_article(words)
    rest = words[cut:]
    while rest and (rest[0].lower_ in ARTICLES or _adverb(rest[0])):
        if rest[0].lower_ in PAST_ADVERBS:
            return None
        rest = rest[1:]
    rest = MW.opened(rest)  # "a crestfallen Norvik coach": the coach
    if cut and not (rest and L.role_word(_head(rest).lower_)):
        return None  # "the Kelby incident a Norvik fan": no role noun heads what is left
    return rest


def _last_inner_article(words: list[Token]) -> int:
    """The index of the last article before the phrase's first preposition that follows a noun,
    adjective, name or number ("incident a"), 0 if none."""
    found = 0
    for n, t in enumerate(words):
        if n and t.lower_ in PREPS:
            break
        if n and t.lower_ in ARTICLES and words[n - 1].pos_ in BEFORE_ARTICLE:
            found = n
    return found


def _adverb(tok: Token) -> bool:
    """A lower-case adverb opening the phrase and saying when of the role ("presently", "now"), not
    "then" (a post held then, like "former"), nor one of a modifier's ("newly" elected, "well-known",
    "straight-talking"), nor a title's word."""
    if tok.tag_ != "RB" or not tok.is_lower or not tok.is_alpha or tok.lower_ in KEPT_ADVERBS:
        return False
    glued = not tok.whitespace_ and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-"
    if glued or tok.head.pos_ in {"ADJ", "VERB"} and tok.head.i > tok.i:
        return False
    return L.fold(tok.text) not in L.TITLE_MODIFIERS


def _head(words: list[Token]) -> Token:
    """The phrase's head: its last word before its first preposition."""
    cut = next((n for n, t in enumerate(words) if n and t.lower_ in PREPS), len(words))
    return words[cut - 1]
