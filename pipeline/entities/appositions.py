"""A role written after a name and a comma, read from its words where the parser gave no apposition
("said Tom Hale, personal technology and broadband analyst at Norvik Research"; "Ann Lee, European
co-ordinator for the Digital Rights Fund which campaigns ..."; "Tom Hale, Governor of the Central
Bank"). The phrase runs to the next comma, verb or relative pronoun; its head, the words before its
first preposition, ends in a role word. "X, one of the game developers sacked by Y" gives the singular
role without the clause after it: "game developer"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.entities import lexicon as L
from pipeline.entities import tokens as TK
from pipeline.entities import words as W

ARTICLES = frozenset({"the", "a", "an"})
POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your"})
CLASS_OWNERS = frozenset({"men", "women", "boys", "girls", "ladies", "children"})  # "men's" champion
PREPS = frozenset({"of", "for", "at", "with", "in", "to", "from", "on"})
RELATIVES = frozenset({"who", "which", "that", "whose", "whom", "where", "when"})
STOPS = frozenset({",", '"', "\u201c", "\u201d", "(", ")", ";", ":", ".", "!", "?", "--", "\u2013", "\u2014"})
HEAD_POS = frozenset({"ADJ", "NOUN", "PROPN", "CCONJ"})
BODY_POS = frozenset({"ADJ", "NOUN", "PROPN", "CCONJ", "DET", "ADP", "NUM", "PART"})
MAX_WORDS = 12
DATES = frozenset({"DATE", "TIME"})  # when, not what: no part of a role phrase's end
PARTICIPLE_REACH = 3  # words from a participle to the noun it modifies ("reigning world" champion)
DASHES = frozenset({"-", "--", "\u2013", "\u2014"})  # a spaced dash opens an apposition as a comma does
PEOPLE = frozenset({"man", "woman", "person", "men", "women", "people"})


def described(doc: Doc, start: int, end: int) -> str | None:
    """The role in the phrase after the name at `start:end` and a comma, or None: not for a name in a
    list ("Hodgson, King, Wilkinson"), nor a phrase that is the subject of a clause the name is not
    ("passes involving X, the striker found the corner"), nor one that runs into another name (",
    director Sir Tom Hale"). A phrase longer than `MAX_WORDS` keeps its head alone."""
    k = _after_comma(doc, end)
    if k is None or _in_list(doc, start) or doc[k].pos_ == "CCONJ":
        return None
    words, stop = _phrase(doc, k)
    if stop is not None and stop.tag_ in W.FINITE_TAGS and not _subject(doc, start, end, stop):
        return None
    named = stop is not None and (stop.ent_type_ == "PERSON" or _honorific(stop))
    if named and doc[stop.i - 1].pos_ != "ADP":  # not "chancellor of the exchequer under Mr Blair"
        return None
    cut = next((n for n, t in enumerate(words) if t.lower_ in PREPS), len(words))
    head = words[:cut]
    owned = any(t.tag_ == "POS" for t in head)  # "Davis's co-star", not "wife Ann Lee and ... manager"
    if not head or any(not _head_word(t) or (t.ent_type_ == "PERSON" and not owned) for t in head):
        return None
    held, alone = cut < len(words), len(words) == 1 and not head[0].is_lower  # "Chief Officer of Y"
    if not (_role_head(head[-1], held) or L.ranked_title(head[-1])) or head[-1].lower_ in PEOPLE or alone:
        return None  # "the first woman to ..."; "Hodgson, King": a capitalised title alone is a name
    return phrase_text(without_owner(words if len(words) <= MAX_WORDS else head))


def _subject(doc: Doc, start: int, end: int, verb: Token) -> bool:
    """The name at `start:end` is the subject of `verb`, or of the verb `verb` is an auxiliary of
    ("X, US Secretary of State was visiting"; not "X, co-writer of the country hit Y, has died"), and
    no object of a verb's "-ing" form opening the sentence ("Interrupting Mr X, the judge said")."""
    root = doc[start:end].root
    return root.dep_ in {"nsubj", "nsubjpass"} and root.head.i in {verb.i, verb.head.i} \
        and not _gerund_object(doc, start)


def _gerund_object(doc: Doc, start: int) -> bool:
    """The name at `start` (past its honorifics) follows a verb's "-ing" form opening the sentence."""
    while start > 0 and L.fold(doc[start].text) in L.HONORIFICS:
        start -= 1
    if start > 0 and L.fold(doc[start - 1].text) in L.HONORIFICS:
        start -= 1
    opener = doc[start - 1] if start > 0 else None
    if opener is None or not (opener.is_sent_start or opener.i == opener.sent.start):
        return False
    return opener.lower_.endswith("ing") and W.listed_as(opener.lower_, "verb")


def _in_list(doc: Doc, start: int) -> bool:
    """The name at `start` follows another name and a comma, or "including": one of a list."""
    before = doc[start - 1] if start > 0 else None
    if before is None or before.lower_ == "including":
        return before is not None
    return before.text == "," and start > 1 and doc[start - 2].pos_ == "PROPN"


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
    if not L.role_word(doc[k].lemma_.lower()) or doc[k].lower_ in PEOPLE:
        return None  # "one of the men lampooned": no role
    single = doc[first:k].text_with_ws + doc[k].lemma_.lower()
    body = _phrase(doc, k + 1)[0] if k + 2 < len(doc) and doc[k + 1].lower_ in PREPS else []
    body = body if len(body) <= MAX_WORDS else []
    rest = phrase_text(body) if body else None
    return f"{single} {rest}" if rest and len(single.split()) + len(body) <= MAX_WORDS else single


def without_owner(words: list[Token]) -> list[Token]:
    """The words after a common noun's possessive ("the company's founder" -> "founder"); a name's
    stays ("Norvik's chief executive")."""
    for n, t in enumerate(words):
        if t.tag_ == "POS":  # the first owner only: "Norvik Union's referees' manager"
            owned = n and words[n - 1].is_lower and not class_owner(words[n - 1])
            return words[n + 1 :] if owned else words
        if t.lower_ in PREPS:
            break
    return words


def class_owner(tok: Token) -> bool:
    """A plural of people that classes a role or an event, not its owner ("the men's champion",
    "women's 100m silver medallist"): the possessive stays in the role."""
    return tok.lower_ in CLASS_OWNERS


def _after_comma(doc: Doc, end: int) -> int | None:
    """The first token after the comma or spaced dash that follows a name ending at `end`, past "who
    is" or "who was" before an article ("X, who is the presenter of Y") and the article."""
    toks = TK.toks(doc)
    if end + 1 >= len(doc):
        return None
    if not (toks[end].text == "," or spaced_dash(doc, end)) or "\n" in toks[end].whitespace_:
        return None
    k = end + 1
    if (k + 2 < len(doc) and toks[k].lower_ == "who" and toks[k + 1].lemma_ == "be"
            and (toks[k + 2].lower_ in ARTICLES or _bare_role(toks[k + 2]))):
        k += 2  # "X, who is the presenter of Y", "X, who is chairman of Y"
    while k < len(doc) and toks[k].lower_ in ARTICLES:
        k += 1
    return k if k < len(doc) else None  # 'Tom Hale, a' ends the text


def spaced_dash(doc: Doc, i: int) -> bool:
    """A dash with a space before it, opening or closing an aside ("Ann Lee - a Bafta winner -")."""
    toks = TK.toks(doc)
    return toks[i].text in DASHES and i > 0 and bool(toks[i - 1].whitespace_)


def _phrase(doc: Doc, k: int) -> tuple[list[Token], Token | None]:
    """The noun phrase's tokens from k to the next stop, verb, relative pronoun or line end, and the
    token it stopped at (None at the text's end); one token more than `MAX_WORDS` when it runs on."""
    out: list[Token] = []
    stop = None
    for t in doc[k : k + MAX_WORDS + 1]:
        if t.text in STOPS or spaced_dash(doc, t.i) or t.is_space or t.lower_ in RELATIVES or _named(t):
            stop = t
            break
        if not _body_word(t):
            stop = t
            break
        out.append(t)
        if "\n" in t.whitespace_:
            break
    while out and (out[-1].lower_ in PREPS or out[-1].pos_ in {"CCONJ", "DET", "ADP"} or out[-1].text == "-"
                   or out[-1].ent_type_ in DATES):  # "head of the team at the Games last year"
        out.pop()
    return out, stop


def _body_word(tok: Token) -> bool:
    """A word of the phrase: a noun, adjective, name, number, article, preposition or hyphen; or a
    participle modifying a noun soon after it ("managing" director, "Amsterdam-based")."""
    if tok.text == "-" or tok.pos_ in BODY_POS:
        return True
    return tok.tag_ in {"VBG", "VBN"} and (tok.dep_ in {"amod", "compound"} and _noun_soon(tok)
                                           or tok.i > 0 and tok.doc[tok.i - 1].text == "-")


def _noun_soon(tok: Token) -> bool:
    """The participle modifies a noun at most `PARTICIPLE_REACH` words after it ("reigning" world
    champion)."""
    return tok.i < tok.head.i <= tok.i + PARTICIPLE_REACH and tok.head.pos_ in {"NOUN", "PROPN"}


def _bare_role(tok: Token) -> bool:
    """A word that opens a role phrase with no article after "who is": a noun or adjective that is no
    verb's form ("chairman of Y", "mock elections project manager"; not "born", "chairing", "third")."""
    return tok.pos_ in {"NOUN", "PROPN", "ADJ"} and tok.tag_ not in {"VBN", "VBG", "JJS"} \
        and not tok.like_num and tok.ent_type_ not in {"ORDINAL", "CARDINAL"}


def _named(tok: Token) -> bool:
    """An honorific opening another person's name (", Sir Tom Hale"), not a title's ("the Lord Chief
    Justice")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return _honorific(tok) and not (nxt is not None and L.is_title(L.fold(nxt.text)))


def _honorific(tok: Token) -> bool:
    return L.fold(tok.text) in L.HONORIFICS and tok.text[:1].isupper()


def _head_word(tok: Token) -> bool:
    """A word that may stand in a role's head: a noun, adjective, name, "and", a hyphen or a
    participle before a noun."""
    return tok.pos_ in HEAD_POS or tok.text == "-" or tok.tag_ in {"POS", "VBG", "VBN"}


def _role_head(tok: Token, held: bool = False) -> bool:
    """The last word of the head names a role: a title ("Governor") or a role noun ("analyst",
    "co-ordinator"), or, `held` at a body ("of Y"), a capitalised common noun of a post ("Chief
    Operating Officer of Y"; not "The Big Event")."""
    low = tok.lower_
    if L.role_noun(tok, True) or (tok.is_lower and tok.pos_ == "NOUN" and L.role_word(low)):
        return True
    named = tok.ent_type_ != "" or L.gazetteer_label(low)  # "West Manchester"
    post = L.post_word(low) and W.common_noun(low) and (not named or L.is_title(low))
    return held and tok.is_title and post


def phrase_text(words: list[Token]) -> str | None:
    """The text from the first to the last word, if any."""
    return words[0].doc[words[0].i : words[-1].i + 1].text if words else None
