"""Names of campaigns and groups shaped as a slogan: a title-case run opened by an imperative verb
("Rescue the Vellish Lighthouses", "Halt Kelby Bypass", "Keep Our Ferry Running") that the article
treats as an actor ("X has endorsed", "the X campaign", "X spokesman Tom Hale", "members of X"). Such
a run is one body (ORG) at every mention, its inner nationality or place words no mentions of their
own. Token indices; `slogan_cands` runs with the cue finders (`phases.found_cands`)."""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import CUE_WEIGHT

VERBS = frozenset(
    {"save", "stop", "make", "keep", "back", "bring", "fight", "free", "ban", "scrap", "vote", "end", "help",
     "protect", "reclaim", "halt", "rescue", "defend", "abolish", "axe", "reopen"}
)  # imperatives that open a campaign's slogan
SMALL = frozenset({"the", "our", "your", "their", "of", "for", "a", "an", "to", "in", "on", "at", "4"})
GROUP_AFTER = frozenset(
    {"campaign", "campaigns", "campaigner", "campaigners", "group", "groups", "coalition", "movement",
     "alliance", "charity", "pressure", "lobby", "activists", "supporters", "members", "spokesman",
     "spokeswoman", "spokesperson", "founder", "co-founder", "chairman", "chairwoman", "chair",
     "director", "organiser", "organisers", "organizer", "organizers", "protesters", "petition"}
)  # nouns after the run that make it a body: "the X campaign", "X founder Ann Vale"
MEMBERS_OF = frozenset(
    {"members", "member", "supporters", "founder", "chairman", "chairwoman", "director", "spokesman",
     "spokeswoman", "head", "leader", "leaders", "activists", "campaigners", "co-founder", "organisers"}
)  # "members of X", "the founder of X"
ACTS = frozenset(
    {"say", "claim", "warn", "urge", "call", "campaign", "argue", "announce", "plan", "endorse", "welcome",
     "join", "field", "organise", "organize", "protest", "demand", "insist", "vow", "pledge", "accuse",
     "oppose", "lobby", "launch", "stage", "petition", "criticise", "criticize", "condemn", "add", "hope"}
)  # finite verbs after the run that only a body does: "X said", "X has endorsed"
WORK_BEFORE = frozenset({"film", "song", "single", "album", "book", "show", "play", "track", "hit", "movie"})
HAVE = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "may"})
FINITE = frozenset({"VBD", "VBZ", "VBP"})
AFTER_AUX = frozenset({"VB", "VBN", "VBG"})  # "X will field", "X has endorsed", "X is campaigning"
QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"})
MAX_WORDS = 6


def slogan_cands(ctx: DocCtx) -> list[Cand]:
    """One ORG candidate at every occurrence of a slogan-shaped run the article shows at least once
    as an actor (`_acts`); other occurrences are found by `cuerepeats.repeat_cands`."""
    words, out = ctx.words, []
    for i in ctx.capitals:
        if words[i].lower() not in VERBS or (i > 0 and _in_name(ctx, i - 1)) or ctx.in_caps(i):
            continue
        end = _run_end(ctx, i)
        if end is not None and _acts(ctx, i, end):
            out.append(Cand(i, end, "ORG", "cue", CUE_WEIGHT))
    return out


def _in_name(ctx: DocCtx, j: int) -> bool:
    """Token j belongs to a name or a word the verb after it goes on: a capitalised word ("Child
    Support Agency", "South Asian Free Trade Area"; a sentence's opening "The" is none), a word glued
    to it ("Tobacco-Free Kids") or a model's name running on over it."""
    if ctx.words[j] in QUOTES:
        return False
    if not ctx.ws[j] or (ctx.toks[j + 1].ent_iob_ == "I" and ctx.words[j].lower() != "the"):
        return True
    if ctx.toks[j + 1].is_sent_start or not ctx.words[j][:1].isupper():
        return False
    return not (ctx.words[j].lower() in SMALL and (j == 0 or ctx.toks[j].is_sent_start))


def _run_end(ctx: DocCtx, i: int) -> int | None:
    """End of the title-case run the verb at i opens: capitalised words and small words between
    them, on one line, 2 to `MAX_WORDS` words, ending on a capitalised word; None if there is none."""
    words, n = ctx.words, len(ctx.words)
    last, j = None, i + 1
    while j < n and j - i < MAX_WORDS and "\n" not in ctx.ws[j - 1]:
        w = words[j]
        if w[:1].isupper() and (w.isalpha() or w.isalnum()):
            last = j
        elif w.lower() not in SMALL:
            break
        j += 1
    return None if last is None else last + 1


def _acts(ctx: DocCtx, i: int, end: int) -> bool:
    """The run at [i, end) is used as an actor: a group noun after it (or after its closing quote
    mark), a finite verb only a body's subject does after it, or "members of" before it; never a
    work ("the song X")."""
    words, toks, n = ctx.words, ctx.toks, len(ctx.words)
    before = words[i - 1].lower() if i > 0 else ""
    if before in WORK_BEFORE or before in {"'s", "\u2019s"}:
        return False
    if before in QUOTES and end < n and words[end] in QUOTES:  # '"Save Our Pier" campaigners'
        end += 1
    nxt = words[end].lower() if end < n else ""
    if nxt in GROUP_AFTER:
        return True
    if before == "of" and i > 1 and words[i - 2].lower() in MEMBERS_OF:
        return True
    k = end + 1 if nxt in HAVE and end + 1 < n else end
    if k >= n or toks[k].lemma_.lower() not in ACTS:
        return False
    return toks[k].tag_ in (FINITE if k == end else FINITE | AFTER_AUX)
