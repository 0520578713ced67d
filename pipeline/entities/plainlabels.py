"""Labels the article's own words say plainly, over the model's guess.

`titled_name`: a capitalised title noun right before a name makes it a person ("South African
President Tavo Kessel", which the model may call a place). `honoured_names`: a full name opening
with a given name whose last word the article writes after "Mr" or "Ms" is a person ("Vincent
Ladder, for the Greens ... Mr Ladder said") even when that word is a common noun, and so
is a name labelled a place or a body after "Lord" or "Sir". `role_holder`: the name after "founder
of the Kestrel consultancy" holds the role, no body. `venue_names`: a name before "stadium" names the
venue, and `grounds_again` a ground's word the model calls a place elsewhere. `sports_people`: in
a sports report, a one-word name the article treats as a person again and again is a player, no
club. `city_peoples`: the people of a city or country named after it
("Londoners", "Parisians") are a people (NORP), not a place. `legal_names`: a name of several
words ending in a company's legal form ("Big Night Out Ltd", "Kestrel Inc") is a body.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from pipeline.entities.candidates import EVIDENCE, Cand, DocCtx, by_key, relabel
from pipeline.entities.context import name_evidence
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import CORP_SUFFIXES as CORP
from pipeline.entities.lexicon import HONORIFICS, ORG_HEADS, TITLE_MODIFIERS, fold, is_title, role_word
from pipeline.entities.names import given_name_first

HONOURED = frozenset(h + dot for h in ("Mr", "Mrs", "Ms", "Miss", "Dr") for dot in ("", "."))  # "Mr Ladder"
NAMED_BY_PEOPLE = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})
DEMONYM_ENDS = (("ers", ""), ("ians", ""), ("ites", ""), ("ans", "a"))  # "Londoners", "Parisians"
PLACE_KINDS = frozenset({"country", "admin1", "city"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
VENUE_NOUNS = frozenset({"stadium", "arena", "racecourse", "velodrome"})  # "its Kestenfeld stadium"
PERSON_SIGNS = 3
ROLE_REACH = 10  # words between a role and the body's noun: "president of one of the city's main"
BRAND_HONORIFICS = frozenset({"dr", "prof", "professor"})
LEGAL_FORMS = CORP & frozenset(
    f + d for f in ("Ltd", "Limited", "plc", "Plc", "PLC", "Inc", "LLC", "GmbH", "Corp") for d in ("", ".")
)  # no "Group", "Company" or "Bros": words of other names too
MODIFIER_HEADS = frozenset({"minister", "secretary", "general", "chief", "speaker"})  # "Minister" X


def titled_name(doc: Doc, c: Cand, pre: str | None) -> bool:
    """A place-labelled name right after a capitalised title noun that is no adjective ("President"
    Tavo Kessel, "Lord" Hale; not "Former" Ohio), the two no place of the gazetteer together
    ("Prince George", "General Santos")."""
    if not pre or c.start == 0:
        return False
    tok, word = doc[c.start - 1], fold(doc[c.start - 1].text)
    head = is_title(word) and (word not in TITLE_MODIFIERS or word in MODIFIER_HEADS)
    if not (tok.is_title and tok.pos_ != "ADJ" and head and tok.text == pre.split()[-1]):
        return False
    return fold(doc[c.start - 1 : c.end].text) not in world().places


def role_holder(ctx: DocCtx, c: Cand) -> bool:
    """A name the model calls a person, or opening with a given name, after a body's noun that
    closes an "of" phrase headed by a person's role, the body named before its noun or set off by a
    comma ("founder of the Kestrel consultancy Ann Lee", "president of one of the city's charities, Ann
    Lee"): the role's holder, not the body ("chairman of drugmaker Eli Lilly" names the body)."""
    doc, s = ctx.doc, c.start
    if s < 2 or not (c.label == "PERSON" or given_name_first(ctx, c)):
        return False
    k = s - 2 if doc[s - 1].text == "," else s - 1
    if k == s - 1 and not doc[k - 1].text[:1].isupper():
        return False
    for i in range(k - 1, max(0, k - ROLE_REACH), -1):
        if doc[i].is_punct and doc[i].text not in {"'s", "'"}:
            return False
        if doc[i].lower_ == "of" and doc[i - 1].is_lower and role_word(doc[i - 1].lower_):
            return True
    return False


def _honoured(words: list[str]) -> frozenset[str]:
    """Words the article writes right after "Mr", "Ms", "Dr" (with or without a full stop)."""
    out = set()
    for i in [i for i, w in enumerate(words) if w in HONOURED]:  # a set lookup per word, no Token
        j = i + 1 + (i + 1 < len(words) and words[i + 1] == ".")
        if j < len(words) and words[j].istitle():
            out.add(words[j])
    return frozenset(out)


def honoured_names(ctx: DocCtx, cands: list[Cand]) -> None:
    """Names labelled a body, a place or a thing that are people by an honorific: full names opening
    with a given name whose last word the article writes after "Mr" or "Ms" ("Vincent Ladder" ...
    "Mr Ladder"), and places right after a capitalised honorific ("Lord Hale", not "Lord Howe
    Island", a place of the gazetteer with it)."""
    honoured = None
    for c in cands:
        if c.label not in NAMED_BY_PEOPLE or c.src in EVIDENCE or ctx.in_caps(c.start):
            continue
        if c.label in PLACE_LABELS | {"ORG"} and _after_honorific(ctx, c):
            c.label, c.weight = "PERSON", max(c.weight, 3.0)
            continue
        last = ctx.words[c.end - 1]
        if c.end - c.start < 2 or last in ORG_HEADS or not ctx.toks[c.end - 1].is_title:
            continue
        honoured = _honoured(ctx.words) if honoured is None else honoured
        if last in honoured and given_name_first(ctx, c, common_last=True):
            c.label, c.weight = "PERSON", max(c.weight, 3.0)


def _after_honorific(ctx: DocCtx, c: Cand) -> bool:
    """A capitalised honorific ("Lord", "Sir", "Dr") right before the name, the two together no
    place of the gazetteer; before a body's name, no doctor's or professor's title."""
    if c.start == 0:
        return False
    tok = ctx.toks[c.start - 1]
    honorific = tok.is_title and fold(tok.text) in HONORIFICS
    if c.label == "ORG" and fold(tok.text) in BRAND_HONORIFICS:
        return False  # "Dr Pepper": a firm named after a doctor
    return honorific and ctx.norm_of(c.start - 1, c.end) not in world().places


def city_people(ctx: DocCtx, c: Cand) -> bool:
    """One capitalised plural the model calls a place that names the people of a city, region or
    country of the gazetteer ("Londoners", "Parisians")."""
    word = ctx.words[c.start]
    if c.end - c.start != 1 or c.label not in {"GPE", "LOC"} or not word.istitle() or not word.isalpha():
        return False
    key, places = fold(word), world().places
    if key in places:
        return False
    for end, add in DEMONYM_ENDS:
        stem = key[: -len(end)] + add if key.endswith(end) else ""
        if len(stem) > 2 and any(p.kind in PLACE_KINDS for p in places.get(stem, ())):
            return True
    return False


def city_peoples(ctx: DocCtx, cands: list[Cand]) -> None:
    """The model's places that name a city's or a country's people become a people (NORP)."""
    for c in cands:
        if c.src not in EVIDENCE and city_people(ctx, c):
            c.label, c.weight = "NORP", max(c.weight, 3.0)


def legal_names(ctx: DocCtx, cands: list[Cand]) -> None:
    """The model's names of several words ending in a company's legal form are a body ("Big Night
    Out Ltd" is the firm, not its event)."""
    words = ctx.words
    for c in cands:
        if c.label != "ORG" and c.end - c.start > 1 and words[c.end - 1] in LEGAL_FORMS:
            c.label, c.weight, c.role = "ORG", max(c.weight, 3.0), None


def venue_names(ctx: DocCtx, cands: list[Cand]) -> None:
    """One word the model calls a person right before a lower-case venue noun names the venue
    ("its Kestenfeld stadium"), unless the gazetteer knows it as a place ("Cardiff stadium")."""
    doc = ctx.doc
    for c in cands:
        if c.label != "PERSON" or c.src in EVIDENCE or c.end - c.start != 1 or c.end >= len(doc):
            continue
        nxt = ctx.toks[c.end]
        if nxt.is_lower and nxt.lower_ in VENUE_NOUNS and ctx.norm_of(c.start, c.end) not in world().places:
            c.label, c.weight, c.role = "FAC", max(c.weight, 3.0), None


def grounds_again(ctx: DocCtx, cands: list[Cand]) -> None:
    """In a sports report, one word the model calls a place that the model or the article's rules
    make a ground elsewhere ("stay at Kestenfeld") and the gazetteer knows as no place is that ground
    again ("the Kestenfeld board", a headline's "happy at Kestenfeld")."""
    if not ctx.sports:
        return
    lone = [c for c in cands if c.end - c.start == 1]
    grounds = {ctx.words[c.start] for c in lone if c.label == "FAC"}
    for c in lone:
        word = ctx.words[c.start]
        placed = c.label in {"GPE", "LOC"} and c.src == "model"
        if placed and word in grounds and fold(word) not in world().places:
            c.label, c.weight = "FAC", max(c.weight, 3.0)


def sports_people(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """In a sports report, one word voted a body that the article treats as a person at least
    `PERSON_SIGNS` times ("X's father", "X, who", "X wants ... he") and never as a body or a place
    is a player, not a club."""
    if not ctx.sports:
        return
    doc = ctx.doc
    for key, ms in by_key(ctx, cands, key_of).items():
        if labels.get(key) != "ORG" or any(c.end - c.start != 1 or c.src in EVIDENCE for c in ms):
            continue
        word = ctx.words[ms[0].start]
        if not word.istitle() or not word.isalpha() or word in ORG_HEADS or fold(word) in world().places:
            continue
        org = per = place = 0
        for c in ms:
            o, p, q = name_evidence(doc, c.start, c.end)
            org, per, place = org + o, per + p, place + q
        if per >= PERSON_SIGNS and not org and not place:
            relabel(ctx, ms, labels, key_of, "PERSON")
