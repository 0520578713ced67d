"""Medicines and named studies, read from what the article does with a name, after the per-name vote.

`drug_labels`: in a story about medicines (drug nouns, `CUES["drug_nouns"]`, twice at least), a name
voted a person, a body or a place is a PRODUCT when some mention reads as a medicine's: right after a
drug noun ("the painkiller X", "the arthritis drug X"), after "a|the drug called X", listed after a
drug noun or brand names ("brand names such as X and Y", "painkillers like X"), with its maker after
a comma ("X, made by Pfizer"), sold or dosed ("sales of X", "doses of X"), or listed with a medicine
("X and Y"). A mention that treats the name as a body (`products.body_use`: it speaks, acts as a
maker, owns staff) or a person (a given name first, a role) vetoes. `called_labels`: a name after "a
<noun> called|named|dubbed" is of that noun's kind: a study's, a report's or a work's noun makes it a
WORK_OF_ART ("a research note called Approve"), a drug noun a PRODUCT. No list of names: nouns,
listing and verbs only. All work on token indices."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import names as NM
from pipeline.entities import products as PR
from pipeline.entities.candidates import Cand, DocCtx, by_key, list_partners, relabel
from pipeline.entities.evidence import ACRONYM, WORK_NOUNS
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import CUES, gazetteer_label

DRUG_NOUNS = frozenset(CUES["drug_nouns"])  # "drug", "painkiller", "vaccine", "pill"
STUDY_NOUNS = frozenset(CUES["study_nouns"])  # "study", "trial", "report", "note"
BRAND_NOUNS = frozenset({"brand", "brands", "names"})  # "brand names such as X"
STORY_MIN = 2
ABLE = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART"})
NAMING = frozenset({"called", "named", "dubbed", "codenamed"})
LIST_CUES = frozenset({"like", "including"})  # and "such as"
MADE = frozenset({"made", "manufactured", "developed", "produced", "marketed", "sold"})
DOSED = frozenset({"sales", "doses", "dose", "supplies", "prescriptions", "users"})  # "sales of X"
LISTING = frozenset({"and", "or", ","})
PASSES = 3  # "X, Y and Z": a sign on Z reaches X in a later pass


def drug_story(ctx: DocCtx) -> bool:
    """The article speaks of medicines: drug nouns in lower case, twice at least."""
    return not DRUG_NOUNS.isdisjoint(ctx.words) and sum(w in DRUG_NOUNS for w in ctx.words) >= STORY_MIN


def drug_labels(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel PRODUCT the names a story about medicines treats as medicines (see the module's doc)."""
    if ctx.sports or not ctx.parsed or not drug_story(ctx):
        return
    keyed = {k: ms for k, ms in by_key(ctx, cands, key_of).items() if ms[0].end > ms[0].start}
    able = {k for k, ms in keyed.items() if labels.get(k, ms[0].label) in ABLE and _able(ctx, k, ms)}
    drugs = {k for k in able if any(_drug_sign(ctx, c) for c in keyed[k])}
    for _ in range(PASSES):
        at = {i for k in drugs for c in keyed[k] for i in range(c.start, c.end)}
        forms = {w for k in drugs for c in keyed[k] for w in _sides(ctx, c)}
        more = {k for k in able - drugs if any(_listed_with(ctx, c, at, forms) for c in keyed[k])}
        if not more:
            break
        drugs |= more
    for k in drugs:
        relabel(ctx, keyed[k], labels, key_of, "PRODUCT")


def _able(ctx: DocCtx, key: str, ms: list[Cand]) -> bool:
    """A name that may be a medicine: no place or people the gazetteer knows, no acronym, no person's
    name or role, no body's use."""
    if len(key) < 3 or gazetteer_label(key) or key in world().places:
        return False
    for c in ms:
        words = ctx.words[c.start : c.end]
        if c.role or c.src in {"def", "dateline", "lineup"} or any(ACRONYM.match(w) for w in words):
            return False
        if NM.given_name_first(ctx, c) or PR.body_use(ctx, c):
            return False
    return True


def _drug_sign(ctx: DocCtx, c: Cand) -> bool:
    """A mention read as a medicine's (see the module's doc)."""
    words, s, e = ctx.words, c.start, c.end
    prev = words[s - 1] if s > 0 else ""
    if prev in DRUG_NOUNS or (prev in NAMING and s > 1 and words[s - 2] in DRUG_NOUNS):
        return True  # "the painkiller X", "a drug called X"
    if s > 1 and prev == "of" and words[s - 2] in DOSED:
        return True  # "sales of X"
    if e + 2 < len(words) and words[e] == "," and words[e + 1] in MADE and words[e + 2] == "by":
        return True  # "X, made by Pfizer"
    k = _list_cue(ctx, s)
    return k is not None and (words[k - 1] in DRUG_NOUNS or words[k - 1] in BRAND_NOUNS)


def _list_cue(ctx: DocCtx, s: int) -> int | None:
    """Index of the cue ("such as", "like", "including") opening the list the name at s stands in
    ("painkillers such as X, Y and Z"), maybe after a comma; None when there is none."""
    words, k = ctx.words, s
    for _ in range(4):
        if k > 2 and words[k - 1] in LISTING and words[k - 2][:1].isupper():
            k -= 2
            while k > 1 and words[k - 1][:1].isupper() and words[k - 1] not in LISTING:
                k -= 1
        else:
            break
    if k > 2 and words[k - 1] == "as" and words[k - 2] == "such":
        k -= 2
    elif not (k > 1 and words[k - 1] in LIST_CUES):
        return None
    else:
        k -= 1
    return k - (k > 1 and words[k - 1] == ",")


def _sides(ctx: DocCtx, c: Cand) -> list[str]:
    """The one-word names of a mention: itself, or both sides of "X and Y" taken as one name."""
    words = ctx.words[c.start : c.end]
    if len(words) == 3 and words[1] in {"and", "or"}:
        return [words[0], words[2]]
    return words if len(words) == 1 else []


def _listed_with(ctx: DocCtx, c: Cand, at: set[int], forms: set[str]) -> bool:
    """The mention is listed with a medicine (tokens `at`): the parse's conjunct of one, or "X and
    Y" of one word each, joined into one name, one of them a medicine's one-word name (`forms`), or
    one word that is such a name."""
    doc, words = ctx.doc, ctx.words
    if c.end - c.start == 3 and words[c.start + 1] in {"and", "or"}:
        return words[c.start] in forms or words[c.end - 1] in forms
    if c.end - c.start == 1 and words[c.start] in forms:
        return True  # "Zelorin" beside "brands such as Zelorin and Mavexa" taken as one name
    tok = doc[c.start : c.end].root
    mates = list_partners(tok)
    return any(m.i in at and not c.start <= m.i < c.end for m in mates)


def called_labels(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """A name after "a|the <noun> called|named|dubbed" takes that noun's kind (see the module's doc)."""
    words = ctx.words
    if NAMING.isdisjoint(words):
        return
    named = {key_of(ctx, c) for c in cands if c.start > 2 and words[c.start - 1] in NAMING}
    for key, ms in by_key(ctx, cands, key_of).items() if named else ():
        if key not in named or labels.get(key, ms[0].label) not in {"PERSON", "ORG", "GPE", "LOC", "FAC"}:
            continue
        kinds = {_called_kind(ctx, c) for c in ms} - {None}
        if len(kinds) == 1 and _able(ctx, key, ms):
            relabel(ctx, ms, labels, key_of, kinds.pop())


def _called_kind(ctx: DocCtx, c: Cand) -> str | None:
    """The label "a <noun> called" gives the name at c: WORK_OF_ART after a study's or a work's noun,
    PRODUCT after a drug noun; None otherwise."""
    words, s = ctx.words, c.start
    if s < 3 or words[s - 1] not in NAMING or not words[s - 2].islower():
        return None
    noun = words[s - 2]
    if not any(w in {"a", "an", "the"} for w in words[max(0, s - 5) : s - 2]):
        return None  # "the man they called X": no kind's noun right before
    if noun in STUDY_NOUNS or noun in WORK_NOUNS:
        return "WORK_OF_ART"
    return "PRODUCT" if noun in DRUG_NOUNS else None
