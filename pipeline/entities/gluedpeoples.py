"""A nationality or a party's member glued before a person's name: the model's person "Scot Ann
Vale", "Frenchman Marc Duval", "South African Piet Vos" or "Democrat Ivo Marsh" opens with a
people's word or two the gazetteer knows (countryinfo demonyms and their nouns), or a party member's
word of the alias lists, right before a person's name; the model's body "New Zealander Tom Harlow"
or "Argentine Ruy Kasparek" does the same when the rest is a full name's shape (a census given name,
or a census name before a surname no English word); or the model's two-word name "American Vale" (a
person or a body) puts such a word before the surname of a person it names elsewhere in full, from a
given name ("Ann Vale") or from initials ("KT Vale"); the words are a nationality (NORP) of their
own and the person starts after them."""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.institutions import MEMBERS
from pipeline.entities.lexicon import (
    INITIALS,
    ORG_HEADS,
    census_given,
    census_name,
    fold,
    gazetteer_label,
    given_name,
)
from pipeline.entities.words import english_word

SURNAMED = frozenset({"PERSON", "ORG"})  # the model's labels of "American Vale"
PEOPLE_MAX = 2  # words of a people's name: "New Zealander", "Sri Lankan"
NAME_MAX = 3  # words of a full name in a body's span: "Ann Marie Vale"


def split_peoples(ctx: DocCtx, model: list[Cand]) -> list[Cand]:
    """The model's names with a glued nationality cut off a person's, and those words as
    nationalities of their own."""
    surnames = named_surnames(ctx, model)
    out = []
    for c in model:
        n = _glued(ctx, c, surnames)
        if n:
            out.append(Cand(c.start, c.start + n, "NORP", c.src, c.weight))
            c.start, c.label = c.start + n, "PERSON"
        out.append(c)
    return out


def named_surnames(ctx: DocCtx, model: list[Cand]) -> set[str]:
    """The surnames of the model's full names: a census given name first ("Ann Vale"), or initials
    (`initialled`)."""
    return {ctx.words[c.end - 1] for c in model
            if c.label == "PERSON" and c.end - c.start > 1 and census_given(fold(ctx.words[c.start]))
            and not _people_words(ctx, c.start, c.end) or initialled(ctx, c)}


def _glued(ctx: DocCtx, c: Cand, surnames: set[str]) -> int:
    """The number of people's words (0 for none) opening the name in title case before a person's
    name ("Scot" Ann Vale, "New Zealander" Ann Vale) or before a full name's surname alone ("American"
    Vale)."""
    n = _people_words(ctx, c.start, c.end)
    rest = c.end - c.start - n
    if not n or rest < 1:
        return 0
    if rest == 1:  # "Christian" Vale: a given name too
        word = ctx.span_text(c.start, c.start + n)
        ok = c.label in SURNAMED and ctx.words[c.end - 1] in surnames and not census_given(fold(word))
        return n if ok else 0
    s = c.start + n
    if ctx.ws[s - 1] != " ":
        return 0  # "Christian-Ann Vale": one hyphenated given name
    lead = ctx.span_text(c.start, s)
    if census_given(fold(lead)) and lead not in MEMBERS:  # "Scot", "Christian": a given name too
        return n if c.label == "PERSON" and census_given(fold(ctx.words[s])) else 0
    if c.label == "PERSON":
        return n if census_given(fold(ctx.words[s])) or _full_name(ctx, s, c.end, False) else 0
    return n if c.label == "ORG" and _full_name(ctx, s, c.end, True) else 0


def initialled(ctx: DocCtx, c: Cand) -> bool:
    """The model's person or body of initials and a surname no body's head that the article never
    writes in lower case ("KT Marwood"; not "BBC News", "LG Card ... a credit card"), whose initials
    stand nowhere else but before that surname ("NDC said", "INS Vela" beside "INS Kalvari": an
    acronym's): a writer's or an artist's name maybe (WordNet lists many writers: no test of
    English words)."""
    if c.label not in SURNAMED or c.end - c.start != 2:
        return False
    first, last = ctx.words[c.start], ctx.words[c.end - 1]
    if not INITIALS.match(first) or not (last.istitle() and last.isalpha()) or last in ORG_HEADS:
        return False
    if gazetteer_label(fold(last)) or f" {last.lower()}" in ctx.text:
        return False
    return ctx.text.count(first) == ctx.text.count(f"{first} {last}")


def _full_name(ctx: DocCtx, s: int, e: int, body: bool) -> bool:
    """Words `s`..`e` read as a person's full name: title-case words, no body's head, no place; in the
    model's person a census name or no English word first, in the model's body ("New Zealander Tom
    Harlow") at most three words, a census given name first before a census surname, or a census name
    before a surname no English word ("Ruy Kasparek"; not "Red Cross")."""
    words = [w for w in ctx.words[s:e] if w != "-"]  # "Ann Vale-Moss"
    if not all(w.istitle() and w.isalpha() and w not in ORG_HEADS for w in words):
        return False
    first, last = fold(words[0]), fold(words[-1])
    if gazetteer_label(ctx.norm_of(s, e)):
        return False
    if not body:  # the model's person: a census name or no English word first ("Liam Hale")
        return census_name(first) or not english_word(first)
    given = census_given(first) or given_name(first)
    plain = not english_word(last.lower())
    return len(words) <= NAME_MAX and (given and census_name(last) or census_name(first) and plain)


def _people_words(ctx: DocCtx, s: int, e: int) -> int:
    """How many words from `s` (before `e`), two or one, are a people's name or a party member's word
    in title case ("New Zealander", "Scot", "Tory"); 0 for none."""
    for n in range(min(PEOPLE_MAX, e - s), 0, -1):
        words = ctx.words[s : s + n]
        titled = all(w.istitle() and w.isalpha() for w in words)
        key = fold(" ".join(words))
        if titled and (gazetteer_label(key) == "NORP" or n == 1 and words[0] in MEMBERS):
            return n
    return 0
