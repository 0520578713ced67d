"""Games' titles read off the surface of a games story (`films.games_story`): lists the parse breaks
and sequels the model missed.

`game_lists` reads runs of three names or more joined by commas and "and"/"or" ("Quarnix, Tide Farm,
Moss Hollow and Vela Rising"), as written, since the parse of such runs of titles is often broken (a
title read as a verb, "Need"). A run in which a name is voted a work is a run of titles:

- its other members voted a person, a body or a place are works, when no mention reads as a body's,
  a place's or a person's (no role, body's use, place of the gazetteer; a person's look only in a
  run with two works or more, every mention inside such runs);
- a member the model missed, a run of capitalised words between the commas ("Moss Hollow",
  "Ring-Tailed Rovers", a sentence's first word too: "Quarnix, Tide Farm and Vela were"), is a new
  work when the run holds two works or more.

A member may carry one lower-case noun after it ("Quarnix football, Tide Farm"). `numbered_games`
adds the titles with a sequel's number the model missed ("finished Quarnix 3 and Tide Farm 2"): a
capitalised run no name covers, tagged a proper noun, before a sequel's number ending the title
(`sequels._title_end`); `lawless_titles` makes a name voted a law with no law's word a title
("Quarnix 2", the model's LAW), its sequel's number taken in. No list of titles: the article's
names, its words and the parse's tags.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.entities import films as FL
from pipeline.entities import products as PR
from pipeline.entities.candidates import KEPT, Cand, DocCtx, by_key, relabel
from pipeline.entities.evidence import ACRONYM
from pipeline.entities.kindlists import NEW_WEIGHT
from pipeline.entities.laws import LAW_WORDS
from pipeline.entities.lexicon import ORG_HEADS, gazetteer_label, known_place
from pipeline.entities.sequels import SEQUEL_NUMBERS, _title_end
from pipeline.entities.words import lower_words

WORK = FL.WORK
SEPARATORS = frozenset({",", "and", "or"})
INNER = frozenset({"of", "for", "the"})  # "Need for Speed", "Lord of the Rings"
TRIMMED = INNER | {"-"}  # never a title's last word
MEMBER_MAX = 6  # words of a missed member
RUN_MIN = 3  # members of a run of titles
STRONG = 2  # works in a run that make its missed members and people's names titles
CODE = re.compile(r"^[A-Z]+[0-9]+$")  # a console's code: "PX3"
LEADS = frozenset({"a", "an", "the", "its", "their"})  # "its Vela 2": a maker's product
GAME_NOUNS = frozenset({"game", "games", "title", "titles", "sequel", "sequels"})


def game_lists(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> list[Cand]:
    """Relabel WORK_OF_ART the members of runs of titles in a games story; return the new members
    (see the module)."""
    if not FL.games_story(ctx):
        return []
    live = sorted((c for c in cands if c.end > c.start), key=lambda c: c.start)
    starts = {c.start: c for c in live}
    covered = {i for c in live for i in range(c.start, c.end)}
    runs = [r for r in _runs(ctx, starts, covered) if len(r) >= RUN_MIN]
    if not runs:
        return []
    groups = by_key(ctx, live, key_of)
    keys = {id(c): key_of(ctx, c) for r in runs for c in r if isinstance(c, Cand)}
    new: list[Cand] = []
    for run in runs:
        named = [c for c in run if isinstance(c, Cand)]
        works = sum(labels.get(keys[id(c)], c.label) == WORK for c in named)
        if not works and not (len(named) < len(run) and _game_sentence(ctx, run)):
            continue
        strong = works >= STRONG
        others = [c for c in named if labels.get(keys[id(c)], c.label) != WORK]
        if not all(_able(ctx, keys[id(c)], groups[keys[id(c)]], labels, strong, keys) for c in others):
            continue  # a body or a person in the run: no run of titles
        for c in others:
            relabel(ctx, groups[keys[id(c)]], labels, key_of, WORK)
        if works + len(others) >= STRONG:
            new += [_new(ctx, *m, labels, key_of) for m in _missed(ctx, run)]
    return new


def numbered_games(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> list[Cand]:
    """New works for the titles with a sequel's number the model missed in a games story (see the
    module)."""
    if not FL.games_story(ctx):
        return []
    words, toks = ctx.words, ctx.toks
    covered = {i for c in cands if c.end > c.start for i in range(c.start, c.end)}
    live = [c for c in cands if c.end > c.start]
    edges = ({c.end: c for c in live}, {c.start: c for c in live})
    lower = lower_words(ctx)
    out: list[Cand] = []
    for k in range(1, len(words) - 1):
        if words[k] not in SEQUEL_NUMBERS or k in covered or not ctx.ws[k - 1] or not _title_end(ctx, k + 1):
            continue
        s = k
        while s > 0 and k - s < 3 and s - 1 not in covered and _title_word(ctx, s - 1, lower):
            s -= 1
        hyphened = "-" in words[s:k]  # "Ring-Tail 2": capitalised words glued by a hyphen
        if s == k or not (hyphened or any(toks[i].pos_ == "PROPN" for i in range(s, k))) or words[s] == "-":
            continue
        if words[s - 1].lower() in LEADS or ctx.in_caps(s) or known_place(ctx.norm_of(s, k)):
            continue
        if _named(ctx, s, k, edges, labels, key_of):
            continue
        if any(toks[i].ent_type_ in {"DATE", "TIME"} for i in range(s, k + 1)):
            continue
        out.append(_new(ctx, s, k + 1, labels, key_of))
        covered.update(range(s, k + 1))
    return out


def lawless_titles(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """A name voted a law with no law's word in it ("Act", "Directive", "Convention") is a game's
    title in a games story ("Quarnix 2" LAW), its mentions taking the sequel's number the model left
    after them ("Quarnix" of "Quarnix 2")."""
    if "LAW" not in labels.values() or not FL.games_story(ctx):
        return
    words = ctx.words
    for key, ms in by_key(ctx, [c for c in cands if c.end > c.start], key_of).items():
        if labels.get(key, ms[0].label) != "LAW" or any(c.src in KEPT for c in ms):
            continue
        if any(w in LAW_WORDS or w.capitalize() in LAW_WORDS for c in ms for w in words[c.start : c.end]):
            continue
        for c in ms:
            e = c.end
            if e + 1 < len(words) and words[e] in SEQUEL_NUMBERS and ctx.ws[e - 1] and _title_end(ctx, e + 1):
                c.end = e + 1
        relabel(ctx, ms, labels, key_of, WORK)


def _named(ctx: DocCtx, s: int, k: int, edges: tuple[dict[int, Cand], dict[int, Cand]],
           labels: dict[str, str], key_of: Callable) -> bool:
    """Words s.. k before a sequel's number are a name the article gives anything but a work ("Vela"
    beside "the Vela console"), or stand beside a product across "and" ("PX3 and Vela 2")."""
    held = labels.get(ctx.norm_of(s, k)) or labels.get(ctx.norm_of(s, k + 1))
    if held is not None and held != WORK:
        return True
    words = ctx.words
    if s > 1 and words[s - 1] in SEPARATORS and CODE.match(words[s - 2]):
        return True  # "PX3 and Vela 2": a console's code beside it
    for near in ((edges[0].get(s - 1) if words[s - 1] in SEPARATORS else None),
                 (edges[1].get(k + 2) if words[k + 1 : k + 2] and words[k + 1] in SEPARATORS else None)):
        if near is not None and labels.get(key_of(ctx, near), near.label) == "PRODUCT":
            return True
    return False


def _missed(ctx: DocCtx, run: list[Cand | tuple[int, int]]) -> list[tuple[int, int]]:
    """The run's members no name covers, but two one-word members joined by a bare "and" (one
    title, "Salt and Pepper", as likely as two)."""
    spans = [(m.start, m.end) if isinstance(m, Cand) else m for m in run]
    single = [e - s == 1 for s, e in spans]
    paired = [False] * len(run)
    for n in range(len(run) - 1):
        joined = spans[n][1] + 1 == spans[n + 1][0] and ctx.words[spans[n][1]] == "and"
        if single[n] and single[n + 1] and joined:
            paired[n] = paired[n + 1] = True
    return [m for n, m in enumerate(run) if isinstance(m, tuple) and not paired[n]]


def _game_sentence(ctx: DocCtx, run: list[Cand | tuple[int, int]]) -> bool:
    """The run's sentence holds a game's noun ("games", "titles", "sequels")."""
    first = run[0]
    sent = ctx.toks[first.start if isinstance(first, Cand) else first[0]].sent
    return any(ctx.words[i] in GAME_NOUNS for i in range(sent.start, sent.end))


def _title_word(ctx: DocCtx, i: int, lower: set[str]) -> bool:
    """Token i may be a title's word: a capitalised word the article writes nowhere in lower case,
    or a hyphen glued on both sides ("Ring-Tail")."""
    w = ctx.words[i]
    if w == "-":
        return i > 0 and not ctx.ws[i - 1] and not ctx.ws[i]
    return w[:1].isupper() and w.isalpha() and w.lower() not in lower and not ctx.toks[i].is_sent_start


def _new(ctx: DocCtx, s: int, e: int, labels: dict[str, str], key_of: Callable) -> Cand:
    """A new work over tokens s.. e, taken."""
    c = Cand(s, e, WORK, "rule", NEW_WEIGHT)
    ctx.take(c)
    labels[key_of(ctx, c)] = WORK
    return c


def _runs(ctx: DocCtx, starts: dict[int, Cand], covered: set[int]) -> list[list[Cand | tuple[int, int]]]:
    """The runs of members joined by commas and "and"/"or": a member is a name (a `Cand`) or a run of
    capitalised words no name covers (its span)."""
    words, n = ctx.words, len(ctx.words)
    out: list[list[Cand | tuple[int, int]]] = []
    run: list[Cand | tuple[int, int]] = []
    i = 0
    while i < n:
        member = _member(ctx, i, starts, covered)
        if member is None:
            out.append(run) if len(run) >= RUN_MIN else None
            run, i = [], i + 1
            continue
        run.append(member)
        e = member.end if isinstance(member, Cand) else member[1]
        if e < n and ctx.toks[e].is_lower and ctx.toks[e].pos_ == "NOUN" and words[e + 1 : e + 2] == [","]:
            e += 1  # "Quarnix football, Tide Farm"
        j = e
        while j < n and words[j] in SEPARATORS and j - e < 2 and not ctx.toks[j].is_sent_start:
            j += 1
        if j == e or j >= n or ctx.toks[j].is_sent_start:
            out.append(run) if len(run) >= RUN_MIN else None
            run, i = [], max(j, e)
            continue
        i = j
    if len(run) >= RUN_MIN:
        out.append(run)
    return out


def _member(ctx: DocCtx, i: int, starts: dict[int, Cand], covered: set[int]) -> Cand | tuple[int, int] | None:
    """The member starting at token i: a name, or capitalised words up to a separator (connectors
    inside), at least one tagged a proper noun, no place of the gazetteer."""
    if i in starts:
        return starts[i]
    words, toks, n = ctx.words, ctx.toks, len(ctx.words)
    if i > 0 and not toks[i].is_sent_start and (i - 1 in covered or not (
            words[i - 1] in SEPARATORS or toks[i - 1].is_lower and toks[i - 1].tag_ != "POS")):
        return None  # glued to the name or word before it: "Pandora Tomorrow", "-", "'s"
    e = i
    while e < n and e - i < MEMBER_MAX and e not in covered and not (e > i and toks[e].is_sent_start):
        w = words[e]
        if not (w[:1].isupper() or w[:1].isdigit() or w == "-" or (w in INNER and e > i)):
            break
        e += 1
    while e > i and words[e - 1] in TRIMMED:
        e -= 1
    if e == i or (e < n and words[e] not in SEPARATORS and words[e] not in {".", ";", ")"} and
                  toks[e].pos_ not in {"AUX", "VERB"}):
        return None
    if words[i] == "-" or not any(toks[k].pos_ == "PROPN" for k in range(i, e)) or ctx.in_caps(i):
        return None
    if gazetteer_label(ctx.norm_of(i, e)) or known_place(ctx.norm_of(i, e)):
        return None
    return (i, e)


def _able(ctx: DocCtx, key: str, ms: list[Cand], labels: dict[str, str], strong: bool,
          listed: dict[int, str]) -> bool:
    """A member that may be a title (see the module): `strong`, a run with two works or more;
    `listed`, the ids of the runs' named members."""
    if labels.get(key, ms[0].label) not in FL.LISTABLE or gazetteer_label(key) or known_place(key):
        return False
    if any(c.role or c.src in KEPT for c in ms):
        return False
    if any(PR.body_signs(ctx, c) if id(c) in listed else PR.body_use(ctx, c) for c in ms):
        return False  # a list's verb is the list's: "A, B and C were"
    if FL.category_able(ctx, key, ms):
        return True
    if not strong or any(id(c) not in listed for c in ms):
        return False
    words = ctx.words[ms[0].start : ms[0].end]  # a person's look only: no acronym, no body's head
    return not any(ACRONYM.match(w) for w in words) and words[-1] not in ORG_HEADS
