"""Shows whose contestants are voted out, read from what the article says happens in them: "evicted
from X", "voted off X", "X housemates", "the current series of X" make the name a programme
(WORK_OF_ART) where the model took it for a building, a body, a person, a place or an event
(`contest_shows`). A programme's title of three capitalised words or more is known by its title
without its first word too ("Celebrity Castle Keep" and "Castle Keep"): `show_tails` makes those
mentions, tagged or not, the programme's, and `tail_titles` tells the grouping which title a tail
stands for. Both run after the per-name vote, outside sports reports. All work on token indices."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import lexicon as L
from pipeline.entities.apposedworks import work_able
from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.channels import channel_shaped
from pipeline.entities.evidence import POSS, occurrences

WORK = "WORK_OF_ART"
SHOWABLE = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP"})
EXITABLE = SHOWABLE | {"EVENT"}  # "evicted from X": no event's guests are evicted
SHOW_LABELS = EXITABLE | {WORK}  # a work the model found may be a show too, and have a tail
EXITS = (("evicted", "from"), ("voted", "off"), ("eviction", "from"))  # not "expelled from X": a party
TRIGGERS = frozenset({"evicted", "eviction", "voted", "housemate", "housemates", "series"})
HOUSEMATES = frozenset({"housemate", "housemates"})
SERIES = ("series", "of")
OPENERS = frozenset({"a", "an", "the"})  # "A Castle Keep spokesman": no longer name
TAIL_MIN = 2  # words of a title's tail
TAILABLE = frozenset({"ORG", "FAC", "GPE", "LOC", "EVENT", "PRODUCT", WORK})  # no person's: "Being Ann Lee"


def contest_shows(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> list[Cand]:
    """Every mention of a name a contestant leaves ("evicted from X", "voted off X"), whose
    housemates the article names ("X housemates") or that runs in series ("the current series of
    X."), made a WORK_OF_ART, unless it is a channel, a known place or people, or holds a role; then
    the tails of those programmes' titles (`show_tails`); returns the mentions added."""
    words = ctx.words
    if ctx.sports or not TRIGGERS.intersection(words):
        return []
    named = [c for c in cands if c.end > c.start and c.label in SHOW_LABELS]
    shows: set[str] = set()
    for key, ms in by_key(ctx, named, key_of).items():
        label = labels.get(key, ms[0].label)
        if label not in SHOW_LABELS or not _show_able(ctx, key, ms):
            continue
        exits = any(_left(words, c.start) or _housemates(words, c.end) for c in ms)
        if exits or label in SHOWABLE | {WORK} and any(_series(ctx, c) for c in ms):
            relabel(ctx, ms, labels, key_of, WORK)
            shows.add(key)
    return show_tails(ctx, cands, labels, key_of, shows) if shows else []


def _show_able(ctx: DocCtx, key: str, ms: list[Cand]) -> bool:
    """No known place, country, people, role, acronym nor body's head (`apposedworks.work_able`), no
    channel."""
    if L.known_place(key) or any(channel_shaped(ctx.words[c.start : c.end]) for c in ms):
        return False
    return work_able(ctx, key, ms)


def _left(words: list[str], s: int) -> bool:
    """A contestant's exit right before the name: "evicted from", "voted off", "voted out of"."""
    return any(tuple(w.lower() for w in words[max(0, s - len(run)) : s]) == run for run in EXITS)


def _housemates(words: list[str], e: int) -> bool:
    """"housemate" or "housemates" right after the name ("the X housemates")."""
    return e < len(words) and words[e] in HOUSEMATES


def _series(ctx: DocCtx, c: Cand) -> bool:
    """"series of" right before the name, which ends its phrase ("the third series of X ends"; not "a
    series of X concerts", "a series of X's songs")."""
    s, e, words = c.start, c.end, ctx.words
    if s < 2 or (words[s - 2], words[s - 1]) != SERIES:
        return False
    return e >= len(words) or not (words[e] in POSS or ctx.toks[e].pos_ in {"NOUN", "PROPN"})


def show_tails(
    ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable, shows: set[str]
) -> list[Cand]:
    """The mentions of the title of a programme of `shows` (keys) without its first word ("Castle
    Keep" of "Celebrity Castle Keep") made the programme's: tagged ones relabelled, untagged ones
    added (with the first word when it stands before them untagged); returns the mentions added."""
    keyed = by_key(ctx, cands, key_of)
    tails = _tails(ctx, {k: ms for k, ms in keyed.items() if k in shows}, labels, keyed)
    if not tails:
        return []
    for tail, (_, title) in tails.items():
        ctx.show_forms[" ".join(tail).lower()] = title
    for key, ms in keyed.items():
        if tuple(ctx.words[ms[0].start : ms[0].end]) in tails and labels.get(key, ms[0].label) in TAILABLE:
            relabel(ctx, ms, labels, key_of, WORK)
    covered = bytearray(len(ctx.words))
    for c in cands:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    out: list[Cand] = []
    for tail, (first, _) in tails.items():
        for i in occurrences(ctx.words, list(tail)):
            e = i + len(tail)
            s = i - 1 if i > 0 and ctx.words[i - 1] == first else i  # the whole title, untagged
            if any(covered[s:e]) or _runs_on(ctx, s, e):
                continue
            out.append(Cand(s, e, WORK, "rule", 2.0))
            covered[s:e] = b"\x01" * (e - s)
            ctx.take(out[-1])
            labels[key_of(ctx, out[-1])] = WORK
    return out


def _tails(
    ctx: DocCtx, shows: dict[str, list[Cand]], labels: dict[str, str], keyed: dict[str, list[Cand]]
) -> dict[tuple[str, ...], tuple[str, str]]:
    """The tails of the programmes `shows` (their titles' words after the first, `TAIL_MIN` or more,
    all capitalised words) to the first word and the title's key, unless a tail opens with a stop
    word ("And The Wheelies") or a given name, is a person's name, a known place or people, or the
    tail of two titles."""
    out: dict[tuple[str, ...], tuple[str, str]] = {}
    seen: set[tuple[str, ...]] = set()
    persons = {k for k, ms in keyed.items() if labels.get(k, ms[0].label) == "PERSON"}
    for key, ms in shows.items():
        words = ctx.words[ms[0].start : ms[0].end]
        if labels.get(key, ms[0].label) != WORK or len(words) <= TAIL_MIN or words[0] == "The":
            continue
        if not all(w[:1].isupper() and w.isalpha() for w in words):
            continue
        tail = tuple(words[1:])
        low = " ".join(tail).lower()
        lead = ctx.toks[ms[0].start + 1].is_stop or L.given_name(L.fold(tail[0]))  # "And The X", "Ann Lee"
        if tail in seen or lead or low in persons or L.gazetteer_label(low):
            out.pop(tail, None)
        else:
            out[tail] = (words[0], key)
        seen.add(tail)
    return out


def _runs_on(ctx: DocCtx, s: int, e: int) -> bool:
    """A capitalised word right before or after the tail: a longer name holds it ("Old Castle Keep
    Road")."""
    words = ctx.words
    before = s > 0 and words[s - 1][:1].isupper() and not ctx.toks[s - 1].is_sent_start
    return before and words[s - 1].lower() not in OPENERS or e < len(words) and words[e][:1].isupper()


def tail_titles(ctx: DocCtx, works: set[str]) -> dict[str, str]:
    """The keys of the programmes' tails `show_tails` found (`DocCtx.show_forms`) that are works'
    keys still, to their titles' keys ("castle keep" -> "celebrity castle keep")."""
    return {k: v for k, v in ctx.show_forms.items() if k in works and v in works}
