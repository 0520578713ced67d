"""Place words glued to a body's name, and an institution's short name read as a place.

`split_glued` parts two towns a hyphen joins ("the London-Frankfurt route"), and cuts a country,
people or town word off the front of the model's body name where
the article names the body without it ("the US Pew Research Center" beside "Pew Research", "the
European Cogniron project" beside "the Hertfordshire Cogniron team"), or before a body's acronym
("the London FTSE"): the place word becomes a name of its own. `institution_posts` reads a place
after a post's "at" as the institution the article
names after it ("project leader at Millbrook" beside "the University of Millbrook");
`town_phrases` reads a town the model calls a body as a place where its words say so ("in west
Millbrook", "the Millbrook man"). `prefixed_regions` joins a hyphenated prefix of a capitalised
adjective to the region it qualifies ("sub-Saharan Africa": one LOC; compass words in lower case,
"northern Kelby", stay outside the name). `placed_tails` cuts "in <place>" off the end of the model's
name ("the Kelby Rovers in Millbrook", "Harbour Point in Norvia"): the name, then the place. All
work on token indices.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.entities import context as X
from pipeline.entities import evidence as E
from pipeline.entities import lexicon as L
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand, DocCtx

GLUABLE = frozenset({"ORG", "FAC"})
PLACES = frozenset({"GPE", "LOC"})
INSTITUTION_HEADS = frozenset({"University", "College", "Polytechnic"})
INSTITUTION_WEIGHT = 6.0  # a post held at the institution outweighs the place's other guesses
COMPASS = X.COMPASS | {"central"}  # "in west Millbrook"
NATIVES = frozenset({"man", "woman", "men", "women", "boy", "girl", "lad", "native", "teenager", "youngster"})
TAILS = frozenset(w.lower() for w in L.CORP_SUFFIXES) | {"center", "centre", "institute"}  # a body's kind
TOWN_WEIGHT = 6.0  # "in west Millbrook" outweighs a sports report's reading of the town as its club
PLACED = frozenset({"GPE", "LOC", "FAC"})
PREFIXES = frozenset({"sub", "trans", "cis"})  # "sub-Saharan Africa", "trans-Caspian region"


def prefixed_regions(ctx: DocCtx, model: list[Cand]) -> None:
    """A model's place name after a prefix glued by a hyphen to a capitalised adjective ("sub-Saharan"
    Africa) starts at the prefix: a region of its own (LOC); the prefix's adjective names no place."""
    words, ws = ctx.words, ctx.ws
    for c in model:
        s = c.start
        if c.label not in PLACES or s < 3 or words[s - 2] not in E.HYPHEN or ws[s - 3] or ws[s - 2]:
            continue
        prefix, adjective = words[s - 3], words[s - 1]
        named = bool(ctx.toks[s - 1].ent_type_)
        if prefix.isalpha() and prefix.lower() in PREFIXES and adjective.istitle() and not named:
            c.start, c.label = s - 3, "LOC"


IN_ABLE = frozenset({"ORG", "FAC", "PERSON", "NORP", "GPE", "LOC"})  # not works: "Made in Kelby"


def placed_tails(ctx: DocCtx, model: list[Cand]) -> list[Cand]:
    """The model's names with a glued "in <place>" cut off (see the module's doc), and the places
    as names of their own."""
    out = []
    for c in model:
        k = _in_place(ctx, c)
        if k:
            key = ctx.norm_of(k + 1, c.end)
            out.append(Cand(k + 1, c.end, L.gazetteer_label(key) or "GPE", c.src, c.weight))
            c.end = k
        out.append(c)
    return out


def _in_place(ctx: DocCtx, c: Cand) -> int:
    """The index of the one lower-case "in" inside `c` when capitalised words stand either side, those
    after it a place of the gazetteer and those before it no lone body's head ("Church in Kelby"
    is one name); 0 for none."""
    words, s, e = ctx.words, c.start, c.end
    if c.label not in IN_ABLE or e - s < 3 or "in" not in words[s + 1 : e - 1]:
        return 0
    k = words.index("in", s + 1, e - 1)
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words[s:k] + words[k + 1 : e]):
        return 0
    if k - s == 1 and words[s] in L.ORG_HEADS:
        return 0
    key = ctx.norm_of(k + 1, e)
    return k if L.gazetteer_label(key) in PLACES or key in L.world().places else 0


def split_glued(ctx: DocCtx, model: list[Cand]) -> list[Cand]:
    """The model's body names with a glued place word cut off (see the module's doc), and the place
    words as names of their own; outside sports reports, whose clubs carry their towns."""
    if ctx.sports:
        return model
    out = []
    for c in model:
        if _place_pair(ctx, c):  # "the London-Frankfurt route": two towns
            out.append(Cand(c.start, c.start + 1, "GPE", c.src, c.weight))
            c.start += 2
        n = _glued(ctx, c)
        if n:
            key = ctx.norm_of(c.start, c.start + n)
            label = L.gazetteer_label(key) or "GPE"
            out.append(Cand(c.start, c.start + n, label, c.src, c.weight))
            c.start += n
        out.append(c)
    return out


PAIR_TOWN = 100_000  # people in a city that a hyphen pairs with another ("London-Frankfurt")


def _place_pair(ctx: DocCtx, c: Cand) -> bool:
    """The model's place is two large cities or countries of the gazetteer joined by a hyphen, which
    together name no place ("London-Frankfurt"; not "Guinea-Bissau"): a route or a link of two."""
    s, words = c.start, ctx.words
    if c.label != "GPE" or c.end - s != 3 or words[s + 1] != "-" or ctx.ws[s] or ctx.ws[s + 1]:
        return False
    places = L.world().places
    pair = all(_big(places.get(L.norm(words[i]), ())) for i in (s, s + 2))
    return pair and ctx.norm_of(s, c.end) not in places


def _big(places: tuple) -> bool:
    """Some place of these is a country or a city of `PAIR_TOWN` people or more."""
    return any(p.kind == "country" or p.kind == "city" and p.population >= PAIR_TOWN for p in places)


def _glued(ctx: DocCtx, c: Cand) -> int:
    """The number of place words glued to the front of `c` (0 for none): after "the", a one- or
    two-word place or people, then a name whose first word the article never writes in lower case
    and which it writes elsewhere without that place before it (a name opening with an English
    word only by its short form without its kind's word, with no "the" before it there: `_bare`;
    "the Times" is no evidence against "the New York Times", nor "Air Force" against "the US Air
    Force")."""
    words, s = ctx.words, c.start
    if c.label not in GLUABLE or c.end - s < 2 or s == 0 or words[s - 1].lower() != "the" or ctx.in_caps(s):
        return 0
    for n in (2, 1):
        rest = s + n
        if rest >= c.end or any("\n" in w for w in ctx.ws[s:rest]):
            continue
        if not all(w[:1].isupper() and w.isalpha() for w in words[s:rest]):
            continue
        if not L.known_place(ctx.norm_of(s, rest)):
            continue
        head = words[rest]
        if not (head[:1].isupper() and head.isalpha()):
            return 0
        lead = words[s:rest]
        if head.lower() in W.lower_words(ctx):
            return 0  # "the Colombian Reintegration Agency" of an article on "reintegration programmes"
        if _acronym_rest(words, rest, c.end):
            return n  # "the London FTSE", "the US SEC": a place before a body's acronym
        if W.english_word(head.lower()):  # "Pew Research" of "Pew Research Center", no "the" before it
            short = words[rest : c.end - 1] if words[c.end - 1].lower() in TAILS and c.end - 1 > rest else []
            others = E.elsewhere(ctx, rest, c.end - 1) if short else []
            return n if any(words[i - n : i] != lead and _bare(ctx, i) for i in others) else 0
        others = E.elsewhere(ctx, rest, rest + 1)
        return n if any(words[i - n : i] != lead and _named_apart(ctx, i) for i in others) else 0
    return 0


def _acronym_rest(words: list[str], rest: int, end: int) -> bool:
    """The name's words from `rest` are one acronym (no company suffix: "PLC"), maybe numbered
    ("FTSE 100")."""
    head = words[rest]
    if not (len(head) > 1 and head.isupper() and head.isalpha()) or head in L.CORP_SUFFIXES:
        return False
    return all(w.isdigit() for w in words[rest + 1 : end])


def _named_apart(ctx: DocCtx, i: int) -> bool:
    """The word at `i` opens a name of its own, after another place ("the Hertfordshire Cogniron
    team") or with no "the", "of" or capitalised word before it (not "the International
    Federation of the Phonographic Industry")."""
    prev = ctx.words[i - 1] if i > 0 else ""
    return L.known_place(L.norm(prev)) or _bare(ctx, i) and prev.lower() != "of"


def _bare(ctx: DocCtx, i: int) -> bool:
    """The word at `i` opens a name with no "the" and no capitalised word before it, inside a
    sentence ("according to Pew Research"; not "the Times" of "the New York Times")."""
    prev = ctx.words[i - 1] if i > 0 else ""
    return not ctx.toks[i].is_sent_start and prev.lower() != "the" and not prev[:1].isupper()


def post_noun(tok: Token) -> bool:
    """A lower-case common noun naming an occupation held at a body, describing a person ("X, chief
    architect at", "she is a lecturer at"; not "a reactor at")."""
    described = tok.dep_ in {"appos", "attr"}
    return described and tok.is_lower and tok.tag_ in {"NN", "NNS"} and L.post_word(tok.lower_)


def institution_posts(ctx: DocCtx, cands: list[Cand]) -> None:
    """A one-word place after "at" and a post's noun ("project leader at Millbrook", "a lecturer at
    Millbrook") is the institution the article names with it ("the University of Millbrook",
    "Millbrook University"): a body, which grouping joins to that name."""
    words = ctx.words
    named = {ctx.norm_of(c.start, c.end) for c in cands if c.label == "ORG" and c.end - c.start > 1}
    if not named:
        return
    for c in cands:
        s = c.start
        if c.label not in PLACES or c.end - s != 1 or s < 2 or words[s - 1] != "at":
            continue
        if not post_noun(ctx.toks[s - 2]):
            continue
        key = ctx.norm_of(s, c.end)
        heads = (L.norm(h) for h in INSTITUTION_HEADS)
        if any(f"{h} of {key}" in named or f"{key} {h}" in named for h in heads):
            c.label, c.weight, c.role = "ORG", max(c.weight, INSTITUTION_WEIGHT), None


def town_phrases(ctx: DocCtx, cands: list[Cand]) -> None:
    """A town the model calls a body where the words around it make it a place: a compass word after
    a place's preposition ("in west Millbrook"), a person's noun after "the" ("the Millbrook man"), or
    any lower-case noun after "the" when the town's name is a word of a longer place of the article
    ("the Millbrook scheme" beside "the Millbrook Valley")."""
    words, n = ctx.words, len(ctx.words)
    longer = [c for c in cands if c.label in PLACED and c.end - c.start > 1 and not ctx.sports]  # "X Valley"
    placed = {words[k] for c in longer for k in range(c.start, c.end)}
    for c in cands:
        s, e = c.start, c.end
        if c.label != "ORG" or e - s > 2 or s < 2 or not L.known_place(ctx.norm_of(s, e)):
            continue
        compass = words[s - 1] in COMPASS and words[s - 2].lower() in L.LOCATIVE
        native = words[s - 1].lower() == "the" and e < n and words[e] in NATIVES
        if not native and e - s == 1 and words[s] in placed and words[s - 1].lower() == "the":
            native = e < n and words[e].islower() and words[e].isalpha()  # "the Millbrook scheme"
        if compass or native:
            c.label, c.weight, c.role = "GPE", max(c.weight, TOWN_WEIGHT), None


def qualified_countries(ctx: DocCtx, model: list[Cand]) -> None:
    """A country after a capitalised adjective that qualifies it ("Bolshevik Russia", "Tsarist
    Russia": the state in one period) is a place (GPE), not the body the model may call it; a
    body's word first ("Radio France", "Air China") keeps the body (`context.qualifier`)."""
    for c in model:
        if c.label != "ORG" or c.end - c.start != 2 or not X.qualifier(ctx.words[c.start]):
            continue
        country = L.gazetteer_label(ctx.norm_of(c.start + 1, c.end)) == "GPE"
        if country and not L.gazetteer_label(ctx.norm_of(c.start, c.end)):
            c.label = "GPE"
