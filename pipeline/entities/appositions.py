"""A role written after a name and a comma, read from its words where the parser gave no apposition
("said Tom Hale, personal technology and broadband analyst at Norvik Research"; "Ann Lee, European
co-ordinator for the Digital Rights Fund which campaigns ..."; "Tom Hale, Governor of the Central
Bank"). The phrase runs to the next comma, verb or relative pronoun; its head, the words before its
first preposition, ends in a role word. "X, one of the game developers sacked by Y" gives the singular
role without the clause after it: "game developer"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.entities import lexicon as L

ARTICLES = frozenset({"the", "a", "an"})
POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your"})
PREPS = frozenset({"of", "for", "at", "with", "in", "to", "from", "on"})
RELATIVES = frozenset({"who", "which", "that", "whose", "whom", "where", "when"})
STOPS = frozenset({",", '"', "\u201c", "\u201d", "(", ")", ";", ":", ".", "!", "?", "--", "\u2013", "\u2014"})
HEAD_POS = frozenset({"ADJ", "NOUN", "PROPN", "CCONJ"})
BODY_POS = frozenset({"ADJ", "NOUN", "PROPN", "CCONJ", "DET", "ADP", "NUM", "PART"})
MAX_WORDS = 12


def described(doc: Doc, end: int) -> str | None:
    """The role in the phrase after the name ending at token `end` and a comma, or None."""
    k = _after_comma(doc, end)
    if k is None:
        return None
    words = _phrase(doc, k)
    cut = next((n for n, t in enumerate(words) if t.lower_ in PREPS), len(words))
    head = words[:cut]
    if not head or any(not _head_word(t) for t in head) or not _role_head(head[-1]):
        return None
    return _text(words)


def member(doc: Doc, end: int) -> str | None:
    """The role in ", one of the [modifiers] <plural role> [of/at <body>]" after the name ending at
    `end`, in the singular, with its modifiers and body ("one of the founders of Norvik" -> "founder
    of Norvik"; "one of the game developers sacked by Norvik" -> "game developer"). Being one of a
    body's developers or producers makes a person, so this role is no body's description."""
    k = _after_comma(doc, end)
    if k is None or k + 2 >= len(doc) or doc[k].lower_ != "one" or doc[k + 1].lower_ != "of":
        return None
    k += 2
    while k < len(doc) and (doc[k].lower_ in ARTICLES or doc[k].lower_ in POSSESSIVES):
        k += 1
    first = k
    while k < len(doc) and doc[k].tag_ != "NNS":
        if doc[k].tag_ == "POS":  # "the world's best players": the owner is no part of the role
            first = k + 1
        elif not _head_word(doc[k]):
            return None
        k += 1
    if k >= len(doc) or k - first > MAX_WORDS or not doc[k].is_lower:
        return None
    if not L.role_word(doc[k].lemma_.lower()):
        return None
    single = doc[first:k].text_with_ws + doc[k].lemma_.lower()
    body = _phrase(doc, k + 1) if k + 2 < len(doc) and doc[k + 1].lower_ in PREPS else []
    rest = _text(body) if body else None
    return f"{single} {rest}" if rest and len(single.split()) + len(body) <= MAX_WORDS else single


def _after_comma(doc: Doc, end: int) -> int | None:
    """The first token after the comma that follows a name ending at `end`, past an article."""
    if end + 1 >= len(doc) or doc[end].text != "," or "\n" in doc[end].whitespace_:
        return None
    k = end + 1
    while k < len(doc) and doc[k].lower_ in ARTICLES:
        k += 1
    return k


def _phrase(doc: Doc, k: int) -> list[Token]:
    """The noun phrase's tokens from k to the next stop, verb, relative pronoun or line end; none when
    it runs past `MAX_WORDS`."""
    out: list[Token] = []
    for t in doc[k : k + MAX_WORDS + 1]:
        if t.text in STOPS or t.is_space or t.lower_ in RELATIVES or L.fold(t.text) in L.HONORIFICS:
            break
        if t.text != "-" and t.pos_ not in BODY_POS:
            break
        out.append(t)
        if "\n" in t.whitespace_:
            break
    if len(out) > MAX_WORDS:
        return []
    while out and (out[-1].lower_ in PREPS or out[-1].pos_ in {"CCONJ", "DET", "ADP"}):
        out.pop()
    return out


def _head_word(tok: Token) -> bool:
    """A word that may stand in a role's head: a noun, adjective, name, "and" or a hyphen."""
    return tok.pos_ in HEAD_POS or tok.text == "-" or tok.tag_ == "POS"


def _role_head(tok: Token) -> bool:
    """The last word of the head names a role: a title ("Governor") or a role noun ("analyst",
    "co-ordinator")."""
    return L.role_noun(tok, True) or (tok.is_lower and tok.pos_ == "NOUN" and L.role_word(tok.lower_))


def _text(words: list[Token]) -> str | None:
    """The text from the first to the last word, if any."""
    return words[0].doc[words[0].i : words[-1].i + 1].text if words else None
