"""A person's name the model ran together with the body of their post: "Minister of Planning and
International Cooperation Omar Haddane", "President of the Kelmet Trade Forum Orvik Tallen",
"Ambassador to Qatar Jean Morlaix". The span after "<post> of/for/to/at (the)" ends in a personal
name; the name is cut off, and the post (with its body) becomes the person's role. A name no list
knows is read from its shape: two or three capitalised words, the last no common English word,
right after the body's head, its acronym or a common word ending the body's name ("Chairman of the
Lorvex Holdings Orvik Tallen", "Head of KTA Idrissa Velani"). `body_holder` cuts a body's name glued
before its officer's ("general secretary of the rail union Kestrel Ann Lee")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.entities import words as W
from pipeline.entities.appositions import ARTICLES
from pipeline.entities.candidates import DocCtx
from pipeline.entities.lexicon import (
    FIRM_WORDS,
    GENERIC_BODIES,
    HONORIFICS,
    ORG_HEADS,
    ORG_ROLES,
    fold,
    gazetteer_label,
    given_name,
    is_title,
    is_title_word,
    known_place,
    norm,
    personal_first,
    role_word,
)

POST_PREPS = frozenset({"of", "for", "to", "at"})
NAME_WORDS = 4  # the longest personal name looked for at a span's end
_INITIALS = frozenset({"H", "E", "HE"})  # "His Excellency"
BODY_GAP = 6  # the most words between a post's "of" and the body's noun ("of the public services union")


def post_holder(ctx: DocCtx, s: int, e: int, label: str) -> tuple[int, str, int] | None:
    """The start of the holder's name inside `s:e`, the post before it and the number of honorifics
    between the body and the name ("H E"), or None."""
    doc = ctx.doc
    if label == "PERSON" or e - s < 3 or ctx.in_caps(s):
        return None
    j = s - 1 - (s > 0 and ctx.toks[s - 1].lower_ == "the")
    if j < 1 or ctx.toks[j].lower_ not in POST_PREPS or not is_title(fold(ctx.words[j - 1])):
        return None
    k = name_start(ctx, s, e)
    if k is None:
        return None
    lead = j - 1
    while lead > 0 and ctx.words[lead - 1][:1].isupper() and is_title_word(ctx.words[lead - 1]):
        lead -= 1  # "Deputy Minister of …"
    if _described(doc, lead):
        return None
    end = k
    while end > s and (fold(ctx.words[end - 1]) in HONORIFICS or ctx.words[end - 1] in _INITIALS):  # "H E"
        end -= 1
    return k, doc[lead:end].text, k - end


def _described(doc: Doc, lead: int) -> bool:
    """The post opening at `lead` describes a person named just before it ("said Ann Lee, economist
    at JP Morgan Chase"): the name after the post is the body's, not a second person's."""
    i = lead - (lead > 0 and doc[lead - 1].lower_ in ARTICLES)
    return i > 1 and doc[i - 1].text == "," and doc[i - 2].ent_type_ == "PERSON"


def body_holder(ctx: DocCtx, s: int, e: int, label: str) -> tuple[int, str] | None:
    """Where the officer's name starts after a body's name in a PERSON span `s:e` that follows
    "<post> of (the) ... <body noun>" ("secretary of the rail union Kestrel Ann Lee"), and the post
    with the body as the role; or None."""
    doc = ctx.doc
    if label != "PERSON" or e - s < 3 or s < 3 or ctx.in_caps(s) or given_name(fold(doc[s].text)):
        return None
    low = doc[s - 1].lower_
    if not doc[s - 1].is_lower or not (low in GENERIC_BODIES or low in FIRM_WORDS or low in ORG_ROLES):
        return None
    k = name_start(ctx, s, e)
    lead = _post_start(doc, s - 1)
    if k is None or lead is None:
        return None
    return k, doc[lead:k].text


def _post_start(doc: Doc, j: int) -> int | None:
    """Where the post opens that governs the body noun at `j` through "of"/"for" ("general secretary
    of the ... union"), or None."""
    i = j - 1
    while i > max(0, j - BODY_GAP) and _plain_word(doc[i]) and doc[i].lower_ not in POST_PREPS:
        i -= 1
    if i < 1 or doc[i].lower_ not in {"of", "for"} or not role_word(doc[i - 1].lower_):
        return None
    lead = i - 1
    while lead > 0 and _post_word(doc[lead - 1]):
        lead -= 1  # "general secretary", "deputy leader"
    return lead


def _plain_word(tok: Token) -> bool:
    """A lower-case word of letters ("transport", "the")."""
    return tok.is_lower and tok.is_alpha


def _post_word(tok: Token) -> bool:
    """A word that opens a post with its noun: a role's word or an adjective ("general", "deputy")."""
    return tok.is_alpha and (role_word(tok.lower_) or W.adjective(tok.lower_))


def name_start(ctx: DocCtx, s: int, e: int) -> int | None:
    """Where a personal name at the end of `s:e` starts, after at least one word: at its leftmost
    common given name ("… Cooperation Juan Altamirano"), else two words from the end when the
    last word stands alone elsewhere in the article as a person of the model's ("… Omar Haddane" …
    "Haddane said")."""
    doc = ctx.doc
    lo = max(s + 1, e - NAME_WORDS)
    tail = doc[lo:e]
    if not all(t.text[:1].isupper() or t.text == "-" for t in tail) or any(t.text in ORG_HEADS for t in tail):
        lo = e - 2
    for k in range(lo, e - 1):
        if personal_first(fold(doc[k].text), fold(doc[e - 1].text)) and all(
            (t.is_title and t.text not in ORG_HEADS) or t.text == "-" for t in doc[k:e]
        ):
            return k
    if (
        e - 2 > s
        and doc[e - 2].is_title
        and doc[e - 1].is_title
        and doc[e - 1].text not in ORG_HEADS
        and _alone_elsewhere(ctx, s, e)
    ):
        return e - 2
    return _shaped_name(ctx, s, e)


def _shaped_name(ctx: DocCtx, s: int, e: int) -> int | None:
    """Where a name of two or three capitalised words (the last no common English word, none a
    body's head or a place) starts after the end of the body's name: its head, its acronym or a
    common word ("... Trade Forum Orvik Tallen", "KTA Idrissa Velani", "... Planning Arnesto Pulu")."""
    doc = ctx.doc
    last = doc[e - 1].lower_
    if W.generic_key(last) or W.generic_plural(last) or not _name_word(doc[e - 1].text):
        return None
    for k in (e - 2, e - 3):
        if k <= s or not _name_word(doc[k].text) or W.generic_plural(doc[k].lower_):
            return None
        if _body_end(doc[k - 1].text):
            return k
    return None


def _name_word(word: str) -> bool:
    """A capitalised word that may be part of a personal name: no body's head, place or people."""
    return (
        word.istitle()
        and word.replace("-", "").isalpha()
        and word not in ORG_HEADS
        and not known_place(norm(word))
        and not gazetteer_label(fold(word))
    )


def _body_end(word: str) -> bool:
    """The word may end a body's name: a head ("Forum"), an acronym ("KTA") or a capitalised common
    word that is no given name ("Planning", "Empowerment")."""
    if word in ORG_HEADS or (word.isupper() and word.isalpha() and len(word) > 1):
        return True
    low = word.lower()
    return word.istitle() and (W.generic_key(low) or W.generic_plural(low)) and not personal_first(low, None)


def _alone_elsewhere(ctx: DocCtx, s: int, e: int) -> bool:
    """The last word of `s:e` appears elsewhere in the article without a capitalised word on either side,
    and the model calls it a person there."""
    word, words = ctx.words[e - 1], ctx.words
    for i, w in enumerate(words):
        if w == word and not s <= i < e and ctx.toks[i].ent_type_ == "PERSON":
            before = words[i - 1] if i > 0 else ""
            after = words[i + 1] if i + 1 < len(words) else ""
            if not before[:1].isupper() and not after[:1].isupper():
                return True
    return False
