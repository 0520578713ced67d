"""Entertainment stories: their kind, and the lists of films and of acts they name.

`show_story` keeps a story full of music or screen nouns out of the sports reports when a single
sports word points there ("a hat-trick of awards"). `work_lists` reads the lists of a story of the
screen ("The Aviator, Million Dollar Baby and Sideways"): a name listed with a work is a work unless
the article gives it a person's, a place's or a body's sign, and a run of capitalised words no finder
took is a new work. `cast_works` makes a name followed by its cast (", with Ann Lee as the doctor")
a work; `noun_titles` a name before a film's noun ("the final Star Wars movie") or with a capital
"The" inside ("Attack of The Clones"). `band_lists` makes a name voted a person, an event or a work
with no person's sign, listed with a band in a music story, a band when its name is a plural ("the
Foo Fighters and the Velvet Owls") or one word in a sentence about bands or after a plural title
("winners X and The Y"); `titled_bands` a one-word name alone after a plural title ("Scots
favourites X"). All work on token indices.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from pipeline.entities import context as X
from pipeline.entities import firms as FM
from pipeline.entities.acts import MUSIC_NOUNS, music_story, screen_heavy, screen_story, story_nouns
from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.evidence import ACRONYM, EVENT_WORDS, FACILITY_HEADS, POSS_CUT
from pipeline.entities.films import work_mentions
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import ORG_HEADS, census_given, gazetteer_label, is_title_word, norm, surname
from pipeline.entities.sport import STRONG, WORD
from pipeline.entities.words import generic_key

WORK = "WORK_OF_ART"
SHOW_MIN = 10  # music and screen nouns that outweigh one sports word
WORKABLE = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
ACTABLE = frozenset({"PERSON", "EVENT", WORK})
SEPARATORS = frozenset({",", "and", "or"})
ENDS = frozenset({"and", "or"})
LIST_JOINS = frozenset({"and", "or", "&"})
JOINING = frozenset({"of", "the", "a", "in", "on", "to", "for"})  # inside a title: "Attack of the Clones"
RUN_MAX = 6
FILM_NOUNS = frozenset({"film", "films", "movie", "movies", "saga", "franchise", "trilogy"})
TITLE_OPENERS = frozenset({"The", "A", "An"})
BAND_WORDS = frozenset({"band", "bands", "group", "groups"})
PASSES = 3
ARTICLES = frozenset({"the", "a", "an"})
YEAR = re.compile(r"^(?:19|20)\d\d$")


def show_story(ctx: DocCtx) -> bool:
    """Music and screen nouns, ten at least, and at most one use of a word only sports reports use."""
    screen, music = story_nouns(ctx)
    if screen + music < SHOW_MIN:
        return False
    counts = Counter(WORD.findall(ctx.text.lower()))
    return sum(n for w, n in counts.items() if w in STRONG) <= 1


def cast_works(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """A name followed by its cast (", with Ann Lee as ...") in a story of the screen is a work,
    when the article gives it no person's sign."""
    if ctx.sports or not screen_story(ctx) or "with" not in ctx.words:
        return
    for key, ms in by_key(ctx, cands, key_of).items():
        cast = labels.get(key) in WORKABLE and any(_cast_after(ctx, c.end) for c in ms)
        if cast and _work_able(ctx, key, ms):
            relabel(ctx, ms, labels, key_of, WORK)


def _cast_after(ctx: DocCtx, e: int) -> bool:
    """", with" (or "with"), a person's name the model found, then "as"."""
    n = len(ctx.doc)
    k = e + (e < n and ctx.words[e] == ",")
    if k + 2 >= n or ctx.toks[k].lower_ != "with" or ctx.toks[k + 1].ent_type_ != "PERSON":
        return False
    j = k + 2
    while j < n and ctx.toks[j].ent_iob_ == "I":  # the rest of the person's name
        j += 1
    return j < n and ctx.toks[j].lower_ == "as"


def work_lists(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> list[Cand]:
    """Names listed with a work in a story of the screen are works (see the module's doc); returns
    the new works made of runs no finder took."""
    if ctx.sports or WORK not in labels.values() or not screen_heavy(ctx):
        return []
    out: list[Cand] = []
    for _ in range(PASSES):
        keyed = by_key(ctx, [c for c in cands + out if c.end > c.start], key_of)
        starts = {c.start: c for c in cands + out}
        ends = {c.end: c for c in cands + out}
        able: dict[str, bool] = {}  # each key listed in this pass, tested once when first met
        seeds = [c for k, ms in keyed.items() if labels.get(k) == WORK for c in ms]
        more = False
        for seed in seeds:
            for s, e in _listed(ctx, seed, starts, ends):
                c = starts.get(s)
                if c is not None and c.end == e:
                    key = key_of(ctx, c)
                    if key not in able:
                        workable = key in keyed and labels.get(key) in WORKABLE
                        able[key] = workable and _work_able(ctx, key, keyed[key])
                    if able[key]:
                        relabel(ctx, keyed[key], labels, key_of, WORK)
                        more = True
                elif ctx.free(s, e) and _new_title(ctx, s, e):
                    c = Cand(s, e, WORK, "rule", 2.0)
                    ctx.take(c)
                    out.append(c)
                    labels.setdefault(key_of(ctx, c), WORK)
                    more = True
        if not more:
            break
    return out


def noun_titles(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> list[Cand]:
    """In a story of the screen, capitalised words no finder took right before a film's noun ("the
    final Star Wars movie"), and a name voted a body with a capital "The" inside ("Attack of The
    Clones"), are works; returns the new ones."""
    if ctx.sports or not screen_heavy(ctx):
        return []
    out = []
    for k in range(2, len(ctx.words)):
        s = _run_start(ctx, k) if ctx.words[k] in FILM_NOUNS else None
        if s is not None and k - s >= 2 and _led(ctx, s) and ctx.free(s, k) and _new_title(ctx, s, k):
            c = Cand(s, k, WORK, "rule", 2.0)
            ctx.take(c)
            out.append(c)
            labels.setdefault(key_of(ctx, c), WORK)
    groups = by_key(ctx, cands, key_of)
    firsts = _work_firsts(ctx, groups, labels)
    for key, ms in groups.items():
        inner = any("The" in ctx.words[c.start + 2 : c.end - 1] for c in ms) and labels.get(key) == "ORG"
        named = " " in key and labels.get(key) in WORKABLE and any(_before_film(ctx, c) for c in ms)
        sibling = labels.get(key) == "ORG" and any(_sibling(ctx, c, firsts) for c in ms)
        if (inner or named or sibling) and _work_able(ctx, key, ms):
            relabel(ctx, ms, labels, key_of, WORK)
    return out


def _work_firsts(ctx: DocCtx, groups: dict[str, list[Cand]], labels: dict[str, str]) -> set[str]:
    """First words of the article's works of two words or more ("Strictly" of "Strictly Come
    Dancing"), no "The" and none the article names alone."""
    alone = {ctx.words[ms[0].start] for ms in groups.values() if ms[0].end - ms[0].start == 1}
    long = [ms[0] for k, ms in groups.items() if labels.get(k) == WORK and ms[0].end - ms[0].start > 1]
    firsts = {ctx.words[c.start] for c in long}
    return firsts - alone - TITLE_OPENERS


def _sibling(ctx: DocCtx, c: Cand, firsts: set[str]) -> bool:
    """A name of two words or more, no body's head last, opening with a work's first word: a show of
    the same series ("Strictly Dance Fever" beside "Strictly Come Dancing")."""
    return c.end - c.start > 1 and ctx.words[c.start] in firsts and ctx.words[c.end - 1] not in ORG_HEADS


def _before_film(ctx: DocCtx, c: Cand) -> bool:
    """The mention stands right before a film's noun, led by an article or an adjective (`_led`)."""
    return c.end < len(ctx.words) and ctx.words[c.end] in FILM_NOUNS and _led(ctx, c.start)


def _led(ctx: DocCtx, s: int) -> bool:
    """An article, a lower-case adjective or a year right before token s ("the final X film", "1977
    X film"; not "for X movie", "of X films": a maker's or a person's)."""
    if s == 0:
        return False
    prev, tok = ctx.words[s - 1], ctx.toks[s - 1]
    return prev.lower() in ARTICLES or prev.islower() and tok.pos_ == "ADJ" or YEAR.match(prev) is not None


def band_lists(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> list[Cand]:
    """A name voted a person, an event or a work with no person's sign, listed with a band in a music
    story, is a band when `_act_able` (see the module's doc); a run of two capitalised words or more
    listed with a band that no finder took is a new band ("The Cure and New Order"): returns those."""
    if ctx.sports or "ORG" not in labels.values() or not music_story(ctx):
        return []
    out: list[Cand] = []
    for _ in range(PASSES):
        live = [c for c in cands + out if c.end > c.start]
        keyed = by_key(ctx, live, key_of)
        starts = {c.start: c for c in live}
        ends = {c.end: c for c in live}
        seeds = [c for k, ms in keyed.items() if labels.get(k) == "ORG" and _band_seed(ctx, k, ms)
                 for c in ms]
        spans = {span for seed in seeds for span in _listed(ctx, seed, starts, ends)}
        listed = {key_of(ctx, c) for s, e in spans if (c := starts.get(s)) is not None and c.end == e}
        found = {k for k in listed if labels.get(k) in ACTABLE and _act_able(ctx, k, keyed[k])}
        for key in found:
            relabel(ctx, keyed[key], labels, key_of, "ORG")
        new = [Cand(s, e, "ORG", "rule", 2.0) for s, e in sorted(spans)
               if s not in starts and ctx.free(s, e) and _new_band(ctx, s, e)]
        for c in new:
            ctx.take(c)
            labels.setdefault(key_of(ctx, c), "ORG")
        out += new
        if not found and not new:
            break
    return out


def _new_band(ctx: DocCtx, s: int, e: int) -> bool:
    """A new title (`_new_title`) in a story of music nouns (three, two kinds at least), with no title
    word, small word inside ("T in the Park") or small first word ("With the X"), nor the tail of an
    "of the" name ("Queens of the Stone Age")."""
    words = ctx.words
    if ctx.toks[s].is_stop and words[s] != "The" or any(is_title_word(w) or w.islower() for w in words[s:e]):
        return False
    if s > 1 and words[s - 1] == "the" and words[s - 2] == "of":
        return False
    music = [w for w in (x.lower() for x in words) if w in MUSIC_NOUNS]
    return len(music) >= 3 and len(set(music)) >= 2 and _new_title(ctx, s, e)


def _listed(ctx: DocCtx, c: Cand, starts: dict[int, Cand], ends: dict[int, Cand]) -> list[tuple[int, int]]:
    """The spans listed right before and after the mention, as far as the list goes ("A, B and C")."""
    out = []
    pos, last = c.end, False
    while not last and (item := _item_after(ctx, pos, starts)) is not None:
        (s, e), last = item
        out.append((s, e))
        pos = e
    pos = c.start
    while (item := _item_before(ctx, pos, ends)) is not None:
        (s, e), first = item
        out.append((s, e))
        pos = s
        if first:
            break
    return out


def _item_after(ctx: DocCtx, pos: int, starts: dict[int, Cand]) -> tuple[tuple[int, int], bool] | None:
    """The next item of a list after token `pos` and whether an "and" or "or" made it the last."""
    words, n, k = ctx.words, len(ctx.words), pos
    while k < n and words[k] in SEPARATORS and k - pos < 2 and "\n" not in ctx.ws[k - 1]:
        k += 1
    if k == pos or k >= n or "\n" in ctx.ws[k - 1]:
        return None
    last = any(w in ENDS for w in words[pos:k])
    k += words[k] == "the" and k + 1 < n  # "the Foo Fighters"
    if k in starts:
        return (k, starts[k].end), last
    e = _run_end(ctx, k)
    return ((k, e), last) if e is not None else None


def _item_before(ctx: DocCtx, pos: int, ends: dict[int, Cand]) -> tuple[tuple[int, int], bool] | None:
    """The item of a list before token `pos` and whether it opens the list (no separator before)."""
    words = ctx.words
    pos -= pos > 1 and words[pos - 1] in {"the", "The"} and words[pos - 2] in SEPARATORS  # "A, the B"
    k = pos
    while k > 0 and words[k - 1] in SEPARATORS and pos - k < 2 and "\n" not in ctx.ws[k - 1]:
        k -= 1
    if k == pos or k == 0 or "\n" in ctx.ws[k - 1]:
        return None
    if k in ends:
        s = ends[k].start
    else:
        s = _run_start(ctx, k)
        if s is None:
            return None
    first = s == 0 or words[s - 1] not in SEPARATORS and not (words[s - 1] == "the" and s > 1
                                                              and words[s - 2] in SEPARATORS)
    return (s, k), first


def _title_word(ctx: DocCtx, i: int) -> bool:
    w = ctx.words[i]
    return (w[:1].isupper() and w.isalpha()) or (w.isdigit() and len(w) <= 3)


def _run_end(ctx: DocCtx, k: int) -> int | None:
    """The end of the capitalised words from token k (small words between: "Attack of the Clones")."""
    n = len(ctx.words)
    if not _title_word(ctx, k):
        return None
    e = k + 1
    while e < n and e - k < RUN_MAX and "\n" not in ctx.ws[e - 1]:
        small = e
        while small < n and small - e < 2 and ctx.words[small] in JOINING:
            small += 1  # "The Door in the Floor"
        if small < n and _title_word(ctx, small):
            e = small + 1
        else:
            break
    return e


def _run_start(ctx: DocCtx, k: int) -> int | None:
    """The start of the capitalised words ending before token k."""
    if not _title_word(ctx, k - 1):
        return None
    s = k - 1
    while s > 0 and k - s < RUN_MAX and "\n" not in ctx.ws[s - 1] and not ctx.toks[s].is_sent_start:
        if _title_word(ctx, s - 1):
            s -= 1
        elif ctx.words[s - 1] in JOINING and s > 1 and _title_word(ctx, s - 2):
            s -= 2
        else:
            break
    return s


def _new_title(ctx: DocCtx, s: int, e: int) -> bool:
    """A run of capitalised words no finder took that may be a title: two words at least, no place,
    people, acronym or number alone, not the sentence's first word alone."""
    words = ctx.words[s:e]
    if len(words) < 2 or words[-1] in JOINING or not words[0][:1].isupper():
        return False
    if not any(w.isalpha() and w not in TITLE_OPENERS for w in words):
        return False  # "The 16 films"
    if e < len(ctx.words) and ctx.words[e] in POSS_CUT:
        return False  # an owner: "Channel 4's Shameless"
    if ctx.toks[s].is_sent_start and ctx.toks[s].is_stop and words[0] not in TITLE_OPENERS:
        return False  # "Both X and Y were made": no title's first word
    if any(ACRONYM.match(w) or gazetteer_label(norm(w)) for w in words):
        return False
    return not gazetteer_label(norm(" ".join(words))) and norm(" ".join(words)) not in world().places


def _work_able(ctx: DocCtx, key: str, ms: list[Cand]) -> bool:
    """No place or people of the gazetteer, person's sign (a given name first too), nor a mention
    that keeps the name from a work's list (`films.work_mentions`: a role, an acronym, a body's head,
    an owner's possessive, a body's use)."""
    if gazetteer_label(key) or key in world().places or _personal(ctx, key, ms):
        return False
    if any(c.label == "PERSON" for c in ms) and not _titled(key):
        return False  # "Ziyi Zhang", "Halle Berry": a person's name listed with films
    return work_mentions(ctx, ms)


def _titled(key: str) -> bool:
    """A name with a common English word in it whose last word is no surname ("Finding Neverland",
    "Million Dollar Baby"; not "Halle Berry", "Ziyi Zhang")."""
    words = key.split()
    return any(generic_key(w) for w in words) and not surname(words[-1])


def _act_able(ctx: DocCtx, key: str, ms: list[Cand]) -> bool:
    """A name that may be a band: no place, person's sign, role or event's head ("V Festival"). A
    plural title before a mention ("Brit winners X and The Y") names the list, not a person: it is no
    person's sign, a census given name neither, and it speaks of acts as "bands" does."""
    titled = [c for c in ms if _plural_titled(ctx, c)]
    rest = [c for c in ms if c not in titled]
    if gazetteer_label(key) or key in world().places or _personal(ctx, key, rest, not titled):
        return False
    if any(X.pronoun_sign(ctx.doc, c.start, c.end) for c in titled):
        return False
    if any(c.role or ctx.words[c.end - 1] in EVENT_WORDS or c.src == "def" for c in rest):
        return False
    lone = " " not in key and "-" not in key  # "Keane", not "Jay-Z" or "Kanye West"
    return _plural_name(key) or lone and (bool(titled) or any(_bands_around(ctx, c) for c in ms))


def titled_bands(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """In a music story, a one-word name voted a person, alone after a plural title ("Scots
    favourites X will appear", "indie rockers X"), is a band, when no other mention gives it a
    person's sign or a role and no "he" or "she" follows the titled one."""
    if ctx.sports or not music_story(ctx):
        return
    for key, ms in by_key(ctx, [c for c in cands if c.end > c.start], key_of).items():
        if labels.get(key) != "PERSON" or " " in key or "-" in key or not key.isalpha():
            continue
        titled = [c for c in ms if _lone_titled(ctx, c)]
        if not titled or gazetteer_label(key) or key in world().places:
            continue
        rest = [c for c in ms if c not in titled]
        if _personal(ctx, key, rest, False) or any(c.role or c.src == "def" for c in rest):
            continue
        if not any(X.pronoun_sign(ctx.doc, c.start, c.end) for c in titled):
            relabel(ctx, ms, labels, key_of, "ORG")


def _plural_titled(ctx: DocCtx, c: Cand) -> bool:
    """A lower-case common noun's plural right before the mention ("winners X", "favourites X")."""
    if c.start == 0:
        return False
    tok = ctx.toks[c.start - 1]
    return tok.tag_ == "NNS" and tok.is_lower and tok.text.replace("-", "").isalpha()


def _lone_titled(ctx: DocCtx, c: Cand) -> bool:
    """A plural title that modifies the mention (`_plural_titled`, a compound of it: not "In recent
    years X"), the mention listed with no other name ("favourites X and Y" may be two people)."""
    if not _plural_titled(ctx, c) or ctx.toks[c.start - 1].dep_ != "compound":
        return False
    if not c.start <= ctx.toks[c.start - 1].head.i < c.end:
        return False
    words, n, e = ctx.words, len(ctx.words), c.end
    if e < n and words[e] in LIST_JOINS:
        return False
    return not (e + 1 < n and words[e] == "," and words[e + 1][:1].isupper())


def _bands_around(ctx: DocCtx, c: Cand) -> bool:
    """The mention's sentence speaks of bands or groups ("bands such as X and Y"; not "acts", which
    may be singers: "rap acts include X")."""
    sent = ctx.toks[c.start].sent
    return any(t.lower_ in BAND_WORDS and t.is_lower for t in sent)


def _band_seed(ctx: DocCtx, key: str, ms: list[Cand]) -> bool:
    """A name voted a body that may be a band: no body's or building's head, no firm's noun before."""
    if gazetteer_label(key):
        return False
    for c in ms:
        if ctx.words[c.end - 1] in ORG_HEADS or ctx.words[c.end - 1] in FACILITY_HEADS:
            return False
        if c.start > 0 and FM.firm_noun(ctx.words[c.start - 1]):
            return False
    return True


def _personal(ctx: DocCtx, key: str, ms: list[Cand], given: bool = True) -> bool:
    """Some sign of a person (`firms.person_signs`, a given name first too), or with `given` one word
    that is a census given name ("Jamelia")."""
    hard, soft = FM.person_signs(ctx, ms)
    return hard or soft > _plural_name(key) or (given and " " not in key and census_given(key))


def _plural_name(key: str) -> bool:
    """Several words ending in a common noun's plural that is no surname ("Velvet Owls", not "Tom
    Brooks"): a first word that is a given name is no person's sign then."""
    last = key.rsplit(" ", 1)[-1]
    return " " in key and last.endswith("s") and generic_key(last[:-1]) and not surname(last)

