"""The edges of works' titles as the text writes them, once mentions are grouped: a title's own "!"
or "?" where the sentence goes on after it ("the comedy Jetliner!, starring", "Are You Ready? sold"),
its capital "The" where that word opens the sentence or follows a possessive and the parse makes it
the title's own determiner ("The Last Verdict and ... followed", "1988's The Long Road"; not "The
Oscar nominations"), and a capitalised word the model left off its end ("For Your Eyes [Only]"). The
keys stay as grouped; only the mentions' spans move (`sources.title_articles` does the same for a
capital "The" inside a sentence). Works on token indices."""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import POSS
from pipeline.entities.prizenames import AWARD_TAILS
from pipeline.entities.titles import PRIZE_HEADS

WORK = "WORK_OF_ART"
TAILED = frozenset({WORK, "EVENT"})  # "the Cup [Final]"
MARKS = frozenset({"!", "?"})
GOES_ON = frozenset({",", ";", ")"})  # "Jetliner!, starring": the sentence goes on after the mark
TAIL_MAX = 1  # capitalised words a title may take in after the model's end (two would take "Tom Hale")
PRIZE_WORDS = AWARD_TAILS | PRIZE_HEADS | {"Year"}  # "The Hartwell Novel of the Year Award": a prize's "The"


def title_edges(ctx: DocCtx, groups: list[list[Cand]]) -> None:
    """Move the edges of every mention of a work (the label of its first mention) to the title's own
    "!" or "?", its own capital "The" and a capitalised word left off its end (an event's too: "the
    Cup [Final]"; see the module's doc). "The" and the last word only where every mention writes the
    name alike: a title is written one way, a group of several forms is no title to read."""
    taken = {i for ms in groups for c in ms for i in range(c.start, c.end)}
    for ms in groups:
        label = min(ms, key=lambda c: c.start).label
        if label not in TAILED:
            continue
        one_form = len({tuple(ctx.words[c.start : c.end]) for c in ms}) == 1  # no "GOP" beside "Republicans"
        for c in ms:
            if one_form:
                c.end = _tail(ctx, c, taken)
            if label != WORK:
                continue
            if _own_mark(ctx, c.end):
                c.end += 1
            if one_form and _own_the(ctx, c):
                c.start -= 1


def _own_mark(ctx: DocCtx, e: int) -> bool:
    """A "!" or "?" glued to the title's last word at e, followed on its line by a comma, a bracket's
    end or a word in lower case: the sentence goes on, so the mark is the title's."""
    words = ctx.words
    if e + 1 >= len(words) or words[e] not in MARKS or ctx.ws[e - 1] or "\n" in ctx.ws[e]:
        return False
    nxt = words[e + 1]
    return nxt in GOES_ON or nxt.isalpha() and nxt.islower()


def _own_the(ctx: DocCtx, c: Cand) -> bool:
    """A capital "The" right before the mention that opens its sentence or follows a possessive ("'s
    The"; not "It's The"), on the same line outside a line of capitals, which the parse attaches to a
    word of the title (its own determiner, not a longer phrase's: "The Oscar nominations"); no prize's
    name ("The Hartwell Novel of the Year Award")."""
    s = c.start
    if s < 1 or ctx.words[s - 1] != "The" or "\n" in ctx.ws[s - 1] or ctx.in_caps(s):
        return False
    the = ctx.toks[s - 1]
    if not (the.is_sent_start or s > 1 and ctx.words[s - 2] in POSS and ctx.toks[s - 2].tag_ == "POS"):
        return False
    if not PRIZE_WORDS.isdisjoint(ctx.words[s : c.end]):
        return False  # a prize's name keeps no "The" (WORK_OF_ART by the awards' convention)
    return c.start <= the.head.i < c.end


def _tail(ctx: DocCtx, c: Cand, taken: set[int]) -> int:
    """The mention's end moved over up to `TAIL_MAX` words written in title case right after it on its
    line, inside a sentence written in no headline's title case, that no other name, entity of the
    model or line of capitals holds, and after which the sentence does not go on in capitals ("For
    Your Eyes [Only].")."""
    words, toks, e = ctx.words, ctx.toks, c.end
    if ctx.ws[e - 1] != " " or ctx.in_caps(c.start) or _headline(ctx, c.start):
        return e
    k = e
    while k < len(words) and k - e < TAIL_MAX and _title_word(ctx, k, taken):
        k += 1
        if ctx.ws[k - 1] != " ":
            break
    if k == e or k < len(words) and words[k][:1].isupper():
        return e  # "Ann Lee Tom": a run of capitals goes on; no title's tail to read
    return k if not toks[e].is_sent_start else e


def _headline(ctx: DocCtx, i: int) -> bool:
    """The line or the sentence of token i has no word in lower case of four letters or more: a
    headline's title case, where every word is capitalised ("Rivals Have Stake in a Deal")."""
    a, b = ctx.lines[ctx.line_of(i)]
    if not any(w.islower() and len(w) > 3 for w in ctx.text[a:b].split()):
        return True
    if not ctx.parsed:  # a lean pipeline sets no sentences: its line alone decides
        return False
    return not any(t.is_lower and len(t) > 3 for t in ctx.toks[i].sent)


def _title_word(ctx: DocCtx, k: int, taken: set[int]) -> bool:
    """Token k is a word in title case (not all capitals) inside its sentence, held by no name."""
    w, tok = ctx.words[k], ctx.toks[k]
    return (w[:1].isupper() and w[1:].islower() and w.isalpha() and not tok.is_sent_start
            and k not in taken and tok.ent_iob_ != "B")
