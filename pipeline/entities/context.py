"""What the words around a name say about it: titles and roles, article evidence.

`split_title`/`pre_title` find a person's role, and the evidence tests (`name_evidence`,
`lone_name_label`, `doubtful_place`, `place_context`, `title_piece`) and
`join_names` correct names the model mislabels or splits. All work on token indices.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.conventions import speaks_quote
from pipeline.entities.lexicon import (
    DETERMINERS,
    FIRM_WORDS,
    HONORIFICS,
    ORG_AFTER,
    ORG_HEADS,
    ORG_OF,
    ORG_POSSESSED,
    ORG_ROLES,
    PERSON_POSSESSED,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TEMPORAL,
    TITLE_MODIFIERS,
    fold,
    gazetteer_label,
    is_title,
    is_title_word,
    role_noun,
)
from pipeline.entities.spans import listed_portfolio
from pipeline.entities.words import generic_key

PAST_MARKERS = frozenset({"former", "ex"})  # words that keep a role true of the past
PEOPLE_FIRM_WORDS = frozenset({"analysts", "broadcaster", "party", "group"})  # "broadcaster Tom Hale"


def split_title(doc: Doc, start: int, end: int, label: str) -> tuple[int, str | None]:
    """Leading title words inside a span ("Minister of Defense of Ukraine Rustem Umierov").

    Returns the new start of the name and the role text (None when nothing was split off).
    """
    i = start
    while i < end and (
        is_title(fold(doc[i].text))
        or fold(doc[i].text) in TITLE_MODIFIERS
        or (i > start and doc[i].lower_ in {"of", "for", "and", "'s"})
        or (i > start and gazetteer_label(fold(doc[i].text)) is not None)
    ):
        i += 1
    while i > start and doc[i - 1].lower_ in {"of", "for", "and"}:
        i -= 1
    if i == start or i >= end:
        return start, None
    rest = doc[i:end]
    if not all(t.text[:1].isupper() for t in rest) or any(t.text in ORG_HEADS for t in rest):
        return start, None
    head_is_honorific = fold(doc[i - 1].text) in HONORIFICS or fold(doc[start].text) in HONORIFICS
    if label != "PERSON" and len(rest) < 2 and not head_is_honorific:
        return start, None
    if not any(is_title(fold(t.text)) for t in doc[start:i]):
        return start, None
    if all(fold(t.text) in HONORIFICS for t in doc[start:i]):
        return i, None
    lead = start  # title words the model left outside the span ("First" Minister Alan Baird)
    while lead > 0 and doc[lead - 1].text[:1].isupper() and is_title_word(doc[lead - 1].text):
        lead -= 1
    return i, doc[lead:i].text


def pre_title(doc: Doc, start: int) -> tuple[int, str | None]:
    """Title words right before a name ("Estonian Defense Minister" Hanno Pevkur).

    Returns the start of the title region (== start when none) and the role text or None.
    """
    i = start
    if (
        i == 0
        or not (is_title(fold(doc[i - 1].text)) or role_noun(doc[i - 1], True) or _hyphen_role(doc, i - 1)
                or _rank(doc, i - 1))
        or "\n" in doc[i - 1].whitespace_
    ):
        return start, None
    i -= 1
    while i > 0 and "\n" not in doc[i - 1].whitespace_:
        tok = doc[i - 1]
        key = fold(tok.text)
        titled = is_title(key) or key in TITLE_MODIFIERS or key in ROLE_MODIFIERS
        hyphen = tok.text == "-"
        if key in PAST_MARKERS:  # "former England captain": no longer, so part of the role
            i -= 1
            break
        if _rank(doc, i - 1, start):  # "seventh" seed, "four"-time champion, "number" two
            i -= 1
            if tok.is_sent_start:
                break
            continue
        if (tok.is_punct and not hyphen) or key in DETERMINERS or (
                tok.ent_type_ in TEMPORAL and not titled and not hyphen):
            break
        if (
            titled
            or _role_modifier(doc, i - 1)
            or (tok.text in {"'s", "\u2019s"} and i > 1 and doc[i - 2].text[:1].isupper())
            or tok.text[:1].isupper()
            and (not tok.is_sent_start or gazetteer_label(key) or tok.ent_type_ not in TEMPORAL | {""})
            and not (tok.is_sent_start and tok.pos_ in {"VERB", "ADP", "ADV", "SCONJ"})  # "Analysing Mr X"
            or _name_opens(doc, i - 1)
            or _opening_noun(tok)
            or (tok.is_alpha and not tok.whitespace_ and doc[i].text == "-")  # "Co-star" Tom Hale
        ):
            i -= 1
        else:
            break
        if tok.is_sent_start:
            break
    while i < start and doc[i].text in {"'s", "\u2019s"}:
        i += 1
    end = start
    while end > i and fold(doc[end - 1].text) in HONORIFICS:  # "manager Sir" Tom Hale
        end -= 1
    if end > i and doc[end - 1].text in {"'s", "\u2019s"}:
        return start, None  # "Flight International's Mr Learmount": whose, not what
    return i, (doc[i:end].text if end > i else None)


def _rank(doc: Doc, k: int, start: int = 0) -> bool:
    """Token k ranks the person in a role before the name at `start`: a number or ordinal modifying a
    word of the role ("seventh seed", "32nd seed", "four-time champion"), or the "number" of "number
    two" (with `start` 0: token k is the number of "number two" right before the name)."""
    tok = doc[k]
    if not start:
        return tok.like_num and k > 0 and doc[k - 1].lower_ in {"number", "no", "no."}
    if tok.lower_ in {"number", "no", "no."}:
        return doc[k + 1].like_num and k + 1 < start
    return ((tok.like_num or tok.ent_type_ == "ORDINAL") and tok.dep_ in {"amod", "nummod"}
            and k < tok.head.i < start)


def _hyphen_role(doc: Doc, k: int) -> bool:
    """Token k ends a hyphenated role ("fly" "-" "half")."""
    return k > 1 and doc[k - 1].text == "-" and doc[k - 2 : k + 1].text.lower() in ROLE_NOUNS


def _name_opens(doc: Doc, k: int) -> bool:
    """Token k opens a sentence with a name that goes on in the title after it ("West" Ham boss)."""
    tok, nxt = doc[k], doc[k + 1]
    return (
        tok.is_title
        and tok.is_alpha
        and not tok.is_stop
        and tok.ent_type_ not in TEMPORAL
        and nxt.is_title
        and nxt.is_alpha
        and not is_title_word(nxt.text)
        and not is_title_word(tok.text)
    )


def _opening_noun(tok: Token) -> bool:
    """A common noun opening the sentence and modifying the role ("Committee" chairman X)."""
    return (
        tok.is_sent_start
        and tok.is_title
        and tok.dep_ == "compound"
        and tok.head.i > tok.i
        and generic_key(fold(tok.text))
    )


def _role_modifier(doc: Doc, k: int) -> bool:
    """Token k belongs to the role after it: a lower-case noun or adjective modifying it ("shadow"
    home secretary, "rap" star), a hyphenated piece ("chart-" topper), or "and" between two roles."""
    tok = doc[k]
    if tok.text == "-":
        return k > 0 and not tok.whitespace_ and not doc[k - 1].whitespace_ and doc[k - 1].is_alpha
    if not tok.is_lower or not tok.is_alpha or tok.ent_type_ in TEMPORAL:
        return False
    if not tok.whitespace_ and doc[k + 1].text == "-":
        return True
    if tok.lower_ == "and":
        return k > 0 and role_noun(doc[k - 1], True) and role_noun(doc[k + 1], True)
    if role_noun(tok, True):
        return True
    return tok.pos_ in {"NOUN", "ADJ", "PROPN"} and tok.dep_ in {"compound", "amod"} and tok.head.i > k


def org_role(role: str) -> bool:
    """The role's head noun names an organisation ("car maker", but not "spokesman for the company")."""
    words = role.lower().split()
    for i, w in enumerate(words):
        if w in {"of", "for", "at", "with", "in", "to", "from", "on"}:
            words = words[:i]
            break
    return bool(words) and (words[-1] in ORG_ROLES or words[-1] in FIRM_WORDS)


def firm_role(role: str) -> bool:
    """The role's head noun only ever describes a business ("investment bank", "drinks firm"), so the
    name after it is one whatever its first word ("Merrill Lynch", "Eli Lilly")."""
    words = role.lower().split()
    return bool(words) and words[-1] in FIRM_WORDS - PEOPLE_FIRM_WORDS


def listed_firms(doc: Doc, start: int) -> bool:
    """The name at `start` is listed after a plural noun that only ever names businesses, across
    other names, commas and "and" ("start-up companies Gizmondo and Tapwave")."""
    i = start - 1
    while i >= 0 and start - i <= 8 and (doc[i].pos_ == "PROPN" or doc[i].lower_ in {",", "and"}):
        i -= 1
    if i < 0 or doc[i].tag_ != "NNS":
        return False
    return firm_role(doc[i].lemma_)


# --- Article evidence for names the model mislabels -------------------------------------------
PLURAL_VERBS = frozenset({"are", "were", "have", "do", "say"})
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


def _low(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


def is_modifier(doc: Doc, e: int) -> bool:
    """The name ending at e modifies the common noun after it ("the Tomlinson review")."""
    return e < len(doc) and doc[e].is_lower and doc[e].tag_.startswith("NN")


def name_evidence(doc: Doc, s: int, e: int) -> tuple[int, int, int]:
    """Votes (organisation, person, place) from the words around one mention of a name."""
    n1, n2, n3 = _low(doc, e), _low(doc, e + 1), _low(doc, e + 2)
    p1, p2 = _low(doc, s - 1), _low(doc, s - 2)
    org = per = place = 0
    if n1 in ORG_AFTER or (n1 in POSS and n2 in ORG_POSSESSED):
        org += 1
    modifier = is_modifier(doc, e)  # "the Tomlinson review"
    if not modifier and (n1 == "which" or (n1 == "," and n2 == "which")):
        org += 1
    if n1 in PLURAL_VERBS and p1 not in {"and", "&", ",", "or"} and e < len(doc) and doc[e].tag_ == "VBP":
        org += 1  # "Labour are", "Labour have": a body takes a plural verb, a person never does
    if n1 in SPEECH_VERBS and (n2 in NEUTER or (n2 == "that" and n3 in NEUTER)):
        org += 1
    if (p1 in {"in", "of", "for", "like"} and p2 in ORG_OF) or (
        p1 == "as" and p2 == "such" and _low(doc, s - 3) in ORG_OF
    ):
        org += 1
    if p1 == "the" and n1 == "party":
        org += 1
    pron = "" if modifier or _name_before(doc, s) else _pronoun_after(doc, e)
    org += pron == "it"
    per += pron == "he"
    if n1 == "who" or (n1 == "," and n2 == "who") or (n1 in POSS and n2 in PERSON_POSSESSED):
        per += 1
    if n1 in SPEECH_VERBS and (n2 in PERSONAL or (n2 == "that" and n3 in PERSONAL)):
        per += 1
    per += speaks_quote(doc, s, e)  # '"...," Mthembu said'
    if s > 0 and is_title(fold(doc[s - 1].text)) and not modifier:  # but "former Worldcom boss"
        per += 1
    if p1 in FIRM_WORDS or (n1 in POSS and e + 1 < len(doc) and fold(doc[e + 1].text) in HONORIFICS):
        org += 1  # "oil firm Yukos", "carmaker Renault"; "Labour's Mr Hale"
    if p1 in COMPASS and doc[s - 1].is_lower:
        place += 1  # "south Devon"
    if p1 in PLACE_PREPS and n1 not in POSS and p2 not in ORG_OF:
        place += 1
    if p1 == "," and s > 2 and doc[s - 2].ent_type_ == "GPE" and _low(doc, s - 3) in PLACE_PREPS | {"from"}:
        place += 1  # "Luton, Bedfordshire,"
    return org, per, place


SUBORDINATORS = frozenset(
    {"because", "as", "since", "when", "after", "before", "that", "if", "while", "although", "but"}
)
DUMMY_IT = frozenset({"is", "was", "'s", "\u2019s", "seems", "seemed", "appears", "appeared", "took"})
SENT_END = frozenset({".", "?", "!", ";"})
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``"})


def _name_before(doc: Doc, s: int) -> bool:
    """Another name comes earlier in the sentence (a later pronoun may well be its)."""
    for i in range(s - 1, max(-1, s - 25), -1):
        t = doc[i]
        if t.lower_ in SENT_END or "\n" in t.whitespace_ or "\n" in t.text:
            return False
        if t.ent_type_ in {"PERSON", "ORG", "NORP"}:
            return True
    return False


def neuter_signs(doc: Doc, s: int, e: int) -> int:
    """The votes of `name_evidence` that rest on a later "it" or "which" alone ("X said it", "...
    because it", "a shot by X which"): weaker than a body's own words, as the pronoun may be another's."""
    n1, n2 = _low(doc, e), _low(doc, e + 1)
    said = n1 in SPEECH_VERBS and (n2 in NEUTER or _low(doc, e + 2) in NEUTER)
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
    for i in range(e, min(len(doc), e + 16)):
        t = doc[i]
        low = t.lower_
        if (
            low in SENT_END
            or low in QUOTE_MARKS  # "... nothing we or Ofregal can do," he said: the speaker's pronoun
            or "\n" in t.whitespace_
            or "\n" in t.text
            or (i > e and t.ent_type_ in {"PERSON", "ORG"})
        ):
            return ""
        if low in PERSONAL or low in {"him", "himself", "herself"}:
            return "he"
        subject_it = low == "it" and _low(doc, i - 1) in SUBORDINATORS and _low(doc, i + 1) not in DUMMY_IT
        if low == "its" or subject_it:
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
        q = q if _low(doc, s - 1) in PLACE_PREPS else 0  # "In Toronto, Kevin Tapani" is no place
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
        and gazetteer_label(fold(doc[s + 1 : e].text)) == "GPE"
        and not any(t.text == first.text and t.ent_type_ == "PERSON" and t.ent_iob_ == "I" for t in doc)
    )


def join_names(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """One organisation from pieces the model split: "Brown & Wills", "Liggett Group and Brown and
    Wills" (a list never says "and" twice), "Department for Education and Skills", "Department for
    Culture, Media and Sport"."""
    doc, out = ctx.doc, []
    for c in sorted(cands, key=lambda c: c.start):
        prev = out[-1] if out else None
        if prev is not None and c.start == prev.end + 1 and "\n" not in doc[prev.end - 1].whitespace_:
            mid = doc[prev.end].text
            one_word = prev.end - prev.start == 1 and c.end - c.start == 1
            before = prev.start - 1
            org_list = (
                mid == "and"
                and one_word
                and before > 0
                and doc[before].lower_ == "and"
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
                and (c.end >= len(doc) or not doc[c.end].text[:1].isupper())
            )
            portfolio = (prev.label == "ORG" and inner & {"for", "of"}
                         and listed_portfolio(doc, prev.end, head_word=True))
            if (mid == "&" and doc[c.start].text[:1].isupper()) or org_list or split_org or portfolio:
                prev.end, prev.label, prev.weight = c.end, "ORG", max(prev.weight, c.weight, 2.0)
                continue
        out.append(c)
    starts = {c.start for c in out}
    for k, c in enumerate(out):  # the part after "and" left untagged: "Fenwick and Marlow"
        nxt = out[k + 1].start if k + 1 < len(out) else len(doc)
        if c.label != "ORG" or c.end + 2 > nxt or doc[c.end].text not in {"and", "&"} or c.end + 1 in starts:
            continue
        e = c.end + 1
        while (
            e < nxt
            and e - c.end <= 2
            and doc[e].is_title
            and doc[e].is_alpha
            and "\n" not in doc[e - 1].whitespace_
        ):
            e += 1
        if (
            e == c.end + 1
            or (e < len(doc) and doc[e].text[:1].isupper())
            or gazetteer_label(fold(doc[c.end + 1 : e].text))
        ):
            continue
        before = c.start - 1
        listed = (
            c.end - c.start == 1
            and before > 0
            and doc[before].lower_ == "and"
            and any(o.end == before and o.label == "ORG" for o in out)
        )
        inner = {t.lower_ for t in doc[c.start + 1 : c.end]}
        if doc[c.end].text == "&" or listed or inner & {"for", "of"}:
            c.end = e
    return out


def place_context(doc: Doc, s: int, e: int) -> bool:
    """Read as a place: "Houston, Texas", "Texas, US", "the state of Texas", "Texas state"."""
    p1, n1 = _low(doc, s - 1), _low(doc, e)
    owner = n1 in POSS and _low(doc, e + 1) in PERSON_POSSESSED  # "in Anderson's hometown": a person's
    if (p1 in PLACE_PREPS or p1 == "from") and _low(doc, s - 2) not in ORG_OF and not owner:
        return True
    if n1 in {"state", "county", "province", "city"}:
        return True
    if p1 == "of" and _low(doc, s - 2) in {"state", "county", "province", "city", "governor", "people"}:
        return True
    if p1 == "," and s > 1 and doc[s - 2].ent_type_ in {"GPE", "LOC"}:
        return True
    return n1 == "," and e + 1 < len(doc) and doc[e + 1].ent_type_ in {"GPE", "LOC"}


def title_piece(doc: Doc, s: int, e: int) -> bool:
    """A word that ends a title rather than naming anything: "Secretary of State", "Minister for Sport"."""
    return (
        e - s == 1
        and s > 1
        and doc[s - 1].lower_ in {"of", "for"}
        and is_title(fold(doc[s - 2].text))
        and fold(doc[s].text) in TITLE_MODIFIERS
    )
