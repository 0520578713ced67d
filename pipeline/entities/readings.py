"""Labels read from what a name is made of and what its sentence does with it, after the vote.

`families`: "the Hales", the plural of the surname of a person of the article, is that family (a
PERSON), not a body. `sport_bodies`: a sport's name joined to a country's ("Athletics Norvia",
"Norvia Cricket") is that sport's national body (ORG), not the country. `towns`: a city or
subdivision of the gazetteer the model called a natural place (LOC) in a place's context ("a camp in
Kisumu") is a GPE, and so is one called a body or a thing whose every mention stands before a
person's occupation outside sport ("an Edinburgh architect", not "the Millbrook manager").
`occasions`: a capitalised common noun the model called a body that the article dates ("the
pre-Budget report", "his Budget last week") or a person owns ("his Budget"), and a body's name
ending in "Election", are occasions (EVENT), not bodies. `renewed`: "New X" beside the article's
body X is that body's brand (ORG), not a place. `parties`:
a one-word "person" with no person's sign, listed with peoples or parties only ("Labour and the
Liberal Democrats say"), is a party (ORG, as "Labour Party" is). `_voted_for`: a "people"
written right after a form of "vote" ("voted Conservative") is the party voted for (ORG).
`_named_group`: a "people" named by capitalised words none of which the gazetteer knows, in the
plural or clipped elsewhere ("the Liberal Democrats"; "Liberal Democrat" beside "Lib Dem") is a
body, a party (not "South Koreans", "Bosnian Serbs", nor a people's noun of "-ers": "Torres Strait
Islanders").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from pipeline.entities.candidates import Cand, DocCtx, base_key, by_key, list_partners, relabel
from pipeline.entities.gazetteer import SUBDIVISIONS, world
from pipeline.entities.kinds import STAFF
from pipeline.entities.lexicon import (
    COUNTRIES,
    HONORIFICS,
    ORG_HEADS,
    SPORTS,
    census_name,
    fold,
    gazetteer_label,
    is_title,
    post_word,
)
from pipeline.entities.places import place_cue
from pipeline.entities.shortforms import clips
from pipeline.entities.words import ORDINAL, common_noun, generic_key

POSSESSIVES = frozenset({"his", "her", "their", "its", "'s", "\u2019s"})
OWNERS = POSSESSIVES | {"our", "my", "your", "'", "\u2019"}
PERSONAL = frozenset({"his", "her"})  # a person's own: "his Budget"
NOUNS = frozenset({"NOUN", "PROPN"})
POLLS = frozenset({"election", "elections", "by-election", "referendum"})  # "General Election": EVENT
PREFIXES = frozenset({"pre", "post"})  # "pre-Budget", "post-Census": a time around an occasion
TOWN_KINDS = SUBDIVISIONS | {"city"}
FAMILY_OK = frozenset({"ORG", "NORP", "GPE", "LOC", "PERSON", "WORK_OF_ART", "PRODUCT"})
BODY_OK = frozenset({"GPE", "LOC", "NORP", "PERSON"})
RENEWABLE = frozenset({"GPE", "LOC", "NORP", "PERSON"})  # what the model calls "New Labour"
CITY = 50_000  # people of a home town's city: "New Hope leader" is a party's
HOME_OK = frozenset({"ORG", "PRODUCT", "FAC", "WORK_OF_ART"})  # labels a home town may have had
VOTE_FORMS = frozenset({"vote", "votes", "voted", "voting"})  # "voted Norvist": the party voted for


def apply(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Every reading of this module, on the voted labels (`labels`, by `key_of`)."""
    people = Counter(k.split()[-1] for k, v in labels.items() if v == "PERSON" and " " in k)
    by_token = {i: c for c in cands for i in range(c.start, c.end)}
    peoples = {gk for gk, v in labels.items() if v == "NORP"}  # as voted: "the Liberal Democrats" too

    def label_at(i: int) -> str | None:
        key = key_of(ctx, by_token[i]) if i in by_token else None
        return "NORP" if key in peoples else labels.get(key) if key else None
    for gk, ms in by_key(ctx, cands, key_of).items():
        label, key = labels.get(gk), base_key(gk)
        new = _family(ctx, ms, key, label, people) or _sport_body(key, label)
        new = new or _town(ctx, ms, key, label) or _home_town(ctx, ms, key, label)
        new = new or _occasion(ctx, ms, key, label) or _renewed(ms, key, label, labels)
        new = new or _party(ctx, ms, key, label, label_at) or _named_group(ctx, ms, key, label, labels)
        new = new or _voted_for(ctx, ms, key, label)
        if new and new != label:
            relabel(ctx, ms, labels, key_of, new)


def _family(ctx: DocCtx, ms: list[Cand], key: str, label: str | None, people: Counter) -> str | None:
    """"the Hales" (every mention after "the"), a person of the article being "X Hale" (two people
    when the surname is a common word: "the Stones" may be a band)."""
    if label not in FAMILY_OK or " " in key or not key.endswith("s"):
        return None
    one = key[:-2] if key.endswith("es") and key[:-2] in people else key[:-1]
    if one not in people or not all(c.start > 0 and ctx.words[c.start - 1].lower() == "the" for c in ms):
        return None
    if generic_key(one) and people[one] < 2:  # "the Stones" beside "Joss Stone": a band, one person
        return None
    return "PERSON"


def _sport_body(key: str, label: str | None) -> str | None:
    """A sport's name and a country's, either way round ("athletics kenya", "uk athletics")."""
    if label not in BODY_OK or key.count(" ") != 1:
        return None
    a, b = key.split()
    if (a.upper() in SPORTS and b in COUNTRIES) or (b.upper() in SPORTS and a in COUNTRIES):
        return "ORG"
    return None


def _town(ctx: DocCtx, ms: list[Cand], key: str, label: str | None) -> str | None:
    """A gazetteer town or subdivision (no natural region) called LOC, in a place's context."""
    if label != "LOC" or world().label.get(key):
        return None
    places = world().places.get(key)
    if not places or any(p.kind not in TOWN_KINDS for p in places):
        return None
    return "GPE" if any(place_cue(ctx.doc, c.start, c.end) for c in ms) else None


def _home_town(ctx: DocCtx, ms: list[Cand], key: str, label: str | None) -> str | None:
    """A gazetteer city of `CITY` people or more called a body or a thing outside sport, every mention
    title-case right before a lower-case occupation noun ("Edinburgh architect Ann Lee"): the
    person's town, a GPE (not the party of "New Hope leader" nor the "UN envoy")."""
    if label not in HOME_OK or ctx.sports or world().label.get(key):
        return None
    places = world().places.get(key)
    if not places or any(p.kind not in TOWN_KINDS for p in places):
        return None
    if max(p.population for p in places) < CITY:
        return None
    w = ctx.words
    if not all(w[c.start].istitle() for c in ms):  # "UN envoy": an acronym
        return None
    return "GPE" if all(c.end < len(w) and _occupation(w[c.end]) for c in ms) else None


def _occupation(word: str) -> bool:
    """A lower-case occupation noun, no title or post held at a body ("architect"; not "chief",
    "boss", "leader")."""
    return word.islower() and post_word(word) and not is_title(word) and word not in STAFF


def _renewed(ms: list[Cand], key: str, label: str | None, labels: dict) -> str | None:
    """"New X" called a place, a people or a person, where X is a body of the article and the
    gazetteer knows no "New X" ("a New Labour government" beside "Labour"): that body's brand, ORG."""
    words = key.split()
    if label not in RENEWABLE or len(words) < 2 or words[0] != "new" or world().places.get(key):
        return None
    return "ORG" if labels.get(" ".join(words[1:])) == "ORG" and ms[0].src == "model" else None


def _occasion(ctx: DocCtx, ms: list[Cand], key: str, label: str | None) -> str | None:
    """A name called ORG that ends in an election's noun ("General Election"), or one common noun
    ("budget") called ORG, dated by some mention: after "pre-"/"post-", owned ("his Budget") right
    before a date or by a date ("last year's Budget"), counted by its owner ("our first Budget", "the
    Tories' first Budget") or a person's own ("his Budget to", not a body's "his Cabinet")."""
    if label == "ORG" and key.split()[-1] in POLLS:
        return "EVENT"
    if label != "ORG" or " " in key or not common_noun(key) or ms[0].end - ms[0].start != 1:
        return None
    w, doc, word = ctx.words, ctx.doc, ctx.words[ms[0].start]
    for s in (i for i in range(2, len(w) - 1) if w[i] == word):  # every writing, tagged or not
        if w[s - 1] == "-" and w[s - 2].lower() in PREFIXES:
            return "EVENT"
        owner = w[s - 1].lower()
        if owner in POSSESSIVES and (doc[s + 1].ent_type_ == "DATE" or doc[s - 2].ent_type_ == "DATE"):
            return "EVENT"  # "his Budget last week", "last year's Budget"
        if owner in PERSONAL and word not in ORG_HEADS and doc[s + 1].pos_ not in NOUNS:
            return "EVENT"  # "using his Budget to", not "her Labour colleagues"
        ordinal = doc[s - 1].like_num and doc[s - 1].tag_ == "JJ"  # "first", "ninth"
        if ordinal and w[s - 2].lower() in OWNERS and not doc[s + 1].is_title:  # "his ninth Budget"
            return "EVENT"
    return None


def _party(ctx: DocCtx, ms: list[Cand], key: str, label: str | None, label_at: Callable) -> str | None:
    """A model "person" of one word or a plural ("Lib Dems"), no census name, never after an
    honorific, whose list partners are all peoples or parties ("Labour and the Liberal Democrats
    say", "the Tories and Lib Dems")."""
    if label != "PERSON" or not ctx.parsed or census_name(key.split()[0]):
        return None
    found = set()
    for c in ms:
        titled = c.start > 0 and fold(ctx.words[c.start - 1]) in HONORIFICS
        plural = c.end - c.start == 2 and ctx.words[c.end - 1].endswith("s")  # "Lib Dems"
        if c.src != "model" or not (c.end - c.start == 1 or plural) or titled:
            return None
        tok = ctx.toks[c.end - 1]
        partners = list_partners(tok)
        found |= {label_at(p.i) for p in partners}
    return "ORG" if found == {"NORP"} else None


def _voted_for(ctx: DocCtx, ms: list[Cand], key: str, label: str | None) -> str | None:
    """A "people" the article writes right after a form of "vote" ("most voted Norvist", "vote
    Norvist"), no nationality of the gazetteer: a party (ORG), as "voted Labour" is."""
    if label != "NORP" or gazetteer_label(key):
        return None
    names = {ctx.doc[c.start : c.end].text for c in ms}  # a mention the repeats find later counts too
    return "ORG" if any(f"{v} {n}" in ctx.text for n in names for v in VOTE_FORMS) else None


def _named_group(ctx: DocCtx, ms: list[Cand], key: str, label: str | None, labels: dict) -> str | None:
    """A people of two words or more, each capitalised, no gazetteer name among them or for the
    whole, in the plural or clipped elsewhere in the article ("Lib Dem" of "Liberal Democrat": a
    body's name; "a Liberal Democrat spokesman" alone stays a member's adjective)."""
    words = key.split()
    if label != "NORP" or len(words) < 2 or any(world().label.get(w) for w in [key, *words]):
        return None
    if not all(w[:1].isupper() and w.isalpha() for c in ms for w in ctx.words[c.start : c.end]):
        return None
    if words[-1].endswith("ers") or ORDINAL.match(words[0]):
        return None  # "Torres Strait Islanders", "First Nations": peoples
    if words[-1].endswith("s") or any(" " in k and clips(base_key(k).split(), words) for k in labels):
        return "ORG"
    return None
