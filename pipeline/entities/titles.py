"""Titles of works (plays, films, albums, programmes, prizes) found by what the article does with
them: a part played in them, a prize given for them (awards lists and sentences), a maker's
possessive ("Alan Bennett's The History Boys"), the noun of their kind after them ("the BBC's Focus
on Africa programme"); kept whole over their small words (where a title ends: `titlespans`). All
work on token indices.
"""

from __future__ import annotations

import re

from pipeline.entities.acts import SCREEN_MIN, screen_heavy, story_nouns
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import (
    ACRONYM,
    CUE_WEIGHT,
    FACILITY_HEADS,
    PLACE_HEADS,
    POSS_CUT,
    SMALL,
    WORK_NOUNS,
    title_end,
)
from pipeline.entities.lexicon import ORG_HEADS, gazetteer_label, given_name, known_place, norm
from pipeline.entities.musicslots import category_titles
from pipeline.entities.ownedtitles import owned_titles
from pipeline.entities.screenslots import screen_slot_titles
from pipeline.entities.titlespans import (
    CATEGORY_LEADS,
    OWNERLESS,
    TITLE_MAX,
    listed_titles,
    named_person,
    person_after,
    person_before,
    personal,
    possessives,
    title_span,
)
from pipeline.entities.workslots import slot_titles

PERFORM = frozenset({"starred", "starring", "stars", "star", "co-starred", "co-starring", "co-stars", "role",
                     "roles", "appeared", "appears", "appear", "appearing"})
PLAYS = frozenset({"plays", "played", "playing", "play"})
SHOWN = frozenset({"performance", "performances", "portrayal"})  # "her performance in X": owned only
OWNERS = frozenset({"his", "her", "their", "'s", "\u2019s"})
STARS_OF = frozenset({"star", "stars", "co-star", "co-stars"})  # "Ann Lee, star of X"
DASHES = frozenset({"-", "\u2013", "\u2014", ":"})
BULLETS = DASHES | {"*", "\u2022"}
PRIZE_HEADS = frozenset({"Award", "Prize", "Medal", "Trophy"})  # "the Milton Hale Award": a work (OntoNotes)
PRIZE_CUES = frozenset({"best", "award", "awards", "prize", "prizes", "nominated", "nominate", "nominee",
                        "nominees", "nomination", "nominations", "shortlist", "shortlisted", "shortlists"})
NAMED_FOR = frozenset({"nominated", "shortlisted", "premiere", "premieres", "revival"})
OWNED_WORKS = frozenset(
    {"programme", "show", "series", "album", "single", "film", "movie", "musical", "documentary", "drama",
     "sitcom", "novel", "trilogy", "franchise", "soap", "saga", "films", "movies"}
)  # "the BBC's Focus on Asia programme", "Madonna's Confessions album"
MEDIA = frozenset({"DVD", "TV", "CD", "video", "film", "movie"})  # between a title and its kind's noun
SHOWS = frozenset({"show", "series", "sitcom", "soap"})  # an owner's X show: a body's head may end X
SET_WORKS = frozenset({"trilogy", "franchise", "series", "saga", "films", "movies"})  # "the Rings films"
DETS = frozenset({"the", "his", "her", "their", "its"})
PRIZE_CASED = PRIZE_CUES | {w.title() for w in PRIZE_CUES}
PERFORM_CASED = frozenset(w2 for w in PERFORM | PLAYS | SHOWN for w2 in (w, w.title()))
GLUE = frozenset({"for", "in", "(", ",", "'s", "\u2019s", "'", "\u2019"})
VERSION_CUES = frozenset({("version", "of"), ("remake", "of"), ("sequel", "to"), ("prequel", "to"),
                          ("adaptation", "of"), ("episode", "of"), ("episodes", "of"), ("spin-off", "of"),
                          ("creator", "of"), ("co-creator", "of"), ("creators", "of")})
STAGINGS = frozenset({"performance", "performances", "production", "productions", "staging", "revival"})
VERSION_CUES |= {(w, "of") for w in STAGINGS}  # "a performance of X": a story of the arts only
MAKERS = frozenset({"creator", "co-creator", "creators"})
SCREEN_ONLY = MAKERS | {"version"}  # software has versions and makers too
TO_OF = frozenset({"to", "of"})
YEAR = re.compile(r"^(18|19|20)\d\d$")


def titles(ctx: DocCtx, model: list[Cand]) -> tuple[list[Cand], list[Cand]]:
    """Titles of works, as cue candidates, by what the article does with them: a part played in
    them ("her role in Notes on Falling Leaves"), a prize given for them ("Best actor - Tom Hale for
    The Glass Ferry at the Lyric", "Ann Lee (Riverbend)"), a maker ("Ann Lee's The Glass Ferry"), the
    noun of their kind ("the BBC's Focus on Asia programme"). Returns them with the model's candidates,
    less award categories ("Best lighting design"), cut before a title they ran into ("Tom Hale for
    Riverbend"), the prize winners made PERSON."""
    cats, venues, people = bytearray(len(ctx.doc)), bytearray(len(ctx.doc)), set()
    found = [c for i in _line_heads(ctx) for c in _award_line(ctx, i, cats, venues, people)]
    found += _performed(ctx) + _authored(ctx) + _award_sentences(ctx, people) + _named_before(ctx)
    found += _dated(ctx) + _versions(ctx) + slot_titles(ctx)  # "his debut X", "the award for X"
    found += category_titles(ctx) + screen_slot_titles(ctx)  # "best rap song for X", "the writers of X"
    found += owned_titles(ctx)  # "Ann Lee's Quiet Lanterns", which the model calls a body
    kept = []
    for m in model:
        if any(cats[m.start : m.end]):
            continue
        _cut_before(ctx, m, found)
        if m.start >= m.end:
            continue
        if (m.start, m.end) in people and m.label != "PERSON" and personal(ctx, m.start, m.end):
            m.label, m.weight = "PERSON", max(m.weight, 6.0)  # "Stanley Hale (Shining City)"
        elif venues[m.start] and m.label in {"WORK_OF_ART", "PERSON"}:
            m.label, m.weight = "FAC", max(m.weight, 6.0)  # "... at Theatre Royal, Drury Lane"
        elif ctx.words[m.end - 1] in PRIZE_HEADS and m.label in {"ORG", "PERSON", "GPE", "FAC"}:
            m.label = "WORK_OF_ART"
        kept.append(m)
    _prize_short_forms(ctx, kept)
    for i in (i for i, flag in enumerate(cats) if flag) if any(cats) else ():
        ctx.taken[i] = 1  # no later finder takes "Best Revival" for a name
    return found, kept


def _line_start(ctx: DocCtx, i: int) -> bool:
    """Token i opens a line, maybe after a bullet ("- Best actor")."""
    k = i - 1
    while k >= 0 and ctx.words[k] in BULLETS and not ctx.toks[k].is_space:
        k -= 1
    return k < 0 or ctx.toks[k].is_space or "\n" in ctx.ws[k]


def _line_heads(ctx: DocCtx) -> list[int]:
    """Tokens opening a line of an awards list ("Best new play - ...")."""
    if CATEGORY_LEADS.isdisjoint(ctx.words):
        return []
    return [i for i, w in enumerate(ctx.words) if w in CATEGORY_LEADS and _line_start(ctx, i)]


def _award_line(ctx: DocCtx, i: int, cats: bytearray, venues: bytearray, people: set) -> list[Cand]:
    """The title of a line of an awards list: "Best actor - Tom Hale for The Glass Ferry at the
    Lyric" (the name before "for" is the winner), "Best new play - The Glass Ferry by Ann Lee";
    marks the category's words in `cats`, the venue's after "at" in `venues`."""
    words, n = ctx.words, len(ctx.words)
    dash = next((j for j in range(i + 1, min(n, i + 12)) if words[j] in DASHES), None)
    if dash is None or any("\n" in ctx.ws[j] for j in range(i, dash)) or dash + 1 >= n:
        return []
    if any(words[j][:1].isupper() and words[j + 1][:1].isupper() for j in range(i + 1, dash - 1)):
        return []  # "Best British male artist winner Tom Hale - aka ...": a name, no category
    cats[i:dash] = b"\x01" * (dash - i)
    end = next((j + 1 for j in range(dash, n) if "\n" in ctx.ws[j] or ctx.toks[j].is_space), n)
    s, e = dash + 1, dash + 1
    while e < end and (words[e][:1].isupper() or words[e] in {"and", "&"}):
        e += 1
    if e > s and e < end and words[e] == "for":  # "Tom Hale for The Glass Ferry"
        people.add((s, e))
        span = title_span(ctx, e + 1, award=True)
    else:
        span = title_span(ctx, s, award=True)
        if span is not None and span[1] < end and words[span[1]] not in {"by", "designed", "at", ","}:
            return []  # "Ann Lee and the Lyric Ballet for their season": no title
    if span is None:
        return []
    at = next((j for j in range(span[1], end) if words[j] == "at"), None)
    if at is not None:
        venues[at + 1 : end] = b"\x01" * (end - at - 1)
    return [Cand(*span, "WORK_OF_ART", "cue", CUE_WEIGHT)]


def _performed(ctx: DocCtx) -> list[Cand]:
    """Titles a part is played in: "starred in X", "her role in X", "plays Hector in X"; not a
    name modifying a noun ("appeared in Hollywood movies") nor a place ("appeared in Leeds")."""
    words, n, out = ctx.words, len(ctx.words), []
    for i in (i for i, w in enumerate(words[:-2]) if w in PERFORM_CASED):
        low = words[i].lower()
        if low in PLAYS and words[i + 1][:1].isupper():  # "plays Hector in X"
            k = title_end(ctx, i + 1)
            i = k - 1 if k is not None and k < n and words[k] == "in" else -1
        elif low in STARS_OF and words[i + 1] == "of":
            if ctx.sports or ctx.toks[i].pos_ != "NOUN" or _place_at(ctx, i + 2):
                continue  # "the star of Chelsea", "the stars of Hollywood"
        elif low in SHOWN:
            if ctx.sports or words[i + 1] != "in" or not _owned(ctx, i) or _place_at(ctx, i + 2):
                continue
            if ctx.toks[i + 2].ent_type_ in {"DATE", "TIME"}:
                continue  # "her performance in X"; not "a performance in Leeds", "his performance in May"
        elif low not in PERFORM or words[i + 1] != "in":
            continue
        elif low.startswith("star") and ctx.toks[i].pos_ != "VERB" and words[i - 1] not in {"to", "will"}:
            continue  # "to see the stars in Leicester Square"
        if i < 0 or ctx.in_caps(i):
            continue
        listed = low == "roles" or _comma_list(ctx, i + 2)  # "roles in X and Y", "appeared in X, Y and Z"
        listed = listed or low in STARS_OF and _two_names(ctx, i + 2)  # "star of Rain Man and Tootsie"
        for c in listed_titles(ctx, i + 2, listed, award=False):
            nxt = ctx.toks[c.end] if c.end < n else None
            noun = nxt is not None and (nxt.pos_ in {"NOUN", "PROPN"} or nxt.lower_ in WORK_NOUNS)
            if noun and nxt.is_lower:
                break  # "appeared in Hollywood movies", "to star in Broadway play"
            if low.startswith("appear") and words[c.end - 1] in PLACE_HEADS | FACILITY_HEADS:
                break
            out.append(c)
    return out


def _owned(ctx: DocCtx, i: int) -> bool:
    """An owner's word within the three words before token i ("her Oscar-nominated performance", "Ann
    Lee's performance")."""
    return any(w.lower() in OWNERS for w in ctx.words[max(0, i - 3) : i])


def _two_names(ctx: DocCtx, s: int) -> bool:
    """The title from token s holds an "and" after which the model starts a name of its own."""
    e = title_end(ctx, s) or s
    return any(ctx.words[j] == "and" and ctx.toks[j + 1].ent_iob_ == "B" for j in range(s + 1, e - 1))


def _place_at(ctx: DocCtx, s: int) -> bool:
    """A title from token s is a place's name ("Hollywood", "Bollywood")."""
    e = title_end(ctx, s)
    key = "" if e is None else norm(ctx.doc[s:e].text)
    return not key or known_place(key)


def _comma_list(ctx: DocCtx, s: int) -> bool:
    """Titles listed from token s: a title, a comma and a capitalised word ("X, Y and Z")."""
    e = title_end(ctx, s, joins=False)
    words = ctx.words
    return e is not None and e + 1 < len(words) and words[e] == "," and words[e + 1][:1].isupper()


def _authored(ctx: DocCtx) -> list[Cand]:
    """A title with its article after a maker's possessive: "Ann Lee's The Glass Ferry"; in a story
    of the screen, one of several words the model left untagged after a person's ("Ann Lee's Glass
    Ferry Blues")."""
    words, out, screen = ctx.words, [], None
    for k in possessives(ctx):
        if not words[k - 1][:1].isupper() or words[k - 1] in OWNERLESS:
            continue
        inner = _inner_possessive(ctx, k)
        if words[k + 1] not in {"The", "A", "An"}:
            if not inner and not _untagged_after(ctx, k):
                continue
            screen = screen_heavy(ctx) if screen is None else screen
            if not screen:
                continue
        span = title_span(ctx, k + 1)
        if span is None or span[1] - span[0] < 2:
            continue
        glued = span[1] < len(words) and not ctx.ws[span[1] - 1] and words[span[1]] in DASHES  # "Tory-Green"
        tagged = glued or any(t.ent_type_ for t in ctx.toks[span[0] : span[1]])
        if words[k + 1] in {"The", "A", "An"} or not tagged or inner and span[0] == k + 1:
            out.append(Cand(*span, "WORK_OF_ART", "cue", CUE_WEIGHT))
    return out


def _inner_possessive(ctx: DocCtx, k: int) -> bool:
    """A person's full name the model tags before the possessive at token k, then a title holding
    a possessive of its own ("Ann Lee's Dead Woman's Hat"), which the model's names cannot hold."""
    toks = ctx.toks
    if k < 2 or toks[k - 1].ent_type_ != "PERSON" or toks[k - 2].ent_type_ != "PERSON":
        return False
    return any(toks[j].text in POSS_CUT and toks[j - 1].is_title and toks[j + 1].is_title
               for j in range(k + 2, min(k + 5, len(toks) - 1)))


def _untagged_after(ctx: DocCtx, k: int) -> bool:
    """A person's name the model tags before the possessive at token k, then a capitalised word it
    leaves untagged, no sentence's start."""
    toks = ctx.toks
    nxt = toks[k + 1]
    return k > 1 and toks[k - 1].ent_type_ == "PERSON" and toks[k - 2].ent_type_ == "PERSON" \
        and nxt.is_title and not nxt.ent_type_ and not nxt.is_sent_start


def _award_sentences(ctx: DocCtx, people: set) -> list[Cand]:
    """In a sentence about prizes ("best", "nominated", "shortlist"), the title a person is named
    for: "Tom Hale for The Glass Ferry", "Ann Lee (Riverbend)", "Ann Lee, for Riverbend"."""
    if not ctx.parsed:
        return []
    out, seen = [], set()
    cues = [i for i, w in enumerate(ctx.words) if w in PRIZE_CASED]
    for sent in (ctx.toks[i].sent for i in cues):
        if sent.start in seen:
            continue
        seen.add(sent.start)
        for i in range(sent.start + 1, sent.end - 1):
            w = ctx.words[i]
            if w == "by":
                out += _made_by(ctx, sent.start, i, people)
            if w not in {"for", "(", "of"} or (w == "(" and ctx.sports):
                continue
            if ctx.words[i - 1] in NAMED_FOR and w != "(":  # "nominated for Endgame", "premiere of X"
                out += listed_titles(ctx, i + 1, False)
                continue
            who = person_before(ctx, i - (ctx.words[i - 1] == ",")) if w != "of" else None
            if who is None:
                continue
            people.add(who)
            out += listed_titles(ctx, i + 1, w == "(")
    return out


def _made_by(ctx: DocCtx, first: int, i: int, people: set) -> list[Cand]:
    """A title right before "by" and a person's name ("The Glass Ferry by Ann Lee", "Who is Ann?
    by Tom Hale"), opening after a word in lower case or punctuation."""
    words = ctx.words
    e, who = i - (words[i - 1] in {"?", "!"}), person_after(ctx, i + 1)
    if who is None or e <= first or not words[e - 1][:1].isalnum():
        return []
    for s in range(max(first, e - TITLE_MAX), e):
        opens = s == first or not (words[s - 1][:1].isupper() or words[s - 1] in POSS_CUT)
        if opens and words[s][:1].isupper() and title_end(ctx, s) == e:
            span = title_span(ctx, s, award=True)
            if span is not None and span[1] == e and not personal(ctx, *span):
                people.add(who)
                return [Cand(*span, "WORK_OF_ART", "cue", CUE_WEIGHT)]
    return []


def _cut_before(ctx: DocCtx, m: Cand, found: list[Cand]) -> None:
    """A model span running into a title found after it ends before the words that join them
    ("Tom Hale for Riverbend", "Hector in The Glass Ferry"); a work's name left on a person's words
    becomes the person."""
    for t in found:
        if m.start < t.start < m.end:
            m.end = t.start
            owner = ctx.words[m.end - 1] in POSS_CUT
            while m.end > m.start and ctx.words[m.end - 1] in GLUE:
                m.end -= 1
            if m.end > m.start and (m.label == "WORK_OF_ART" or (owner and m.label in {"GPE", "LOC", "FAC"})):
                m.label = "PERSON" if _maker(ctx, m) else ""  # "Ann Lee's Closer" was one place
            return


def _maker(ctx: DocCtx, m: Cand) -> bool:
    """Two to four capitalised words, no body's head: a person ("Jean-Pierre Hale's The Return")."""
    toks = [t for t in ctx.toks[m.start : m.end] if t.text != "-"]
    return 2 <= len(toks) <= 4 and all(t.is_title for t in toks) and toks[-1].text not in ORG_HEADS


def _named_before(ctx: DocCtx) -> list[Cand]:
    """A title before the noun of its kind, after an owner's possessive ("Madonna's Confessions album")
    or "the" ("the Lord of the Rings trilogy", "the Harry Potter films"); no "BBC One show". A show
    named after its host takes its noun ("Radio 2's Jeremy Vine show")."""
    words, out = ctx.words, []
    for n, w in enumerate(words):
        k = n - (n > 2 and words[n - 1] in MEDIA and words[n - 2][:1].isupper())  # "the X DVD trilogy"
        if w not in OWNED_WORKS or k < 2 or not words[k - 1][:1].isupper():
            continue
        if (n + 1 < len(words) and words[n + 1][:1].isupper()) or (ctx.sports and w == "series"):
            continue  # "Ann Lee's West End musical Riverbend": the noun names what follows
        j = _run_start(words, k - 1)
        while j < k - 1 and not (words[j - 1] in DETS | POSS_CUT and words[j][:1].isupper()):
            j += 1  # "plays Hermione in the Harry Potter films"
        if words[j] == "The" and (j == 0 or words[j - 1] not in POSS_CUT):
            j += 1  # "The Achtung Baby album"
        owned = j > 1 and words[j - 1] in POSS_CUT and not ctx.ws[j - 2] and words[j - 2][:1].isalnum()
        inside = ctx.toks[j].ent_iob_ == "I" and ctx.toks[j].ent_type_ in {"DATE", "EVENT", "FAC"}
        if owned and (inside or gazetteer_label(norm(words[j - 2]))):
            continue  # "New Year's Eve programme", "London's West End musical"
        if j >= k or not (owned or (words[j - 1] in DETS and _set_work(ctx, j, k, n))) or ctx.in_caps(j):
            continue
        if any(ACRONYM.match(x) for x in words[j:k]) or title_end(ctx, j) not in {k, n}:
            continue
        span = title_span(ctx, j, dated=owned, headed=owned and w in SHOWS)  # "BBC One's X Academy series"
        if span is not None and span[1] in {k, n}:
            hosted = w == "show" and k == n and all(t.ent_type_ == "PERSON" for t in ctx.toks[j:k]) \
                and given_name(norm(words[j]))  # the host's
            out.append(Cand(j, k + hosted, "WORK_OF_ART", "cue", CUE_WEIGHT))  # name and "show" are its title
    return out


def _dated(ctx: DocCtx) -> list[Cand]:
    """A title with its year in brackets after it ("Airport (1970)", "The Boxer (1997) and ..."),
    without a player before "in" ("Ann Lee in Notes on Falling Leaves (1962)"), not a person's name
    ("Ann Lee (1950)") nor a sports report's team."""
    words, out = ctx.words, []
    if ctx.sports or "(" not in words:
        return out
    for i in [i for i, w in enumerate(words) if w == "("]:
        if not (0 < i < len(words) - 2 and words[i + 2] == ")" and YEAR.match(words[i + 1])):
            continue
        if not words[i - 1][:1].isalnum() or ctx.in_caps(i):
            continue
        k = _run_start(words, i - 1)
        span = title_span(ctx, k - (k == 1 and words[0][:1].isupper()))  # the run may open the text
        if span is None or span[1] != i:
            continue
        s = next((k + 1 for k in range(span[0] + 1, i - 1) if _player_in(ctx, k)), span[0])
        s += words[s] == "the"
        s -= s > 0 and words[s - 1].isdigit() and len(words[s - 1]) <= 3  # "12 Angry Men"
        if s < i and words[s][:1].isalnum() and not named_person(ctx, s, i):
            out.append(Cand(s, i, "WORK_OF_ART", "cue", CUE_WEIGHT))
    return out


def _versions(ctx: DocCtx) -> list[Cand]:
    """A title after a remake's or a sequel's words ("a remake of Riverbend", "the sequel to X"), in a
    story of the arts after a staging's ("a performance of X", "a production of X"); after
    "version of" or "creator of" in a story of the screen only ("the US version of The Office", "the
    creator of Family Ties"; software has versions and makers)."""
    words, out, screen = ctx.words, [], None
    for k in (k for k in range(1, len(words) - 1) if words[k] in TO_OF and (words[k - 1].lower(), words[k])
              in VERSION_CUES):
        screen = screen_heavy(ctx) if screen is None and words[k - 1].lower() in SCREEN_ONLY else screen
        low = words[k - 1].lower()
        if low in SCREEN_ONLY and not screen or low in STAGINGS and not _arts(ctx):
            continue
        span = title_span(ctx, k + 1, award=True)  # a body's head ends a title here ("The Office")
        if span is None or span[0] != k + 1 or ctx.in_caps(k):
            continue
        made = words[k - 1].lower() in MAKERS  # a maker's work the model calls a person, unless a given
        if given_name(norm(words[k + 1])) if made else named_person(ctx, *span):  # name opens it
            continue
        nxt = ctx.toks[span[1]] if span[1] < len(words) else None  # "a remake of Hollywood classic X"
        if not (nxt is not None and nxt.is_lower and nxt.pos_ in {"NOUN", "ADJ"} or any(
                ACRONYM.match(w) and w.strip("IVX") for w in words[span[0] : span[1]])):  # "of MSN Spaces"
            out.append(Cand(*span, "WORK_OF_ART", "cue", CUE_WEIGHT))
    return out


def _arts(ctx: DocCtx) -> bool:
    """A story of the screen, the stage or music, no sports report ("the production of Saabs", "a
    performance of Ann Lee" are no works)."""
    return not ctx.sports and sum(story_nouns(ctx)) >= SCREEN_MIN


def _player_in(ctx: DocCtx, k: int) -> bool:
    """Token k is "in" or "as" right after a name the model tags a person ("Ann Lee in ...")."""
    return ctx.words[k] in {"in", "as"} and ctx.toks[k - 1].ent_type_ == "PERSON"


def _small_words(run: list[str]) -> bool:
    """A capitalised word, then small ones ("Lord of the"; not "Hale and the")."""
    return run[0][:1].isupper() and all(w in SMALL and w not in {"and", "or"} for w in run[1:])


def _run_start(words: list[str], j: int) -> int:
    """First word of the run of capitalised words (small words between) that ends at word j."""
    while j > 1:
        small = next((n for n in (1, 2) if j > n and _small_words(words[j - n - 1 : j])), 0)
        if not (small or words[j - 1][:1].isupper()):
            return j
        j -= small or 1
    return j


def _set_work(ctx: DocCtx, j: int, k: int, n: int) -> bool:
    """After "the": a series' noun at n ("the Harry Potter films", "the X DVD trilogy"), or any kind's
    noun right after a title with small words inside that the model did not take whole ("the Lord of
    the Rings musical"); the title ends at k."""
    words = ctx.words
    if words[n] in SET_WORKS:
        return True
    if n != k:
        return False
    whole = ctx.toks[j].ent_iob_ == "B" and (k == len(words) or ctx.toks[k].ent_iob_ != "I")
    return any(w in SMALL for w in words[j + 1 : k - 1]) and not whole and words[k + 1 : k + 2] != ["of"]


def _prize_short_forms(ctx: DocCtx, cands: list[Cand]) -> None:
    """A one-word name the article also writes as a two-word prize ("the Whitbread" beside "the
    Whitbread Prize") is that prize."""
    words = ctx.words
    short = {words[c.start] for c in cands if c.end - c.start == 2 and words[c.end - 1] in PRIZE_HEADS}
    for c in cands:
        if c.end - c.start == 1 and words[c.start] in short and c.label in {"ORG", "PERSON", "GPE", "NORP"}:
            nxt = words[c.end] if c.end < len(words) else ""
            if not nxt[:1].isupper() and nxt not in POSS_CUT:
                c.label = "WORK_OF_ART"
