"""Persons the model misses at a sentence's start: an unknown capitalised word opening a sentence,
then a surname the article gives a person elsewhere but never in full, then a verb or the start of
an apposition ("Ann Vale has quit", "Ann Vale of the Kelby Trust", "Ann Vale, 41," beside "Vale
said"), is that person's full name; an unknown capitalised word, then a census
surname, then "is" or "was" and a role ("Ann Vale is senior housing officer"), is a person. Unknown:
a proper or common noun, no title or role, no place or people of the gazetteer, no word the article
also writes in lower case. Token indices."""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import TEAM_TITLES, fold, gazetteer_label, is_title_word, role_word, surname
from pipeline.entities.openers import starts_sentence
from pipeline.entities.words import lower_words

NAME_POS = frozenset({"PROPN", "NOUN"})  # what the tagger makes of a given name it does not know
VERB_POS = frozenset({"VERB", "AUX"})
APPOSED = frozenset({"of", "from", "at", ",", "("})  # "Ann Vale of X", "Ann Vale, chair of X"
COPULAS = frozenset({"is", "was"})
ROLE_REACH = 4  # words after "is" up to the role's noun: "is senior housing benefit officer"


def opened_names(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """The persons named at a sentence's start that no candidate covers (see the module's doc); a
    lone surname the model tagged there grows to the full name."""
    if not ctx.parsed:
        return []
    words = ctx.words
    lone = {c.start: c for c in cands if c.label == "PERSON" and c.end - c.start == 1}
    full = {words[c.end - 1] for c in cands if c.label == "PERSON" and c.end - c.start > 1}
    known = {words[s] for s in lone} - full  # surnames the article gives a person only alone
    out = []
    for i in ctx.capitals:
        if i + 2 >= len(words) or not _unknown(ctx, i) or not starts_sentence(ctx.doc, i):
            continue
        j = i + 1
        if ctx.taken[j] and j not in lone or not words[j].istitle() or not words[j].isalpha():
            continue
        if words[j] in known and (ctx.toks[i + 2].pos_ in VERB_POS or words[i + 2] in APPOSED):
            if j in lone:
                lone[j].start = i
                ctx.take(lone[j])
                continue
        elif ctx.taken[j] or not _role_after(ctx, j):
            continue
        out.append(Cand(i, j + 1, "PERSON", "rule", 2.0))
        ctx.take(out[-1])
    return out


def _unknown(ctx: DocCtx, i: int) -> bool:
    """Token i is an untaken capitalised word that names nothing else: no title, no gazetteer name,
    no word the article writes in lower case."""
    w = ctx.words[i]
    if ctx.taken[i] or not w.istitle() or not w.isalpha() or ctx.in_caps(i):
        return False
    if ctx.toks[i].pos_ not in NAME_POS or is_title_word(w) or role_word(w.lower()):
        return False  # "And X", "Goalscorer X"
    if ctx.sports and w.lower() in TEAM_TITLES:
        return False  # "Leaders Kelby beat ...": a table word before a club
    return gazetteer_label(fold(w)) is None and w.lower() not in lower_words(ctx)


def _role_after(ctx: DocCtx, j: int) -> bool:
    """Token j is a census surname followed by "is"/"was" and a role's noun ("is senior officer")."""
    words = ctx.words
    if not surname(words[j].lower()) or words[j + 1] not in COPULAS:
        return False
    for k in range(j + 2, min(j + 2 + ROLE_REACH, len(words))):
        if not words[k].islower():
            return False
        if ctx.toks[k].pos_ == "NOUN" and role_word(words[k]):
            return True
    return False
