"""Word tables and word-level tests for the entities stage, loaded once from data/entities_world.json.

Titles, organisation heads and cue words; the comparison key of a name (`norm`); lookups on it
(`gazetteer_label`, from the world gazetteer of `entities.gazetteer`; `is_title`, `role_noun`,
`is_title_word`, `edit_close`); and tests on whole lines of text (capitals lines, table rows, sports
stories).
"""

from __future__ import annotations

import calendar as _calendar
import json
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the catalog and the report use this module without loading spaCy
    from spacy.tokens import Token

from pipeline.entities.gazetteer import WORLD as _WORLD
from pipeline.entities.gazetteer import ascii_fold, fold, given_names, placed_given_names, surnames, world

CUES = json.loads((Path(__file__).parent.parent / "data" / "entities_cues.json").read_text("utf-8"))
SPORT = json.loads((Path(__file__).parent.parent / "data" / "entities_sport.json").read_text("utf-8"))
TEAM_TITLES = frozenset(SPORT["team_titles"])  # "Leaders", "Champions", "Holders": a club's standing
AWARD_NOUNS = frozenset(SPORT["award_nouns"])  # "award", "prize", "trophy": what a prize is called
GENERIC_BODIES = frozenset(CUES["generic_bodies"])  # "the Government", "the Party": descriptions, not names
ROLE_NOUNS = frozenset(CUES["role_nouns"])  # "critic", "boss", "fly-half": roles the suffix test misses
ROLE_MODIFIERS = frozenset(CUES["role_modifiers"])  # "shadow" home secretary, "caretaker" manager
KIN_NOUNS = frozenset(CUES["kin_nouns"])  # "husband" Tom Hale: a relation is a role right before a name
RELATION_NOUNS = frozenset(CUES["relation_nouns"])  # "team-mate", "opponent": a relation, no position
MODIFIED_ROLES = frozenset(CUES["modified_roles"])  # "television host" X, not "Celtic host" Norvik United
PROMISE_NOUNS = frozenset(CUES["promise_nouns"])  # "800m hope" X: a role only after what it is for
TITLE_RANKS = frozenset({"chief", "deputy", "vice", "acting", "assistant", "associate", "interim", "joint"})
OUTLET_ARMS = frozenset(CUES["outlet_arms"])  # "BBC News", "CBS TV": an arm of a body, not the body
NOT_ROLES = frozenset(CUES["not_roles"])  # "the moniker Yahoo": nouns with a role's suffix that name none


class _Countries:
    """`key in COUNTRIES`: a country (or a nation of the UK) by any of its names."""

    def __contains__(self, key: object) -> bool:
        return world().label.get(key) == "GPE"  # type: ignore[arg-type]


COUNTRIES = _Countries()
HONORIFICS = frozenset(fold(h) for h in _WORLD["honorifics"])
PEERAGES = frozenset(_WORLD["peerages"])  # "Lord", "Baroness": before a peer's "X of Y"
TITLES = frozenset(fold(t) for t in _WORLD["titles"])
TITLE_MODIFIERS = frozenset(fold(t) for t in _WORLD["title_modifiers"])
ORG_HEADS = frozenset(_WORLD["org_heads"])
SPORTS = frozenset(_WORLD["sports"])

NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "ex", "former"})
SPLITTERS = frozenset({"(", ")", ",", ";", ":", "/", "|", "[", "]", '"', "\u201c", "\u201d", "--"})
LIST_SEPARATORS = frozenset({",", ";", ":", "(", ")", "-", "&", "."})  # brackets end a list
DASHES = frozenset({"-", "\u2013", "\u2014"})
SPLIT_WORDS = frozenset({"at", "vs", "v", "vs.", "v.", "versus", "beat", "beats"})
CONNECTORS = frozenset(_WORLD["connectors"])
TEMPORAL = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
CORP_SUFFIXES = frozenset(_WORLD["corp_suffixes"])
TOWN_HEADS = frozenset(fold(h) for h in _WORLD["town_heads"])  # "City" of "City of Kelby"
COMPANY_TAILS = CORP_SUFFIXES | frozenset(_WORLD["company_tails"])  # "KTL" of "KTL Communications"
ROLE_SUFFIXES = ("er", "or", "ist", "man", "woman", "ent", "ant", "ary", "ian", "ee", "ive", "ief")
SPEECH_VERBS = frozenset({"said", "says", "told", "tells", "added", "noted", "wrote", "stated", "announced"})
LOCATIVE = frozenset({"in", "at", "near", "outside", "from", "across", "around", "inside"})
PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")
NUMERIC = re.compile(r"^[-+]?[\d.,/:\-]*\d[\d.,/:\-]*[a-z]{0,2}$")
INITIAL = re.compile(r"^[A-Z]\.$")
INITIALS = re.compile(r"^(?:[A-Z]\.?){1,3}$")
SLUG = re.compile(r"^\s*([A-Z][A-Z &/-]*?[A-Z])\s*(?:-|\u2013|:)\s")
DATELINE = re.compile(
    r"^\s*([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})"
    r"(?: ?, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?"
    r"(?:,? \d{4}-\d\d-\d\d|, [A-Z][a-z]{2,}\.? \d{1,2}(?:, \d{4})? \([A-Z][A-Za-z]+\))",
    re.M,
)
EVENT_HEADS = frozenset(_WORLD["event_heads"])
CALENDAR = frozenset(_WORLD["calendar"])
ORG_ROLES = frozenset(_WORLD["org_roles"])
CREDIT = re.compile(r"\s*(?:By\b|\(\s*(?:Reporting|Writing|Editing|Additional reporting)\b)", re.I)
# "Northam 3 Eastwick"; a match starts a run of letters (the lookbehind only skips the tries mid-word)
SCORE_LINE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\s(\d{1,3})\s+(?=([A-Z][A-Za-z]*))")
SCORE_HINT = re.compile(r"\s\d{1,3}\s+(?=[A-Z])")  # the number of a score line, with its spaces
MONTHS = frozenset(m for m in (*_calendar.month_name, *_calendar.month_abbr) if m)


# Cue words for the article evidence in entities.context (name_evidence, org_role).
ORG_AFTER = frozenset(_WORLD["org_after"])  # "Labour MPs", "Novartis shares"
ORG_POSSESSED = frozenset(_WORLD["org_possessed"])  # "Labour's manifesto", "Yukos' assets"
ORG_OF = frozenset(_WORLD["org_of"])  # "shares in Yukos", "takeover of Absa"
PERSON_POSSESSED = frozenset(_WORLD["person_possessed"])  # "Hale's wife"
NATIONALITY_NOUNS = frozenset(_WORLD["nationalities"])  # "Pole", "Swede", beside adjectives ("Scottish")
FIRM_HEADS = frozenset(_WORLD["firm_heads"])  # "Research" of "Kelby Research": a business's head
FIRM_WORDS = frozenset(_WORLD["firm_words"])  # "oil firm Yukos": words that only ever name a business


def norm(text: str) -> str:
    """Public comparison key of a name (see `fold`)."""
    return fold(text)


_exact = dict.get  # a FoldedDict's exact keys, without its Python-level `get`


def gazetteer_label(key: str) -> str | None:
    """GPE / LOC / NORP for a country, region or nationality key, else None (subdivisions and cities
    are places only in a place context: `entities.places`)."""
    table = world().label
    label = _exact(table, key)  # asked for ~350 times an article: the plain dict's look-up first
    if label is None and not key.isascii():
        label = table.get(key)  # the accent-free form (`gazetteer.FoldedDict`)
    return label if label is not None or not key.endswith(("man", "men")) else _people_noun(key)


COMPASS_PEOPLE = re.compile(
    r"(?:(?:(?:north|south)-?(?:east|west)|north|south|east|west)(?:ern)?|central) (?P<people>\S+)"
)


def compass_people(key: str) -> str | None:
    """NORP for a compass point or "central" before a people's word ("eastern european", "west
    african", "central asian": the peoples of a part of a continent), else None."""
    m = COMPASS_PEOPLE.fullmatch(key)
    return "NORP" if m and world().label.get(m.group("people")) == "NORP" else None


MIDDLE_PUBLIC = re.compile(r"middle (?P<land>\S+)")


def middle_public(key: str) -> str | None:
    """NORP for "middle" before a country's name ("middle america", "middle england"): the country's
    middle-class public, a people, not a place; else None ("middle east": no country)."""
    m = MIDDLE_PUBLIC.fullmatch(key)
    return "NORP" if m and world().label.get(m.group("land")) == "GPE" else None


def part_people(key: str) -> str | None:
    """NORP for the people of a part of a continent or a country's middle class, else None."""
    return compass_people(key) or middle_public(key)


def known_place(key: str, towns: bool = True) -> bool:
    """A country, region or people the gazetteer trusts ("France", "the Dutch", "Greek") or, with
    `towns`, any place it knows ("Texas", "Mombasa")."""
    return bool(gazetteer_label(key)) or (towns and key in world().places)


def known_place_or_word(key: str) -> bool:
    """The gazetteer knows the name or one of its words as a place or people ("Kelby Central" is a
    seat whose town it knows)."""
    return known_place(key) or any(known_place(w) for w in key.split())


def _people_noun(key: str) -> str | None:
    """ "frenchman", "dutchwomen", "scotsman": a people's noun for one or more of them, NORP when what
    comes before "man" or "woman" is a people's name."""
    for tail in ("woman", "women", "man", "men"):
        if key.endswith(tail) and len(key) > len(tail) + 3:
            return "NORP" if world().label.get(key[: -len(tail)]) == "NORP" else None
    return None


def given_name(key: str) -> bool:
    """A common given name that is no place and no common word ("Marisol", not "Sydney" or "May");
    accents do not count ("José" is the census "Jose")."""
    return ascii_fold(key) in given_names()


@cache
def time_zones() -> frozenset[str]:
    """Time-zone abbreviations ("GMT", "CEST") from dateparser's table (imported on first use)."""
    from dateparser.timezones import timezone_info_list

    return frozenset(name for group in timezone_info_list for name, _ in group["timezones"])


def personal_first(key: str, last: str | None) -> bool:
    """A given name opening a personal name: a common one, or one that is also a place when a census
    surname follows ("Helena Christensen", not "Helena" alone)."""
    key = ascii_fold(key)
    return key in given_names() or (last is not None and key in placed_given_names() and surname(last))


def surname(key: str) -> bool:
    """A surname of the census lists ("Rivera"; common words too: "Young", "Nation")."""
    return ascii_fold(key) in surnames()[0]


def census_given(key: str) -> bool:
    """A given name of the census lists, places and common words included ("Linda", "Christian")."""
    return ascii_fold(key) in surnames()[1]


def census_name(key: str) -> bool:
    """Any given name or surname of the census lists, places and common words included ("Madison")."""
    last, first = surnames()
    key = ascii_fold(key)
    return key in last or key in first


def is_title(key: str) -> bool:
    return key in TITLES or key in HONORIFICS


def plural_title(word: str) -> bool:
    """A capitalised plural of a title word ("Singers", "Actresses"; not the honorific "Mrs", nor a
    title of its own ending in "s": "Princess", "Actress")."""
    if not (word.istitle() and word.endswith("s")) or fold(word) in TITLES:
        return False
    return fold(singular(word)) in TITLES


def singular(word: str) -> str:
    """The singular of a plural title word ("Actresses" -> "Actress"), else the word."""
    return next((stem for stem in (word[:-2], word[:-1]) if fold(stem) in TITLES), word)


def role_word(low: str) -> bool:
    """A lower-case word naming a position or occupation, by list or suffix ("producer", "minister")."""
    return is_title(low) or post_word(low)


def named_role(low: str) -> bool:
    """A lower-cased role noun by list that is also a given name ("star", "aide"), no title: a job
    where a full name, given name first, follows it ("Star Ann Lee")."""
    return low in ROLE_NOUNS and not is_title(low) and (census_given(low) or given_name(low))


def post_word(low: str) -> bool:
    """A lower-case word naming an occupation held at a body ("architect", "lecturer"), not a title
    word alone ("international")."""
    return low in ROLE_NOUNS or _role_suffixed(low)


def _role_suffixed(low: str) -> bool:
    """A word with a role's suffix that names one ("organiser", not "moniker")."""
    return low.endswith(ROLE_SUFFIXES) and not low.endswith("ment") and low not in NOT_ROLES  # "government"


def role_noun(tok: Token, before_name: bool = False) -> bool:
    """A common noun naming a position or occupation ("finalist", "secretary", "spokesman"); right
    before a name also the shorter, more ambiguous ones ("star", "boss", "critic")."""
    low = tok.lower_
    if is_title(low) or (before_name and low in ROLE_NOUNS and tok.is_lower and tok.pos_ != "VERB"):
        return True
    return tok.tag_ == "NN" and not tok.is_stop and tok.is_lower and _role_suffixed(low)


def ranked_title(tok: Token) -> bool:
    """A noun a title's rank word opens ("Chief" Justice, "deputy" governor): a post."""
    return any(c.dep_ in {"compound", "amod"} and c.i < tok.i and c.lower_ in TITLE_RANKS
               for c in tok.children)


def is_title_word(text: str) -> bool:
    """A word that only ever forms titles ("Defense", "Minister"), not a name of its own."""
    key = fold(text)
    return is_title(key) or key in TITLE_MODIFIERS


def edit_close(a: str, b: str) -> bool:
    """Transliteration variants of one long surname ("umerov" / "umierov")."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or a[0] != b[0] or abs(len(a) - len(b)) > 2:  # a word folded to nothing
        return False
    limit = 1 if min(len(a), len(b)) < 8 else 2
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > limit:
            return False
        prev = cur
    return prev[-1] <= limit


def is_caps_line(line: str) -> bool:
    """A headline or slug in capitals: has letters, none lower-case."""
    return any(c.isalpha() for c in line) and not any(c.islower() for c in line)


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each line."""
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def is_table_row(line: str) -> bool:
    """A row of a results table: ends in a number, and a third of its words are numbers."""
    words = line.split()
    if len(words) < 2 or not (NUMERIC.match(words[-1]) or words[-1] == "-"):
        return False
    return 3 * sum(1 for w in words if NUMERIC.match(w) or w == "-") >= len(words)


def is_sports_doc(text: str) -> bool:
    """A sports story: a sport slug in the first lines, or several score lines (distinct ones: a name
    written three times with a number inside, "the Harbour 88 Tower", is one name, no scores)."""
    for line in text.lstrip().split("\n", 3)[:3]:
        m = SLUG.match(line)
        if m and (m.group(1) in SPORTS or m.group(1).split(" ")[0] in SPORTS):
            return True
    if len(SCORE_HINT.findall(text)) < 3:
        return False  # each score line holds one: fewer than three, no three scores (a quick scan)
    return sum(_score(a, b) for a, _, b in set(SCORE_LINE.findall(text))) >= 3


def _score(before: str, after: str) -> bool:
    """Names around the number of a score line ("Northam 3 Eastwick"), not a date ("on 5 May", "June 8
    Meeting")."""
    return before[:1].isupper() and before not in MONTHS and after not in MONTHS
