"""Titles before and appositions after a name: they make it a PERSON or a body, and title words
that are no names stop being candidates (run once per article by `stage`)."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.entities import acts as AC
from pipeline.entities import candidates as C
from pipeline.entities import context as X
from pipeline.entities import evidence as E
from pipeline.entities import lexicon as L
from pipeline.entities import memberparties as MP
from pipeline.entities import names as NM
from pipeline.entities import plainlabels as PLL
from pipeline.entities import pretitles as PT
from pipeline.entities import roles as R
from pipeline.entities import roleteams as RT
from pipeline.entities import words as W
from pipeline.entities.appositions import member
from pipeline.entities.candidates import Cand

NAMED_OPENERS = frozenset({"GPE", "NORP", "ORG", "LOC"})  # a name's types opening a sentence's title

EVIDENCE = C.EVIDENCE
CUE_ABLE = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
ORG_ROLE_WEIGHT = 6.0  # "the regulator Ofregal" outweighs the model's place or people guesses elsewhere
PEERS = frozenset({"fellow"})  # "Otieno's fellow Kenyan" X: the owner is a person as the holder is
CLOSERS = frozenset({".", ",", ";", ":"})  # after a name set off by a comma: its phrase ends


def _town_before_role(ctx: C.DocCtx, c: Cand, key: str) -> bool:
    """One word the model calls a person that is a gazetteer place, or a body that is a county or
    province ("Norfolk farmer"), right before a lower-case role noun ("Edinburgh architect"),
    outside sports reports (where it is a team)."""
    doc = ctx.doc
    return (
        c.label in {"PERSON", "ORG"}
        and c.end - c.start == 1
        and c.end < len(doc)
        and not ctx.sports
        and ctx.toks[c.end].is_lower
        and L.role_noun(ctx.toks[c.end], True)
        and key in L.world().places
        and (c.label == "PERSON" or _subdivision(ctx.words[c.start], key))
    )


def _subdivision(text: str, key: str) -> bool:
    """A word, no acronym ("BoE"), that the gazetteer knows as a country's subdivision."""
    return sum(ch.isupper() for ch in text) == 1 and any(
        p.kind in {"admin1", "admin2"} for p in L.world().places.get(key, ()))


def _titled(doc: Doc, start: int, role: str) -> bool:
    """A capitalised title ("Defense Minister"), not a sentence's capital ("Accessory vendor"); a
    sentence opening with a place's or body's name is one ("Norvik coach", "Kelby Council leader")."""
    if role.islower():
        return False
    return not (doc[start].is_sent_start and role[1:].islower()) or doc[start].ent_type_ in NAMED_OPENERS


def person_cues(ctx: C.DocCtx, cands: list[Cand]) -> list[Cand]:
    """Titles before and appositions after a name make it a PERSON; title words stop being names."""
    doc = ctx.doc
    inside = bytearray(len(doc))
    for c in cands:
        if c.src in EVIDENCE or ctx.in_caps(c.start) or c.label not in CUE_ABLE:
            continue
        if c.end - c.start > 1 and ctx.words[c.end - 1] in PLL.LEGAL_FORMS:
            continue  # "organisers Big Night Out Ltd": a firm (`plainlabels.legal_names`)
        place = c.label in {"GPE", "LOC", "NORP", "FAC"}  # "presenter Tess Daly" is no facility
        key = ctx.norm_of(c.start, c.end)
        if _town_before_role(ctx, c, key):
            c.label = "GPE"  # "the Edinburgh architect, X": where the architect works
            continue
        if place and (L.gazetteer_label(key) or c.src != "model"):
            continue
        known = place and key in L.world().places
        ts, pre = PT.pre_title(doc, c.start)
        if not place:
            inside[ts : c.start] = (b"\x02" if c.label == "PERSON" else b"\x01") * (c.start - ts)
        role = c.role or pre or (None if known else R.apposition(ctx, c) or _set_off_title(ctx, c))
        if not role and c.label == "ORG" and C.looks_personal(doc, c.start, c.end):
            role = member(doc, c.end)  # "X Y, one of Prof Lee's research students": a person
        firm = place and not known and c.start > 0 and ctx.toks[c.start - 1].lower_ in L.FIRM_WORDS
        strong = c.start > 0 and X.firm_role(ctx.words[c.start - 1]) or X.listed_firms(doc, c.start) \
            or X.plural_title(doc, c.start, c.end)  # "auditors X": a firm
        strong = strong and not PLL.role_holder(ctx, c)  # "founder of the Kestrel consultancy Ann Lee"
        if not role and not firm and not strong:
            continue
        if firm or strong or (X.org_role(role) and not _person_conjunct(role)):  # "car maker Norvik"
            titled = _after_title(doc, c)  # "investor Prince Khalid": a person, titled
            if not known and not titled and (place or strong or not NM.given_name_first(ctx, c)):
                c.label, c.weight = "ORG", c.weight + (2.0 if not place else ORG_ROLE_WEIGHT)  # description;
                # not "his partner Ana"
            continue
        if c.label == "NORP":
            continue
        if place and not _role_makes_person(doc, c, pre, role, known):
            continue
        personal = c.label == "PERSON" or place or C.looks_personal(doc, c.start, c.end)
        if personal or c.role or role != pre or _titled(doc, ts, pre):
            c.role, c.label = role, "PERSON"  # but "vice president Norvik" leaves an ORG alone
    for c in cands:  # "Riverside United" striker Tom Hale: the employer, not a person
        if c.label == "PERSON" and all(v == 2 for v in inside[c.start : c.end]) and not _all_titles(doc, c) \
                and not _title_owner(ctx, c) and not _credited(ctx, c):
            c.label, c.weight, c.role = "ORG", max(c.weight, 3.0), None
    named = {ctx.norm_of(c.start, c.end) for c in cands if not all(inside[c.start : c.end])}
    return [c for c in cands if not all(inside[c.start : c.end]) or not _all_titles(doc, c)
            or _owning_name(ctx, c, named) or RT.member_party(ctx, c) or MP.former_party(ctx, c)]


def _person_conjunct(role: str) -> bool:
    """A role of nouns joined by "and", the first a person's title by list ("analyst and investor",
    "writer and publisher"): one person holds both, no body."""
    words = role.lower().split()
    i = words.index("and") if "and" in words else 0
    return i > 0 and L.is_title(words[i - 1]) and not X.org_role(words[i - 1])


def _set_off_title(ctx: C.DocCtx, c: Cand) -> str | None:
    """A role after "the" set off by a comma before a name the model calls no person that closes the
    phrase ("by the Tudor dramatist, Kelbrin."; "the chairman, Ann Lee, said"): a full personal name
    or one word that is no common one; the name's role, None otherwise."""
    doc, s, e = ctx.doc, c.start, c.end
    if c.label == "PERSON" or s < 3 or ctx.words[s - 1] != "," or not ctx.toks[s - 2].is_lower:
        return None
    comma = e + 1 < len(doc) and ctx.words[e] == "," and ctx.toks[e + 1].is_title
    if e < len(doc) and (ctx.words[e] not in CLOSERS or comma):
        return None  # "the executive, Kelby Council, Norvik Council and ...": a list
    personal = NM.given_name_first(ctx, c, True) if e - s > 1 else not W.generic_key(ctx.toks[s].lower_)
    if not personal:
        return None  # "the tin opener, Swiss Army Knife"
    ts, role = PT.pre_title(doc, s - 1)
    the = ts > 0 and ctx.toks[ts - 1].lower_ == "the" or any(t.lower_ == "the" for t in ctx.toks[s - 2].lefts)
    return role if the else None  # "the 18th-century dramatist": "the" the head's own


def _after_title(doc: Doc, c: Cand) -> bool:
    """A PERSON name right after a capitalised title ("investor Prince Khalid bin Sultan")."""
    prev = doc[c.start - 1] if c.start > 0 else None
    return c.label == "PERSON" and prev is not None and prev.is_title and L.is_title(L.fold(prev.text))


def _owning_name(ctx: C.DocCtx, c: Cand, named: set[str]) -> bool:
    """A title word inside a role that is the name of the body holding it ("Labour's election chief",
    "Labour chairman" X; not "Labour Minister"): possessive or before a lower-case role word, and
    named by the article outside any title."""
    e = c.end
    if c.label not in {"ORG", "NORP"} or e >= len(ctx.words) or ctx.norm_of(c.start, e) not in named:
        return False
    return ctx.words[e] in PT.POSSESSIVE or ctx.words[e].islower()


def _title_owner(ctx: C.DocCtx, c: Cand) -> bool:
    """A person's full name that owns the title after it ("Ann Lee's coach" Tom Hale): a given name
    first (not "Riverside United's striker" Tom Hale); or any name whose peer the title makes the
    holder ("Otieno's fellow Kenyan" Ann Lee)."""
    if c.end + 1 >= len(ctx.words) or ctx.words[c.end] not in PT.POSSESSIVE:
        return False
    if ctx.words[c.end + 1] in PEERS:
        return True
    given = L.census_given(L.fold(ctx.words[c.start])) or NM.given_name_first(ctx, c)
    return c.end - c.start >= 2 and given


def _role_makes_person(doc: Doc, c: Cand, pre: str | None, role: str | None, known: bool) -> bool:
    """A name labelled a place is a person with a lower-case title right before it ("chart-topper
    Nadia"; not "Former Ohio Gov.") or with an apposition role ("Agassi, a former champion") unless
    it is a known place or the object of a preposition ("after a visit to X, the army commander met");
    never a facility by its head word ("the pedestrian Kelby Bridge")."""
    if c.label == "FAC" and doc[c.end - 1].text in E.FACILITY_HEADS:
        return False
    titled = bool(pre) and pre == role and (doc[c.start - 1].is_lower or PLL.titled_name(doc, c, pre))
    return titled or (not known and not c.role and role != pre and R.listed_role(role)
                      and doc[c.end - 1].dep_ != "pobj")


def _all_titles(doc: Doc, c: Cand) -> bool:
    return all(L.is_title_word(t.text) for t in doc[c.start : c.end])


def _credited(ctx: C.DocCtx, c: Cand) -> bool:
    """A work's credit noun follows the name ("Harry Lime director" X): a work's name maybe, which
    `acts.slot_labels` weighs later, not an employer's."""
    return c.end < len(ctx.words) and ctx.words[c.end] in AC.CREDITS
