"""Slips of spelling an article makes in a name it gives right elsewhere: a titled surname one letter
off the surname of one person of the article ("Mr Gate's" beside "Bill Gates"), a body's name of
two words or more (or of one long word) one letter off another's ("Disaster Emergency Committee"
beside "Disasters Emergency Committee", "Kelbyshire" beside "Kelbyshyre"). Used by
`grouping.group`; keys are `lexicon.norm` keys.
"""

from __future__ import annotations

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.context import POSS
from pipeline.entities.gazetteer import ascii_fold, given_genders, surnames

TITLES = frozenset({"Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Miss", "Dr", "Dr."})
SEX = {"Mr": "m", "Ms": "f", "Mrs": "f", "Miss": "f"}
BODIES = frozenset({"ORG", "EVENT", "FAC", "LAW"})
STRAYS = frozenset({"PERSON", "PRODUCT", "NORP", "WORK_OF_ART"})  # what the model may make of a body's slip
LONG_WORD = 8  # letters of a one-word name a slip of which is told apart from another name
FIRST_WORD, LATER_WORD = 5, 3  # letters of a slipped word of a longer name, first or later


def slip(a: str, b: str) -> bool:
    """Two names of as many words, one of which is one letter off (`one_off`), but for an "s" added
    to the last: "Education Minstry" of "Education Ministry", "Harbours Trust" of "Harbour
    Trust", not "Democrats" of "Democrat"."""
    wa, wb = a.lower().split(), b.lower().split()
    diff = [(x, y) for x, y in zip(wa, wb, strict=False) if x != y] if len(wa) == len(wb) else []
    if len(diff) != 1 or not one_off(*diff[0]) or ascii_fold(a) == ascii_fold(b):  # "León", "Leon"
        return False
    return wa[-1] == wb[-1] or wa[-1].rstrip("s") != wb[-1].rstrip("s")


def one_off(a: str, b: str, least: int = 4) -> bool:
    """Two different words, one letter apart: one added, dropped, changed or two swapped; the same
    first letter, `least` letters at least."""
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < least or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 2 and diff[1] == diff[0] + 1:  # "Hlae" of "Hale"
            i, j = diff
            return a[i] == b[j] and a[j] == b[i]
        return len(diff) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[i:] == long[i + 1 :]


def titled_surname(ctx: DocCtx, by_key: dict[str, list[Cand]], word: str,
                   people: list[tuple[str, list[str]]]) -> list[str]:
    """The one person of the article whose surname the one-word name misspells (`one_off`): every
    mention of it has a title before it that no given name of the person contradicts ("Mr" for
    "Ann"), no person's surname is the word itself, the person is named as often as the slip at
    least, and the slip is no census surname or the surname's possessive cut short ("Mr Gate's" of
    "Bill Gates"); else none."""
    ms = by_key[word]
    if len(ms) > 2 or not all(c.start > 0 and ctx.words[c.start - 1] in TITLES for c in ms):
        return []
    if any(pt[-1] == word for _, pt in people):
        return []
    fits = [(p, pt) for p, pt in people if one_off(word, pt[-1]) and _sex_fits(ctx, ms, pt)]
    if len({pt[-1] for _, pt in fits}) != 1:  # "Mr Hale": "Tom Hales" or "Tim Hall"?
        return []
    surname = fits[0][1][-1]
    cut = surname == word + "s" and all(c.end < len(ctx.words) and ctx.words[c.end] in POSS for c in ms)
    if not cut and word in surnames()[0]:
        return []
    named = sum(len(by_key.get(p, [])) for p, _ in fits) + len(by_key.get(surname, []))
    return [p for p, _ in fits] if named >= len(ms) else []


def _sex_fits(ctx: DocCtx, ms: list[Cand], name: list[str]) -> bool:
    """No title of the mentions names the other sex than the census gives the first name ("Mr"
    for "Ann")."""
    sex = given_genders().get(name[0]) if len(name) > 1 else None
    return not sex or all(SEX.get(ctx.words[c.start - 1].rstrip("."), sex) == sex for c in ms)


def body_spellings(ctx: DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str],
                   parent: dict[str, str]) -> None:
    """A body's name of two words or more, or of one long word, joins the one other name that differs
    in one word by one letter (`one_off`: "Vitoria Eastpurt" of "Vitoria Eastport", "Marrows" of
    "Marrow's"; no plural of a shorter name than three words, but of a name written with its
    "'s"), neither a gazetteer name, and is named more often (or first, when as often): of the same
    kind, or a name the model named once as something else (`_stray_slip`) beside a body named twice
    at least."""
    kind = {k: labels.get(k, ms[0].label) for k, ms in by_key.items()}
    names = [k for k in by_key if _long(k) and kind[k] in BODIES]
    if not names:
        return
    slips = [k for k in by_key if k not in names and _stray_slip(k, by_key[k], labels)]
    if len(names) + len(slips) < 2:
        return
    order = {k: (-len(by_key[k]), min(c.start for c in by_key[k])) for k in names + slips}
    for key in names + slips:
        if key in parent:
            continue
        fits = [k for k in names if k != key and order[k] < order[key] and _one_word_off(key, k)]
        fits = [k for k in fits if k.count(" ") >= 2 or not _plural(ctx, by_key, key, k)]
        if len(fits) == 1 and (kind[fits[0]] == kind[key] or key in slips and len(by_key[fits[0]]) > 1):
            parent[key] = parent.get(fits[0], fits[0])


def _plural(ctx: DocCtx, by_key: dict[str, list[Cand]], a: str, b: str) -> bool:
    """One name is the other with an "s" after it, a plural ("e-colleges" of "e-college"), unless the
    shorter is written with its "'s" ("Marrows" of "Marrow's")."""
    if a != b + "s" and b != a + "s":
        return False
    short = by_key[min(a, b, key=len)][0]
    return not ctx.span_text(short.start, short.end).endswith(("'s", "\u2019s"))


def _long(key: str) -> bool:
    """A name of two words or more, or of one word of `LONG_WORD` letters at least."""
    return " " in key or len(key) >= LONG_WORD


def _stray_slip(key: str, ms: list[Cand], labels: dict[str, str]) -> bool:
    """A name named once, labelled no body, that is no census name: of one word of `LONG_WORD`
    letters at least ("Veltramex" a person beside "Veltramax" twice) or of words opening with no
    given name ("Deportivo Alcazer" a person beside the club "Deportivo Alcazar"): a slip the model
    may have mislabelled."""
    if len(ms) != 1 or labels.get(key, ms[0].label) not in STRAYS:
        return False
    last, given = surnames()
    first = key.split()[0]
    return first not in given and (" " in key or (len(key) >= LONG_WORD and key not in last))


def _one_word_off(a: str, b: str) -> bool:
    """Same words but one, which is one letter off and no place or people ("iran"/"iraq"): of five
    letters at least, or of three after a first word the names share ("Kelby Mae" of "Kelby May")."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    diff = [(i, x, y) for i, (x, y) in enumerate(zip(wa, wb, strict=True)) if x != y]
    least = LATER_WORD if diff and diff[0][0] > 0 else FIRST_WORD
    if len(diff) != 1 or not diff[0][1].isalpha() or not one_off(*diff[0][1:], least=least):
        return False
    return not any(L.gazetteer_label(w) for w in diff[0][1:])
