"""Systems and services of a computing story that the model took for places, buildings or people.

`system_names` runs after the per-name vote, in a story of computers (`software.computing_story`)
that is no sports report, after `techstandards`. A name voted a place, a building or a person is a
PRODUCT (the project's label for software, an online service or a technical system, also a
standard: see docs/record-format.md) when a mention:

- stands right before "system" or "service" in lower case, led by "the" or an owner ("the Quorra
  system has been approved", "its Vantle service");
- follows "system" or "service" and "called" or "dubbed" ("an online payment service called Vantle").

No mention may act as a body or a person ("X said", "X's chief", "Mr X") or hold a role, and a
place or a people the gazetteer knows stays as it is ("the Kelby service" of a town's railway keeps
its town when the gazetteer has it). No list of names: cue words and the article's own mentions.
Token indices only.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import products as PD
from pipeline.entities.candidates import KEPT, Cand, DocCtx, by_key, relabel
from pipeline.entities.evidence import POSS
from pipeline.entities.lexicon import HONORIFICS, fold, known_place_or_word
from pipeline.entities.software import computing_story

PRODUCT = "PRODUCT"
ABLE = frozenset({"FAC", "GPE", "LOC", "PERSON"})  # labels a system's name may get wrong
SYSTEMS = frozenset({"system", "service"})
LEADS = frozenset({"the", "its", "their", "our", "this"})  # "the X system"
NAMING = frozenset({"called", "dubbed", "named"})
NAMING_GAP = 3  # words between "system" and "called": "a community system now called X"


def system_names(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel PRODUCT the names a computing story uses as a system's or a service's (see the module)."""
    if ctx.sports or not ctx.parsed or SYSTEMS.isdisjoint(ctx.words):
        return
    able = [c for c in cands if c.end > c.start and c.label in ABLE]
    if not able or not computing_story(ctx):
        return
    named = _named_before(ctx)  # the keys of "the X system" where the model missed that mention
    for key, ms in by_key(ctx, [c for c in cands if c.end > c.start], key_of).items():
        if labels.get(key, ms[0].label) not in ABLE or not _able(ctx, key, ms):
            continue
        if key in named or any(_system(ctx, c) for c in ms):
            relabel(ctx, ms, labels, key_of, PRODUCT)


def _named_before(ctx: DocCtx) -> set[str]:
    """The folded names written "the X system" or "its X service": the run of capitalised words
    between the leading word and the noun."""
    words, out = ctx.words, set()
    for i, w in enumerate(words):
        if w not in SYSTEMS or ctx.toks[i].pos_ != "NOUN":
            continue
        j = i
        while j > 0 and words[j - 1][:1].isupper() and not ctx.toks[j - 1].is_sent_start:
            j -= 1
        if j < i and j > 0 and (words[j - 1].lower() in LEADS or words[j - 1] in POSS):
            out.add(ctx.norm_of(j, i))
    return out


def _system(ctx: DocCtx, c: Cand) -> bool:
    """ "the X system", "its X service", a name and its bracketed short form before the noun ("the
    X (XS) system"), or "a service called X"."""
    words, s, e = ctx.words, c.start, c.end
    if s > 0 and words[s - 1] == "(" and words[e : e + 1] == [")"]:  # the short form: "X (XS) system"
        return e + 1 < len(words) and words[e + 1] in SYSTEMS
    if words[e : e + 1] == ["("] and words[e + 2 : e + 3] == [")"]:  # the long form
        return e + 3 < len(words) and words[e + 3] in SYSTEMS
    if e < len(words) and words[e] in SYSTEMS and ctx.toks[e].pos_ == "NOUN":
        prev = words[s - 1] if s > 0 else ""
        return prev.lower() in LEADS or prev in POSS
    if s < 2 or words[s - 1] not in NAMING:
        return False
    return any(w in SYSTEMS for w in words[max(0, s - 1 - NAMING_GAP) : s - 1])


def _able(ctx: DocCtx, key: str, ms: list[Cand]) -> bool:
    """No place or people the gazetteer knows, no role, no mention used as a body's or a person's."""
    if known_place_or_word(key):
        return False
    if any((c.src in KEPT and not (c.src == "def" and c.label == "FAC")) or c.role for c in ms):
        return False  # a definition keeps its label, but a building's is the model's guess
    honoured = any(c.start > 0 and fold(ctx.words[c.start - 1]) in HONORIFICS for c in ms)
    return not honoured and not any(PD.body_use(ctx, c) for c in ms)
