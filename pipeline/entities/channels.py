"""Broadcasters' channels and stations, and the programmes they own.

A channel is written in a shape of its own: a broadcaster's acronym glued to a digit ("ITV1",
"BBC2"), an acronym, "Channel" or "Radio" before a number ("Channel 4", "BBC One", "Radio 5"), or a
name ending in a band's or a medium's word ("Heart FM", "Smooth Radio"). `channel_labels` makes such
a name an organisation whatever the model guessed (a people before "show", a work after "other
than"); `channel_titles` reads the title after a channel's possessive ("Channel 4's Restless") as a
work (`possessed_title` reads such a title, for `films.presented` too); `channel_led` tells whether
a name follows a channel and a programme's noun ("its BBC One rival X"). All work on token indices.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.evidence import ACRONYM, CUE_WEIGHT, POSS_CUT, title_end
from pipeline.entities.lexicon import gazetteer_label
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
