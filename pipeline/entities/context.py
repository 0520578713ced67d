"""What the words around a name say about it: titles and roles, article evidence.

The evidence tests (`name_evidence`, `lone_name_label`, `doubtful_place`, `place_context`,
`title_piece`) and `join_names` correct names the model mislabels or splits; `org_role` and
`listed_firms` read a body's description. Titles before a name are `entities.pretitles`. All work on
token indices.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.entities import tokens as TK
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.conventions import speaks_quote
from pipeline.entities.lexicon import (
    CUES,
    FIRM_WORDS,
    HONORIFICS,
    ORG_AFTER,
    ORG_HEADS,
    ORG_OF,
    ORG_POSSESSED,
    ORG_ROLES,
    PERSON_POSSESSED,
    ROLE_MODIFIERS,
    SPEECH_VERBS,
    TITLE_MODIFIERS,
    fold,
    gazetteer_label,
    is_title,
    role_word,
)
from pipeline.entities.relatives import plural_relative
from pipeline.entities.spans import listed_portfolio
from pipeline.entities.words import adjective, english_word

PEOPLE_FIRM_WORDS = frozenset({"analysts", "broadcaster", "party", "group"})  # "broadcaster Tom Hale"
HUMANS = frozenset({"man", "woman", "person", "people", "member"})  # "members X": no occupation
ROLE_PREPS = frozenset({"of", "for", "at", "with", "in", "to", "from", "on", "behind"})  # "the man behind X"
BODY_BEFORE = frozenset(  # "the studio X": one-word cues only, the tokenizer splits "state-owned"
    w for w, lab in CUES["class_before"].items() if lab == "ORG" and "-" not in w)


def _fields(doc: Doc, i: int) -> bool:
    """The capitalised words listed from token i to the one after "and" are common English words,
    a body's portfolios ("Culture, Media and Sport"), no names of their own ("the Ministry of Health,
    Unilever and Tesco" lists three bodies)."""
    k, listed = i, False
    while k < min(len(doc), i + 10) and (doc[k].is_title or doc[k].text == "," or doc[k].lower_ == "and"):
        if doc[k].is_alpha and doc[k].is_title and not english_word(doc[k].lower_):
            return False
        if listed:
            return True
        listed = doc[k].lower_ == "and"
        k += 1
    return True


def org_role(role: str) -> bool:
    """The role's head noun names an organisation ("car maker", but not "spokesman for the company")."""
    cased = role.split()
    words = [w.lower() for w in cased]
    for i, w in enumerate(words):
        named = 0 < i < len(words) - 1 and cased[i - 1][:1].isupper() and cased[i + 1][:1].isupper()
        if w in ROLE_PREPS and not named:  # not "Bank of England"
            words = words[:i]
            break
    return bool(words) and (words[-1] in ORG_ROLES or words[-1] in FIRM_WORDS)


def firm_plural(doc: Doc, k: int) -> bool:
    """The lower-case word at k is the plural of a noun that only names businesses ("retailers")."""
    return k >= 0 and doc[k].tag_ == "NNS" and doc[k].is_lower and firm_role(doc[k].lemma_)


def firm_role(role: str) -> bool:
    """The role's head noun only ever describes a business ("investment bank", "drinks firm"), so the
    name after it is one whatever its first word ("Merrill Lynch", "Eli Lilly")."""
    words = role.lower().split()
    return bool(words) and words[-1] in FIRM_WORDS - PEOPLE_FIRM_WORDS


def plural_title(doc: Doc, start: int, end: int) -> bool:
    """The one name start..end comes right after a lower-case plural noun of an occupation
    ("auditors X", "lawyers X", "consultants X"): by number a body of them, not one person; never
    a list's first name ("actors A and B")."""
    tk = TK.of(doc)  # the cheap tests on the Doc's lists first, no Token made
    if start == 0 or (end < len(tk.lowers) and tk.lowers[end] in {",", "and", "&", "or", "/"}):
        return False
    if tk.tags[start - 1] != "NNS":
        return False
    tok = doc[start - 1]
    low = tok.lemma_.lower()
    if start > 1 and _posts_held(doc[start - 2]):
        return False  # "fellow former Norvik directors" X: people who hold posts
    return (tok.tag_ == "NNS" and tok.is_lower and tok.is_alpha and low != tok.lower_ and low not in HUMANS
            and role_word(low))


def _posts_held(tok: Token) -> bool:
    """A word before a plural role that makes it posts people hold: a title's modifier ("former",
    "fellow", "senior") or a body's name owning them ("Norvik directors")."""
    key = fold(tok.text)
    named = tok.text[:1].isupper() and not tok.is_sent_start
    return key in TITLE_MODIFIERS or key in ROLE_MODIFIERS or named


def listed_firms(doc: Doc, start: int) -> bool:
    """The name at `start` is listed after a plural noun that only ever names businesses, across
    other names, commas and "and" ("start-up companies Gizmondo and Tapwave"), or before one ("the
    Penfolds, Lindemans and Rosemount brands"), also after "such as" or "including" ("reinsurance
    firms such as Swiss Re and Munich Re")."""
    tk = TK.of(doc)  # asked at most names: the Doc's lists, no Token made
    pos, low, tags = tk.pos, tk.lowers, tk.tags
    i = start - 1
    while i >= 0 and start - i <= 8 and (pos[i] == "PROPN" or low[i] in {",", "and"}):
        i -= 1
    if i > 0 and low[i] == "as" and low[i - 1] == "such":
        i -= 2
    elif i >= 0 and low[i] in {"including", "like"}:
        i -= 1 + (i > 0 and tk.words[i - 1] == ",")
    if i >= 0 and tags[i] == "NNS" and firm_role(doc[i].lemma_):  # few plurals: their lemmas alone
        return True
    k = start + 1
    while k < len(pos) and k - start <= 8 and (pos[k] == "PROPN" or low[k] in {",", "and"}):
        k += 1
    listed = any(w in {",", "and"} for w in low[start:k])
    if not listed or k >= len(pos) or tags[k] != "NNS":
        return False
    lemma = doc[k].lemma_
    return firm_role(lemma) or lemma == "brand"


# --- Article evidence for names the model mislabels -------------------------------------------
PLURAL_VERBS = frozenset({"are", "were", "have", "do", "say"})
SEAT_VERBS = frozenset({"won", "regained", "retained", "held", "gained", "took", "lost", "holds", "wins"})
SEATS = frozenset({"seat", "seats"})  # "Labour regained the seat": a party wins seats, a candidate a vote
PLACE_PREPS = frozenset({"in", "near", "outside", "inside", "across", "around"})
NEUTER = frozenset({"it", "its"})
PERSONAL = frozenset({"he", "she", "his", "her"})
DIRECTIONS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upper",
        "lower",
        "greater",
        "great",
        "new",
        "old",
        "little",
    }
)
COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western"})
POSS = frozenset({"'s", "\u2019s", "'", "\u2019"})


def low(doc: Doc, i: int) -> str:
    """The lower-case word of token i, "" outside the Doc."""
    lows = TK.of(doc).lowers
    return lows[i] if 0 <= i < len(lows) else ""


def is_modifier(doc: Doc, e: int) -> bool:
    """The name ending at e modifies the common noun after it ("the Tomlinson review")."""
    tk = TK.of(doc)  # the Doc's lists, no Token made (`is_lower` is `str.islower`)
    return e < len(tk.words) and tk.words[e].islower() and tk.tags[e].startswith("NN")


def name_evidence(doc: Doc, s: int, e: int) -> tuple[int, int, int]:
    """Votes (organisation, person, place) from the words around one mention of a name."""
    toks = TK.toks(doc)
    n1, n2, n3 = low(doc, e), low(doc, e + 1), low(doc, e + 2)
    p1, p2 = low(doc, s - 1), low(doc, s - 2)
    org = per = place = 0
    owned = possessed(doc, e) if n1 in POSS else frozenset()  # "X's shares", "X's wife"
    if n1 in ORG_AFTER or owned & ORG_POSSESSED:
        org += 1
    modifier = is_modifier(doc, e)  # "the Tomlinson review"
    if not modifier and (n1 == "which" or (n1 == "," and n2 == "which")):
        org += 1
    if n1 in PLURAL_VERBS and p1 not in {"and", "&", ",", "or"} and e < len(doc) and toks[e].tag_ == "VBP":
        org += 1  # "Labour are", "Labour have": a body takes a plural verb, a person never does
    if n1 in SPEECH_VERBS and (n2 in NEUTER or (n2 == "that" and n3 in NEUTER)):
        org += 1
    if n1 in SEAT_VERBS and (n2 in SEATS or n3 in SEATS):
        org += 1
    if (p1 in {"in", "of", "for", "like"} and p2 in ORG_OF) or (
        p1 == "as" and p2 == "such" and low(doc, s - 3) in ORG_OF
    ):
        org += 1
    if (p1 == "the" and n1 == "party") or p1 in BODY_BEFORE:  # "the studio X"
        org += 1
    pron = "" if modifier or _name_before(doc, s) else _pronoun_after(doc, e)
    org += pron == "it"
    per += pron == "he"
    if n1 == "," and n2 == "who" and plural_relative(doc, s, e):
        org += 1  # "X, who had a hit, were seventh": many, no person
    elif n1 == "who" or (n1 == "," and n2 == "who") or owned & PERSON_POSSESSED:
        per += 1
    if n1 in SPEECH_VERBS and (n2 in PERSONAL or (n2 == "that" and n3 in PERSONAL)):
        per += 1
    per += speaks_quote(doc, s, e)  # '"...," Mthembu said'
    if s > 0 and is_title(fold(toks[s - 1].text)) and not modifier:  # but "former Worldcom boss"
        per += 1
    trade = p1 in FIRM_WORDS or p1[-1:] == "s" and firm_plural(doc, s - 1)  # "bookmakers X" as "bookmaker X"
    firm = trade and not named_noun(doc, s - 1)  # not "the BBC News website Ford did"
    if firm or (n1 in POSS and e + 1 < len(doc) and fold(toks[e + 1].text) in HONORIFICS):
        org += 1  # "oil firm Yukos", "carmaker Renault"; "Labour's Mr Hale"
    if p1 in COMPASS and toks[s - 1].is_lower:
        place += 1  # "south Devon"
    if p1 in PLACE_PREPS and n1 not in POSS and p2 not in ORG_OF:
        place += 1
    if p1 == "," and s > 2 and toks[s - 2].ent_type_ == "GPE" and low(doc, s - 3) in PLACE_PREPS | {"from"}:
        place += 1  # "Luton, Bedfordshire,"
    return org, per, place


MODIFIER_POS = frozenset({"ADJ", "ADV", "NOUN", "PROPN", "NUM"})
MODIFIERS_MAX = 3


def possessed(doc: Doc, k: int) -> frozenset[str]:
    """What a name's possessive at k owns: the next word, and the common nouns over up to
    `MODIFIERS_MAX` modifiers after it ("X's most important customers", "X's late wife")."""
    toks = TK.toks(doc)
    out = {low(doc, k + 1)}
    for i in range(k + 1, min(len(doc), k + 2 + MODIFIERS_MAX)):
        t = toks[i]
        if t.pos_ not in MODIFIER_POS or "\n" in toks[i - 1].whitespace_:
            break
        if t.pos_ == "NOUN" and t.is_lower:
            out.add(t.lower_)
    return frozenset(out)


def named_noun(doc: Doc, k: int) -> bool:
    """The common noun at k is another name's ("the BBC News website"): a capitalised word before
    it, no sentence opener, place or people ("US bank X", "French insurer X" are descriptions)."""
    toks = TK.toks(doc)
    prev = toks[k - 1] if k > 0 else None
    if prev is None or not prev.text[:1].isupper() or prev.is_sent_start:
        return False
    return gazetteer_label(fold(prev.text)) not in {"GPE", "LOC", "NORP"}


SUBORDINATORS = frozenset(
    {"because", "as", "since", "when", "after", "before", "that", "if", "while", "although", "but"}
)
DUMMY_IT = frozenset({"is", "was", "'s", "\u2019s", "seems", "seemed", "appears", "appeared", "took"})
SENT_END = frozenset({".", "?", "!", ";"})
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``"})


def _name_before(doc: Doc, s: int) -> bool:
    """Another name comes earlier in the sentence (a later pronoun may well be its), or the name is
    a source ("..., according to X, he said": the pronoun is the sentence's subject's)."""
    tk = TK.of(doc)
    lows = tk.lowers
    if s > 1 and lows[s - 2] == "according" and lows[s - 1] == "to":
        return True
    for i in range(s - 1, max(-1, s - 25), -1):
        if lows[i] in SENT_END or "\n" in tk.ws[i] or "\n" in tk.words[i]:
            return False
        if tk.ent_types[i] in {"PERSON", "ORG", "NORP"}:
            return True
    return False


def neuter_signs(doc: Doc, s: int, e: int) -> int:
    """The votes of `name_evidence` that rest on a later "it" or "which" alone ("X said it", "...
    because it", "a shot by X which"): weaker than a body's own words, as the pronoun may be another's."""
    n1, n2 = low(doc, e), low(doc, e + 1)
    said = n1 in SPEECH_VERBS and (n2 in NEUTER or low(doc, e + 2) in NEUTER)
    free = not is_modifier(doc, e)
    pron = free and not _name_before(doc, s) and _pronoun_after(doc, e) == "it"
    which = free and (n1 == "which" or (n1 == "," and n2 == "which"))
    return int(said) + int(pron) + int(which)


def pronoun_sign(doc: Doc, s: int, e: int) -> int:
    """The person's vote of `name_evidence` that rests on a later "he"/"she" alone (1 or 0): weaker
    than a person's own words, as the pronoun may be another's ("X is sued by a woman who says she")."""
    free = not is_modifier(doc, e) and not _name_before(doc, s)
    return int(free and _pronoun_after(doc, e) == "he")


def _pronoun_after(doc: Doc, e: int) -> str:
    """The first pronoun that can point back to a name in the rest of its sentence: "its" or a
    clause subject "it" ("... because it tackled") -> "it"; "he"/"his"/"she"/"her" -> "he"."""
    tk = TK.of(doc)
    for i in range(e, min(len(doc), e + 16)):
        word = tk.lowers[i]
        if (
            word in SENT_END
            or word in QUOTE_MARKS  # "... nothing we or Ofregal can do," he said: the speaker's pronoun
            or "\n" in tk.ws[i]
            or "\n" in tk.words[i]
            or (i > e and tk.ent_types[i] in {"PERSON", "ORG"})
        ):
            return ""
        if word in PERSONAL or word in {"him", "himself", "herself"}:
            return "he"
        subject_it = word == "it" and low(doc, i - 1) in SUBORDINATORS and low(doc, i + 1) not in DUMMY_IT
        if word == "its" or subject_it:
            return "it"
    return ""


def lone_name_label(doc: Doc, spans: list[tuple[int, int]], label: str) -> str:
    """A one-word name the model calls a person but the article treats as a body or a place."""
    org = per = place = 0
    for s, e in spans:
        o, p, q = name_evidence(doc, s, e)
        org, per, place = org + o, per + p, place + q
    if per:
        return label
    if org and org > place:
        return "ORG"
    if place and not org:
        return "GPE"
    return label


def place_name_label(doc: Doc, spans: list[tuple[int, int]], label: str) -> str:
    """A name the model calls a person that the article only ever treats as a place ("in Agua Bonita")."""
    org = per = place = 0
    for s, e in spans:
        o, p, q = name_evidence(doc, s, e)
        q = q if low(doc, s - 1) in PLACE_PREPS else 0  # "In Toronto, Kevin Tapani" is no place
        org, per, place = org + o, per + p, place + q
    return "GPE" if place and not per and not org else label


def lone_org_label(doc: Doc, spans: list[tuple[int, int]], label: str) -> str:
    """A name the model calls an organisation but the article treats as a person ("she", "who",
    "Marisela's husband") and never as a body or a place."""
    org = per = place = 0
    for s, e in spans:
        o, p, q = name_evidence(doc, s, e)
        org, per, place = org + o, per + p, place + q
    return "PERSON" if per > 2 * (org + place) else label


def doubtful_place(doc: Doc, s: int, e: int) -> bool:
    """A multi-word "place" whose first word is no place word ("Tate Britain", an art gallery) nor
    the surname of a person named in full elsewhere ("Alexander Lebed" ... "Lebed Chechnya plan")."""
    if e - s < 2 or gazetteer_label(fold(doc[s:e].text)):
        return False
    first = doc[s]
    return (
        first.is_title
        and first.is_alpha
        and first.lower_ not in DIRECTIONS
        and not gazetteer_label(fold(first.text))
        and not (e - s == 2 and qualifier(first.text))
        and gazetteer_label(fold(doc[s + 1 : e].text)) == "GPE"
        and not any(t.text == first.text and t.ent_type_ == "PERSON" and t.ent_iob_ == "I" for t in doc)
    )


def qualifier(word: str) -> bool:
    """A capitalised adjective that may qualify a country's name ("Bolshevik Russia", "Nazi
    Germany"): an English adjective, no body's word ("Radio France", "Air China")."""
    low = fold(word)
    body = word in ORG_HEADS or low in FIRM_WORDS or low in TITLE_MODIFIERS
    return word.istitle() and adjective(low) and not body


def join_names(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """One organisation from pieces the model split: "Brown & Wills", "Liggett Group and Brown and
    Wills" (a list never says "and" twice), "Department for Education and Skills", "Department for
    Culture, Media and Sport"."""
    doc, out = ctx.doc, []
    for c in sorted(cands, key=lambda c: c.start):
        prev = out[-1] if out else None
        if prev is not None and c.start == prev.end + 1 and "\n" not in ctx.toks[prev.end - 1].whitespace_:
            mid = ctx.words[prev.end]
            one_word = prev.end - prev.start == 1 and c.end - c.start == 1
            before = prev.start - 1
            org_list = (
                mid == "and"
                and one_word
                and before > 0
                and ctx.toks[before].lower_ == "and"
                and any(o.end == before and o.label == "ORG" for o in out)
            )
            inner = {t.lower_ for t in doc[prev.start + 1 : prev.end]}
            split_org = (
                mid == "and"
                and prev.label == "ORG"
                and inner & {"for", "of"}
                and c.end - c.start <= 2
                and all(t.is_title for t in doc[c.start : c.end])
                and not gazetteer_label(fold(doc[c.start : c.end].text))
                and (c.end >= len(doc) or not ctx.words[c.end][:1].isupper())
            )
            portfolio = (prev.label == "ORG" and inner & {"for", "of"}
                         and listed_portfolio(doc, prev.end, head_word=True) and _fields(doc, prev.end + 1))
            if (mid == "&" and ctx.words[c.start][:1].isupper()) or org_list or split_org or portfolio:
                prev.end, prev.label, prev.weight = c.end, "ORG", max(prev.weight, c.weight, 2.0)
                continue
        out.append(c)
    starts = {c.start for c in out}
    for k, c in enumerate(out):  # the part after "and" left untagged: "Fenwick and Marlow"
        nxt = out[k + 1].start if k + 1 < len(out) else len(doc)
        if c.label != "ORG" or c.end + 2 > nxt or ctx.words[c.end] not in {"and", "&"} or c.end + 1 in starts:
            continue
        e = c.end + 1
        while (
            e < nxt
            and e - c.end <= 2
            and ctx.toks[e].is_title
            and ctx.toks[e].is_alpha
            and "\n" not in ctx.toks[e - 1].whitespace_
        ):
            e += 1
        if (
            e == c.end + 1
            or (e < len(doc) and ctx.words[e][:1].isupper())
            or gazetteer_label(fold(doc[c.end + 1 : e].text))
        ):
            continue
        before = c.start - 1
        listed = (
            c.end - c.start == 1
            and before > 0
            and ctx.toks[before].lower_ == "and"
            and any(o.end == before and o.label == "ORG" for o in out)
        )
        inner = {t.lower_ for t in doc[c.start + 1 : c.end]}
        if ctx.words[c.end] == "&" or listed or inner & {"for", "of"}:
            c.end = e
    return out


def place_context(doc: Doc, s: int, e: int) -> bool:
    """Read as a place: "Houston, Texas", "Texas, US", "the state of Texas", "Texas state"."""
    p1, n1 = low(doc, s - 1), low(doc, e)
    owner = n1 in POSS and low(doc, e + 1) in PERSON_POSSESSED  # "in Anderson's hometown": a person's
    if (p1 in PLACE_PREPS or p1 == "from") and low(doc, s - 2) not in ORG_OF and not owner:
        return True
    if n1 in {"state", "county", "province", "city"}:
        return True
    if p1 == "of" and low(doc, s - 2) in {"state", "county", "province", "city", "governor", "people"}:
        return True
    if p1 == "," and s > 1 and doc[s - 2].ent_type_ in {"GPE", "LOC"}:
        return True
    return n1 == "," and e + 1 < len(doc) and doc[e + 1].ent_type_ in {"GPE", "LOC"}


def title_piece(doc: Doc, s: int, e: int) -> bool:
    """A word that ends a title rather than naming anything: "Secretary of State", "Minister for Sport"."""
    toks = TK.toks(doc)
    return (
        e - s == 1
        and s > 1
        and toks[s - 1].lower_ in {"of", "for"}
        and is_title(fold(toks[s - 2].text))
        and fold(toks[s].text) in TITLE_MODIFIERS
    )
