"""The entities stage: name spans cleaned, relabelled per article, grouped into entities with roles.

`stage` runs it; `candidates` finds and cleans the spans, `context` weighs the article's evidence
(titles, roles, labels), `lexicon` holds word tables and shape tests, `gazetteer` the world data from
packages (countries, subdivisions, cities, nationalities), `places` reads places and peoples in
context, `geo` gives each place its country, GeoNames id and coordinates (`geotext`: what a mention's
neighbours say, "St Thomas, Jamaica", "X of Georgia"); `sport` reads sports
reports (team sheets, teams, grounds), `works` awards, the edges of names, "The X" titles and
sequels, `products` products, `titles` titles of works, `roles` a person's role (`pretitles` the
titles before a name, `posts` a name glued to its post), `firms` companies the model calls people,
`acronyms` the acronyms an article defines; `spokenroles` (run by the quotes stage) a role from the
description a quote's speaker is linked through ("the prime minister said"), `subjectroles` one from
a description opening the sentence after the person's ("X scored. The striker ...").
"""

from pipeline.entities.gazetteer import demonyms, given_genders, load
from pipeline.entities.ranks import ranking_scope
from pipeline.entities.words import use_model, verb_lemmas

__all__ = [
    "demonyms", "extract", "fill_spoken_roles", "given_genders", "load", "name_particles", "person_titles",
    "place_of", "ranking_scope", "team_roles", "use_model", "verb_lemmas",
]


def person_titles() -> frozenset[str]:
    """Titles and honorifics that open a person's name, case-folded without dots ('cardinal', 'mr')."""
    from pipeline.entities.lexicon import HONORIFICS, TITLES

    return TITLES | HONORIFICS


def name_particles() -> frozenset[str]:
    """Lower-case particles inside a surname ('van', 'den', 'de', 'la', 'bin')."""
    from pipeline.entities.words import FIRST_PARTICLES, SECOND_PARTICLES

    return FIRST_PARTICLES | SECOND_PARTICLES


def team_roles() -> frozenset[str]:
    """Nouns of a place in a team or its staff ('lock', 'striker', 'coach'; also 'side', 'squad')."""
    from pipeline.entities.sport import TEAM_ROLES

    return TEAM_ROLES


def place_of(name: str) -> tuple[str, str, int] | None:
    """The gazetteer's reading of a name as a nationality ('German') or its first place: (country
    ISO alpha-2, kind: 'nationality', 'country', 'admin1', 'city'..., population); None for neither."""
    from pipeline.entities.gazetteer import fold, world

    gaz, key = world(), fold(name)
    if gaz.nationality.get(key):
        return gaz.nationality[key], "nationality", 0
    place = next(iter(gaz.places.get(key) or []), None)
    return None if place is None or place.country is None else (place.country, place.kind, place.population)


def __getattr__(name: str):
    """`extract`, imported on first use, so that the package's small modules load without spaCy."""
    if name == "extract":
        from pipeline.entities.stage import extract

        return extract
    if name == "fill_spoken_roles":
        from pipeline.entities.subjectroles import fill_roles

        return fill_roles
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
