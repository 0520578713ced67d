"""English common words, from the model's own lemmatizer tables, to tell a generic word from a name.

The rule lemmatizer of the English models ships WordNet's index of nouns and adjectives (about
57,000 nouns). `use_model(nlp)` takes them once per process (the stage's factory calls it); without
a rule lemmatizer the sets stay empty and `generic_word` never fires.

A one-word "name" that is a common noun or adjective is a generic word, not a name, when the article
itself treats it as one: "the State" or "the Government" in an article that also writes "state" and
"government" in lower case, and always "the Government", "the Party", "the Court" (a body's
description; the country's "Congress", "Parliament" or "Cabinet" is its name); "Indigenous" before a
lower-case noun ("Indigenous artists"); a "person", "place" or "work" the article also writes in
lower case ("Law", "Letter", "Action"); a "person" that is an occupation and no census name
("Novelist"); "the Directors", the plural of a post's noun called a body.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pipeline.entities import tokens as TK
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import (
    FIRM_WORDS,
    GENERIC_BODIES,
    ORG_ROLES,
    ROLE_NOUNS,
    ROLE_SUFFIXES,
    census_name,
    gazetteer_label,
    is_title,
    norm,
    post_word,
    role_noun,
    world,
)
from pipeline.entities.spans import GLUED_PARTICLE

HONOURED = frozenset({"Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr."})  # honorifics before a surname
# honorifics written before a surname only ("Sir", "Dame" and "Lord" may stand before a given name)
SURNAME_TITLES = HONOURED | {h + dot for h in ("Miss", "Mme", "Messrs") for dot in ("", ".")}
MEMBER_ACRONYMS = frozenset({"MP", "MPs", "MEP", "MEPs", "MSP", "MSPs"})  # elected members: "Green MEP X"

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # a verb with a subject: "X said", "X says", "X will"
POSSESSIVES = frozenset({"'", "'s", "\u2019", "\u2019s"})
BODY_KINDS = ORG_ROLES | FIRM_WORDS  # "Company magazine": a name before the kind of body it names
BODY_DETERMINERS = frozenset({"the", "this", "that", "'s", "\u2019s"})
_TABLES: dict[str, frozenset[str]] = {"noun": frozenset(), "adj": frozenset()}
_FORMS: dict[str, Any] = {"index": {}, "rules": {}, "exc": {}}  # every part of speech, for `english_word`
COMMON_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
MODIFIED = frozenset({"NOUN", "ADJ", "NUM"})  # what a capitalised adjective before it modifies
FIRST_PARTICLES = frozenset(  # a surname's particles: "van Dijk", "ter Horst", "bin Talal"
    {"de", "del", "della", "di", "da", "das", "do", "dos", "du", "van", "von", "ter", "ten", "den"}
    | {"bin", "ibn"}
)
SECOND_PARTICLES = frozenset({"der", "den", "de", "la", "le", "los", "las"})  # "van der", "de la"
_WORD_TAGS = frozenset({"VBN", "VBD", "VBG", "VBZ", "JJ", "JJR", "JJS", "RB", "IN"})  # "-led", "-like"
_NUMBERS_JSON = Path(__file__).parent.parent / "data" / "numbers.json"  # the numbers stage's vocabulary
PERIOD_WORDS = frozenset(json.loads(_NUMBERS_JSON.read_text("utf-8"))["words"]["temporal"])  # "century"
ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|last|next)$")
LOWER_EVIDENCE = frozenset({"PERSON", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})


def use_model(nlp: Any) -> None:
    """Take the noun and adjective index of the pipeline's rule lemmatizer (enabled or not), and its
    index, suffix rules and exceptions of every part of speech (`english_word`)."""
    for _, pipe in nlp.components:
        lookups = getattr(pipe, "lookups", None)
        index = lookups.get_table("lemma_index", None) if lookups is not None else None
        if index is not None and "noun" in index:
            _TABLES["noun"] = frozenset(index["noun"])
            _TABLES["adj"] = frozenset(index.get("adj", ()))
            rules, exc = lookups.get_table("lemma_rules", {}), lookups.get_table("lemma_exc", {})
            for pos in ("noun", "verb", "adj", "adv"):
                _FORMS["index"][pos] = frozenset(index.get(pos, ()))
                _FORMS["rules"][pos] = [tuple(r) for r in rules.get(pos, ())]
                _FORMS["exc"][pos] = dict(exc.get(pos, {}))
            return


def generic_key(key: str) -> bool:
    """A folded name key that is a common English noun or adjective ("even", "bata" is not)."""
    return key in _TABLES["noun"] or key in _TABLES["adj"]


def adjective(key: str) -> bool:
    """A folded one-word key that is a common English adjective ("public", "royal")."""
    return key in _TABLES["adj"]


def common_noun(key: str) -> bool:
    """A folded one-word key that is a common English noun ("budget"; not "busted", an adjective)."""
    return key in _TABLES["noun"]


def english_word(low: str) -> bool:
    """A lower-cased word that WordNet lists, as it is or by the lemmatizer's exceptions and suffix
    rules ("stung" -> "sting", "hounded" -> "hound", "quirky")."""
    for pos, index in _FORMS["index"].items():
        if low in index or any(w in index for w in _FORMS["exc"][pos].get(low, ())):
            return True
        stems = (low[: len(low) - len(old)] + new for old, new in _FORMS["rules"][pos] if low.endswith(old))
        if any(stem in index for stem in stems):
            return True
    return False


def verb_lemmas(low: str) -> tuple[str, ...]:
    """The lemmas the lemmatizer's exceptions give an irregular verb form ("wrote" -> "write"); none
    for a regular or unknown word, or before `use_model`."""
    return tuple(_FORMS["exc"].get("verb", {}).get(low, ()))


def participle(low: str) -> bool:
    """A verb's -ed or irregular past form ("hounded", "stung")."""
    verbs = _FORMS["index"].get("verb", frozenset())
    irregular = any(w in verbs and w != low for w in _FORMS["exc"].get("verb", {}).get(low, ()))
    return irregular or low.endswith("ed") and (low[:-2] in verbs or low[:-1] in verbs)


def verb_only(low: str) -> bool:
    """A lower-cased word WordNet lists as a verb's form but as no noun or adjective, as it is or by
    the lemmatizer's rules ("interrupting", "slammed"; not "leading", "eyes", "sharks")."""
    if any(listed_as(low, pos) for pos in ("noun", "adj")):
        return False
    return listed_as(low, "verb")


def listed_as(low: str, pos: str) -> bool:
    """`low` is in WordNet's index of part of speech `pos`, as it is or by an exception or a rule."""
    index = _FORMS["index"].get(pos, frozenset())
    if low in index or any(w in index for w in _FORMS["exc"].get(pos, {}).get(low, ())):
        return True
    return any(low[: len(low) - len(old)] + new in index for old, new in _FORMS["rules"].get(pos, ())
               if low.endswith(old))


def tagged_common(tok: Any) -> bool:
    """The tagger reads the word as a common noun, verb, adjective or adverb that WordNet lists
    ("Mystery firm X", "Freezing temperatures", "Quirky comedy X")."""
    return tok.pos_ in COMMON_POS and english_word(tok.lower_)


def generic_plural(low: str) -> bool:
    """A lower-cased word that is the plural of a common noun ("bulls", "republics")."""
    return low.endswith("s") and generic_key(low[:-1])


def plural_noun(low: str) -> bool:
    """A lower-cased word that is a common noun's plural by the lemmatizer's noun rules and
    exceptions ("wasps", "wolves", "wallabies"; not "news", a noun as it is)."""
    if not low.endswith("s") or low in _FORMS["index"].get("noun", ()):
        return False
    nouns = _FORMS["index"].get("noun", frozenset())
    if any(w in nouns for w in _FORMS["exc"].get("noun", {}).get(low, ())):
        return True
    return any(low[: len(low) - len(old)] + new in nouns for old, new in _FORMS["rules"].get("noun", ())
               if low.endswith(old) and old)


def agent_noun(low: str) -> bool:
    """A lower-cased noun, or a noun's tail of five letters or more, naming one who does a verb
    ("striker", "goal|scorer", "mid|fielder"): the tail a noun whose stem before "-er" is a verb."""
    nouns, verbs = _FORMS["index"].get("noun", frozenset()), _FORMS["index"].get("verb", frozenset())
    if not low.endswith("er"):
        return False
    for j in range(max(1, len(low) - 4)):
        tail = low[j:]
        doubled = len(tail) > 4 and tail[-3] == tail[-4] and tail[:-3] in verbs  # "drum|mer", "swim|mer"
        if tail in nouns and (tail[:-2] in verbs or tail[:-1] in verbs or doubled):
            return True
    return False


def noun_plural(low: str) -> bool:
    """A lower-cased word that is the plural of a common noun, no adjective's ("championships",
    not "olympics")."""
    return low.endswith("s") and low[:-1] in _TABLES["noun"]


def singular(word: str) -> str:
    """A plural noun's singular by its ending ("companies" -> "company", "Firms" -> "Firm"; not
    "Congress"), else the word."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def glued_dash(doc: Any, j: int) -> bool:
    """Token j is a hyphen glued between two capitalised words ("Zero-Eight"): one word of a name."""
    if not glued_hyphen(doc, j):
        return False
    return doc[j - 1].text[:1].isupper() and doc[j + 1].text[:1].isupper()


def glued_hyphen(doc: Any, j: int) -> bool:
    """Token j is a hyphen glued to the tokens on both sides of it ("Re-Run"); `doc`, a Doc or its
    tokens."""
    return doc[j].text == "-" and j + 1 < len(doc) and not doc[j - 1].whitespace_ and not doc[j].whitespace_


def hyphen_tail(doc: Any, end: int) -> int:
    """The end of a personal name over a hyphenated lower-case syllable the model left out
    ("Yoon Suk" + "-yeol", "Fan" + "-ngai"); never over an English word ("Smith-led", "Thatcher-era")."""
    toks = TK.toks(doc)
    if not glued_hyphen(toks, end):
        return end
    tail = toks[end + 1]
    word = not (tail.is_lower and tail.is_alpha and 2 <= len(tail) <= 5) or _suffix_word(tail)
    ends = tail.whitespace_ or end + 2 >= len(doc) or toks[end + 2].is_punct and toks[end + 2].text != "-"
    return end if word or not ends else end + 2


def apart_particle(doc: Any, end: int) -> int:
    """The end of a name whose last word is a surname's one-letter particle written apart from the
    surname by an apostrophe and a space ("Ciara O" + "' Hare"); else `end`."""
    toks = TK.toks(doc)
    if end < 1 or end + 1 >= len(doc) or toks[end].text not in {"'", "\u2019"} \
            or toks[end].whitespace_ != " ":
        return end
    particle, tail = toks[end - 1], toks[end + 1]
    if len(particle.text) != 1 or not particle.is_upper or particle.whitespace_:
        return end
    return end + 2 if tail.is_title and tail.is_alpha and len(tail) > 1 else end


def particle_tail(doc: Any, end: int) -> int:
    """The end of a personal name over the surname the model cut at its lower-case particles
    ("Walter" + "van der Berg", "Dick" + "ter Horst", "Ana" + "de la Cruz"): one or two particles,
    then a capitalised word, all on one line; or a glued particle ("d'Estaing")."""
    toks = TK.toks(doc)
    i = apart_particle(doc, end)
    if i > end or i >= len(doc) or "\n" in toks[i - 1].whitespace_ or not toks[i - 1].whitespace_:
        return i
    if GLUED_PARTICLE.match(toks[i].text):  # "Valery Giscard" + "d'Estaing"
        return i + 1
    if toks[i].text not in FIRST_PARTICLES:
        return end
    i += 1 + (i + 1 < len(doc) and toks[i + 1].text in SECOND_PARTICLES)
    if i >= len(doc) or "\n" in toks[i - 1].whitespace_ or not toks[i - 1].whitespace_:
        return end
    tail = toks[i]
    return i + 1 if tail.is_title and tail.is_alpha and len(tail) > 1 else end


def _suffix_word(tok: Any) -> bool:
    """A lower-case word after a hyphen that is an English word, not a name's syllable ("-led")."""
    return tok.is_stop or generic_key(tok.lower_) or tok.tag_ in _WORD_TAGS


def hyphen_cut(doc: Any, start: int, end: int) -> int:
    """The end of a name before an English word hyphenated to it, the two a modifier of the common
    noun that follows ("Tom Hale-style tax", "Norvik-led team"), which the model's span took in;
    not a name's syllable ("Lee Sang-min on Monday", "Moon Jae-in's term")."""
    toks = TK.toks(doc)
    if end - start < 3 or end >= len(doc) or toks[end - 2].text != "-" or toks[end - 3].whitespace_:
        return end
    tail, after = toks[end - 1], toks[end]
    if toks[end - 2].whitespace_ or len(tail) < 3 or not (tail.is_lower and tail.is_alpha):
        return end
    modifies = after.is_lower and after.pos_ in {"NOUN", "ADJ"} and tail.whitespace_
    if end - 2 - start < 2 and tail.tag_ not in _WORD_TAGS:
        return end  # "Blu-ray disc": the word may be the name's; "Norvik-led team" is not
    return end - 2 if modifies and (generic_key(tail.lower_) or tail.tag_ in _WORD_TAGS) else end


def _indefinite(doc: Any, i: int) -> bool:
    """Token i follows "a"/"an", maybe with one lower-case word between ("an influential")."""
    prev = doc[i - 1] if i > 0 else None
    if prev is not None and prev.is_lower and prev.lower_ not in {"a", "an"} and i > 1:
        prev = doc[i - 2]
    return prev is not None and prev.lower_ in {"a", "an"}


def _post_of(doc: Any, i: int) -> bool:
    """Token i ends a post's title after "of" ("Head of State", "Secretary of State")."""
    return i > 1 and doc[i - 1].lower_ == "of" and is_title(doc[i - 2].lower_)


def _before_role(doc: Any, i: int) -> bool:
    """Token i is a lower-case role noun before a capitalised name ("head Ann Lee")."""
    return i + 1 < len(doc) and doc[i].is_lower and role_noun(doc[i], True) and doc[i + 1].is_title


def _named_inside(ctx: DocCtx, word: str) -> bool:
    """The article writes `word` capitalised inside a sentence, after no determiner ("stake in
    Nissan"): a name, not a common noun opening a sentence."""
    doc = ctx.doc
    return any(t.text == word and not t.is_sent_start and t.i > 0 and doc[t.i - 1].is_lower
               and doc[t.i - 1].pos_ not in ("DET", "PRON") and not ctx.in_caps(t.i) for t in ctx.toks)


def _staff_plural(ctx: DocCtx, i: int, low: str) -> bool:
    """The plural of a post's noun after a lower-case "the" ("the Directors", "the Governors"), not
    a club's nickname of an everyday noun or a rank ("the Rovers", "the Cardinals", "the Lords"), nor
    a title opening a sentence ("The Producers was")."""
    one = low[:-1] if low.endswith("s") else ""
    return i > 0 and ctx.words[i - 1] == "the" and one in _TABLES["noun"] and (
        one in ROLE_NOUNS or (is_title(one) and post_word(one)))


def honoured(ctx: DocCtx) -> frozenset[str]:
    """Words the article writes right after "Mr", "Mrs", "Ms" or "Dr" ("Mr Hale"; once per article)."""
    if ctx.honoured is None:
        pairs = zip(ctx.words, ctx.words[1:], strict=False)
        ctx.honoured = frozenset(after for before, after in pairs if before in HONOURED)
    return ctx.honoured


def lower_words(ctx: DocCtx) -> set[str]:
    """Words the article writes in lower case (computed once per article)."""
    if ctx.lower_words is None:
        ctx.lower_words = {w for w in ctx.words if w.islower()}  # spaCy's `is_lower` is `str.islower`
    return ctx.lower_words


def generic_word(
    ctx: DocCtx, c: Cand, tails: frozenset[str] = frozenset(), sole: frozenset[str] = frozenset()
) -> bool:
    """The model's one-word name is a common word the article uses as one (see the module's note);
    not a word that ends one of the article's longer organisations (`tails`: "United" of "Manchester
    United", "Parliament" of "European Parliament"), its short form ("the United attack"); a generic
    body ("the Party") only when it ends exactly one of them (`sole`: "the Commission" of the article's
    one "European Commission")."""
    if c.end - c.start != 1 or c.src != "model" or ctx.in_caps(c.start):
        return False
    tok = ctx.toks[c.start]
    if not tok.is_title or not tok.is_alpha or len(tok) < 3 or gazetteer_label(norm(tok.text)):
        return False
    low = tok.lower_
    noun, adj = low in _TABLES["noun"], low in _TABLES["adj"]
    if c.label == "ORG" and _staff_plural(ctx, c.start, low) and tok.text not in tails:
        return True  # "the Directors would": a body's staff, no name
    if not noun and not adj:
        return False
    if low in PERIOD_WORDS and c.start > 0 and ORDINAL.match(ctx.words[c.start - 1].lower()):
        return True  # "the 21st Century", "the first Quarter": a period counted, no name
    if c.label == "ORG":
        prev = ctx.toks[c.start - 1].lower_ if c.start > 0 else ""
        nxt = ctx.toks[c.end] if c.end < len(ctx.doc) else None
        if adj and not noun:  # "Indigenous artists", "Scenic routes"; not "United dominated"
            modified = nxt is not None and nxt.is_lower and nxt.is_alpha and nxt.pos_ in MODIFIED
            return modified and tok.text not in tails  # "the United attack"
        modifier = nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN"  # "a Reuters report"
        opening = noun and tok.is_sent_start and norm(tok.text) not in world().places
        if opening and _before_role(ctx.doc, c.end) and not _named_inside(ctx, tok.text):
            return True  # "Agency head Ann Lee said": the role's word, no name (not "Nissan chairman X"
            # when the article writes "of Nissan")
        if _indefinite(ctx.doc, c.start) and noun and not modifier:
            return True  # "an influential Dermatologist": a name never takes "a"
        if prev in BODY_DETERMINERS and low in GENERIC_BODIES and tok.text not in sole:
            return True  # "the Government", "the Party": a description (not "the Congress", "the Cabinet")
        kind = modifier and nxt.lower_ not in BODY_KINDS or _post_of(ctx.doc, c.start)  # see BODY_KINDS
        before = ctx.words[c.start - 1] if c.start > 0 else ""
        named = before[:1].isupper() or before in POSSESSIVES  # "Kestrel Party voters", "Players' Union ..."
        if noun and low in GENERIC_BODIES and tok.text not in tails and kind and not named:
            return True  # "State premises", "Head of State": a kind of body, no name
        return prev == "the" and low in lower_words(ctx) and tok.text not in tails  # "the State" ... "state
        # media"; but "the Parliament" of the article's "European Parliament"
    if c.label == "PERSON" and noun and low.endswith(ROLE_SUFFIXES) and not census_name(low) and (
        low not in world().places  # "Manchester"
    ):
        return True  # "Novelist", "Pharmacist": an occupation, no census name
    return c.label in LOWER_EVIDENCE and low in lower_words(ctx) and not _list_end(ctx, c.start)


LIST_ITEM_MAX = 4  # words of the name before "and" in "A, B and C"


def _list_end(ctx: DocCtx, i: int) -> bool:
    """The word at i closes a list of names after "and", its name before and a comma before that
    in capitals ("Kelby Weekly, On Air and Star"): a name like them, whatever the article does with
    the word."""
    words = ctx.words
    if i < 4 or words[i - 1] != "and":
        return False
    for k in range(i - 3, max(0, i - 3 - LIST_ITEM_MAX), -1):
        if not words[k + 1][:1].isupper():
            return False
        if words[k] == ",":
            return words[k - 1][:1].isupper()
    return False
