"""Languages named like their people: "in English", "speaks French", "three languages: English,
French and Swiss-German" are languages (LANGUAGE), where "the English team" is a people (NORP).

`languages` relabels a name the vote made NORP (or left unknown) when its words are an ISO 639 language
name (pycountry) and one of its mentions, or a name listed with it, does what a language does in its
sentence: what one speaks, learns or translates into, what something is "in" ("a speech in French"),
or a list after "languages", a name hyphened to "language" ("Hindi-language"). A script's or
a language's name before what writes it ("the Greek alphabet", "Chinese characters", "a Russian
'a'") or listed after a script's noun ("alphabets like Cyrillic") is one too, a script's name
(ISO 15924, pycountry) whatever kind of name the model made it. A name with a
mention before a noun it qualifies ("English rugby") is a people's and stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.gazetteer import BRACKETS, iso_table, keys, world

SPEECH_VERBS = frozenset({"speak", "learn", "teach", "translate", "understand", "study", "converse", "sing"})
IN_PREPS = frozenset({"in", "into"})  # "in English", "translated into French"
LANGUAGE_NOUNS = frozenset({"language", "languages", "tongue", "tongues", "dialect", "dialects"})
SCRIPT_NOUNS = frozenset({"alphabet", "alphabets", "script", "scripts", "character", "characters", "letter",
                          "letters"})  # "the Greek alphabet", "Chinese characters"
AFTER = SCRIPT_NOUNS | frozenset({
    "speaking", "speaker", "speakers", "translation", "translations", "subtitles", "language", "dialect",
    "version", "versions", "word", "words", "-speaking", "lessons", "classes",
    "term", "terms", "phrase", "phrases", "expression", "slang"})  # "the Tamil term for"
LIST_HEADS = SCRIPT_NOUNS | LANGUAGE_NOUNS  # "alphabets like X", "languages such as X"
LIKE = frozenset({"like", "as", "including"})  # "alphabets like X", "scripts such as X"
QUOTES = frozenset({"'", "\u2018", "\u2019", '"', "\u201c", "\u201d"})
RELABEL = frozenset({"NORP"})
SCRIPT_RELABEL = frozenset({"NORP", "GPE", "LOC", "ORG"})  # "Cyrillic" of no place
PRECONJ = frozenset({"both", "either"})  # "in both English and Welsh"; not "in particular Welsh"
ARTICLES = frozenset({"a", "an"})  # "a Russian": one of a people


@cache
def language_keys() -> frozenset[str]:
    """Folded names of ISO 639-3 languages ("english", "swiss german"), hyphens as spaces."""
    out: set[str] = set()
    for lang in iso_table("639-3"):
        out.update(keys(BRACKETS.sub("", lang["name"]).strip()))
    return frozenset(out)


@cache
def script_keys() -> frozenset[str]:
    """Folded names of ISO 15924 scripts ("cyrillic", "latin"), before a comma or bracket."""
    names = (BRACKETS.sub("", s["name"]).split(",")[0].strip() for s in iso_table("15924"))
    return frozenset(k for name in names for k in keys(name))


def _able(key: str, label: str) -> bool:
    """A language's name held NORP, or a script's held NORP or a place's or body's kind that names
    no place ("Cyrillic"; not "Myanmar")."""
    if label in RELABEL and key in language_keys():
        return True
    return label in SCRIPT_RELABEL and key in script_keys() and key not in world().places


def _key(ctx: DocCtx, c: Cand) -> str:
    """The mention's words as a language key ("Swiss-German" -> "swiss german")."""
    return " ".join(ctx.norm_of(c.start, c.end).replace("-", " ").split())


def languages(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel the names that speak as languages (module docstring)."""
    if not ctx.parsed:
        return
    groups = {k: ms for k, ms in by_key(ctx, cands, key_of).items()
              if _able(_key(ctx, ms[0]), labels.get(k, ms[0].label))}
    if not groups:
        return
    spoken = {k for k, ms in groups.items() if any(_spoken(ctx, c) for c in ms)}
    for k, ms in groups.items():
        listed = k in spoken or any(_listed_with(ctx, c, spoken, groups) for c in ms)
        if listed and not any(_qualifies(ctx, c) for c in ms):
            relabel(ctx, ms, labels, key_of, "LANGUAGE")


def _root(ctx: DocCtx, c: Cand) -> Token:
    return ctx.root(c.start, c.end)


def _first_conjunct(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _spoken(ctx: DocCtx, c: Cand) -> bool:
    """The mention, or the first of a list it is in, does what a language does."""
    tok = _first_conjunct(_root(ctx, c))
    if c.end < len(ctx.doc) and ctx.toks[c.end].lower_ in AFTER or _hyphened(ctx, c) or _letter(ctx, c):
        return True
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in IN_PREPS and not _before_noun(ctx, c):
        return all(t.lower_ in PRECONJ for t in ctx.doc[head.i + 1 : tok.left_edge.i + 1] if t.i < c.start)
    if tok.dep_ in {"dobj", "conj"} and head.pos_ == "VERB" and head.lemma_ in SPEECH_VERBS:
        return True
    if tok.dep_ == "appos" and head.lower_ in LANGUAGE_NOUNS:
        return True
    if tok.dep_ == "pobj" and head.lower_ in LIKE and head.head.lower_ in LIST_HEADS:
        return True
    return _after_languages(ctx, tok)


def _letter(ctx: DocCtx, c: Cand) -> bool:
    """A quoted letter follows the name ("a Russian 'a'")."""
    doc = ctx.doc
    nxt = doc[c.end : c.end + 3]
    if len(nxt) < 2 or nxt[0].text not in QUOTES:
        return False
    return len(nxt[1].text) == 1 and nxt[1].is_alpha and (len(nxt) < 3 or nxt[2].text in QUOTES)


def _hyphened(ctx: DocCtx, c: Cand) -> bool:
    """The name is glued by a hyphen to a language noun or "speaking" ("Hindi-language",
    "French-speaking")."""
    doc = ctx.doc
    return c.end + 1 < len(doc) and doc[c.end].text == "-" and not doc[c.end - 1].whitespace_ and (
        doc[c.end + 1].lower_ in LANGUAGE_NOUNS | {"speaking"})


def _after_languages(ctx: DocCtx, tok: Token) -> bool:
    """A list that opens after "languages" and a colon, semicolon or dash ("in three languages;
    English, French and ...")."""
    i = tok.left_edge.i
    return i >= 2 and ctx.words[i - 1] in {":", ";", "-", "\u2013", "\u2014", ","} and (
        ctx.toks[i - 2].lower_ in LANGUAGE_NOUNS)


def _listed_with(ctx: DocCtx, c: Cand, spoken: set[str], groups: dict) -> bool:
    """A conjunct of a list whose first member is a language of the article."""
    first = _first_conjunct(_root(ctx, c))
    return any(_root(ctx, m).i == first.i for k in spoken for m in groups[k])


def _before_noun(ctx: DocCtx, c: Cand) -> bool:
    """The mention qualifies the noun after it ("English rugby", "French wine")."""
    return c.end < len(ctx.doc) and ctx.toks[c.end].pos_ in {"NOUN", "PROPN"} and (
        ctx.toks[c.end].lower_ not in AFTER)


def _qualifies(ctx: DocCtx, c: Cand) -> bool:
    """A people's use: the mention stands before a noun it qualifies, no language noun, or is one of
    a people ("a Russian")."""
    root = _root(ctx, c)
    if _letter(ctx, c):
        return False
    if any(k.lower_ in ARTICLES for k in root.children) and not _before_noun(ctx, c):
        return True
    return _before_noun(ctx, c) and root.dep_ in {"amod", "compound"}
