"""The word right before a person's name that heads a title (`heads_title`): a title or role noun,
a relative ("husband"), a party's member ("Democrat"), a rank ("seventh seed"), "<title> of <field>"
("director of rugby"), a noun of promise ("800m hope"). `pretitles.py` walks back from it over the
rest of the title. All work on token indices."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.entities import tokens as TK
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import (
    DETERMINERS,
    KIN_NOUNS,
    MODIFIED_ROLES,
    MONTHS,
    NOT_ROLES,
    PROMISE_NOUNS,
    ROLE_NOUNS,
    SPORT,
    TEMPORAL,
    TITLE_MODIFIERS,
    census_given,
    census_name,
    fold,
    gazetteer_label,
    given_name,
    is_title,
    is_title_word,
    post_word,
    role_noun,
    role_word,
)
from pipeline.entities.ranks import NUMBER_WORDS, rank_word
from pipeline.entities.words import FINITE_TAGS, agent_noun, english_word, glued_hyphen, listed_as

CONJUNCTIONS = frozenset({"and", "or"})  # a name's list: "Tom Hale and" prop X
FIELD_PREPS = frozenset({"of", "for"})  # "director of rugby", "minister for sport"
BODY_WORDS = 4  # words of the name after a title's "of" ("Chancellor of the Exchequer")
CLOSING_QUOTES = frozenset({'"', "\u201d"})
STOPS = frozenset({".", "!", "?"})
HYPHENED_ROLES = frozenset(w for w in ROLE_NOUNS | frozenset(SPORT["named_positions"]) if "-" in w)


def heads_title(doc: Doc, k: int) -> bool:
    """Token k, right before a name, is a title's last word ("Defense Minister", "seventh seed")."""
    toks = TK.toks(doc)
    return bool(
        is_title(fold(toks[k].text)) or role_noun(toks[k], True) or hyphen_role(doc, k)
        or proper_tagged_role(doc, k) or party_member(doc, k) or described_people(doc, k)
        or kin_word(doc, k) or caps_role(toks[k]) or adjective_role(toks[k])
        or rank_of(doc, k) or position_word(doc, k) or of_field(doc, k) or of_body(doc, k)
        or promise_word(doc, k) or modified_role(doc, k)
        or opening_role(doc, k) or noun_after_to(doc, k) or spaced_position(doc, k)
        or joined_role(doc, k) or capped_post(doc, k)
    )


def capped_post(doc: Doc, k: int) -> bool:
    """Token k is a capitalised occupation's noun by its suffix inside a sentence, closing a run of
    capitalised words right before a name the model tags a person ("Political Correspondent" Tom
    Hale, "State Comptroller" Ann Lee): no name, place, people or title's modifier of its own."""
    tok, prev = doc[k], doc[k - 1] if k > 0 else None
    if prev is None or tok.is_sent_start or not (tok.is_title and tok.is_alpha) or tok.ent_type_:
        return False
    if not (prev.text[:1].isupper() and prev.is_alpha) or "\n" in prev.whitespace_:
        return False
    if prev.is_sent_start and not is_title_word(prev.text):
        return False  # "Earlier Conservative" X: a clause's adverb, no title's word
    named = doc[k + 1].ent_type_ == "PERSON" and doc[k + 1].ent_iob_ == "B"
    low = tok.lower_
    if low in TITLE_MODIFIERS and agent_noun(low):  # "Deputy Speaker" Ann Lee
        return named
    if not named or not _suffixed_post(low) or census_name(low) or gazetteer_label(low):
        return False
    return english_word(low) and not _demonym(prev.lower_, low)


def _demonym(before: str, low: str) -> bool:
    """A people's word made from a place's name ("New" "Zealander", "Londoner"), or a place's name."""
    stems = (low, low[:-2], low[:-3])  # "zealand|er", "london|er"
    places = world().places
    return any(s in places or f"{before} {s}" in places for s in stems)


def joined_role(doc: Doc, k: int) -> bool:
    """Token k is a lower-case role noun the tagger took for a verb after a role noun and "and"/"or"
    ("vocalist and guitarist" X, "singer or songwriter" X): a noun by WordNet and no verb, with a
    role's suffix or by list."""
    toks = TK.toks(doc)
    tok = toks[k]
    if k < 2 or tok.pos_ != "VERB" or not tok.is_lower or toks[k - 1].lower_ not in CONJUNCTIONS:
        return False
    low = tok.lower_
    noun = listed_as(low, "noun") and not listed_as(low, "verb")
    return noun and role_noun(toks[k - 2], True) and role_word(low)


def spaced_position(doc: Doc, k: int) -> bool:
    """Token k ends a two-word role the lists write with a hyphen, written with a space ("second
    row", "back row", "scrum half"), both words lower-case."""
    toks = TK.toks(doc)
    if k == 0 or not (toks[k].is_lower and toks[k - 1].is_lower and toks[k - 1].is_alpha):
        return False
    return f"{toks[k - 1].lower_}-{toks[k].lower_}" in HYPHENED_ROLES


def noun_after_to(doc: Doc, k: int) -> bool:
    """Token k is a lower-case role noun the parse took for a verb after a noun's or a verb's "to" ("an
    adviser to" sculptor X, "linked to" supermodel X): a noun by WordNet and no verb, with a role's
    suffix or by list."""
    toks = TK.toks(doc)
    tok = toks[k]
    if k < 2 or tok.tag_ != "VB" or not tok.is_lower or toks[k - 1].lower_ != "to":
        return False
    if toks[k - 2].pos_ not in {"NOUN", "VERB"}:  # "an adviser to", "linked to" supermodel X
        return False
    low = tok.lower_
    return role_word(low) and listed_as(low, "noun") and not listed_as(low, "verb")


def opening_role(doc: Doc, k: int) -> bool:
    """Token k is a capitalised role noun by list or suffix opening a line after the first (the parse
    may run a sentence on over a paragraph; a headline's words are loose) or a sentence after the
    first, outside any name, before a capitalised name ("Goalscorer" Hale, "Photographer" Ivo Hale)."""
    toks = TK.toks(doc)
    tok = toks[k]
    if not (tok.is_title and tok.is_alpha and tok.tag_ in {"NN", "NNP"}) or k + 1 >= len(doc):
        return False
    if k == 0 or not toks[k + 1].is_title:
        return False
    line = "\n" in toks[k - 1].text or "\n" in toks[k - 1].whitespace_
    opens = tok.is_sent_start or _after_quote(doc, k)  # '... it was good." Goalscorer' Tom Hale
    return (line or opens and tok.ent_type_ == "") and (plain_role(tok.lower_) or _opening_post(tok.lower_))


def _after_quote(doc: Doc, k: int) -> bool:
    """Token k follows a closing quote mark that a sentence's stop ends inside ('... said." Agent')."""
    return k > 1 and doc[k - 1].text in CLOSING_QUOTES and doc[k - 2].text in STOPS


def _opening_post(low: str) -> bool:
    """A sentence's first word that is an occupation's noun by its suffix and no adjective ("Agent",
    "Solicitor"; not "Recent", "Defiant")."""
    return _suffixed_post(low) and not listed_as(low, "adj")


def _suffixed_post(low: str) -> bool:
    """A lower-cased occupation's noun by its suffix ("solicitor", "agent", "correspondent"), no
    given name, no month and no title's modifier."""
    return post_word(low) and not (census_given(low) or given_name(low)) and low not in TITLE_MODIFIERS \
        and low.capitalize() not in MONTHS and listed_as(low, "noun")  # not "Defiant"


def plain_role(low: str) -> bool:
    """A lower-cased word that is a role noun by list, no title's modifier, or a doer's noun
    (`words.agent_noun`: "goal|scorer"), and no given name ("Viktor")."""
    if census_given(low) or given_name(low):
        return False
    return low in ROLE_NOUNS or is_title(low) and low not in TITLE_MODIFIERS or agent_noun(low)


def role_modifier_name(doc: Doc, start: int) -> bool:
    """The capitalised name at `start` modifies a lower-case role noun right after it ("former World
    Bank director"): the words before it belong to that role, not to the name."""
    toks = TK.toks(doc)
    tok = toks[start]
    while tok.dep_ == "compound" and tok.head.i > tok.i and tok.text[:1].isupper():
        tok = tok.head
    return tok.i > start and tok.is_lower and role_noun(tok, True)


def adjective_role(tok: Token) -> bool:
    """A lower-case "-ist" word the tagger read as an adjective right before a name ("the satirist"
    Tom Hale): a role all the same."""
    return tok.tag_ == "JJ" and tok.is_lower and tok.lower_.endswith("ist") and tok.lower_ not in NOT_ROLES


def caps_role(tok: Token) -> bool:
    """A role noun written in capitals right before a name ("Virgin Radio DJ" Tom Hale)."""
    return tok.is_upper and len(tok.text) > 1 and tok.lower_ in ROLE_NOUNS


def proper_tagged_role(doc: Doc, k: int) -> bool:
    """Token k is a lower-case role noun by its suffix the tagger read as a proper noun, before a
    name the model tags a person ("drummer" Tom Hale; not "communist" East Germany)."""
    toks = TK.toks(doc)
    tok = toks[k]
    if tok.tag_ != "NNP" or not tok.is_lower or not tok.is_alpha or toks[k + 1].ent_type_ != "PERSON":
        return False
    return role_word(tok.lower_)


def party_member(doc: Doc, k: int) -> bool:
    """Token k is a member of a group the model calls a people and no gazetteer knows as one (a party's
    "Democrat", "Tory"; not "American", "Briton", "Texan"), right before a name the model tags a person:
    "Democrat John Kerry" describes him as a title does."""
    toks = TK.toks(doc)
    tok = toks[k]
    if tok.ent_type_ != "NORP" or tok.tag_ != "NNP" or not tok.is_title or not tok.is_alpha:
        return False
    named = toks[k + 1].ent_type_ == "PERSON" and toks[k + 1].ent_iob_ == "B"
    if k > 0 and toks[k - 1].is_lower and role_noun(toks[k - 1], True):
        return False  # "chef Han Li Guang": the word opens the name a title precedes
    return named and gazetteer_label(fold(tok.text)) is None and not regional(tok.lower_)


def described_people(doc: Doc, k: int) -> bool:
    """Token k is a people's word the gazetteer knows, used as a noun with a lower-case word modifying
    it, right before a name the model tags a person ("fellow Kenyan" Ann Otieno): a description."""
    toks = TK.toks(doc)
    tok = toks[k]
    if k == 0 or not tok.is_title or toks[k + 1].ent_type_ != "PERSON":
        return False
    if gazetteer_label(fold(tok.text)) != "NORP":
        return False
    mod = toks[k - 1]
    modifies = mod.pos_ in {"ADJ", "NOUN"} and mod.dep_ in {"amod", "compound"} and mod.head.i > k - 1
    return modifies and mod.is_lower and mod.is_alpha and mod.ent_type_ not in TEMPORAL


def kin_word(doc: Doc, k: int) -> bool:
    """Token k ends a lower-case word for a relative or partner right before a name the model tags a
    person ("husband" Tom Hale, "brother-in-law" Ann Lee)."""
    toks = TK.toks(doc)
    if toks[k + 1].ent_type_ != "PERSON" or not toks[k].is_lower:
        return False
    i = k
    while i > 1 and glued_hyphen(toks, i - 1):
        i -= 2
    return doc[i : k + 1].text.lower() in KIN_NOUNS


def regional(low: str) -> bool:
    """A people's word made from a country's or a region's name ("Texan", "Bavarian", "Kenyan")."""
    if not low.endswith("n"):
        return False
    stems = (low[:-1], low[:-1] + "s", low[:-3])  # "Kenya", "Texas", "Paris" of "Parisian"
    return any(p.kind in {"country", "admin1"} for s in stems for p in world().places.get(s, ()))


def hyphen_role(doc: Doc, k: int) -> bool:
    """Token k ends a hyphenated role ("fly" "-" "half"), or a lower-case one glued whole that names a
    title by list ("team-mate")."""
    toks = TK.toks(doc)
    if k < 2 or toks[k - 1].text != "-":
        return False
    joined = doc[k - 2 : k + 1].text.lower()
    glued = not toks[k - 1].whitespace_ and not toks[k - 2].whitespace_ and toks[k].is_lower
    return joined in ROLE_NOUNS or glued and toks[k - 2].is_lower and is_title(joined)


def position_word(doc: Doc, k: int) -> bool:
    """Token k is a listed role noun right before a name that the tagger read otherwise: opening the
    sentence ("Lock" Ben Kay) or as a verb after a team's name ("Blues prop" John Yapp), after "and"
    closing a name ("Flanker Tom Hale and prop" Ivo Kay) or before a name that a finite verb follows
    ("... and lock Ivo Kay replaces ...")."""
    toks = TK.toks(doc)
    tok = toks[k]
    if tok.lower_ not in ROLE_NOUNS or not tok.is_alpha:
        return False
    if tok.is_sent_start and tok.is_title:
        return True
    if not (tok.is_lower and tok.pos_ == "VERB" and k > 0):
        return False
    if toks[k - 1].lower_ in CONJUNCTIONS and _subject_name(doc, k + 1):
        return True  # "is fit to start and lock" Tom Hale "replaces ...": the name is the verb's subject
    before = toks[k - 1]
    return before.is_title or k > 1 and before.lower_ in CONJUNCTIONS and toks[k - 2].pos_ == "PROPN"


def _subject_name(doc: Doc, k: int) -> bool:
    """A personal name of two words or more opens at token k and a finite verb follows it."""
    j = k
    while j < len(doc) and doc[j].is_title and doc[j].is_alpha:  # "Dafydd" may be tagged a noun
        j += 1
    return j - k >= 2 and j < len(doc) and doc[j].tag_ in FINITE_TAGS


def of_field(doc: Doc, k: int) -> int:
    """How many words before the title token k's "<title> of/for <field>" takes ("director of rugby"
    Nigel Melville, "head of research", "minister for civil aviation"): 2 or 3, or 0 for none."""
    toks = TK.toks(doc)
    if not (toks[k].is_lower and toks[k].pos_ in {"NOUN", "PROPN"}) or role_noun(toks[k], True):
        return 0  # not "head of chairman X"
    j = k - 1
    if j > 1 and toks[j].is_lower and toks[j].is_alpha and toks[j].pos_ in {"ADJ", "NOUN"}:
        j -= 1  # "civil" aviation
    if j < 1 or toks[j].lower_ not in FIELD_PREPS or not is_title(fold(toks[j - 1].text)):
        return 0
    if toks[j].lower_ == "for" and toks[k].tag_ == "NNS" and toks[k].ent_type_ in TEMPORAL:
        return 0  # "coach for years" Ann Lee; "minister for women" Ann Lee keeps its field
    return k - j + 1


def plural_head(doc: Doc, k: int) -> bool:
    """Token k is a plural noun heading a title, no field after a "for"/"of" ("minister for schools")."""
    return doc[k].tag_ == "NNS" and not of_field(doc, k)


def of_body(doc: Doc, k: int) -> int:
    """How many words before token k a capitalised title's "<Title> of/for [the] <Name>" takes, k
    ending the name ("Chancellor of the Exchequer", "Secretary of Energy", "Mayor of Kelby" Tom Hale):
    the words back to the title, or 0 for none."""
    toks = TK.toks(doc)
    j = k
    while j > 0 and k - j < BODY_WORDS and _body_word(toks[j]):
        j -= 1
    if j == k or j < 1:
        return 0
    if toks[j].lower_ == "the":
        j -= 1
    if j < 1:
        return 0  # "For the Kelby" opening the text: no title before it (doc[-1] is the text's end)
    title = toks[j - 1]
    if toks[j].lower_ not in FIELD_PREPS or not (title.text[:1].isupper() and is_title(fold(title.text))):
        return 0
    return k - j + 1


def _body_word(tok: Token) -> bool:
    """A word of a body's or place's name: capitalised, a proper noun, no person's and no title."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.ent_type_ != "PERSON" \
        and not is_title(fold(tok.text)) and "\n" not in tok.whitespace_


def modified_role(doc: Doc, k: int) -> bool:
    """Token k is a noun that names a role only after a lower-case word saying what of ("television
    host", "chat show host" Tom Hale; not a club's verb: "Celtic host" Norvik United)."""
    toks = TK.toks(doc)
    tok = toks[k]
    if tok.lower_ not in MODIFIED_ROLES or not tok.is_lower or k == 0:
        return False
    before = toks[k - 1]  # "show" host, which the tagger may read as a verb
    noun = before.pos_ in {"NOUN", "ADJ"} or before.pos_ == "VERB" and listed_as(before.lower_, "noun")
    return before.is_lower and before.is_alpha and noun


def promise_word(doc: Doc, k: int) -> bool:
    """Token k is a noun of promise after a word saying what for, right before a name ("800m hope",
    "medal prospect" Tom Hale; not "in the hope" Tom Hale would)."""
    toks = TK.toks(doc)
    tok = toks[k]
    if tok.lower_ not in PROMISE_NOUNS or not tok.is_lower or k == 0:
        return False
    before = toks[k - 1]
    if measure_unit(doc, k - 1):
        return True
    return before.is_alpha and not before.is_stop and before.pos_ in {"NOUN", "ADJ", "PROPN"} \
        and fold(before.text) not in DETERMINERS


def measure_unit(doc: Doc, k: int) -> bool:
    """Token k is a short unit glued to the number before it ("10,000" "m", "60" "kg")."""
    toks = TK.toks(doc)
    tok = toks[k]
    return (k > 0 and tok.is_alpha and tok.is_lower and len(tok.text) <= 2 and toks[k - 1].like_num
            and not toks[k - 1].whitespace_)


def rank_of(doc: Doc, k: int, start: int = 0) -> bool:
    """Token k ranks the person in a role before the name at `start`: a number or ordinal modifying a
    word of the role ("seventh seed", "32nd seed", "Top seed", "four-time champion"), or the "number"
    of "number two" (with `start` 0: token k is the number of "number two" right before the name)."""
    toks = TK.toks(doc)
    tok = toks[k]
    if not start:
        return tok.like_num and k > 0 and toks[k - 1].lower_ in NUMBER_WORDS
    if tok.lower_ in NUMBER_WORDS:
        return toks[k + 1].like_num and k + 1 < start
    if tok.like_num and k > 0 and toks[k - 1].lower_ in NUMBER_WORDS:
        return True  # "Number one" men's seed: the number the word "number" opens
    ranks = rank_word(tok)
    if ranks and tok.ent_type_ == "ORDINAL" and tok.is_lower and k + 1 < start:
        return True  # "and seventh" seed: an ordinal the parse joined to a word before it
    return ranks and tok.dep_ in {"amod", "nummod"} and k < tok.head.i < start
