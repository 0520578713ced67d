"""Sentence openers: a word capitalised only because it opens a sentence is a common word, not a
name, when the article writes it in lower case elsewhere or when it is an English word the model's
lemmatizer tables list (`words.english_word`) and nothing marks it as a name (`common_word_start`);
nor is it the first word of the name the model tagged after it (`opener_cut`: "Describing Mr Hale",
"Rapper Tom Hale", "Outgoing Norvik chairman").
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.entities import shortforms as SF
from pipeline.entities import titleheads as TH
from pipeline.entities import tokens as TK
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.context import SENT_END
from pipeline.entities.lexicon import (
    HONORIFICS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    census_given,
    census_name,
    fold,
    gazetteer_label,
    given_name,
    is_title,
    is_title_word,
    named_role,
    role_word,
    world,
)
from pipeline.entities.titleheads import caps_role
from pipeline.entities.words import (
    MEMBER_ACRONYMS,
    adjective,
    english_word,
    generic_key,
    generic_plural,
    honoured,
    lower_words,
    participle,
    tagged_common,
)

MEMBER_POSTS = MEMBER_ACRONYMS | {"AM", "TD"}  # "Green MEP X"
OPENER_POS = frozenset({"ADP", "VERB", "ADV", "SCONJ", "AUX", "PART"})  # "Across Wales", "Describing X"


def starts_sentence(doc: Doc, i: int) -> bool:
    """Token i opens a sentence or a line (quotes and brackets before it aside)."""
    tk, j = TK.of(doc), i - 1
    while j >= 0 and tk.words[j] in {'"', "\u201c", "'", "\u2018", "("}:
        j -= 1
    return j < 0 or tk.spaces[j] or "\n" in tk.ws[j] or tk.words[j] in SENT_END | {":"}


def capitalised_mid(ctx: DocCtx, word: str) -> bool:
    """The article writes the title-case `word` somewhere other than at a sentence's or line's start
    (the set of such words is built once per article)."""
    if ctx.mid_caps is None:
        doc = ctx.doc
        ctx.mid_caps = {w for i, w in enumerate(ctx.words) if w.istitle() and not starts_sentence(doc, i)}
    return word in ctx.mid_caps


def common_word_start(ctx: DocCtx, s: int, e: int, label: str = "") -> bool:
    """A one-word "name" that only starts sentences and is written in lower case elsewhere in the
    article, maybe in the plural ("House prices fell", "Groups challenging the plans", "Format wars"
    beside "file formats"), or that the tagger reads there as a common word (`words.tagged_common`:
    "Mystery firm X"; a people only in the plural): a common word, not a name."""
    doc = ctx.doc
    tok = ctx.toks[s]
    if e - s != 1 or not tok.is_title or not tok.is_alpha or not starts_sentence(doc, s):
        return False
    if gazetteer_label(fold(tok.text)) or ctx.in_caps(s) or capitalised_mid(ctx, tok.text):
        return False
    low, lowers = tok.lower_, lower_words(ctx)
    if low in lowers or (len(low) > 3 and {low + "s", low + "es"} & lowers):
        return True  # "Format wars" beside "file formats"
    if _named_anyway(ctx, s):
        return False
    if label in {"PERSON", "GPE", "LOC"} and not census_name(low) and english_word(low):
        return True  # "Stung by the score, ...", "Format wars": no name, whatever the tag
    return tagged_common(tok) and (label != "NORP" or tok.tag_ == "NNS")


def _named_anyway(ctx: DocCtx, s: int) -> bool:
    """What keeps a sentence's first word a name though it is an English word: a place ("Leeds"), a
    speaker ("Labour says"), a work's author ("Vertigo by U2", not "Stung by the score"), a team in
    a sports report ("Rovers took the lead"), the owner of a name ("Empire's Ann Lee"), a title after a
    colon ("Star Trek: Enterprise")."""
    doc, low = ctx.doc, ctx.toks[s].lower_
    nxt = doc[s + 1] if s + 1 < len(doc) else None
    if fold(doc[s].text) in world().places or (ctx.sports and low.endswith("s") and not low.endswith("ss")):
        return True
    if nxt is not None and (nxt.lower_ in SPEECH_VERBS or nxt.lower_ == "by" and not participle(low)):
        return True
    if nxt is not None and nxt.text in {"'s", "\u2019s"} and s + 2 < len(doc) and doc[s + 2].is_title:
        return True  # not "Children's author"
    words, word = ctx.words, ctx.words[s]
    return any(words[i - 1] == ":" for i in [i for i, w in enumerate(words) if w == word] if i > 0)


def line_leftover(ctx: DocCtx, first: int, a: int, b: int) -> bool:
    """A one-word piece the model ran on from the line above ("Sideways" + "Road" of "Road trip comedy
    Sideways"): it follows a line break inside the model's span (`first` its first token), opens its
    line before a lower-case noun, and is an English word no place's and written only there."""
    doc, tok = ctx.doc, ctx.toks[a]
    if a == first or b - a != 1 or b >= len(doc) or not tok.is_title or not tok.is_alpha:
        return False
    if not starts_sentence(doc, a) or not (ctx.toks[b].is_lower and ctx.toks[b].pos_ == "NOUN"):
        return False
    key = fold(tok.text)
    if gazetteer_label(key) or key in world().places or ctx.words.count(tok.text) > 1:
        return False
    return english_word(tok.lower_)


def opener_cut(ctx: DocCtx, s: int, e: int) -> bool:
    """The first word of the model's span opens the sentence and is no part of the name: an English
    word (no census name, place or title) that the tagger reads as a preposition, verb or adverb, or
    a role noun, before a name the article also writes without it, one that opens with "the" or an
    honorific, or a place, or a role noun before a full name ("Without Charles", "Analysing Mr
    Hale", "Rapper Tom Hale", "Across Wales", "Backbencher Tom Hale said"); not "Stop Stansted
    Expansion", "Fostering Network" (a one-word rest that is an English word is a name's head)."""
    doc = ctx.doc
    tok = ctx.toks[s]
    if e - s < 2 or not tok.is_title or not tok.is_alpha or ctx.in_caps(s) or not starts_sentence(doc, s):
        return False
    low, rest = tok.lower_, doc[s + 1 : e]
    plain_role = role_word(low) and not (fold(tok.text) in HONORIFICS or census_given(low))  # not "Mrs"
    if e - s > 2 and plain_role and ctx.words[e - 1] in honoured(ctx):
        return True  # "Boss Ivo Hale said" ... "Mr Hale": a role noun before a full name
    if e - s == 2 and plain_role and TH.plain_role(low) and ctx.toks[s + 1].is_title \
            and not english_word(ctx.toks[s + 1].lower_) and _alone(ctx, doc, s, e):
        return True  # "Striker Hale was" ... "Hale": a role noun before a surname written alone
    if census_name(low) or is_title_word(tok.text) or fold(tok.text) in world().places:
        return False
    if gazetteer_label(fold(tok.text)) or not english_word(low) or gazetteer_label(fold(doc[s:e].text)):
        return False
    if _headline_adjective(ctx, s, e):
        return True  # "Latest Kestrel phone ..." beside "Kestrel" alone in the text
    if tok.pos_ not in OPENER_POS and not (role_word(low) or low.endswith("s") and role_word(low[:-1])):
        return False
    head = rest[0]
    if head.lower_ == "the" or fold(head.text) in HONORIFICS:
        return True
    place = gazetteer_label(fold(rest.text)) or fold(rest.text) in world().places
    if not head.is_title or len(rest) == 1 and english_word(head.lower_) and not place:
        return False
    if len(rest) == 1 and low.endswith("s") and role_word(low[:-1]):
        return True  # "Newcomers Keane": a plural role noun before one word no English one
    if len(rest) > 1 and role_word(low) and given_name(fold(head.text)):
        return True  # "Backbencher Tom Hale said": a role noun before a full name
    return bool(place) or ctx.text.count(rest.text) > ctx.text.count(doc[s:e].text)


def _headline_adjective(ctx: DocCtx, s: int, e: int) -> bool:
    """The headline opens with a common adjective the article also writes in lower case, before a
    name the article writes again without it and never with it ("Latest X browser gets vocal")."""
    low = ctx.words[s].lower()
    if ctx.line_of(s) != 0 or not adjective(low) or generic_plural(low):
        return False
    whole, rest = ctx.doc[s:e].text, ctx.doc[s + 1 : e].text
    return low in lower_words(ctx) and ctx.text.count(whole) == 1 and ctx.text.count(rest) > 1


def role_glued(ctx: DocCtx, s: int, e: int) -> bool:
    """A capitalised role noun inside a sentence glued to a full name that opens with a given name
    ("won by Olympian Tom Hale", "said Treasurer Tom Hale"), or a role noun written in capitals
    anywhere ("DJ Tom Hale"): the role, not the name's first word (titles are split elsewhere)."""
    doc = ctx.doc
    tok = ctx.toks[s]
    low = tok.lower_
    if caps_role(tok) and not ctx.in_caps(s):  # "DJ Tom Hale"
        return e - s >= 3 and ctx.toks[s + 1].is_title and given_name(fold(ctx.words[s + 1]))
    if e - s < 3 or not tok.is_title or not tok.is_alpha or ctx.in_caps(s) or starts_sentence(doc, s):
        return False
    if not role_word(low) or is_title_word(tok.text) or census_name(low) or fold(tok.text) in world().places:
        return False
    if not (low in ROLE_NOUNS or is_title(low) or low.endswith(("man", "ian")) or generic_key(low)):
        return False  # a role's suffix alone is no role: "Naseer", "Vancouver"; "Treasurer" is a noun
    return ctx.toks[s + 1].is_title and given_name(fold(ctx.words[s + 1]))


def join_left_out(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Extend each candidate over the word the model left out before it (`_left_out`): "Liberal"
    Democrat, "Lib" Dems, "New" Labour."""
    prev = None
    for c in sorted(cands, key=lambda c: c.start):
        if _left_out(ctx, prev, c):
            c.start -= 1
        prev = c
    return cands


OPENERS = frozenset({".", "!", "?", '"', "\u201c", ":"})


def _left_out(ctx: DocCtx, prev: Cand | None, c: Cand) -> bool:
    """A capitalised word the model left out right before its one-word group or body: no title, place
    or nationality, and not only a sentence's first word ("Senior Democrats"); or before its one-word
    place, when both are a place the gazetteer trusts ("S" Africa); or a body's initials before its
    one-word body ("ABN" Amro, `_initials_left`)."""
    doc, i = ctx.doc, c.start - 1
    if c.label == "PERSON" and c.end - c.start == 2 and i >= 0 and (prev is None or prev.end <= i):
        return _first_name_left(ctx, i)
    if c.end - c.start != 1 or i < 0 or (prev is not None and prev.end > i):
        return False
    left = ctx.toks[i]
    if c.label == "ORG" and left.is_upper and _initials_left(ctx, i):
        return True
    if c.label in {"GPE", "LOC"} and left.ent_iob_ == "O" and left.is_title and not ctx.in_caps(i):
        return gazetteer_label(ctx.norm_of(i, c.end)) in {"GPE", "LOC"}  # "(S Africa)": a country's name
    if c.label not in {"NORP", "ORG"}:
        return False
    if not (left.is_title and left.is_alpha) or left.ent_iob_ != "O" or "\n" in left.whitespace_:
        return False
    if left.pos_ not in {"PROPN", "ADJ", "NOUN"} or i > 0 and ctx.words[i - 1] == "-":  # "Yes", "Four-Kings"
        return False
    if is_title_word(left.text) or left.is_stop or gazetteer_label(fold(left.text)) or ctx.in_caps(i):
        return False
    if gazetteer_label(fold(ctx.words[c.start])):  # "Struggling Japanese"
        return False
    if not _opens(doc, i) or any(t.text == left.text and not _opens(doc, t.i) for t in ctx.toks):
        return True
    return _clipped_in(ctx, [left.lower_, ctx.toks[c.start].lower_]) or _member_modifier(ctx, i, c)


def _member_modifier(ctx: DocCtx, i: int, c: Cand) -> bool:
    """A sentence's first word before a party's one-word singular name that modifies a member's post
    ("Liberal Democrat parliamentary chairman Ann Lee", "Social Democrat spokesman Tom Hale"): one
    party's name, when the first word is no adverb, comparative ("Earlier") or present participle
    ("Leading") nor a word the article writes in lower case, and the article never writes the party's
    word without it ("Prospective Tory candidate X" beside "the Tory MP"); a role word after at most
    two lower-case words."""
    doc, left, word = ctx.doc, ctx.toks[i], ctx.words[c.start]
    if (
        word.endswith("s")
        or left.lower_.endswith("ing")
        or left.pos_ == "ADV"
        or left.tag_ in {"JJR", "JJS"}
        or left.lower_ in lower_words(ctx)
    ):
        return False
    alone = {word, word + "s", word[:-1] + "ies"}  # "Tory", "Tories"
    if any(w in alone and ctx.words[k - 1] != left.text for k, w in enumerate(ctx.words) if k):
        return False
    for k in range(c.end, min(c.end + 3, len(doc))):
        tok = doc[k]
        if tok.text in MEMBER_POSTS or tok.is_lower and role_word(tok.text):
            return True
        if not (tok.is_lower and tok.is_alpha):
            return False
    return False


def _first_name_left(ctx: DocCtx, i: int) -> bool:
    """Token i, a capitalised word the model left out before its two-word person ("Aled" + "Rhys
    Jones"): a given name or no English word, no title, place or people, opening a sentence or
    after a possessive, a comma or a lower-case word."""
    doc, left = ctx.doc, ctx.toks[i]
    if not (left.is_title and left.is_alpha) or left.ent_iob_ != "O" or "\n" in left.whitespace_:
        return False
    if left.is_stop or is_title_word(left.text) or gazetteer_label(fold(left.text)) or ctx.in_caps(i):
        return False
    if english_word(left.lower_) and not given_name(fold(left.text)):
        return False
    if named_role(left.lower_) and census_given(fold(doc[i + 1].text)):
        return False  # "Star" + "Ann Lee": a job noun, `descriptors` cuts it off
    before = doc[i - 1] if i > 0 else None
    return _opens(doc, i) or before.lower_ in {"'s", "\u2019s", ","} or before.is_lower and before.is_alpha


def _initials_left(ctx: DocCtx, i: int) -> bool:
    """Token i, initials of two to five letters the model left untagged, opens the one-word body
    written in title case after it ("ABN Amro"): no place's code ("US"), title ("MP") or stop word
    ("IT"), nor a line of capitals."""
    doc, left = ctx.doc, ctx.toks[i]
    if not (2 <= len(left) <= 5 and left.is_alpha) or left.ent_iob_ != "O" or left.whitespace_ != " ":
        return False
    if not doc[i + 1].is_title or left.is_stop or is_title_word(left.text) or ctx.in_caps(i):
        return False
    return not gazetteer_label(fold(left.text)) and not (i > 0 and doc[i - 1].text == "-")


def _clipped_in(ctx: DocCtx, long: list[str]) -> bool:
    """The article writes the two words `long` clipped ("Lib Dems" of "Liberal Democrat"): one name."""
    words, first = ctx.words, long[0][:1].upper()
    return any(
        words[k][:1] == first and words[k].lower() != long[0] and SF.clipped_form(words[k : k + 2], long)
        for k in range(len(words) - 1)
    )


def _opens(doc: Doc, i: int) -> bool:
    """Token i opens a sentence, a line or a quotation."""
    prev = doc[i - 1] if i > 0 else None
    return prev is None or prev.is_space or prev.text in OPENERS or "\n" in prev.whitespace_


def honorific_cut(doc: Doc, a: int, b: int) -> list[tuple[int, int]]:
    """A name never holds an honorific: "GDC Mr Hale", "Tanzania Mr Hale" are two names, and a
    sentence's first word before one is none ("Interrupting Mr Hale")."""
    toks = TK.toks(doc)
    for k in range(a + 1, b - 1):
        inner = fold(toks[k].text) in HONORIFICS and toks[k + 1].is_title and len(toks[k - 1]) > 2  # Rt Rev
        if inner and not _all_titles_in(doc, a, k):
            head = [] if starts_sentence(doc, a) and k - a == 1 and toks[a].is_title else [(a, k)]
            return head + [(k, b)]
    return [(a, b)]


def _all_titles_in(doc: Doc, a: int, k: int) -> bool:
    return all(is_title_word(t.text) for t in doc[a:k])  # "Rt Rev Dr Tom Hale"


def _alone(ctx: DocCtx, doc: Doc, s: int, e: int) -> bool:
    """The word after an opening role is written elsewhere in the text, the pair only here."""
    return ctx.text.count(doc[s + 1].text) > 1 and ctx.text.count(doc[s:e].text) == 1
