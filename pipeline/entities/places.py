"""Places, peoples and new names from the world gazetteer, checked against the article's words.

A subdivision or city of the gazetteer is a place where the text reads as a place ("in Kisumu",
"Kisumu county", "Kisumu's governor", "the governor of Kisumu"), unless the name is a piece of a longer
name or the article's words mark it as an organisation. A country the model calls a person is a
country unless the article treats it as one. A name followed by "people", "tribe", "clan", "iwi" ... is
a people (NORP); diseases and other names newer than the model are labelled from a table (EVENT).
Names the model missed before a lower-case building's noun ("at Kelby prison") are facilities; one
the model calls a facility after "the <nationality> island of" is a place.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.entities import clubplayers as CP
from pipeline.entities import context as X
from pipeline.entities import opponents as OP
from pipeline.entities import tokens as TK
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand, DocCtx, first_words_at, greedy_scan
from pipeline.entities.clubs import region_side
from pipeline.entities.evidence import FACILITY_HEADS, PLACE_HEADS
from pipeline.entities.gazetteer import WORLD, fold, world
from pipeline.entities.lexicon import CUES, ORG_HEADS, TEMPORAL, norm, role_noun

PLACE_NOUNS = frozenset(
    {"province", "state", "county", "district", "region", "city", "town", "village", "municipality",
     "governorate", "prefecture", "island", "islands", "regency", "oblast", "department", "territory"}
)
ELECTORAL = frozenset({"constituency", "constituents", "electorate"})  # a seat's place
RESORTS = frozenset({"resort", "port", "enclave"})  # "the Brazilian resort of X"
HOME = frozenset({"hometown", "birthplace"})  # "the hometown of X" is a place, "X's hometown" a person's
PLACE_OF = PLACE_NOUNS | HOME | RESORTS | {
    "governor", "mayor", "people", "residents", "outskirts", "capital", "centre", "center", "streets",
    "north", "south", "east", "west", "heart", "suburbs"}
NAMED_PLACE_OF = HOME | (PLACE_NOUNS - {"department"}) | RESORTS | {
    "islet", "suburb", "outskirts", "resident", "residents", "hamlet", "parish", "community", "streets"}
PLACE_POSSESSED = (PLACE_OF - HOME) | {"population", "economy", "border", "borders", "government", "premier"}
PLACE_CUE_PREPS = X.PLACE_PREPS | {"from", "to", "into", "towards", "through", "via", "at"}  # of rest or way
POSS = frozenset({"'s", "\u2019s", "'", "\u2019"})
SITE_NOUNS = frozenset({"airport", "airports", "port", "harbour", "harbor"})  # "Frankfurt airport"
PEOPLE_NOUNS = frozenset({"people", "peoples", "tribe", "tribes", "tribesmen", "clan", "clans", "iwi",
                          "community", "communities", "ethnic", "minority", "nation", "nations"})
MODEL_ONLY = frozenset({"ORG", "PERSON", "NORP", "LANGUAGE", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC"})
FINITE = W.FINITE_TAGS - {"MD"}  # a tensed verb, no modal
BUILT_HEADS = FACILITY_HEADS - PLACE_HEADS  # "Towers", "Museum"; not "Street", "Bridge"
FAC_NOUNS = frozenset(n for n, label in CUES["class_nouns"].items() if label == "FAC" and not n.endswith("s"))
NEW_NAMES = {fold(name): label for label, names in WORLD["new_names"].items() for name in names}
LOWER_NAMES = frozenset(fold(n) for names in WORLD["new_names"].values() for n in names if n.islower())


def place_cue(doc, s: int, e: int) -> bool:
    """The words around the name read as a place's; never before a body's people or parts ("from
    Whitehall departments", "Kisumu officials"): the name is then a body's."""
    p1, p2, n1, n2 = X.low(doc, s - 1), X.low(doc, s - 2), X.low(doc, e), X.low(doc, e + 1)
    if n1 in X.ORG_AFTER and doc[e].is_lower:
        return False
    if p1 in PLACE_CUE_PREPS and p2 not in X.ORG_OF and n1 not in POSS:
        return True
    if n1 in PLACE_NOUNS or n1 in SITE_NOUNS or (n1 in POSS and n2 in PLACE_POSSESSED):
        return True
    if n1 == "-" and n2 == "based" and not doc[e - 1].whitespace_:  # "Bracknell-based"
        return True
    if n1 in ELECTORAL or (n1 == "by" and n2 == "-" and X.low(doc, e + 2) == "election"):
        return True  # "the Horsham by-election", "his Hartlepool constituency"
    if p1 == "of" and p2 in PLACE_OF:
        return True
    if p1 in {"and", "or", ","} and s > 1 and fold(doc[s - 2].text) in world().places:
        return True  # "in Cusco and Arequipa"
    if p1 == "native" or (n1 == "," and _located_after(doc, e + 1)):
        return True  # "his native Sendai", "Sendai, in Japan's northeast", "Carcross, Yukon"
    return X.place_context(doc, s, e)


def _located_after(doc, k: int) -> bool:
    """Token k opens an apposition that locates a place: "in"/"near" a place, a country or region
    name, or "a city"."""
    if k >= len(doc):
        return False
    if doc[k].lower_ in {"in", "near"} and k + 1 < len(doc) and doc[k + 1].text[:1].isupper():
        return True
    if doc[k].lower_ in {"a", "an"} and k + 1 < len(doc):
        return doc[k + 1].lower_ in PLACE_NOUNS or (k + 2 < len(doc) and doc[k + 2].lower_ in PLACE_NOUNS)
    places = world().places.get(fold(doc[k].text))
    return doc[k].text[:1].isupper() and any(p.kind in {"country", "admin1"} for p in places or ())


def _bounded(doc, s: int, e: int) -> bool:
    """Not a piece of a longer capitalised name ("Nairobi Hospital", "Bank of Kigali")."""
    if e < len(doc) and doc[e].text[:1].isupper() and doc[e].lower_ not in PLACE_NOUNS:
        return False
    if s > 0 and doc[s - 1].text[:1].isupper() and not doc[s].is_sent_start:
        return False
    return not (X.low(doc, s - 1) == "of" and s > 1 and doc[s - 2].text[:1].isupper())


def _club_cue(ctx: DocCtx, c: Cand, trusted: str | None) -> bool:
    """A player's position after the name, a scored win "at" before it, or, for no country, a match's
    noun before it ("a loss to X", "defeat at the hands of X"; `opponents`)."""
    if CP.position(ctx, c.end):
        return True
    root = ctx.root(c.start, c.end) if ctx.parsed else None
    met = root is not None and not trusted and (OP.after_match_noun(root) or OP.at_hands_of(root))
    return root is not None and (OP.scored_win_at(root) or met)


def fix_labels(ctx: DocCtx, cands: list[Cand]) -> None:
    """Relabel the model's mentions by the gazetteer and the words around them."""
    doc, gaz = ctx.doc, world()
    surnames = {ctx.toks[c.end - 1].lower_ for c in cands if c.label == "PERSON" and c.end - c.start > 1}
    for c in cands:
        key = ctx.norm_of(c.start, c.end)
        new = NEW_NAMES.get(key)
        if new:
            c.label, c.weight = new, max(c.weight, 3.0)
            continue
        trusted = gaz.label.get(key)
        if ctx.words[c.end - 1] in ORG_HEADS or (ctx.sports and c.label == "ORG"
                                                  and _club_cue(ctx, c, trusted)):
            continue  # "Millbrook prop Tom Hale", "a 2-0 win at Millbrook": the club
        if key in gaz.places and c.label in {"GPE", "LOC"} and c.src == "model":
            c.weight = max(c.weight, 3.0)  # the model and the gazetteer agree: outweighs other guesses
        elif key in gaz.places and c.label in MODEL_ONLY and not (trusted and trusted != "GPE"):
            if c.label == "PERSON" and " " not in key and (
                key in surnames or (trusted == "GPE" and _personal(doc, c))
            ):
                continue  # "Lincoln" of "Abraham Lincoln" in the same article
            cued = place_cue(doc, c.start, c.end) or ctx.sports and region_side(ctx, c, key)  # "the X side"
            if trusted or cued or c.label in {"NORP", "LANGUAGE"} or _owns(ctx, c):
                c.label, c.weight = "GPE", max(c.weight, 3.0)
        elif c.end - c.start > 1 and ctx.toks[c.end - 1].lower_ in PLACE_NOUNS and c.label in MODEL_ONLY:
            head = norm(doc[c.start : c.end - 1].text)  # "Kano State", "Miaoli County"
            if head in gaz.places and gaz.label.get(head, "GPE") == "GPE":
                c.label, c.weight = "GPE", max(c.weight, 3.0)
        elif c.label in {"ORG", "PERSON", "GPE", "LOC"} and key not in gaz.places and _people(doc, c):
            c.label, c.weight = "NORP", max(c.weight, 3.0)
        elif c.label == "ORG" and key in gaz.peoples and key not in gaz.places and not W.generic_key(key):
            c.label, c.weight = "NORP", max(c.weight, 3.0)  # "the Kaska", named like their language
        elif c.label in {"ORG", "PERSON"} and _place_of(doc, c.start):
            c.label, c.weight = "GPE", max(c.weight, 3.0)  # "the town of Moyo Kalpa", "residents of Ekuru"
        elif c.label == "FAC" and X.low(doc, c.start - 2) in PLACE_NOUNS and _place_of(doc, c.start):
            c.label, c.weight = "GPE", max(c.weight, 3.0)  # "the Thai island of X": no building
        elif c.label == "GPE" and _unknown_capitals(ctx, c, key) and not place_cue(doc, c.start, c.end):
            c.label = "ORG"  # "BT has set up", "the G7": capitals no gazetteer knows, read as no place


def _owns(ctx: DocCtx, c: Cand) -> bool:
    """A one-word town the model calls a person before "'s" and a capitalised name, outside sport
    ("Kelby's Tom Hale", "Kelby's Red Lanterns"): the town the name comes from, no person's."""
    words, e = ctx.words, c.end
    if c.label != "PERSON" or ctx.sports or c.end - c.start > 1 or e + 1 >= len(words):
        return False
    return words[e] in POSS and words[e + 1][:1].isupper()


def _unknown_capitals(ctx: DocCtx, c: Cand, key: str) -> bool:
    """One word in capitals outside a capitals line that the gazetteer does not know, acting as a
    verb's subject or holding a digit ("BT has set up", "the G7"; not "his LA home", "led GB to")."""
    gaz = world()
    word, tok = ctx.words[c.start], ctx.toks[c.start]
    if c.end - c.start > 1 or not word.isupper() or ctx.in_caps(c.start):
        return False
    if key in gaz.places or key in gaz.label:
        return False
    return any(ch.isdigit() for ch in word) or tok.dep_ in {"nsubj", "nsubjpass"}


def read_as_place(ctx: DocCtx, ms: list[Cand]) -> bool:
    """One word the model calls an organisation that the article only treats as a place: a place's
    preposition before some mention ("in Chapinero", "the town of"), a place's context for half of
    them (`place_cue`), no body's or person's word around any; not an acronym, a common word
    ("Plaza") or a body's head."""
    doc, word = ctx.doc, ctx.words[ms[0].start]
    if word.isupper() or not word.isalpha() or word in ORG_HEADS or W.generic_key(norm(word)):
        return False
    place = 0
    for c in ms:
        org, per, near = X.name_evidence(doc, c.start, c.end)
        if org or per:
            return False
        place += near
    after = any(
        X.low(doc, c.start - 1) in PLACE_CUE_PREPS or _place_of(doc, c.start) for c in ms
    )  # "Moscow, X"
    return place > 0 and after and 2 * sum(place_cue(doc, c.start, c.end) for c in ms) >= len(ms)


def _place_of(doc, s: int) -> bool:
    """The name follows "<place noun> of": "the town of", "the islet of", "a resident of" (but not
    "the department of", a body's noun)."""
    return X.low(doc, s - 1) == "of" and X.low(doc, s - 2) in NAMED_PLACE_OF


def _personal(doc, c: Cand) -> bool:
    """A one-word country name used of a person: a title before it, "who" or "he said" after it."""
    _, per, place = X.name_evidence(doc, c.start, c.end)
    return per > 0 and not place


def _people(doc, c: Cand) -> bool:
    """A proper name before "people", "tribe", "community" (lower case); not an adjective
    ("Indigenous people")."""
    e = c.end
    if e >= len(doc) or TK.of(doc).lowers[e] not in PEOPLE_NOUNS or not doc[e].is_lower:
        return False  # the cheap tests first
    return all(t.pos_ == "PROPN" for t in doc[c.start : e]) or not doc.has_annotation("TAG")


def place_cands(ctx: DocCtx) -> list[Cand]:
    """Subdivisions, cities and new names the model missed, where the text reads as a place."""
    doc, gaz, words, ws = ctx.doc, world(), ctx.words, ctx.ws

    starts = first_words_at(ctx, gaz.first_words)

    def match(i: int, n: int) -> Cand | None:
        if i not in starts:
            return None  # most capitalised words start no place name
        if i + n > len(words) or not ctx.free(i, i + n) or any("\n" in w or not w for w in ws[i : i + n - 1]):
            return None
        if ctx.in_caps(i) or any(ctx.toks[k].ent_type_ in TEMPORAL for k in range(i, i + n)):
            return None
        key = fold("".join(words[k] + ws[k] for k in range(i, i + n - 1)) + words[i + n - 1])
        if key not in gaz.places or key in gaz.label:
            return None  # a known name: the other rules label it
        cued = place_cue(doc, i, i + n) or (not ctx.sports and _role_before_person(doc, i, i + n))
        if cued and _bounded(doc, i, i + n):
            return Cand(i, i + n, "GPE", "gaz", 2.0)
        return None

    return greedy_scan(ctx, (3, 2, 1), match) + _new_name_cands(ctx)


def _role_before_person(doc, s: int, k: int) -> bool:
    """Tokens from k are one or two lower-case words ending in a role noun, then a person's name the
    model found ("Kelby murderer Tom Hale", "Kelby chief constable Ann Lee"): a town's resident or
    officer (outside sports reports, where the town is a team's); not a common word at s ("Best
    actor nominee X")."""
    if any(_common(doc[j]) for j in range(s, k)):
        return False
    for n in (1, 2):
        end = k + n
        if end >= len(doc) or not all(doc[j].is_lower and doc[j].is_alpha for j in range(k, end)):
            return False
        if role_noun(doc[end - 1], True) and doc[end].ent_iob_ == "B" and doc[end].ent_type_ == "PERSON":
            return True
    return False


def _new_name_cands(ctx: DocCtx) -> list[Cand]:
    """Untagged names from the new-names table, in any case ("coronavirus", "Covid-19"); a word in
    lower case that is a common English word ("hearing aids") only where the table writes it so."""
    out = []
    words = ctx.words
    for i in [i for i, w in enumerate(words) if w.casefold() in NEW_NAMES]:  # the table's words in one pass
        word = words[i]
        label = NEW_NAMES[word.casefold()]
        if label and word.islower() and word not in LOWER_NAMES and _common(ctx.toks[i]):
            continue
        if label and not ctx.taken[i] and not ctx.in_caps(i):
            c = Cand(i, i + 1, label, "gaz", 1.0)
            ctx.take(c)
            out.append(c)
    return out


def _common(tok) -> bool:
    """A lower-case word, or its lemma, that is a common English noun or adjective ("aids", "aid")."""
    return W.generic_key(tok.lower_) or W.generic_key(tok.lemma_.lower())


def _plain(tok) -> bool:
    """A stop word or a common English word ("The station", "the New stadium"): no name's."""
    return tok.is_stop or _common(tok)


def facility_cands(ctx: DocCtx) -> list[Cand]:
    """Untagged "the Meridian Towers", "the Kisumu Museum": capitalised words after "the" ending in
    a built place's noun that no street or other place name ends in (not "the High Street", a
    description as often as a name), nor one that means to do something, a body ("the Kelby Gallery
    tried to buy it")."""
    doc, out = ctx.doc, []
    for i, word in enumerate(ctx.words):  # plain strings: a Token only where a head is
        if word not in BUILT_HEADS or ctx.taken[i] or ctx.in_caps(i):
            continue
        tok = ctx.toks[i]
        if _intends(tok):
            continue
        s = tok.i
        while s > 0 and not ctx.taken[s - 1] and doc[s - 1].is_title and not doc[s - 1].is_sent_start:
            s -= 1
        if s < tok.i and doc[s - 1].lower_ == "the":
            c = Cand(s, tok.i + 1, "FAC", "rule", 2.0)
            ctx.take(c)
            out.append(c)
    return out


def _intends(tok: Token) -> bool:
    """The subject of a finite verb with an infinitive of intent: "X tried to buy", "X plans to"."""
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.tag_ in FINITE and any(ch.dep_ == "xcomp" for ch in verb.children)


def classed_cands(ctx: DocCtx) -> list[Cand]:
    """Untagged names before a lower-case building's noun that heads its phrase ("at Kelby prison",
    "the Tamsa stadium"; not "the Kelby prison governor"): the name alone is the facility. Never a
    place the gazetteer knows ("a London hotel"), a people's adjective, or a common word ("the new
    prison")."""
    if W.lower_words(ctx).isdisjoint(FAC_NOUNS):
        return []  # one set test against the article's cached lower-case words
    gaz, out = world(), []
    for i, word in enumerate(ctx.words):  # plain strings: a Token only where a noun is
        if word not in FAC_NOUNS or i == 0 or ctx.taken[i - 1] or not ctx.words[i - 1].istitle():
            continue
        tok = ctx.toks[i]
        if tok.dep_ == "compound" and tok.head.i > i or ctx.in_caps(i):
            continue
        s = i
        while s > 0 and not ctx.taken[s - 1] and ctx.words[s - 1].istitle() and not _plain(ctx.toks[s - 1]):
            s -= 1
        key = ctx.norm_of(s, i)
        if s == i or key in gaz.places or key in gaz.nationality or key in gaz.label:
            continue
        c = Cand(s, i, "FAC", "rule", 2.0)
        ctx.take(c)
        out.append(c)
    return out
