"""Names the model cut into parts, made whole before anything reads the parts as names of their own.

`join_parts` mends the model's spans: an institution's name whose "of <place or people>" tail the
model split off ("the Board of Elders" + "of Kelvish Settlers", "Civic Bank" + "of Norvia"); a
station named after a broadcaster's "Radio" ("KBC Radio" + "Seven Live", "KBC Radio" + "Norvia"); a
body's initials left before its name ("of KT" + "Ann Lee"); an East-Asian given name
in two hyphened parts cut at the hyphen ("Pak" + "Tae-gyu"); a title's first word read as a body
before a royal style ("Crown" of "Crown Princess Ann"), dropped; a person's name cut in two
people side by side ("Ketut Bagus" + "Wiranto"); a saint's name the model read as
the saint before a possessive and a place's class noun ("St Ivo's dock": FAC). All work on token
indices.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import lexicon as L
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand, DocCtx, plain_name
from pipeline.entities.channels import NUMBERS
from pipeline.entities.evidence import ACRONYM, CUE_WEIGHT, POSS
from pipeline.entities.gazetteer import WORLD, world

OF_HEADS = frozenset(WORLD["of_heads"])  # "Council", "Board": heads whose "of <place>" is in the name
FOR_HEADS = frozenset(WORLD["for_heads"])  # "Commission", "Foundation": heads whose "for <region>" is
PLACED = frozenset({"", "GPE", "LOC"})  # the model's tags of the region a "for" tail names
TAIL_LABELS = frozenset({"", "GPE", "NORP", "LOC"})  # the model's tags of a name's "of" tail
TAIL_MAX = 3
NAME_MAX = 4  # words of one person's name
PEOPLED = frozenset({"GPE", "NORP"})  # a place or a people the tail names
STATION_TAILS = frozenset({"Live", "Extra", "FM", "LW"})  # "Seven Live", "Eight Extra": a station's name
STATION_KINDS = frozenset({"country", "admin1", "region", "city"})  # "Radio Norvia", "Radio Kelby"
ROYAL_STYLES = frozenset(WORLD["royal_styles"])
SAINTS = frozenset({"St", "St.", "Saint"})
CLASS_NOUNS: dict[str, str] = L.CUES["class_nouns"]  # "dock" -> FAC, "river" -> LOC


def join_parts(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """The model's spans with the names it cut made whole (see the module's doc); the parts a
    whole swallowed are dropped (`_trimmed`)."""
    cands = [c for c in cands if not _title_body(ctx, c)]
    cands += [w for c in cands if (w := _station_title(ctx, c))]
    grown: list[Cand] = []
    starts = {c.start: c for c in cands}
    for c in sorted(cands, key=lambda c: c.start):
        if grown and c.start < grown[-1].end:
            continue
        if _person_run(ctx, c, starts.get(c.end)):
            c.end = starts[c.end].end
        elif e := _of_tail(ctx, c) or _for_tail(ctx, c) or _station(ctx, c):
            c.end, c.label = e, "ORG"
        elif e := _hyphened_given(ctx, c):
            c.end, c.label = e, "PERSON"
        elif _initialled(ctx, c):
            c.start, c.label = c.start - 1, "ORG"
        elif label := _saint_place(ctx, c):
            c.label = label
        else:
            continue
        grown.append(c)
    return _trimmed(ctx, cands, grown) if grown else cands


def _trimmed(ctx: DocCtx, cands: list[Cand], grown: list[Cand]) -> list[Cand]:
    """`cands` without the spans inside a grown one; a span running past a grown one's end starts
    after it and after a possessive there, a work there read as the station's title ("Seven Live's"
    + "Matchday", as `channels.channel_titles` reads one)."""
    out: list[Cand] = []
    for c in cands:
        g = next((g for g in grown if g is not c and g.start <= c.start < g.end), None)
        if g is not None and c.end <= g.end:
            continue
        if g is not None:
            owned = ctx.words[g.end] in POSS
            c.start = g.end + owned
            if c.start >= c.end:
                continue
            if owned and c.label == "WORK_OF_ART":
                c.src, c.weight = "cue", max(c.weight, CUE_WEIGHT)
        out.append(c)
    return out


def _of_tail(ctx: DocCtx, c: Cand) -> int | None:
    """The end of an institution's "of" tail the model cut off: its head ("Council", "Board" of "the
    Board of Elders") takes a place's or a people's name ("of Norvia", "of Kelvish Settlers"), title
    words the model tags as places or peoples or not at all, with a place or a people among them,
    ending the run of capitals."""
    words, toks, i = ctx.words, ctx.toks, c.end
    if c.label != "ORG" or i + 1 >= len(words) or words[i] != "of" or ctx.in_caps(c.start):
        return None
    span = words[c.start : c.end]
    head = span[span.index("of") - 1] if "of" in span[1:] else span[-1]
    if head not in OF_HEADS:
        return None
    e = i + 1
    while e < len(words) and e - i <= TAIL_MAX and toks[e].is_title and toks[e].is_alpha:
        e += 1
    if e == i + 1 or e - i > TAIL_MAX or (e < len(words) and words[e][:1].isupper()):
        return None
    tail = toks[i + 1 : e]
    if any(t.ent_type_ not in TAIL_LABELS for t in tail):
        return None
    named = toks[i + 1].ent_type_ in PEOPLED or L.gazetteer_label(ctx.norm_of(i + 1, e)) in PEOPLED
    return e if named else None


def _for_tail(ctx: DocCtx, c: Cand) -> int | None:
    """The end of a body's "for" tail the model cut off: a head serving a region ("Commission",
    "Foundation") takes a place's name, tagged as a place by the model or the gazetteer's ("the
    Economic Commission for Southern Norvia"), ending the run of capitals, no possessive after it
    ("the Commission for Norvia's rebate": the region's own)."""
    words, toks, i = ctx.words, ctx.toks, c.end
    if c.label != "ORG" or i + 1 >= len(words) or words[i] != "for" or words[i - 1] not in FOR_HEADS:
        return None
    e = i + 1
    while e < len(words) and e - i <= TAIL_MAX and toks[e].is_title and toks[e].is_alpha:
        e += 1
    after = words[e] if e < len(words) else ""
    if e == i + 1 or e - i > TAIL_MAX or after[:1].isupper() or after in POSS or ctx.in_caps(c.start):
        return None
    broken = any("\n" in w for w in ctx.ws[i - 1 : e - 1])
    if broken or any(t.ent_type_ not in PLACED for t in toks[i + 1 : e]):
        return None
    tagged = toks[i + 1].ent_iob_ == "B" and toks[i + 1].ent_type_ and toks[e - 1].ent_iob_ != "O"
    return e if tagged or L.gazetteer_label(ctx.norm_of(i + 1, e)) in {"GPE", "LOC"} else None


def _station(ctx: DocCtx, c: Cand) -> int | None:
    """The end of a station named after a broadcaster's "Radio": a number word or a short number
    ("Radio Five", "Radio 4", with "Live" or "Extra" after it) or a nation's, region's or city's
    name ("KBC Radio Norvia"), the model's span ending at "Radio"."""
    words, i = ctx.words, c.end
    if c.label != "ORG" or words[i - 1] != "Radio" or i >= len(words) or ctx.ws[i - 1] != " ":
        return None
    if words[i] in NUMBERS or (words[i].isdigit() and len(words[i]) == 1):
        e = i + 1
        return e + 1 if e < len(words) and ctx.ws[i] == " " and words[e] in STATION_TAILS else e
    for e in (i + 2, i + 1):
        if e > len(words) or not all(t.is_title for t in ctx.toks[i:e]):
            continue
        if any(p.kind in STATION_KINDS for p in world().places.get(ctx.norm_of(i, e), ())):
            return e if e >= len(words) or not words[e][:1].isupper() else None
    return None


def _station_title(ctx: DocCtx, c: Cand) -> Cand | None:
    """A station's name the model read as a work or a person ("told Seven Live") is a body; one it
    ran into the programme after the station's possessive ("Seven Live's Matchday") ends there, the
    programme returned as a work of its own."""
    words = ctx.words
    k = next((k for k in range(c.start, c.end - 1) if words[k] in NUMBERS and words[k + 1] in STATION_TAILS),
             None)
    if k is None or not all(ACRONYM.match(w) or w == "Radio" for w in words[c.start : k]):
        return None
    e = k + 2
    if e == c.end:
        c.label = "ORG"
        return None
    if words[e] not in POSS or e + 1 >= c.end:
        return None
    title = Cand(e + 1, c.end, "WORK_OF_ART", "cue", CUE_WEIGHT)
    c.end, c.label = e, "ORG"
    return title


def _person_run(ctx: DocCtx, c: Cand, d: Cand | None) -> bool:
    """The model's two people side by side with one space between, four words at most, all title
    words of a plain name, neither all common nouns, on a line of mixed case ("Ketut Bagus" +
    "Wiranto"): one person's name the model cut; two people are never written so in running text."""
    if d is None or c.label != "PERSON" or d.label != "PERSON" or d.end - c.start > NAME_MAX:
        return False
    a0, b0 = ctx.lines[ctx.line_of(c.start)]
    if ctx.ws[c.end - 1] != " " or ctx.in_caps(c.start) or L.is_table_row(ctx.text[a0:b0]):
        return False
    words = ctx.toks[c.start : d.end]
    if not all(t.is_title and t.is_alpha for t in words) or _common_words(ctx, c) or _common_words(ctx, d):
        return False
    return plain_name(ctx.doc, c.start, d.end)


def _common_words(ctx: DocCtx, c: Cand) -> bool:
    """Every word of `c` a common noun and no given name ("Sex Pistol"): a description, no name."""
    return all(W.common_noun(L.fold(w)) and not L.given_name(L.norm(w)) for w in ctx.words[c.start : c.end])


def _hyphened_given(ctx: DocCtx, c: Cand) -> int | None:
    """The end of a given name in two hyphened syllables right after a one-word family name
    ("Pak" + "Tae-gyu"): a title-case part, a hyphen with no spaces, a lower-case part, neither
    part an English word (nor only the second if short: "Ki-sun"), no tag of the model on them."""
    words, toks, i = ctx.words, ctx.toks, c.end
    if c.end - c.start != 1 or i + 3 > len(words) or ctx.ws[i - 1] != " " or not toks[c.start].is_title:
        return None
    first, dash, second = words[i : i + 3]
    if dash != "-" or ctx.ws[i] or ctx.ws[i + 1] or not first.istitle() or not second.isalpha():
        return None
    if not second.islower() or any(t.ent_type_ for t in toks[i : i + 3]) or W.english_word(first.lower()):
        return None
    if W.english_word(second) and len(second) > 4:
        return None  # "Nokia-sponsored"
    after = words[i + 3] if i + 3 < len(words) else ""
    return i + 3 if not (after == "-" or after[:1].isupper() and ctx.ws[i + 2] == " ") else None


def initialled_bodies(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """After the vote, the initials before a name voted a body, which the model may have called a
    person ("of KT" + "Ann Lee - a property firm -"): the body's name starts at them."""
    for c in cands:
        key = key_of(ctx, c)
        if labels.get(key) == "ORG" and _initialled(ctx, Cand(c.start, c.end, "ORG")):
            c.start, c.label = c.start - 1, "ORG"
            labels[key_of(ctx, c)] = "ORG"


def _initialled(ctx: DocCtx, c: Cand) -> bool:
    """Two or three capitals the model left out right before a body it found of two title words or
    more ("of KT" + "Ann Lee", "the KX" + "Bulletin Board"): the body's initials, not a title ("MP",
    "DJ"), a place ("UK") or a word after another capitalised one."""
    i = c.start - 1
    if c.label != "ORG" or i < 1 or c.end - c.start < 2 or ctx.in_caps(c.start):
        return False
    word, tok = ctx.words[i], ctx.toks[i]
    if not (2 <= len(word) <= 3 and word.isalpha() and word.isupper()) or tok.ent_iob_ != "O":
        return False
    if tok.whitespace_ != " " or L.is_title_word(word) or L.known_place(L.fold(word)):
        return False
    return not ctx.words[i - 1][:1].isupper() and all(t.is_title for t in ctx.toks[c.start : c.end])


def _saint_place(ctx: DocCtx, c: Cand) -> str | None:
    """The label of a place named after a saint that the model read as the saint ("St Ann's dock",
    "St Ivo's hospital"): the class noun's after the possessive."""
    words, e = ctx.words, c.end
    if c.label != "PERSON" or c.end - c.start < 2 or words[c.start] not in SAINTS or e + 1 >= len(words):
        return None
    return CLASS_NOUNS.get(words[e + 1]) if words[e] in POSS else None


def _title_body(ctx: DocCtx, c: Cand) -> bool:
    """A title's first word the model read as a body before a royal style and a person's name
    ("Crown" of "Crown Princess Ann"): no name of its own."""
    i = c.end
    if c.label != "ORG" or c.end - c.start != 1 or i + 1 >= len(ctx.words):
        return False
    if L.fold(ctx.words[c.start]) not in L.TITLE_MODIFIERS or ctx.words[i] not in ROYAL_STYLES:
        return False
    return ctx.toks[i + 1].ent_type_ == "PERSON" or ctx.toks[i + 1].is_title
