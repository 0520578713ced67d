"""Bands and works of entertainment news, read from what the article does with a name.

`slot_labels` reads the slot before a person's credit noun: "Aviator star Jo Hale", "the Friends
actor", "Keane singer Tom Chaplin". What a member of a band is called ("singer", "frontman",
"drummer") makes the name a band (ORG); what a performer or maker of a screen work is called
("actor", "creator", "director") makes it a work; "star" makes a band of a name the article treats
as one, and a work of any other, unless the model calls it a body outside a screen story.
`band_labels` makes a name voted a person or a work an organisation where the article treats it as
a band: a plural verb ("Keane have"), a member "of" it ("frontman of Keane"), a member's slot, a
player after its possessive ("Keane's Tom Chaplin"), a group's prize ("won best British group"), the
maker of a title ("Soldier, by Destiny's Child"). A name the article treats as a person (a title,
"Mr", "he", a given name first) is never changed.
All work on token indices."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import firms as FM
from pipeline.entities import tokens as TK
from pipeline.entities.calendarnames import plural_day
from pipeline.entities.candidates import EVIDENCE, Cand, DocCtx, by_key, relabel
from pipeline.entities.evidence import ACRONYM, CUES, FACILITY_HEADS, GROUP_NOUNS, POSS_CUT
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import ORG_HEADS, census_given, gazetteer_label, norm
from pipeline.entities.names import given_name_first
from pipeline.entities.performers import apposed_head
from pipeline.entities.relatives import plural_relative
from pipeline.entities.words import generic_key, lower_words

MEMBERS = frozenset(
    {"singer", "singers", "frontman", "frontwoman", "bassist", "guitarist", "guitarists", "drummer",
     "keyboardist", "vocalist", "rapper", "dancer", "dancers", "member", "members"}
)  # what a band's members are called: "Keane singer Tom Chaplin", "frontman of Keane"
SCREEN = frozenset(
    {"actor", "actress", "actors", "actresses", "co-star", "co-stars", "creator", "creators", "director",
     "directors", "writer", "writers", "producer", "producers", "screenwriter", "author", "authors"}
)  # what a work's makers and players are called: "Ray director Taylor Hackford", "Moon Kite author Ann Lee"
STARS = frozenset({"star", "stars"})
VENUE_HEADS = frozenset(CUES["venue_heads"])
CREDITS = SCREEN - {"co-star", "co-stars"} | STARS  # a work's credit: "Harry Potter director X"
MAKERS = frozenset({"director", "directors", "producer", "producers", "writer", "writers", "author",
                    "authors"})  # a firm's too: "Warner producer X", "Kestrel Books author Y"
SLOT_LEADS = frozenset({"the", "former", "ex", "a", "an", "fellow", "his", "her", "their"})
PLURAL = frozenset({"are", "have", "were", "'re", "'ve"})
LISTING = frozenset({"and", "&", ",", "or", "nor"})
BAND_PRIZES = frozenset({"group", "band"})  # "won best British group"
MUSIC_NOUNS = frozenset(
    {"album", "albums", "single", "singles", "band", "bands", "gig", "gigs", "tour", "song", "songs", "chart",
     "charts", "concert", "concerts", "music", "record", "records"}
)
SCREEN_NOUNS = frozenset({"film", "films", "movie", "movies", "series", "sitcom", "show", "shows", "drama",
                          "soap", "episode", "episodes", "cinema", "programme", "comedy", "role", "roles"})
SCREEN_MIN = 3
SLOT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "LAW"})  # Kill Bill
SLOT_WEIGHT = 20.0
SLOT_NOUNS = (MEMBERS | SCREEN | STARS) - {"member", "members"}
WON = frozenset({"won", "wins", "took", "scooped", "collected", "picked"})
SHOW_NOUNS = MUSIC_NOUNS | {"performance", "performances", "debut"}
NOT_SUBJECT = frozenset({"conj", "appos", "dobj", "pobj", "attr"})
VERBS = frozenset({"VERB", "AUX", "ADV"})
PLURALS = frozenset({"NNS", "NNPS"})
STOPS = frozenset({".", "!", "?", '"', "\u201c", "\u201d", "he", "she", "his", "her", "him"})
SIGNS_BEFORE = frozenset({"of", "with", "by"} | GROUP_NOUNS)
STAGE_VERBS = frozenset({"played", "plays", "headlined", "headlines", "took"})  # "X played a gig"
STAGE_OBJECTS = frozenset({"gig", "gigs", "show", "shows", "set", "stage", "fans", "crowd", "concert"})
FORMED = frozenset({"formed", "founded", "fronts", "fronted"})  # "X, which he formed": no person
WHICH = frozenset({"which", "that", "who"})
SIGNS_AFTER = SLOT_NOUNS | PLURAL | POSS_CUT | WON | STAGE_VERBS | {"lead", ","}
BAND_ABLE = frozenset({"PERSON", "WORK_OF_ART", "GPE", "LOC"})  # a place only where no gazetteer's
THEIRS = frozenset({"PERSON", "WORK_OF_ART"})  # "X came third for their gig", a work to the model too
NAME_MAX = 3  # words of a person's full name after a band's possessive
JOINING = frozenset({"of", "the", "a", "in", "on"})  # small words inside a title ("and" joins two names)


def act_labels(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> list[Cand]:
    """Label the names that fill a credit noun's slot (`slot_labels`), then the bands among the names
    voted a person or a work (`band_labels`); returns the slot names no finder took."""
    if ctx.sports:
        return []
    found = _slot_runs(ctx, cands) if not SLOT_NOUNS.isdisjoint(ctx.words) else []
    keyed = by_key(ctx, [c for c in cands if c.end > c.start] + found, key_of)
    bands = {k for k, ms in keyed.items() if _band_able(ctx, ms, labels.get(k)) and _band_signs(ctx, ms)}
    slot_labels(ctx, keyed, bands, labels, key_of)
    band_labels(ctx, keyed, bands, labels, key_of)
    for c in found:
        labels.setdefault(key_of(ctx, c), c.label)
    return found


def slot_labels(ctx: DocCtx, by_key: dict[str, list[Cand]], bands: set[str], labels: dict[str, str],
                key_of: Callable) -> None:
    """Label the names that fill a credit noun's slot (see the module's doc), on every mention;
    the whole run of capitalised words before the noun is the name ("21 Grams star", not "Grams")."""
    screen = None
    for key, ms in by_key.items():
        nouns = {n for c in ms if (n := _slot_noun(ctx, c))}
        firm = bool(nouns & (MEMBERS | CREDITS))  # a given name first alone keeps no person here
        if not nouns or not _slot_able(ctx, key, ms, labels.get(key, ms[0].label), firm):
            continue
        if nouns & MEMBERS or key in bands:
            label = "ORG"
        elif nouns <= MAKERS and _firm(ctx, ms, labels.get(key, ms[0].label)):
            continue  # "Warner producer Jo Hale", "Globe Theatre director Ann Lee": a body's
        elif nouns & SCREEN:
            label = "WORK_OF_ART"
        else:  # "star" alone: a work where the model calls the name a body only in a screen story
            screen = screen_story(ctx) if screen is None else screen
            if labels.get(key) == "ORG" and not screen:
                continue  # "Keane star", "the former Wallabies star"
            found_only = all(c.src == "rule" for c in ms)  # "the ex-Smiths star" in a music story
            label = "WORK_OF_ART" if screen or not found_only else "ORG"
        _set(ctx, ms, labels, key_of, label)


def _slot_runs(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Grow a name cut short before a credit noun to the run of capitalised words there ("Grams" of
    "21 Grams star"); returns the runs no candidate touched ("Scrubs star Zach Braff")."""
    words, out = ctx.words, []
    at = {i: c for c in cands for i in range(c.start, c.end)}
    for k, w in enumerate(words[1:-1], 1):
        if w not in SLOT_NOUNS or ctx.in_caps(k):
            continue
        span = _run_before(ctx, k)
        if span is None:
            continue
        touched = list({id(at[i]): at[i] for i in range(*span) if i in at}.values())
        if len(touched) > 1 or any(c.start < span[0] or c.end > span[1] for c in touched):
            continue  # two names, or a name reaching out of the run
        if touched:
            touched[0].start, touched[0].end = span
        elif w not in MAKERS or _inner_article(ctx, *span):  # "Globe Theatre director": a body's maybe
            c = Cand(*span, "ORG" if w in MEMBERS else "WORK_OF_ART", "rule", SLOT_WEIGHT)
            ctx.take(c)
            out.append(c)
    return out


def _run_before(ctx: DocCtx, k: int) -> tuple[int, int] | None:
    """The capitalised words (small words and short numbers between) right before token k, without
    an opening word the article writes in lower case ("Former", "Veteran") or a people's name."""
    words, toks = ctx.words, ctx.toks
    if not words[k - 1][:1].isupper() or "\n" in ctx.ws[k - 1]:
        return None
    s = k - 1
    while s > 0 and "\n" not in ctx.ws[s - 1] and not toks[s].is_sent_start:
        prev = words[s - 1]
        if prev[:1].isupper() or (prev.isdigit() and len(prev) <= 3):
            s -= 1
        elif prev in JOINING and s > 1 and words[s - 2][:1].isupper():
            s -= 2
        else:
            break
    low = words[s].lower()
    if _opening(ctx, s) and (low in lower_words(ctx) or generic_key(low)) and not plural_day(words, s + 1):
        s += 1  # "Former Boyzone singer", "Veteran actor"; not "Wild" of "Wild Sundays"
    while s < k and (_known(words[s]) or not words[s][:1].isalnum()):
        s += 1  # "US TV star", "British actress"
    while s < k and not words[s][:1].isupper() and not words[s][:1].isdigit():
        s += 1
    cut = s > 0 and (words[s - 1] in POSS_CUT or (words[s - 1] in {"and", "&"} and k - s == 1))
    if s >= k or cut or any(w in POSS_CUT for w in words[s:k]):
        return None  # "Ann Lee's star", "Only Fools and Horses star": a name this run does not hold
    if any(t.ent_type_ in {"DATE", "TIME", "NORP", "GPE"} and not plural_day(words, t.i) for t in toks[s:k]):
        return None
    low = words[s].lower()
    if k - s == 1 and (generic_key(low) or toks[s].is_stop or low in lower_words(ctx)):
        return None  # "Its star", "Film star"
    return s, k


def _inner_article(ctx: DocCtx, s: int, e: int) -> bool:
    """A run with "the" or "a" inside and no body's head, in a story of the screen: a title's
    ("Touching the Void director"), no body's ("Bank of England director")."""
    words = ctx.words[s:e]
    inner = any(w in {"the", "a"} for w in words[1:-1]) and words[-1] not in ORG_HEADS
    return inner and screen_story(ctx)


def _known(word: str) -> bool:
    """A place, a people or an acronym: no first word of a band's or a work's name here."""
    return bool(gazetteer_label(norm(word)) or ACRONYM.match(word))


def _opening(ctx: DocCtx, s: int) -> bool:
    prev = ctx.toks[s - 1] if s > 0 else None
    return prev is None or ctx.toks[s].is_sent_start or prev.is_space or prev.text in {".", "!", "?", '"'}


def band_labels(ctx: DocCtx, by_key: dict[str, list[Cand]], bands: set[str], labels: dict[str, str],
                key_of: Callable) -> None:
    """A name voted a person, a work or an unknown place that the article treats as a band is an
    organisation."""
    for key in bands:
        ms = by_key[key]
        label = labels.get(key, ms[0].label)
        listed = any("and" in ctx.words[c.start : c.end] for c in ms)  # "Sideways and Finding Neverland are"
        if label not in BAND_ABLE or _place(key) or listed:
            continue  # "Devon singer Jo Hale"
        if label == "WORK_OF_ART" and any(c.src in EVIDENCE for c in ms):
            continue  # a cue made it a work ("the single Wooden Heart")
        if not _person(ctx, ms):
            _set(ctx, ms, labels, key_of, "ORG")


def _person(ctx: DocCtx, ms: list[Cand]) -> bool:
    """A person's sign beyond doubt, or two soft ones (`firms.person_signs`): a band's sign outweighs
    one soft sign alone, such as a given name first ("Franz Ferdinand have")."""
    hard, soft = FM.person_signs(ctx, ms)
    return hard or soft > 1


def _set(ctx: DocCtx, ms: list[Cand], labels: dict[str, str], key_of: Callable, label: str) -> None:
    """`relabel`, the mentions weighed as a slot's reading."""
    relabel(ctx, ms, labels, key_of, label)
    for c in ms:
        c.weight = max(c.weight, SLOT_WEIGHT)


def _slot_noun(ctx: DocCtx, c: Cand) -> str | None:
    """The credit noun right after the name, when a person's name follows it or a determiner opens
    the slot ("Aviator star Jo Hale", "the Friends actor")."""
    words, n = ctx.words, len(ctx.words)
    if c.end >= n or (words[c.end] not in SLOT_NOUNS and words[c.end] != "lead"):
        return None
    k = c.end + (words[c.end] == "lead")  # "Keane lead singer"
    if k + 1 >= n or "\n" in ctx.ws[c.end - 1]:
        return None
    noun = words[k].lower()
    if noun not in SLOT_NOUNS or not words[k].islower():
        return None
    named = words[k + 1][:1].isupper() and words[k + 1].isalpha() and ctx.toks[k + 1].pos_ == "PROPN"
    led = c.start > 0 and words[c.start - 1].lower().strip("-") in SLOT_LEADS
    return noun if named or led else None


def _slot_able(ctx: DocCtx, key: str, ms: list[Cand], label: str, members: bool = False) -> bool:
    """A name that may be a work or a band: no place, people, acronym, body's head or person (a
    band's member's noun or a work's credit outweighs a given name first: "Manfred Mann singer Paul
    Jones", "Billy Elliot director X")."""
    words = ctx.words
    if label not in SLOT_LABELS or _place(key):
        return False
    for c in ms:
        toks = words[c.start : c.end]
        headed = toks[-1] in ORG_HEADS and toks[0] != "The"  # "Home Office"; not "The Office star"
        if any(ACRONYM.match(w) for w in toks) or headed or c.src == "def":
            return False
    return label != "PERSON" or not (_person(ctx, ms) if members else FM.personal(ctx, ms))


def _place(key: str) -> bool:
    """A name of the gazetteer, or one it knows as a place named like a person ("Devon")."""
    return bool(gazetteer_label(key)) or key in world().places or key in world().located


def _firm(ctx: DocCtx, ms: list[Cand], label: str) -> bool:
    """A body's name: a mention after a company noun ("the studio Warner"), or words ending in a
    common noun that the model calls a body or a place ("Globe Theatre"; not "Kill Bill")."""
    words = ctx.words
    headed = any(c.end - c.start > 1 and _body_head(ctx, words[c.end - 1]) for c in ms)
    generic = headed and label in {"ORG", "FAC", "GPE", "LOC"}
    return generic or any(c.start > 0 and FM.firm_noun(words[c.start - 1]) for c in ms)


def _body_head(ctx: DocCtx, word: str) -> bool:
    """A last word that may head a body with a director or a producer: a common noun, but in a story
    of the screen only a body's, a venue's or a building's ("Globe Theatre"; not "Cold Harbour" or "Lantern
    Hill", a film's title)."""
    if not generic_key(word.lower()):
        return False
    if word in ORG_HEADS or word.lower() in VENUE_HEADS or word in FACILITY_HEADS:
        return True
    return not screen_heavy(ctx)


def screen_heavy(ctx: DocCtx) -> bool:
    """A story of the screen: film and television nouns, three at least, outnumber music ones."""
    screen, music = story_nouns(ctx)
    return screen >= SCREEN_MIN and screen > music


def screen_story(ctx: DocCtx) -> bool:
    """The article speaks of the screen more than of music."""
    screen, music = story_nouns(ctx)
    return screen > music


def story_nouns(ctx: DocCtx) -> tuple[int, int]:
    """How many film and television nouns and how many music nouns the article uses (counted once)."""
    if ctx.story_nouns is None:
        low = TK.of(ctx.doc).lowers
        ctx.story_nouns = (sum(map(SCREEN_NOUNS.__contains__, low)), sum(map(MUSIC_NOUNS.__contains__, low)))
    return ctx.story_nouns


def _band_able(ctx: DocCtx, ms: list[Cand], label: str | None) -> bool:
    """Only a name voted a person, a work or a place the gazetteer does not know ("members of Abba"),
    or one before a credit noun, may turn out a band."""
    return label in BAND_ABLE or any(_slot_noun(ctx, c) for c in ms)


def _band_signs(ctx: DocCtx, ms: list[Cand]) -> bool:
    """Some mention of the name has a band's sign, or is a subject "their" points back to; in a music
    story, a plural after "the" or a word with digits."""
    if any(_band_sign(ctx, c) for c in ms) or (ctx.parsed and any(_their_after(ctx, c) for c in ms)):
        return True
    return any(_the_plural(ctx, c) or _with_digits(ctx, c) for c in ms) and music_story(ctx)


def _with_digits(ctx: DocCtx, c: Cand) -> bool:
    """One word of capitals and digits ("XR9", "B52"): no person's nor place's name, in a music story an
    act's."""
    word = ctx.words[c.start]
    return c.end - c.start == 1 and word[:1].isupper() and word.isalnum() and not word.isalpha()


def _the_plural(ctx: DocCtx, c: Cand) -> bool:
    """A one-word name voted a person, written as a plural after a small "the" ("the Beatles"), whose
    singular is no word of the article ("the Hales" beside "Tom Hale" is a family)."""
    words, s = ctx.words, c.start
    name = words[s]
    if c.label != "PERSON" or c.end - s != 1 or s == 0 or words[s - 1] != "the":
        return False
    return len(name) > 3 and name.endswith("s") and not name.endswith("ss") and name[:-1] not in ctx.words


def music_story(ctx: DocCtx) -> bool:
    """The article speaks of music, twice at least, more than of the screen."""
    screen, music = story_nouns(ctx)
    return music >= 2 and music > screen


def _band_sign(ctx: DocCtx, c: Cand) -> bool:
    """Some word around the mention treats the name as a band's (see the module's doc)."""
    words, n, s, e = ctx.words, len(ctx.words), c.start, c.end
    prev = words[s - 1].lower() if s > 0 else ""
    if prev not in SIGNS_BEFORE and (e >= n or words[e].lower() not in SIGNS_AFTER):
        return False  # the common case, cheaply
    if _slot_noun(ctx, c) in MEMBERS:
        return True
    owner = e < n and words[e] in POSS_CUT  # "a member of Ann Lee's chambers": of the chambers
    if prev in {"of", "with"} and s > 1 and words[s - 2].lower() in MEMBERS and not owner:  # "frontman of X"
        return True
    if prev in GROUP_NOUNS and s > 1 and words[s - 2].lower() == "the":  # "the band Keane"
        return True
    if e < n and words[e] in POSS_CUT and e + 1 < n and words[e + 1].lower() in MEMBERS:
        return True  # "Keane's frontman"
    if e < n and words[e] in POSS_CUT and _owned_person(ctx, c):  # "Velvet Owls' Jo Hale"
        return True
    if _apposed_group(ctx, c):  # "X, the Glasgow four-piece"
        return True
    if _formed_by(ctx, c) or _on_stage(ctx, c):
        return True
    return _plural_subject(ctx, c) or _group_prize(ctx, c) or _maker_of_title(ctx, c)


def _formed_by(ctx: DocCtx, c: Cand) -> bool:
    """A relative clause says someone formed or fronts the name: "X, which he formed in 2003"."""
    words, e = ctx.words, c.end
    if e + 3 >= len(words) or words[e] != "," or words[e + 1].lower() not in WHICH:
        return False
    return ctx.toks[e + 2].tag_ == "PRP" and words[e + 3].lower() in FORMED


def _on_stage(ctx: DocCtx, c: Cand) -> bool:
    """In a music story, a name with no given name first plays a show or takes the stage: "X played
    a gig", "X played for 900 fans", "X took the stage"."""
    words, e = ctx.words, c.end
    if e >= len(words) or words[e].lower() not in STAGE_VERBS or given_name_first(ctx, c):
        return False
    if not any(w.lower() in STAGE_OBJECTS for w in words[e + 1 : e + 6]) or "." in words[e + 1 : e + 6]:
        return False
    return music_story(ctx)


def _owned_person(ctx: DocCtx, c: Cand) -> bool:
    """In a music story, a person's full name (a census given name first, two or three capitalised
    words) of another surname right after the possessive of a name of several words with no given
    name first ("Velvet Owls' Jo Hale": the band's player; not "Madonna's Guy Hale", her husband)."""
    words, n, e = ctx.words, len(ctx.words), c.end + 1
    if c.end - c.start < 2 or e + 1 >= n or not census_given(words[e].lower()) or not music_story(ctx):
        return False
    k = e
    while k < n and k - e <= NAME_MAX and words[k][:1].isupper() and words[k].isalpha():
        k += 1
    if not 2 <= k - e <= NAME_MAX or words[k - 1].lower() == words[c.end - 1].lower():
        return False  # "Ann Hale's Tom Hale": a relative
    return ctx.toks[e].pos_ == "PROPN" and not given_name_first(ctx, c)


def _apposed_group(ctx: DocCtx, c: Cand) -> bool:
    """A band's noun heads a short apposition after the name: "X, the band who", "X, a four-piece"."""
    head = apposed_head(ctx.words, c.end)
    return head is not None and (head in GROUP_NOUNS or head.endswith("-piece"))


def _their_after(ctx: DocCtx, c: Cand) -> bool:
    """A name voted a person is alone the subject of the verb right after it, and the first word after
    it in its sentence that can point back to it is "their" before a music noun ("X came third for
    their August gig"): no person, body, plural or group's noun between."""
    doc, s, e = ctx.doc, c.start, c.end
    if c.label not in THEIRS:
        return False  # the cheap test first
    root = ctx.root(s, e)
    listed = (s > 0 and ctx.toks[s - 1].lower_ in LISTING) or any(t.dep_ == "conj" for t in root.children)
    if root.dep_ != "nsubj" or listed or e >= len(doc) or ctx.toks[e].pos_ not in VERBS:
        return False
    for t in doc[e : min(len(doc), e + 16)]:
        if t.is_sent_start or t.lower_ in STOPS or t.ent_type_ in {"PERSON", "ORG"} or t.tag_ in PLURALS:
            return False
        if t.lower_ in GROUP_NOUNS:
            return False
        if t.lower_ == "their":  # "for their gig", "their debut album"; not "for their charity"
            return any(w.lower() in SHOW_NOUNS for w in ctx.words[t.i + 1 : t.i + 6])
    return False


def _plural_subject(ctx: DocCtx, c: Cand) -> bool:
    """The name alone is the subject of a plural verb right after it ("Keane have", "Franz Ferdinand
    are") or after a relative clause (`relatives.plural_relative`: "X, who formed in 2002, were"):
    not one of a list, nor the object of a preposition ("fans of Tom Hale are")."""
    doc, s, e = ctx.doc, c.start, c.end
    if e < len(doc) and ctx.words[e] == ",":
        return plural_relative(doc, s, e) and not (s > 0 and ctx.toks[s - 1].pos_ == "ADP")
    if e >= len(doc) or ctx.toks[e].lower_ not in PLURAL or ctx.toks[e].tag_ not in {"VBP", "VBD"}:
        return False
    before = ctx.toks[s - 1] if s > 0 else None
    if before is not None and (before.lower_ in LISTING or before.pos_ == "ADP"
                               or ctx.words[s - 1] in POSS_CUT):
        return False  # "fans of X are", "the party's X were among them": one of a list
    if ctx.words[e - 1].endswith("s") and e - s == 1:
        return False  # "the Sopranos are": a plural of its own
    root = ctx.root(s, e)
    opens = s == 0 or ctx.toks[s - 1].is_space or "\n" in ctx.ws[s - 1]  # a headline runs into the line
    if (root.dep_ in NOT_SUBJECT and not opens) or any(t.dep_ in {"amod", "nummod"} for t in root.children):
        return False  # "the boys playing X are", "the first black X were dismissed"
    return not any(t.dep_ == "conj" for t in root.children)


def _group_prize(ctx: DocCtx, c: Cand) -> bool:
    """The name won a group's prize: "X won best British group"."""
    words, e = ctx.words, c.end
    if e + 2 >= len(words) or words[e].lower() not in WON:
        return False
    k = e + 1 + (words[e + 1].lower() in {"the", "up"})  # "picked up best British group"
    if words[k].lower() != "best":
        return False
    return any(w.lower() in BAND_PRIZES for w in words[k + 1 : k + 4])


def _maker_of_title(ctx: DocCtx, c: Cand) -> bool:
    """The name the model took for a work is the maker after a title and "by": "Soldier, by X"."""
    words, s = ctx.words, c.start
    if c.label != "WORK_OF_ART" or s < 3 or words[s - 1] != "by":
        return False
    title = words[s - 2 - (words[s - 2] == ",")]
    return title[:1].isupper() and any(w in POSS_CUT for w in words[s + 1 : c.end - 1])
