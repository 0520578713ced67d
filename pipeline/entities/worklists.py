"""Titles listed after a work's plural noun: "her films have included A, B's C and D", "songs such as A
and B", "hits including A", "two singles - A and B -", "Among the films nominated were A and B". The
members share the noun's kind: each name whose mention heads a member of the list
(`kindlists.members`, read from the parse; or an apposition after a dash or colon right after the
noun, `_dashed`; or a copula's subject after "among" and the noun, `_among`) is a WORK_OF_ART when
the vote made it a person, a body or a place and no mention gives it a role, a body's use or
(outside such lists) a person's look. A title the model cut at a possessive ("Captain Ann Lee's
Guitar" as "Lee" and "Guitar") is re-joined first when the member's capitalised run before "'s" is
named nowhere else in the article and opens with no given name ("Ann Lee's Guitar": her work)
(`_joined`), and one cut at a spaced dash inside its noun phrase ("Piano Heroes - Tom Vesper")
(`_dash_joined`). No list of titles: the parse and the noun only. Runs after the vote, on token indices."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from pipeline.entities import films as FL
from pipeline.entities import kindlists as KL
from pipeline.entities.candidates import Cand, DocCtx, looks_personal
from pipeline.entities.evidence import POSS, WORK_NOUNS
from pipeline.entities.lexicon import gazetteer_label
from pipeline.entities.names import given_name_first

WORK = "WORK_OF_ART"
ABLE = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT"})
KEPT = frozenset({"def", "dateline", "lineup"})
NOT_LISTS = frozenset({"games", "titles", "videos", "dvd", "cd"})  # games: `gametitles`; titles any kind
RUN_MAX = 4  # capitalised words before a title's "'s"
DASHES = frozenset({"-", "\u2013", "\u2014", ":"})
SPACED_DASHES = frozenset({"-", "\u2013", "\u2014"})
AMONG = frozenset({"Among", "among"})


def listed_titles(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> list[Cand]:
    """Relabel WORK_OF_ART the names listed after a work's plural noun, re-joining titles cut at a
    possessive (see the module's doc); return the members the model missed as new works."""
    if ctx.sports or not ctx.parsed:
        return []
    listed = KL.members(ctx, _work_noun) | _dashed(ctx) | _among(ctx)
    if not listed:
        return []
    _joined(ctx, cands, listed)
    _dash_joined(ctx, cands, listed)

    def work(key: str, ms: list[Cand], held: str, roots: set[int]) -> bool:
        if held not in ABLE or any(c.src in KEPT for c in ms) or not FL.work_mentions(ctx, ms):
            return False
        if gazetteer_label(key) or any(FL._described(ctx, c.start) for c in ms):
            return False  # "Kenya", "leader Ann Lee": a place, a person described
        outside = [c for c in ms if ctx.root(c.start, c.end).i not in listed]
        return not any(looks_personal(ctx.doc, c.start, c.end) or given_name_first(ctx, c) for c in outside)

    new = KL.relabel_listed(ctx, cands, labels, key_of, listed, WORK, work)
    taken = {i for c in cands for i in range(c.start, c.end)}
    for c in new:  # "Dirt Off Your Shoulder": the title's capitalised words after the member
        while c.end < len(ctx.words) and c.end not in taken and _opens(ctx, c.end):
            c.end += 1
    return new


def _opens(ctx: DocCtx, i: int) -> bool:
    """Token i is a capitalised word inside a sentence."""
    return ctx.words[i][:1].isupper() and not ctx.toks[i].is_sent_start


def _dashed(ctx: DocCtx) -> dict[int, int]:
    """The members of lists set off by a dash or colon right after a work's plural noun ("two hits -
    A and B -", "three singles: A, B and C"): the noun's appositions after the mark and their
    conjuncts -> the noun's index."""
    out: dict[int, int] = {}
    for i in [i for i, w in enumerate(ctx.words) if w in DASHES and i > 0]:
        noun = ctx.toks[i - 1]
        if ctx.toks[i].head.i != noun.i or not _work_noun(noun) or ctx.in_caps(i):
            continue
        for k in noun.children:
            if k.dep_ == "appos" and k.i > i:
                KL.chain(k, out, noun.i)
    return out


def _among(ctx: DocCtx) -> dict[int, int]:
    """The members of lists that a copula's "among" and a work's plural noun introduce ("Among the
    films nominated were A, B and C"): the verb's subject or complement and their conjuncts -> the
    noun's index."""
    out: dict[int, int] = {}
    for i in [i for i, low in enumerate(ctx.words) if low in AMONG]:
        prep = ctx.toks[i]
        if prep.dep_ != "prep" or prep.head.lemma_ != "be" or ctx.in_caps(i):
            continue
        for noun in (k for k in prep.children if k.dep_ == "pobj" and _work_noun(k)):
            for k in prep.head.children:
                if k.dep_ in {"nsubj", "attr"} and k.pos_ == "PROPN":
                    KL.chain(k, out, noun.i)
    return out


def _work_noun(tok: Token) -> bool:
    """A work's plural noun ("films", "songs", "series")."""
    low = tok.lower_
    return low in WORK_NOUNS and low not in NOT_LISTS and (tok.tag_ == "NNS" or low == "series")


def _joined(ctx: DocCtx, cands: list[Cand], listed: dict[int, int]) -> None:
    """A listed member whose name follows "'s" and a capitalised run ("Captain Ann Lee's Guitar")
    takes the run in: the run's names are dropped from `cands` when the article names them nowhere
    else."""
    words, live = ctx.words, [c for c in cands if c.end > c.start]
    at = {i: c for c in live for i in range(c.start, c.end)}
    drop: set[int] = set()
    for c in live:
        s = c.start
        if ctx.root(c.start, c.end).i not in listed or s < 2 or words[s - 1] not in POSS:
            continue
        run = s - 1
        while (
            run > 0
            and s - 1 - run < RUN_MAX
            and words[run - 1][:1].isupper()
            and not ctx.toks[run - 1].is_sent_start
        ):
            run -= 1
        if run == s - 1:
            continue
        pieces = [at[i] for i in range(run, s - 1) if i in at]
        if not pieces or any(_maker(ctx, p, live) for p in pieces):
            continue
        drop |= {id(p) for p in pieces}
        c.start = run
    if drop:
        cands[:] = [c for c in cands if id(c) not in drop]


def _dash_joined(ctx: DocCtx, cands: list[Cand], listed: dict[int, int]) -> None:
    """A listed member the parse reads as one noun phrase across a spaced dash ("Piano Heroes - Tom
    Vesper", a programme and its subject) is one title: the names either side are joined."""
    words, live = ctx.words, [c for c in cands if c.end > c.start]
    at = {i: c for c in live for i in range(c.start, c.end)}
    drop: set[int] = set()
    for r in listed:
        s = ctx.toks[r].left_edge.i
        dashes = [k for k in range(s + 1, r) if words[k] in SPACED_DASHES and ctx.ws[k - 1] and ctx.ws[k]]
        if len(dashes) != 1:
            continue
        a, b = at.get(dashes[0] - 1), at.get(r)
        if a is None or b is None or a.start < s or b.start != dashes[0] + 1 or b.end != r + 1:
            continue
        a.end = b.end
        drop.add(id(b))
    if drop:
        cands[:] = [c for c in cands if id(c) not in drop]


def _named_elsewhere(ctx: DocCtx, c: Cand, live: list[Cand]) -> bool:
    """Another mention in the article shares a word of `c`'s name ("Lee said" beside "Ann Lee's")."""
    words = set(ctx.words[c.start : c.end])
    return any(o is not c and words & set(ctx.words[o.start : o.end]) for o in live)


def _maker(ctx: DocCtx, p: Cand, live: list[Cand]) -> bool:
    """The possessor reads as a person or a body: named elsewhere, a given name first, two words or
    more, or a code of capitals or digits ("KTV2's Chef's Table": the channel's)."""
    coded = any(w.isupper() or any(ch.isdigit() for ch in w) for w in ctx.words[p.start : p.end])
    return coded or _named_elsewhere(ctx, p, live) or given_name_first(ctx, p) or p.end - p.start > 1
