"""Which of a person's role phrases `roles.role` keeps, and in what order it reads the mentions: a
phrase headed by a relation to someone else in the story ("team-mate", "opponent", `RELATION_NOUNS`)
names no position and is dropped, as is a leading "fellow" ("fellow former champion"); one headed by
an epithet ("Norvik legend", `epithet`) gives way to a job; mentions in
the text come before those in a headline, whose words are loose ("Teenager X picked")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.entities import agedroles as AR
from pipeline.entities import candidates as C
from pipeline.entities import lexicon as L
from pipeline.entities import matchroles as MR
from pipeline.entities.candidates import Cand

EPITHETS = frozenset(L.CUES["epithet_nouns"])  # "Norvik legend", "veteran": praise or age, no job
RELATIVE_MARKS = frozenset({"fellow"})  # "fellow former champion": said of the person beside
PERSON_POSSESSIVES = frozenset({"his", "her", "their"})  # not a body's "its"
HEADLINE_MAX = 120  # characters: a first line longer than this is a paragraph, no headline
POSSESSIVE_ENDS = ("'s", "\u2019s", "'", "\u2019")  # "Tom Hale's", "Jess'"
SENTENCE_ENDS = (".", "!", "?", '"', "\u201d", ":")


def kept(found: str | None) -> str | None:
    """The role phrase `found` without its relative marks ("fellow"), a relation joined to it
    ("compatriot and"), an age (`agedroles`) or what ties it to one match (`matchroles`), or None when
    it is a relation ("Falcons' team-mate", "opponent": one whose last word is a relation noun, no body
    after it), a match's deed ("goalscorer") or an age alone."""
    if not found:
        return found
    words = AR.ageless(found.split(" "))
    if words is None or words == [""]:  # an age alone; a blank phrase stays blank
        return None if words is None else ""
    words = MR.stable(words)  # "two-try scorer on the day": the match's, no role
    if words is None:
        return None
    words = _past_fellow_owner(words)
    while len(words) > 2 and L.fold(words[0]) in L.RELATION_NOUNS and words[1] == "and":
        words = words[2:]  # "compatriot and seventh seed": the seed
    while words and L.fold(words[0]) in RELATIVE_MARKS:
        words.pop(0)
    if not words or L.fold(words[-1]) in L.RELATION_NOUNS:
        return None
    return " ".join(words)


def _past_fellow_owner(words: list[str]) -> list[str]:
    """The role's words from its relative mark on when a possessor opens it and a role word ends it
    ("Tom Hale's fellow Norvik defender" -> "fellow Norvik defender"): whose fellow he is says no
    position; "Tom Hale's fellow Kenyan" stays, a people's word being no role of its own."""
    mark = next((i for i, w in enumerate(words) if i > 0 and L.fold(w) in RELATIVE_MARKS), None)
    if mark is None or not words[mark - 1].endswith(POSSESSIVE_ENDS) or not L.role_word(words[-1].lower()):
        return words
    return words[mark:]


def kin(found: str | None) -> bool:
    """The role phrase is headed by a word of kin ("father", "their late father"): a relation, which a
    position the text also gives is better than."""
    return bool(found) and L.fold(found.split(" ")[-1]) in L.KIN_NOUNS


def job_beside(found: str | None, job: str | None) -> str | None:
    """The job an apposition gives beside a relation that names the person ("Her uncle X, the club
    treasurer" -> "club treasurer"), or the relation when none is given or the apposition is no job."""
    job = kept(job)
    return job if job and not (kin(job) or epithet(job)) else found


def epithet(found: str | None) -> bool:
    """The role phrase is headed by a word of praise or age ("Norvik legend", "Veteran"): a job the
    text also gives ("former assistant manager") is better."""
    return bool(found) and L.fold(found.split(" ")[-1]) in EPITHETS


def job_over(first: str | None, seen: Iterator[tuple[Cand, str]]) -> str | None:
    """The first role `seen` after a relation or an epithet `first` that is neither, if any: a
    relation's position said with the full name, not a surname another may share."""
    if not (kin(first) or epithet(first)):
        return first
    full = kin(first)
    return next((r for c, r in seen if not (kin(r) or epithet(r) or full and c.end - c.start < 2)), first)


def replaceable(found: str | None) -> bool:
    """No role yet, or one a job found later may take the place of (an epithet)."""
    return not found or epithet(found)


def unowned(found: str | None) -> str | None:
    """The role phrase cut before a person's possessive pronoun inside it and the small words before
    it ("confidant of his brother X" -> "confidant"; "adviser to X and his running mate" -> "adviser to
    X"), as the pronoun's person is not said; None if nothing is left."""
    words = found.split(" ") if found else []
    cut = next((i for i, w in enumerate(words) if i > 0 and w.lower() in PERSON_POSSESSIVES), None)
    if cut is None:
        return found
    while cut > 0 and words[cut - 1] in STOP_WORDS:  # "confidant of", "pollster for X and"
        cut -= 1
    return " ".join(words[:cut]) or None


def body_first(ctx: C.DocCtx, ms: list[Cand]) -> list[Cand]:
    """The mentions, those of a headline (a short first line with no sentence's end) last."""
    if not ms or not headlined(ctx):
        return ms
    return [c for c in ms if ctx.line_of(c.start) > 0] + [c for c in ms if ctx.line_of(c.start) == 0]


def headlined(ctx: C.DocCtx) -> bool:
    """The text opens with a headline: a first line, short and not ending a sentence, then more."""
    if len(ctx.lines) < 2:
        return False
    start, end = ctx.lines[0]
    line = ctx.text[start:end].strip()
    return 0 < len(line) <= HEADLINE_MAX and not line.endswith(SENTENCE_ENDS)
