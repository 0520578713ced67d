"""Conventions of news writing the model misreads, common in outlets outside Europe and North America.

`opening_cands` reads the place of a dateline written in title case or without a date ("Mombasa- The
police said", "HARARE — The court", "KISUMU, March 4 2024 (KNA) - Farmers"), which the model often
calls a person. `quote_speakers` makes a bare name that speaks a quote ('"...," Mthembu said',
'"...," says Oyelaran.') a person, which the model often calls an organisation or a place.
`surname_tails` gives a name of two or three words that ends the full name of a person of the
article ("Valdes Ortuno" after "Ana Valdes Ortuno") to that person. `portfolios` drops the portfolio
of a post ("Minister of Youth and Sport Development", "Deputy Minister for Finance", "the Interior
Minister"), made of common words, which names no body, and "people" made of title words only ("His
Majesty", "Deputy Governor"). `acronym_led` makes the model's person whose
first word is an acronym ("KNA Kisumu") a body. `listed_places` makes the gazetteer places of a list
of places places ("Kakamega (+28%); Nyeri (+25%); Embu"), `listed_peoples` the unknown names of a
list of peoples peoples. `bracket_acronyms` makes an acronym in
brackets after a body's name a body, also when its letters spell the name in another language
("the Maritime Authority of Panama (AMP)"). `storms` makes the name of a storm ("tropical storm
Alma", "Typhoon Kito") an event. All work on token indices.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from pipeline.entities import tokens as TK
from pipeline.entities import words as W
from pipeline.entities.candidates import KEPT, Cand, DocCtx
from pipeline.entities.evidence import POSS_CUT
from pipeline.entities.gazetteer import fold, iso_table, world
from pipeline.entities.lexicon import (
    EVENT_HEADS,
    HONORIFICS,
    ORG_HEADS,
    ROLE_MODIFIERS,
    TITLE_MODIFIERS,
    census_name,
    gazetteer_label,
    is_title,
    is_title_word,
)

ACRONYM = re.compile(r"^[A-Z]{2,7}$")
DATE = r"(?:[A-Z][a-z]{2,}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,})(?:,? \d{4})?"
OPENING = re.compile(
    r"(?P<place>[A-Z][\w'\u2019.]*(?: [A-Z][\w'\u2019.]*){0,2})"  # "Mombasa", "DAR ES SALAAM"
    rf"(?:,\s*{DATE})?"  # ", June 9", ", March 4 2024"
    r"\s*(?:\([A-Za-z][\w .&-]{0,30}\))?"  # "(KNA)"
    r"\s*[-\u2013\u2014:]\s*"  # the separator: a dash, glued or not, or a colon
    rf"(?:{DATE}\s*:\s*)?"  # "ACCRA - 3 June 2024:"
    r"(?=[A-Z\"\u201c\u2018'])"  # then the story's first sentence
)
BODY_END = frozenset('.!?"\u201d\u2019)')
CLOSERS = frozenset({'"', "\u201d", "''", "\u2019"})
QUOTE_VERBS = frozenset({"said", "says", "added", "adds", "explained", "explains", "continued", "recalled",
                         "recalls", "insisted", "admitted", "argued", "asked", "told", "stated", "noted",
                         "concluded", "stressed"})
SPEAKER_ABLE = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
TAIL_ABLE = frozenset({"ORG", "GPE", "LOC", "NORP"})
STORMS = frozenset({"storm", "hurricane", "typhoon", "cyclone"})
STORM_WORDS = re.compile(r"(?i)\b(?:storm|hurricane|typhoon|cyclone)\b")
SPEAKER_WEIGHT = 8.0  # a speaker is a person: outweighs the model's other guesses (each weighs 1 or 2)
POSTS = frozenset({"minister", "ministers", "secretary", "undersecretary", "under-secretary", "commissioner",
                   "director", "head"})  # "<post> of/for <portfolio>"
POSTS_AFTER = frozenset({"Minister", "Ministers", "Secretary"})  # "<portfolio> Minister"
JOINS = frozenset({"and", "&", "of", "for", ","})
FIELD_WORDS = ROLE_MODIFIERS | {"affairs"}  # "Shadow" Education Secretary, "Constitutional Affairs" Minister
ABSTRACT = ("tion", "sion", "ment", "ity", "ism", "ance", "ence", "ing", "ics", "ure", "cy")  # "Planning"
LIST_GAP = frozenset({",", ";", "and", "or", "(", ")", "+", "-", "%", "to", "&"})  # between list members
LIST_MIN = 3  # members of a list
GAP_MAX = 8  # tokens between two members
BODY_MIN = 80  # characters: a dateline opens a paragraph, never a headline
OPENING_LINES = 2  # the first line may be a headline


def opening_cands(ctx: DocCtx) -> list[Cand]:
    """The place opening the story's first paragraph before a dash or colon, when the gazetteer knows it."""
    lines = [(a, b) for a, b in ctx.lines[:8] if ctx.text[a:b].strip()][:OPENING_LINES]
    for a, b in lines:
        line = ctx.text[a:b]
        body = line.rstrip()
        paragraph = len(body) >= BODY_MIN and body[-1] in BODY_END
        m = OPENING.match(line, len(line) - len(line.lstrip()))
        if paragraph and m and _place(m.group("place")):
            span = ctx.doc.char_span(a + m.start("place"), a + m.end("place"), alignment_mode="expand")
            found = span is not None and len(span) > 0
            return [Cand(span.start, span.end, "GPE", "dateline", 5.0)] if found else []
        if paragraph:  # the story's first paragraph has no dateline
            return []
    return []


def _place(name: str) -> bool:
    key = fold(name)
    gaz = world()
    return key in gaz.places or gaz.label.get(key) in {"GPE", "LOC"}


def quote_speakers(ctx: DocCtx, cands: list[Cand]) -> None:
    """A name of plain capitalised words, no acronym, body's noun or country, right after a closing
    quote mark and before a verb of saying, or after the verb, ending its sentence, is a person."""
    for c in cands:
        if c.label in SPEAKER_ABLE and c.src not in KEPT and speaks_quote(ctx.doc, c.start, c.end):
            c.label, c.weight, c.role = "PERSON", max(c.weight, SPEAKER_WEIGHT), None


def speaks_quote(doc: Doc, s: int, e: int) -> bool:
    """The name at [s, e) speaks a quote: '," X said' or '," said X.' (see `quote_speakers`)."""
    if s < 2 or e >= len(doc) or e - s > 3:
        return False
    tk = TK.of(doc)  # the Doc's lists, no Token made
    words, low, ws = tk.words, tk.lowers, tk.ws
    if words[s - 1] in CLOSERS:  # '," X said'
        frame = not ws[s - 2] and low[e] in QUOTE_VERBS
    else:  # '," said X.'
        frame = low[s - 1] in QUOTE_VERBS and words[e] in {".", ","} and s > 2
        frame = frame and words[s - 2] in CLOSERS and not ws[s - 3]
    if not frame or not all(_plain(w) for w in words[s:e]):
        return False
    return words[e - 1] not in ORG_HEADS and not gazetteer_label(fold(doc[s:e].text))


def _plain(word: str) -> bool:
    """A capitalised word of letters (hyphens and apostrophes inside), not in capitals."""
    core = word.replace("-", "").replace("'", "").replace("\u2019", "")
    return core.isalpha() and word[:1].isupper() and not (len(word) > 1 and word.isupper())


def surname_tails(labels: dict[str, str]) -> None:
    """A name key of two or three words, labelled a body, place or people, that ends a longer person's
    key of the article and holds no body's noun or gazetteer name: the person's surname."""
    people = [k for k, label in labels.items() if label == "PERSON" and k.count(" ") >= 2]
    if not people:
        return
    heads = {h.casefold() for h in ORG_HEADS}
    for key, label in labels.items():
        if label not in TAIL_ABLE or " " not in key or gazetteer_label(key):
            continue
        if any(w in heads for w in key.split()) or not any(p.endswith(" " + key) for p in people):
            continue
        labels[key] = "PERSON"


def portfolios(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Without the names whose every mention is a post's portfolio of common words: after "<post>
    of/for" ("Minister of Tourism", "Head of Risk Management") or before "Minister"/"Secretary"
    ("Finance Minister"). A name used elsewhere in the article as a name stays."""
    cands = _without_titles_only(ctx, cands)
    posts = [c for c in cands if c.label and (c.label != "PERSON" or _owned_post(ctx.words, c.end))
             and c.src not in KEPT and _portfolio(ctx, c.start, c.end)]
    if not posts:
        return cands
    drop = {ctx.norm_of(c.start, c.end) for c in posts}
    drop -= {ctx.norm_of(c.start, c.end) for c in cands if c.label and not any(c is p for p in posts)}
    return [c for c in cands if not drop or ctx.norm_of(c.start, c.end) not in drop]


def _without_titles_only(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Without the model's people made of title words only (`_titles_only`); an honorific before the
    surname of a person the article names in full ("Mr King" of "Paul King") is cut from the name
    instead, as elsewhere."""
    surnames, kept = TK.of(ctx.doc).surnames, []
    for c in cands:
        if c.label == "PERSON" and c.src == "model" and ctx.words[c.start][:1].isupper():
            words = ctx.words[c.start : c.end]
            if len(words) > 1 and fold(words[0]) in HONORIFICS and words[-1] in surnames:
                c.start += 1
            elif _titles_only(words):
                continue
        kept.append(c)
    return kept


def _titles_only(words: list[str]) -> bool:
    """Title words only, one of them no census name ("Majesty", "Spokesperson", "Deputy Governor";
    not "King", a surname too)."""
    return (
        all(is_title_word(w) for w in words)
        and any(is_title(fold(w)) for w in words)  # "Labour", "Olympic" only modify titles
        and not all(census_name(w.lower()) for w in words)
    )


def _owned_post(w: list[str], e: int) -> bool:
    """A possessive, then "Minister"/"Secretary" after token e: "Children's Minister"."""
    return e + 1 < len(w) and w[e] in POSS_CUT and w[e + 1] in POSTS_AFTER


def _portfolio(ctx: DocCtx, s: int, e: int) -> bool:
    """Common words, one of them a field ("Tourism", "Quality") or a title's modifier ("Interior"),
    no place, in a post's position; not glued to what follows ("Kisumu-based"); before the post, no
    body's noun ("Cabinet Office Minister"). A span of the post and its portfolio is one too."""
    w = ctx.words
    if e - s > 2 and w[s].lower() in POSTS and w[s + 1] in {"of", "for"}:  # "Director of Research" whole
        s += 2
    owned = _owned_post(w, e)
    after = e < len(w) and w[e] in POSTS_AFTER or owned  # "Children's Minister": a field owns the post
    before = s > 1 and w[s - 1].lower() in {"of", "for"} and w[s - 2].lower() in POSTS
    glued = e < len(w) and w[e] == "-" and not ctx.ws[e - 1]
    if not (after or before) or glued or w[s] in JOINS or w[e - 1] in JOINS:
        return False
    field, places = False, world().places
    for word in w[s:e]:
        low = word.lower()
        if word in JOINS:
            continue
        common = W.generic_key(low) or (owned and W.english_word(low))  # a plural too: "Children"
        if not word.istitle() or not (common or low in TITLE_MODIFIERS) or low in places:
            return False
        if word in ORG_HEADS and not before:  # "Cabinet Office Minister": a body's post
            return False
        field = field or owned or low in TITLE_MODIFIERS or low in FIELD_WORDS or low.endswith(ABSTRACT)
    return field


def listed_places(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of) -> None:
    """In a list of at least `LIST_MIN` names (commas, "and", bracketed figures between them) of which
    most are places (by their label or the gazetteer), a member the gazetteer has as a place is one,
    whatever the model said; not in sports reports, nor when the list modifies a noun ("X, Y and Z
    brands")."""
    places, toks = world().places, ctx.toks
    if ctx.sports or not any(v == "ORG" or (v == "PERSON" and k in places) for k, v in labels.items()):
        return  # "Lazio, Roma and Milan" are clubs; or no body, nor person a gazetteer place
    for members in _lists(ctx, cands):
        end = members[-1].end
        if end < len(toks) and toks[end].is_lower and toks[end].tag_.startswith("NN"):
            continue  # "the Penfolds, Lindemans and Rosemount brands"
        keys = [key_of(ctx, c) for c in members]
        placed = sum(labels.get(k) in {"GPE", "LOC"} or ctx.norm_of(c.start, c.end) in places
                     for c, k in zip(members, keys, strict=True))
        if 2 * placed <= len(keys):
            continue
        known = sum(ctx.norm_of(c.start, c.end) in places for c in members)  # the gazetteer's places
        for c, key in zip(members, keys, strict=True):
            if labels.get(key) in {"ORG", "PERSON"} and ctx.norm_of(c.start, c.end) in places:
                labels[key] = "GPE"
            elif labels.get(key) == "ORG" and known >= LIST_MIN - 1 and _bare_name(ctx, c):
                labels[key] = "GPE"  # "Tyneside" of "to Tyneside, Bristol and Leeds": a place too


def _bare_name(ctx: DocCtx, c: Cand) -> bool:
    """A title-cased name without a body's head word or capitals ("Acme Group", "BT") nor a body's cue."""
    words = ctx.words[c.start : c.end]
    cased = all(w[:1].isupper() and not w.isupper() and w not in ORG_HEADS for w in words)
    return cased and c.src not in KEPT


def listed_peoples(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of) -> None:
    """A one-word name listed with two nationalities or peoples or more, which make half the list
    ("Chinese, Peranakan, Eurasian and Malay dishes"), is a people too, when no gazetteer has it as a
    place and no census lists it as a name."""
    gaz, peoples = world(), set()
    for members in _lists(ctx, cands, 2):
        known = [c for c in members if gaz.label.get(ctx.norm_of(c.start, c.end)) == "NORP"]
        if len(known) < 2 or 2 * len(known) < len(members):  # "Amongst Indians, Labour still leads"
            continue
        for c in members:
            key = ctx.norm_of(c.start, c.end)
            if c in known or c.end - c.start > 1 or key in gaz.places or key in gaz.label or census_name(key):
                continue
            if labels.get(key_of(ctx, c)) in {"ORG", "PERSON", "GPE", "LOC"} and ctx.words[c.start].isalpha():
                peoples.add(key_of(ctx, c))
    for c in cands:
        if key_of(ctx, c) in peoples:
            labels[key_of(ctx, c)] = c.label = "NORP"


def _lists(ctx: DocCtx, cands: list[Cand], least: int = LIST_MIN) -> list[list[Cand]]:
    """Runs of at least `least` candidates in text order with only separators and figures between them."""
    out, run = [], []
    for c in sorted((c for c in cands if c.label), key=lambda c: c.start):
        if run and not _listed(ctx, run[-1].end, c.start):
            if len(run) >= least:
                out.append(run)
            run = []
        run.append(c)
    if len(run) >= least:
        out.append(run)
    return out


def _listed(ctx: DocCtx, a: int, b: int) -> bool:
    """Tokens [a, b) join two list members: separators and numbers only, one line."""
    if not 0 < b - a <= GAP_MAX or any("\n" in ctx.ws[i] for i in range(a - 1, b)):
        return False
    words = ctx.words[a:b]
    return any(w in {",", ";", "and", "or"} for w in words) and all(
        w in LIST_GAP or w.replace(",", "").replace(".", "").lstrip("+-").rstrip("%").isdigit() for w in words
    )


def acronym_led(ctx: DocCtx, cands: list[Cand]) -> None:
    """The model's person of several words opening with a word of three or more capitals, in a line
    of mixed case, no title ("MLA"), that the article also writes alone or before another word: a
    body's name ("KNA Kisumu" ... "the KNA"), not a person's initials ("TKR Ramaswamy")."""
    for c in cands:
        first = ctx.words[c.start]
        if c.label != "PERSON" or c.end - c.start < 2 or c.src in KEPT or len(first) < 3:
            continue
        if not (first.isalpha() and first.isupper()) or ctx.in_caps(c.start) or is_title_word(first):
            continue
        nxt = ctx.words[c.start + 1]
        if any(w == first and ctx.words[i + 1] != nxt for i, w in enumerate(ctx.words[:-1])):
            c.label, c.weight = "ORG", max(c.weight, 3.0)


def bracket_acronyms(ctx: DocCtx) -> list[Cand]:
    """An acronym in brackets right after a name the model calls a body, or that ends in a body's
    noun: that body's acronym, whatever language its letters spell ("(APM)"; "(Capem)", written as
    a word, when no common word)."""
    doc, w, out = ctx.doc, ctx.words, []
    if "(" not in ctx.text:
        return out
    for a in (i for i, word in enumerate(w) if word == "("):
        if a == 0 or a + 2 >= len(w) or w[a + 2] != ")" or ctx.taken[a + 1] or not _acronym(w[a + 1]):
            continue
        prev = doc[a - 1]
        body = (prev.ent_type_ == "ORG" and prev.ent_iob_ in {"I", "B"}) or prev.text in ORG_HEADS
        if body and not gazetteer_label(fold(w[a + 1])) and not ctx.in_caps(a):
            out.append(Cand(a + 1, a + 2, "ORG", "def", 4.0))
    return out


def _acronym(word: str) -> bool:
    if ACRONYM.match(word):
        return True
    return word.isalpha() and word.istitle() and 3 <= len(word) <= 8 and not W.generic_key(word.lower())


def storms(ctx: DocCtx, cands: list[Cand]) -> None:
    """A one-word name right after a storm's noun ("tropical storm Alma"), or with its capitalised
    noun ("Typhoon Kito", the name kept whole), is an event, on every mention (the model calls it
    a person)."""
    if STORMS.isdisjoint(TK.of(ctx.doc).lowers) or not STORM_WORDS.search(ctx.text):
        return  # the words first: cheaper than the regex over the text
    for c in cands:
        w, s = ctx.words, c.start
        named = c.end - s == 1 and s > 0 and w[s].istitle() and w[s - 1].lower() in STORMS
        titled = c.end - s == 2 and w[s].lower() in STORMS and w[s + 1].istitle()  # "Typhoon Kito"
        if (named or titled) and c.src not in KEPT:
            c.label, c.weight, c.role = "EVENT", max(c.weight, SPEAKER_WEIGHT), None


NOUNS = frozenset({"NOUN", "PROPN"})


def national_names(ctx: DocCtx, cands: list[Cand]) -> None:
    """The model's one-word nationality before one untagged capitalised word that ends a name: a
    body's or an event's ("Swiss Re", "Scottish Water", "Australian Open", "the Welsh Executive said");
    not a title, a plural, a person's name or a place after it ("Kyrgyz President", "Soviet Republics",
    "Swiss Alps")."""
    doc, taken = ctx.doc, set()
    for c in cands:
        e = c.end
        if c.label != "NORP" or e - c.start != 1 or c.src != "model" or e + 1 >= len(doc) or ctx.in_caps(e):
            continue
        tok, after = ctx.toks[e], ctx.toks[e + 1]
        if after.like_num or after.lower_ in {"party", "parties"}:
            continue  # "Formula 1", "the Austrian Green party"
        glued = after.text in {"-", "\u2013"} and not tok.whitespace_  # "European Low-fare Airlines"
        acronym = _body_acronym(ctx, c.start, tok)  # "the Spanish FA"
        if not (_name_word(tok) or acronym) or after.text[:1].isupper() or glued:
            continue
        if is_title_word(tok.text) and not _body_modifier(ctx, c.start, tok, after):
            continue
        low = tok.lower_
        if (census_name(low) and not W.generic_key(low)) or W.generic_plural(low):
            continue  # "the Kenyan Kiprop", "Soviet Republics"
        key = fold(doc[c.start : e + 1].text)
        if gazetteer_label(key) or key in world().places:
            continue
        c.end, c.weight = e + 1, max(c.weight, 2.0)
        c.label = "EVENT" if tok.text in EVENT_HEADS else "ORG"
        taken.add(e)
    cands[:] = [c for c in cands if not (c.start in taken and c.end == c.start + 1)]  # the model's "FA"


def _body_modifier(ctx: DocCtx, s: int, tok, after) -> bool:  # noqa: ANN001 (spaCy Tokens)
    """A word that modifies titles ending "the <nationality> X" before no noun, which the article
    never writes before a noun, nor a kind of country's division: a government's body ("the Welsh
    Executive has"), not "the French President", "the French Finance Minister", "the Cuban State"."""
    low = tok.lower_
    if low not in TITLE_MODIFIERS or low in _division_kinds() or after.pos_ in NOUNS:
        return False
    if s < 1 or ctx.words[s - 1].lower() != "the":
        return False
    w, doc = ctx.words, ctx.doc
    return not any(w[i].lower() == low and doc[i + 1].pos_ in NOUNS for i in range(len(w) - 1))  # rare: once


@cache
def _division_kinds() -> frozenset[str]:
    """Lower-case kinds of ISO 3166-2 subdivisions ("state", "province"): a country's parts."""
    return frozenset(d["type"].lower() for d in iso_table("3166-2"))


def _body_acronym(ctx: DocCtx, s: int, tok) -> bool:  # noqa: ANN001 (a spaCy Token)
    """An all-capital short word the model left out after "the" and a nationality ("the Spanish FA"):
    the nation's body by its initials."""
    return (s > 0 and ctx.words[s - 1].lower() == "the" and tok.is_upper and tok.is_alpha
            and 1 < len(tok.text) < 6 and (tok.ent_iob_ == "O" or tok.ent_type_ == "ORG"))


def _name_word(tok) -> bool:  # noqa: ANN001 (a spaCy Token)
    """A capitalised word the model left out of every name, not opening a sentence."""
    return tok.is_title and tok.is_alpha and tok.ent_iob_ == "O" and not tok.is_sent_start
