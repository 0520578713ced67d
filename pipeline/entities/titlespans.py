"""Where a title of a work written from a token ends (`title_span`: no venue after "at", a maker's
possessive passed over, no place, no acronym alone), the titles listed from a token, and the people
named beside a title (`person_before`, `person_after`, `personal`, `named_person`), and the
possessives a title may follow (`possessives`). All work on token indices.
"""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import ACRONYM, CUE_WEIGHT, FACILITY_HEADS, POSS_CUT, title_end
from pipeline.entities.lexicon import AWARD_NOUNS, ORG_HEADS, gazetteer_label, is_title_word, norm, surname
from pipeline.entities.names import given_name_first
from pipeline.entities.words import generic_key

CATEGORY_LEADS = frozenset({"Best", "Outstanding"})  # "Best new play - ...": a line of an awards list
OWNERLESS = frozenset({"It", "That", "There", "What", "Here", "He", "She", "Who"})
VENUE_LABELS = frozenset({"FAC", "ORG", "GPE", "LOC"})
TITLE_MAX = 10


def title_span(
    ctx: DocCtx, s: int, joins: bool = True, award: bool = False, dated: bool = False, headed: bool = False
) -> tuple[int, int] | None:
    """The span of a title written from token s, without a venue after "at" ("The Glass Ferry at
    the Lyric"); a maker's possessive passes to the title after it; None when no title starts there.
    A body's head ends no title but an award's or, with `headed`, a broadcaster's show's."""
    words, n = ctx.words, len(ctx.words)
    e = title_end(ctx, s, joins)
    if e is None or words[s] in OWNERLESS:
        return None
    if e < n and words[e] in POSS_CUT:  # "Ann Lee's The Glass Ferry"; not "London's West End"
        owner = gazetteer_label(norm(ctx.doc[s:e].text))
        after = e + 1 < n and words[e + 1][:1].isupper() and not owner
        return title_span(ctx, e + 1, joins, award) if after else None
    while e + 1 < n and words[e] == "n't" and words[e + 1][:1].isupper():
        e = title_end(ctx, e + 1, joins) or e + 2  # "Boys Don't Cry"
    s = next((k + 1 for k in range(s + 1, e - 1) if words[k] in POSS_CUT and _owner(ctx, s, k)), s)
    for k in range(s + 1, e - 1):  # "Ballet Company's Swamp", "Ann Lee's Closer": the owner's work
        venue = words[k] == "at" and (award or _venue(ctx, k + 1, e))
        if venue or (words[k] == "and" and _other(ctx, k + 1, e)):
            e = k
            break
    key = norm(ctx.doc[s:e].text)
    if e - s > TITLE_MAX or gazetteer_label(key) or (e - s == 1 and ACRONYM.match(words[s])):
        return None
    if ctx.toks[s].ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT"} and not dated:
        return None  # but "Radio 4's Today programme"
    if e < n and words[e] == "n't":
        return None
    if e - s == 1 and ctx.toks[s].is_sent_start and ctx.toks[s].pos_ not in {"PROPN", "NOUN"}:  # "Directed"
        return None
    if words[e - 1] in ORG_HEADS and not (award or headed):
        return None
    if award and (words[s] in CATEGORY_LEADS or any(w.lower() in AWARD_NOUNS for w in words[s:e])):
        return None
    return s, e


def possessives(ctx: DocCtx) -> Iterator[int]:
    """The possessives ("'s") with a word on either side, outside a line in capitals: where a
    maker's title may follow ("Ann Lee's The Glass Ferry")."""
    words = ctx.words
    return (k for k in range(1, len(words) - 1) if words[k] in POSS_CUT and not ctx.in_caps(k))


def _other(ctx: DocCtx, k: int, e: int) -> bool:
    """The words k.. e after "and" start another name: a known place, an owner ("and Hong Kong's
    Wong Kar Wai"), a person ("for Cold Water and Simon Price")."""
    words = ctx.words
    known = any(gazetteer_label(norm(" ".join(words[k:j]))) for j in (k + 1, k + 2) if j <= e)
    person = person_after(ctx, k + (words[k] == "the")) is not None  # "and the Ray Hale biopic"
    return known or any(w in POSS_CUT for w in words[k:e]) or person


def _owner(ctx: DocCtx, s: int, k: int) -> bool:
    """Words s.. k before a possessive inside a title name its maker: a body or a person."""
    return ctx.words[k - 1] in ORG_HEADS or personal(ctx, s, k)


def _venue(ctx: DocCtx, k: int, e: int) -> bool:
    """Tokens k.. e after "at" name a venue: "the"/"The" and a name, or a name the model tagged as a
    place or a body, or one ending in a facility's head ("Olivier Theatre")."""
    words = ctx.words
    if words[k] in {"the", "The"}:
        return True
    return ctx.toks[k].ent_type_ in VENUE_LABELS or words[e - 1] in FACILITY_HEADS


def person_after(ctx: DocCtx, s: int) -> tuple[int, int] | None:
    """The person named from token s on (two to four capitalised words)."""
    e = s
    while e < len(ctx.words) and e - s < 4 and ctx.words[e][:1].isupper() and ctx.words[e].isalpha():
        e += 1
    return (s, e) if e - s >= 2 and personal(ctx, s, e) else None


def personal(ctx: DocCtx, s: int, e: int) -> bool:
    """Two to four words the model tags PERSON, or a given name first, or a census surname last."""
    if e - s < 2 or e - s > 4 or ctx.in_caps(s) or gazetteer_label(norm(ctx.doc[s:e].text)):
        return False
    if ctx.toks[e - 1].ent_type_ == "PERSON" or given_name_first(ctx, Cand(s, e, "PERSON")):
        return True
    toks = ctx.toks[s:e]
    if not all(t.is_title and t.is_alpha and t.ent_type_ not in {"GPE", "LOC"} for t in toks):
        return False  # "Northern Ireland", "Little Britain"
    if generic_key(toks[0].lower_) or is_title_word(toks[0].text) or toks[-1].text in ORG_HEADS:
        return False  # "State Minister", "Royal Opera House"
    return surname(toks[-1].lower_)


def person_before(ctx: DocCtx, i: int) -> tuple[int, int] | None:
    """The person named right before token i: capitalised words the model tags PERSON, or whose
    first word is a given name."""
    s = i
    while s > 0 and i - s < 4 and ctx.words[s - 1][:1].isupper() and ctx.words[s - 1].isalpha():
        s -= 1
    return (s, i) if personal(ctx, s, i) else None


def listed_titles(ctx: DocCtx, s: int, bracket: bool, award: bool = True) -> list[Cand]:
    """The title at s, or in brackets (or after a plural) the titles listed there ("(Riverbend and
    The Glass Ferry)"); no channel in capitals ("(BBC Three)")."""
    words, out = ctx.words, []
    while s < len(words):
        span = title_span(ctx, s, joins=not bracket, award=award)
        if words[s : s + 2] == ["I", ","]:  # "I, Robot": one title, no list of two
            tail = title_span(ctx, s + 2, joins=not bracket, award=award)
            span = tail and (s, tail[1])
        if span is None or (bracket and any(ACRONYM.match(w) for w in words[span[0] : span[1]])):
            return out
        out.append(Cand(*span, "WORK_OF_ART", "cue", CUE_WEIGHT))
        e = span[1]
        if not bracket or e + 1 >= len(words) or words[e] not in {",", "and"}:
            return out
        s = e + 1 + (words[e + 1] in {"and", "or"})
    return out


def named_person(ctx: DocCtx, s: int, e: int) -> bool:
    """Two words or more the model tags a person, or opening with a given name, no article first."""
    if ctx.words[s] in {"The", "A", "An"}:
        return False
    tagged = e - s > 1 and ctx.toks[e - 1].ent_type_ == "PERSON"
    return tagged or given_name_first(ctx, Cand(s, e, "PERSON"))
