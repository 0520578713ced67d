"""Clubs the model reads as people: nicknames and short names of one word ("Boro", "the Blues",
"Lazio") voted a person or a people. British English makes a team plural ("Boro are", "the Blues
were", "Lazio have"); a person's name takes a singular verb. In a sports report, such a name that is
the lone subject of a plural verb somewhere in the article is a club (ORG) in all its mentions,
unless it ends a person's full name of the article, a team sheet lists it, or the gazetteer knows it
(a people: "the Italians were").

A club's nickname is often the plural of a common noun ("the Falcons", "Hawks player"): such a word,
no census surname, that takes "the" or a role noun after it ("Hawks lock X") in some mention, is a
club too, and so is the longer name it ends ("Kelby Hawks", read as a place or a person).

Two plurals are no club: an event's ("win the Ashes", "at the Worlds", "this year's Worlds", "the
Ashes series"), which becomes an EVENT, and a region's, the plural of a place name's head word ("the
Valleys", "the Hills"), which becomes a LOC.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.clubs import plural_subject
from pipeline.entities.evidence import PLACE_HEADS, POSS
from pipeline.entities.lexicon import gazetteer_label, role_noun, surname
from pipeline.entities.sport import KEPT
from pipeline.entities.words import PERIOD_WORDS, noun_plural

ABLE = frozenset({"PERSON", "NORP"})
NICK_ABLE = frozenset({"PERSON", "NORP", "FAC", "WORK_OF_ART", "PRODUCT"})  # a place stays ("the Balkans")
EVENT_VERBS = frozenset({"win", "retain", "regain", "defend"})  # lemmas before "the Ashes"
EVENT_AFTER = frozenset({"series", "final", "finals"})  # "the Ashes series"


def plural_sides(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel ORG a sports report's one-word person or people that a plural verb makes a side (see
    the module's doc)."""
    if not ctx.sports or not ctx.parsed:
        return
    _nicknames(ctx, cands, labels, key_of)
    sides = {key_of(ctx, c) for c in cands if c.end - c.start == 1 and plural_subject(ctx.toks[c.start])}
    if not sides:
        return
    surnames = {ctx.words[c.end - 1] for c in cands if c.label == "PERSON" and c.end - c.start > 1}
    for key, ms in by_key(ctx, cands, key_of).items():
        if key not in sides or labels.get(key) not in ABLE or " " in key or gazetteer_label(key):
            continue
        if not any(c.src in KEPT or c.end - c.start != 1 or ctx.words[c.start] in surnames for c in ms):
            relabel(ctx, ms, labels, key_of, "ORG")


def _nicknames(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel ORG a plural common noun used as a club's name, and the longer names it ends (see
    the module's doc)."""
    words, doc = ctx.words, ctx.doc
    ones = [c.start for c in cands if c.end - c.start == 1 and c.src not in KEPT]
    plurals = [i for i in ones if _nickname(ctx, i)]
    nicks = {words[i] for i in plurals if _club_use(ctx, i)}
    kinds = {words[i]: "EVENT" for i in plurals if _event_use(ctx, i)}  # "win the Ashes"
    kinds |= {w: "LOC" for w in nicks if w[:-1] in PLACE_HEADS}  # "the Valleys"
    nicks |= kinds.keys()
    if not nicks:
        return
    for key, ms in by_key(ctx, cands, key_of).items():
        last = ms[0]
        if labels.get(key) not in NICK_ABLE or words[last.end - 1] not in nicks or gazetteer_label(key):
            continue
        kind = kinds.get(words[last.start]) if last.end - last.start == 1 else None
        if kind:
            relabel(ctx, ms, labels, key_of, kind)
            continue
        if any(c.src in KEPT or doc[c.start].ent_type_ == "PERSON" and c.end - c.start > 1 for c in ms):
            continue
        relabel(ctx, ms, labels, key_of, "ORG")


def _nickname(ctx: DocCtx, i: int) -> bool:
    """A capitalised word, the plural of a common noun that is no census surname ("Falcons")."""
    word = ctx.words[i]
    return word[:1].isupper() and word[1:].islower() and noun_plural(word.lower()) and not surname(word)


def _club_use(ctx: DocCtx, i: int) -> bool:
    """The word takes "the" before it (not at a line's start) or a role noun after it."""
    doc = ctx.doc
    the = i > 0 and doc[i - 1].lower_ == "the" and not doc[i - 1].is_sent_start
    return the or i + 1 < len(doc) and doc[i + 1].is_lower and role_noun(doc[i + 1])


def _event_use(ctx: DocCtx, i: int) -> bool:
    """Token i, a plural, is an event's name: "win/retain/at the X", "this year's X", "the X series"."""
    doc, words = ctx.doc, ctx.words
    if i + 1 < len(doc) and words[i + 1] in EVENT_AFTER:
        return True
    if i < 2:
        return False
    before, lead = doc[i - 1], doc[i - 2]
    if before.lower_ == "the":
        return lead.lemma_ in EVENT_VERBS or lead.lower_ == "at"
    return before.text in POSS and lead.lower_ in PERIOD_WORDS  # "this year's Worlds"
