"""Works the article defines in an apposition: "Silent Harbour, a film about a fisherman", "Fergus
Crane, a story about a boy", "Sally Lee's Open Water, about a girl sold as a servant". The model
guesses such titles a person, a body or a place; the words after them say what they are.
`signed_works` reads the other signs of a programme or a film around a name: "X's second series",
"X has become the first soap", "its BBC One rival X"."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from pipeline.entities.acts import screen_heavy
from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.channels import channel_led, channel_shaped
from pipeline.entities.evidence import ACRONYM, POSS, WORK_NOUNS
from pipeline.entities.lexicon import ORG_HEADS, gazetteer_label
from pipeline.entities.names import given_name_first

LOOSE = frozenset({"game", "games", "hit", "hits", "title", "titles", "feature", "track", "tracks", "video",
                   "videos", "cd", "dvd", "show", "shows", "programme", "programmes"})  # a match, a fair
APPOSED_WORKS = (WORK_NOUNS - LOOSE) | {"story", "stories", "tale", "fable"}
OPENERS = frozenset({",", "-", "\u2013", "\u2014"})
DETS = frozenset({"a", "an", "the", "his", "her", "their", "its"})
RELABELLED = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP", "EVENT"})
MODIFIER_MAX = 4
OWNER_MAX = 3  # capitalised words of a maker's possessive: ", Ann Lee's first novel"
MODIFIERS = frozenset({"ADJ", "NUM", "ADV"})  # "a little-known French film"
NOUNED = MODIFIERS | {"NOUN"}  # "a hospital drama": the work's noun still heads its phrase
SCREEN_KINDS = frozenset({"drama", "soap", "sitcom", "serial", "series", "comedy", "documentary", "film",
                          "movie", "thriller"})  # the heads nouns may modify in an apposition
HEADLESS = frozenset({"NOUN", "PROPN", "VERB", "AUX"})  # "a film director"; "X, the film was": a clause
PARTICIPLES = frozenset({"VBN", "VBG"})  # "a comedy based on": the work's noun still heads its phrase
ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                      "tenth", "final"})
RUNS = frozenset({"series", "season", "seasons", "episode", "episodes"})  # "X's second series"
KINDS = frozenset({"soap", "sitcom", "drama", "film", "movie", "series", "comedy", "programme", "musical",
                   "documentary", "album", "song", "novel", "serial", "thriller"})  # not "a show in decline"
SHOW_TAILS = frozenset({"serial", "series", "programme", "show"})  # "a drama serial", "a comedy show"
COPULAS = frozenset({"be", "become"})
WIN_VERBS = frozenset({"win", "scoop", "collect", "beat"})
AIRS = frozenset({"air", "airs", "aired", "airing", "broadcast", "screened", "screens", "televised"})
CREW = frozenset({"creator", "creators", "co-creator", "cast", "co-star", "co-stars", "scriptwriter",
                  "screenwriter", "presenter", "presenters", "actress", "actor", "actresses", "actors"})
# "X's creator", "X's actress", not "X's director"
AIR_GAP = 4


def apposed_works(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """A name with a work's apposition after some mention (`_work_apposition`), or owned by a
    person and followed by ", about" (`_owned_about`), or a winner followed by it (`_won_about`),
    is a work on every mention."""
    named = [c for c in cands if c.end > c.start and c.label in RELABELLED]
    for key, ms in by_key(ctx, named, key_of).items():
        if labels.get(key, ms[0].label) in RELABELLED and any(
                _work_apposition(ctx, c.end) or _owned_about(ctx, c, cands) or _won_about(ctx, c)
                for c in ms):
            relabel(ctx, ms, labels, key_of, "WORK_OF_ART")


def _work_apposition(ctx: DocCtx, e: int) -> bool:
    """", a film about", " - her first novel.", ", Ann Lee's blockbuster focusing on": a determiner or a
    maker's possessive, up to four lower-case adjectives and a work's noun that heads its phrase (not
    "a film director", "a series of", "a web photo album", nor the subject of a clause: "Directed by X,
    the film was")."""
    words, toks = ctx.words, ctx.toks
    if e + 2 >= len(words) or words[e] not in OPENERS:
        return False
    lead = e + 2 if words[e + 1].lower() in DETS else _owner_end(ctx, e + 1)
    if lead is None:
        return False
    k = work_head(ctx, lead, MODIFIER_MAX, APPOSED_WORKS, MODIFIERS)
    if k is None:  # "a hospital drama", not "a web photo album"
        k = work_head(ctx, lead, MODIFIER_MAX, SCREEN_KINDS, NOUNED)
    if k is None:
        return False
    k += k + 1 < len(words) and words[k + 1] in SHOW_TAILS and words[k].lower() in KINDS  # "drama serial"
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    # "a film-maker": a hyphen or a word glued on; not a comma or a full stop (", her second novel, followed")
    glued = nxt is not None and not toks[k].whitespace_ and (nxt.text == "-" or not nxt.is_punct)
    headless = nxt is not None and nxt.pos_ in HEADLESS and nxt.tag_ not in PARTICIPLES
    return nxt is None or not (glued or headless or nxt.text in POSS or nxt.text == "of")


def _owner_end(ctx: DocCtx, s: int) -> int | None:
    """The token after a maker's possessive written from s ("Ann Lee's", "Vale's": up to `OWNER_MAX`
    capitalised words and "'s"), None when none is written there."""
    words = ctx.words
    for k in range(s, min(len(words) - 1, s + OWNER_MAX)):
        if not (words[k][:1].isupper() and words[k].isalpha()):
            return None
        if words[k + 1] in POSS:
            return k + 2
    return None


def work_head(
    ctx: DocCtx, start: int, most: int, heads: frozenset[str], modifiers: frozenset[str]
) -> int | None:
    """Index of the lower-case noun of `heads` at `start` or after up to `most` lower-case modifiers
    (parts of speech `modifiers`), hyphened words counting once ("long-running"); None if another
    word comes first."""
    words, toks, n = ctx.words, ctx.toks, 0
    for k in range(start, len(words)):
        if words[k].lower() in heads and words[k].islower():
            return k
        glued = k > start and words[k - 1] == "-" and not toks[k - 1].whitespace_  # "based" of "school-based"
        hyphened = glued or k + 1 < len(words) and words[k + 1] == "-" and not toks[k].whitespace_
        if not (words[k].islower() and (toks[k].pos_ in modifiers or hyphened) or words[k] == "-"):
            return None
        n += words[k] != "-" and not glued
        if n > most:
            return None
    return None


def _owned_about(ctx: DocCtx, c: Cand, cands: list[Cand]) -> bool:
    """"Sally Lee's Open Water, about a girl": a person's possessive before the name, ", about"
    after it."""
    words, s, e = ctx.words, c.start, c.end
    if s < 2 or words[s - 1] not in POSS or e + 1 >= len(words) or words[e] != "," or words[e + 1] != "about":
        return False
    return any(o.end == s - 1 and o.label == "PERSON" and o.end - o.start > 1 for o in cands)


def _won_about(ctx: DocCtx, c: Cand) -> bool:
    """"X, about the 1981 riots, won": ", about" after a name that wins a prize, in a story of the
    screen."""
    words, e = ctx.words, c.end
    if e + 1 >= len(words) or words[e] != "," or words[e + 1] != "about" or not ctx.parsed:
        return False
    root = ctx.root(c.start, c.end)
    return root.dep_ == "nsubj" and root.head.lemma_ in WIN_VERBS and screen_heavy(ctx)


def signed_works(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """A name some mention of which is a show's by the words around it, outside sports reports, is a
    work on every mention: "X's second series" (`_run_owner`), "X has become the first soap"
    (`_kind_subject`), "its BBC One rival X" (`channels.channel_led`), "X, which airs on ITV1"
    (`_aired`), "X's creator" in a story of the screen (`_crewed`); unless a mention has a role or a
    body's, a people's or a person's sign (`_sign_able`)."""
    if ctx.sports:
        return
    named = [c for c in cands if c.end > c.start and c.label in RELABELLED]
    at: dict[str, list[int]] = {}
    for i, w in enumerate(ctx.words):
        if w[:1].isupper():
            at.setdefault(w, []).append(i)
    for key, ms in by_key(ctx, named, key_of).items():
        if labels.get(key, ms[0].label) not in RELABELLED or not _sign_able(ctx, key, ms):
            continue
        spots = _spots(ctx, ms, at)
        if any(_run_owner(ctx, e) or _kind_subject(ctx, s, e) or channel_led(ctx, s) or _aired(ctx, e)
               or _crewed(ctx, e) for s, e in spots):
            relabel(ctx, ms, labels, key_of, "WORK_OF_ART")


def _spots(ctx: DocCtx, ms: list[Cand], at: dict[str, list[int]]) -> set[tuple[int, int]]:
    """Where the words of the mentions stand in the article, a finder's mention or not (the repeats
    come later: "X has become the first soap" under a headline the model read into the sentence)."""
    words = ctx.words
    forms = {tuple(words[c.start : c.end]) for c in ms}
    return {(p, p + len(f)) for f in forms for p in at.get(f[0], ()) if tuple(words[p : p + len(f)]) == f}


def work_able(ctx: DocCtx, key: str, ms: list[Cand]) -> bool:
    """No country or people, role, acronym nor body's head."""
    if gazetteer_label(key):
        return False
    for c in ms:
        words = ctx.words[c.start : c.end]
        if c.role or any(ACRONYM.match(w) for w in words) or words[-1] in ORG_HEADS:
            return False
    return True


def _sign_able(ctx: DocCtx, key: str, ms: list[Cand]) -> bool:
    """`work_able`, and no channel, definition nor a given name first (a street's head may end a
    soap's title)."""
    return work_able(ctx, key, ms) and not any(
        c.src in {"def", "lineup", "dateline"}
        or channel_shaped(ctx.words[c.start : c.end])
        or given_name_first(ctx, c)
        for c in ms
    )


def _run_owner(ctx: DocCtx, e: int) -> bool:
    """A possessive, an ordinal and a run's noun after the name: "X's second series"."""
    words = ctx.words
    return e + 2 < len(words) and words[e] in POSS and words[e + 1] in ORDINALS and words[e + 2] in RUNS


def _kind_subject(ctx: DocCtx, s: int, e: int) -> bool:
    """The name is the subject of "is" or "has become" with a show's noun for its complement ("X
    has become the first soap to", "X is a BBC sitcom"), not a noun's modifier ("a drama school")."""
    if not ctx.parsed:
        return False
    root = ctx.root(s, e)
    if root.dep_ != "nsubj" or root.head.lemma_ not in COPULAS:
        return False
    kinds = (k for k in root.head.children if k.dep_ == "attr" and k.lower_ in KINDS and k.is_lower)
    return any(not _of_phrase(k) for k in kinds)


def _of_phrase(tok: Token) -> bool:
    """The noun heads an "of" phrase ("a series of talks")."""
    return any(k.dep_ == "prep" and k.lower_ == "of" for k in tok.children)


def _aired(ctx: DocCtx, e: int) -> bool:
    """A verb of broadcasting, "on" and a channel's name within a few words after the name ("X,
    which airs on ITV1", "X is screened on BBC Two")."""
    words = ctx.words
    aired = False
    for j in range(e, min(e + AIR_GAP + 1, len(words) - 1)):
        if words[j] == "on":
            ends = range(j + 2, min(j + 4, len(words) + 1))
            return aired and any(channel_shaped(words[j + 1 : k]) for k in ends)
        aired = aired or words[j] in AIRS
        if words[j] in {".", ";"}:
            return False
    return False


def _crewed(ctx: DocCtx, e: int) -> bool:
    """A possessive and a show's maker or cast after the name, in a story of the screen."""
    words = ctx.words
    return e + 1 < len(words) and words[e] in POSS and words[e + 1] in CREW and screen_heavy(ctx)
