"""Titles of songs, albums and books in chart copy, read from what the sentence does with them.

In a sentence about records or books (it names a single, an album, a chart, a novel), `chart_titles`
finds the title before "by" and the act or writer ("Tourist by Athlete", "Soldier, by Dragon's
Child"), the title a record went in "at number one with", and the title in apposition to its kind
("Hopes and Fears, the band's debut album"). All work on token indices.
"""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import CUE_WEIGHT, POSS_CUT, WORK_NOUNS, title_end
from pipeline.entities.lexicon import gazetteer_label, norm
from pipeline.entities.names import given_name_first
from pipeline.entities.titlespans import TITLE_MAX, title_span

CHART_WORDS = frozenset(
    {"single", "singles", "album", "albums", "song", "songs", "chart", "charts", "track", "tracks", "novel",
     "novels"}
)
RANKS = frozenset({"spot", "place", "position", "top"})
NUMBERS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
OWNERS = frozenset({"his", "her", "their", "its"})
JOINING = frozenset({"and", "of", "the", "a"})  # small words of a title the model may cut at
PRONOUNS = frozenset({"I", "He", "She", "It", "We", "They", "This", "That", "The"})


def chart_titles(ctx: DocCtx) -> list[Cand]:
    """Titles of chart copy (see the module's doc), as cue candidates; an article that names no
    record, chart or book has none."""
    words = ctx.words
    if ctx.sports or not ctx.parsed or CHART_WORDS.isdisjoint(words):
        return []
    out = []
    for sent in ctx.doc.sents:
        if ctx.in_caps(sent.start):
            continue
        charted = any(words[k] in CHART_WORDS for k in range(sent.start, sent.end))
        for i in range(sent.start + 1, sent.end - 1):
            if words[i] == "by":
                span = _ending_at(ctx, sent.start, i - (words[i - 1] == ","))
                lone = span is not None and span[1] == i and span[1] - span[0] == 1 and _opening(ctx, span[0])
                span = span if span is not None and _act_after(ctx, i + 1) and not lone else None
            elif words[i] == "with" and _ranked(words, i):
                span = title_span(ctx, i + 1)
            elif words[i] == "," and charted and _kind_after(ctx, i + 1):
                span = _ending_at(ctx, sent.start, i)
            else:
                continue
            if span is not None and not _person(ctx, *span):
                out.append(Cand(*span, "WORK_OF_ART", "cue", CUE_WEIGHT))
    return out


def _ending_at(ctx: DocCtx, first: int, e: int) -> tuple[int, int] | None:
    """The title that ends right before token e, opening after a word in lower case or punctuation;
    its small words may join names the model tags apart ("Hopes and Fears")."""
    words = ctx.words
    if e <= first or not words[e - 1][:1].isupper() and not words[e - 1][:1].isdigit():
        return None
    for s in range(max(first, e - TITLE_MAX), e):
        led = _opens(words, first, s) and words[s][:1].isupper() and words[s] not in PRONOUNS
        if led and title_end(ctx, s) == e:
            span = title_span(ctx, s, award=True)
            return span if span is not None and span[1] == e else None
    s = e - 1
    while s > first and (words[s - 1][:1].isupper() or words[s - 1] in JOINING) and e - s < TITLE_MAX:
        s -= 1
    while s < e and not words[s][:1].isupper():
        s += 1
    if s == e or not _opens(words, first, s) or words[s] in PRONOUNS:
        return None
    if gazetteer_label(norm(ctx.doc[s:e].text)):
        return None
    if e - s == 1 and ctx.toks[s].pos_ not in {"PROPN", "NOUN"}:
        return None  # "Produced by ..."
    return s, e


def _person(ctx: DocCtx, s: int, e: int) -> bool:
    """A person's name: a given name first, or a last word the model tags a person elsewhere too."""
    if given_name_first(ctx, Cand(s, e, "PERSON")):
        return True
    last, toks = ctx.words[e - 1], ctx.toks
    return any(
        w == last and not s <= i < e and toks[i].ent_type_ == "PERSON" for i, w in enumerate(ctx.words)
    )


def _opening(ctx: DocCtx, s: int) -> bool:
    """Token s opens a sentence or a line ("Produced by ...")."""
    prev = ctx.toks[s - 1] if s > 0 else None
    if prev is None or ctx.toks[s].is_sent_start:
        return True
    return prev.is_space or "\n" in prev.whitespace_ or prev.text in {".", "!", "?"}


def _opens(words: list[str], first: int, s: int) -> bool:
    """A title may open at token s: first of the sentence, or after a word in lower case that does
    not join it to a name before ("Hopes and Fears"), or after punctuation."""
    if s == first:
        return True
    prev = words[s - 1]
    joined = prev in {"and", "of"} and s - 1 > first and words[s - 2][:1].isupper()
    return not (prev[:1].isupper() or prev in POSS_CUT or joined or prev == "of")  # "a life of X, by Y"


def _act_after(ctx: DocCtx, s: int) -> bool:
    """A name opens at token s: the act or writer after "by" (no place, pronoun or date)."""
    words = ctx.words
    if s >= len(words) or not words[s][:1].isupper() or words[s] in PRONOUNS - {"The"}:
        return False
    e = title_end(ctx, s) or s + 1
    place = gazetteer_label(norm(ctx.doc[s:e].text))
    return ctx.toks[s].ent_type_ not in {"TIME", "GPE"} and not place


def _ranked(words: list[str], i: int) -> bool:
    """"with" after a place in a chart: "at number one with", "the top spot with"."""
    prev = words[i - 1].lower()
    return (prev in NUMBERS or prev.isdigit()) and words[i - 2].lower() == "number" or prev in RANKS


def _kind_after(ctx: DocCtx, k: int) -> bool:
    """Tokens from k say what the title before the comma is: "the band's debut album", "his third
    novel"."""
    words, n = ctx.words, len(ctx.words)
    k += k < n and words[k] == "the"
    if k < n and words[k] in OWNERS:
        k += 1
    else:
        p = next((j for j in range(k, min(n, k + 3)) if words[j] in POSS_CUT), None)
        if p is None:
            return False
        k = p + 1
    while k < n and words[k].islower() and words[k] not in WORK_NOUNS and k < n - 1:
        k += 1
    return k < n and words[k] in WORK_NOUNS and words[k] in CHART_WORDS
