"""A place's label needs a place's evidence: a name the vote calls GPE that no gazetteer knows and
that no mention puts in a place's slot ("in X", "X, Kelby", "the X area") takes the article's other
evidence: a body's ("shares in X", "software firm X", "X is one of the companies", "X's profits") or
a person's ("X, who", "X said he", a title before it). All work on token indices."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import context as X
from pipeline.entities import lexicon as L
from pipeline.entities import makers as MK
from pipeline.entities import places as P
from pipeline.entities.candidates import KEPT, Cand, DocCtx, by_key, relabel
from pipeline.entities.words import singular

COPULAS = frozenset({"is", "was"})
COPULA_SPAN = 7  # words between the copula and a body's noun ("is just one of the many companies")
STOPS = frozenset({",", ".", ";", ":", "and", "but", "which", "that", "who", "said"})
OWN_NOUNS = MK.BUSINESS | {"brand", "brands", "manifesto"}  # a body's own, no place's: "X's subsidiary"
SITES = frozenset({"plant", "factory", "works", "site", "mine", "base", "depot", "mill", "yard", "campus"})
PERSON_FROM = frozenset({"from", "of"})  # "Ann Lee, from X,": where she works or lives, no sign either way


def placeless_names(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel the names voted GPE with no place's evidence by their other evidence (see the module's
    doc): ORG on a body's signs alone, PERSON on a person's alone, one of them more than a later
    pronoun. Every place the article writes the name counts, the mentions the model left untagged
    too ("X is one of the companies"). Not the short form of a longer name (the grouping's)."""
    keyed = None
    for key, label in list(labels.items()):
        if label != "GPE" or L.known_place_or_word(key.removesuffix("|place")):
            continue
        keyed = keyed if keyed is not None else by_key(ctx, cands, key_of)
        ms = [c for c in keyed.get(key, ()) if c.label == "GPE" and c.src not in KEPT]
        if not ms or _short_form(key, labels):
            continue
        uses = _uses(ctx, ctx.words[ms[0].start : ms[0].end])
        evs = [X.name_evidence(ctx.doc, c.start, c.end) for c in uses]  # once per use, read by all
        if any(placed(ctx, c, ev) for c, ev in zip(uses, evs, strict=True)):
            continue
        signs = [_signs(ctx, c, ev) for c, ev in zip(uses, evs, strict=True)]
        org, per = sum(o for o, _ in signs), sum(p for _, p in signs)
        if org and not per:
            relabel(ctx, ms, labels, key_of, "ORG")
        elif per and not org:
            relabel(ctx, ms, labels, key_of, "PERSON")


def _uses(ctx: DocCtx, run: list[str]) -> list[Cand]:
    """Every place the article writes the words of `run`, a name, as candidates (read from the
    capitalised words only, `DocCtx.capitals`: no scan of the whole article per name)."""
    words, n, first = ctx.words, len(run), run[0]
    return [Cand(i, i + n, "GPE") for i in ctx.capitals if words[i] == first and words[i : i + n] == run]


def _short_form(key: str, labels: dict[str, str]) -> bool:
    """A one-word name that opens a longer name the vote calls a body or a person ("Kelvo" of
    "Kelvo Networks"): the grouping's to join."""
    head = key + " "
    return " " not in key and any(k.startswith(head) and v in {"ORG", "PERSON"} for k, v in labels.items())


def _signs(ctx: DocCtx, c: Cand, ev: tuple[int, int, int]) -> tuple[int, int]:
    """The body's and the person's signs around one use (`_body_signs`, `ev` its
    `context.name_evidence`), each nothing when only a later pronoun makes it, the body's nothing on
    a noun a place has too (`_free_or_owning`); "X who are" a band's."""
    doc, s, e = ctx.doc, c.start, c.end
    per = ev[1]
    if X.low(doc, e) == "who" and X.low(doc, e + 1) in X.PLURAL_VERBS:
        return 1, 0  # "X who are at number eight": a band
    org = _body_signs(ctx, c, ev) if _free_or_owning(ctx, c) else 0
    return org * (org > X.neuter_signs(doc, s, e)), per * (per > X.pronoun_sign(doc, s, e))


def _free_or_owning(ctx: DocCtx, c: Cand) -> bool:
    """The use modifies no noun and owns nothing, or the noun it modifies or owns is a body's only
    (`OWN_NOUNS`: "its X brand", "X's subsidiary"; not "X researchers", "X's share of the fund",
    which a place has too)."""
    doc, e = ctx.doc, c.end
    if X.low(doc, e) in X.POSS:
        return bool(X.possessed(doc, e) & OWN_NOUNS)
    return not X.is_modifier(doc, e) or X.low(doc, e) in OWN_NOUNS


def placed(ctx: DocCtx, c: Cand, ev: tuple[int, int, int] | None = None) -> bool:
    """The mention stands in a place's slot: a place's preposition before it or its "the" (not a body's deal's
    "shares in X", nor a person's "Ann Lee, from X"), a site's noun after it ("the X plant"), a
    place's words around it (`places.place_cue`, `context.name_evidence`: `ev` when the caller has it)."""
    doc, s = ctx.doc, c.start
    prev = X.low(doc, s - 1)
    if prev in PERSON_FROM and X.low(doc, s - 2) == "," and s > 2 and doc[s - 3].ent_type_ == "PERSON":
        return False
    if X.low(doc, c.end) in SITES:
        return True  # "its X plant": where the works stand
    k = s - 1 - (prev == "the")  # "from the X archipelago"
    if X.low(doc, k) in P.PLACE_CUE_PREPS and X.low(doc, k - 1) not in X.ORG_OF:  # not "shares in X"
        return True
    if P.place_cue(doc, s, c.end):
        return True
    return (ev if ev is not None else X.name_evidence(doc, s, c.end))[2] > 0


def _body_signs(ctx: DocCtx, c: Cand, ev: tuple[int, int, int]) -> int:
    """A body's signs around one mention: those a firm's name has (`makers.body_votes`), the words
    of `context.name_evidence` (`ev`), a copula before a body's noun ("X is a software company")."""
    return MK.body_votes(ctx, c, ev)[0] + ev[0] + _copular_body(ctx, c)


def _copular_body(ctx: DocCtx, c: Cand) -> int:
    """1 when "is" or "was" follows the mention and a body's noun ends the phrase after it, within
    `COPULA_SPAN` words ("X is just one of the many companies", "X was a small software firm")."""
    words, e = ctx.words, c.end
    if e >= len(words) or words[e] not in COPULAS:
        return 0
    for k in range(e + 1, min(len(words), e + 1 + COPULA_SPAN)):
        low = words[k].lower()
        if low in STOPS or words[k][:1].isupper():
            return 0
        if X.firm_role(singular(low)) and (k + 1 == len(words) or not words[k + 1].isalpha()
                                              or words[k + 1] in STOPS or words[k + 1] in {"like", "with"}):
            return 1
    return 0


