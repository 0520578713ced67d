"""Players of sports results, told by what only a player's name has around it in a sports report:
a run of sets after it ("Tom Hale 6-3 7-6 (7-2)"), in a report with such runs a country's code or
a seeding in brackets after it ("Tom Hale (Fra)", "Tom Hale [3]"; not a club's "Rad (B)") or a
match's verb or noun with a person on the other side ("Hale beat Ivo Moss", "a defeat to Ivo
Moss"), a nationality, a seeding or a country's possessive right before it ("Russian Tom Hale",
"sixth seed Tom Hale", "Thailand's Tom Hale"). `player_labels` makes the model's bodies, places and
things with such a sign people; `player_cands` finds the untagged names after a nationality or
before a run of sets. The names need no census given name ("Marat", "Fabrice"): the sign is the
evidence. All work on token indices.
"""

from __future__ import annotations

import re

from pipeline.entities import candidates as C
from pipeline.entities import lexicon as L
from pipeline.entities import persons as PN
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand
from pipeline.entities.opponents import after_match_noun
from pipeline.entities.sport import KEPT

RELABEL = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "LANGUAGE"})
SEEDING = frozenset({"seed", "seeded"})
GAME = re.compile(r"^[0-7]$")  # games in a set
CODE = re.compile(r"^[A-Z][A-Za-z]{1,2}$")  # "(Fra)", "(GB)", "(USA)"
SEED = re.compile(r"^\d{1,2}$")  # "[3]"
SETS_MIN = 2  # sets in a run that only a match between two players has
MATCH_VERBS = frozenset(L.SPORT["match_verbs"]) | frozenset(L.SPORT["team_verbs"])  # "beat", "won"


def player_labels(ctx: C.DocCtx, cands: list[Cand]) -> None:
    """In a sports report, the model's body, place or thing shaped like a person's name, no place
    nor people of the gazetteer, with a player's sign (see the module's doc) is a person."""
    if not ctx.sports:
        return
    single = singles(ctx)
    people = {i for c in cands if c.label == "PERSON" and c.end - c.start > 1 for i in range(c.start, c.end)}
    for c in cands:
        if c.src in KEPT or c.label not in RELABEL or ctx.in_caps(c.start) or not _shaped(ctx, c):
            continue
        before = _nationality(ctx, c.start - 1) or _seeded(ctx, c.start) or _nation_owned(ctx, c.start)
        before = (before or (single and _versus(ctx, c, people))) and c.end - c.start > 1
        if before or sets(ctx, c.end) >= SETS_MIN or (single and _bracketed(ctx, c.end)):  # not "Rad (B)"
            c.label, c.weight = "PERSON", max(c.weight, 3.0)


def player_cands(ctx: C.DocCtx, cands: list[Cand]) -> list[Cand]:
    """Untagged players in a sports report: two or three plain capitalised words right after a
    nationality ("Russian Nikolay Davydenko"), or one to three right before a run of sets ("beat
    Pavel Hale 6-4 3-6 6-3"), shaped like a person's name and no place; a given name the model
    took alone before such a surname takes it ("Tomas" of "Tomas Hale 6-3 7-6")."""
    if not ctx.sports:
        return []
    out = []
    for i in range(len(ctx.words)):
        c = _after_nationality(ctx, i) or _before_sets(ctx, i, cands)
        if c is not None:
            ctx.take(c)
            out.append(c)
    return out


def _after_nationality(ctx: C.DocCtx, i: int) -> Cand | None:
    if not _nationality(ctx, i) or ctx.in_caps(i):
        return None
    words = ctx.words
    for n in (3, 2):
        s, e = i + 1, i + 1 + n
        if e > len(words) or not ctx.free(s, e) or any("\n" in w for w in ctx.ws[s : e - 1]):
            continue
        if e < len(words) and words[e][:1].isupper():
            continue
        c = Cand(s, e, "PERSON", "rule", 2.0)
        if all(t.is_title and t.is_alpha for t in ctx.toks[s:e]) and _shaped(ctx, c):
            return c
    return None


def _before_sets(ctx: C.DocCtx, i: int, cands: list[Cand]) -> Cand | None:
    """The untagged name ending at token i, before a run of sets; widens a lone given name."""
    if not ctx.words[i][:1].isdigit() or ctx.in_caps(i) or sets(ctx, i) < SETS_MIN:
        return None
    s = i
    while s > max(i - 3, 0) and _plain(ctx, s - 1):
        s -= 1
    while s < i and not ctx.free(s, i):
        s += 1
    if s == i:
        return None
    c = Cand(s, i, "PERSON", "rule", 2.0)
    if not _shaped(ctx, c):
        return None
    lone = next((m for m in cands if m.end == s and m.end - m.start == 1 and m.src == "model"), None)
    if lone is not None and lone.label in RELABEL | {"PERSON"} and _plain(ctx, s - 1) and i - s == 1:
        lone.end, lone.label = i, "PERSON"  # "Tomas" + "Ortuno 6-3"
        ctx.take(lone)
        return None
    return c


def nationality_surname(ctx: C.DocCtx, s: int, e: int, label: str) -> bool:
    """The model's name in a sports report that opens with a nationality before a person's name
    ("Spaniard Hale", "Russian Ivo Hale"; one word only when the model calls it a person): the
    people, then the person."""
    if not ctx.sports or not 2 <= e - s <= 4 or not _nationality(ctx, s):
        return False
    if e - s == 2 and (label != "PERSON" or L.census_given(L.fold(ctx.words[s]))):
        return False  # "Irish Wolfhounds", "Christian Hale"
    if label == "EVENT":
        return False  # "Australian Hardcourt Championships"
    return all(_plain(ctx, i) for i in range(s + 1, e - 1)) and _shaped(ctx, Cand(s + 1, e, "PERSON"))


def sets(ctx: C.DocCtx, i: int) -> int:
    """How many sets of a tennis score run from token i ("6-3 7-6 (7-2) 6-4": three)."""
    w, n, k = ctx.words, 0, i
    while k + 2 < len(w) and w[k + 1] in {"-", "\u2013"} and GAME.match(w[k]) and GAME.match(w[k + 2]):
        n, k = n + 1, k + 3
        if k + 4 < len(w) and w[k] == "(" and w[k + 4] == ")":  # a tie-break's points
            k += 5
        elif k < len(w) and w[k] == ",":
            k += 1
    return n


def singles(ctx: C.DocCtx) -> bool:
    """A report of matches between players: a run of sets somewhere in it."""
    return any(w[:1].isdigit() and sets(ctx, i) >= SETS_MIN for i, w in enumerate(ctx.words))


def _versus(ctx: C.DocCtx, c: Cand, people: set[int]) -> bool:
    """In a report of singles, the name plays a match: the subject or object of a match's verb
    whose other side is a person ("Hale beat Tom Moss"), or the opponent after a match's noun ("a
    defeat to Tom Hale", "victory over Tom Hale")."""
    if not ctx.parsed:
        return False
    root = ctx.root(c.start, c.end)
    head = root.head
    if after_match_noun(root):
        return True
    if root.dep_ not in {"nsubj", "dobj"} or head.lemma_ not in MATCH_VERBS:
        return False
    return any(k.dep_ in {"nsubj", "dobj"} and k.i != root.i and k.i in people for k in head.children)


def _bracketed(ctx: C.DocCtx, i: int) -> bool:
    """A country's code or a seeding in brackets at token i ("(Fra)", "[3]")."""
    w = ctx.words
    if i + 2 >= len(w) or (w[i], w[i + 2]) not in {("(", ")"), ("[", "]")}:
        return False
    inner = w[i + 1]
    return bool(SEED.match(inner)) if w[i] == "[" else bool(CODE.match(inner)) and inner != "I"


def _plain(ctx: C.DocCtx, i: int) -> bool:
    """Token i is a capitalised word on the line of the next token."""
    tok = ctx.toks[i]
    return tok.is_title and tok.is_alpha and "\n" not in ctx.ws[i]


def _nationality(ctx: C.DocCtx, i: int) -> bool:
    """Token i is a capitalised nationality that is no given name ("Russian", "Spaniard")."""
    if i < 0 or not ctx.words[i][:1].isupper():
        return False
    key = L.fold(ctx.words[i])
    return L.gazetteer_label(key) == "NORP" and not L.given_name(key)


def _nation_owned(ctx: C.DocCtx, s: int) -> bool:
    """A country's possessive right before the name ("Thailand's Tom Hale")."""
    w = ctx.words
    return s > 1 and w[s - 1] in {"'s", "\u2019s"} and L.norm(w[s - 2]) in L.COUNTRIES


def _seeded(ctx: C.DocCtx, s: int) -> bool:
    """A seeding right before the name ("third seed", "top-seeded")."""
    return s > 0 and ctx.words[s - 1].lower().split("-")[-1] in SEEDING


def _shaped(ctx: C.DocCtx, c: Cand) -> bool:
    """One plain capitalised word, or a person's shape of several (`persons.person_shape`); no
    place, country or people of the gazetteer."""
    key = ctx.norm_of(c.start, c.end)
    if key in L.COUNTRIES or L.gazetteer_label(key) or key in L.world().places:
        return False
    if c.end - c.start == 1:
        tok = ctx.toks[c.start]
        return tok.is_title and tok.is_alpha and not tok.is_stop and tok.text not in L.ORG_HEADS  # "The 6-3"
    words = key.split()
    return PN.person_shape(ctx, c, words) and not any(W.generic_plural(w) and not L.surname(w) for w in words)
