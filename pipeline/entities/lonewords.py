"""The entity of a one-word name (used by `grouping.group`, which keys each name alone first): the
person it is the surname or given name of ("Hale", "Tom", "Tommy" of "Thomas Hale"), the
institution it shortens ("Lords" of "House of Lords", "the Bill" of the latest "... Bill"), the club
a sports story's lone word is, or the name an acronym spells (`acronymowners`). A word the article
shows as a place, a film or a body owns no person. Keys are `lexicon.norm` keys; token indices."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.entities import acronymowners as AO
from pipeline.entities import acronyms as AC
from pipeline.entities import candidates as C
from pipeline.entities import context as X
from pipeline.entities import evidence as E
from pipeline.entities import families as FA
from pipeline.entities import lexicon as L
from pipeline.entities import namejoins as NJ
from pipeline.entities import namesakes as NS
from pipeline.entities import namevariants as NV
from pipeline.entities import places as P
from pipeline.entities import squadclubs as SQ
from pipeline.entities import teampositions as TP
from pipeline.entities import twonames as TN
from pipeline.entities import variants as VR
from pipeline.entities.candidates import Cand

PLACES = frozenset({"GPE", "LOC", "FAC", "NORP"})
FILM_NOUNS = frozenset({"film", "movie", "biopic", "documentary", "drama", "comedy", "thriller", "musical"})
People = list[tuple[str, list[str]]]  # (key, tokens) of full personal names


@dataclass
class Names:
    """What the grouping knows when it roots the lone words: the names by key, their labels, the
    joins made so far (`parent`), the people named in full, those named only in a pair sharing a
    surname, organisations by first word, the acronyms the names spell, and the groups built."""

    ctx: C.DocCtx
    by_key: dict[str, list[Cand]]
    labels: dict[str, str]
    parent: dict[str, str]
    people: People
    pairs: set[str]
    orgs: dict[str, str]
    spelt_by: frozenset[str]
    spellings: dict[str, AO.Spelling]
    groups: dict[str, list[Cand]]


def lone(key: str, labels: dict[str, str]) -> bool:
    """A one-word key the gazetteer does not know, or knows as a people's word voted a person
    ("Chamorro")."""
    gaz = L.gazetteer_label(key)
    return len(key.split()) == 1 and (gaz is None or (gaz == "NORP" and labels.get(key) == "PERSON"))


def lone_root(n: Names, key: str, ms: list[Cand], root: str) -> tuple[str, list[Cand]] | None:
    """The root of a lone word's mentions not given to others here (None when all are: to the
    people it names, to the institutions it shortens), and those mentions."""
    word = key.split()[0]
    owners = _owners(n, key, word, ms)
    if owners:
        _to_owners(n, owners, key, word, ms, root)
        return None
    if n.labels.get(key) != "PERSON" or ms[0].label == "LAW":  # "the House", "Lords"
        ms = _to_institutions(n, word, ms)
        if not ms:
            return None
    _club_word(n, key, ms)
    expansion = AO.acronym_owner(n.ctx, ms[0], n.by_key, n.labels, n.spelt_by, n.spellings)
    if not expansion and n.labels.get(key) not in {"GPE", "LOC", "NORP"}:
        expansion = n.orgs.get(word)
    if expansion:
        root = n.parent.get(expansion, expansion)
    return root, ms


def _owners(n: Names, key: str, word: str, ms: list[Cand]) -> list[str]:
    """The people a lone word may name: those whose surname it is or nearly is, else those whose
    given name (or its short or pet form) it is; none for a body, a place or a film."""
    ctx, by_key, labels, people = n.ctx, n.by_key, n.labels, n.people
    body = labels.get(key) == "ORG" and (_acronym_shaped(ctx, ms) or ctx.firm_forms.get(key) == key)
    body = body or _voted_place(ctx, labels, key, ms)  # "in Colón" is no "Josefa de Colón"
    body = body or _starring(ctx, labels, key, ms)  # "Kinsey starring X" is no "Alfred Kinsey"
    titled = _work_named(ctx, labels, key, ms)  # "the biopic Tom" is no "Tom Hale"
    body = body or titled
    owners = [] if body else FA.others([p for p, pt in people if FA.surname_of(word, pt)], n.pairs)
    if not owners and labels.get(key) == "PERSON":  # "Umierov" ~ "Umerov"
        owners = [p for p, pt in people if L.edit_close(word, pt[-1])
                  and not FA.plural_of(word, pt)
                  and not (_listed(ms) and _listed(by_key.get(pt[-1], [])))]
        owners = owners or VR.titled_surname(ctx, by_key, key, people)  # "Mr Gate's" of "Bill Gates"
        owners = owners or NJ.swapped_surname(by_key, key, people)  # "Kudja" once of "Ann Kujda"
    guessed = labels.get(key) in {"GPE", "LOC"} and _given_name(ctx, by_key, people, key)  # "Robbie"
    surname = NJ.surname_titled(ctx, ms)  # "Mr Howard" is no "Howard Hale", "Mr Kim" "Kim Yungmin"
    if not owners and (labels.get(key) not in PLACES or guessed):  # first name, or surname first
        owners = [p for p, pt in people
                  if word == pt[0] and not (surname and NV.surname_last_of(ctx, by_key, p, pt))]
    if not owners and not surname and labels.get(key) == "PERSON":
        owners = NJ.short_given(word, people)  # "Alex" of "Alexander Hale"
        owners = owners or NJ.titled_middle(ctx, ms, word, people)  # "President Lula"
    if not owners and surname and labels.get(key) == "PERSON":
        owners = NJ.honoured_middle(ctx, ms, word, people)  # "Mr Lula"
    if not owners and not surname and labels.get(key) not in PLACES:
        owners = NJ.diminutive_of(ctx, ms, word, people)  # "I talk to Tommy" of "Thomas Hale"
    return [] if titled else NJ.royal_owners(ctx, by_key, ms, owners)  # "Prince Tom": no "Tom Hale"


def _to_owners(n: Names, owners: list[str], key: str, word: str, ms: list[Cand], root: str) -> None:
    """Each mention of a lone word to the owner it names: the one its club or context picks among
    namesakes, else the one named last before it; a squad list's or a family's mention stays."""
    ctx, by_key, groups, parent = n.ctx, n.by_key, n.groups, n.parent
    if apart := SQ.staff_apart(by_key, owners, ms):  # a squad list's "Hale": no coach "Tom Hale"
        groups[root].extend(apart)
        ms = [c for c in ms if c not in apart]
    if kin := [c for c in ms if FA.named_family(ctx, c)]:  # "the Hale family": the family
        groups[root].extend(kin)
        ms = [c for c in ms if c not in kin]
    clubs = SQ.surname_clubs(ctx, ms) if len(owners) > 1 else set()
    shared = len(owners) > 1 and not clubs and all(FA.surname_of(word, pt) for p, pt in n.people
                                                   if p in owners)
    picks = NS.owners_of(ctx, by_key, owners, ms, parent) if shared else [None] * len(ms)
    for c, pick in zip(ms, picks, strict=True):
        owner = pick or (SQ.club_owner(ctx, by_key, owners, c, clubs) if clubs else None)
        owner = owner or nearest(by_key, owners, c.start, {}, key)
        groups[parent.get(owner, owner)].append(c)


def _to_institutions(n: Names, word: str, ms: list[Cand]) -> list[Cand]:
    """Each mention short for an institution to it ("Lords", "the House"); the others are returned."""
    owned = [_institution_of(n.ctx, n.by_key, n.labels, word, c) for c in ms]
    for c, owner in zip(ms, owned, strict=True):
        if owner:
            n.groups[n.parent.get(owner, owner)].append(c)
    return [c for c, owner in zip(ms, owned, strict=True) if not owner]


def _club_word(n: Names, key: str, ms: list[Cand]) -> None:
    """A sports story's lone surname-like word never introduced by a full name, which a club's words
    and a team's position surround, is voted a club (ORG)."""
    ctx = n.ctx
    if (
        ctx.sports
        and n.labels.get(key) == "PERSON"
        and not any(c.role or c.src == "lineup" for c in ms)
        and TP.club_word(ctx, ms)
        and any(TP.team_position(ctx, c) for c in ms)
    ):
        n.labels[key] = "ORG"


def _voted_place(ctx: C.DocCtx, labels: dict[str, str], key: str, ms: list[Cand]) -> bool:
    """A gazetteer place the article's vote makes a place, and that reads as a place in half its
    mentions or more ("in Colón", "the outskirts of Colón") and as a person in none (but for a
    pronoun): no one's
    surname, whoever bears the name."""
    if labels.get(key) not in {"GPE", "LOC"} or key not in L.world().places:
        return False
    doc = ctx.doc
    if any(X.name_evidence(doc, c.start, c.end)[1] > X.pronoun_sign(doc, c.start, c.end) for c in ms):
        return False  # a later "he" may be anyone's
    return 2 * sum(P.place_cue(doc, c.start, c.end) for c in ms) >= len(ms)


def _given_name(
    ctx: C.DocCtx, by_key: dict[str, list[Cand]], people: list[tuple[str, list[str]]], key: str
) -> bool:
    """A one-word name the model calls a place may be the given name of a person of the article: no
    gazetteer place, never in a place's context ("in Henan"), the first word of no other name of the
    article ("Copa" of three cups), and written alone no more often than the person in full."""
    if key in L.world().places or any(X.place_context(ctx.doc, c.start, c.end) for c in by_key[key]):
        return False
    named = {p for p, _ in people}
    if any(k.split()[0] == key and k not in named for k in by_key if " " in k):
        return False
    full = sum(len(by_key[p]) for p, t in people if t[0] == key)
    return 0 < len(by_key[key]) <= full


def _starring(ctx: C.DocCtx, labels: dict[str, str], key: str, ms: list[Cand]) -> bool:
    """A one-word name voted a work that some mention shows as a film ("Kinsey starring Ann Lee"): no
    surname of the person the film is named after."""
    return labels.get(key) == "WORK_OF_ART" and any(E.work_after(ctx.doc, c.end, c.start) for c in ms)


def _work_named(ctx: C.DocCtx, labels: dict[str, str], key: str, ms: list[Cand]) -> bool:
    """A one-word name voted a work that some mention follows a film's noun ("the biopic Hale"): a
    title named after a person is not that person."""
    words = ctx.words
    return labels.get(key) == "WORK_OF_ART" and any(
        c.start > 0 and words[c.start - 1].lower() in FILM_NOUNS for c in ms)


def _acronym_shaped(ctx: C.DocCtx, ms: list[Cand]) -> bool:
    """Every mention is one word of two or more letters, mostly capitals, outside capitals lines."""
    for c in ms:
        if c.end - c.start != 1 or ctx.in_caps(c.start) or not AC.acronym_shaped(ctx.words[c.start]):
            return False  # "Wu" is a name, "XIV" a king's number
    return True


def nearest(
    by_key: dict[str, list[Cand]], owners: list[str], pos: int, parent: dict[str, str], key: str = ""
) -> str:
    """The person whose full name was mentioned most recently before `pos` (else first after); for
    another `key` than a surname, a person's surname alone counts too: "Scott" after "Scott Gray ...
    Scott Hale ... Gray" is Scott Gray."""
    best, best_d = owners[0], None
    last = [o.rsplit(" ", 1)[-1] for o in owners if " " in o] if key else []
    for o in owners:
        sur = o.rsplit(" ", 1)[-1] if key and " " in o else ""
        alone = by_key.get(sur, []) if sur and sur != key and last.count(sur) == 1 else []
        for c in by_key[o] + [m for m in alone if m.label == "PERSON"]:
            d = pos - c.start if c.start <= pos else 10**9 + c.start - pos
            if best_d is None or d < best_d:
                best, best_d = o, d
    return parent.get(best, best)


def _listed(ms: list[Cand]) -> bool:
    """A mention comes from a team sheet: when a person's surname and a name close to it are both
    listed, they are two players ("Brown" and "Browne"), no misspelling."""
    return any(c.src == "lineup" for c in ms)


def _institution_of(
    ctx: C.DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str], word: str, c: Cand
) -> str | None:
    """The full name a one-word short form of an institution stands for: "Lords" the "House of
    Lords"; "the House" the latest "House of ..."; "the Bill" the latest "... Bill" (a headline
    drops the article: "Bank holds rates")."""
    the = c.start > 0 and ctx.toks[c.start - 1].lower_ == "the"
    opening = c.start == 0 or "\n" in ctx.toks[c.start - 1].whitespace_  # a headline's "Bank", no "Oaxaca" of
    after_of, heads = [], []
    for key in by_key:
        toks = key.split()
        if len(toks) < 2 or labels.get(key) not in {"ORG", "LAW", "FAC", "EVENT"}:
            continue
        if len(toks) == 3 and toks[1] == "of" and toks[2] == word:
            unknown_people = labels.get(word) == "NORP" and not L.gazetteer_label(word)  # "a Commons debate"
            if labels.get(word) not in PLACES or unknown_people:  # "Kano" stays a place by "State of Kano"
                after_of.append(key)
        elif toks[0].isdigit() and word in TN.OLYMPICS:
            continue  # "the Olympics" is no "2000 Olympics" (`twonames` gives it a city's Games)
        elif (the and toks[-1] == word) or ((the or opening) and toks[0] == word and toks[1] == "of"):
            heads.append(key)
    owners = after_of or heads
    return nearest(by_key, owners, c.start, {}) if owners else None
