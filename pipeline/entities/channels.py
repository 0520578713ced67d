"""Broadcasters' channels and stations, and the programmes they own.

A channel is written in a shape of its own: a broadcaster's acronym glued to a digit ("ITV1",
"BBC2"), an acronym, "Channel" or "Radio" before a number ("Channel 4", "BBC One", "Radio 5"), or a
name ending in a band's or a medium's word ("Heart FM", "Smooth Radio"). `channel_labels` makes such
a name an organisation whatever the model guessed (a people before "show", a work after "other
than"); `channel_titles` reads the title after a channel's possessive ("Channel 4's Restless") as a
work (`possessed_title` reads such a title, for `films.presented` too); `channel_led` tells whether
a name follows a channel and a programme's noun ("its BBC One rival X"); `untagged_channels` takes
"Channel" or "Radio" and a number the model left out ("the Channel 6 show"). All work on token indices.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.evidence import ACRONYM, CUE_WEIGHT, EVENT_WORDS, POSS_CUT, title_end
from pipeline.entities.lexicon import ORG_HEADS, OUTLET_ARMS, gazetteer_label, world
from pipeline.entities.names import given_name_first

WORK = "WORK_OF_ART"
GLUED = re.compile(r"^[A-Z]{2,3}[1-9]$")  # "ITV1", "BBC2"; not "MPEG4"
NUMBERS = frozenset({"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"})
LEADS = frozenset({"Channel", "Radio"})
BANDS = frozenset({"FM", "AM", "Radio", "TV"})  # "Heart FM", "Smooth Radio", "Sky TV"
RELABELLED = frozenset({"NORP", "WORK_OF_ART", "PERSON", "GPE", "LOC", "PRODUCT", "EVENT", "FAC"})
PROGRAMME_NOUNS = frozenset(
    {"rival", "rivals", "show", "soap", "drama", "series", "sitcom", "comedy", "programme", "hit", "serial"}
)  # "its BBC One rival X"
TITLE_MAX = 8
PRIZES = frozenset({"award", "awards", "prize", "prizes"})
TAGS = frozenset({"", WORK, "ORG", "PERSON", "GPE"})  # the model's tags a programme's first word may carry
ARM_RELABELLED = frozenset({"NORP", "PERSON", "GPE", "LOC", "FAC"})  # not a work or event: "X Sport Awards"


def channel_shaped(words: list[str]) -> bool:
    """The words of a channel's or a station's name (see the module's doc)."""
    if not words:
        return False
    if len(words) == 1:
        return bool(GLUED.match(words[0]))
    first, last = words[0], words[-1]
    if len(words) == 2 and (ACRONYM.match(first) or first in LEADS):
        return last in NUMBERS or last.isdigit() and len(last) <= 2  # "Channel 4"; not "Boeing 747"
    return last in BANDS and words[-2][:1].isupper()


def untagged_channels(ctx: DocCtx) -> list[Cand]:
    """A channel's name of "Channel" or "Radio" and a number ("Channel 6", "Radio Nine") in words no
    name holds: an organisation."""
    words, out = ctx.words, []
    if LEADS.isdisjoint(words):
        return out
    for k, w in enumerate(words[:-1]):
        if w in LEADS and ctx.ws[k] != "" and channel_shaped(words[k : k + 2]) and ctx.free(k, k + 2):
            if k + 2 < len(words) and (words[k + 2][:1].isdigit() or words[k + 2] == "times"):
                continue  # "Radio 4 5" of a table, "crossed the Channel 3 times": no name
            c = Cand(k, k + 2, "ORG", "rule")
            ctx.take(c)
            out.append(c)
    return out


def channel_labels(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """A channel's name the model gave another label is an organisation ("ITV1" NORP before "show");
    not a product's or a programme's glued number ("DB9", "TOTP2"), nor a prize's name ("the Sony
    Radio awards")."""
    words = ctx.words
    for key, ms in by_key(ctx, cands, key_of).items():
        label = labels.get(key)
        if label not in RELABELLED or (label in {"PRODUCT", WORK} and " " not in key):
            continue
        if any(c.end < len(words) and words[c.end].lower() in PRIZES for c in ms):
            continue
        if all(channel_shaped(words[c.start : c.end]) for c in ms):
            relabel(ctx, ms, labels, key_of, "ORG")
        elif label in ARM_RELABELLED and all(_arm(ctx, c, labels, key_of) for c in ms):
            relabel(ctx, ms, labels, key_of, "ORG")  # "told BBC Sport", "BBC Sport Wales"


def _arm(ctx: DocCtx, c: Cand, labels: dict[str, str], key_of: Callable) -> bool:
    """A broadcaster's or a firm's arm: an arm's word ("Sport", "News") second in the name, after a
    body's initials ("BBC Sport Wales") or a word the article names as a body alone ("Kestrel TV")."""
    words = ctx.words
    if c.end - c.start < 2 or words[c.start + 1] not in OUTLET_ARMS:  # "BBC Sport": an arm
        return False
    first = words[c.start]
    return bool(ACRONYM.match(first)) or labels.get(key_of(ctx, Cand(c.start, c.start + 1, "ORG"))) == "ORG"


def channel_titles(ctx: DocCtx) -> list[Cand]:
    """Programmes after a channel's possessive ("Channel 4's Restless", "BBC Two's Late Call"), words
    no finder took, no person's name ("Channel 9's Ann Lee") nor a place or a people; and the
    channel itself when the model left it out."""
    words, out = ctx.words, []
    for j in (j for j, w in enumerate(words[:-1]) if w in POSS_CUT and j > 0):
        s = j + 1
        k = next((k for k in (j - 2, j - 1) if k >= 0 and channel_shaped(words[k:j])), None)
        e = None if k is None else possessed_title(ctx, s, TAGS)
        if e is None:
            continue
        if given_name_first(ctx, Cand(s, e, "PERSON")) or ctx.toks[e - 1].ent_type_ == "PERSON" and e - s > 1:
            continue  # "Channel 9's Ann Lee": its presenter
        out.append(Cand(s, e, WORK, "cue", CUE_WEIGHT))
        if ctx.free(k, j) and not any(t.ent_type_ for t in ctx.toks[k:j]):
            out.append(Cand(k, j, "ORG", "cue", CUE_WEIGHT))  # the channel the model left out
    return out


def possessed_title(ctx: DocCtx, s: int, tags: frozenset[str]) -> int | None:
    """The end of a programme's title from token s, after an owner's possessive ("Channel 4's
    Restless"): at most `TITLE_MAX` words no finder took, no acronym among them, the first tagged by
    the model as one of `tags`, no place or people of the gazetteer ("ITV1's Saturday show": a day)
    and no modifier of a noun after it ("Radio 9's Late Call team"); None for anything else."""
    words = ctx.words
    e = title_end(ctx, s)
    if e is None or e - s > TITLE_MAX or not ctx.free(s, e) or any(ACRONYM.match(w) for w in words[s:e]):
        return None
    if ctx.toks[s].ent_type_ not in tags or gazetteer_label(ctx.norm_of(s, e)):
        return None
    if e < len(words) and words[e].islower() and ctx.toks[e].pos_ == "NOUN":
        return None
    return e


def channel_led(ctx: DocCtx, s: int) -> bool:
    """A channel's name and a programme's noun right before token s ("its BBC One rival X")."""
    words = ctx.words
    if s < 2 or words[s - 1] not in PROGRAMME_NOUNS:
        return False
    return any(channel_shaped(words[k : s - 1]) for k in (s - 2, s - 3) if k >= 0)


ARM_KINDS = frozenset({"country", "admin1", "region", "continent"})  # "BBC Wales"; not a city's desk


def regional_arms(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """A body's initials before a nation's or region's name are one body, its arm there ("BBC
    Wales", "ITV Scotland" told ...), unless a common noun follows ("the UN Iraq mission"); the
    programme's title written right after the arm is a work ("told BBC Wales Kick Off that")."""
    words, n, out = ctx.words, len(ctx.words), []
    drop: set[int] = set()
    for c in cands:
        if c.label != "ORG" or c.start + 1 >= n or not ACRONYM.match(words[c.start]):
            continue
        k = _arm_end(ctx, c.start + 1)
        if k is None:
            continue
        e = _programme_end(ctx, k)  # "BBC Wales Scrum V" the model may tag whole
        if c.end > c.start + 1 and (c.end <= k or e != c.end):
            continue  # "MTV Europe Awards": a name of its own, not the arm and a programme
        drop |= {id(x) for x in cands if c.end <= x.start < k}
        c.end = k
        if e is not None:
            out.append(Cand(k, e, WORK, "rule", 3.0))
    kept = [c for c in cands if id(c) not in drop]
    return kept + [w for w in out if all(c.end <= w.start or c.start >= w.end for c in kept)]


def _arm_end(ctx: DocCtx, s: int) -> int | None:
    """The end of a nation's or region's name of one or two words from token s, set off after it."""
    words, n = ctx.words, len(ctx.words)
    if ctx.ws[s - 1] != " " or not ctx.toks[s].is_title:
        return None
    for k in (s + 2, s + 1):
        if k > n or any(not t.is_title for t in ctx.toks[s:k]):
            continue
        places = world().places.get(ctx.norm_of(s, k), ())
        if not any(p.kind in ARM_KINDS for p in places):
            continue
        if k < n and words[k].islower() and ctx.toks[k].pos_ in {"NOUN", "ADJ"}:
            return None  # "the UN Iraq mission"
        return k
    return None


def _programme_end(ctx: DocCtx, s: int) -> int | None:
    """The end of a title of at most four words right after a channel, set off by a lower-case word
    or a stop, no person's or place's name."""
    words, n = ctx.words, len(ctx.words)
    e = title_end(ctx, s) if s < n and ctx.ws[s - 1] == " " else None
    if e is None or e - s > 4 or e >= n or not (words[e].islower() or ctx.toks[e].is_punct):
        return None
    if any(t.ent_type_ in {"PERSON", "GPE", "NORP", "DATE"} for t in ctx.toks[s:e]):
        return None
    if given_name_first(ctx, Cand(s, e, "PERSON")) or gazetteer_label(ctx.norm_of(s, e)):
        return None
    if words[e - 1] in EVENT_WORDS or words[e - 1] in ORG_HEADS:
        return None  # "MTV Europe Awards", "BBC Wales Orchestra": a name of its own
    return e
