"""What the article itself says a name is, and where the name ends.

`cue_cands` finds works and bands named after a cue noun ("the film X", "single X", "punk band X"),
`definition_cands` acronyms defined in brackets with their expansions ("the Lagos Waste Authority
(LWA)"), and `work_after` reads what follows a name (bills and acts: `entities.laws`); names the
model cut in two are re-joined in `entities.pieces`. All work on token indices.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.entities import tokens as TK
from pipeline.entities.ampersandtitles import ampersand_end
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.gazetteer import world
from pipeline.entities.groupmembers import members_named
from pipeline.entities.hyphenedcues import hyphened_work
from pipeline.entities.lexicon import (
    CUES,
    FIRM_WORDS,
    HONORIFICS,
    ORG_HEADS,
    OUTLET_ARMS,
    fold,
    gazetteer_label,
    given_name,
    is_title_word,
    norm,
)
from pipeline.entities.pluralowners import plural_apostrophe
from pipeline.entities.verbcues import named_noun, noun_hit
from pipeline.entities.words import generic_key, glued_dash
from pipeline.nlp.extensions import doc_text

WORK_NOUNS = frozenset(CUES["work_nouns"])
GROUP_NOUNS = frozenset(CUES["group_nouns"])
PRODUCT_NOUNS = frozenset(CUES["product_nouns"])  # "the drug Tysabri", "the games console Xbox"
PRODUCT_PHRASES = frozenset(CUES["product_phrases"])  # "the operating system Linux"
PHRASE_ENDS = frozenset(p.split()[-1] for p in PRODUCT_PHRASES)
SPORTS_SKIP = frozenset(CUES["sports_skip"])
WORK_AFTER = frozenset(CUES["work_after"])
LAW_HEADS = frozenset(CUES["law_heads"])
DOCUMENT_HEADS = frozenset(CUES["document_heads"])  # "Kyoto Protocol", "Basic Law": named documents
PLACE_HEADS = frozenset(CUES["place_heads"])
FACILITY_HEADS = frozenset(CUES["facility_heads"])
BODY_NEXT = frozenset({"said", "says", "announced", "employs"})  # after a name, what only a body does
SMALL = frozenset(CUES["title_small"])
EVENT_WORDS = frozenset(CUES["event_heads"])  # "Brit Awards", "Games Expo": ceremonies and shows
EVENT_PHRASES = frozenset(CUES["event_phrases"])  # "the Norvik Cross Country": a race
PREPS = frozenset(CUES["title_preps"])
LEADS = frozenset({"into"})  # a title's small word before a capital only: "Flight into Danger"
POSS = frozenset({"'s", "\u2019s"})
HYPHEN = frozenset({"-"})
POSS_CUT = POSS | {"'", "\u2019"}  # "Reuters' Tom Hale"
ACRONYM = re.compile(r"^(?=[A-Z0-9&-]*[A-Z][A-Z0-9&-]*$)[A-Z][A-Z0-9&-]{1,7}$")
NAMED = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "DATE", "EVENT"})
LIST_PLACE_PREPS = frozenset({"in", "across", "around"})  # a place between a plural cue and its list
LISTED_WORKS = frozenset({"credits"})  # "his film credits include A, B and C"
CUE_WORDS = WORK_NOUNS | GROUP_NOUNS | PRODUCT_NOUNS | LISTED_WORKS | FIRM_WORDS
CREDITED_ARTS = frozenset({"film", "tv", "television", "stage", "screen", "acting", "movie"})
THING_TAGS = frozenset({"", "PRODUCT", "WORK_OF_ART", "FAC"})  # the model's tags a firm's noun overrules
CUE_WEIGHT = 20.0  # "the game X" outweighs the model's guesses on every other mention of X
OPENERS = frozenset({".", "!", "?", '"', "\u201c"})
CONTRACTIONS = frozenset(
    {"n't", "n\u2019t", "'re", "'ll", "'ve", "'m", "'d", "\u2019re", "\u2019ll", "\u2019ve"}
)


def title_end(ctx: DocCtx, i: int, joins: bool = True, max_len: int = 12) -> int | None:
    """End of a title written in capitals from token i ("How to Build a Lighthouse", "The Return"):
    capitalised words (or glued by a hyphen: "Zero-Eight"), with small words, "'s", ":" and "&" (not in
    a list) between them; None when token i starts none."""
    doc, n = ctx.doc, len(ctx.doc)
    if i >= n or not ctx.words[i][:1].isupper() or ctx.in_caps(i):
        return None
    last, j = i, i + 1
    while j < n and j - i < max_len and "\n" not in ctx.toks[j - 1].whitespace_:
        tok = ctx.toks[j]
        nxt = ctx.toks[j + 1] if j + 1 < n else None
        head, opened = tok.text[:1], ctx.words[j - 1] in OPENERS
        if head.isupper() and not opened or head.isdigit() and len(tok) <= 4 or glued_dash(doc, j):
            last, j = j, j + 1
        elif tok.lower_ in CONTRACTIONS and not ctx.ws[j - 1] and ctx.words[j - 1][:1].isupper():
            last, j = j, j + 1  # "Sometimes You Can't Make It", "Boys Don't Cry": never cut in "Ca"
        elif nxt is not None and (
            (nxt.text[:1].isupper() and (tok.text in POSS or plural_apostrophe(doc, j)  # "Nurses' Secrets"
                                         or tok.text == ":" or tok.text == "&" and joins))
            or (_small(tok, joins) and (nxt.text[:1].isupper()
                                        or _small_run(doc, j + 1) and tok.lower_ not in LEADS))
        ):
            inside = tok.ent_iob_ == "I" and ctx.toks[i].ent_iob_ != "O"  # "Human Rights in Tibet": one name
            if tok.lower_ in PREPS and _named_after(doc, j + 1, tok.lower_) and not inside \
                    and not _repeated(doc, i, j + 1):
                break  # "the film Hero in China", not "Ticket to Heaven" written twice
            j += 1 + (not nxt.text[:1].isupper())  # "Christmas with the Kranks", "Genie in a Bottle"
        else:
            break
    return ampersand_end(ctx.words, last + 1) if joins else last + 1  # "Heart, Stone & Fire"


def _repeated(doc: Doc, i: int, k: int) -> bool:
    """The run from token i over the capitalised words from k ("Ticket to Heaven") stands twice in the
    article: one title, not a title and a place after its preposition."""
    while k < len(doc) and doc[k].text[:1].isupper() and "\n" not in doc[k - 1].whitespace_:
        k += 1
    return doc_text(doc).count(doc[i:k].text) > 1  # the article's text, kept once (Doc.text rebuilds it)


def _small(tok, joins: bool = True) -> bool:
    """A small word a title may hold; in a list ("the films X and Y") never "and"/"or"."""
    return tok.is_lower and tok.lower_ in SMALL and (joins or tok.lower_ not in {"and", "or"})


def _small_run(doc: Doc, k: int) -> bool:
    """Token k is a second small word before a capitalised one ("with the Kranks", "in a Bottle")."""
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return nxt is not None and _small(doc[k]) and nxt.text[:1].isupper() and "\n" not in doc[k].whitespace_


def _named_after(doc: Doc, k: int, prep: str = "") -> bool:
    """A name of its own starts at k (after "the"): a place, a person, a date; after "and"/"or"
    not a lone word the model calls a person ("Hide and Seek", "Romeo and Juliet")."""
    while k < len(doc) and doc[k].lower_ == "the":
        k += 1
    if k >= len(doc):
        return False
    tok = doc[k]
    lone = k + 1 == len(doc) or doc[k + 1].ent_iob_ != "I"
    if prep in {"and", "or"} and tok.ent_type_ == "PERSON" and lone:
        return False
    unknown_place = tok.ent_type_ in {"GPE", "LOC"} and norm(tok.text) not in world().places  # "a Bottle"
    named = tok.ent_iob_ == "B" and tok.ent_type_ in NAMED and not unknown_place
    return named or gazetteer_label(norm(tok.text)) is not None


def _cue(ctx: DocCtx, i: int) -> str | None:
    """The label a cue noun at token i gives the name after it."""
    tok = ctx.toks[i]
    low = tok.lower_
    if hyphened_work(ctx.words, i) and not ctx.in_caps(i):
        return "WORK_OF_ART"  # "the movie re-make X": tagged a verb
    verb = tok.pos_ in {"VERB", "AUX"} and not _owned(ctx.doc, i) and not _compound(ctx.doc, i)
    verb = verb and not noun_hit(ctx.doc, i) and not named_noun(ctx.doc, i)  # "stage hit X", "Y biopic X"
    if verb or ctx.in_caps(i):
        return None
    if "best" in ctx.words[max(0, i - 2) : i]:  # a prize's category: "was named best musical, X"
        return None
    if not tok.is_lower and not (tok.is_title and _opens_sentence(ctx.doc, i)):
        return None
    if low in GROUP_NOUNS and tok.is_lower:
        return "ORG"
    if low in FIRM_WORDS and tok.is_lower and tok.pos_ == "NOUN" and _untagged_name(ctx.doc, i + 1):
        return "ORG"  # "rights management firm Veritrust", which the model missed or called a product
    if (low in PRODUCT_NOUNS or _phrase(ctx, i)) and tok.is_lower:
        return "PRODUCT"
    if low in WORK_NOUNS and not (ctx.sports and low in SPORTS_SKIP):
        return "WORK_OF_ART"
    return None


def _phrase(ctx: DocCtx, i: int) -> bool:
    """Token i ends a product's noun of two words ("operating system")."""
    words = ctx.words
    return words[i] in PHRASE_ENDS and i > 0 and f"{words[i - 1]} {words[i]}" in PRODUCT_PHRASES


def _untagged_name(doc: Doc, k: int) -> bool:
    """A capitalised word at k that the model tagged as no name or as a thing ("firm Veritrust" a
    product), no title ("firm Chairman") and no person's given name ("analysts Tom Hale")."""
    toks = TK.toks(doc)
    tok = toks[k] if k < len(doc) else None
    if tok is None or len(tok) < 2 or not tok.is_title or tok.is_sent_start:
        return False  # "company N / A"
    if not tok.whitespace_ and k + 1 < len(doc) and toks[k + 1].text == "-":
        return False  # "F-Secure": the cue's title would end at the hyphen
    if tok.ent_type_ not in THING_TAGS:  # "agency Saturday launched"
        return False
    return not is_title_word(toks[k].text) and not given_name(norm(toks[k].text))


def _owned(doc: Doc, i: int) -> bool:
    """A cue word the tagger took for a verb after a possessive, maybe with one noun or adjective
    between ("her debut hit Genie"): a noun."""
    k = i - 1 - (i > 1 and doc[i - 1].pos_ in {"NOUN", "ADJ"} and doc[i - 1].is_lower)
    return k >= 0 and doc[k].tag_ == "PRP$"


def _compound(doc: Doc, i: int) -> bool:
    """A plural cue word the tagger took for a verb after a noun that is not its subject ("watches TV
    shows X", "on TV shows X"): the head of a noun compound."""
    prev = doc[i - 1] if i > 0 else None
    return doc[i].tag_ == "VBZ" and prev is not None and prev.pos_ == "NOUN" and prev.head.i != i


def _opens_sentence(doc: Doc, i: int) -> bool:
    prev = doc[i - 1] if i > 0 else None
    return prev is None or prev.is_space or "\n" in prev.whitespace_ or prev.text in OPENERS


def cue_cands(ctx: DocCtx) -> list[Cand]:
    """Works, bands and firms named right after a cue noun: "their single Northern Lights", "the comedy
    Waiting For Harold", "his novel, Grey Towers", "punk band Velvet Sisters", "the drug Tysabri",
    "software firm Quillsoft" (a firm's noun only before a name the model missed or did not call a
    body or a person); a list after a plural cue: "the films Hero, Zatoichi and Heat", "TV series
    such as X, Y and Z", "his credits include X and Y"."""
    doc, out = ctx.doc, []
    lows, words = TK.of(doc).lowers, ctx.words  # "re-make" of "the movie re-make X" (`hyphened_work`)
    cued = [i for i, w in enumerate(lows) if w in CUE_WORDS or words[i] in PHRASE_ENDS and _phrase(ctx, i)
            or words[i - 1] == "-" and hyphened_work(words, i)]  # the cheap first tests before the calls
    for i in cued:
        tok = ctx.toks[i]
        low = tok.lower_
        listed = _list_start(doc, tok.i + 1) > tok.i + 1  # "series such as", "credits include"
        if low in LISTED_WORKS:
            label = "WORK_OF_ART" if listed and _credits(ctx, tok.i) else None
        else:
            label = _cue(ctx, tok.i)
        if label is None:
            continue
        s = tok.i + 1
        comma = s < len(doc) and doc[s].text == "," and label == "WORK_OF_ART"
        s += comma  # "his classic novel, Grey Towers"
        plural = listed or (tok.lower_.endswith("s") and tok.lower_ not in {"series", "trilogy"})
        if plural:
            s = _list_start(doc, s)  # "her hits include X, Y and Z", "films such as X and Y"
        while True:
            e = title_end(ctx, s, joins=not plural)
            if e is None or gazetteer_label(norm(doc[s:e].text)) or _relative_to(doc, tok.i, e):
                break
            if e - s > 2 and words[s + 1] == "in" and words[s] in EVENT_WORDS:
                break  # "the games Expo in Kelby": a show's head and its town, no title
            if s == tok.i + 1 and _apart(ctx, tok.i, s, e):
                break
            if comma and s == tok.i + 2 and ctx.parsed and doc[s:e].root.head.i != tok.i \
                    and not _set_off(ctx, tok.i, e):
                break  # "For its answer feature, Microsoft is ...": no apposition
            if doc[s].text in {"I", "He", "She", "It", "We", "They"} and e - s == 1:
                break
            own = _maker(doc, s, e) if label == "PRODUCT" else None
            if own is not None:  # "Microsoft's Xbox": the maker, then the product
                out.append(Cand(s, own, "ORG", "cue", CUE_WEIGHT))
            out.append(Cand(s if own is None else own + 1, e, label, "cue", CUE_WEIGHT))
            if not plural or e + 1 >= len(doc) or doc[e].text not in {",", "and"}:
                break
            s = e + 1 + (doc[e + 1].lower_ == "and")
    return out


def _set_off(ctx: DocCtx, cue: int, e: int) -> bool:
    """A title the parse read as a clause ("their single, We Are The World, in 1985") is still set off
    as an apposition: a comma or the sentence's end closes it, and an owner's possessive opens the
    cue's phrase."""
    doc = ctx.doc
    closed = e >= len(doc) or doc[e].text in {",", ".", ";", ")"}
    owned = any(doc[k].tag_ == "PRP$" for k in range(max(0, cue - 6), cue))
    return closed and owned and not ctx.in_caps(cue)


def _maker(doc: Doc, s: int, e: int) -> int | None:
    """Index of the possessive after a product's maker inside a name ("Microsoft's Xbox"), if any."""
    return next((k for k in range(s + 1, e - 1) if doc[k].text in POSS), None)


def _credits(ctx: DocCtx, i: int) -> bool:
    """A performer's works after "his film credits" (not "tax credits")."""
    doc = ctx.doc
    if ctx.in_caps(i) or i == 0:
        return False
    prev = doc[i - 1]
    return prev.tag_ == "PRP$" or prev.lower_ in WORK_NOUNS or prev.lower_ in CREDITED_ARTS


def _apart(ctx: DocCtx, cue: int, s: int, e: int) -> bool:
    """The name right after the cue word is no title of it: it opens a clause of its own after "a"
    ("than a downloaded movie NEC is showing"), the cue word is an adjective ("a single AAA battery"),
    or a group's members follow it ("duo Ann Lee and Tom Hale")."""
    doc = ctx.doc
    if _named_cue(doc, cue) and person_named(doc, s, e) or members_named(doc, cue, s, e):
        return True
    if not ctx.parsed:
        return False
    if doc[cue].pos_ == "ADJ":  # but "the US musical Sweet Charity has ..."
        nxt = doc[e] if e < len(doc) else None
        return nxt is not None and nxt.is_lower and nxt.tag_.startswith("NN") and generic_key(nxt.lower_)
    root, word = doc[s:e].root, doc[cue]
    linked = word.head.i == root.i or root.head.i == cue or word.head.i == root.head.i
    indefinite = any(t.lower_ in {"a", "an"} for t in word.lefts)  # "a movie", never "the movie X"
    return indefinite and root.dep_ == "nsubj" and root.head.pos_ in {"VERB", "AUX"} and not linked


def _named_cue(doc: Doc, cue: int) -> bool:
    """The cue word may have its name, between an owner's possessive and it ("Radio 9's Today
    programme Mr Hale ..."): a person's name after it is then no title of it (but "Ann Lee's
    Vietnam epic Platoon" is)."""
    k = cue - 1
    while k > cue - 4 and k > 0 and doc[k].is_title:
        k -= 1
    return k < cue - 1 and doc[k].text in POSS and not doc[k - 1].whitespace_


def _list_start(doc: Doc, s: int) -> int:
    """Past the words that open a list of examples after a plural cue noun ("include", ", including",
    "such as"), or s itself."""
    toks = TK.toks(doc)
    k = s + (s < len(doc) and toks[s].text == ",")
    if k < len(doc) and toks[k].lower_ in LIST_PLACE_PREPS:  # "six hits in the UK, including X"
        k = next((j + 1 for j in range(k + 1, min(k + 5, len(doc) - 1)) if toks[j].text == ","
                  and toks[j + 1].lower_ == "including" and toks[j - 1].ent_type_ in {"GPE", "LOC"}), k)
    if k < len(doc) and toks[k].lemma_ == "include" and toks[k].pos_ == "VERB":
        return k + 1
    if k + 1 < len(doc) and toks[k].lower_ == "such" and toks[k + 1].lower_ == "as":
        return k + 2
    return s


def _relative_to(doc: Doc, cue: int, e: int) -> bool:
    """The name is the subject of a clause about the cue noun ("the game Chelsea won")."""
    return e < len(doc) and doc[e].pos_ == "VERB" and doc[e].dep_ == "relcl" and doc[e].head.i == cue


def work_after(doc: Doc, e: int, s: int = 0) -> bool:
    """The name (tokens s.. e) is followed by "starring"/"stars" and a person, or by "directed by"
    and a person with no lower-case "the" before it (not "the Lyric Ballet, directed by"): a film."""
    tk = TK.of(doc)  # the Doc's lists, no Token made
    words, low, ents = tk.words, tk.lowers, tk.ent_types
    k = e + (e < len(words) and words[e] == ",")
    if k + 2 < len(words) and low[k] == "directed" and low[k + 1] == "by":
        return ents[k + 2] == "PERSON" and not (s > 0 and words[s - 1] == "the")
    return k + 1 < len(words) and low[k] in WORK_AFTER and ents[k + 1] == "PERSON"


def facility_name(doc: Doc, s: int, e: int) -> bool:
    """A name of a built place ("Harbour Bridge", "Kisumu Museum", "Central Prison"): capitalised words
    ending in a facility head, never followed by what only a body does ("the Mirembe Hospital said
    it", "... has announced"; "which" only after a body's head too: "... Hospital, which employs",
    not "the Harbour Bridge, which links"; not "the Harbour Tower has 61 lifts")."""
    toks = TK.toks(doc)
    if e - s < 2 or toks[e - 1].text not in FACILITY_HEADS or not toks[e - 2].text[:1].isupper():
        return False
    k = e + (e < len(doc) and toks[e].text == ",")
    nxt = toks[k].lower_ if k < len(doc) else ""
    if nxt in {"has", "have"}:  # a body's act ("has announced"), not what a building has
        return k + 1 >= len(doc) or toks[k + 1].tag_ != "VBN"
    return nxt not in BODY_NEXT and not (nxt == "which" and toks[e - 1].text in ORG_HEADS)


def of_tail(doc: Doc, end: int, label: str) -> int:
    """The end of a name the model cut after "of" or "of the", over the capitalised words that follow
    on its line ("the Office of the" Deputy Prime Minister)."""
    tk = TK.of(doc)  # asked at every model's name: the Doc's lists, no Token made
    words, low, ws = tk.words, tk.lowers, tk.ws
    k = end - 1 - (low[end - 1] == "the" and end > 1)
    if low[k] not in {"of", "for"} or label in {"PERSON", "GPE", "NORP"} or k < 1:
        return end
    if given_name(norm(words[k - 2])) if k > 1 else False:  # "Francesca Lenz of" Italy: a person
        return end
    while end < len(words) and words[end].istitle() and "\n" not in ws[end - 1]:  # `is_title`: `istitle`
        end += 1
    return end


def occurrences(words: list[str], run: list[str]) -> list[int]:
    """Where the words of `run` occur in the article's `words`."""
    n = len(run)
    if not n:
        return list(range(len(words) + 1))
    first = run[0]  # a cheap test first: most words are not the run's first
    return [i for i in range(len(words) - n + 1) if words[i] == first and words[i : i + n] == run]


def elsewhere(ctx: DocCtx, s: int, e: int) -> list[int]:
    """Other places where the words of tokens s..e occur."""
    return [i for i in occurrences(ctx.words, ctx.words[s:e]) if i != s]


ITEM_ENDS = re.compile(r"[,;]")  # the separators of a team sheet's items
LINEUP = re.compile(r"(?:^|(?<=[;,]))\s*([A-Z]\.? [A-Z][A-Za-z'\u2019-]+)\s*(?:\([a-z. ]+\))?\s*(?=[;,.]|$)")


def lineup_cands(ctx: DocCtx) -> list[Cand]:
    """Players in a team line-up ("T Hale, J Brand; K Moss (capt), ..."): a line of initials and
    surnames, three or more, that make up most of the line's items."""
    out = []
    for a, b in ctx.lines:
        line = ctx.text[a:b]
        if line.count(",") + line.count(";") < 2:
            continue
        starts = [0] + [m.end() for m in ITEM_ENDS.finditer(line)]  # where LINEUP's items open
        found = [m for k in starts if (m := LINEUP.match(line, k))]
        items = len(re.split(r"[;,]", line.strip().rstrip(".")))
        if len(found) < 3 or 3 * len(found) < 2 * items:
            continue
        for m in found:
            span = ctx.doc.char_span(a + m.start(1), a + m.end(1), alignment_mode="expand")
            if span is not None:
                out.append(Cand(span.start, span.end, "PERSON", "lineup", 3.0))
    return out


def possessive_cut(ctx: DocCtx, s: int, e: int) -> int | None:
    """Index of a possessive that joins two names in one span ("Tencent's Huanhe", "Kenya's Standard
    Gauge Railway"): the owner is a country or region, or stands alone elsewhere in the article, or
    is itself a body's name ("Wuhan University's Virus Laboratory", "the Ministry of Water's
    Drilling Bureau"), or a gazetteer place owning a body ("Lyon's Pasteur Institute"). A name built
    on a possessive ("Destiny's Child", "People's Daily": the first part never alone) is kept."""
    doc = ctx.doc
    for k in range(s + 1, e - 1):
        if ctx.words[k] not in POSS_CUT or ctx.toks[k - 1].whitespace_ or not ctx.words[k + 1][:1].isupper():
            continue
        if len(ctx.words[k - 1]) == 1 and ctx.toks[k - 1].is_upper:
            continue  # a surname's particle written apart: "Ciara O' Hare"
        owner = norm(doc[s:k].text)
        if gazetteer_label(owner) in {"GPE", "LOC"} or alone_elsewhere(ctx, s, k):
            return k
        if k - s > 1 and (ctx.words[k - 1] in ORG_HEADS or ctx.words[k - 1] in OUTLET_ARMS):  # "BBC Films' X"
            return k
        if ctx.words[e - 1] in ORG_HEADS and owner_place(ctx, s, k):
            return k
        if headed_owner(doc, s, k) and any(t.text in ORG_HEADS for t in doc[k + 1 : e]):
            return k  # "the Ministry of Water's Drilling Bureau": a body's unit
        if person_named(doc, k + 1, e) or parallel_owners(ctx, s, e):
            return k
    return None


def headed_owner(doc: Doc, s: int, k: int) -> bool:
    """Tokens s..k name a body by its head and "of", "for" or "on" ("Ministry of Water")."""
    return any(doc[i].text in ORG_HEADS and doc[i + 1].lower_ in {"of", "for", "on"} for i in range(s, k - 2))


def parallel_owners(ctx: DocCtx, s: int, e: int) -> bool:
    """The span is listed beside another owner's name ("Sony's Playstation, Nintendo's Wii and ..."):
    next to a comma or a conjunction, a capitalised word, its possessive and a capitalised name."""
    doc, links = ctx.doc, {",", "and", "or"}
    after = range(e + 1, min(e + 5, len(doc) - 1)) if e < len(doc) and doc[e].text in links else range(0)
    before = range(max(1, s - 5), s - 1) if s > 1 and doc[s - 1].text in links else range(0)
    return any(doc[k].text in POSS and doc[k - 1].is_title and not doc[k - 1].whitespace_
               and doc[k + 1].text[:1].isupper() for k in [*after, *before])


def person_named(doc: Doc, s: int, e: int) -> bool:
    """Tokens s..e are a person's name: after an honorific, or up to three capitalised words opening
    with a common given name that is no common noun ("Sky's Mr Saunders", "the band's Lisa")."""
    first = fold(doc[s].text)
    if first in HONORIFICS:
        return e - s > 1
    if e - s == 1 and generic_key(doc[s].lower_):
        return False  # "New Year's Eve", "Real's Harmony"
    return e - s <= 3 and given_name(first) and all(t.is_title and t.is_alpha for t in doc[s:e])


def owner_place(ctx: DocCtx, s: int, k: int) -> bool:
    """Tokens s..k name a gazetteer place (a city or subdivision too), not a body."""
    return norm(ctx.doc[s:k].text) in world().places and ctx.words[k - 1] not in ORG_HEADS


def hyphen_cut(ctx: DocCtx, s: int, e: int) -> int | None:
    """Index of a hyphen that joins two places, one of them a country ("UK-India", "Russia-Ukraine"
    ties), or two names the article also writes on their own ("the Fiat-GM deal"): two names, not
    one. Nationalities joined so ("Arab-Israeli") stay whole."""
    doc = ctx.doc
    for k in range(s + 1, e - 1):
        if ctx.words[k] != "-" or ctx.toks[k - 1].whitespace_ or ctx.toks[k].whitespace_:
            continue
        left, right = gazetteer_label(norm(doc[s:k].text)), gazetteer_label(norm(doc[k + 1 : e].text))
        if {left, right} <= {"GPE", "LOC"} and "GPE" in {left, right}:
            return k
        if "NORP" not in {left, right} and ctx.toks[s].is_title and ctx.words[k + 1][:1].isupper() \
                and len(doc[k + 1 : e].text) > 1 \
                and alone_elsewhere(ctx, s, k, HYPHEN, HYPHEN) \
                and alone_elsewhere(ctx, k + 1, e, HYPHEN, HYPHEN):
            return k  # "the Fiat-GM deal" where the article names Fiat and GM on their own
    return None


def alone_elsewhere(ctx: DocCtx, s: int, k: int, not_after: frozenset[str] = POSS_CUT,
                     not_before: frozenset[str] = frozenset()) -> bool:
    """The words of tokens s..k occur elsewhere as a whole name: not inside a longer capitalised
    name, not before a word of `not_after` (the same possessive) nor after one of `not_before`
    (a hyphen: "GM said", not "Fiat-GM" again nor "Hewlett-Packard")."""
    w, n = ctx.words, k - s
    for i in elsewhere(ctx, s, k):
        before = w[i - 1] if i > 0 else ""
        after = w[i + n] if i + n < len(w) else ""
        if after not in not_after and before not in not_before and not after[:1].isupper() \
                and not before[:1].isupper():
            return True
    return False


def event_named(words: list[str], s: int, e: int) -> bool:
    """Words s..e of more than one end in a show's or a race's head ("Brit Awards", "Great Norvik
    Cross Country")."""
    return e - s > 1 and (words[e - 1] in EVENT_WORDS or " ".join(words[e - 2 : e]) in EVENT_PHRASES)
