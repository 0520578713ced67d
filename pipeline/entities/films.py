"""Titles of films, programmes and albums, and the people named among them, read from the
article after the per-name vote.

`listed_works` makes a name listed with a work ("the nominees included Riverbend, Zanzibar
Nights and The Glass Ferry") a work too, in a story of the screen; `title_parts`
makes a name that is part of a work's longer title of the article and stands before a work's
noun ("the Glass Ferry film" beside "The Glass Ferry Affair") that work; `listed_people` makes a
body's name that is a given name and a surname ("Ann Lee Church") a person when the article lists
it with people or gives it an actor's prize; `presented` finds the programmes a person presents
("the presenter of BBC Four's Film Night"); `category_works` makes the winner and the rivals of
a prize's category for works ("X won best comedy drama, over Y and Z") works; `game_works` makes a
name played in a story of video games a game. All work on token indices.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from pipeline.entities import context as X
from pipeline.entities import firms as FM
from pipeline.entities import products as PR
from pipeline.entities import tokens as TK
from pipeline.entities.acts import SCREEN, STARS, screen_heavy
from pipeline.entities.candidates import Cand, DocCtx, by_key, looks_personal, relabel
from pipeline.entities.channels import possessed_title
from pipeline.entities.evidence import ACRONYM, CUE_WEIGHT, FACILITY_HEADS, POSS_CUT, WORK_NOUNS
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import (
    INITIALS,
    ORG_HEADS,
    census_given,
    fold,
    gazetteer_label,
    norm,
    role_word,
    surname,
)
from pipeline.entities.names import given_name_first
from pipeline.entities.places import place_cue
from pipeline.entities.titles import PLAYS

LISTABLE = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC"})
PLAYERS = frozenset({"actor", "actress", "actors", "actresses", "star", "stars"})
PASSES = 3  # "A, B and C": C a work makes B one, then A
WORK = "WORK_OF_ART"
LIST_MAX = 12
RIVAL_WORDS = frozenset({"beating", "over", "beat", "ahead"})
VERB_POS = frozenset({"VERB", "AUX", "ADV", "PART"})
GAME_WORDS = frozenset({"gamer", "gamers", "gaming", "console", "consoles"})  # not "game": sports use it
GAME_MIN = 2
GAME_FORMS = GAME_WORDS | {w.capitalize() for w in GAME_WORDS} | {w.upper() for w in GAME_WORDS}
RIVAL_GAP = 8  # tokens from a category to "beating" or "over"
CATEGORY_TAILS = frozenset({"category", "award", "prize"})
# a work's nouns after its maker's name ("the Ann Lee film")
MADE_WORKS = frozenset({"film", "films", "movie", "movies", "novel", "novels", "documentary", "biopic",
                        "play", "book", "books", "drama", "comedy", "thriller", "musical", "album"})
MAKER_LEADS = frozenset({"the", "a", "an", "new", "latest", "last", "first", "next", "recent"})
MAKER_VERBS = frozenset({"directed", "written", "composed", "choreographed", "illustrated", "scripted"})
PRESENTERS = frozenset({"presenter", "presenters", "host", "hosts", "co-presenter", "co-host"})
PRESENTED_TAGS = frozenset({"", WORK})  # the model's tags a presented programme's first word may carry


def maker_before_work(ctx: DocCtx, c: Cand) -> bool:
    """A person's name (a given name first) between "the" (or "new", "latest") and a work's noun in
    lower case ("the Ann Lee film", "his latest Tom Hale novel"): the maker of the work, a person."""
    s, e = c.start, c.end
    if s == 0 or e >= len(ctx.words) or ctx.words[e] not in MADE_WORKS or ctx.in_caps(s):
        return False
    lead = ctx.toks[s - 1]
    if lead.lower_ not in MAKER_LEADS and lead.tag_ != "PRP$":
        return False
    return looks_personal(ctx.doc, s, e) and given_name_first(ctx, c)


def maker_named(ctx: DocCtx, c: Cand) -> bool:
    """A work's maker, named before its noun (`maker_before_work`) or after "by" (`author_by`)."""
    return maker_before_work(ctx, c) or author_by(ctx, c)


def author_by(ctx: DocCtx, c: Cand) -> bool:
    """A name after a work's noun and "by" ("a novel by AJ Hale", "the book by Ann Lee"): its author,
    when initials and a surname or a plain personal name make it ("a single by Band Aid" stays); after
    a maker's verb and "by" ("directed by Sofie Lund"), any census given name first will do."""
    s, e, words = c.start, c.end, ctx.words
    before = words[s - 2].lower() if s > 1 else ""
    if s < 2 or words[s - 1] != "by" or before not in WORK_NOUNS | MAKER_VERBS or ctx.in_caps(s):
        return False
    if e - s == 2 and INITIALS.match(words[s]) and words[s + 1][:1].isupper() and words[s + 1][1:].islower():
        return not gazetteer_label(norm(words[s + 1]))  # "PL Travers"
    if not looks_personal(ctx.doc, s, e):
        return False
    if before in MAKER_VERBS:  # "Sofie Lund": a census given name, the whole no place
        return census_given(fold(words[s])) and not gazetteer_label(ctx.norm_of(s, e))
    return given_name_first(ctx, c)


def listed_works(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """A name listed (the parse's conjuncts) with a name voted a work is a work, in a story of the
    screen (`acts.screen_heavy`), when no mention gives it a body's or a person's sign (`_work_able`)."""
    if ctx.sports or not ctx.parsed or "WORK_OF_ART" not in labels.values():
        return
    if not (screen_heavy(ctx) or games_story(ctx)):
        return
    keyed = by_key(ctx, cands, key_of)
    at = {i: k for k, ms in keyed.items() for c in ms for i in range(c.start, c.end)}
    slots = _slot_lists(ctx, keyed, labels)
    able = {k for k, ms in keyed.items()
            if labels.get(k) in LISTABLE and _work_able(ctx, k, ms, labels[k], k in slots)}
    for k in slots & able:  # "Falling Down and The Phantom of the Opera director Joel Hale"
        relabel(ctx, keyed[k], labels, key_of, WORK)
    for _ in range(PASSES):
        works = [c for k, ms in keyed.items() if labels.get(k) == WORK for c in ms]
        forms = {tuple(ctx.words[c.start : c.end]) for c in works}
        more = {k for k in able if labels.get(k) != WORK and _listed(ctx, keyed[k], at, labels, forms)}
        if not more:
            return
        for k in more:
            relabel(ctx, keyed[k], labels, key_of, WORK)


def _listed(ctx: DocCtx, ms: list[Cand], at: dict, labels: dict, forms: set, label: str = WORK) -> bool:
    """Some mention's head is the conjunct of a name voted `label`, or shares its list; a conjunct no
    finder took yet is a work's when it ends a work's title of the article (`forms`)."""
    doc, words = ctx.doc, ctx.words
    for c in ms:
        partners = _members(doc[c.start : c.end].root, label == "PERSON")
        for t in (t for t in partners if not c.start <= t.i < c.end):
            if t.i in at and labels.get(at[t.i]) == label:
                return True
            if t.i not in at and any(tuple(words[t.i - len(f) + 1 : t.i + 1]) == f for f in forms):
                return True
    return False


def _members(root: Token, appos: bool) -> list[Token]:
    """The heads of every name of the list `root` stands in: the parse's chain of conjuncts, and
    with `appos` of names set beside each other ("Ann Lee, Keane, Tom Hale and ...", parsed as
    appositions; a work's list is not read so: "(Riverbend Films, BBC Two)")."""
    head, n = root, 0
    while _chained(head, appos) and n < LIST_MAX:
        head, n = head.head, n + 1
    out, todo = [], [head]
    while todo and len(out) < LIST_MAX:
        t = todo.pop()
        out.append(t)
        todo += [k for k in t.children if _chained(k, appos)]
    return [t for t in out if t.i != root.i]


def _chained(t: Token, appos: bool) -> bool:
    return t.dep_ == "conj" or (appos and t.dep_ == "appos" and t.pos_ == "PROPN" and t.head.pos_ == "PROPN")


def _work_able(ctx: DocCtx, key: str, ms: list[Cand], label: str, slot: bool = False) -> bool:
    """No country or people of the gazetteer, town in a place's words ("in X"), acronym, body's or
    building's head, role, person's sign (`firms.personal`, a given name first; a person's shape
    only outside a credit's slot: `_slot_lists`) or body's use (`products.body_use`: it speaks, acts,
    owns staff)."""
    if gazetteer_label(key) or (key in world().places and any(_place_use(ctx, c) for c in ms)):
        return False  # "another Spider-Man or Batman": a town's name listed with a work, no place's use
    if label == "PERSON" and not slot and any(looks_personal(ctx.doc, c.start, c.end) or "-" in
                                              ctx.words[c.start : c.end] or "&" in ctx.words[c.start : c.end]
                                              for c in ms):
        return False  # "Ann Lee", "Jay-Z": a person's name listed with works ("starring Ann Lee as X and Y")
    if label == "PERSON" and any(_described(ctx, c.start) for c in ms):
        return False  # "his creations Borat and Bruno": characters
    if not work_mentions(ctx, ms) or any(given_name_first(ctx, c) for c in ms):
        return False
    return not FM.personal(ctx, ms)


def work_mentions(ctx: DocCtx, ms: list[Cand]) -> bool:
    """No mention has a role, comes from a definition, a team sheet or a dateline, holds an acronym,
    ends in a body's or a building's head, stands before an owner's possessive ("Ann Lee's comedy X")
    or treats the name as a body (`products.body_use`): the signs that keep a name from a work's list
    (`_work_able` here, `shows._work_able`)."""
    for c in ms:
        words = ctx.words[c.start : c.end]
        if c.role or c.src in {"def", "lineup", "dateline"} or any(ACRONYM.match(w) for w in words):
            return False
        if words[-1] in ORG_HEADS or words[-1] in FACILITY_HEADS:
            return False
        if c.end < len(ctx.words) and ctx.words[c.end] in POSS_CUT or PR.body_use(ctx, c):
            return False
    return True


def _place_use(ctx: DocCtx, c: Cand) -> bool:
    """The words around the mention read as a place's (`places.place_cue`), a list's aside: a town's
    name listed with a place is one, with a work is not."""
    listed = c.start > 1 and ctx.words[c.start - 1] in {"and", "or", ","}
    return not listed and place_cue(ctx.doc, c.start, c.end)


def _slot_lists(ctx: DocCtx, keyed: dict[str, list[Cand]], labels: dict[str, str]) -> set[str]:
    """Keys of the names listed before a work that fills a credit's slot ("Falling Down and The
    Phantom of the Opera director Joel Hale"): "A and" or "A," right before the work, whose last
    word comes right before a maker's or a player's noun in lower case and a capitalised name."""
    words, n = ctx.words, len(ctx.words)
    starts = {c.start: c for k, ms in keyed.items() if labels.get(k) == WORK for c in ms}
    ends = {c.end: k for k, ms in keyed.items() for c in ms}
    out = set()
    for s, w in starts.items():
        e = w.end
        slot = e + 1 < n and words[e] in SCREEN | STARS and words[e + 1][:1].isupper()
        if slot and s > 1 and words[s - 1] in {"and", ","} and s - 1 in ends:
            out.add(ends[s - 1])
    return {k for k in out if not any(_person_words(ctx, c) for c in keyed[k])}


def _person_words(ctx: DocCtx, c: Cand) -> bool:
    """A role's word or a given name opens the name ("Model Ann Lee and Holby City actor Tom Hale")."""
    return role_word(ctx.words[c.start].lower()) or given_name_first(ctx, c)


def _described(ctx: DocCtx, s: int) -> bool:
    """A common noun in lower case right before token s that is no work's ("creations X")."""
    prev = ctx.toks[s - 1] if s > 0 else None
    return prev is not None and prev.is_lower and prev.pos_ == "NOUN" and prev.text not in WORK_NOUNS


def title_parts(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """A name voted a person, a body or a place whose words stand inside the longer title of a work
    of the article, every mention right before a work's noun ("the Glass Ferry film" beside "The
    Glass Ferry Affair"), with no role, is that work (the vote's `labels` follow)."""
    if ctx.sports or "WORK_OF_ART" not in labels.values():
        return
    words = ctx.words
    works = {tuple(words[c.start : c.end]) for c in cands if labels.get(key_of(ctx, c)) == "WORK_OF_ART"}
    works = {w for w in works if len(w) > 1}
    if not works:
        return
    for key, ms in by_key(ctx, cands, key_of).items():
        if labels.get(key) not in LISTABLE or any(c.role or not _before_noun(ctx, c.end) for c in ms):
            continue
        if all(_inside(tuple(words[c.start : c.end]), works) for c in ms):
            relabel(ctx, ms, labels, key_of, WORK)


def short_titles(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """A name voted a person, a body or a place that is a work's title of the article without its
    "The", with no role ("Double win for Sea Inside" above "The Sea Inside has won"), or a headline's
    word only that ends a work's title ("Lee to see Kestrel" above "Captain Kestrel") or opens it
    after its "The" ("Passage" above "The Passage of Time"), is that work;
    the grouping joins them (`grouping.group`)."""
    if ctx.sports:
        return
    works = {k[4:] for k, v in labels.items() if v == WORK and k.startswith("the ")}
    lasts = {k.rsplit(" ", 1)[1] for k, v in labels.items() if v == WORK and " " in k}  # "mary poppins"
    lasts |= {k.split(" ", 2)[1] for k, v in labels.items() if v == WORK and k.count(" ") > 1
              and k.startswith("the ")}  # the headline's "Passage" of "The Passage of Time"
    for key, ms in by_key(ctx, cands, key_of).items() if works or lasts else ():
        if labels.get(key) not in LISTABLE or any(c.role for c in ms):
            continue
        if key not in works and not (key in lasts and all(ctx.line_of(c.start) == 0 for c in ms)):
            continue  # "see Poppins" in the headline beside "Mary Poppins"
        if not gazetteer_label(key) and key not in world().places:
            relabel(ctx, ms, labels, key_of, WORK)


def _before_noun(ctx: DocCtx, e: int) -> bool:
    """A work's noun in lower case right after the name ("film", "novel")."""
    return e < len(ctx.words) and ctx.words[e] in WORK_NOUNS


def _inside(form: tuple[str, ...], works: set[tuple[str, ...]]) -> bool:
    """The words of `form` stand, in a row, inside a longer work's title."""
    n = len(form)
    return any(len(w) > n and any(w[i : i + n] == form for i in range(len(w) - n + 1)) for w in works)


def listed_people(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """A name voted a body only for its last word, a body's noun that is a census surname too ("Ann
    Lee Church", "Ann Church"), with a given name first and no "the" before any mention, is a person
    when a mention is listed with a person or follows a player's prize ("supporting actor for")."""
    if ctx.sports or not ctx.parsed:
        return
    keyed = by_key(ctx, cands, key_of)
    at = {i: k for k, ms in keyed.items() for c in ms for i in range(c.start, c.end)}
    for key, ms in keyed.items():
        if labels.get(key) != "ORG" or not all(_surname_head(ctx, c) for c in ms):
            continue
        if any(_prized(ctx, c) for c in ms) or _listed(ctx, ms, at, labels, set(), "PERSON"):
            relabel(ctx, ms, labels, key_of, "PERSON")


def _surname_head(ctx: DocCtx, c: Cand) -> bool:
    """Two or three capitalised words, a common given name first, a body's noun last that is a census
    surname, no "the" before."""
    words = ctx.words[c.start : c.end]
    if not 2 <= len(words) <= 3 or not all(w.istitle() and w.isalpha() for w in words):
        return False
    if c.start > 0 and ctx.words[c.start - 1].lower() == "the":
        return False
    return words[-1] in ORG_HEADS and surname(words[-1].lower()) and census_given(fold(words[0]))


def _prized(ctx: DocCtx, c: Cand) -> bool:
    """A player's prize right before the name ("actor for", "actress for") or given to it right after
    ("awarded Ann Lee Church the best actress prize")."""
    words, s, e = ctx.words, c.start, c.end
    return s > 1 and words[s - 1] == "for" and words[s - 2] in PLAYERS or words[e : e + 2] == ["the", "best"]


def presented(ctx: DocCtx) -> list[Cand]:
    """Programmes a person presents or hosts: the title after "presenter of" and a channel's
    possessive ("the presenter of BBC Four's Film Night 2005", "host of Channel 9's Late Call"),
    words no finder took."""
    words, out = ctx.words, []
    for k in (k for k, w in enumerate(words[:-3]) if w in PRESENTERS and words[k + 1] == "of"):
        j = k + 2
        while j < len(words) - 1 and j < k + 6 and words[j] not in POSS_CUT:
            j += 1
        s = j + 1
        if j >= len(words) - 1 or words[j] not in POSS_CUT or not words[k + 2][:1].isupper():
            continue
        e = possessed_title(ctx, s, PRESENTED_TAGS)
        if e is not None:
            out.append(Cand(s, e, WORK, "cue", CUE_WEIGHT))
    return out


def category_works(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """A name is a work when a prize's category for works (`_work_category`: "best TV comedy drama",
    "best comedy film") names it winner ("X won best comedy drama", "the best comedy category was X")
    or rival ("... beating X, Y and Z", "over A (Channel 9) and B"), in a story that is no sports
    report, unless some mention reads as a body's or a person's beyond its given name."""
    if ctx.sports or "best" not in ctx.words:
        return
    starts = {c.start: c for c in cands}
    hits: set[int] = set()
    for b in (i for i, w in enumerate(ctx.words) if w == "best"):
        end = _work_category(ctx, b)
        if end is not None:
            hits |= _winner_rivals(ctx, b, end, starts)
    if hits:
        _to_works(ctx, cands, labels, key_of, lambda c: c.start in hits)


def _to_works(ctx: DocCtx, cands: list[Cand], labels: dict, key_of: Callable, chosen: Callable) -> None:
    """Every name voted a body, a person or a place with a `chosen` mention that may be a work
    (`category_able`) is a work, on every mention."""
    for key, ms in by_key(ctx, cands, key_of).items():
        if labels.get(key) in LISTABLE and any(chosen(c) for c in ms) and category_able(ctx, key, ms):
            relabel(ctx, ms, labels, key_of, WORK)


def _work_category(ctx: DocCtx, b: int) -> int | None:
    """The end of a prize's category for works that opens with "best" at b: words in lower case
    (or "TV"), the last a work's noun, "category" may follow; None when it names no work."""
    words, j = ctx.words, b + 1
    while j < len(words) and j < b + 6 and words[j].isalpha() and _category_word(ctx, j):
        j += 1
    last = j - 1 - (words[j - 1] in CATEGORY_TAILS)  # "best comedy category", "best screenplay award"
    if last <= b or words[last] not in WORK_NOUNS:
        return None
    return j


def _category_word(ctx: DocCtx, j: int) -> bool:
    """A word of a category's name: a noun or an adjective in lower case, or "TV"."""
    return ctx.words[j] == "TV" or (ctx.words[j].islower() and ctx.toks[j].pos_ in {"NOUN", "ADJ"})


def _winner_rivals(ctx: DocCtx, b: int, end: int, starts: dict[int, Cand]) -> set[int]:
    """Starts of the names a category names: the name right before its verb ("X won best", "X was
    voted best"), the name after "category was", and the names listed after "beating" or "over"."""
    words, out = ctx.words, set()
    k = b
    while k > b - 4 and k > 0 and _verb_word(ctx, k - 1):
        k -= 1
    out |= {c.start for c in starts.values() if c.end == k and k < b}
    if end < len(words) and words[end] == "was" and end + 1 in starts:
        out.add(end + 1)
    if end + 1 < len(words) and words[end] == "for" and words[end - 1] in CATEGORY_TAILS:
        return out | _rivals(ctx, end + 1, starts)  # "the best screenplay award for X and Y"
    j = end
    while j < len(words) and words[j] not in X.SENT_END and j < end + RIVAL_GAP and not _clause(ctx, j):
        if words[j] in RIVAL_WORDS:
            out |= _rivals(ctx, j + 1 + (words[j + 1 : j + 2] == ["of"]), starts)
            break
        j += 1
    return out


def _clause(ctx: DocCtx, j: int) -> bool:
    """Token j opens another clause ("while", "and", "but"): its rivals are another category's."""
    return ctx.toks[j].pos_ in {"SCONJ", "CCONJ"}


def _verb_word(ctx: DocCtx, k: int) -> bool:
    """Token k is a verb, an auxiliary or an adverb in lower case ("won", "was voted", "also")."""
    return ctx.words[k].isalpha() and ctx.words[k].islower() and ctx.toks[k].pos_ in VERB_POS


def _rivals(ctx: DocCtx, j: int, starts: dict[int, Cand]) -> set[int]:
    """Starts of the names listed from token j: names, "and", commas, bracketed words between
    ("Riverbend (Channel 9) and Zanzibar Nights"), until any other word; a name before a work's
    noun owns the works ("Channel 9 shows A and B")."""
    words, out = ctx.words, set()
    stop = min(len(words), j + 4 * LIST_MAX)
    while j < stop and len(out) < LIST_MAX:
        c = starts.get(j)
        if c is not None:
            if c.end < len(words) and words[c.end] in WORK_NOUNS:
                j = c.end + 1
                continue
            out.add(c.start)
            j = c.end
        elif words[j] == "(":
            j = next((k + 1 for k in range(j, min(len(words), j + 8)) if words[k] == ")"), len(words))
        elif words[j] in {"and", ",", "&"} or words[j][:1].isupper() or words[j] in {"the", "of"}:
            j += 1  # a title no finder took: "beating Riverbend of the Moon and X"
        else:
            break
    return out


def category_able(ctx: DocCtx, key: str, ms: list[Cand]) -> bool:
    """A name a category calls a work may be one: no place of the gazetteer, role, acronym, body's
    or building's head, owner's "'s", body's use, and no person's sign beyond a given name."""
    if gazetteer_label(key) or key in world().places:
        return False
    for c in ms:
        words = ctx.words[c.start : c.end]
        if c.role or c.src in {"def", "lineup", "dateline"} or any(ACRONYM.match(w) for w in words):
            return False
        if words[-1] in ORG_HEADS or words[-1] in FACILITY_HEADS or PR.body_signs(ctx, c):
            return False
        if c.end < len(ctx.words) and ctx.words[c.end] in POSS_CUT:
            return False
        if X.name_evidence(ctx.doc, c.start, c.end)[1] > 0:
            return False
    return True


def game_works(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """In a story of video games (`GAME_WORDS` often, no sports report), a name played ("began
    playing Riverbend Online", "I played X") or after "game of" ("the first game of X") is a game:
    a work, unless some mention reads as a body's or a person's (`category_able`); so is a name
    the article writes "the X games" or "the X series of games" (`_series`)."""
    if not games_story(ctx):
        return
    _to_works(ctx, cands, labels, key_of, lambda c: _played(ctx, c.start) or _series(ctx, c))


def games_story(ctx: DocCtx) -> bool:
    """A story of video games: `GAME_WORDS` often (a set test of their usual forms first), no sports
    (worked out once per article)."""
    if ctx.games is None:
        held = TK.of(ctx.doc)
        ctx.games = not ctx.sports and not GAME_FORMS.isdisjoint(held.word_set) and (
            sum(map(GAME_WORDS.__contains__, held.lowers)) >= GAME_MIN)
    return ctx.games


def _series(ctx: DocCtx, c: Cand) -> bool:
    """ "the X games", "The X series of games": a run of games named X (not "Acme games": no "the")."""
    words = ctx.words
    led = words[c.start] == "The" or (c.start > 0 and words[c.start - 1].lower() == "the")
    tail = words[c.end : c.end + 1] == ["games"] or words[c.end : c.end + 3] == ["series", "of", "games"]
    return led and tail


def _played(ctx: DocCtx, s: int) -> bool:
    """A form of "play" in lower case, or "game of", right before token s."""
    words = ctx.words
    return s > 0 and (words[s - 1] in PLAYS or (s > 1 and words[s - 2 : s] == ["game", "of"]))
