"""Bodies the model misses in the way it reads their names: weekday papers and firms led by a digit.

`weekday_papers`: "a report in the Sunday Business", "the Monday Review said": the model reads the
weekday as a date and leaves the rest; after "the", a weekday and capitalised words that are no date
name a title (a newspaper, ORG). `digit_firms`: "consultancy 4Cast", "rival 3Com": a word of a digit
and capitals right after a firm's noun is the firm's name. `the_before`: "a column in The Jordan
Times", "starring in The Office": a capital "The" inside a sentence belongs to the title it begins;
`title_articles` gives it to the mentions of every name but a person's, once they are grouped (a
work takes its "The" before: `kinds.title_articles`). `noun_papers`: "told To Zeta newspaper": a
newspaper (ORG), whole with a short opening word.
"""

from __future__ import annotations

import calendar
import re

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import CUES, FIRM_WORDS, HONORIFICS, MONTHS, TEMPORAL, fold, role_noun

WEEKDAYS = frozenset(calendar.day_name)
DATE_WORDS = frozenset({"Night", "Morning", "Afternoon", "Evening", "Week", "Weekend", "Trading"})
PAPER_LABELS = frozenset({"ORG", "WORK_OF_ART", "PERSON", "PRODUCT"})
PRESS_NOUNS = frozenset({"newspaper", "daily", "tabloid", "weekly", "magazine", "broadsheet"})  # "X daily"
SHORT_OPENER = 3  # letters of a title's opening function word: "To", "La", "Die"
PAPER_HEADS = frozenset(CUES["paper_heads"])  # "the Kelby Herald", "the Hollywood Reporter"
PLACE_LABELS = frozenset({"GPE", "LOC"})
TITLE_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "PERSON"})  # what the model calls "the X Times"
SOURCE_CUE = ("according", "to", "the")  # "according to the Kelby herald": the paper, lower case or not
DIGIT_NAME = re.compile(r"^\d+[A-Z][a-z][A-Za-z]*$")  # "4Cast", "3Com"; not "4G", "3D" (one capital)


def weekday_papers(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """"the Sunday Telegraph", "The Sunday Business": "the", a weekday, capitalised words (no month,
    weekday or time of day, none the model tagged as something else than a date); a body's name the
    model found without its weekday ("the Sunday Times" as "Times") takes it, "the" before or not
    when the parse makes the weekday part of an employer's name (`_weekday_compound`)."""
    words, out = ctx.words, []
    at = {c.start: c for c in cands if c.label in PAPER_LABELS}
    for i in range(1, len(words) - 1):
        if words[i] not in WEEKDAYS or ctx.in_caps(i) or not ctx.free(i, i + 1):
            continue
        the = words[i - 1].lower() == "the"
        if i + 1 in at and (the or _weekday_compound(ctx, i, at[i + 1].end)):  # "by Sunday Telegraph
            at[i + 1].start, at[i + 1].label = i, "ORG"  # journalist X"
            ctx.take(at[i + 1])
            continue
        e = i + 1
        while e < len(words) and _title_word(ctx, e):
            e += 1
        if e == i + 1 or not ctx.free(i, e) or not (the or _weekday_compound(ctx, i, e)):
            continue
        c = Cand(i, e, "ORG", "rule", 2.0)
        ctx.take(c)
        out.append(c)
    return out


def town_papers(ctx: DocCtx, cands: list[Cand]) -> None:
    """A place the model found right before a paper's head ("the Kelby Herald", "the Hollywood
    Reporter"), capitalised with no capitalised word after it, or in any case after "according to
    the" (a source), takes the head: the newspaper (ORG), not the town. Works on the model's names."""
    words = ctx.words
    for c in cands:
        e = c.end
        if c.src != "model" or c.label not in PLACE_LABELS or e + 1 >= len(words) or ctx.in_caps(c.start):
            continue
        head = words[e]
        if head.title() not in PAPER_HEADS or "\n" in ctx.ws[e - 1]:
            continue
        source = c.start > 2 and tuple(w.lower() for w in words[c.start - 3 : c.start]) == SOURCE_CUE
        if head.istitle() and not words[e + 1][:1].isupper() or source and head.islower():
            c.end, c.label, c.weight = e + 1, "ORG", max(c.weight, 3.0)


def titled_papers(ctx: DocCtx, cands: list[Cand]) -> None:
    """A name of two or more words after a lower-case "the", ending in a paper's head, that the
    model read as a work, a product or a person ("told the Evening Courier", "the Kelby Daily
    Times"): a newspaper is a body (ORG), as every newspaper is; not "Hard Times" with no "the".
    Works on the model's names."""
    words = ctx.words
    for c in cands:
        s = c.start + (words[c.start] == "the")
        if c.src != "model" or c.label not in TITLE_LABELS or c.end - s < 2 or ctx.in_caps(c.start):
            continue
        if words[c.end - 1] in PAPER_HEADS and (s > c.start or s > 0 and words[s - 1] == "the"):
            c.label, c.weight = "ORG", max(c.weight, 3.0)


def noun_papers(ctx: DocCtx, cands: list[Cand]) -> None:
    """A name the model read as a work, a product or a person right before a lower-case paper's noun
    ("told Kathimera newspaper", "in Zeta daily") is that newspaper or magazine (ORG); a short
    capitalised word inside the sentence right before it, no name of its own, opens its title ("To"
    of "To Zeta", a title's function word in another language). Works on the model's names."""
    words = ctx.words
    for c in cands:
        e, s = c.end, c.start
        if c.src != "model" or c.label not in PAPER_LABELS or e >= len(words) or words[e] not in PRESS_NOUNS:
            continue
        if ctx.in_caps(s) or "\n" in ctx.ws[e - 1] or ctx.toks[e].pos_ != "NOUN":
            continue  # "Ann Lee trains daily": an adverb
        c.label, c.weight = "ORG", max(c.weight, 3.0)
        if s > 1 and _title_opener(ctx, s - 1):
            c.start = s - 1


def _title_opener(ctx: DocCtx, k: int) -> bool:
    """Token k is a short capitalised word inside the sentence, glued to the name after it by one
    space, no name of its own and no honorific ("To" of "To Zeta"; not "Mr")."""
    word, tok = ctx.words[k], ctx.toks[k]
    if ctx.ws[k] != " " or not (word.istitle() and word.isalpha()) or len(word) > SHORT_OPENER:
        return False
    return not tok.is_sent_start and not tok.ent_type_ and fold(word) not in HONORIFICS


def _weekday_compound(ctx: DocCtx, i: int, e: int) -> bool:
    """The weekday at i, with no "the" before, opens the name after it (up to e): the parse makes it a
    modifier inside the name or of the noun right after it, and the name is a person's employer, a
    lower-case role noun and a name after it ("Sunday Telegraph journalist Ann Lee"); not a date
    ("on Sunday Microsoft said", "Tuesday Champions League games")."""
    tok, toks = ctx.toks[i], ctx.toks
    if tok.dep_ != "compound" or not i < tok.head.i <= e or "\n" in tok.whitespace_:
        return False
    return e + 1 < len(toks) and role_noun(toks[e], True) and toks[e + 1].is_title


def _title_word(ctx: DocCtx, k: int) -> bool:
    w, tok = ctx.words[k], ctx.toks[k]
    if not w[:1].isupper() or not w.isalpha() or w in WEEKDAYS or w in MONTHS or w in DATE_WORDS:
        return False
    return not tok.ent_type_ or tok.ent_type_ in TEMPORAL  # "Sunday Times" may be read as a date


def digit_firms(ctx: DocCtx) -> list[Cand]:
    """"consultancy 4Cast said": a digit-led capitalised word right after a firm's noun."""
    words, out = ctx.words, []
    for i in range(1, len(words)):
        if words[i - 1] not in FIRM_WORDS or not DIGIT_NAME.match(words[i]) or not ctx.free(i, i + 1):
            continue
        c = Cand(i, i + 1, "ORG", "rule", 2.0)
        ctx.take(c)
        out.append(c)
    return out


THE = frozenset({"The"})
TITLE_ARTICLES = frozenset({"The", "A", "An"})  # a capital article in mid-sentence opens a title


def the_before(ctx: DocCtx, s: int, articles: frozenset[str] = THE) -> bool:
    """A capital "The" (or another of `articles`: "while A Long Day won") right before token s inside
    a sentence: after a lower-case word or a comma on the same line ("told The Economist", "in The
    Hague", "films, The Aviator"; not "Feel The Magic", a title's own "The"), opening no sentence, in
    no line written in title case (a headline)."""
    if s < 2 or ctx.words[s - 1] not in articles or "\n" in ctx.ws[s - 2] or ctx.toks[s - 1].is_sent_start:
        return False
    prev = ctx.toks[s - 2]
    return (prev.is_lower and prev.is_alpha or prev.text == ",") and not _title_cased(ctx, s)


def _title_cased(ctx: DocCtx, i: int) -> bool:
    """The sentence of token `i` has no lower-case word of four letters or more (a headline)."""
    return not any(t.is_lower and len(t) > 3 for t in ctx.toks[i].sent)


def title_articles(ctx: DocCtx, groups: list[list[Cand]]) -> None:
    """Every mention of a grouped name but a person's (the label of its first mention) starts at the
    capital "The" before it inside a sentence (`the_before`); the key stays without it. An acronym the
    article also writes bare does not ("firms The EC says" beside "the European Commission (EC)")."""
    for ms in groups:
        if min(ms, key=lambda c: c.start).label == "PERSON":
            continue
        for c in ms:
            if the_before(ctx, c.start) and not _bare_acronym(ctx, c, ms):
                c.start -= 1


def _bare_acronym(ctx: DocCtx, c: Cand, ms: list[Cand]) -> bool:
    """The mention is one word in capitals that another mention of its entity writes without "The"."""
    word = ctx.words[c.start]
    if c.end - c.start != 1 or not word.isupper() or not word.isalpha():
        return False
    return any(o is not c and ctx.words[o.start : o.end] == [word] and not the_before(ctx, o.start)
               for o in ms)
