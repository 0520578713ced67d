"""The model's name spans as candidates: cleaned (`spans.clean_span`), cut at possessives, hyphens,
honorifics, pairs of people ("Ann Lee and Tom Hale") and of other names (`coordinated`), leading
titles and posts split off as roles, laws, events and a people before a person ("the Kenyan Daniel
Kiprop") read from their words.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.entities import candidates as C
from pipeline.entities import coordinated as CO
from pipeline.entities import descriptors as DS
from pipeline.entities import evidence as E
from pipeline.entities import lawnames as LN
from pipeline.entities import laws as LW
from pipeline.entities import lexicon as L
from pipeline.entities import nameruns as NR
from pipeline.entities import names as NM
from pipeline.entities import openers as OP
from pipeline.entities import persons as PN
from pipeline.entities import players as PL
from pipeline.entities import posts as PO
from pipeline.entities import pretitles as PT
from pipeline.entities import teamtitles as TT
from pipeline.entities import tokens as TK
from pipeline.entities import wholes as WH
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand
from pipeline.entities.gazetteer import world
from pipeline.entities.spans import clean_span, year_name

CAPS_WEIGHT = 0.3


LINE_CUT_ABLE = frozenset({"ORG", "WORK_OF_ART"})  # a personal name after a line break the model ran over
COLON_ABLE = frozenset({"WORK_OF_ART", "ORG", "PRODUCT", "EVENT"})  # the model's tags of "X: Y" titles


def _colon_title(ctx: C.DocCtx, span: list[tuple[int, int]], kind: str) -> bool:
    """The model's title is two pieces either side of a colon glued to the first ("Space Run:
    Rebellion"), the second capitalised: a title and its subtitle; tagged other than a work only
    outside sports reports (no "Kelby: Hale" team sheet) and with two words before the colon."""
    if len(span) != 2 or span[0][1] + 1 != span[1][0]:
        return False
    if kind != "WORK_OF_ART" and (ctx.sports or span[0][1] - span[0][0] < 2):
        return False
    k = span[0][1]
    return ctx.words[k] == ":" and ctx.ws[k - 1] == "" and ctx.ws[k] == " " and ctx.words[k + 1][:1].isupper()


def model_cands(ctx: C.DocCtx) -> list[Cand]:
    """The model's name-like spans, cleaned, with leading titles split off as roles."""
    doc, out = ctx.doc, []
    ents = TK.of(doc).ents  # spaCy makes the Spans anew at every access: once per article
    named = {ctx.span_text(ent.start, ent.end): ent.label_ for ent in ents}
    for ent in ents:
        if ent.label_ not in L.NAME_LABELS:
            continue
        kind = ent.label_
        span = clean_span(doc, ent.start, E.of_tail(doc, ent.end, kind))
        if kind in COLON_ABLE and _colon_title(ctx, span, kind):
            span = [(span[0][0], span[1][1])]  # "Space Run: Rebellion": one title
        span = [(a, b) for a, b in span if not OP.line_leftover(ctx, span[0][0], a, b)]  # "Road" trip comedy
        pieces = [(a, WH.people_tail(ctx, a, W.hyphen_cut(doc, a, b), kind)) for a, b in span]
        pieces = [p for a, b in pieces for p in OP.honorific_cut(doc, a, b)]
        unheaded = kind == "LAW" and not ctx.sports and LW.unheaded(doc, ent.start, ent.end)  # "Death Star"
        if kind == "LAW" and not ctx.sports and LW.numbered_thing(doc, ent.start, ent.end):  # "Halo 2"
            kind, pieces = "PRODUCT", [(a, ent.end if b + 1 == ent.end else b) for a, b in pieces]
        elif unheaded:
            kind = ""  # each piece's own words, or the model's label of it elsewhere, give its label
        elif kind == "LAW" and not ctx.sports:  # "Chapter 11", "Terrorism Act 2000": a law's number
            pieces = [(a, b + 1) if LW.law_number(doc, b, ent.end) else (a, b) for a, b in pieces]
        pairs = [p for a, b in pieces for p in PN.pair(ctx, a, b)]  # "Ann Lee and Tom Hale": two people
        people = len(pairs) > len(pieces)
        pairs = [p for a, b in pairs for p in CO.split(ctx, a, b, kind, named)]  # "The Darkness and Kelpies"
        pairs = [p for a, b in pairs for p in CO.place_plural(ctx, a, b, kind, named)]  # "Maryland Kelmarts"
        for s, e in _cut_possessives(ctx, pairs):
            e = e if kind == "LAW" else LN.cut_before(ctx, s, e)  # "Hale's Abolition" of a law
            if e <= s:
                continue
            law = LW.law_span(doc, s, e)
            if LW.common_law(doc, s, e):
                continue
            if law:  # "Prevention of Crime Bill", "the Bill": no title, no person
                out.append(Cand(*law, "LAW", "model", 2.0 if law[1] - law[0] > 1 else 1.0))
                continue
            cut = (s, e) not in pairs and E.person_named(doc, s, e)  # "Sky's Mr Saunders"
            label = "PERSON" if people or cut else kind
            if unheaded and not label:  # 'the "New" Labour': "Labour" as the model tags it elsewhere
                label = LW.unheaded_label(doc, s, e) or _named_elsewhere(doc).get(doc[s:e].text, "")
            if PN.nationality_first(ctx, s, e, label) or PL.nationality_surname(ctx, s, e, label):
                # "the Kenyan Daniel Kiprop", "Spaniard Costa": a people, then a person
                out.append(Cand(s, s + 1, "NORP", "model", 1.0))
                s, label = s + 1, "PERSON"
            if (s, e) not in pieces and doc[e].text in E.POSS_CUT and E.owner_place(ctx, s, e):
                label = "GPE"  # the owner cut off a body's name: "Lyon's Pasteur Institute"
            opener = None
            if OP.opener_cut(ctx, s, e) or OP.role_glued(ctx, s, e):  # "Rapper Ann Lee", "Describing Mr Lee"
                noun = doc[s].pos_ not in OP.OPENER_POS and L.role_word(doc[s].lower_)
                opener = doc[s].text if noun else None
                s += 1 + (doc[s + 1].lower_ == "the")
            elif DS.descriptor_cut(ctx, s, e, label):  # "Midfielder Kelvo", "Firms Zentrox and Kalvo"
                opener = doc[s].text if L.role_word(doc[s].lower_) else None
                label, s = DS.descriptor_label(doc[s].lower_, label), s + 1
            elif TT.title_cut(ctx, s, e):  # "Leaders Kelby beat ...": a team
                s, label = s + 1, "ORG" if label == "PERSON" else label
            held = PO.post_holder(ctx, s, e, label)
            if held is not None:  # "Minister of Planning Omar Haddane": the body, then the holder
                if held[0] - held[2] > s:  # none when only honorifics stand before the name
                    out.append(Cand(s, held[0] - held[2], label, "model", 1.0))
                s, label, opener = held[0], "PERSON", held[1]
            officer = PO.body_holder(ctx, s, e, label)
            if officer is not None:  # "secretary of the rail union Kestrel Ann Lee": a body, then its officer
                out.append(Cand(s, officer[0], "ORG", "model", 1.0))
                s, opener = officer
            if label != "PERSON" and e - s > 1 and _office_after(doc, e):  # "Green MEP attacks …"
                e -= 1
            if label == "ORG" and e - s == 2 and e < len(doc) and _office_after(doc, e + 1) and _town(doc, s):
                out.append(Cand(s, s + 1, "GPE", "model", 1.0))  # "Leeds Labour MEP": a town, then a party
                s += 1
            if NM.titled_patronym(doc, s, e):  # "investor Prince Khalid bin Sultan": the title off
                label, opener, s = "PERSON", PT.pre_title(doc, s)[1] or doc[s].text, s + 1
            ns, role = PT.split_title(doc, s, e, label)
            e = WH.post_after(ctx, s, e, label)  # "Tom Hale MP": the apposition gives the role
            role = role or opener
            if ns != s:
                label, s = "PERSON", ns
            elif (
                label in LINE_CUT_ABLE
                and C.looks_personal(doc, s, e)
                and (len(pieces) > 1 and label == "ORG" or s > ent.start and "\n" in doc[s - 1].text_with_ws)
            ):
                label = "PERSON"  # "Ann Lee and Tom Hale"; a heading's words before a line, then a name
            e2, is_event = C.event_end(doc, s, e)
            if e2 != e:  # capitals: keep the event noun and the word before it ("DAVIS CUP")
                s, e = max(s, e2 - 2), e2
                s += doc[s].is_stop
            if is_event and label in {"ORG", "GPE", "LOC", "FAC", "PERSON"}:
                label = "EVENT"
            elif year_name(doc, s, e) and NR.dated_event(ctx, s, e, label):
                label = "EVENT"  # "Euro 2004", "Expo 2010": a competition or a show by its year
            if label == "PERSON":
                e = W.particle_tail(doc, W.hyphen_tail(doc, e))
            w = 2.0 if e - s > 1 else 1.0
            out.append(Cand(s, e, label, "model", w * (CAPS_WEIGHT if ctx.in_caps(s) else 1.0), role))
    return out


def _named_elsewhere(doc: Doc) -> dict[str, str]:
    """The labels the model gives the article's names other than laws, by their text."""
    ents = TK.of(doc).ents
    return {ent.text: ent.label_ for ent in ents if ent.label_ in L.NAME_LABELS and ent.label_ != "LAW"}


def _office_after(doc: Doc, e: int) -> bool:
    """The span's last word is an office acronym ("MEP", "MP"): a member of the body ("the Green MEP",
    "Green MEP Ann Lee"), not part of its name."""
    toks = TK.toks(doc)
    t = toks[e - 1].text
    return t.isupper() and len(t) > 1 and L.is_title(L.fold(t))


def _town(doc: Doc, i: int) -> bool:
    """Token i is a place of the gazetteer ("Leeds"), not a word of a body's name."""
    key = L.fold(doc[i].text)
    return L.gazetteer_label(key) == "GPE" or bool(world().places.get(key))


def _cut_possessives(ctx: C.DocCtx, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split "Tencent's Huanhe" into its two names (see `evidence.possessive_cut`), and "UK-India"
    (`evidence.hyphen_cut`)."""
    out = []
    for s, e in pieces:
        k = E.possessive_cut(ctx, s, e) if e - s > 2 else None
        if k is None and e - s > 2:
            k = E.hyphen_cut(ctx, s, e)
        out += [(s, k), (k + 1, e)] if k is not None else [(s, e)]
    return out
