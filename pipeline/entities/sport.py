"""Sports reports without a slug: the story itself, and its teams and grounds.

`story` tells a sports report by its words (or by a team sheet: `sheets`); `team_labels` makes a
town's name a team where the words around it say so ("Millbrook manager Tom Hale", "leaders
Millbrook", "Millbrook 2-1 Eastport") and a ground a facility ("Harbour Park", "at the Bernabeu")
(`teampositions.sports_label` relabels the names found again after the vote). All work on token
indices.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Token

from pipeline.entities import cityclubs as CYC
from pipeline.entities import clubplayers as CP
from pipeline.entities import context as X
from pipeline.entities import matchclubs as MC
from pipeline.entities import sheets as SH
from pipeline.entities import sites as SI
from pipeline.entities.candidates import KEPT, Cand, DocCtx, looks_personal, plain_name
from pipeline.entities.clubs import (  # noqa: F401 (town_clubs: the stage's)
    city,
    club_acts,
    club_towns,
    moved_to,
    region_side,
    town_clubs,
    transfer_partner,
)
from pipeline.entities.evidence import EVENT_WORDS
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import (
    COUNTRIES,
    EVENT_HEADS,
    LOCATIVE,
    ORG_OF,
    SPORT,
    TEAM_TITLES,
    gazetteer_label,
    norm,
)
from pipeline.entities.opponents import BEATEN, MATCH_NOUNS, opponent
from pipeline.entities.sportnames import NATIONS, named_competition
from pipeline.entities.sportsigns import GAMES, SIGNED_BESIDE, club_business, named_sport, signs
from pipeline.entities.sportvocab import own_sport
from pipeline.entities.words import lower_words

STRONG = frozenset(SPORT["strong_words"])
COMMON = frozenset(SPORT["common_words"])
ELSEWHERE = frozenset(SPORT["played_elsewhere"])
TEAM_ROLES = frozenset(SPORT["team_roles"])
VENUE_HEADS = frozenset(SPORT["venue_heads"])
MATES = re.compile(r"(?:team|club)-?mates?\b", re.IGNORECASE)
PLAYER_POSITIONS = frozenset(w for w in TEAM_ROLES | CP.NAMED_POSITIONS if "-" in w) | {
    "hooker", "flanker", "batsman", "wicketkeeper", "quarterback"}  # "Norvia hooker": a team's cue
SIDE_NAMED = frozenset({"GPE", "LOC", "PERSON", "NORP", "FAC"})  # the model's labels of a team's name
STANDINGS = frozenset({"lead", "title", "crown", "advantage", "unbeaten"})  # "X's Premiership lead"
TEAM_HEADS = frozenset(SPORT["team_heads"])
TEAM_VERBS = frozenset(SPORT["team_verbs"])
MATCH_LEMMAS = frozenset(SPORT["match_verbs"])
COMPETITION_HEADS = frozenset(SPORT["competition_heads"])
NUMBERED = re.compile(rf"(?:^|\b){NATIONS}$|^Serie [A-D]$")  # "Six Nations"
INVESTING = frozenset({"invest", "investment", "reinvest"})  # "invest in X": in the club, not the town
COMPETING = frozenset({"ORG", "FAC", "GPE", "LOC", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"})
PEOPLE_LABELS = frozenset({"PERSON", "NORP"})  # "the Premiership leaders" the model reads as a people
WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
ODD_IN_SPORT = frozenset({"WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT"})
SIDE_ABLE = frozenset({"GPE", "LOC", "PERSON", "NORP", "FAC", "ORG"})
SPORT_KINDS = 6  # kinds of sports words, those played elsewhere left out, that alone make a sports story
STRONG_ALONE = 6  # kinds of sports words needed beside one strong word ("a rights defender", "gold medal")


def story(ctx: DocCtx) -> bool:
    """A sports report: words only sports reports use, with others they use often (more kinds of them
    when only one such word occurs), many kinds of sports words alone, a sport named or told by its
    own words (`sportvocab`, `sportsigns`), competitions named (`sportnames`), or a team sheet."""
    counts = Counter(WORD.findall(ctx.text.lower()))  # each word tested once, not at every use
    sporty = [w for w in counts if w in STRONG or w in COMMON]
    marks = signs(ctx.text)  # "6-4 7-5", "world number one": each kind as one strong word
    strong = sum(counts[w] for w in sporty if w in STRONG) + marks
    common = sum(counts[w] for w in sporty if w in COMMON)
    kinds = len(sporty) + marks
    if strong and 2 * strong + common >= 8 and kinds >= (4 if strong > 1 else STRONG_ALONE):
        return True
    if sum(w not in ELSEWHERE for w in sporty) >= SPORT_KINDS:
        return True  # "club", "coach", "cup", "football", "match", "league": a sports story without a striker
    if own_sport(counts, kinds):
        return True  # "doubles", "seeded", "tie-break": a tennis report
    if named_sport(counts, sporty, STRONG, ELSEWHERE) or marks and kinds >= marks + SIGNED_BESIDE:
        return True  # "tennis" with "tournament", "champion" and "season"; "6-4 7-5" with "beat", "final"
    if named_competition(ctx.text, counts, sporty, ELSEWHERE):
        return True  # "withdrew from the Harbour Open" with "champion", "draw", "match"
    own, games = [w for w in sporty if w not in ELSEWHERE], any(w in counts for w in GAMES)
    if club_business(ctx.text, counts, own, games):
        return True  # "the striker is out of contract" with "club" and "season"
    cued = (strong or kinds >= 3) and _team_cue(ctx, strong > 0 or kinds >= 4)  # "Millbrook manager"
    return cued or SH.sporting(ctx)


def _team_cue(ctx: DocCtx, headed: bool) -> bool:
    """A town's name, alone or (`headed`: the story has more sports words) with a club's head, right
    before a player's or manager's noun ("Millbrook striker", "Millbrook United manager"), or (`headed`)
    a staff role of several words and a name ("Dundee chief executive Tom Hale"), or a player's own
    position and a name ("Norvia fly-half Tom Hale")."""
    places, toks = world().places, ctx.toks
    return any(
        (ctx.words[i + 1] in CP.TEAM_CUES or headed and CYC.staff_named(ctx.words, i + 1)
         or _position_named(ctx.words, i + 1)) and tok.is_title
        and (norm(tok.text) in places
             or headed and tok.text in TEAM_HEADS and i > 0 and norm(toks[i - 1].text) in places)
        for i, tok in enumerate(toks[:-1])
    )


def _position_named(w: list[str], i: int) -> bool:
    """A player's position no other trade names, then a capitalised word ("Norvia hooker Tom Hale",
    "Kelby fly-half Ivo Moss": the tokens split the hyphen off)."""
    word, nxt = w[i], i + 1
    if nxt + 1 < len(w) and w[nxt] == "-":
        word, nxt = f"{w[i]}-{w[nxt + 1]}", nxt + 2
    return word in PLAYER_POSITIONS and nxt < len(w) and w[nxt].istitle()


def team_labels(ctx: DocCtx, cands: list[Cand], grounds: bool = True) -> None:
    """In a sports report, a town's name before a team noun or after a table word is a team (ORG);
    with `grounds`, a name ending in a ground's head word, or a lone unknown name after "at (the)",
    is a ground (FAC)."""
    if not ctx.sports:
        return
    doc = ctx.doc
    for c in cands:
        if c.src in {"lineup", "def", "cue", "dateline"} or not c.label:
            continue
        key = norm(doc[c.start : c.end].text)
        if gazetteer_label(key) or any(w in COUNTRIES for w in key.split()):  # "Northern Ireland": a nation
            continue
        named = c.label in SIDE_NAMED or c.label == "PRODUCT" and _mates_before(ctx, c)
        if grounds and c.label in {"GPE", "LOC", "ORG", "PERSON"} and _ground(ctx, c, key):
            c.label, c.weight = "FAC", max(c.weight, 3.0)
        elif named and _team(ctx, c, key) and not region_side(ctx, c, key):  # not "the Kelbyshire side"
            c.label, c.weight, c.role = "ORG", max(c.weight, 3.0), None


def side_labels(ctx: DocCtx, cands: list[Cand]) -> None:
    """In a sports report, what only a side does makes a name no country a team (ORG): the two
    sides of a score ("Millbrook 27-27 Eastport", "Millbrook's 1-0 win"), a player's side in brackets
    after his name ("T Hale (Millbrook)"), and the owner of a player's full name ("Millbrook's Tom
    Hale") when no gazetteer knows it."""
    if not ctx.sports:
        return
    words, places = ctx.words, world().places
    people = {c.end for c in cands if c.label == "PERSON" and (c.end - c.start > 1 or c.src == "lineup")}
    for c in cands:
        if c.src in {"lineup", "def", "cue", "dateline"} or c.label not in SIDE_ABLE or c.end - c.start > 3:
            continue
        key = norm(ctx.doc[c.start : c.end].text)
        if key in COUNTRIES or gazetteer_label(key):  # "England 17-18 France": nations as places
            continue
        owner = X.low(ctx.doc, c.end) in {"'s", "\u2019s", "'"} and c.end + 1 < len(words)
        scored = _score_between(ctx, c, owner)
        scored = scored and not (c.label == "PERSON" and c.end - c.start > 1)  # "past Tom Hale 6-4 3-6"
        bracket = X.low(ctx.doc, c.start - 1) == "(" and X.low(ctx.doc, c.end) == ")"
        bracket = bracket and _after_name(ctx, c, people)
        player = owner and key not in places and _full_name_at(cands, c.end + 1)
        if scored or bracket or player:
            c.label, c.weight, c.role = "ORG", max(c.weight, 3.0), None


def _score_between(ctx: DocCtx, c: Cand, owner: bool) -> bool:
    """A score between the name and another ("Millbrook 27-27 Eastport", either side), or after the
    name's possessive before a word ("Millbrook's 1-0 win"); never a tennis run of sets ("6-4 3-6")."""
    w, n = ctx.words, len(ctx.words)
    i = c.end + owner
    if i + 3 < n and _score(w[i : i + 3]):
        nxt = w[i + 3]
        return nxt[:1].isupper() or (owner and nxt.isalpha() and nxt.islower())
    return c.start > 3 and _score(w[c.start - 3 : c.start]) and w[c.start - 4][:1].isupper()


def _score(toks: list[str]) -> bool:
    """Three tokens of a score: "27", "-", "27"."""
    return toks[1] in {"-", "\u2013"} and all(t.isdigit() and len(t) <= 3 for t in (toks[0], toks[2]))


def _after_name(ctx: DocCtx, c: Cand, people: set[int]) -> bool:
    """The brackets follow a person's name, or a capitalised word in a list ("T Hale (Millbrook),")."""
    prev, nxt = ctx.words[c.start - 2] if c.start > 1 else "", X.low(ctx.doc, c.end + 1)
    return c.start - 1 in people or (prev[:1].isupper() and prev.isalpha() and nxt in {",", ".", ";", ""})


def town_teams(ctx: DocCtx, cands: list[Cand]) -> None:
    """In a sports report, a town's name the article also makes a team (ORG) is that team wherever
    no place word comes before it ("a move to Millbrook", "Millbrook's injury crisis", "his years at
    Millbrook"; not "in Millbrook", nor "a draw at Millbrook"); so is the town of a club named with
    it ("Madrid play well" after "Real Madrid"), even a capital's, and the other end of a player's
    move to or from such a team ("moved to Millbrook from Ghent": `clubs.transfer_partner`), and a
    city listed with such a team (`_listed_club`)."""
    if not ctx.sports:
        return
    teams, towns = _teams(ctx, cands), club_towns(ctx, cands)
    for c in cands:
        moved = c.label == "PERSON" and c.end - c.start == 1 or c.label in {"GPE", "LOC"}
        if moved and c.src not in KEPT and transfer_partner(ctx, c, teams):  # "moved to X from Y"
            c.label, c.weight = "ORG", max(c.weight, 3.0)
        if c.label not in {"GPE", "LOC"} or c.src in KEPT:
            continue
        if _team_mention(ctx, c, teams) or _club_town(ctx, c, towns) or _acting_city(ctx, c) \
                or _listed_club(ctx, c, teams):
            c.label, c.weight = "ORG", max(c.weight, 3.0)


def _listed_club(ctx: DocCtx, c: Cand, teams: set[str]) -> bool:
    """A city, no nation, listed with a team of the article ("spells at Millbrook and Kelby", where
    Millbrook is a team): a club too."""
    if not ctx.parsed or c.end - c.start != 1 or not city(ctx.norm_of(c.start, c.end)):
        return False
    root = ctx.toks[c.start]
    partners = [k for k in root.children if k.dep_ == "conj"] + [root.head] * (root.dep_ == "conj")
    return any(p.i != root.i and p.pos_ == "PROPN" and norm(p.text) in teams for p in partners)


def _acting_city(ctx: DocCtx, c: Cand) -> bool:
    """A city, no nation, doing what only a club does ("Plymouth have signed", "a move to Plymouth";
    `club_acts`), whatever the gazetteer or a place's preposition made of it."""
    return city(ctx.norm_of(c.start, c.end)) and club_acts(ctx, c)


def _club_town(ctx: DocCtx, c: Cand, towns: set[str]) -> bool:
    """The town of one of the article's clubs, alone, after no place word and before no noun it
    qualifies ("Madrid play"; not "in Madrid", "the Madrid club")."""
    if c.src in KEPT or c.end - c.start != 1 or ctx.in_caps(c.start):
        return False
    noun = c.end < len(ctx.toks) and ctx.toks[c.end].pos_ == "NOUN"
    return norm(ctx.words[c.start]) in towns and X.low(ctx.doc, c.start - 1) not in LOCATIVE and not noun


def _teams(ctx: DocCtx, cands: list[Cand]) -> set[str]:
    """The names the article makes a team (ORG) by its own evidence."""
    return {norm(ctx.doc[c.start : c.end].text) for c in cands if c.label == "ORG" and c.src != "gaz"}


def _team_mention(ctx: DocCtx, c: Cand, teams: set[str]) -> bool:
    """A mention of a team's town name that is the team: no place word before it, or "at"/"from"
    after a player's or club's words rather than a match's ("his future at X", "moved from X"; a
    team verb governs a ground: "won at X", and so "signed from X")."""
    if c.src in {"lineup", "def", "cue", "dateline"}:
        return False
    key = norm(ctx.doc[c.start : c.end].text)
    if key not in teams or key in COUNTRIES or gazetteer_label(key) or ctx.toks[c.start].tag_ == "JJ":
        return False  # "her Olympic build-up": an adjective
    prev = X.low(ctx.doc, c.start - 1)
    if prev not in LOCATIVE or X.low(ctx.doc, c.end) in {"'s", "\u2019s"}:
        return True  # "in Millbrook's defeat": the place word governs the defeat
    if prev == "in" and ctx.parsed and _owned(ctx.toks[c.start - 1].head):
        return True  # "willing to invest in Millbrook", "a stake in Millbrook": money goes to the club
    if prev not in {"at", "from"} or not ctx.parsed or ctx.in_caps(c.start):
        return False
    if _fixture(ctx, c.start - 2, teams):
        return False  # a fixture's ground ("Chicago at Toronto", "CHICAGO AT TORONTO")
    head = ctx.toks[c.start - 1].head
    return not (head.lower_ in MATCH_NOUNS or head.lower_ in TEAM_VERBS or head.lemma_ in MATCH_LEMMAS)


def _owned(head: Token) -> bool:
    """The word "in" hangs on is one of investing or owning ("invest", "investment", "stake", "shares")."""
    return head.lemma_ in INVESTING or head.lower_ in ORG_OF


def _fixture(ctx: DocCtx, i: int, teams: set[str]) -> bool:
    """The word at `i`, before "at", is a team or a place: a fixture ("Chicago at Toronto")."""
    word = ctx.words[i] if i >= 0 else ""
    return word[:1].isupper() and (norm(word) in teams or norm(word) in world().places)


def _full_name_at(cands: list[Cand], i: int) -> bool:
    return any(c.start == i and c.label == "PERSON" and c.end - c.start > 1 for c in cands)


def sports_kinds(ctx: DocCtx, cands: list[Cand], plurals: bool = True) -> None:
    """In a sports report a name ending in a competition's head is an event, whatever the model
    called it ("the Norvik Cup", "Grand Slam", "the Eastport League", "Six Nations"); the model's
    works, laws, languages and products ending in a capitalised plural no gazetteer knows are teams
    ("the Black Hawks", "Ospreys")."""
    if not ctx.sports:
        return
    for c in cands:
        if c.src in KEPT or not c.label or ctx.in_caps(c.start):
            continue
        able = c.label in COMPETING or c.label in PEOPLE_LABELS
        if able and _competition(ctx, c) and (c.label in COMPETING or _no_person(ctx, c)):
            c.label, c.weight, c.role = "EVENT", max(c.weight, 3.0), None
        elif plurals and c.src == "model" and c.label in ODD_IN_SPORT and _plural_name(ctx, c):
            c.label, c.weight, c.role = "ORG", max(c.weight, 3.0), None


def _no_person(ctx: DocCtx, c: Cand) -> bool:
    """A name the model calls a person or a people that cannot be one: the competition's head alone,
    a word the article never writes in lower case ("Premiership"; not "the League" beside "league
    ladder", a common word), or words no personal name has ("IRB Sevens"; not "Tom Masters")."""
    if c.end - c.start == 1:
        return ctx.words[c.start].lower() not in lower_words(ctx)
    return not plain_name(ctx.doc, c.start, c.end)


def _competition(ctx: DocCtx, c: Cand) -> bool:
    """A name ending in an event's or a competition's head ("Davis Cup", "Premiership", "Serie A",
    "Tri-Nations"), not a body's name that holds one ("League of Women Voters": the head is last)."""
    text = ctx.doc[c.start : c.end].text
    last = ctx.words[c.end - 1]
    headed = text in EVENT_HEADS or last in EVENT_HEADS or last in COMPETITION_HEADS
    return headed or bool(NUMBERED.search(text))


def _plural_name(ctx: DocCtx, c: Cand) -> bool:
    """Capitalised words ending in a capitalised plural no gazetteer knows ("All Blacks"; not "Like
    the Tories", "Americans")."""
    last = ctx.toks[c.end - 1]
    if last.tag_ != "NNPS" or last.text in EVENT_WORDS or gazetteer_label(norm(last.text)):
        return False
    return all(w[:1].isupper() or w in {"and", "&"} for w in ctx.words[c.start : c.end])  # "Owls and Hawks"


def late_labels(ctx: DocCtx, cands: list[Cand]) -> None:
    """After the awards' and the gazetteer's readings: competitions again ("won the Norvik Open" is no
    award; the plurals the awards made works stay: "the Brits"), clubs named with their towns, towns
    a match's verb makes sides (`matchclubs`), and towns the article makes teams."""
    sports_kinds(ctx, cands, plurals=False)
    club_names(ctx, cands)
    MC.match_clubs(ctx, cands)  # "drew with Millbrook", "lost to Millbrook"
    town_teams(ctx, cands)


def club_names(ctx: DocCtx, cands: list[Cand]) -> None:
    """In a sports report, a town's name and a club's last word ("Millbrook City", "Eastport Rovers"),
    no place itself, is a team (after the gazetteer's "<place> City")."""
    if not ctx.sports:
        return
    places = world().places
    for c in cands:
        if c.end - c.start < 2 or c.label == "ORG" or ctx.words[c.end - 1] not in TEAM_HEADS:
            continue
        key = norm(ctx.doc[c.start : c.end].text)
        town = key.rsplit(" ", 1)[0]
        if c.src not in {"lineup", "def", "cue", "dateline"} and key not in places and town in places:
            c.label, c.weight, c.role = "ORG", max(c.weight, 3.0), None


def word_after(ctx: DocCtx, end: int) -> str:
    """The word after a name ending at `end`, or after its possessive ("Hale's striker"); "" at the
    end."""
    if X.low(ctx.doc, end) in {"'s", "\u2019s", "'"}:
        end += 1
    return ctx.words[end] if end < len(ctx.words) else ""


def _team(ctx: DocCtx, c: Cand, key: str) -> bool:
    """"Millbrook manager", "Millbrook's striker", "leaders Millbrook": a team. A person's name
    ("a Hale goal") is a team only when it is a town's name."""
    role_after = word_after(ctx, c.end).lower() in TEAM_ROLES or _standing(ctx, c.end)
    role_after = role_after or CP.position(ctx, c.end)  # "Millbrook centre Tom Hale"
    title_before = X.low(ctx.doc, c.start - 1) in TEAM_TITLES
    root = ctx.root(c.start, c.end)
    dative = ctx.parsed and root.dep_ == "dative"  # "gave Millbrook the lead"
    beaten = root.head.lower_ in TEAM_VERBS or root.head.lemma_ in BEATEN and root.head.pos_ == "VERB"
    beat = ctx.parsed and root.dep_ in {"nsubj", "dobj"} and beaten  # "X beat", "thrashing X"
    acts = ctx.words[c.end - 1] not in VENUE_HEADS and club_acts(ctx, c)  # "X have", "a move to X"
    met = opponent(ctx, c)  # "a win against X", "X's clash with Y"
    if not (role_after or title_before or dative or beat or acts or met):
        return False
    won = ctx.parsed and root.dep_ == "dobj" and root.head.lemma_ == "win"  # "win the X": a trophy
    if c.label != "PERSON" or key in world().places or _standing(ctx, c.end, through=True):
        return True
    if moved_to(ctx, c):
        return True  # "loaned to X": no person's
    return X.low(ctx.doc, c.start - 1) == "the" and not won  # "The X won", not "won the X"


def _mates_before(ctx: DocCtx, c: Cand) -> bool:
    """Team-mates or a player's position and name after the name ("Sale wing Tom Hale")."""
    return _mates(ctx, c) or CP.position(ctx, c.end)


def _mates(ctx: DocCtx, c: Cand) -> bool:
    """A name before "team-mates" ("his Eastport Striders team-mates"): a club, whatever the model
    guessed (a thing, for a plural it does not know)."""
    return c.end < len(ctx.toks) and bool(MATES.match(ctx.text, ctx.toks[c.end].idx))


def _standing(ctx: DocCtx, end: int, through: bool = False) -> bool:
    """A team's standing owned after a name, through a competition's name or not ("Millbrook's
    Premiership lead", "Millbrook's league title"); with `through`, only through a competition's
    capitalised name, which no person's standing is ("Hale's lead" may be a golfer's)."""
    if X.low(ctx.doc, end) not in {"'s", "\u2019s"}:
        return False
    i = end + 1
    while i < min(end + 3, len(ctx.words)) and (ctx.words[i].istitle() or X.low(ctx.doc, i) == "league"):
        i += 1
    named = any(w.istitle() for w in ctx.words[end + 1 : i])
    return X.low(ctx.doc, i) in STANDINGS and (named or not through)


def _ground(ctx: DocCtx, c: Cand, key: str) -> bool:
    """"Harbour Park", or "at (the) X" with X one word that is no known place nor a person."""
    doc = ctx.doc
    if c.end - c.start > 1 and doc[c.end - 1].text in VENUE_HEADS or SI.article_ground(ctx, c):
        return True  # "Harbour Park", "the right man for the Kestenfeld"
    p1 = X.low(doc, c.start - 1)
    at = c.start - 1 if p1 == "at" else c.start - 2 if p1 == "the" and X.low(doc, c.start - 2) == "at" else -1
    if at < 0 or c.end - c.start != 1 or key in world().places or key in world().aliases \
            or doc[c.start].is_sent_start:
        return False
    head = doc[at].head  # "beaten at X", "a draw at X"; but "his coach at X" is a club
    return not ctx.parsed or head.pos_ in {"VERB", "AUX"} or head.lower_ in MATCH_NOUNS


def surnames(ctx: DocCtx, cands: list[Cand]) -> None:
    """A name the model calls a place or a body that is the surname of a person named in the article
    ("from Hale" after "Tom Hale", a team sheet's "Hale") and no known place: that person; a known
    place the model calls a person once and a place elsewhere, and no one's surname: the place."""
    if not ctx.sports:
        return
    doc = ctx.doc
    people = [c for c in cands if c.label == "PERSON" and (c.end - c.start > 1 or c.src == "lineup")]
    last = {ctx.words[c.end - 1] for c in people}
    places = world().places
    for c in cands:
        if c.label not in {"GPE", "LOC", "ORG"} or c.src in {"lineup", "def", "cue", "dateline"}:
            continue
        key, end = norm(doc[c.start : c.end].text), ctx.words[c.end - 1]
        if end not in last or key in places or gazetteer_label(key) or _acronym(ctx, c.start, end):
            continue
        if c.end - c.start == 1 or looks_personal(doc, c.start, c.end):
            c.label = "PERSON"
    seen = {norm(doc[c.start : c.end].text) for c in cands if c.label in {"GPE", "LOC"}}
    teams = _teams(ctx, cands)
    for c in cands:  # "after Pyeongchang" (PERSON) beside "in Pyeongchang" (GPE): the place
        key = norm(doc[c.start : c.end].text)
        lone = c.label == "PERSON" and c.src == "model" and " " not in key
        if lone and key in seen and ctx.words[c.start] not in last:
            c.label = "ORG" if _team_mention(ctx, c, teams) else "GPE"  # or the team the article makes it


def _acronym(ctx: DocCtx, i: int, word: str) -> bool:
    """An acronym outside a capitals line ("UCAB" of a team "Lobos UCAB"): no one's surname."""
    return len(word) > 1 and word.isupper() and not ctx.in_caps(i)
