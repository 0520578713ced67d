"""Guards and fallbacks for joining a one-word personal name to a full name of the article: a royal's
given name ("Prince Tom") is no commoner's ("Tom Hale"), and a surname written once with two letters
swapped ("Hlaes" of "Ann Hales") is the person named so before it, as are a titled middle name
("President Lula"), a diminutive quoted in speech ("Tommy" of "Thomas Hale") and a given name with
its surname in brackets ("Ann (Hale)", `bracket_surnames`, in the stage); a name after "Mr" or
"Dr" is a surname, never another person's given name ("Mr Howard" is no "Howard Hale",
`surname_titled`). Used by `grouping.group`;
keys are `lexicon.norm` keys, indices are token indices.
"""

from __future__ import annotations

from pipeline.entities import diminutives as DM
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.gazetteer import surnames
from pipeline.entities.lexicon import TITLES, census_given, fold, gazetteer_label, world
from pipeline.entities.lexicon import surname as surname_word
from pipeline.entities.words import SURNAME_TITLES, honoured

# titles a royal bears before a given name alone
ROYALS = frozenset({"Prince", "Princess", "King", "Queen", "Pope", "Emperor", "Empress"})


LONG_NAME = 4  # words of a full name whose middle word "Mr" may title ("Mr Lula")


def surname_titled(ctx: DocCtx, ms: list[Cand]) -> bool:
    """Some mention has "Mr", "Mrs", "Ms" or "Dr" right before it ("Mr Howard")."""
    return any(c.start > 0 and ctx.words[c.start - 1] in SURNAME_TITLES for c in ms)


def surname_last(ctx: DocCtx, name: list[str]) -> bool:
    """The full name ends in its surname: a census surname or one the article titles ("Mr Hale" of
    "Howard Hale"), so "Mr Howard" is someone else; not "Kim Yungmin" or "Kittisak Wongpaibul",
    whose "Mr Kim" and "Mr Kittisak" are the person (a surname first, the Thai usage)."""
    return len(name) > 1 and (surname_word(name[-1]) or name[-1] in {fold(w) for w in honoured(ctx)})


def royal(ctx: DocCtx, ms: list[Cand]) -> bool:
    """Some mention has a royal's title right before it ("Prince Tom")."""
    return any(c.start > 0 and ctx.words[c.start - 1] in ROYALS for c in ms)


def royal_owners(ctx: DocCtx, by_key: dict[str, list[Cand]], ms: list[Cand], owners: list[str]) -> list[str]:
    """The full names a one-word name may join: when a mention of it has a royal's title ("Prince
    Tom"), only those that carry such a title too; the royal shares no commoner's given name ("Tom
    Hale") nor a surname a letter longer ("Toms")."""
    if not owners or not royal(ctx, ms):
        return owners
    return [p for p in owners if royal(ctx, by_key.get(p, []))]


def swapped(a: str, b: str) -> bool:
    """Two words of five letters or more that differ only by two neighbouring letters swapped, after
    the first ("kujda"/"kudja")."""
    if len(a) != len(b) or len(a) < 5 or a == b or a[0] != b[0]:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def swapped_surname(
    by_key: dict[str, list[Cand]], word: str, people: list[tuple[str, list[str]]]
) -> list[str]:
    """The one person named before a one-word name, written at most twice, that is their surname
    with two letters swapped (`swapped`): no person's surname is the word itself, no census surname
    is, and no second person named before it has the surname (two siblings named later may); else
    none."""
    ms = by_key[word]
    if len(ms) > 2 or word in surnames()[0] or any(pt[-1] == word for _, pt in people):
        return []
    first = min(c.start for c in ms)
    before = [
        p for p, pt in people if swapped(word, pt[-1]) and min(c.start for c in by_key.get(p, ms)) < first
    ]
    return before if len(before) == 1 else []


def short_given(word: str, people: list[tuple[str, list[str]]]) -> list[str]:
    """The one person of the article whose given name a one-word name shortens ("Alex" of "Alexander
    Hale", "Dan" of "Daniel Cole"): its first three letters or more, two letters short or more, no
    census surname that is no given name too, and no person's given name in full; two people whose
    given names it may shorten keep it apart ("Dan" of "Daniel Cole" and "Danny Lee")."""
    last, given = surnames()
    surname_only = word in last and word not in given  # "Bell" of "Bellamy Hale"
    if len(word) < 3 or surname_only or any(pt[0] == word for _, pt in people):
        return []
    owners = [p for p, pt in people if shortens(word, pt[0])]
    return owners if len(owners) == 1 else []


def shortens(short: str, full: str) -> bool:
    """Word `short` shortens word `full` as a given name's short form does ("rafa" of "rafael"): its
    first three letters or more, two letters short or more."""
    return len(short) >= 3 and len(full) >= len(short) + 2 and full.startswith(short)


def titled_middle(ctx: DocCtx, ms: list[Cand], word: str, people: list[tuple[str, list[str]]]) -> list[str]:
    """The one person whose full name holds a one-word name neither first nor last ("Lula" of "Ana
    Lula da Costa"), when a mention has a title right before it ("President Lula"); none when some
    person's given name or surname is the word (two people of one family stay apart)."""
    if not any(c.start > 0 and fold(ctx.words[c.start - 1]) in TITLES for c in ms):
        return []
    if any(word in (pt[0], pt[-1]) for _, pt in people):
        return []
    owners = [p for p, pt in people if word in pt[1:-1]]
    return owners if len(owners) == 1 else []


def honoured_middle(ctx: DocCtx, ms: list[Cand], word: str, people: list[tuple[str, list[str]]]) -> list[str]:
    """The one person whose long full name (four words or more: "Ana Maria Lula da Costa") holds a
    one-word name neither first nor last that "Mr" or "Mrs" titles ("Mr Lula"); none when some
    person's given name or surname is the word."""
    if not surname_titled(ctx, ms) or any(word in (pt[0], pt[-1]) for _, pt in people):
        return []
    owners = [p for p, pt in people if len(pt) >= LONG_NAME and word in pt[1:-1]]
    return owners if len(owners) == 1 else []


def diminutive_of(ctx: DocCtx, ms: list[Cand], word: str, people: list[tuple[str, list[str]]]) -> list[str]:
    """The one person whose given name a one-word name quoted in speech is a diminutive of ("I talk
    to Tommy" of "Thomas Hale", by the `diminutives` table); none when a person's given name or
    surname is the word itself."""
    longs = DM.fulls(word)
    if not longs or any(word in (pt[0], pt[-1]) for _, pt in people):
        return []
    owners = [p for p, pt in people if pt[0] in longs]
    return owners if len(owners) == 1 and any(in_quote(ctx, c.start) for c in ms) else []


def in_quote(ctx: DocCtx, i: int) -> bool:
    """Token i stands inside quoted speech: an open quotation mark before it on its line, or a last
    straight mark that opens a quote (after a space, before a word: `"A. "B, Tommy`), as speech
    goes on unclosed from sentence to sentence."""
    a = ctx.lines[ctx.line_of(i)][0]
    before = ctx.text[a : ctx.idx[i]]
    last = before.rfind('"')
    after = ctx.text[a + last + 1 : a + last + 2]
    opens = last >= 0 and (last == 0 or before[last - 1].isspace()) and after.isalnum()
    return opens or before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def bracket_surnames(ctx: DocCtx, cands: list[Cand]) -> None:
    """A lone given name followed by a bracketed surname ("we picked Ann (Hale)") takes that surname:
    one person "Ann Hale". Both named as people, or the model's bodies around a census given name
    and surname that is no place; not a player's club ("Hale (Kirkby)") nor a full name's."""
    at = {c.start: c for c in cands}
    words = ctx.words
    for r in cands:
        j = r.start
        if r.end != j + 1 or j < 3 or j + 1 >= len(words) or words[j - 1] != "(" or words[j + 1] != ")":
            continue
        left = at.get(j - 2)
        if left is None or left.end != j - 1 or left.surname or not words[j].isalpha():
            continue
        if words[j - 3][:1].isupper() and words[j - 3].isalpha() and not ctx.toks[j - 3].is_stop:
            continue  # "Tom Hale (Kirkby)", not "But Ann (Hale)"
        given, last = fold(words[j - 2]), fold(words[j])
        people = left.label == r.label == "PERSON" and (census_given(given) or not surname_word(given))
        bodies = {left.label, r.label} <= {"PERSON", "ORG"} and census_given(given)
        bodies = bodies and gazetteer_label(last) is None and last not in world().places
        if surname_word(last) and (people or bodies):
            left.label, left.surname, r.label = "PERSON", words[j], "PERSON"
