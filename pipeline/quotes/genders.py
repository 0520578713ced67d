"""The gender a he/she can refer to, per person entity of an article: from titles ('Mr', 'Ms'), the
census sex of a full name's given name, and the first he/his or she/her after a subject mention."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from pipeline import entities
from pipeline.quotes.cues import FEMALE_TITLES, MALE_TITLES
from pipeline.quotes.marks import Spans
from pipeline.quotes.mentions import Mention
from pipeline.quotes.speaker_phrases import SUBJ_DEPS

MALE_PRON = frozenset({"he", "him", "his", "himself"})
FEMALE_PRON = frozenset({"she", "her", "hers", "herself"})


def title_sex(word: str) -> str | None:
    """'m' or 'f' for a lower-cased title of one sex ('mr', 'mrs.', 'sir'), else None."""
    return "m" if word in MALE_TITLES else "f" if word in FEMALE_TITLES else None


def _object_case(tok: Token) -> bool:
    """An object pronoun ('X promised her'), which names someone other than the clause's subject."""
    return tok.tag_ == "PRP" and tok.dep_ in ("dobj", "dative", "pobj") and tok.lower_ in ("him", "her")


def genders(doc: Doc, text: str, quotes: Spans, persons: list[Mention],
            t_starts: list[int]) -> dict[str, str]:
    """Entity (or name) -> 'm' or 'f', from a title before a mention ('Mr', 'Ms') or the first
    he/his or she/her (not an object: 'X promised her') after a subject mention in its sentence with
    no other person between, unless the census gives its given name one sex; entities with
    conflicting evidence are left out."""
    votes: dict[str, set[str]] = {}
    titled: dict[str, set[str]] = {}
    for k, m in enumerate(persons):
        key = m.entity or m.name
        first = text[m.start:m.end].split(" ", 1)[0].lower()
        prev = text[max(0, m.start - 12):m.start].split()
        sex = title_sex(first) or title_sex(prev[-1].lower() if prev else "")
        if sex:
            titled.setdefault(key, set()).add(sex)
        i = bisect_left(t_starts, m.end)
        if i >= len(doc) or quotes.index_at(m.start) is not None:
            continue
        tok0 = doc[max(0, i - 1)]
        if tok0.dep_ not in SUBJ_DEPS and tok0.head.dep_ not in SUBJ_DEPS:
            continue
        limit = persons[k + 1].start if k + 1 < len(persons) else len(text)
        for tok in doc[i:tok0.sent.end]:
            if tok.idx >= limit:
                break
            if quotes.index_at(tok.idx) is not None or tok.is_quote:
                break  # a pronoun past a quote mark may be a quoted speaker's own
            if (tok.lower_ in MALE_PRON or tok.lower_ in FEMALE_PRON) and not _object_case(tok):
                votes.setdefault(key, set()).add("m" if tok.lower_ in MALE_PRON else "f")
                break
    for m in persons:  # the census sex of a full name's given name outweighs pronouns ('Sara Fagen')
        given, _, rest = m.name.strip().partition(" ")
        if rest and entities.given_genders().get(given.lower()):
            votes[m.entity or m.name] = {entities.given_genders()[given.lower()]}
    votes.update(titled)  # a title outweighs both
    return {key: next(iter(v)) for key, v in votes.items() if len(v) == 1}
