"""Performers named right after what they are: "US rapper 50 Cent", "rapper The Game", "R&B star
Usher", "with rapper Twista", "the composer Wagner". A lower-case performer's noun (one singular
person's: no "band", "stars") right before capitalised words makes them a person's name:
`performer_cands` makes the names the model missed people, `performer_labels` relabels PERSON a name
voted a body, a people, a place or a thing that such a noun stands before (no place or people of
the gazetteer, acronym or plural name). The noun after "best" is a prize's ("best actress Oscar").
All work on token indices."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import lexicon as L
from pipeline.entities.appositions import ARTICLES
from pipeline.entities.candidates import EVIDENCE, Cand, DocCtx, by_key, relabel
from pipeline.entities.evidence import ACRONYM, POSS_CUT
from pipeline.entities.words import generic_key, lower_words

PERFORMERS = frozenset(
    {"rapper", "singer", "star", "superstar", "presenter", "actress", "actor", "comedian", "rocker",
     "songwriter", "singer-songwriter", "frontman", "frontwoman", "guitarist", "drummer", "bassist",
     "vocalist", "pianist", "diva", "crooner", "musician", "hitmaker", "chanteuse", "composer", "conductor",
     "violinist", "cellist", "soprano", "tenor", "baritone", "saxophonist", "trumpeter", "organist"}
)  # what one performer is called ("rapper", never "band" or "stars")
RELABEL = frozenset({"ORG", "NORP", "PRODUCT", "GPE", "LOC"})  # no gazetteer's place: `performer_labels`
WEIGHT = 2.0
RUN_MAX = 4
APPOSED_MAX = 6  # the comma, the article and up to four words
APPOSED_ENDS = frozenset(
    {"who", "which", "whose", "that", "of", "from", "with", "behind", "in", "at", "for", "and"}
)  # words after an apposition's head
INNER_MARKS = frozenset({"-", "'s", "\u2019s"})  # "four-piece", "the band's singer"


def performer_cands(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """New people for the runs of capitalised words after a performer's noun that no finder took; a
    name the model cut inside such a run grows to it and becomes a person ("40" + "Grand")."""
    if PERFORMERS.isdisjoint(ctx.words):
        return []
    out = []
    for k in _nouns(ctx):
        span = _run_after(ctx, k)
        if span is None or not _name_able(ctx, *span):
            continue
        if ctx.free(*span):
            c = Cand(*span, "PERSON", "rule", WEIGHT)
            ctx.take(c)
            out.append(c)
            continue
        inner = [c for c in cands if c.start < span[1] and c.end > span[0]]
        c = inner[0] if len(inner) == 1 else None
        if c is not None and c.start >= span[0] and c.end <= span[1] and c.src not in EVIDENCE:
            c.start, c.end, c.label, c.weight = *span, "PERSON", max(c.weight, WEIGHT)
            ctx.take(c)
    return out


def performer_labels(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel PERSON the names voted a body, a people or a thing with a mention right after a
    performer's noun (see the module's doc)."""
    if ctx.sports or PERFORMERS.isdisjoint(ctx.words):
        return
    after = {k + 1 for k in _nouns(ctx)}
    named = [c for c in cands if c.start in after or apposed_head(ctx.words, c.end) in PERFORMERS]
    for key, ms in by_key(ctx, named, key_of).items():
        able = labels.get(key, ms[0].label) in RELABEL and not L.gazetteer_label(key) and not _plural(key)
        if able and all(_name_able(ctx, c.start, c.end) for c in ms):
            relabel(ctx, [c for c in cands if key_of(ctx, c) == key], labels, key_of, "PERSON")


def apposed_head(words: list[str], e: int) -> str | None:
    """The lower-case head of a short apposition right after a name ending at token e: "composer" of
    ", the German composer," and of ", a composer who"; "four-piece" of ", a Glasgow four-piece"."""
    n = len(words)
    if e + 2 >= n or words[e] != "," or words[e + 1].lower() not in ARTICLES:
        return None
    k = e + 2
    while k < n and k - e < APPOSED_MAX and _inner(words[k]):
        k += 1
    if k == e + 2 or k >= n or _inner(words[k]):
        return None  # no word, or a longer phrase than an apposition's
    head = words[k - 1]
    if k - e > 4 and words[k - 2] == "-":
        head = words[k - 3] + "-" + head  # "four-piece"
    return head if head.replace("-", "").isalpha() and head.islower() else None


def _inner(word: str) -> bool:
    """A word inside an apposition's noun phrase: no clause's or preposition's word, no stop."""
    return (word.isalpha() and word.lower() not in APPOSED_ENDS) or word in INNER_MARKS


def _nouns(ctx: DocCtx) -> list[int]:
    """The performer's nouns in lower case (the parse may call "rapper" a verb, not "star": "will star
    Ann Lee"), no prize's ("best actress"), outside capitals lines."""
    words, out = ctx.words, []
    for k, w in enumerate(words[:-1]):
        if w not in PERFORMERS or (w == "star" and ctx.toks[k].pos_ != "NOUN") or "\n" in ctx.ws[k]:
            continue
        if not (k > 0 and words[k - 1].lower() == "best") and not ctx.in_caps(k):
            out.append(k)
    return out


def _cap(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").isalnum()


def _run_after(ctx: DocCtx, k: int) -> tuple[int, int] | None:
    """The capitalised words right after token k ("The Game", "50 Cent", "Jay-Z"), up to a
    possessive or any other word."""
    words, n = ctx.words, len(ctx.words)
    s = e = k + 1
    if words[e] == "The" and e + 1 < n and _cap(words[e + 1]):
        e += 1
    if words[e].isdigit() and len(words[e]) <= 3 and e + 1 < n and _cap(words[e + 1]):
        e += 1  # "50 Cent"
    while e < n and e - s < RUN_MAX and "\n" not in ctx.ws[e - 1]:
        if _cap(words[e]):
            e += 1
        elif words[e] == "-" and not ctx.ws[e - 1] and not ctx.ws[e] and e + 1 < n and _cap(words[e + 1]):
            e += 2  # "Jay-Z" written in three tokens
        else:
            break
    if e == s or not _cap(words[e - 1]) or (e < n and words[e][:1].isupper() and words[e] not in POSS_CUT):
        return None
    return s, e


def _name_able(ctx: DocCtx, s: int, e: int) -> bool:
    """No place or people of the gazetteer, acronym, title, word the article writes in lower case
    (but "The"), nor a name that qualifies a common noun after it ("star Wars fans")."""
    words = ctx.words[s:e]
    lower = lower_words(ctx)
    if any(ACRONYM.match(w) or L.is_title_word(w) or (w != "The" and w.lower() in lower) for w in words):
        return False
    if L.gazetteer_label(ctx.norm_of(s, e)) or any(L.gazetteer_label(L.norm(w)) for w in words):
        return False
    nxt = ctx.toks[e] if e < len(ctx.toks) else None
    return nxt is None or not (nxt.is_lower and nxt.tag_.startswith("NN"))


def _plural(key: str) -> bool:
    """Several words ending in a common noun's plural ("Velvet Owls"): a band's name."""
    last = key.rsplit(" ", 1)[-1]
    return " " in key and last.endswith("s") and bool(generic_key(last[:-1]))
