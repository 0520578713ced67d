"""Acronyms the article defines: a name's acronym in brackets takes the name's label everywhere
("the Lagos State Waste Management Authority (LAWMA)"); an acronym defined by common words
("automated teller machines (ATMs)") is a term, no name."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Token

from pipeline.entities import lowerspelled as LS
from pipeline.entities import techterms as TT
from pipeline.entities import tokens as TK
from pipeline.entities import translatednames as TN
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import ACRONYM, EVENT_WORDS, NAMED, POSS
from pipeline.entities.laws import law_name
from pipeline.entities.lexicon import (
    CUES,
    DETERMINERS,
    EVENT_HEADS,
    FIRM_WORDS,
    ORG_HEADS,
    ORG_ROLES,
    SPEECH_VERBS,
    gazetteer_label,
    is_title_word,
    known_place,
    norm,
)
from pipeline.entities.words import generic_key, generic_plural

HEAD_ENDS = frozenset({"ADV", "VERB", "AUX", "ADP", "CCONJ", "PART"})  # "sent an MMS to", "an MMS so"
COUNT_ENDS = frozenset({",", ".", ";", ")", "?", "!"})  # "a PVR." ends the noun phrase
BODY_AFTER = frozenset({  # a body's people and acts, not a product's ("PC sales", "DVD customers")
    "leader", "leaders", "leadership", "official", "officials", "spokesman", "spokeswoman", "spokesperson",
    "chief", "agents", "supporters", "delegation", "members", "activists", "candidates", "candidate",
    "executives", "headquarters", "manifesto", "conference", "councillors", "backbenchers", "mps", "boss"})
BODY_SPEECH = SPEECH_VERBS | {  # "The WHO confirms": a body's acts of speech (a product's are not)
    "confirms", "confirmed", "warns", "warned", "claims", "claimed", "reports", "reported", "urged", "urges"}
HEAD_PREPS = frozenset({"of", "for", "on", "in", "against", "at", "to"})  # a name's head comes before them
TERM_HEADS = frozenset(CUES["term_heads"])  # "SMS messages", "the UMD format": a technology's nouns
TERM_KINDS = frozenset(CUES["term_kinds"])  # "a protocol called TCP", "UMD, the disc format"
TECH_NOUNS = TERM_HEADS | TERM_KINDS  # the nouns of a technology, either side of its name
TERM_TAILS = frozenset(CUES["term_tails"])  # "3G-enabled", "UWB-using"
TERM_PREPS = frozenset({"via", "over", "using"})  # "sent via SMS", "works over GPRS"
PREP_ENDS = frozenset({"PUNCT", "ADP", "CCONJ", "SCONJ", "PART", "ADV"})  # "via SMS to", "over GPRS and"
NAMING = frozenset({"called", "dubbed", "named"})  # "a technology called XDR", "known as DAB"
ADDRESS_PREPS = frozenset({"to", "by"})  # "complained to the IAAF", "banned by the IAAF"; "from the DVD"
PHRASE_ENDS = frozenset({"and", "or", "nor", ",", ".", ";", "?", "!"})
BODY_PREPS = frozenset({"at", "joined"})  # "an analyst at IDC", "joined IBM"
ROMAN = re.compile(r"^[IVXLC]+$")
# "SMS", "3D", "VoIP" (the first lookahead fails most words at their first letter, before the scan)
TERM_SHAPE = re.compile(r"^(?=[A-Z0-9])(?=(?:[^A-Z]*[A-Z]){2}|\d[A-Z])[A-Z0-9][A-Za-z0-9]{1,5}$")
TERM_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")  # what TERM_SHAPE opens with: a cheap test


def definition_cands(ctx: DocCtx) -> list[Cand]:
    """Acronyms defined in brackets, with their expansions: "the Lagos Waste Authority (LWA)"."""
    doc, words, out = ctx.doc, ctx.words, []
    for a, w in enumerate(words):  # plain strings: no Token made per word
        if w != "(" or a + 2 >= len(words) or words[a + 2] != ")" or a == 0:
            continue
        acro = words[a + 1]
        titled = titled_acronym(acro) or mixed_acronym(acro)  # "(Alva)", "(TfL)", "(iMP)"
        if not (ACRONYM.match(acro) or titled) or gazetteer_label(norm(acro)):
            continue
        owned = a > 1 and doc[a - 1].text in POSS and not doc[a - 2].whitespace_  # "Council's (SAMRC)"
        end = a - 1 if owned else a
        s = _expansion_start(doc, end, acro.upper())
        clipped = _clipped(doc, end, acro) if s is None and titled else None
        translated = TN.translated_start(doc, end, acro) if s is None and clipped is None else None
        s = next((k for k in (s, clipped, translated) if k is not None), None)  # "(CONAPEVI)": last
        if s is None or not (s == translated or _named(doc, s, end)):  # a translated name has a body's head
            continue
        if titled and s not in (clipped, translated) and acro.upper() not in initial_forms(doc[s:end].text):
            continue
        if translated is None and doc[end - 1].ent_iob_ == "I" and doc[s].ent_iob_ == "I":  # model's start
            while s > 0 and doc[s].ent_iob_ == "I":
                s -= 1
            s += doc[s].lower_ in DETERMINERS
        label = _definition_label(doc, s, end)
        out.append(Cand(s, end, label, "def", 4.0))
        out.append(Cand(a + 1, a + 2, label, "def", 4.0))
    return out


def body_acronyms(ctx: DocCtx) -> list[Cand]:
    """Untagged acronyms of three to six capitals a body's words follow ("the CPDS leadership", "ICC
    Prosecutor X") or a firm's noun comes before ("analysts IDC"), or that speak as a body after
    "the" ("The WHO today confirms"); not terms the article counts or uses ("PVRs")."""
    doc, out, ents = ctx.doc, [], TK.of(ctx.doc).ent_types
    for i, w in enumerate(ctx.words):  # spaCy's `is_upper` and `is_alpha` are `str.isupper` and `str.isalpha`
        if not (w.isupper() and w.isalpha() and 3 <= len(w) <= 6) or ents[i] or ctx.taken[i]:
            continue
        tok = ctx.toks[i]
        if i + 1 >= len(doc) or ctx.in_caps(i) or gazetteer_label(norm(tok.text)):
            continue
        nxt, the = doc[i + 1], i > 0 and doc[i - 1].lower_ == "the"
        member = nxt.lower_ in BODY_AFTER or (nxt.is_title and is_title_word(nxt.text))
        member = member or (i > 0 and doc[i - 1].is_lower and doc[i - 1].lower_ in FIRM_WORDS)  # "firm IDC"
        verb = nxt if nxt.pos_ not in {"ADV", "NOUN"} or i + 2 >= len(doc) else doc[i + 2]  # "today"
        acting = the and verb.lower_ in BODY_SPEECH  # a product never says
        acting = acting or (the and _addressed(doc, i))
        if not (member or acting) or (tok.is_stop and not the):
            continue  # "IT staff"
        if tok.text not in common_acronyms(ctx):
            c = Cand(i, i + 1, "ORG", "rule", 1.0)
            ctx.take(c)
            out.append(c)
    return out


def _addressed(doc: Doc, i: int) -> bool:
    """"to the IAAF and", "by the FDA.": the acronym after "the" is a whole noun phrase that a
    body's preposition governs (a product's is "in" or "on")."""
    return i > 1 and doc[i - 2].lower_ in ADDRESS_PREPS and doc[i + 1].text in PHRASE_ENDS


def acronym_shaped(word: str, longest: int = 0, strict: bool = True) -> bool:
    """Letters, mostly capitals: two or more, and at least half of them ("FT", "BoE", "DfT"; not
    "Wu", "McCain", "DeSantis"), at most `longest` letters when given; `strict` also asks for a
    capital first and no Roman numeral ("XIV", a king's number)."""
    ups = sum(ch.isupper() for ch in word)
    if not word.isalpha() or ups < 2 or 2 * ups < len(word) or word.startswith("Mc"):
        return False
    if longest and len(word) > longest:
        return False
    return not strict or (word[0].isupper() and not ROMAN.match(word))


def titled_acronym(text: str) -> bool:
    """A word that may be an acronym written with one capital ("Alva", "Unicef") or with the small
    words' letters in lower case ("TfL", "DfES", "MoD"): to be checked against `initial_forms`."""
    if not (text.isalpha() and text[:1].isupper() and not text.isupper()):
        return False
    return (text.istitle() and 3 <= len(text) <= 8) or acronym_shaped(text, 5)  # not "No"


def mixed_acronym(text: str) -> bool:
    """An acronym opening with a small letter, mostly capitals ("iMP", "eGP")."""
    return text[:1].islower() and acronym_shaped(text, 5, strict=False)


def initials(name: str) -> str:
    """The first letters of a name's capitalised words ("Association of Leading Visitor Attractions"
    -> "ALVA")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


@cache
def initial_forms(name: str) -> frozenset[str]:
    """The ways an acronym may spell a name, in capitals: its capitalised words' initials, with a
    hyphened word's parts counted ("World Anti-Doping Agency" -> "WAA", "WADA"), every word's
    initial ("Transport for London" -> "TFL"), an ampersand kept ("Standard & Poor's" -> "S&P")."""
    parts = name.replace("-", " ").split()
    every = "".join(w[0] for w in parts if w[0].isalpha()).upper()
    amp = "".join(w[0] for w in parts if w[0].isupper() or w == "&")
    return frozenset({initials(name), initials(" ".join(parts)), every, amp})


def common_acronyms(ctx: DocCtx) -> frozenset[str]:
    """Acronyms the article defines by common words ("automated teller machine (ATM)", "rapid antigen
    tests (RATs)", "digital and personal video recorders (DVR and PVR)") or uses as terms
    (`used_terms`): terms, not names. Computed once per article."""
    if ctx.terms is None:
        defined = _defined_terms(ctx) | _phrase_terms(ctx) | LS.lower_spelled(ctx)
        counted = counted_acronyms(ctx)
        used = used_terms(ctx, counted) | TT.spelled_terms(ctx, TECH_NOUNS)
        used |= _mates(ctx, {c + "s" for c in counted}, TT._lone)  # "see XYTV and PVRs"
        ctx.terms = frozenset((defined | used) - _product_acronyms(ctx))
    return ctx.terms


def _product_acronyms(ctx: DocCtx) -> set[str]:
    """Acronyms defined in brackets after a product's name ("PlayStation Portable (PSP)"): the
    product's short name, which the article may count as it counts the product ("200,000 PSPs")."""
    words, out = ctx.words, set()
    for a in (i for i, w in enumerate(words) if w == "("):
        if 0 < a < len(words) - 2 and words[a + 2] == ")" and ACRONYM.match(words[a + 1]):
            s = _expansion_start(ctx.doc, a, words[a + 1].upper())
            if s is not None and any(t.ent_type_ == "PRODUCT" for t in ctx.doc[s:a]):
                out.add(words[a + 1])
    return out


def _phrase_terms(ctx: DocCtx) -> set[str]:
    """Acronyms bracketed after the capitalised common words of a term (`term_phrase`: "Liquid
    Crystal Display (LCD) TVs")."""
    words, out = ctx.words, set()
    for a in (i for i, w in enumerate(words) if w == "("):
        acro = words[a + 1] if a + 2 < len(words) and words[a + 2] == ")" else ""
        if ACRONYM.match(acro) and acro.isalpha() and a >= len(acro) and term_phrase(ctx, a - len(acro), a):
            out.add(acro)
    return out


def _defined_terms(ctx: DocCtx) -> set[str]:
    """Acronyms bracketed after the common words that spell them out (see `common_acronyms`), or
    before them in brackets ("over IP [internet protocol]")."""
    words, out = ctx.words, set()
    for a in (i for i, w in enumerate(words) if w == "("):
        inside = list(itertools.takewhile(lambda w: w != ")", words[a + 1 : a + 6]))
        acros = [w for w in inside if w not in {"and", ",", "or"}]
        if not acros or len(inside) == 5 or a + 1 + len(inside) >= len(words):
            continue
        before = list(itertools.takewhile(_common, reversed(ctx.toks[max(0, a - 8) : a])))[::-1]
        if all(_spelled(w.rstrip("s"), before) for w in acros):
            out |= {form for w in acros for form in (w, w.rstrip("s"))}
    for a in (i for i, w in enumerate(words) if w in {"(", "["} and i > 0):  # "IP [internet protocol]"
        acro = words[a - 1]
        after = list(itertools.takewhile(_common, ctx.toks[a + 1 : a + 8]))
        if acro.isupper() and any(_spelled(acro, after[:n]) for n in range(len(acro), len(after) + 1)):
            out.add(acro)
    return out


def counted_acronyms(ctx: DocCtx) -> set[str]:
    """Acronyms the article counts like common nouns: in the plural ("PVRs", "two DVDs") or as the
    head after "a"/"an" ("bought a PVR.", "sent an MMS to"): terms, not names."""
    words, out = ctx.words, set()
    for i in (k for k in ctx.capitals if words[k].rstrip("s") not in CUES["honours"]):  # "an OBE": an award
        w = words[i]
        if len(w) > 2 and w[-1] == "s" and ACRONYM.match(w[:-1]) and w[:-1].isupper():
            out.add(w[:-1])
        elif 0 < i < len(words) - 1 and words[i - 1].lower() in {"a", "an"} and ACRONYM.match(w) \
                and _head_end(ctx, i + 1):
            out.add(w)
    return out


def _head_end(ctx: DocCtx, k: int) -> bool:
    """Token k ends the noun phrase before it: a stop or comma, or a verb, adverb, preposition or
    conjunction ("an MMS to", "an MMS so far"; not "an IBM spokesman", "a UN-backed")."""
    tok = ctx.toks[k]
    return tok.text in COUNT_ENDS or (tok.pos_ in HEAD_ENDS and tok.is_lower and tok.text not in POSS)


def term_expansion(ctx: DocCtx, s: int, e: int, terms: frozenset[str]) -> bool:
    """The name at s:e spells out a term in brackets after or around it ("Digital Rights Management
    (DRM)", "MMS (Multimedia Messaging Services)"), or whose initials spell it (`_initials_of`): a
    body's head after such a term ("Services") is the term's word."""
    words = ctx.words
    if not terms:
        return False
    after = e + 2 < len(words) and words[e] == "(" and words[e + 2] == ")" and words[e + 1] in terms
    inside = e - s > 1 and s > 1 and words[s - 1] in TT.CLOSERS and words[s - 2] in terms and e < len(words) \
        and words[e] == TT.CLOSERS[words[s - 1]]  # "MMS (Multimedia Messaging Service)", "IPTV - Internet
    # Protocol TV -"; not "Voice over IP (Voip)"
    return after or inside or _initials_of(words[s:e], terms)


def term_phrase(ctx: DocCtx, s: int, e: int) -> bool:
    """The name at s:e is three capitalised common words or more, no body's head, before a
    technology's noun, maybe over its acronym in brackets ("Digital Rights Management technology",
    "Liquid Crystal Display (LCD) TVs"): a term, no body."""
    words, k = ctx.words, e
    name = words[s:e]
    if len(name) < 3 or name[-1] in ORG_HEADS or not all(w.isalpha() and _common_word(w) for w in name):
        return False
    initials = "".join(w[0] for w in name).upper()
    if k + 3 < len(words) and words[k] == "(" and words[k + 2] == ")" and words[k + 1].upper() == initials:
        k += 3
    return k < len(words) and _tech_noun(words[k])


def _tech_noun(word: str) -> bool:
    """A technology's noun in lower case ("technology", "format") or an acronym's plural ("TVs")."""
    plural = len(word) > 2 and word[-1] == "s" and word[:-1].isupper() and word[:-1].isalpha()
    return plural or (word.islower() and word in TECH_NOUNS)


def _initials_of(name: list[str], terms: frozenset[str]) -> bool:
    """A name of three common words or more, no body's head, whose initials are a term of the article
    ("Digital Rights Management" beside "DRM systems"), with no bracket between them; two initials
    are too often another's ("Marshall Plan" beside "MPs")."""
    if len(name) < 3 or name[-1] in ORG_HEADS or not all(w.isalpha() and _common_word(w) for w in name):
        return False
    return "".join(w[0] for w in name).upper() in terms


def _common_word(word: str) -> bool:
    """A common noun or adjective, maybe in the plural ("Rights")."""
    low = word.lower()
    return generic_key(low) or generic_plural(low)


def used_terms(ctx: DocCtx, counted: set[str]) -> set[str]:
    """Acronyms the article counts (`counted_acronyms`: "three DJs", never a body), and those it
    uses like the name of a technology and never like a body's: as the modifier of a technical noun
    ("SMS messages", "the UMD format", "3G-enabled"; "technology" or "system(s)" only with a second
    such use: "based on IBM technology", "NHS systems"), after "via", "over" or "using", named by a
    technology's noun ("a protocol called TCP", "formats such as VHS", "UMD, the disc format"), as a
    unit ("6GB"). Each use as a body's name ("IBM's", "an IBM spokesman", "telecoms firm BT", "BT
    said", "at IDC", "the IMF said") outweighs one such use; no gazetteer name is a term."""
    uses: dict[str, int] = defaultdict(int)
    bodies: dict[str, int] = defaultdict(int)
    words, plain = ctx.words, TT.PlainUses()
    for i in [i for i, w in enumerate(words) if w[:1] in TERM_FIRST and TERM_SHAPE.match(w)]:  # one pass
        w = words[i]
        if ctx.in_caps(i):
            continue
        plain.seen[w] += 1
        if _body_use(ctx, i):
            bodies[w] += 1
        else:
            uses[w] += (use := _term_use(ctx, i))
            plain.add(ctx, i, use)
    used = {w for w, n in uses.items() if n >= 2 and n > 2 * bodies[w] and not gazetteer_label(norm(w))}
    used |= plain.terms(bodies)  # "VoIP services", its one use
    return _mates(ctx, used) | used | counted


def _lone_capital(ctx: DocCtx, j: int) -> bool:
    """Token j is one capitalised word, no gazetteer name, between words that are no capitalised ones."""
    words, w = ctx.words, ctx.words[j]
    before = j == 0 or not words[j - 1][:1].isupper()
    lone = before and (j + 1 == len(words) or not words[j + 1][:1].isupper())
    shaped = w[:1].isupper() and w.isalnum() and not ctx.toks[j].is_sent_start
    return lone and shaped and not gazetteer_label(norm(w))


def _mates(ctx: DocCtx, terms: set[str], lone: Callable[[DocCtx, int], bool] = _lone_capital) -> set[str]:
    """Capitalised single words coordinated with a term ("Betamax and VHS", "USB and Firewire
    ports"): terms of the same kind, unless the gazetteer knows them or a name goes on. `lone`
    tests the mate's token (`_lone_capital`; `techterms._lone`, an acronym, for a counted acronym's
    plural: "XYTV and PVRs")."""
    words, out = ctx.words, set()
    for i in [i for i, w in enumerate(words) if w in terms]:  # the terms' places in one pass
        for k, j in ((i - 1, i - 2), (i + 1, i + 2)):
            if 0 <= j < len(words) and words[k] in {"and", "or", "/"} and lone(ctx, j):
                out.add(words[j])
    return out


def _term_use(ctx: DocCtx, i: int) -> int:
    """How strongly token i, an acronym, is used as a technology's name (see `used_terms`): 2 for a
    sign that will do alone, 1 for the head "technology", else 0."""
    doc, words = ctx.doc, ctx.words
    nxt = ctx.toks[i + 1] if i + 1 < len(doc) else None
    prev = words[i - 1].lower() if i > 0 else ""
    if nxt is not None and nxt.text in {"and", "or", "/"} and i + 3 < len(doc) and words[i + 2][:1].isupper():
        nxt = ctx.toks[i + 3]  # "USB and Firewire ports"
    if nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN" and nxt.lower_ in TECH_NOUNS:
        return 2 if nxt.lower_ in TERM_HEADS else 1
    if nxt is not None and nxt.text == "-" and not nxt.whitespace_ and i + 2 < len(doc):
        return 2 * (ctx.toks[i + 2].lower_ in TERM_TAILS)
    if prev in TERM_PREPS and (nxt is None or nxt.text not in POSS and nxt.pos_ in PREP_ENDS):
        return 2  # "via SMS", not "via AOL Instant Messenger", "over ITV1 shows", "using G7 backing"
    if i > 0 and words[i - 1][:1].isdigit() and not ctx.ws[i - 1]:
        return 2  # a unit glued to its number: "6GB", "512MB"
    k = _cue_before(ctx, i)
    if k is not None and any(w.lower() in TERM_KINDS for w in words[max(0, k - 5) : k]):
        return 2
    return 2 * (nxt is not None and nxt.text == "," and _kind_follows(ctx, i + 2))


def _cue_before(ctx: DocCtx, i: int) -> int | None:
    """Index of the naming cue ("called", "known as", "such as") before the acronym at i, over a
    spelled-out name it brackets ("known as Really Simple Syndication (RSS)") or the names listed
    before it ("formats such as Betamax and VHS"); None when there is none."""
    words, k = ctx.words, i
    if k > 1 and words[k - 1] == "(":
        k -= 1
        while k > 0 and k > i - 6 and words[k - 1][:1].isupper():
            k -= 1
    for _ in range(3):
        if k > 2 and words[k - 1] in {"and", "or", ","} and words[k - 2][:1].isupper():
            k -= 2
    prev = words[k - 1].lower() if k > 0 else ""
    if prev in NAMING or (prev == "as" and k > 1 and words[k - 2].lower() in {"known", "such"}):
        return k - 1 - (prev == "as")
    return None


def _kind_follows(ctx: DocCtx, k: int) -> bool:
    """A noun phrase in apposition at k whose head is a technology's noun ("the disc format",
    "Sony's own format"; not "..., with several technologies")."""
    toks = ctx.toks[k : k + 6]
    if not toks or toks[0].pos_ not in {"DET", "PROPN"}:
        return False
    for tok in toks:
        if tok.lower_ in TERM_KINDS:
            return True
        if tok.pos_ not in {"DET", "ADJ", "NOUN", "PROPN", "PART"}:
            return False
    return False


def _body_use(ctx: DocCtx, i: int) -> bool:
    """Token i, an acronym, is used as a body's name: its possessive, its people after it, a firm's
    noun before it, a speech verb after it, "at"/"joined" before it, an expansion with a body's head,
    "the" before it with no noun after ("the IMF", not "the UMD format")."""
    doc, words = ctx.doc, ctx.words
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    prev = words[i - 1].lower() if i > 0 else ""
    if nxt in POSS or nxt in BODY_AFTER or nxt in BODY_SPEECH or prev in FIRM_WORDS or prev in ORG_ROLES:
        return True
    if prev in BODY_PREPS and not (i + 1 < len(doc) and ctx.toks[i + 1].pos_ in {"NOUN", "PROPN"}):
        return True
    if nxt == ")" and prev == "(" and i > 1:  # "the Movie Association (MPAA)": a body's head before
        return words[i - 2] in ORG_HEADS
    if i + 1 < len(doc) and (ctx.toks[i + 1].is_title and is_title_word(ctx.words[i + 1])):
        return True  # "ICC Prosecutor X"
    return prev == "the" and (nxt == "" or nxt not in {"-", "/"}
                              and ctx.toks[i + 1].pos_ not in {"NOUN", "PROPN"})


def _common(tok: Token) -> bool:
    """A word of a common-noun expansion (lower case, capitalised only to open the sentence, or a
    short acronym such as "TV" in "digital terrestrial TV (DTT)")."""
    opening = tok.is_sent_start and tok.is_title
    short = tok.is_upper and len(tok) <= 3 and not gazetteer_label(norm(tok.text))
    return tok.is_alpha and (tok.is_lower or opening or short) or tok.lower_ in {"and", "-"}


def _spelled(acro: str, before: list[Token]) -> bool:
    """An acronym whose letters are, in order, the initials of the words before its bracket, the last
    one of them among them ("DVR" of "digital and personal video recorders")."""
    if not (ACRONYM.match(acro) and acro.isalpha() and before and len(acro) >= 2):
        return False
    letters = acro.lower()
    initials = "".join(t.lower_[0] for t in before[:-1] if t.is_alpha)
    return before[-1].lower_[0] == letters[-1] and _spells(initials, list(letters[:-1]))


INNER_WORDS = frozenset({"of", "the", "and", "for", "&", "on"})  # "Office of the Deputy Prime Minister"


def _expansion_start(doc: Doc, a: int, acro: str) -> int | None:
    """Start of the capitalised name before the bracket at a whose letters spell the acronym."""
    toks = TK.toks(doc)
    letters = [c.lower() for c in acro if c.isalpha()]
    s, best = a, None
    while s > 0 and a - s < 10:
        prev = toks[s - 1]
        glued = prev.text in {"-", "'s", "\u2019s"} and s > 1 and not toks[s - 2].whitespace_  # "People's"
        inner = prev.text[:1].isupper() or prev.lower_ in INNER_WORDS or glued
        if "\n" in prev.whitespace_ or not inner:
            break
        s -= 1
        if prev.text[:1].isupper() and prev.text[0].lower() == letters[0] and _spells(doc[s:a].text, letters):
            best = s
        if prev.is_sent_start:
            break
    if best is None:
        return None
    words = [t for t in doc[best:a] if t.text[:1].isupper()]
    camel = len(words) == 1 and sum(c.isupper() for c in words[0].text) >= 2
    return best if len(words) > 1 or camel else None


def _clipped(doc: Doc, e: int, word: str) -> int | None:
    """Start of the body's name before a clipped short form in brackets (None if it is none): a name
    the model tagged ORG or that ends in a body's head, its first word sharing the form's first
    letter: "the Chilean Copper Commission (Cochilco)"; never a known place ("(Geneva)")."""
    s = _expansion_start(doc, e, word[0])
    if s is None or known_place(norm(word)) or e - s < 2:
        return None
    return s if all(t.ent_type_ == "ORG" for t in doc[s:e]) or doc[e - 1].text in ORG_HEADS else None


def _named(doc: Doc, s: int, e: int) -> bool:
    """The expansion is a name: the model tagged it, or its head is an organisation's or event's."""
    head = doc[e - 1].text
    tagged = any(t.ent_type_ in NAMED or t.ent_type_ == "PRODUCT" for t in doc[s:e])
    return tagged or head in ORG_HEADS or head in EVENT_HEADS or head in EVENT_WORDS


def _spells(text: str, letters: list[str]) -> bool:
    """The acronym's letters appear in order in the name, the first on a word's initial."""
    low, k = text.lower(), 0
    for ch in low:
        if k < len(letters) and ch == letters[k]:
            k += 1
    return k == len(letters)


def _definition_label(doc: Doc, s: int, e: int) -> str:
    """A defined name is never a person: an event by its head, else the model's label (a product's
    when only the words before an untagged head are one), else ORG. The
    head is the word before the first "of"/"for"/"on"... ("Economic Commission for Latin America", "Office
    on Latin America": bodies)."""
    k = next((i for i in range(s + 1, e - 1) if doc[i].lower_ in HEAD_PREPS), e)
    head = doc[k - 1].text
    if head in EVENT_HEADS or head in EVENT_WORDS:
        return "EVENT"
    if head in ORG_HEADS or doc[e - 1].text in ORG_HEADS:
        return "ORG"
    if law_name(doc, s, e):
        return "LAW"
    label = doc[k - 1].ent_type_
    if not label and any(t.ent_type_ == "PRODUCT" for t in doc[s:e]):  # "PlayStation Portable (PSP)"
        return "PRODUCT"
    return label if label in {"ORG", "GPE", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"} else "ORG"
