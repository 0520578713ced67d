"""Bodies the model misses in the way it reads their names: weekday papers and firms led by a digit.

`weekday_papers`: "a report in the Sunday Business", "the Monday Review said": the model reads the
weekday as a date and leaves the rest; after "the", a weekday and capitalised words that are no date
name a title (a newspaper, ORG). `digit_firms`: "consultancy 4Cast", "rival 3Com": a word of a digit
and capitals right after a firm's noun is the firm's name. `title_article`: "a column in The Jordan
Times", "starring in The Office": a capital "The" inside a sentence belongs to the title it begins.
"""

from __future__ import annotations

import calendar
import re

from spacy.tokens import Doc

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import FIRM_WORDS, MONTHS, TEMPORAL

WEEKDAYS = frozenset(calendar.day_name)
DATE_WORDS = frozenset({"Night", "Morning", "Afternoon", "Evening", "Week", "Weekend", "Trading"})
PAPER_LABELS = frozenset({"ORG", "WORK_OF_ART", "PERSON", "PRODUCT"})
DIGIT_NAME = re.compile(r"^\d+[A-Z][a-z][A-Za-z]*$")  # "4Cast", "3Com"; not "4G", "3D" (one capital)


def weekday_papers(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """"the Sunday Telegraph", "The Sunday Business": "the", a weekday, capitalised words (no month,
    weekday or time of day, none the model tagged as something else than a date); a body's name the
    model found without its weekday ("the Sunday Times" as "Times") takes it."""
    words, out = ctx.words, []
    at = {c.start: c for c in cands if c.label in PAPER_LABELS}
    for i in range(1, len(words) - 1):
        if words[i] not in WEEKDAYS or words[i - 1].lower() != "the" or ctx.in_caps(i):
            continue
        if not ctx.free(i, i + 1):
            continue
        if i + 1 in at:
            at[i + 1].start, at[i + 1].label = i, "ORG"
            ctx.take(at[i + 1])
            continue
        e = i + 1
        while e < len(words) and _title_word(ctx, e):
            e += 1
        if e == i + 1 or not ctx.free(i, e):
            continue
        c = Cand(i, e, "ORG", "rule", 2.0)
        ctx.take(c)
        out.append(c)
    return out


def _title_word(ctx: DocCtx, k: int) -> bool:
    w, tok = ctx.words[k], ctx.toks[k]
    if not w[:1].isupper() or not w.isalpha() or w in WEEKDAYS or w in MONTHS or w in DATE_WORDS:
        return False
    return not tok.ent_type_ or tok.ent_type_ in TEMPORAL  # "Sunday Times" may be read as a date


def digit_firms(ctx: DocCtx) -> list[Cand]:
    """"consultancy 4Cast said": a digit-led capitalised word right after a firm's noun."""
    words, out = ctx.words, []
    for i in range(1, len(words)):
        if not DIGIT_NAME.match(words[i]) or words[i - 1] not in FIRM_WORDS or not ctx.free(i, i + 1):
            continue
        c = Cand(i, i + 1, "ORG", "rule", 2.0)
        ctx.take(c)
        out.append(c)
    return out


def title_article(doc: Doc, start: int, label: str) -> int:
    """Where a mention starting at token `start` begins with its article: one token earlier when a
    capital "The" stands there inside a sentence, after a lower-case word or a comma ("told The
    Economist", "in The Hague"); a person's name never takes it, nor a line written in title case."""
    if label == "PERSON" or start < 2 or doc[start - 1].text != "The" or doc[start - 1].is_sent_start:
        return start
    prev = doc[start - 2]
    if not (prev.is_lower and prev.is_alpha or prev.text == ",") or _title_cased(doc, start):
        return start
    return start - 1


def _title_cased(doc: Doc, i: int) -> bool:
    """The sentence of token `i` has no lower-case word of four letters or more (a headline)."""
    return not any(t.is_lower and len(t) > 3 for t in doc[i].sent)
