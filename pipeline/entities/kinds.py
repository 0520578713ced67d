"""What a name is, read from what the article does with it: films in box-office reports, titles that
keep their "The" (names listed with bodies or people: `listedwith`).

`chart_works` labels the films of a box-office report by what only a film does there ("X took $19.5m",
"X fell to number four", "X entered the chart at number three"); `title_articles` joins "The" to
every mention of a work the article writes "The X" in mid-sentence ("including The Aviator").
All work on token indices.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.entities import andheads as AH
from pipeline.entities import cutnames as CN
from pipeline.entities import gluedplaces as GP
from pipeline.entities import joinedtitles as JT
from pipeline.entities.candidates import Cand, DocCtx, by_key, looks_personal, relabel
from pipeline.entities.context import is_modifier, name_evidence
from pipeline.entities.evidence import LAW_HEADS, SPORTS_SKIP, WORK_NOUNS, title_end
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import (
    FIRM_WORDS,
    ORG_HEADS,
    SPORT,
    census_name,
    gazetteer_label,
    norm,
    surname,
)
from pipeline.entities.names import given_name_first
from pipeline.entities.sources import TITLE_ARTICLES, the_before
from pipeline.entities.words import generic_key

EARN_VERBS = frozenset({"take", "make", "gross", "earn", "rake", "pull", "bring", "cost", "collect", "add"})
RANK_VERBS = frozenset(
    {"fall", "slip", "drop", "climb", "rise", "move", "enter", "go", "debut", "open", "top", "lead", "remain",
     "stay", "be", "come", "shoot", "jump", "hold", "finish", "sink", "tumble", "head", "retain", "keep"}
)
RANK_NOUNS = frozenset({"number", "place", "spot", "position", "chart", "charts", "office", "top"})
CHART_ABLE = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART"})
CHART_WEIGHT = 10.0  # what a film does outweighs the model's guesses on every other mention
WEAK_LABELS = frozenset({"GPE", "LOC", "NORP"})
PRIZES = frozenset({"prize", "award", "nomination", "gong", "trophy", "title", "honour", "accolade"})
POSS = frozenset({"'s", "\u2019s"})
JOINS = frozenset({"and", "&"})  # a name over one of these may be two (`split_lists`)
TAIL_KINDS = frozenset({"ORG", "PERSON"})  # the kinds of a list whose last two items `_list_tail` splits
ROMAN = re.compile(r"^[IVX]+$")  # "Richard III": a monarch, the title of a play
PRONOUNS = frozenset({"I", "He", "She", "It", "We", "They", "This", "That", "His", "Her", "Their", "Its"})
STAFF = frozenset(
    {"chief", "director", "chairman", "chairwoman", "founder", "co-founder", "spokesman", "spokeswoman",
     "spokesperson", "analyst", "economist", "ambassador", "executive", "editor", "boss", "employee", "owner",
     "ceo", "cfo", "coo", "cto", "researcher", "shareholder", "investor"}
)  # a post held at or for a body: "chief of X", "analyst at X", "ambassador for X"
HEADS_AFTER = frozenset({"chairman", "chairwoman", "founder", "co-founder", "boss", "owner", "ceo", "cfo",
                         "executive", "analyst", "economist", "employee"})  # "X chairman Dr Jo Hale"
FIRM_AFTER = FIRM_WORDS | {"consortium"}
DESCRIBED_WEIGHT = 6.0
MEDAL_NOUNS = frozenset(SPORT["medal_nouns"])  # "a Commonwealth silver medal", "Euro gold"
METALS = frozenset({"gold", "silver", "bronze"})
TITLE_NOUNS = frozenset({"title", "titles", "crown", "crowns", "championship", "championships"})  # "X titles"
DISTANCE = re.compile(r"^\d+(m|km)$")  # "her indoor X 800m title"
UNITS = frozenset({"m", "km"})  # "800m" read as two tokens
CONTEST_ABLE = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
OCCASIONS = frozenset({"festival", "festivals", "festivities", "celebration", "celebrations", "procession",
                       "processions", "holiday", "carnival", "pilgrimage", "feast"})  # "the Holi festival"


def chart_works(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """In a box-office report, a name that takes money or a place in the chart is a film; returns
    such names the model left untagged ("Riverbend has taken $18.5m")."""
    if not ctx.parsed or "box office" not in ctx.text.lower():
        return []
    doc = ctx.doc
    found = [c for c in _untagged(ctx) if _charted(doc[c.start : c.end])]
    for c in found:
        ctx.take(c)
    cands = cands + found
    people = {ctx.words[c.end - 1] for c in cands if c.label == "PERSON" and c.end - c.start > 1}
    for c in cands:
        if c.label not in CHART_ABLE or c.src in {"def", "lineup", "dateline"} or ctx.in_caps(c.start):
            continue
        key = norm(doc[c.start : c.end].text)
        if gazetteer_label(key) or _personal(ctx, c, people):
            continue
        if _charted(doc[c.start : c.end]):
            c.label, c.weight, c.role = "WORK_OF_ART", max(c.weight, CHART_WEIGHT), None
    return found


def _untagged(ctx: DocCtx) -> list[Cand]:
    """Capitalised clause subjects no finder took, with their capitalised modifiers ("The Glass Ferry")."""
    out, toks, words = [], ctx.toks, ctx.words
    for tok in toks:
        if tok.dep_ not in {"nsubj", "nsubjpass"} or not tok.is_title or ctx.taken[tok.i]:
            continue
        if tok.pos_ != "PROPN" and (tok.pos_ != "NOUN" or tok.is_sent_start):  # "while Riverbend has"
            continue
        s = tok.i
        while s > 0 and words[s - 1][:1].isupper() and s <= toks[s - 1].head.i <= tok.i and ctx.free(s - 1, s):  # noqa: E501
            s -= 1  # "Million Dollar Baby", "The Glass Ferry"
        if words[s] in PRONOUNS or ctx.in_caps(s):
            continue
        e = title_end(ctx, s) or tok.i + 1  # "A Series of Unfortunate Events"
        e = e if e > tok.i and ctx.free(s, e) else tok.i + 1
        out.append(Cand(s, e, "WORK_OF_ART", "rule", CHART_WEIGHT))
    return out


def prize_works(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """The name a prize is given for ("was best actress for Suddenly Last Summer", "won best
    director for Festen") is a work; returns those the model left untagged."""
    words, out = ctx.words, []
    people = {words[c.end - 1] for c in cands if c.label == "PERSON" and c.end - c.start > 1}
    at = {c.start: c for c in cands}
    for i, w in enumerate(words[:-1]):
        if w != "for" or not _after_best(ctx, i) or ctx.in_caps(i + 1):
            continue
        c = at.get(i + 1)
        if c is None and ctx.free(i + 1, i + 2) and words[i + 1] not in {"The", "A", "An"} | PRONOUNS:
            e = title_end(ctx, i + 1)
            if e is not None and ctx.free(i + 1, e):
                c = Cand(i + 1, e, "WORK_OF_ART", "rule", CHART_WEIGHT)
                ctx.take(c)
                out.append(c)
        if c is None or c.src in {"def", "lineup", "dateline"} or _personal(ctx, c, people):
            continue
        if not (c.label == "PERSON" and looks_personal(ctx.doc, c.start, c.end)):  # "best actor for Tom Hale"
            c.label, c.weight, c.role = "WORK_OF_ART", max(c.weight, CHART_WEIGHT), None
    return out


def _after_best(ctx: DocCtx, i: int) -> bool:
    """"best" comes before token i with only lower-case words between ("best supporting actress"),
    the last no prize's noun ("the best director prize for" a person or a work)."""
    if ctx.words[i - 1] in PRIZES:
        return False
    for k in range(i - 1, max(-1, i - 5), -1):
        if ctx.words[k] == "best":
            return k < i - 1
        if not ctx.words[k].isalpha() or not ctx.words[k].islower():
            return False
    return False


def _personal(ctx: DocCtx, c: Cand, people: set[str]) -> bool:
    """A person of the article: a role, a full name whose surname stands alone elsewhere, or a
    one-word surname of someone named in full."""
    if c.role:
        return True
    last = ctx.words[c.end - 1]
    if c.end - c.start == 1:
        return last in people
    alone = any(w == last and (i == 0 or not ctx.words[i - 1][:1].isupper()) for i, w in enumerate(ctx.words))
    return c.label == "PERSON" and looks_personal(ctx.doc, c.start, c.end) and alone and last in people


def _charted(span: Span) -> bool:
    """The name is the subject of a verb of takings with an amount of money ("took $19.5m"), or of a
    verb of chart moves with a place ("fell to number four", "entered the chart at number three")."""
    root = span.root
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = root.head
    rest = [t for t in verb.subtree if not (span.start <= t.i < span.end) and t.i > verb.i]
    if verb.lemma_ in EARN_VERBS:
        return any(t.ent_type_ == "MONEY" or t.tag_ == "$" for t in rest)
    if verb.lemma_ in RANK_VERBS:
        return any(t.lower_ in RANK_NOUNS and _ranked(t) for t in rest)
    return False


def _ranked(t: Token) -> bool:
    """"number four", "third place", "the chart", "the box office", "the top"."""
    if t.lower_ == "number":
        return any(k.like_num or k.ent_type_ in {"CARDINAL", "ORDINAL"} for k in t.children)
    if t.lower_ in {"place", "spot", "position"}:
        return any(k.ent_type_ == "ORDINAL" or k.lower_ in {"top", "first"} for k in t.children)
    if t.lower_ == "office":
        return t.i > 0 and t.doc[t.i - 1].lower_ == "box"
    return t.i > 0 and t.doc[t.i - 1].lower_ == "the"


def described(ctx: DocCtx, cands: list[Cand]) -> None:
    """A name the model guessed a place, a people or a lone person for, which no gazetteer knows and
    no one of the article is called, is an organisation where its own words say so: after a post at
    or for a body ("chief of Brightcove", "an ambassador for Unicef"), before a firm's noun ("the
    Phoenix consortium", "the Travelodge chain"), or owning a person's full name ("Gazette's Tom
    Hale")."""
    doc, words = ctx.doc, ctx.words
    people = {w for c in cands if c.label == "PERSON" and c.end - c.start > 1 for w in words[c.start : c.end]}
    starts = {c.start: c.end for c in cands if c.label == "PERSON" and c.end - c.start > 1}
    for c in cands:
        lone = c.end - c.start == 1
        if c.src != "model" or c.label not in WEAK_LABELS | {"PERSON"} or (c.label == "PERSON" and not lone):
            continue
        key = norm(ctx.span_text(c.start, c.end))
        if key in world().places or gazetteer_label(key) or (lone and words[c.start] in people):
            continue
        at = words[c.start - 1] if c.start > 1 else ""
        post = at in {"of", "at", "for"} and words[c.start - 2].lower() in STAFF
        post = post or at == "at" and GP.post_noun(ctx.toks[c.start - 2])  # "architect at X"
        post = post and not is_modifier(doc, c.end)  # but "chief executive of Nordic operator X"
        firm = c.start > 0 and words[c.start - 1].lower() in {"the", "a"} and _low(ctx, c.end) in FIRM_AFTER
        if post or firm or _employer(ctx, c, starts) or _head_after(ctx, c) or _defined_firm(ctx, c):
            c.label, c.weight, c.role = "ORG", max(c.weight, DESCRIBED_WEIGHT), None


def _employer(ctx: DocCtx, c: Cand, starts: dict[int, int]) -> bool:
    """The name, no census name itself, owns a person's full name ("Gazette's Tom Hale"; not
    "Marlowe's Richard III", a play), outside sports reports (where `sport.side_labels` reads such
    owners as teams)."""
    w, e = ctx.words, c.end
    if ctx.sports or e + 1 not in starts or w[e] not in POSS or ROMAN.match(w[starts[e + 1] - 1]):
        return False
    return not any(census_name(x.lower()) for x in w[c.start : e])


def _defined_firm(ctx: DocCtx, c: Cand) -> bool:
    """The sentence defines the name as a business or body: "X is a company looking to ...", "X was
    a small lender", "X, the international mining company,"; the firm's noun heads its phrase (not
    "is a company director", "X, the company's chairman")."""
    toks, e = ctx.toks, c.end
    if e + 2 >= len(toks) or toks[e + 1].lower_ not in {"a", "an", "the" if toks[e].text == "," else "a"}:
        return False
    if toks[e].lower_ not in {"is", "was", ","}:
        return False
    for k in range(e + 2, min(e + 6, len(toks))):
        if toks[k].lower_ in FIRM_AFTER:
            return k + 1 >= len(toks) or not (toks[k + 1].tag_.startswith("NN") or toks[k + 1].tag_ == "POS")
        if toks[k].text != "-" and (toks[k].is_punct or not toks[k].is_lower):
            return False  # "is a global, ..." or "is a Kenyan firm": not read here
    return False


def _head_after(ctx: DocCtx, c: Cand) -> bool:
    """A business's post and a capitalised name after the name ("Sekura chairman Dr Jo Hale",
    "Acme boss Ana Ruiz")."""
    w, e = ctx.words, c.end
    return e + 1 < len(w) and w[e] in HEADS_AFTER and w[e + 1][:1].isupper() and not ctx.in_caps(e)


def _low(ctx: DocCtx, i: int) -> str:
    return ctx.words[i] if i < len(ctx.words) and ctx.words[i].islower() else ""


def occasions(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of) -> None:
    """A name the article sets before an occasion's noun ("the Holi festival", "Eid celebrations",
    "Inti Raymi processions") is an event in every mention, when no gazetteer knows it (not "the
    Cannes festival") and no mention reads as a person's ("he", "who", a title)."""
    doc, words = ctx.doc, ctx.words
    for key, ms in by_key(ctx, cands, key_of).items():
        if labels.get(key) not in {"PERSON", "ORG", "GPE", "LOC", "FAC"} or key in world().places:
            continue
        if gazetteer_label(key) or not any(c.end < len(words) and words[c.end] in OCCASIONS for c in ms):
            continue
        if any(c.role or name_evidence(doc, c.start, c.end)[1] for c in ms):
            continue
        relabel(ctx, ms, labels, key_of, "EVENT")


def contests(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of) -> None:
    """A one-word name whose every mention comes before what a competition awards ("a Commonwealth
    silver medal", "the Commonwealth and European champion", "Euro gold", "four X titles") is the
    competition, an event: before a medal anywhere; before a champion, a title or a bare metal in a
    sports report or when it opens an event's name of the article ("the Commonwealth Games"). Not a
    country or people, nor a word of a person's name of the article ("Holmes gold"). A people of no
    one country is the competition of its continent or region ("former European champion"), not in
    "champion of"."""
    words = ctx.words
    events = {k.split()[0] for k, v in labels.items() if v == "EVENT" and " " in k}
    people = {w for c in cands if c.label == "PERSON" and c.end - c.start > 1 for w in words[c.start : c.end]}
    for key, ms in by_key(ctx, cands, key_of).items():
        region = _regional(key, labels.get(key))
        able = region or labels.get(key) in CONTEST_ABLE and not gazetteer_label(key)
        if not able or any(c.role for c in ms):
            continue
        if any(c.end - c.start != 1 or words[c.start] in people for c in ms):
            continue
        least = 1 if ctx.sports or key in events else 2
        if all(max(_awarded(ctx, c.end), region and _crowned(words, c.end)) >= least for c in ms):
            relabel(ctx, ms, labels, key_of, "EVENT")


def _regional(key: str, label: str | None) -> bool:
    """A people the gazetteer gives no country ("European", "African"), labelled so."""
    return label == "NORP" and gazetteer_label(key) == "NORP" and world().nationality.get(key, "") is None


def _crowned(words: list[str], k: int) -> int:
    """2 for "champion" at token k that is not a "champion of" something, else 0."""
    nxt = words[k + 1] if k + 1 < len(words) else ""
    return 2 if k < len(words) and words[k] in {"champion", "champions"} and nxt != "of" else 0


def _awarded(ctx: DocCtx, k: int) -> int:
    """2 for a medal at token k ("silver medal", "medallist"), 1 for a champion or a metal that ends
    its noun phrase ("Euro gold"; not "gold output"), else 0; maybe after "and" and another
    capitalised name ("and European champion")."""
    words = ctx.words
    if k + 2 < len(words) and words[k] == "and" and words[k + 1][:1].isupper():
        k += 2
    if k + 1 < len(words) and words[k].isdigit() and words[k + 1] in UNITS:
        k += 2
    elif k < len(words) and DISTANCE.match(words[k]):
        k += 1
    if k < len(words) and words[k] in TITLE_NOUNS:  # "four X titles"; not "the X title race"
        return int(k + 1 >= len(words) or ctx.toks[k + 1].pos_ not in {"NOUN", "PROPN"})
    if k >= len(words) or words[k] not in MEDAL_NOUNS:
        return 0
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if words[k] in METALS:
        return 2 if nxt in MEDAL_NOUNS else int(not (nxt.isalpha() and nxt.islower()))
    return 1 if words[k] == "champion" else 2


def franchises(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of) -> None:
    """A name the vote made a person whose every mention stands between "the" and a plural work's
    noun ("the Harry Potter games", "the Bond films"), with no role, is the title of those works; not
    before a singular noun, which names an author or a subject ("the Ben Stiller comedy", "the Ray
    Charles biopic"), nor in a sports report before "games" and the like."""
    for key, ms in by_key(ctx, cands, key_of).items():
        if labels.get(key) != "PERSON" or any(c.role or not _works_of(ctx, c) for c in ms):
            continue
        relabel(ctx, ms, labels, key_of, "WORK_OF_ART")


def _works_of(ctx: DocCtx, c: Cand) -> bool:
    """"the <name> <plural work noun>" in lower case, the noun ending its phrase ("the Bond films",
    not "the Bond films star" nor "the Hale films Heat and Ronin")."""
    words, s, e = ctx.words, c.start, c.end
    if s == 0 or words[s - 1].lower() != "the" or e >= len(words) or words[e] not in WORK_NOUNS:
        return False
    if not words[e].endswith("s") or words[e] == "series" or (ctx.sports and words[e] in SPORTS_SKIP):
        return False
    nxt = ctx.toks[e + 1] if e + 1 < len(words) else None
    return nxt is None or not (nxt.text[:1].isupper() or (nxt.is_lower and nxt.pos_ in {"NOUN", "PROPN"}))


def title_articles(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of) -> list[Cand]:
    """A work the article writes "The X" (or "A X": "while A Long Day won") in mid-sentence keeps its
    article on every mention; returns the mentions of "The X" no finder took ("including The Aviator")."""
    words = ctx.words
    thes = [i for i in range(1, len(words)) if words[i - 1] in TITLE_ARTICLES]
    if not thes or "WORK_OF_ART" not in labels.values():
        return []
    works = [c for c in cands if c.start > 0 and labels.get(key_of(ctx, c), c.label) == "WORK_OF_ART"]
    forms = {tuple(words[c.start : c.end]) for c in works if words[c.start] != "The"}
    keyed, out = set(), []
    for i in thes:
        for form in forms:
            n = len(form)
            if words[i] != form[0] or tuple(words[i : i + n]) != form:
                continue
            if not the_before(ctx, i, TITLE_ARTICLES):
                continue
            keyed.add(form)
            if ctx.free(i - 1, i + n) and (i + n == len(words) or not words[i + n][:1].isupper()):
                out.append(Cand(i - 1, i + n, "WORK_OF_ART", "prop", 0.0))  # a work's "The X" or "A X"
                ctx.take(out[-1])
    for c in works:
        if words[c.start - 1] in TITLE_ARTICLES and tuple(words[c.start : c.end]) in keyed:
            c.start -= 1
            ctx.take(c)
    for c in works + out:
        c.label = "WORK_OF_ART"
        labels[key_of(ctx, c)] = "WORK_OF_ART"
    return out


def split_lists(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """A name over "and" or "&" is two names (`_joined`): "The Glass Ferry and Riverbend" beside "The
    Glass Ferry has taken" and "Riverbend has taken"; "Europe and South America"; "Real Norvik and
    Real Eastport"; "Shaun of the Moon and Riverbend" beside "Riverbend"; two works the parse lists
    ("beating Shaun of the Moon and Dead Man Walking 2"); "Ann Lee & Tom Hale"."""
    words = ctx.words
    forms = {tuple(words[c.start : c.end]): c.label for c in cands}
    ends = {c.end: c.label for c in cands}
    out = []
    for c in cands:
        k = next((i for i in range(c.start + 1, c.end - 1) if words[i] in JOINS), None)
        whole = k is None or CN.one_name(ctx, c, k) or CN.fields_name(ctx, c, k) or AH.and_head(ctx, c, k)
        whole = whole or c.src == "lineup" or JT.cued_title(ctx, c, k)  # a sheet's "(Kelby and Marsh AC)"
        sides = None if whole else _joined(ctx, c, k, forms)
        sides = sides or (_list_tail(ctx, c, k, ends) if k is not None else None)
        if sides is None:
            out.append(c)
            continue
        for (s, e), label in zip(((c.start, k), (k + 1, c.end)), sides, strict=True):
            out.append(Cand(s, e, label, c.src, c.weight))
    return out


def _joined(ctx: DocCtx, c: Cand, k: int, forms: dict[tuple[str, ...], str]) -> tuple[str, str] | None:
    """The labels of the sides of a name joined at token k: "and" as `_two_names` reads it; "&"
    between two people named in full ("Ann Lee & Tom Hale"; not "Marks & Spencer", "Ant & Dec")."""
    if ctx.words[k] == "and":
        return _two_names(ctx, c, k, forms)
    a, b = Cand(c.start, k, c.label), Cand(k + 1, c.end, c.label)
    full = all(looks_personal(ctx.doc, x.start, x.end) for x in (a, b))
    named = c.label == "PERSON" or given_name_first(ctx, a) or given_name_first(ctx, b)
    return ("PERSON", "PERSON") if full and named else None


def _two_names(ctx: DocCtx, c: Cand, k: int, forms: dict[tuple[str, ...], str]) -> tuple[str, str] | None:
    """The labels of the two sides of "A and B" when they are two names: both names of their own
    elsewhere, or both known places, or one a name of its own and the other two words or more, or
    each two words or more, B listed with A's head word (the parse), and no body's or law's head at
    the end ("Department of Work and Pensions", "Transport and General Workers Union" stay whole);
    two single words that are no common words nor surnames; never a country's or region's name."""
    words = ctx.words
    a, b = tuple(words[c.start : k]), tuple(words[k + 1 : c.end])
    if gazetteer_label(ctx.norm_of(c.start, c.end)) in {"GPE", "LOC"}:
        return None  # "Trinidad and Tobago", "Serbia and Montenegro": one country's name
    if words[c.end - 1] in ORG_HEADS or words[c.end - 1] in LAW_HEADS or not b[0][:1].isupper():
        return None
    if a in forms and b in forms:
        return c.label, c.label
    ga, gb = gazetteer_label(norm(" ".join(a))), gazetteer_label(norm(" ".join(b)))
    if ga and gb:
        return ga, gb
    if (a in forms and len(b) > 1) or (b in forms and len(a) > 1):
        return forms.get(a, c.label), forms.get(b, c.label)
    if len(a) == len(b) == 1 and c.label == "PRODUCT" and (a in forms or b in forms):
        return c.label, c.label  # "its Celebrex and Bextra products" beside "Celebrex": two things made
    if len(a) == len(b) == 1 and not any(_common(ctx, i) for i in (c.start, k + 1)):
        return c.label, c.label  # "Belmarsh and Woodhill"; not "Trade and Industry", "Ernst and Young"
    if len(a) < 2 or len(b) < 2 or not ctx.parsed:
        return None
    if c.label == "WORK_OF_ART" and (_bare_noun(ctx, c.start, k) or _bare_noun(ctx, k + 1, c.end)):
        return None  # "The Life and Death of Ann Lee": one title
    doc = ctx.doc
    ra, rb = doc[c.start : k].root, doc[k + 1 : c.end].root
    if rb.dep_ == "conj" and rb.head.i == ra.i and not (k < ra.head.i < c.end):
        return _side_label(ctx, c, c.start, k), _side_label(ctx, c, k + 1, c.end)
    return None


def _list_tail(ctx: DocCtx, c: Cand, k: int, ends: dict[int, str]) -> tuple[str, str] | None:
    """The last two items of a list the model read as one name of another kind than the list's
    other items ("Velvet Owls, Keane and Snow Patrol" with "Keane and Snow Patrol" a work): two
    names of the other items' kind. "A, Procter and Gamble" with all three bodies stays whole."""
    s = c.start
    if ctx.words[k] != "and" or s < 2 or ctx.words[s - 1] != "," or not ctx.words[k + 1][:1].isupper():
        return None
    kind = ends.get(s - 1)
    if kind not in TAIL_KINDS or kind == c.label or ctx.words[c.end - 1] in ORG_HEADS:
        return None
    return kind, kind


def _bare_noun(ctx: DocCtx, s: int, e: int) -> bool:
    """Tokens s..e are one common word, "The" or "A" before it ("The Life")."""
    s += ctx.words[s] in {"The", "A", "An"}
    return e - s == 1 and _common(ctx, s)


def _common(ctx: DocCtx, i: int) -> bool:
    """Token i is a common word in some form, or a surname ("Trade", "Crepes", "Young")."""
    low = ctx.words[i].lower()
    return generic_key(low) or generic_key(ctx.toks[i].lemma_.lower()) or surname(low)


def _side_label(ctx: DocCtx, c: Cand, s: int, e: int) -> str:
    """A side that opens with a given name is a person ("Dan Hale"), else the name's label; a side of
    a title a cue found ("the award for Les Choristes and Old Boy") stays a work unless the model
    tags it a person."""
    if c.src == "cue" and c.label == "WORK_OF_ART" and ctx.toks[e - 1].ent_type_ != "PERSON":
        return c.label
    return "PERSON" if given_name_first(ctx, Cand(s, e, c.label)) else c.label
