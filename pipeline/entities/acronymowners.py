"""The name an all-capitals word of the article stands for (used by `grouping.group` on its lone
words): the name it follows in brackets ("Game Makers Fair (GMF)"), else the one multi-word name
whose initials spell it ("NATO", "PS3" of "PlayStation 3"). Keys are `lexicon.norm` keys."""

from __future__ import annotations

from pipeline.entities import acronyms as AC
from pipeline.entities import candidates as C
from pipeline.entities import lexicon as L
from pipeline.entities import names as NM
from pipeline.entities.candidates import Cand

Spelling = tuple[str, list[str], bool, frozenset[str], frozenset[str]]  # see `_spelling`


def spelt_forms(ctx: C.DocCtx, by_key: dict[str, list[Cand]]) -> frozenset[str]:
    """The acronyms the article's multi-word names spell (`acronyms.initial_forms`)."""
    return frozenset(f for k, ms in by_key.items() if " " in k for f in AC.initial_forms(first_text(ctx, ms)))


def acronym_owner(
    ctx: C.DocCtx, c: Cand, by_key: dict[str, list[Cand]], labels: dict[str, str], spelt_by: frozenset[str],
    spellings: dict[str, Spelling],
) -> str | None:
    """The name this all-capitals token stands for: the name right before it when it is defined in
    brackets ("Game Makers Fair (GMF)", "NetQuest (NQ)"), else a multi-word name whose initials
    spell it ("NATO"), a short acronym in it counting whole ("UKIP", "USTR")."""
    doc = ctx.doc
    text = ctx.span_text(c.start, c.end).replace(".", "")
    clipped = c.src == "def" and not text.isupper() and text.upper() not in spelt_by  # "(Cochilco)"
    titled = (AC.titled_acronym(text) or AC.mixed_acronym(text)) and (text.upper() in spelt_by or clipped)
    titled = titled and (c.src == "def" or labels.get(L.norm(text)) != "PERSON")  # no "Tim" for "TIM"
    plain = text.replace("&", "")  # "S&P"
    if not (2 <= len(text) <= 8 and (text.isupper() or titled) and plain.isalnum() and text[0].isalpha()):
        return None
    text = text.upper()
    prev = doc[c.start - 2] if c.start > 1 and doc[c.start - 1].text == "(" else None
    spelt = None
    for key, ms in by_key.items():
        if (spelling := spellings.get(key)) is None:  # every acronym asks of every name: once per name
            spelling = spellings[key] = _spelling(ctx, ms)
        name, words, camel, forms, others = spelling
        if prev is not None and (len(words) > 1 or camel) and any(m.end == prev.i + 1 for m in ms):
            if labels.get(key) == "PERSON" and (clipped or _personal(name, text)):  # "Tom Hale (WRU)"
                continue
            return key  # "US Securities Exchange Commission (SEC)"
        spells = text in forms if titled else text in forms or text in others
        if spelt is None and len(words) > 1 and spells:
            spelt = key
        elif spelt is None and labels.get(key) == "PRODUCT" and " " in name and text == NM.capitals(name):
            spelt = key  # "PS3" of "PlayStation 3"
    return spelt


def _spelling(ctx: C.DocCtx, ms: list[Cand]) -> Spelling:
    """What `acronym_owner` reads of a name's first mention: its text, capitalised words, camel case,
    the acronyms `acronyms.initial_forms` gives and the others it tries (initials but the first, every
    word's initial, short acronyms kept whole: "UK Independence Party")."""
    name = first_text(ctx, ms)
    words = [w for w in name.split() if w[:1].isupper()]
    camel = len(words) == 1 and sum(ch.isupper() for ch in name) >= 2 and not name.isupper()
    initials = "".join(w[0] for w in words)
    every = "".join(w[0] for w in name.upper().split())
    kept = "".join(w if w.isupper() and len(w) <= 3 else w[0] for w in words)
    return name, words, camel, AC.initial_forms(name), frozenset({initials[1:], every, kept})


def _personal(name: str, acronym: str) -> bool:
    """A name opening with a given name whose initials do not spell the acronym: a person, not a
    body the model took for one ("Hindustan Aeronautics (HAL)")."""
    words = name.split()
    return L.given_name(L.fold(words[0])) and "".join(w[0] for w in words).upper() not in acronym


def first_text(ctx: C.DocCtx, ms: list[Cand]) -> str:
    """The text of a name's first mention."""
    return ctx.span_text(ms[0].start, ms[0].end)
