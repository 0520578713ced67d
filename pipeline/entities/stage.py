"""The entities stage: clean the model's name spans, fix labels per article, group mentions.

`extract(doc)` returns one dict per real-world entity (shape of `pipeline.record.types.Entity`), most
salient first, ids E1.. in that order. `doc.ents` is read, never changed.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from pipeline.entities import articledtitles as ART
from pipeline.entities import candidates as C
from pipeline.entities import compasselisions as CE
from pipeline.entities import doubles as DB
from pipeline.entities import grouping as G
from pipeline.entities import initialnames as IN
from pipeline.entities import names as NM
from pipeline.entities import persons as PN
from pipeline.entities import phases as PHS
from pipeline.entities import placelists as PLA
from pipeline.entities import pluralfirms as PF
from pipeline.entities import pretitles as PT
from pipeline.entities import render as RN
from pipeline.entities import shows as SW
from pipeline.entities import sources as SO
from pipeline.entities import sport as S
from pipeline.entities import surnamevotes as SV
from pipeline.entities import titleedges as TE
from pipeline.entities import tokens as TK
from pipeline.entities import workroles as WR
from pipeline.entities.candidates import Cand

EVIDENCE = C.EVIDENCE


def extract(doc: Doc) -> list[dict]:
    """Entities of one article as plain dicts (the pipeline's component guards against a failure:
    `pipeline.nlp.components`)."""
    if len(doc) == 0:
        return []
    TK.fresh(doc)  # the Doc's lists and model spans, read once for all the rules
    PT.remember(doc)  # titles before names, asked for by many rules, worked out once per name
    try:
        return _extract(doc)
    finally:
        PT.remember(None)


def _extract(doc: Doc) -> list[dict]:
    """`extract` of an article with tokens: the model's names mended, the rules' names added, labels
    fixed by context, then by the article's vote, repeats found, mentions grouped and rendered."""
    ctx = C.DocCtx(doc)
    if not ctx.text.strip():
        return []
    ctx.sports = ctx.sports or (S.story(ctx) and not SW.show_story(ctx))  # "a hat-trick of awards"
    model = PHS.split_model(ctx, PHS.joined_model(ctx))
    cands = PHS.label_fixes(ctx, PHS.found_cands(ctx, model))
    cands = CE.compass_elisions(ctx, cands)  # "Kelby East and West": Kelby West, no region "West"
    labels = _vote(ctx, cands)
    cands = PHS.voted_names(ctx, cands, labels)
    PLA.listed_places(ctx, cands, labels, G.gkey)  # "Kelby South, Ardmoor and Tollan East": places
    cands = PHS.voted_works(ctx, cands, labels)
    cands = DB.doubled_names(ctx, PHS.repeated(ctx, cands, labels), labels)  # "Mango Mango", not two
    groups = G.group(ctx, cands, labels)
    SO.title_articles(ctx, groups)  # "told The Economist": after the keys, which keep no "The"
    groups = ART.articled_titles(ctx, groups)  # "includes The Glass Slipper", "'A Game of Chance'"
    TE.title_edges(ctx, groups)  # "Jetliner!, starring", "The Last Verdict and X followed", "Eyes [Only]"
    items = RN.render(ctx, groups)
    WR.work_roles(ctx.text, items)  # "Garden In The Rain director", not "Rain director"
    return items


def _vote(ctx: C.DocCtx, cands: list[Cand]) -> dict[str, str]:
    """One label per name key: weighted majority of its mentions (full names weigh more)."""
    scores: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for c in cands:
        scores[G.gkey(ctx, c)][c.label] += c.weight + (5.0 if c.role else 0.0)
    labels = {k: max(v.items(), key=lambda kv: kv[1])[0] for k, v in scores.items()}
    for c in cands:  # "Rustem Umerov" (ORG once) is the person "Umerov" (PERSON thrice)
        key = G.gkey(ctx, c)
        if labels[key] == "ORG" and labels.get(key.split()[-1]) == "PERSON":
            if NM.name_cased(ctx, c.start, c.end):
                labels[key] = "PERSON"
        elif labels[key] in PN.SURNAMED and PN.surname_person(ctx, c, key, labels):
            labels[key] = "PERSON"
    IN.initialled_people(ctx, cands, labels, G.gkey)  # "KT Marwood" beside "Marwood said"
    PF.firm_votes(ctx, cands, labels, G.gkey)  # "auditors Hale Morrow" ... "Morrow said": a firm
    PN.people_votes(ctx, cands, labels)
    SV.surname_votes(ctx, cands, labels)  # "Adrian Mutu" ... "Mutu" (a people in the tables)
    return labels
