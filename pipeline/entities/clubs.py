"""Clubs named with their town in sports reports: "<word> <town>" ("Real Madrid", "Sporting
Lisbon"), and the town alone as that club's short form ("Madrid play well").

`town_clubs` makes such a name a club (ORG) whatever the model called it, and takes in the word the
model left out before a town ("Real [Madrid]"); `club_towns` gives the towns that the article's clubs
are named with; `join_town_forms` joins a town the article made a team to the one club named with
it. All work on token indices or grouping keys.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.entities.candidates import KEPT, Cand, DocCtx
from pipeline.entities.clubmarks import marked
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import (
    COUNTRIES,
    SPORT,
    gazetteer_label,
    given_name,
    is_title_word,
    known_place,
    norm,
)

TRANSFER_NOUNS = frozenset(SPORT["transfer_nouns"])
TRANSFER_PREPS = frozenset({"to", "from", "at", "with"})
TRANSFER_VERBS = frozenset(SPORT["transfer_verbs"])
MOVE_PREPS = frozenset({"to", "from", "for"})  # "moved to X from Y", "signed for X from Y"
CLUB_ABLE = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP"})
JOINING = frozenset({"join", "rejoin", "sign"})  # a player's verbs whose "from" names his old club
MOVES = {"loan": frozenset({"to"}), "sign": frozenset({"for"})}  # "loaned to X", "signed for X": a club
CLUB_TOWN = 150_000  # people in a city whose name after a word makes a club
SIDE_NOUNS = frozenset({"side", "team", "squad"})  # "the Kelbyshire side": a region's club
SUBDIVISION_KINDS = frozenset({"admin1", "admin2"})


def second_teams(ctx: DocCtx, cands: list[Cand]) -> None:
    """A country's name and a capital "A" after it, read as a word of its own, is the country's
    second team ("Kelvia A beat Norvia A"): the name is widened over the "A" and made a body."""
    doc = ctx.doc
    for c in cands:
        end = c.end - (c.end - c.start > 1 and doc[c.end - 1].text == "A")  # the model's "Kelvia A"
        if end + 1 >= len(doc) or doc[end].text != "A" or doc[end].is_sent_start or c.src in KEPT:
            continue
        after = doc[end + 1]
        if (after.is_title and not after.is_sent_start) or ctx.in_caps(c.start):
            continue  # "Kelvia A Team", "KELVIA A"
        if norm(doc[c.start : end].text) in COUNTRIES:
            c.end, c.label, c.weight, c.role = end + 1, "ORG", max(c.weight, 3.0), None


def town_clubs(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """In a sports report a known town after a proper noun that is no given name, title, place or
    nationality, the two no place together, is a club ("Atletico Madrid", "Real Madrid"; not
    "Paula Radcliffe", "East Kilbride"): the model's name is relabelled, a town alone after such a
    word the model left out is widened over it ("Real [Madrid]"); returns the pairs it left untagged."""
    if not ctx.sports:
        return []
    second_teams(ctx, cands)
    covered = {i for c in cands for i in range(c.start, c.end)}
    lefts: list[Cand] = []
    single = {c.start: c for c in cands if c.end - c.start == 1 and c.label in CLUB_ABLE}
    for c in cands:
        if c.src in KEPT or c.label not in CLUB_ABLE or ctx.in_caps(c.start):
            continue
        if c.end - c.start == 2 and _club(ctx, c.start, c.end):
            c.label, c.weight, c.role = "ORG", max(c.weight, 3.0), None
        elif c.end - c.start == 1 and c.label in {"GPE", "LOC"} and _club_left(ctx, c, covered, single):
            if c.start - 1 in single:  # "[Partizan] [Belgrade]": the model's first word, a name of its own
                lefts.append(single[c.start - 1])
            c.start, c.label, c.weight, c.role = c.start - 1, "ORG", max(c.weight, 3.0), None
    for left in lefts:
        cands.remove(left)
    out = []
    for i in range(len(ctx.toks) - 1):
        if i in covered or i + 1 in covered or ctx.ws[i] != " " or ctx.in_caps(i):
            continue
        if ctx.toks[i + 1].is_title and _club(ctx, i, i + 2):
            out.append(Cand(i, i + 2, "ORG", "rule", 3.0))
    return out


def _club_left(ctx: DocCtx, c: Cand, covered: set[int], single: dict[int, Cand]) -> bool:
    """A town alone after a club's first word the model left out ("Real [Madrid]") or made a name of
    its own ("[Partizan] [Belgrade]")."""
    i = c.start - 1
    free = i not in covered or (i in single and single[i].end == c.start)
    return i >= 0 and free and ctx.ws[i] == " " and _club(ctx, i, c.end)


def _club(ctx: DocCtx, s: int, e: int) -> bool:
    """Tokens s, s+1 (= e-1): a plain capitalised word and a known town, together no place."""
    first, town = ctx.toks[s], ctx.toks[e - 1]
    if not (first.is_title and first.is_alpha and town.is_title) or first.is_stop or first.pos_ != "PROPN":
        return False
    key, places = norm(first.text), world().places
    if given_name(key) or is_title_word(first.text) or gazetteer_label(key) or key in places:
        return False
    return club_town(norm(town.text)) and ctx.norm_of(s, e) not in places and len(first.text) > 2


def club_town(key: str) -> bool:
    """A city that names clubs after a word ("Real Madrid", "Sporting Lisbon"): a large one, outside
    the United States, whose clubs put the town first ("Chicago Fire"). A smaller town of that name
    is more often a surname ("Paterson", "Murphy", "Lombard")."""
    return any(p.kind == "city" and p.population >= CLUB_TOWN and p.country != "US"
               for p in world().places.get(key, ()))


def city(key: str) -> bool:
    """A city of the gazetteer, no country ("Madrid", not "Georgia"'s nation alone)."""
    places = world().places.get(key, ())
    return any(p.kind == "city" for p in places) and not any(p.kind == "country" for p in places)


def region_side(ctx: DocCtx, c: Cand, key: str) -> bool:
    """"the X side" with X a subdivision no town bears ("the Kelbyshire side"): the region the club
    is from, a place, not the club's name."""
    places = world().places.get(key, ())
    grouped = c.end < len(ctx.words) and ctx.words[c.end] in SIDE_NOUNS
    after_the = c.start > 0 and ctx.words[c.start - 1].lower() == "the"
    return grouped and after_the and bool(places) and all(p.kind in SUBDIVISION_KINDS for p in places)


def club_towns(ctx: DocCtx, cands: list[Cand]) -> set[str]:
    """The towns of the article's "<word> <town>" clubs ("madrid" of "Real Madrid") and of its
    "<town> <mark>" clubs ("linz" of "Linz AK": `clubmarks.marked`)."""
    out = set()
    for c in cands:
        if c.label == "ORG" and c.end - c.start == 2 and _club(ctx, c.start, c.end):
            out.add(norm(ctx.words[c.end - 1]))
        elif c.label == "ORG" and c.end - c.start == 2 and marked(ctx.words[c.start : c.end]):
            out.add(norm(ctx.words[c.start]))
    return out


def join_town_forms(
    ctx: DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]
) -> None:
    """In a sports report a one-word team (ORG), or a word the model calls a place that the gazetteer
    does not know, joins the one club of two or three words of the article it ends ("Madrid" of "Real
    Madrid", "Villa" of "Aston Villa", "Hawks" of "Blue Hawks"); with two such clubs it stays apart."""
    if not ctx.sports:
        return
    clubs = [k for k in by_key if 1 <= k.count(" ") <= 2 and labels.get(k, by_key[k][0].label) == "ORG"]
    for key in by_key:
        word = _unplaced(key, labels.get(key, by_key[key][0].label))
        if " " in key or key in parent or not word:
            continue
        fits = [k for k in clubs if k.endswith(" " + word) and not _body_first(ctx, by_key[k], by_key)]
        if len(fits) == 1:
            parent[key] = parent.get(fits[0], fits[0])


def _unplaced(key: str, label: str) -> str:
    """The word of a one-word team (ORG), or of a "place" the gazetteer does not know ("City" of
    "Northam City" the model calls a town): none for a real place ("Madrid")."""
    if label == "ORG":
        return key
    word = key.removesuffix("|place")
    if label in {"GPE", "LOC"} and not known_place(word):
        return word
    return ""


def _body_first(ctx: DocCtx, ms: list[Cand], by_key: dict[str, list[Cand]]) -> bool:
    """The name opens with a body of its own: a name of the article, or a body's acronym ("BBC
    Newcastle", a station; not "AC Milan")."""
    first = ctx.words[ms[0].start]
    return norm(first) in by_key or (first.isupper() and len(first) > 2)


def club_acts(ctx: DocCtx, c: Cand) -> bool:
    """What a club does and a town does not, by the parse: the subject of a plural verb, alone
    ("Millbrook have signed", "Millbrook are": British English makes a team plural), or what a
    player joins or whose move goes to or comes from ("joined Millbrook", "a move to Millbrook", "on
    loan from Eastport", "joining X from Eastport")."""
    if not ctx.parsed:
        return False
    root = ctx.root(c.start, c.end)
    if plural_subject(root):
        return gazetteer_label(norm(ctx.words[c.end - 1])) != "NORP"  # not "the North Africans were held"
    if root.dep_ == "dobj":
        return root.head.lemma_ in {"join", "rejoin"}  # "Hale joined Millbrook"
    prep = root.head
    if moved_to(ctx, c):
        return True  # "loaned to Millbrook", "signed for Eastport"
    if root.dep_ == "pobj" and prep.lower_ == "from" and prep.head.lemma_ in JOINING:
        return True  # "joining the London side from Millbrook", "signed from Eastport"
    return root.dep_ == "pobj" and prep.lower_ in TRANSFER_PREPS and prep.head.lower_ in TRANSFER_NOUNS


def moved_to(ctx: DocCtx, c: Cand) -> bool:
    """A player's move goes to the name by a verb that only a club ends ("loaned to X", "signed for
    X"), by the parse."""
    if not ctx.parsed:
        return False
    root = ctx.root(c.start, c.end)
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in MOVES.get(prep.head.lemma_, ()) and prep.head.pos_ == "VERB"


def plural_subject(root: Token) -> bool:
    """The name's root alone is the subject of a verb whose first finite word is plural
    ("Millbrook are", "Lazio have signed"; not "Hale and Moss are", a list)."""
    if root.dep_ not in {"nsubj", "nsubjpass"} or any(k.dep_ in {"conj", "cc"} for k in root.children):
        return False
    return _plural_verb(root.head)


def _plural_verb(verb: Token) -> bool:
    """The verb's first finite word is plural: "have" signed, "are", "were" beaten, "play"; not a
    wish's "were" ("if Hale were fit")."""
    words = sorted([verb, *(k for k in verb.children if k.dep_ in {"aux", "auxpass"})], key=lambda t: t.i)
    first = words[0]
    wish = any(k.dep_ == "mark" and k.lower_ == "if" for k in verb.children)
    return first.tag_ == "VBP" or first.lower_ == "were" and not wish


def transfer_partner(ctx: DocCtx, c: Cand, teams: set[str]) -> bool:
    """The name is where a player's move goes to or comes from ("moved to Millbrook from Eastport",
    "joined Millbrook from Eastport", "signed for Eastport") and another end of that move is a team
    of the article (`teams`: grouping keys): a club too."""
    if not ctx.parsed:
        return False
    root = ctx.root(c.start, c.end)
    verb = root.head.head
    if root.dep_ != "pobj" or root.head.lower_ not in MOVE_PREPS or verb.lemma_ not in TRANSFER_VERBS:
        return False
    ends = [k for p in verb.children if p.lower_ in MOVE_PREPS and p.i != root.head.i
            for k in p.children if k.dep_ == "pobj"]
    ends += [k for k in verb.children if k.dep_ == "dobj" and verb.lemma_ in {"join", "rejoin"}]
    return any(_name_key(ctx, k) in teams for k in ends)


def _name_key(ctx: DocCtx, tok: Token) -> str:
    """The key of the capitalised words that end at the token ("Millbrook" of "Millbrook Rovers" too)."""
    s = tok.i
    while s > 0 and ctx.toks[s - 1].is_title and tok.i - s < 3:
        s -= 1
    return norm(ctx.doc[s : tok.i + 1].text)
