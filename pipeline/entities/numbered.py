"""Names whose number the model cut off: a body or a work the article writes with the same number
after it in most of its mentions ("Live Aid 85 raised ... the Live Aid 85 single ... Live Aid 85
is") keeps the number in those mentions, its label unchanged; so does a name whose number opens it
("station 4 Waves ... 4 Waves listeners": `numbered_openers`). Sports reports (scores) are left
alone. `event_numbers` gives an event the Roman numeral or number the model cut off ("World War
I", "World War 2") and takes off a speaker's "I" it ran onto ("since World War II I have").
Works on token indices."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx, by_key
from pipeline.entities.evidence import EVENT_WORDS

NUMBERED = frozenset({"ORG", "WORK_OF_ART", "EVENT", "PRODUCT"})
NUMBER = re.compile(r"^\d{1,3}$")  # no year, no amount with separators
EDITION = re.compile(r"^(?:[IVX]{1,4}|\d|One|Two|Three)$")  # "World War I", "World War 2"
ROMAN = re.compile(r"^[IVX]{1,4}$")
HEADS = L.EVENT_HEADS | EVENT_WORDS  # "War" of "World War 2"; not a product the model called an event


def numbered_names(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Give the number back to the mentions of a name written with it more often than without."""
    if ctx.sports:
        return
    named = [c for c in cands if c.end > c.start and c.label]
    for key, ms in by_key(ctx, named, key_of).items():
        label = labels.get(key, ms[0].label)
        if label not in NUMBERED:
            continue
        numbers = [_number_after(ctx, c) for c in ms]
        found = {n for n in numbers if n}
        if len(found) != 1 or 2 * sum(1 for n in numbers if n) <= len(ms):
            continue
        number = found.pop()
        for c in ms:  # the number also where a plural noun follows it ("X 20 storms to No 1")
            if _number_after(ctx, c, strict=False) == number:
                c.end, c.label = c.end + 1, label
                labels[key_of(ctx, c)] = label


OPENED = NUMBERED | {"PERSON"}  # "50 Pence", a rapper's name
MONEY = frozenset("$£€¥")


def numbered_openers(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Give the number back to the front of the mentions of a name written after the same number
    each time, twice at least where nothing counted follows (see `_number_before`)."""
    if ctx.sports:
        return
    named = [c for c in cands if c.start > 0 and c.end > c.start and c.label]
    for key, ms in by_key(ctx, named, key_of).items():
        label = labels.get(key, ms[0].label)
        if label not in OPENED or len(ms) < 2:
            continue
        numbers = [_number_before(ctx, c, strict=False) for c in ms]
        if None in numbers or len(set(numbers)) != 1 or sum(1 for c in ms if _number_before(ctx, c)) < 2:
            continue
        for c in ms:
            c.start -= 1
            labels[key_of(ctx, c)] = label


def _number_before(ctx: DocCtx, c: Cand, strict: bool = True) -> str | None:
    """The bare number right before the mention, a space between, no amount or score before it
    ("$50", "1-0"); `strict`, no plural noun after the mention ("12 Kelby councillors")."""
    words, s = ctx.words, c.start
    k = s - 1
    if k < 0 or not NUMBER.match(words[k]) or ctx.ws[k] != " " or not words[s][:1].isupper():
        return None
    glued = k > 0 and not ctx.ws[k - 1] and not words[k - 1].isspace()  # "$50", "1-0"
    if glued or k > 0 and (words[k - 1] in MONEY or ctx.toks[k - 1].like_num):
        return None
    if strict and c.end < len(words) and ctx.toks[c.end].tag_ in {"NNS", "NNPS"}:
        return None
    return words[k]


def _number_after(ctx: DocCtx, c: Cand, strict: bool = True) -> str | None:
    """The bare number right after the mention that ends the name: no unit, count, score or name
    after it ("20 years", "20-1", "20 Downing"), a singular noun allowed ("the X 20 single"); not
    `strict`, only no number, score or name."""
    words, e = ctx.words, c.end
    if e >= len(words) or not NUMBER.match(words[e]) or ctx.ws[e - 1] != " ":
        return None
    if e + 1 < len(words):
        nxt = ctx.toks[e + 1]
        glued = not ctx.ws[e] and nxt.text in {"-", "/", ":", "%", "."}
        if glued or nxt.like_num or (nxt.is_title and not nxt.is_sent_start):
            return None
        if strict and (nxt.tag_ in {"NNS", "NNPS"} or words[e] == "1" and nxt.tag_.startswith("NN")):
            return None
    return words[e]


def event_numbers(ctx: DocCtx, model: list[Cand]) -> None:
    """Extend the model's event up to the numeral right after it ("a World War I drama", "World War 2
    battlefronts"); a lone "I" only where no verb follows it, a number in figures or words only
    after an event's head, where the model's own event held it; never before another number or a
    score. Take a speaker's "I" off its end ("since the Second World War I have")."""
    for c in model:
        if c.label != "EVENT":
            continue
        if _speaker_tail(ctx, c):
            c.end -= 1
        elif _numeral_after(ctx, c.end):
            c.end += 1


def _speaker_tail(ctx: DocCtx, c: Cand) -> bool:
    """The event's last word is an "I" a speaker's verb follows."""
    e = c.end
    return e - c.start > 2 and e < len(ctx.words) and ctx.words[e - 1] == "I" and _speaking(ctx.toks[e])


def _numeral_after(ctx: DocCtx, e: int) -> bool:
    """Token e is the event's Roman numeral or number, a space after its name."""
    if e >= len(ctx.words) or not EDITION.match(ctx.words[e]) or ctx.ws[e - 1] != " ":
        return False
    return not _counted(ctx, e)


def _counted(ctx: DocCtx, e: int) -> bool:
    """The numeral at e is a count, a score or a speaker's "I", not the event's number."""
    word = ctx.words[e]
    if not ROMAN.match(word) and (ctx.toks[e].ent_type_ != "EVENT" or ctx.words[e - 1] not in HEADS):
        return True  # a number only after an event's head, where the model's event held it
    if e + 1 >= len(ctx.words):
        return False
    nxt = ctx.toks[e + 1]
    glued = not ctx.ws[e] and nxt.text in {"-", "/", ":", "%"}
    return glued or nxt.like_num or word == "I" and (_speaking(nxt) or nxt.tag_ in {"VBD", "MD"})


def _speaking(tok: Token) -> bool:
    """A verb only a speaker's "I" takes ("have", "am"), no event's ("World War I ends")."""
    return tok.tag_ == "VBP" or tok.lower_ in {"am", "'m", "\u2019m"}
