"""A common-noun descriptor the model glued to a name because the sentence opens with it, the cases
`openers.opener_cut` leaves: a job noun before a person's one-word name ("Midfielder Kelvo
scored"), or before a full name whose given name is also a common word ("Prop Rose Tallen"), and a
common noun's plural before the bodies it describes ("Firms Zentrox and Kalvo offer ..."). The
descriptor is cut off; a job noun makes the rest a person (the noun their role), a firm noun's
plural a body."""

from __future__ import annotations

from pipeline.entities import titleheads as TH
from pipeline.entities import tokens as TK
from pipeline.entities.candidates import DocCtx
from pipeline.entities.lexicon import (
    FIRM_WORDS,
    HONORIFICS,
    census_given,
    census_name,
    fold,
    gazetteer_label,
    is_title,
    named_role,
    plural_title,
    surname,
)
from pipeline.entities.openers import starts_sentence
from pipeline.entities.words import english_word, noun_plural

NAME_POS = frozenset({"PROPN", "NOUN"})  # what the tagger makes of a descriptor capitalised by position


def descriptor_cut(ctx: DocCtx, s: int, e: int, label: str) -> bool:
    """The span's first word opens the sentence and is a descriptor, not the name's first word (a
    person's title is left to `pretitles.split_title`: "Chancellor Ann Lee")."""
    doc = ctx.doc
    tok = ctx.toks[s]
    if e - s < 2 or not tok.is_title or not tok.is_alpha or ctx.in_caps(s) or not starts_sentence(doc, s):
        return False
    if tok.pos_ not in NAME_POS or fold(tok.text) in HONORIFICS or gazetteer_label(fold(tok.text)):
        return False
    rest = doc[s + 1 : e]
    if not all(t.text[:1].isupper() or t.is_punct or t.lower_ in {"de", "van", "von"} for t in rest):
        return False
    low = tok.lower_
    if _job_noun(low):
        return not (label == "PERSON" and is_title(low)) and _personal(ctx, s + 1, e)
    if named_role(low) and e - s > 2 and census_given(fold(rest[0].text)):
        return _personal(ctx, s + 1, e)  # "Aide Nora Vell": a role noun that is also a given name
    if label == "PERSON" or plural_title(tok.text):  # "Singers Ann Lee and ...": `split_title`'s
        return False
    tagged = tok.pos_ == "NOUN" or _firm_plural(low)  # the tagger's common noun, or "Firms"
    return tagged and noun_plural(low) and not english_word(rest[0].lower_)


def _job_noun(low: str) -> bool:
    """A role noun by list, a title or a doer's noun, no title's modifier and no given name."""
    return TH.plain_role(low)


def _personal(ctx: DocCtx, s: int, e: int) -> bool:
    """The words after a job noun read as a person's name, no place: one word no English word
    ("Kelvo") or the surname of a person the model names in full ("Hale" of "Ann Hale"); or a census
    given name before a surname no English word ("Rose Tallen") or a census surname ("Rose Hale"), a
    census name before a surname no English word ("Ivo Tallen")."""
    doc = ctx.doc
    last = doc[e - 1]
    if gazetteer_label(fold(doc[s:e].text)) or gazetteer_label(fold(last.text)):
        return False
    plain = not english_word(last.lower_)
    if e - s == 1:
        return plain or last.text in TK.of(doc).surnames
    first = fold(doc[s].text)
    if census_given(first):
        return plain or surname(fold(last.text))
    return plain and census_name(first)


def descriptor_label(low: str, label: str) -> str:
    """The label the cut descriptor gives the rest: a job noun a person, a firm noun's plural a body."""
    if _job_noun(low) or named_role(low):
        return "PERSON"
    return "ORG" if _firm_plural(low) else label


def _firm_plural(low: str) -> bool:
    """The plural of a firm's noun ("firms", "companies")."""
    return low[:-1] in FIRM_WORDS or low.endswith("ies") and low[:-3] + "y" in FIRM_WORDS
