"""Candidates that are no names (`filter_caps`): a sentence's common first word, a term the article
uses ("automated teller machine (ATM)"), a currency code before an amount ("LE 545 million"), a
clock's time zone ("1200 GMT"), a piece of a title, a generic word ("the State"), a numbered part of
a law ("Article 370") or a number's sign ("No 1"), a plural common noun in capitals listed with
lower-case ones ("Jobcentres, benefit agencies"), capitalised words after "a" the article also
writes in lower case ("an Evil Hub"), a nickname a person is given in quotes (dubbing Mr Hale "Sir
Spendalot"), a side's roman numeral ("the starting XV"), a word that describes one person
("Pole vaulter", "the Cardinal", "the Millbrookwoman"), a piece of a common word cut at its hyphen
("anti-Xism"), a genre word or a grade ("R&B", "Grade II": `genrewords`, `gradewords`), and the
model's unsupported guesses in lines of capitals."""

from __future__ import annotations

from collections import Counter
from functools import cache

from spacy.tokens import Token

from pipeline.entities import acronyms as AC
from pipeline.entities import candidates as C
from pipeline.entities import capwords as CW
from pipeline.entities import charts as CH
from pipeline.entities import commonplaces as CP
from pipeline.entities import context as X
from pipeline.entities import genrewords as GW
from pipeline.entities import gradewords as GR
from pipeline.entities import lexicon as L
from pipeline.entities import openers as OP
from pipeline.entities import pluralheads as PH
from pipeline.entities import teamnumerals as TN
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand
from pipeline.entities.evidence import LAW_HEADS
from pipeline.entities.gazetteer import demonyms, surnames, world
from pipeline.entities.languages import language_keys
from pipeline.entities.laws import CLAUSES
from pipeline.quotemarks import has_word
from pipeline.vocab import POST_NOMINALS

TERM_ABLE = frozenset({"ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "GPE"})  # the model's labels for terms
NAMING = frozenset({"dub", "nickname", "christen", "brand", "label", "call"})
OBJECTS = frozenset({"him", "her", "them", "himself", "herself"})
TITLE_MISREAD = frozenset({"ORG", "NORP", "GPE", "LOC", "FAC"})  # the model's labels for "the Cardinal"
NUMBER_SIGNS = frozenset({"No", "No.", "Nos", "Nos."})  # "storms to No 1": a number's sign, no law
NUMBERED_PARTS = CLAUSES | NUMBER_SIGNS
LEGISLATURES = frozenset({"Parliament", "Congress", "Assembly", "Senate"})  # "an Act of Congress"
PIECE_ABLE = frozenset({"EVENT", "ORG", "LAW", "WORK_OF_ART", "PRODUCT", "FAC"})  # no people or places


def filter_caps(ctx: C.DocCtx, cands: list[Cand]) -> list[Cand]:
    """Drop unsupported model guesses in capitals lines; keep names the article confirms."""
    doc = ctx.doc
    known = {ctx.norm_of(c.start, c.end) for c in cands if not ctx.in_caps(c.start) or c.src != "model"}
    terms = AC.common_acronyms(ctx)
    longs = {
        ctx.norm_of(c.start, c.end): ctx.words[c.end - 1]
        for c in cands
        if c.label == "ORG" and c.end - c.start > 1
    }
    ends = Counter(longs.values())
    tails = frozenset(ends) | _of_heads(ctx, cands)  # "the Bank" of "Bank of X"
    sole = frozenset(w for w, n in ends.items() if n == 1)  # "the Commission" of one "European Commission"
    laws = CP.law_words(ctx, cands)  # "the Charter" of "Clean Rivers Charter"
    out = []
    for c in cands:
        if not c.label or (c.src == "model" and OP.common_word_start(ctx, c.start, c.end, c.label)):
            continue
        if CW.descriptor_opener(ctx, c):  # "Wheelchair user Tom Hale": a descriptor, no name
            continue
        if GW.genre_word(ctx, c):  # "R&B singer Ann Lee", "reality TV show": a kind of work, no name
            continue
        if GR.grade_word(ctx, c):  # "a Grade II listed hall": a rank on a scale, no name
            continue
        if ctx.words[c.start] in POST_NOMINALS and _post_nominal(ctx, c, cands):  # "Ann Lee, QC told"
            continue
        if c.label in TERM_ABLE and (terms and _term(ctx, c, terms) or AC.term_phrase(ctx, c.start, c.end)):
            continue  # "automated teller machine (ATM)", "SMS messages": a term, not a body
        if TN.side_numeral(ctx, c):  # "the starting XV": a side, no name
            continue
        if c.label == "ORG" and _currency_code(ctx, c):
            continue  # "LE 545 million": a currency
        if _time_zone(ctx, c):
            continue  # "at 1200 GMT": a clock's zone
        if c.src == "model" and c.label == "ORG" and X.title_piece(ctx.doc, c.start, c.end):
            continue
        if W.generic_word(ctx, c, tails, sole):  # "the State", "Indigenous artists"
            continue
        if CP.common_place(ctx, c, laws):  # "the Kingdom's exports", "under the Constitution"
            continue
        if c.label == "LAW" and _clause(ctx, c):  # "Article 370": a part of a law, no name
            continue
        if c.label == "LAW" and _house_law(ctx, c):  # "a new Act of Parliament": a kind of law, no name
            continue
        if c.label == "PERSON" and _common_plural(ctx, c):  # "offices and Jobcentres"
            continue
        if PH.plural_head(ctx, c):  # "Green Party MSPs": a group of people, no name
            continue
        if c.label == "PERSON" and _nickname(ctx, c):  # dubbing Mr Hale "Sir Spendalot"
            continue
        if c.src == "model" and _lower_elsewhere(ctx, c):  # "onto an Evil Hub" ... "an evil hub"
            continue
        if c.end - c.start == 1 and _described_one(ctx, c):  # "Pole vaulter", "the Cardinal said"
            continue
        if c.label == "PERSON" and c.end - c.start == 1 and _people_short(ctx, c.start):
            continue  # "make Euro history": a people's adjective cut short, no person
        if c.label == "NORP" and _prefixed(ctx, c):  # "anti-Xism": a word's piece, no people
            continue
        if c.label in PIECE_ABLE and _prefix_piece(ctx, c):  # "his pre-Budget report"
            continue
        if c.src == "model" and ctx.in_caps(c.start) and ctx.norm_of(c.start, c.end) not in known:
            a, b = ctx.lines[ctx.line_of(c.start)]
            row = c.end < len(doc) and L.NUMERIC.match(doc[c.end].text) and L.is_table_row(ctx.text[a:b])
            if row or (c.label == "EVENT" and doc[c.end - 1].text.title() in L.EVENT_HEADS):
                out.append(c)
            continue
        out.append(c)
    return out


def _house_law(ctx: C.DocCtx, c: Cand) -> bool:
    """A law named only by its kind and the house that passes it ("an Act of Parliament", "Acts of
    Congress"): a common term, no law's own name."""
    words = ctx.words[c.start : c.end]
    if words and words[0].lower() == "the":
        words = words[1:]
    return (len(words) == 3 and words[0].rstrip("s") in LAW_HEADS and words[1] == "of"
            and words[2] in LEGISLATURES)


def _lower_elsewhere(ctx: C.DocCtx, c: Cand) -> bool:
    """Capitalised words after "a" or "an" that the article also writes in lower case ("logged onto
    an Evil Hub" ... "replace it with an evil hub"): a common term, no name."""
    if c.end - c.start < 2 or c.start == 0 or ctx.words[c.start - 1].lower() not in {"a", "an"}:
        return False
    words = ctx.words[c.start : c.end]
    if not all(w.istitle() and w.isalpha() for w in words):
        return False
    return has_word(ctx.text, " ".join(words).lower())


def _post_nominal(ctx: C.DocCtx, c: Cand, cands: list[Cand]) -> bool:
    """Post-nominal letters right after a person's name or its comma ("Ann Lee, QC", "Tom Hale
    MBE"): the person's office or honour, no name of their own."""
    if c.end - c.start != 1 or c.start < 2:
        return False
    ends = {c.start, c.start - 1} if ctx.words[c.start - 1] == "," else {c.start}
    return any(p.label == "PERSON" and p.end in ends for p in cands)


def _of_heads(ctx: C.DocCtx, cands: list[Cand]) -> set[str]:
    """The head of the one organisation named "<Head> of X" in the article ("Bank" of "Bank of
    Norland"), which "the <Head>" stands for; not a head two such names share ("House of Lords" and
    "House of Commons": "the House" is either)."""
    named: dict[str, set[str]] = {}
    for c in cands:
        if c.label == "ORG" and c.end - c.start > 2 and ctx.words[c.start + 1] == "of":
            named.setdefault(ctx.words[c.start], set()).add(ctx.norm_of(c.start, c.end))
    return {head for head, names in named.items() if len(names) == 1}


def _clause(ctx: C.DocCtx, c: Cand) -> bool:
    """A numbered part of a law alone ("Article 370", "Section 30(7)", "Chapter Five"), not the law
    it is part of ("Article 206 of the Penal Code")."""
    words = ctx.words[c.start : c.end + 1]  # the number may follow the model's span ("Article" 370)
    if len(words) < 2 or words[0] not in NUMBERED_PARTS or "of" in words[: c.end - c.start]:
        return False
    number = words[1]
    return any(ch.isdigit() for ch in number) or bool(AC.ROMAN.match(number)) or number.lower() in CH.NUMBERS


def _term(ctx: C.DocCtx, c: Cand, terms: frozenset[str]) -> bool:
    """The candidate is a term the article uses (see `acronyms.common_acronyms`) or spells one out."""
    one = c.end - c.start == 1 and ctx.words[c.start] in terms
    return one or AC.term_expansion(ctx, c.start, c.end, terms)


def _currency_code(ctx: C.DocCtx, c: Cand) -> bool:
    """A word of two or three capitals before an amount in millions or with decimals ("LE 1.29 billion")."""
    w, e = ctx.words, c.end
    if c.end - c.start != 1 or not (2 <= len(w[c.start]) <= 3 and w[c.start].isupper()) or e + 1 >= len(w):
        return False
    amount = L.NUMERIC.match(w[e]) and w[e][:1].isdigit()
    return bool(amount) and ("." in w[e] or w[e + 1].lower() in {"million", "billion", "trillion", "bn"})


def _time_zone(ctx: C.DocCtx, c: Cand) -> bool:
    """A time-zone abbreviation right after a clock time ("1430 GMT", "9.30 CET", "(0100 GMT)")."""
    w = ctx.words
    if c.end - c.start != 1 or c.start == 0 or not w[c.start].isupper() or not w[c.start - 1][:1].isdigit():
        return False
    return w[c.start] in L.time_zones()


def _common_plural(ctx: C.DocCtx, c: Cand) -> bool:
    """One capitalised plural word, no census name, listed with a lower-case plural noun ("hitting
    Jobcentres, benefit agencies"): a common noun, no person."""
    tok, word = ctx.toks[c.start], ctx.words[c.start]
    if c.src != "model" or c.end - c.start != 1 or not (word.istitle() and word.endswith("s")) or c.role:
        return False
    if L.census_name(L.norm(word)) or (c.start and L.fold(ctx.words[c.start - 1]) in L.HONORIFICS):
        return False
    partners = C.list_partners(tok)
    return any(p.tag_ == "NNS" and p.is_lower and _bare_list_noun(p) for p in partners)


def _bare_list_noun(tok: Token) -> bool:
    """A plural common noun of a list of things: modified ("benefit agencies", "37 offices") or
    listing on, with no determiner or owner ("its staff", "the sprinters": people beside a name)."""
    deps = {k.dep_ for k in tok.children}
    return not deps & {"det", "poss"} and bool(deps & {"compound", "amod", "nummod", "conj"})


def _nickname(ctx: C.DocCtx, c: Cand) -> bool:
    """A name in quote marks (an honorific inside them too) after a naming verb and its object, a
    person or a pronoun (dubbing Mr Hale "Sir Spendalot", called him "Red"): a nickname, no one new."""
    doc, k = ctx.doc, c.start
    if c.end >= len(doc) or ctx.words[c.end] not in X.QUOTE_MARKS:
        return False
    while k > 0 and L.fold(doc[k - 1].text) in L.HONORIFICS:
        k -= 1
    if k < 3 or doc[k - 1].text not in X.QUOTE_MARKS:
        return False
    obj = doc[k - 2]
    if not (obj.ent_type_ == "PERSON" or obj.lower_ in OBJECTS):
        return False
    return any(t.lemma_ in NAMING for t in doc[max(0, k - 6) : k - 1])


def _described_one(ctx: C.DocCtx, c: Cand) -> bool:
    """One word describing one person, no name: a people's singular that is a common noun before
    another, capitalised only as a sentence's first word ("Pole vaulter"; not "Malay cooking"), a
    title after "the" ("the Cardinal said"), or a "-man"/"-woman" of a place no table makes a
    people's noun ("the Millbrookwoman")."""
    tok, low = ctx.toks[c.start], ctx.words[c.start].lower()
    nxt = ctx.toks[c.end] if c.end < len(ctx.toks) else None
    the = c.start > 0 and ctx.words[c.start - 1].lower() == "the"
    people = c.label == "NORP" and L.gazetteer_label(L.norm(tok.text)) == "NORP"
    common = people and tok.is_sent_start and W.common_noun(low) and not low.endswith("s")
    common = common and _person_noun(low)  # "Pole", not "German", "Kenyan" or "Tajik" (adjectives too)
    if common and nxt is not None and nxt.is_lower and nxt.tag_ in {"NN", "NNS"}:
        return True  # "Pole vaulter Ann Hale": the pole vault's, no Pole
    if the and c.src == "model" and c.label in TITLE_MISREAD and tok.is_title and L.is_title(low):
        return True
    native = low.endswith(("man", "woman")) and L.gazetteer_label(L.norm(tok.text)) is None
    return the and c.label == "NORP" and native


def _prefixed(ctx: C.DocCtx, c: Cand) -> bool:
    """One word glued by a hyphen to a lower-case prefix, no people, nation or place of the tables,
    that makes with it a common English word ("anti-" + "Semitism": WordNet's "antisemitism"): a
    piece of that word; not "anti-American" (a people) nor "anti-Nazi" (no common word)."""
    s, words, ws = c.start, ctx.words, ctx.ws
    if c.end - s != 1 or s < 2 or words[s - 1] != "-" or ws[s - 1] or ws[s - 2]:
        return False
    prefix, low = words[s - 2], words[s].lower()
    if not (prefix.isalpha() and prefix.islower()) or L.gazetteer_label(L.norm(words[s])) is not None:
        return False
    return W.english_word(f"{prefix}-{low}") or W.english_word(prefix + low)


def _prefix_piece(ctx: C.DocCtx, c: Cand) -> bool:
    """One common English noun glued by a hyphen to a lower-case prefix, the whole a modifier of the
    lower-case noun after it ("his pre-Budget report", "the post-Election mood"): a piece of a word,
    no name; not a place's or people's name ("ex-Milan coach"), nor a name of more words."""
    s, words, ws = c.start, ctx.words, ctx.ws
    if c.end - s != 1 or s < 2 or c.end >= len(words) or words[s - 1] != "-" or ws[s - 1] or ws[s - 2]:
        return False
    prefix, low, nxt = words[s - 2], words[s].lower(), words[c.end]
    if not (prefix.isalpha() and prefix.islower()) or not (nxt.isalpha() and nxt.islower()):
        return False
    return W.common_noun(low) and L.gazetteer_label(L.norm(words[s])) is None


def _person_noun(low: str) -> bool:
    """A people's noun for one of them that is no adjective (of nationality, of a region, of
    English), no language's name and no "-man" ("pole", "swede"; not "tajik", "european",
    "scottish", "scotsman")."""
    if low.endswith(("man", "men")) or W.adjective(low):
        return False
    return low not in demonyms() and low not in language_keys()


@cache
def _people_stems() -> frozenset[str]:
    """The short forms of peoples' adjectives ending "-pean", "-ian", "-ish" ("euro" of "european")."""
    norps = (k for k, v in world().label.items() if v == "NORP" and " " not in k)
    stems = {k[: -len(end)] for k in norps for end in ("pean", "ian", "ish") if k.endswith(end)}
    return frozenset(k for k in stems if k not in world().places and k not in world().label)  # "brazil"


def _people_short(ctx: C.DocCtx, i: int) -> bool:
    """Token i is a people's adjective cut short before a lower-case noun ("Euro history"), no surname
    or given name."""
    key = L.norm(ctx.words[i])
    if key not in _people_stems() or len(key) < 4 or i + 1 >= len(ctx.toks):
        return False
    nxt = ctx.toks[i + 1]
    last, given = surnames()
    return nxt.is_lower and nxt.pos_ == "NOUN" and key not in last and key not in given
