"""Shape tests for personal names: a name that opens with a given name (`given_name_first`,
`first_name`). Shared by the passes that weigh people against bodies, works and places."""

from __future__ import annotations

import calendar
import re

from spacy.tokens import Doc

from pipeline.entities import candidates as C
from pipeline.entities import lexicon as L
from pipeline.entities import variants as VR
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand
from pipeline.entities.gazetteer import demonyms
from pipeline.entities.namejoins import shortens

CALENDAR_NAMES = frozenset(calendar.month_name[1:]) | frozenset(calendar.day_name)
NAME_CASE = re.compile(r"^(?:[A-Z][a-z]+|Ma?c[A-Z][a-z]+)$")  # "Calum", "MacRae", "McCall"
SENT_END = frozenset({".", "!", "?"})
NAME_PARTICLES = frozenset({"de", "del", "da", "dos", "das", "di", "van", "von", "bin", "binti", "al", "-"})
PATRONYMS = frozenset({"bin", "ibn", "bint", "binti"})  # "son/daughter of" in an Arabic or Malay name


def titled_patronym(doc: Doc, s: int, e: int) -> bool:
    """`s:e` is a title, a capitalised name and a patronym ("Prince Khalid bin Sultan", "Sheikh Ali
    ibn Nasser"): a titled person, whatever the model's label; no body's noun at the end."""
    if e - s < 4:
        return False  # the cheap test first
    titled = doc[s].is_title and L.is_title(L.fold(doc[s].text))
    if not titled or doc[e - 1].text in L.ORG_HEADS:
        return False
    rest = doc[s + 1 : e]
    if not rest[0].is_title or not any(t.lower_ in PATRONYMS and t.is_lower for t in rest[1:-1]):
        return False
    return all(t.is_alpha and (t.is_title or t.lower_ in NAME_PARTICLES) for t in rest)


def first_name(ctx: C.DocCtx, s: int, e: int, common_last: bool = False) -> bool:
    """Token s opens a personal name ending at e: a common given name, or one that is also a place
    before a surname that is no common noun or its plural ("Helena Christensen"; not "Victoria Park");
    with `common_last` (the article's evidence of a person) before any capitalised word ("Vincent Cable")."""
    key, last = L.fold(ctx.words[s]), ctx.toks[e - 1]
    if L.given_name(key):
        return True
    low = last.lower_
    if common_last and e - s > 1 and last.is_title and L.ascii_fold(key) in L.placed_given_names():
        dashed = any(t.text in L.DASHES for t in ctx.toks[s:e])
        return not dashed and ctx.norm_of(s, e) not in L.world().places
    if e - s < 2 or not last.is_title or W.generic_key(low) or W.generic_plural(low):
        return False  # "Victoria Park", "Bradford Bulls"
    if not L.personal_first(key, low) or any(t.text in L.DASHES for t in ctx.toks[s:e]):
        return False
    return ctx.norm_of(s, e) not in L.world().places


def name_cased(ctx: C.DocCtx, s: int, e: int) -> bool:
    """Two or three capitalised words, a Gaelic surname's inner capital allowed ("Calum MacRae"),
    no organisation noun: a likely personal name (`candidates.looks_personal` wants title case)."""
    words = ctx.words[s:e]
    return 2 <= len(words) <= 3 and all(NAME_CASE.match(w) and w not in L.ORG_HEADS for w in words)


def joined_name(doc: Doc, s: int, e: int) -> bool:
    """A given name and a surname of parts joined by a hyphen or a particle ("Ana Lee-Hale", "Rua de
    Souza", "Omar Al-Kelbi"): the first word alone, then no more than three capitalised parts, no
    body's noun nor place among them; one name shaped like a person's, as a plain one is."""
    words = [t.text for t in doc[s:e]]
    if len(words) < 3 or not NAME_CASE.match(words[0]) or words[1] == "-" or words[-1] in NAME_PARTICLES:
        return False
    parts = [w for w in words[1:] if w not in NAME_PARTICLES]
    if len(parts) == len(words) - 1 or not 1 <= len(parts) <= 3 or not all(NAME_CASE.match(w) for w in parts):
        return False
    return not any(w in L.ORG_HEADS or L.gazetteer_label(L.fold(w)) for w in [words[0], *parts])


def given_name_first(ctx: C.DocCtx, c: Cand, common_last: bool = False) -> bool:
    """Up to four plain capitalised words, no organisation noun, the first a given name the article
    never writes in lower case ("Grace", "Hope"), the others no words it does;
    one word is no common noun ("Rose"), and a last word that is one must be a surname ("Nova Online")
    unless `common_last` (the caller has the article's evidence of a person: "Vincent Cable said")."""
    toks = ctx.toks[c.start : c.end]
    first, last = toks[0], toks[-1]
    if len(toks) > 4 or not (first.is_title and first.is_alpha) or last.lower_ in NAME_PARTICLES:
        return False  # a name ends in no particle nor hyphen ("Long-haul" is no "Long -")
    if not first_name(ctx, c.start, c.end, common_last):
        return False
    if len(toks) == 1 and W.generic_key(first.lower_):
        return False
    if len(toks) > 1 and not common_last and W.generic_key(last.lower_) and not L.surname(last.lower_):
        return False
    if len(toks) > 2 and L.fold(ctx.doc[c.start : c.start + 2].text) in L.world().places:
        return False  # "Hong Kong Tours"
    lower = W.lower_words(ctx)
    for t in toks:
        if t.lower_ in NAME_PARTICLES and t is not first:
            continue
        if not (t.is_title and t.is_alpha) or t.text in L.ORG_HEADS or t.text in L.CORP_SUFFIXES:
            return False
        if t.lower_ in lower or L.fold(t.text) in L.FIRM_WORDS:
            return False
        if t is not first and (t.is_stop or t.text in CALENDAR_NAMES):  # "Long March"
            return False
    return True


def fullest(forms: list[str]) -> str:
    """The fullest of a name's forms: most words, then most characters, then most capitalised words
    ("LG Group" over "LG group"), preferring forms that are not all capitals (the first such in order)."""
    clean = [f for f in forms if any(ch.islower() for ch in f)] or forms
    return max(clean, key=lambda f: (len(f.split()), len(f), sum(w[:1].isupper() for w in f.split())))


def _event_plural(form: str, used: dict[str, int]) -> bool:
    """Whether an event's name of two words or more is the plural of another form named as often, or
    more often when its head is written in the plural ("Championships", "Games")."""
    one = form[:-1]
    if " " not in form or not form.endswith("s") or one not in used:
        return False
    return used[one] > used[form] or (used[one] == used[form] and form.split()[-1] not in L.EVENT_HEADS)


def _spellings(texts: list[str], label: str) -> list[str]:
    """The distinct forms of a name, in order; but for a person's, less a one-word form the article
    writes more often in other capitals ("Uk" once, "UK" twice), a product's or a work's plural
    ("iPod minis" of "iPod mini", "Velmas" of the prize "Velma"; an event's: `_event_plural`), a
    town's formal name beside its plain one ("City of Kelby" of "Kelby"), a web domain of another
    form ("Kestrel.com" of "Kestrel") and a slip of spelling (`variants.slip`) of a form written
    more often (or as often, earlier)."""
    forms = list(dict.fromkeys(texts))
    if len(forms) < 2 or label == "PERSON":
        return forms
    used = {f: texts.count(f) for f in forms}
    out = [f for f in forms if " " in f or not any(_usual(g, f, used) for g in forms)]
    first = {f: i for i, f in enumerate(out)}  # a slip goes: named less often, or as often but later
    out = [f for f in out if not any((used[g], -first[g]) > (used[f], -first[f]) and VR.slip(f, g)
                                     for g in out)] or out
    stems = {f.lower() for f in out if "." not in f}
    out = [f for f in out if " " in f or "." not in f or f.lower().split(".", 1)[0] not in stems] or out
    if label in {"PRODUCT", "WORK_OF_ART"}:  # "iPod minis"; a prize's short plural ("the Velmas")
        out = [f for f in out if not (f.endswith("s") and f[:-1] in out)] or out
    if label == "EVENT":  # "the 2001 and 2003 Bay Marathons" of the "Bay Marathon"
        out = [f for f in out if not _event_plural(f, used)] or out
    if label in {"GPE", "LOC"}:  # "City of Kelby" of "Kelby": the town goes by its plain name
        out = [f for f in out if not _formal_town(f, out)] or out
    if label == "ORG":  # "Kestrel News" of "Kestrel": the body goes by its own name
        out = [f for f in out if not (f.endswith(" News") and f[:-5] in out)] or out
    return out


def _formal_town(form: str, forms: list[str]) -> bool:
    """The form is a town's formal name ("City of Kelby") whose plain name is another form."""
    head, _, town = form.partition(" of ")
    return L.fold(head) in L.TOWN_HEADS and town in forms


def _usual(g: str, f: str, used: dict[str, int]) -> bool:
    """g is f in other capitals, used more often, and no capitals line's word ("BERLIN" of a
    dateline; an acronym of three letters or fewer is written so: "UK")."""
    return g != f and g.lower() == f.lower() and used[g] > used[f] and (len(g) <= 3 or not g.isupper())


def canonical_name(texts: list[str], label: str) -> str:
    """The canonical name of an entity from its mention texts (in text order, repeats kept): the
    fullest form; for a person known by two unrelated names ("Sizzla, whose real name is Miguel
    Collins"), the fullest form of the name the article uses most (ties: the first used); a place's:
    `_usual_form`."""
    forms = _spellings(texts, label)
    if label == "NORP" and len(forms) > 1:
        forms = _adjective_first(forms)
    if label == "GPE" and len(forms) > 1:
        return _usual_form(forms, texts)
    if label != "PERSON" or len(forms) < 2:
        return fullest(forms)
    words = {f: {L.fold(w) for w in f.split()} - L.HONORIFICS for f in forms}
    family = {f: i for i, f in enumerate(forms)}
    for i, f in enumerate(forms):  # forms sharing a word are one name ("Tony Blair", "Mr Blair",
        for g in forms[:i]:  # "Umierov" for "Rustem Umerov")
            if family[f] != family[g] and any(_same_word(a, b) for a in words[f] for b in words[g]):
                old, new = family[f], family[g]
                family = {h: new if k == old else k for h, k in family.items()}
    used: dict[int, int] = {}
    for t in texts:
        if any(ch.islower() for ch in t):  # an acronym ("HAL") is no name a person goes by
            used[family[t]] = used.get(family[t], 0) + 1
    if not used:
        return fullest(forms)
    best = max(used, key=lambda k: (used[k], -min(i for i, f in enumerate(forms) if family[f] == k)))
    return fullest([f for f in forms if family[f] == best])


def _usual_form(forms: list[str], texts: list[str]) -> str:
    """A place's fullest form, but a one-word form the article writes less than half as often as
    another ("Ruritania" once, "RR" three times) gives way to the form written most (ties: the
    fullest): the name the article goes by, no passing variant."""
    best = fullest(forms)
    if " " in best:  # "Kingdom of Ruritania": the full name stays
        return best
    used = {f: texts.count(f) for f in forms}
    top = max(forms, key=lambda f: (used[f], f == best))
    return top if used[top] >= max(2, 2 * used[best]) else best


def _adjective_first(forms: list[str]) -> list[str]:
    """A people's forms less its singular nouns for one of them ("Spaniard", "Frenchman") when the
    article also writes the nationality's adjective ("Spanish"); plurals stay ("Kenyans", "Britons")."""
    if not any(L.fold(f) in demonyms() for f in forms):
        return forms
    return [f for f in forms if L.fold(f) in demonyms() or f.endswith("s")]


def _same_word(a: str, b: str) -> bool:
    """Two words of one person's names: equal, a letter apart, or one a given name's short form."""
    return a == b or L.edit_close(a, b) or shortens(a, b) or shortens(b, a)


def he_follows(ctx: C.DocCtx, s: int, e: int) -> bool:
    """The name at s..e opens its sentence or line and the next sentence opens with "He" or "She"
    ("Vincent Cable accused Mr Hale of ducking tough choices. He said:")."""
    return _opens(ctx, s) and _next_sentence_word(ctx, e) in {"he", "she"}


def _opens(ctx: C.DocCtx, i: int) -> bool:
    """Token i opens a sentence or a line."""
    return i == 0 or ctx.words[i - 1] in SENT_END or "\n" in ctx.ws[i - 1] or not ctx.words[i - 1].strip()


def _next_sentence_word(ctx: C.DocCtx, e: int, reach: int = 40) -> str:
    """The lower-cased first word of the sentence after the one token e is in (within `reach`)."""
    words = ctx.words
    for k in range(e, min(len(words), e + reach)):
        if words[k] in SENT_END:
            k += 1
            while k < len(words) and not words[k].strip():
                k += 1
            return words[k].lower() if k < len(words) else ""
    return ""


def capitals(name: str) -> str:
    """A product's short form: every capital of its capitalised words and its closing number
    ("PlayStation 3" -> "PS3", "PlayStation Portable" -> "PSP"); "" when that is only the words'
    initials ("Digital Subscriber Line": an acronym's own rules)."""
    words = name.split()
    if not all(w.isalpha() for w in words[:-1]) or not (words[-1].isalpha() or words[-1].isdigit()):
        return ""  # "ADSL2 +" is no name of words
    caps = "".join(ch for w in words if w[:1].isupper() for ch in w if ch.isupper())
    if words[-1].isdigit() and len(caps) > 1:
        return caps + words[-1]
    return caps if len(caps) > sum(w[:1].isupper() for w in words) else ""
