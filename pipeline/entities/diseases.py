"""Diseases the article names, read from what it does with a name, after the per-name vote.

The model calls a disease's name, and most of all its acronym, a body ("tests for TB", "cases of
Xosis"). In an article that speaks of illness (`HEALTH_WORDS` in lower case, or the tables'
diseases, twice at least), a name voted a body, a person, a facility or a work, and no place or
people the gazetteer knows, is a disease (EVENT, as the project labels HIV and Aids) when a mention
is the object of a health act ("tested for X", "screening for X", "cases of X", "people infected
with X", "died of X") or is listed with a disease the article or the tables already label EVENT
("tests for X and HIV"). A mention that treats the name as a body (it speaks, owns staff: see
`products.body_use`) or as a person (a given name first, a role) vetoes. No list of diseases: the
act's words, listing and the tables' diseases only. An acronym is joined to the disease's full name
only where the article defines it ("tuberculosis (TB)": `acronyms`); no installed data pairs them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from pipeline.entities import names as NM
from pipeline.entities import products as PR
from pipeline.entities.candidates import Cand, DocCtx, by_key, list_partners, relabel
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import gazetteer_label
from pipeline.entities.places import NEW_NAMES

HEALTH_WORDS = frozenset(
    {
        "disease",
        "diseases",
        "illness",
        "illnesses",
        "infection",
        "infections",
        "infectious",
        "infected",
        "virus",
        "epidemic",
        "outbreak",
        "diagnosed",
        "patients",
        "symptoms",
        "vaccine",
        "vaccines",
        "health",
        "medical",
        "doctors",
        "hospital",
        "treatment",
        "screening",
        "x-ray",
        "x-rays",
    }
)
STORY_MIN = 2
ACTS = frozenset(  # the health act before "for", "with", "of", "against", "from" and the name
    {
        "test",
        "tests",
        "tested",
        "testing",
        "screening",
        "screened",
        "screen",
        "checks",
        "checked",
        "x-ray",
        "x-rays",
        "diagnosed",
        "infected",
        "suffering",
        "suffer",
        "suffers",
        "suffered",
        "cases",
        "case",
        "treatment",
        "treated",
        "vaccine",
        "vaccines",
        "vaccinated",
        "vaccination",
        "immunised",
        "immunized",
        "cure",
        "died",
        "dying",
        "outbreak",
        "outbreaks",
        "epidemic",
        "incidence",
        "deaths",
        "people",
    }
)
LINKS = frozenset({"for", "with", "of", "against", "from"})
ABLE = frozenset({"ORG", "PERSON", "FAC", "WORK_OF_ART"})  # not a place or a people the model knows
KNOWN = frozenset(k for k, label in NEW_NAMES.items() if label == "EVENT")  # "hiv", "aids"


def health_story(ctx: DocCtx) -> bool:
    """The article speaks of illness: health words in lower case, or diseases the tables know, twice
    at least."""
    counts = Counter(ctx.words)  # each distinct word tested once
    return sum(n for w, n in counts.items() if w in HEALTH_WORDS or w.casefold() in KNOWN) >= STORY_MIN


def disease_labels(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel EVENT the names an article about illness treats as diseases (see the module's doc)."""
    if ctx.sports or not ctx.parsed or not health_story(ctx):
        return
    keyed = {k: ms for k, ms in by_key(ctx, cands, key_of).items() if ms[0].end > ms[0].start}
    ill = {
        i
        for k, ms in keyed.items()
        if labels.get(k, ms[0].label) == "EVENT" or k in KNOWN
        for c in ms
        for i in range(c.start, c.end)
    }
    for key, ms in keyed.items():
        if labels.get(key, ms[0].label) not in ABLE or key in KNOWN:
            continue
        if any(_acted_on(ctx, c) or _listed_with(ctx, c, ill) for c in ms) and _able(ctx, ms):
            relabel(ctx, ms, labels, key_of, "EVENT")


def _acted_on(ctx: DocCtx, c: Cand) -> bool:
    """The mention follows a health act and its link word ("tested for X", "cases of X")."""
    words, s = ctx.words, c.start
    return s > 1 and words[s - 1] in LINKS and words[s - 2].lower() in ACTS and not _people_with(ctx, c)


def _people_with(ctx: DocCtx, c: Cand) -> bool:
    """ "people" before another link than "with", or before a capitalised word after the name, is no
    disease's sign ("people of Kelby", "people with Acme shares")."""
    words, s, e = ctx.words, c.start, c.end
    if words[s - 2].lower() != "people":
        return False
    return words[s - 1] != "with" or (e < len(words) and words[e][:1].isupper())


def _listed_with(ctx: DocCtx, c: Cand, ill: set[int]) -> bool:
    """The parse lists the mention with a disease's name (tokens `ill`): "tests for X and HIV"."""
    tok = ctx.doc[c.start : c.end].root
    return any(m.i in ill and not c.start <= m.i < c.end for m in list_partners(tok))


def _able(ctx: DocCtx, ms: list[Cand]) -> bool:
    """No mention is a body's or a person's: it speaks or owns staff, or has a given name or a role."""
    if any(c.role or NM.given_name_first(ctx, c) or PR.body_use(ctx, c) for c in ms):
        return False
    key = ctx.norm_of(ms[0].start, ms[0].end)
    return not gazetteer_label(key) and key not in world().places
