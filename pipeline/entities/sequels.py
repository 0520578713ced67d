"""Sequels' numbers: a work's title with the number of its sequel ("Shrek 2", "Harbour's 12"), the
first work's title without it ("the original X" beside "X 2"), and an event voted so that ends in a
sequel's number in a story of the screen ("Dark Harbour II"). All run after the per-name vote (from
`works.things`) and work on token indices.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import names as NM
from pipeline.entities import products as PR
from pipeline.entities.acts import screen_heavy
from pipeline.entities.candidates import KEPT, Cand, DocCtx
from pipeline.entities.evidence import POSS
from pipeline.entities.lexicon import CONNECTORS, EVENT_HEADS, ORG_HEADS

SENTENCE_WORDS = frozenset({"and", "in", "on", "the", "for", "upon"})  # connectors that go on a sentence
SEQUEL_NUMBERS = frozenset({"2", "3", "4", "5", "6", "II", "III", "IV", "V", "VI"})
OWNED_NUMBERS = frozenset({"8", "9", "10", "11", "12", "13", "Eleven", "Twelve", "Thirteen"})  # "X's 12"
ORIGINALS = frozenset({"ORG", "GPE", "LOC", "FAC", "EVENT"})  # not a person's: "Ann Lee" and "Ann Lee 2"


def numbered_events(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """A name voted an event that ends in a sequel's number ("Dark Harbour II", "Night Shift 2") is a
    work's title in a story of the screen, when no event's head is in it ("World War II")."""
    if ctx.sports:
        return
    words, screen = ctx.words, None
    for c in cands:
        key = key_of(ctx, c)
        numbered = c.end - c.start > 1 and words[c.end - 1] in SEQUEL_NUMBERS
        if not numbered or labels.get(key, c.label) != "EVENT":
            continue
        if c.src in KEPT or any(
            w in EVENT_HEADS or w.isupper() and len(w) > 1 and w not in SEQUEL_NUMBERS
            for w in words[c.start : c.end - 1]
        ):
            continue
        screen = screen_heavy(ctx) if screen is None else screen
        if not screen:
            return
        c.label, c.role = "WORK_OF_ART", None
        labels[key] = "WORK_OF_ART"


def originals(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """A name voted a body, place or event that is a sequel's title without its number ("the original
    X" beside "X 2") is the first work's title."""
    words = ctx.words
    heads = {
        tuple(words[c.start : c.end - 1])
        for c in cands
        if c.end - c.start > 1
        and words[c.end - 1] in SEQUEL_NUMBERS
        and labels.get(key_of(ctx, c), c.label) == "WORK_OF_ART"
    }
    for c in cands if heads else ():
        key = key_of(ctx, c)
        voted = labels.get(key, c.label)
        if c.src not in KEPT and voted in ORIGINALS and tuple(words[c.start : c.end]) in heads:
            c.label, c.role = "WORK_OF_ART", None
            labels[key] = "WORK_OF_ART"


def sequels(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """A name voted a person or a body right before a sequel's number ("Shrek 2 took $100m",
    "Spider-Man 2's effects", "Half-Life 2") is a work's title, number included: no person's name
    (no given name first) takes a bare number after it outside sports reports; a body's does when it
    is a channel or a station ("Channel 4", "BBC 6 Music"): no acronym, body's noun or name after."""
    if ctx.sports:
        return
    words = ctx.words
    for c in cands:
        e = c.end
        label = labels.get(key_of(ctx, c), c.label)
        owned = _owned_number(ctx, e)  # "Harbour's 12 took $40m"; a cue's title too ("the film Harbour's 11")
        kept = c.src in KEPT and not (owned and c.src == "cue")
        if label not in {"PERSON", "ORG", "WORK_OF_ART", "PRODUCT"} or e + 1 >= len(words) or kept:
            continue
        e += owned
        headed = label == "PRODUCT" and words[e + 1] in PR.HEADS  # "the PlayStation 2 console"
        numbered = owned or words[e] in SEQUEL_NUMBERS
        if not numbered or ctx.ws[e - 1] != " " or not (headed or _title_end(ctx, e + 1)):
            continue
        if words[c.start - 1].lower() in {"a", "an"} or NM.given_name_first(ctx, c):
            continue
        if label == "ORG" and not _plain_title(ctx, c, e + 1):
            continue
        label = "PRODUCT" if label == "PRODUCT" else "WORK_OF_ART"  # "Xbox 2" when the article sells Xboxes
        c.end, c.label, c.role = e + 1, label, None
        labels[key_of(ctx, c)] = label


def _owned_number(ctx: DocCtx, e: int) -> bool:
    """A title's possessive and number after token e - 1 ("Harbour's 12", "Harbour's Eleven"), in a
    story of the screen."""
    words = ctx.words
    if e + 2 >= len(words) or words[e] not in POSS or ctx.ws[e - 1] or words[e + 1] not in OWNED_NUMBERS:
        return False
    return screen_heavy(ctx)


def _title_end(ctx: DocCtx, k: int) -> bool:
    """Token k, after the number, ends the title: no number, unit or noun ("2-1", "2 million", "2
    years"), no capitalised word or name's connector ("BBC 6 Music", "Plaza 5 de Mayo")."""
    nxt = ctx.toks[k]
    glued = nxt.text in {"-", "/", ":", "%"} and not ctx.ws[k - 1]
    joined = nxt.lower_ in CONNECTORS and nxt.lower_ not in SENTENCE_WORDS  # "Plaza 5 de Mayo"
    named = nxt.is_title and not nxt.is_sent_start
    return not (nxt.like_num or glued or joined or named or nxt.pos_ == "NOUN")


def _plain_title(ctx: DocCtx, c: Cand, k: int) -> bool:
    """A body's name that may be a title's: no acronym, no body's noun, no "and", no "Channel"."""
    words = ctx.words[c.start : c.end]
    if any(w.isupper() and len(w) > 1 for w in words) or any(w in ORG_HEADS for w in words):
        return False
    return "and" not in words and words[-1] not in {"Channel", "Radio", "TV"}
