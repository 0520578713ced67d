"""Late label mends from a name's own words and the words right around it, after the vote.

`name_kinds` runs four cheap tests on the names the vote labelled, each opened by a set lookup:
- a national team: "Team" and a country's name or code ("Team Norvia", "Team GB") is a body, no person;
- a business's tail: a name ending in a word that ends no personal name ("Kestrel Valley Wines",
  "Hale Wine Estate") is a body;
- a firm bought: a person-shaped name right after a business's noun, in a sentence of buying ("paid
  $2bn for wine maker Tom Hale, bought last year", "agreed to buy toy firm Ann Lee") is a body;
- people listed: a person-shaped name (a common given name and a capitalised word) that the model
  made a body (or a capitalised word and a census surname), listed after a plural noun for people
  ("artists including Ann Lee, ...", "composers such as Tom Hale", "jazz pianists Tom Hale and Ann
  Lee") is a person.
Run after the vote, on token indices."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import candidates as C
from pipeline.entities import context as X
from pipeline.entities import lexicon as L
from pipeline.entities import performers as PF
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand, DocCtx, relabel
from pipeline.entities.gazetteer import world
from pipeline.entities.kindlists import LIST_WORDS

TEAM_ABLE = frozenset({"PERSON", "GPE", "NORP"})  # "Team GB" voted a person or a place
BUSINESS_TAILS = frozenset(
    {"Wines", "Winery", "Wineries", "Vineyards", "Estate", "Estates", "Brewery", "Breweries", "Brewers",
     "Distillery", "Distillers", "Holdings", "Enterprises", "Foods", "Stores", "Plc", "Ltd", "Inc"}
)  # words that end a firm's name and no person's
BUYER_NOUNS = L.FIRM_WORDS - X.PEOPLE_FIRM_WORDS | {"maker", "makers", "producer", "rival", "firm"}
BUY_LEMMAS = frozenset({"buy", "acquire", "purchase", "takeover", "pay", "bid", "sell", "merge", "stake"})
BUY_WORDS = frozenset({"bought", "acquired", "purchased", "sold"})  # ", bought last month"
BUY_SPAN = 8  # words left of the business's noun where the buying verb may stand
PEOPLE_NOUNS = PF.PERFORMERS | L.ROLE_NOUNS | frozenset(
    {"artist", "player", "writer", "author", "celebrity", "athlete", "musician", "painter", "sculptor",
     "photographer", "dancer", "politician", "actor", "actress", "singer", "comedian", "poet"}
)  # what one person is called, whose plural opens a list of people
LIST_GLUE = frozenset({",", "and", "&"})
WALK_MAX = 30  # tokens walked left over a list of names


def name_kinds(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel the national teams, businesses and listed people the vote got wrong (module's doc)."""
    for key, ms in C.by_key(ctx, [c for c in cands if c.end > c.start], key_of).items():
        label = labels.get(key, ms[0].label)
        team = label in TEAM_ABLE and _national_team(ctx, ms[0])
        if team or (label == "PERSON" and any(_business(ctx, c) for c in ms)):
            relabel(ctx, ms, labels, key_of, "ORG")
        elif label == "ORG" and any(_listed_person(ctx, c) for c in ms):
            relabel(ctx, ms, labels, key_of, "PERSON")


def _national_team(ctx: DocCtx, c: Cand) -> bool:
    """ "Team" and a country's name ("Team Norvia") or its two- or three-letter code ("Team GB")."""
    words = ctx.words[c.start : c.end]
    if len(words) < 2 or words[0] != "Team":
        return False
    rest = " ".join(words[1:])
    if L.norm(rest) in L.COUNTRIES:
        return True
    return len(words) == 2 and rest.isupper() and 2 <= len(rest) <= 3 and (
        rest == "UK" or rest in world().codes)


def _business(ctx: DocCtx, c: Cand) -> bool:
    """A business's tail ends the name, or a business's noun stands right before it in a sentence
    of buying (module's doc)."""
    if c.end - c.start > 1 and ctx.words[c.end - 1] in BUSINESS_TAILS:
        return True
    s = c.start
    if s < 1 or ctx.words[s - 1] not in BUYER_NOUNS or not C.looks_personal(ctx.doc, s, c.end):
        return False
    if c.end + 1 < len(ctx.words) and ctx.words[c.end] == "," and ctx.words[c.end + 1] in BUY_WORDS:
        return True
    sent = ctx.toks[s].sent.start
    return any(ctx.toks[i].lemma_ in BUY_LEMMAS for i in range(max(sent, s - 1 - BUY_SPAN), s - 1))


def _listed_person(ctx: DocCtx, c: Cand) -> bool:
    """A given name and a capitalised word, in a list after a plural noun for people (module's doc)."""
    if c.src != "model" or c.end - c.start != 2 or not C.looks_personal(ctx.doc, c.start, c.end):
        return False
    if not _person_shaped(ctx.words[c.start], ctx.words[c.end - 1]):
        return False
    i = _list_opening(ctx, c.start)
    if i < 0:
        return False
    low = ctx.words[i].lower()
    if low in LIST_WORDS:
        i -= 2 if low == "as" and i > 0 and ctx.words[i - 1].lower() == "such" else 1
        if i < 0:
            return False
    return _people_noun(ctx, i)


def _person_shaped(first: str, last: str) -> bool:
    """A common given name first, or a census surname last after a word that is no place and no
    English word ("Ann Lee"; "Thelonius Hale" too)."""
    first, last = L.norm(first), L.norm(last)
    if L.given_name(first):
        return True
    return L.surname(last) and not L.known_place(first) and not W.english_word(first)


def _list_opening(ctx: DocCtx, s: int) -> int:
    """The index of the word before a list of names that ends at token s: walk left over capitalised
    words and list glue; -1 when none within `WALK_MAX` or at a sentence's start."""
    words = ctx.words
    for i in range(s - 1, max(-1, s - 1 - WALK_MAX), -1):
        w = words[i]
        if w in LIST_GLUE or (w[:1].isupper() and w.isalpha() and not ctx.toks[i].is_sent_start):
            continue
        return i if ctx.toks[i].is_alpha else -1
    return -1


def _people_noun(ctx: DocCtx, i: int) -> bool:
    """A plural noun for people ("artists", "jazz composers"; not "analysts", who may be a firm)."""
    tok = ctx.toks[i]
    return tok.tag_ == "NNS" and tok.lemma_.lower() in PEOPLE_NOUNS and tok.lower_ not in L.FIRM_WORDS
