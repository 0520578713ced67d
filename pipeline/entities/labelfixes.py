"""The label fixes the entities stage makes to each candidate after the overlap resolution, before
the per-name vote: world knowledge over the model (countries GPE, nationalities NORP), works,
events, laws, buildings and bodies read from a name's own words, sports teams ORG (`fix_labels`)."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.entities import acronyms as AC
from pipeline.entities import annuals as AN
from pipeline.entities import candidates as C
from pipeline.entities import compassregions as CR
from pipeline.entities import competitions as CO
from pipeline.entities import context as X
from pipeline.entities import documents as DM
from pipeline.entities import evidence as E
from pipeline.entities import films as FL
from pipeline.entities import lexicon as L
from pipeline.entities import ofbuildings as OB
from pipeline.entities import sources as SO
from pipeline.entities import teampositions as TP
from pipeline.entities import thinglabels as THL
from pipeline.entities import tokens as TK
from pipeline.entities import worship as WS
from pipeline.entities.candidates import Cand

EVIDENCE = C.EVIDENCE
WORK_ABLE = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
DOCUMENT_ABLE = WORK_ABLE | {"EVENT"}  # "the Millennium Declaration" is no event
THING_ABLE = DOCUMENT_ABLE | {"NORP"}  # "an MBE" the model calls a people
FAC_ABLE = frozenset({"ORG", "PERSON", "WORK_OF_ART", "GPE"})
ORG_ABLE = frozenset({"PERSON", "GPE", "LOC", "NORP", "WORK_OF_ART"})
MAKER_ABLE = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "PRODUCT"})


def _built(doc: Doc, c: Cand) -> bool:
    """A building's name: a facility head, "the Museum of X", or a church "at the" X Church."""
    s, e = c.start, c.end
    return E.facility_name(doc, s, e) or OB.of_building(doc, s, e) or WS.worship_site(doc, s, e)


def fix_labels(ctx: C.DocCtx, cands: list[Cand]) -> None:
    """World knowledge over the model: countries GPE, nationalities NORP; sports teams ORG."""
    doc, words = ctx.doc, ctx.words
    surnames = TK.of(doc).surnames  # "Chamorro" of "Violeta Chamorro"
    seat_spans = CR.seats(doc, [c for c in cands if c.src not in EVIDENCE])
    for c in cands:
        if c.src in EVIDENCE:
            continue
        key = ctx.norm_of(c.start, c.end)
        gaz = L.gazetteer_label(key) or (L.part_people(key) if " " in key else None)  # "Eastern European"
        if gaz == "NORP" and c.end - c.start == 1 and (place := _lower_tail_place(ctx, c)):
            c.end, key, gaz = c.end + 1, place[0], place[1]  # "the Indian ocean": the gazetteer's sea
            ctx.take(c)
        if gaz == "NORP" and c.label == "PERSON" and c.end - c.start == 1 and ctx.words[c.start] in surnames:
            gaz = None  # "Chamorro said": the surname of a person of the article, not the people
        starring = E.work_after(doc, c.end, c.start)
        if c.label in WORK_ABLE and starring:  # "The Night Ferry, starring ..."
            c.label, c.weight = "WORK_OF_ART", max(c.weight, 3.0)
        elif c.label in WORK_ABLE and E.event_named(words, c.start, c.end):
            c.label, c.weight = "EVENT", max(c.weight, 3.0)  # "Brit Awards", "Consumer Electronics Show"
        elif c.label in AN.PLURAL_ABLE and AN.annual_plural(doc, c.start, c.end):
            c.label, c.weight = "EVENT", max(c.weight, 3.0)  # "the fifth annual Bloggies"
        elif c.label == "LAW" and _ampersand(doc, c):
            c.label, c.weight = "ORG", max(c.weight, 3.0)  # "Norwich Equity & Law": a firm
        elif c.label in THING_ABLE and (thing := THL.thing_label(ctx, c)):
            c.label, c.weight = thing, max(c.weight, 3.0)  # "the X Regulation", "was made an OBE"
        elif c.label in DOCUMENT_ABLE and _document(doc, c):
            c.label, c.weight = "LAW", max(c.weight, 3.0)  # "Civil Registry Law", "Amman Declaration"
        elif (c.start, c.end) in seat_spans:
            c.label, c.weight = "GPE", max(c.weight, 3.0)  # "Kelby Central": a constituency
        elif gaz and (c.label != "PERSON" or gaz != "GPE" or " " in key or words[c.start].isupper()):
            c.label, c.weight = gaz, max(c.weight, 3.0)
        elif c.label in FAC_ABLE and c.src == "model" and _built(doc, c):
            c.label, c.weight = "FAC", max(c.weight, 3.0)  # "Harbour Bridge", "Kisumu Museum"
        elif words[c.end - 1] in L.ORG_HEADS and c.label in ORG_ABLE:
            c.label, c.weight = "ORG", max(c.weight, 3.0)
        elif c.label == "GPE" and X.doubtful_place(doc, c.start, c.end):  # "Tate Britain"
            c.label = "ORG"
        elif _odd_name(ctx, c):
            c.label = ""
        mid = c.start > 1 and ctx.toks[c.start - 2].is_alpha
        article = c.start > 0 and words[c.start - 1] in SO.TITLE_ARTICLES
        if c.label == "WORK_OF_ART" and article and (mid or starring):
            c.start -= 1  # a title keeps its article: "saw The Night Ferry", "while A Long Day won"
        if c.label == "PERSON" and _acronym(ctx, c):
            c.label, c.weight = "ORG", max(c.weight, 3.0)  # "ABCMU", "WWF": initials name bodies
        elif c.label != "PERSON" and C.looks_personal(doc, c.start, c.end) and C.country_follows(doc, c.end):
            c.label, c.weight = "PERSON", max(c.weight, 3.0)
        elif c.label in MAKER_ABLE and c.src == "model" and FL.maker_named(ctx, c):
            c.label, c.weight = "PERSON", max(c.weight, 3.0)  # "the Ann Lee film", "a novel by AJ Hale"
        elif ctx.sports and c.label:
            TP.sports_label(ctx, c, key)


def _lower_tail_place(ctx: C.DocCtx, c: Cand) -> tuple[str, str] | None:
    """The key and label of the place a people's word makes with the lower-case word after it, when
    the gazetteer knows them as a sea or a region ("the Indian ocean"); None otherwise."""
    e = c.end
    if e >= len(ctx.words) or not ctx.words[e].isalpha() or not ctx.words[e].islower() or ctx.taken[e]:
        return None
    key = ctx.norm_of(c.start, e + 1)
    label = L.gazetteer_label(key)
    return (key, label) if label in {"LOC", "GPE"} else None


def _odd_name(ctx: C.DocCtx, c: Cand) -> bool:
    """A plural acronym, a sport's or a calendar's name (not a contest's: "the Olympics"): no entity."""
    if c.end <= c.start:
        text = ""
    else:  # the span's text, sliced from the article's (as `DocCtx.norm_of` does)
        text = ctx.text[ctx.toks[c.start].idx : ctx.toks[c.end - 1].idx + len(ctx.words[c.end - 1])]
    sport = text.upper() in L.SPORTS and text not in CO.HEADS
    return bool(L.PLURAL_ACRONYM.match(text)) or sport or text in L.CALENDAR


def _document(doc: Doc, c: Cand) -> bool:
    """A name of several words ending in a document's head ("Criminal Procedure Law", "Paris
    Agreement") or naming a treaty ("Convention on Human Rights"), no person's ("Stuart Law", "S. Law")."""
    toks = TK.toks(doc)
    if c.end - c.start < 2:
        return False
    if toks[c.end - 1].text not in E.DOCUMENT_HEADS and not DM.treaty_named(doc, c.start, c.end):
        return False
    if L.INITIALS.match(toks[c.start].text) or _ampersand(doc, c):
        return False
    return c.label != "PERSON" or not C.looks_personal(doc, c.start, c.end)


def _ampersand(doc: Doc, c: Cand) -> bool:
    """A name whose last word, a document's head, follows "&" ("Equity & Law"): a firm's, no law's."""
    return c.end - c.start > 2 and doc[c.end - 2].text == "&" and doc[c.end - 1].text in E.DOCUMENT_HEADS


def _acronym(ctx: C.DocCtx, c: Cand) -> bool:
    """One word in capitals ("WWF", "BoT" too) in a line of mixed case, no title ("MLA"): no person."""
    text = ctx.words[c.start]
    return (
        c.end - c.start == 1
        and AC.acronym_shaped(text, strict=False)  # "DfT", not "DeSantis"
        and not ctx.in_caps(c.start)
        and not L.is_title_word(text)
    )
