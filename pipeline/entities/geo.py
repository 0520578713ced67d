"""Geographic identity of an article's places: ISO country, subdivision code, GeoNames id, coordinates.

A name with one candidate in the gazetteer takes it. A city of at least `GIANT` people and
`GIANT_RATIO` times as populous as every other candidate is meant whatever else the article names
("Paris-based" in a story set in the US). Otherwise an ambiguous name ("Georgia", "Wellington",
"Punjab") takes the candidate in a country whose places the article names elsewhere (by more than
one small town: "London's West End" is no sign of Canada; the one it names `LEAD` times as often as
the others when there are several); failing that a country over anything else, or a city at least
`DOMINANT` times as populous as every other candidate; failing that the candidate in the country of
the article's nationality words ("the New Zealander", a weaker sign: "a South African" in a Scottish
team); failing that nothing (all fields null) rather than a guess. A place named after a
located town's possessive ("London's West End") is in that town's country; a built place after a
country's name, in that country.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.entities import compassregions as CR
from pipeline.entities import geotext as T
from pipeline.entities import listedtowns as LT
from pipeline.entities import majorcities as MC
from pipeline.entities import pluralregions as PR
from pipeline.entities import smalltowns
from pipeline.entities import topiccountries as TC
from pipeline.entities.gazetteer import SUBDIVISIONS, Place, country_key, fold, world
from pipeline.entities.leadcountry import DOMINANT, LEAD, leading
from pipeline.entities.lexicon import CUES
from pipeline.entities.placeheads import STREET_HEADS

GEO_LABELS = frozenset({"GPE", "LOC", "FAC"})
GIANT, GIANT_RATIO = 1_000_000, 50
SMALL_TOWN = 50_000
SET_IN = 2  # mentions of a country's places or people before an unknown place may take it
HOME_LABELS = GEO_LABELS | {"NORP"}
NAMED_FOR = frozenset({"WORK_OF_ART"})  # a people's word may open a show's name (`pieces._named_after`)
ADMIN_NOUNS = frozenset({"state", "province", "county", "region", "district", "governorate", "prefecture"})
REPUBLIC = "republic of "
OWNER = re.compile(r"['\u2019]s (?:[a-z]+ )?$")  # "London's West End", "Cardiff's new X"
CLASS_NOUNS = frozenset(CUES["class_nouns"])  # "glens", "palace": a feature's or a site's noun
EMPTY = {"country": None, "subdivision": None, "geonames_id": None, "latitude": None, "longitude": None}


def _candidates(item: dict) -> list[Place]:
    gaz = world()
    for form in [item["name"], *item["aliases"]]:
        key = _key(form)
        places = gaz.places.get(key, []) + gaz.located.get(key, [])
        if places:
            return places + _city_of(key, places)
        if key.startswith(REPUBLIC) and (nations := [p for p in gaz.places.get(key[len(REPUBLIC):], [])
                                                     if p.kind == "country"]):
            return nations  # "the Republic of Georgia"
        head, _, noun = key.rpartition(" ")
        if noun in ADMIN_NOUNS and head in gaz.places:  # "Lagos State", "Miaoli County"
            return [p for p in gaz.places[head] if p.kind in SUBDIVISIONS] or gaz.places[head]
    return _aliased(item)


def _coded(item: dict, named: set[str]) -> list[Place]:
    """The country a GPE names by its ISO 3166-1 code in capitals ("GB runners", "the GBR team") when
    the article names that country otherwise (`named`: "Britain"): codes are no names of the
    gazetteer (most are words, "IT", or other places' short forms, "LA" of Los Angeles)."""
    if item["label"] != "GPE":
        return []
    codes = world().codes
    found = next((codes[f] for f in [item["name"], *item["aliases"]] if f in codes), None)
    return [found] if found is not None and found.country in named else []


def _aliased(item: dict) -> list[Place]:
    """The places an other name of the gazetteer's locates ("Kiev", "Bosnia", "Darfur"; see
    `geoaliases`), "Darfur region" as "Darfur": only when no name of the gazetteer matches. Not the
    parts of areas of several countries ("Kashmir" of India's and Pakistan's): a region across borders."""
    aliases = world().aliases
    for form in [item["name"], *item["aliases"]]:
        key = _key(form)
        head, _, noun = key.rpartition(" ")
        if noun in ADMIN_NOUNS and head in aliases:
            key = head
        found = aliases.get(key, [])
        if len({p.country for p in found}) > 1 and all(p.kind != "city" for p in found):
            return []
        if found:
            return found
    return []


def _city_of(key: str, places: list[Place]) -> list[Place]:
    """The giant city named after a subdivision, when the name has only subdivisions ("New York":
    New York City as well as the state; "New York state" keeps the state, see ADMIN_NOUNS)."""
    if any(p.kind not in SUBDIVISIONS for p in places):
        return []
    countries = {p.country for p in places}
    return [p for p in world().places.get(key + " city", ())
            if p.kind == "city" and p.country in countries and p.population >= GIANT]


def _key(form: str) -> str:
    key = country_key(fold(form))  # "Trinidad & Tobago"
    return key[4:] if key.startswith("the ") else key


def _fields(place: Place | None, country: str | None = None) -> dict:
    if place is None:
        return {**EMPTY, "country": country}
    return {"country": place.country, "subdivision": place.code if place.kind in SUBDIVISIONS else None,
            "geonames_id": place.geonames_id, "latitude": place.lat, "longitude": place.lon}


def choose(places: list[Place], context: Counter, peoples: Counter | None = None,
           nation: bool = False, nations: Counter | None = None) -> Place | None:
    """The candidate the article most likely means (`context`: the countries of its places;
    `nations`: those it names by the country's own name; `peoples`: those of its nationality words),
    or None when it cannot tell. A country's name means
    the country ("Holland", not Holland, Michigan) unless the article's places put a subdivision of
    that name first (see `_country_or_state`); never when the text reads it as a nation (`nation`)."""
    if len(places) == 1:
        return places[0]
    ranked = sorted(places, key=lambda p: -p.population)
    if ranked[0].kind == "city" and ranked[0].population >= GIANT \
            and ranked[0].population >= GIANT_RATIO * max(ranked[1].population, 1):
        return ranked[0]
    country = next((p for p in places if p.kind == "country"), None)
    if country is not None:
        return country if nation else _country_or_state(places, country, context)
    return _by_context(places, context) or (_named_lead(places, nations) if nations else None) \
        or (_by_context(places, peoples, dominant=False) if peoples else None)


def _named_lead(places: list[Place], nations: Counter) -> Place | None:
    """The candidate in the country the article names by name `LEAD` times as often as each other
    country of the candidates ("Nelson" of a story that names New Zealand twenty times and Britain
    twice, though it names English towns too): the article's own country over a namesake's."""
    lead = _named_country(places, nations)
    there = [p for p in places if p.country == lead] if lead else []
    return _by_context(there, Counter({lead: 1})) if there else None


def _named_country(places: list[Place], nations: Counter) -> str | None:
    """The country of `_named_lead`, if any: when the article names no other candidate's country,
    never over a capital elsewhere whose name is trusted (`gazetteer._capitals`: "Athens" of a story
    naming the US alone is still no Athens, Georgia)."""
    countries = {p.country for p in places if p.country and nations[p.country]}
    if len(countries) > 1:
        return leading(countries, nations)
    top = max(places, key=lambda p: p.population)
    if top.country not in countries and fold(top.name) in world().label:
        return None
    return next(iter(countries), None)


def _country_or_state(places: list[Place], country: Place, context: Counter) -> Place:
    """The country, or a subdivision of its name in a country the article names more often than all
    other countries together ("Georgia" among Atlanta and Savannah, or in a story of the US alone)."""
    total = sum(context.values())
    subs = [p for p in places if p.kind in SUBDIVISIONS and context[p.country] > total - context[p.country]]
    return subs[0] if subs else country


def _by_context(places: list[Place], context: Counter, dominant: bool = True) -> Place | None:
    """The candidate in the one country of `context` among the candidates' countries; else (if
    `dominant`) a country, or the most populous candidate by a wide margin."""
    named = [p for p in places if p.country and context[p.country]]
    countries = {p.country for p in named}
    if len(countries) == 1:
        pool = named
    elif not dominant:
        return None
    elif any(p.kind == "country" for p in places):
        return next(p for p in places if p.kind == "country")
    else:
        pool = named or places
    if len({p.country for p in pool}) == 1 and any(p.kind == "city" for p in pool):
        pool = [p for p in pool if p.kind == "city"] or pool  # "Lagos": the city, not the state
    lead = leading(countries, context) if len(countries) > 1 else None
    if lead and all(p.kind in SUBDIVISIONS for p in named if p.country == lead):
        return next(p for p in named if p.country == lead)  # a county of no size, where the story is set
    ranked = sorted(pool, key=lambda p: -p.population)
    if len(ranked) == 1 or ranked[0].population >= DOMINANT * max(ranked[1].population, 1):
        return ranked[0]
    return _by_context([p for p in named if p.country == lead], context) if lead else None


def locate(items: list[dict], text: str = "", sports: bool = False) -> None:
    """Add the geographic fields to every entity dict (null for what is no place or cannot be told);
    `text`, the article's, gives each mention's neighbours (see `geotext`); in a sports report an
    unknown place never takes the country the article names most (the visitors' as often as not)."""
    found = [(_candidates(it) if it["label"] in GEO_LABELS else []) for it in items]
    named = {p.country for places in found for p in places if p.kind == "country"}
    found = [places or _coded(it, named) for it, places in zip(items, found, strict=True)]
    found = [places or _placed_town(it, text) for it, places in zip(items, found, strict=True)]
    cands = [[] if _vague(places) else places for places in found]
    context: Counter = Counter()  # countries of the article's places
    firm: Counter = Counter()  # the same without a country's only small town
    peoples: Counter = Counter()
    nations: Counter = Counter()  # countries named by name ("New Zealand", "the UK")
    shows: Counter = Counter()  # countries of the people's words opening shows' names
    gaz = world()
    towns = Counter(c for places in cands if (c := _sure_country(places)) and all(map(_small, places)))
    for it, places in zip(items, cands, strict=True):
        if country := _sure_country(places):
            context[country] += it["count"]
            if any(p.kind == "country" for p in places):
                nations[country] += it["count"]
            if towns[country] > 1 or not all(map(_small, places)):  # "Highbury", "Old Trafford"
                firm[country] += it["count"]
        elif it["label"] == "NORP" and gaz.nationality.get(_key(it["name"])):
            peoples[gaz.nationality[_key(it["name"])]] += it["count"]
        elif nation := _named_for(it):
            shows[nation] += it["count"]  # "Australian Idol": a people's show, a sign as "Australian" is
    peoples.update({c: n for c, n in shows.items() if peoples[c] or context[c]})  # no lone "American Idiot"
    for it, places in zip(items, cands, strict=True):  # "London's West End": no sign of Canada
        if _sure_country(places) and all(_stray(p, firm) for p in places):
            context[places[0].country] -= it["count"]
    persons = {m["end"] for it in items if it["label"] == "PERSON" for m in it["mentions"]}
    sure = Counter({c: n for c, n in (+context).items() if firm[c]})  # not from a lone small town alone
    cands = [ps or [p for p in full if context[p.country] > 0] for ps, full in zip(cands, found, strict=True)]
    for it, places in zip(items, cands, strict=True):
        if places:
            own = _less_longer(it, items, cands, sure)  # "York" beside "New York": no sign of the US
            it.update(_fields(*_place(it, places, text, persons, (own, peoples, firm, nations))))
        elif it["label"] == "NORP":
            it.update(_fields(None, gaz.nationality.get(_key(it["name"]))))
        else:
            it.update(EMPTY)
    _owned_by_towns(items, found, text)
    _country_before(items, found, text)
    LT.place_listed(items, found, text, _fields)
    PR.plural_regions(items, firm, peoples, _lead, EMPTY, sports)  # "the Midlands" of a British story
    CR.compass_regions(items, found, firm, peoples, _lead, EMPTY, sports)  # "the South West", not abroad
    unknown = [it for it, full in zip(items, found, strict=True) if _unknown(it, full)]
    if unknown:
        lead = None if sports else _set_in(items, _lead(firm + peoples))
        _home_countries(items, unknown, text, lead, sports, firm)


def _less_longer(it: dict, items: list[dict], cands: list[list[Place]], counts: Counter) -> Counter:
    """`counts` less the mentions of the longer places whose name ends with the item's ("New York"
    for "York"): another place's name holds no sign of this place's country."""
    tail = " " + _key(it["name"])
    out = counts
    for other, places in zip(items, cands, strict=True):
        if _key(other["name"]).endswith(tail) and (country := _sure_country(places)):
            out = out.copy() if out is counts else out
            out[country] -= other["count"]
    return out if out is counts else +out


def _owned_by_towns(items: list[dict], found: list[list[Place]], text: str) -> None:
    """A place a mention of which follows a located town's possessive ("London's West End"; a mention
    of the town's name under any label) is in that town's country: its candidate there, or no place
    but the country."""
    towns = {_key(it["name"]): it["country"] for it in items
             if it["label"] == "GPE" and it.get("geonames_id")}
    ends = {m["end"]: towns[key] for it in items if (key := _key(it["name"])) in towns
            for m in it["mentions"]}  # "Cardiff's X" though the model took that "Cardiff" for the club
    if not ends or not text:
        return
    for it, places in zip(items, found, strict=True):
        if it["label"] not in GEO_LABELS or not it["mentions"]:
            continue
        owners = {ends.get(_owner_end(text, m["start"])) for m in it["mentions"]} - {None}
        if len(owners) != 1 or it["country"] in owners:
            continue
        country = owners.pop()
        there = [p for p in places if p.country == country]
        it.update(_fields(choose(there, Counter({country: 1})) if there else None, country))


def _country_before(items: list[dict], found: list[list[Place]], text: str) -> None:
    """A built place left without a country, a mention of which follows a country's name and a space
    ("the Norvik Capitol" after a country): in that country."""
    ends = {m["end"]: places[0].country for it, places in zip(items, found, strict=True)
            if places and all(p.kind == "country" for p in places) and len({p.country for p in places}) == 1
            for m in it["mentions"]}
    if not ends:
        return
    for it in items:
        if it["label"] != "FAC" or it["country"] is not None:
            continue
        owners = {ends.get(s - 1) for s in (m["start"] for m in it["mentions"]) if text[s - 1 : s] == " "}
        owners.discard(None)
        if len(owners) == 1:
            it.update(_fields(None, owners.pop()))


def _owner_end(text: str, start: int) -> int | None:
    """Where the name whose possessive (and at most one lower-case word) comes right before `start`
    ends, or None."""
    m = OWNER.search(text, max(0, start - 20), start)
    return m.start() if m else None


def _placed_town(it: dict, text: str) -> list[Place]:
    """A place the gazetteer does not know, written before a comma and its country ("Davos,
    Switzerland"): the small towns of that name in that country (see `smalltowns`)."""
    if it["label"] not in GEO_LABELS or not text:
        return []
    near = T.countries_after(text, it["mentions"])  # first: most articles never read the towns
    return [p for p in smalltowns.towns(_key(it["name"])) if p.country in near] if near else []


def _unknown(it: dict, places: list[Place]) -> bool:
    """A place left without any field that the gazetteer does not know, or knows only as small towns
    (a village of that name abroad: "Kinross" in a Scottish story)."""
    if it["label"] not in GEO_LABELS or any(it[f] is not None for f in EMPTY):
        return False
    return all(map(_small, places))


def _lead(counts: Counter) -> str | None:
    """The country an article's places and nationality words name `LEAD` times as often as all others."""
    counts = +counts
    ranked = counts.most_common(1)
    if not ranked or ranked[0][1] < LEAD * (sum(counts.values()) - ranked[0][1]):
        return None
    return ranked[0][0]


def _named_for(it: dict) -> str | None:
    """The country of the people's word opening a show's name ("Australian Idol": AU), else None."""
    return world().nationality.get(_key(it["name"]).split(" ", 1)[0]) if it["label"] in NAMED_FOR else None


def _set_in(items: list[dict], lead: str | None) -> str | None:
    """`lead` if the article names a place inside it ("Leeds") or names it `SET_IN` times: a country
    named once is a topic, not where the story is set ("the war in Iraq" of a British story)."""
    home = [(it, it["country"] if it["label"] in HOME_LABELS else _named_for(it)) for it in items]
    ours = [it for it, country in home if lead and country == lead]
    if sum(it["count"] for it in ours) >= SET_IN or any(map(_inside, ours)):
        return lead
    return None


def _inside(item: dict) -> bool:
    """A located place that is no country: a town, a state, a site."""
    return item["geonames_id"] is not None and item["label"] in GEO_LABELS and not any(
        p.kind == "country" and p.geonames_id == item["geonames_id"] for p in _candidates(item))


def _home_countries(items: list[dict], unknown: list[dict], text: str, lead: str | None,
                    sports: bool, firm: Counter) -> None:
    """The country of a place the gazetteer cannot place: a country or state after a comma ("Tuxbury,
    Lincolnshire"), the country of a located place after "in"/"near" ("Kelby Green in Leeds", "X and Y
    in Leeds") or named last before "the city's X", or a nationality's ("the Thai island of X"), or else
    the country the article is set in (`lead`; for a street, only with a town of it named), or else,
    for a site or a town (not a region: "the West"), the one country of the places of the sentence
    that reads it as a place (in a sports report its towns only: a national side there is as often
    the visitors; not a lone small town's of a country `firm` lacks, a namesake abroad)."""
    at = {m["start"]: it["country"] for it in items if it.get("country") and it["label"] in GEO_LABELS
          for m in it["mentions"]}
    towns = _towns_at(items, firm)
    settled = TC.settings(items, at, text, lambda it: it["geonames_id"] is not None and not _inside(it))
    for it in unknown:
        country = T.outside_country(text, it["mentions"], []) or T.within(text, it["mentions"], at)
        country = country or T.owner_town(text, it["mentions"], towns) or T.nation_of(text, it["mentions"])
        country = country or _feature_of(it["name"])  # "the Glens of Kelby": Kelby's country
        home = lead and T.placed(text, it["mentions"]) and not _names_other(it["name"], lead)
        home = home and (_towns_mostly(towns, lead) or not _street(it["name"]))  # a street is in a town
        country = country or (lead if home else None)
        if country or it["label"] == "LOC":  # "the West", "the Holy Land": regions across borders
            it["country"] = country
            continue
        venue = it["label"] == "GPE"  # an unknown town only "at" it: "the embassy in X" is abroad
        country = T.sentence_country(text, it["mentions"], towns if sports else settled, venue)
        it["country"] = country or _site_country(it, text, towns, settled)


def _site_country(it: dict, text: str, towns: dict[int, str], at: dict[int, str]) -> str | None:
    """A site (FAC) read as a place ("at X", "the X stadium") in an article that names a town and
    whose located places are all in one country: that country (not the "Iraq" of a story that names
    no town, nor one of two countries a match names)."""
    if it["label"] != "FAC" or not towns or not T.placed(text, it["mentions"]):
        return None
    countries = set(towns.values()) | set(at.values())
    return countries.pop() if len(countries) == 1 else None


def _towns_mostly(towns: dict[int, str], lead: str) -> bool:
    """The article's town mentions are in `lead` more often than elsewhere together: a street's town."""
    n = Counter(towns.values())
    return n[lead] > n.total() - n[lead]


def _feature_of(name: str) -> str | None:
    """The one country of the known place a feature's name ends "of" ("the Glens of Kelby"), else None."""
    head, of, rest = name.partition(" of ")
    if not of or head.rsplit(" ", 1)[-1].lower() not in CLASS_NOUNS:
        return None
    countries = {p.country for p in world().places.get(fold(rest), [])}
    return countries.pop() if len(countries) == 1 else None


def _street(name: str) -> bool:
    """A street's name ("Kelby Road"): it takes the country of a town of the article, not a topic's."""
    return name.rsplit(" ", 1)[-1] in STREET_HEADS


def _names_other(name: str, country: str) -> bool:
    """The name holds the name of a country other than `country` ("Little Britain" of a US story):
    not a place of the country the article is set in."""
    places = world().places
    return any(p.kind == "country" and p.country != country
               for word in _key(name).split(" ") for p in places.get(word, ()))


def _towns_at(items: list[dict], firm: Counter) -> dict[int, str]:
    """Country by mention start of the article's located cities (not its countries or states, nor a
    lone small town of a country `firm` lacks)."""
    towns = [it for it in items if it.get("geonames_id") and it["label"] == "GPE"
             and any(p.kind == "city" and p.geonames_id == it["geonames_id"] and not _stray(p, firm, True)
                     for p in _candidates(it))]
    return {m["start"]: it["country"] for it in towns for m in it["mentions"]}


def _vague(places: list[Place]) -> bool:
    """Regions named after subdivisions ("Darfur" of "North Darfur", see `geoaliases`): their country
    only where the article names it by other places ("Highlands" of Papua New Guinea's "Eastern
    Highlands" is no place in a Scottish story)."""
    return bool(places) and all(p.kind == "region" and p.country for p in places)


def _sure_country(places: list[Place]) -> str | None:
    """The one country of the candidates, or the country a country's name names ("France", though
    towns bear the name too), not one shared with a subdivision ("Georgia")."""
    if places and len({p.country for p in places}) == 1:
        return places[0].country
    if any(p.kind in SUBDIVISIONS for p in places):
        return None
    return next((p.country for p in places if p.kind == "country"), None)


def _place(it: dict, places: list[Place], text: str, persons: set[int],
           counts: tuple[Counter, Counter, Counter, Counter]) -> tuple[Place | None, str | None]:
    """The place an item names (or None) and, failing one, the country its text puts it in (`counts`:
    the countries of the article's places less its stray towns and those only a lone small town
    names, of its nationalities, of its places but a country's only small town, of its countries'
    own names)."""
    context, peoples, firm, nations = counts
    near = T.near_countries(text, it["mentions"], places) if text else set()
    if near:
        places = [p for p in places if p.country in near]
        return choose(places, Counter(near)), None
    if text and (outside := T.outside_country(text, it["mentions"], places)):
        return None, outside  # "St Kilda, Atlantis": no candidate in the country the text names
    nation = bool(text) and T.as_nation(text, it["mentions"], persons)
    chosen = choose(places, context, peoples, nation, nations)
    if chosen is None:  # "Hollywood": two US cities, the country is known though the place is not
        countries = {p.country for p in places}
        one = len(countries) == 1 and not all(map(_small, places))  # not "Hyde Park", two US villages
        if one or all(map(_small, places)):
            return None, countries.pop() if one else None
        return None, _named_country(places, nations)
    chosen = MC.major_city(chosen, places, context, nations)  # "Amsterdam" of a story naming the US once
    return (None if _stray(chosen, firm, it["label"] == "FAC") else chosen), None


def _small(place: Place) -> bool:
    return place.kind == "city" and place.population < SMALL_TOWN


def _stray(place: Place, firm: Counter, built: bool = False) -> bool:
    """A small town (under `SMALL_TOWN` people) of a country the article names by no other place (a
    country, a big town or a second small town), though it names others, or (`built`: for a site)
    whatever else it names: some other place of that name ("Cheshire", "Whitehall" in a British
    story; a ground named for a district, "Kelby Park", is no namesake town abroad)."""
    return _small(place) and (built or sum(firm.values()) > 0) and not firm[place.country]


def same_places(groups: list[list], items: list[dict]) -> list[list] | None:
    """The groups (parallel to their located `items`) with the places of one GeoNames id and label
    joined ("Britain", "UK" and "the United Kingdom"; "America" and "US"), or None if none share one."""
    first: dict[tuple, int] = {}
    merged: list[list] = []
    for ms, it in zip(groups, items, strict=True):
        key = (it["label"], it.get("geonames_id"))
        if key[1] is None or key[0] not in GEO_LABELS:
            merged.append(ms)
        elif key in first:
            merged[first[key]] = merged[first[key]] + ms
        else:
            first[key] = len(merged)
            merged.append(ms)
    return merged if len(merged) < len(groups) else None
