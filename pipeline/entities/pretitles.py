"""Titles and roles written before a person's name: `split_title` cuts the leading title words the
model kept inside a name ("Minister of Defense of Ukraine Rustem Umierov"), `pre_title` reads the
title right before one ("Estonian Defense Minister" Hanno Pevkur, "seventh seed", "former England
captain"), walking back from the word `titleheads.py` finds heading the title. All work on token
indices."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.entities import gapclauses as GC
from pipeline.entities import moodwords as MW
from pipeline.entities import roleedges as RE
from pipeline.entities import titleheads as TH
from pipeline.entities import tokens as TK
from pipeline.entities.appositions import class_owner
from pipeline.entities.calendarnames import plural_day
from pipeline.entities.evidence import FACILITY_HEADS, POSS_CUT
from pipeline.entities.lexicon import (
    CUES,
    DETERMINERS,
    EVENT_HEADS,
    HONORIFICS,
    ORG_HEADS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    TEMPORAL,
    TITLE_MODIFIERS,
    TITLES,
    census_name,
    fold,
    gazetteer_label,
    given_name,
    is_title,
    is_title_word,
    plural_title,
    role_noun,
    role_word,
    singular,
)
from pipeline.entities.sources import WEEKDAYS
from pipeline.entities.words import english_word, generic_key, plural_noun

PAST_MARKERS = frozenset({"former", "ex"})  # words that keep a role true of the past
EPITHET_GAPS = (("the", "late"), ("the", "now", "-", "retired"))  # "actor the late" X: the actor's role
CLAUSE_POS = frozenset({"VERB", "AUX"})  # a verb before a role's participle ends the role
PARTICIPLE_BLOCKS = frozenset({"ADP", "AUX", "PART"})  # "after meeting" striker: a verb
CONNECTIVES = frozenset({"of", "and"})
POSSESSIVE = POSS_CUT  # "Scotland's", "Robbie Williams'" First Minister
TITLE_JOINS = POSSESSIVE | CONNECTIVES
VENUE_HEADS = FACILITY_HEADS | CUES["site_tails"].keys() | {  # "the Prince Edward Theatre": no role
    n.capitalize() for n, label in CUES["class_nouns"].items() if label == "FAC"}
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})  # "rap" star, "world" 400m champion
BODY_TYPES = frozenset({"ORG", "NORP", "GPE"})  # what a role before "former" is held in
NUMBERED_NAMES = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})  # "BBC Radio 1", "Channel 4"
TIME_NOUNS = frozenset(
    {"morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year"})
TIME_DEICTICS = frozenset({"that", "this", "next", "last", "same", "every", "each", "following", "previous"})


def split_title(doc: Doc, start: int, end: int, label: str) -> tuple[int, str | None]:
    """Leading title words inside a span ("Minister of Defense of Ukraine Rustem Umierov").

    Returns the new start of the name and the role text (None when nothing was split off).
    """
    i, tk = start, TK.of(doc)  # asked at every model's name: the Doc's lists, no Token made
    words, low = tk.words, tk.lowers
    if label == "PERSON" and end - i > 2 and plural_title(words[i]) and given_name(fold(words[i + 1])):
        return start + 1, singular(words[start])  # "Singers Ann Lee and Tom Hale"
    while i < end and (
        is_title(fold(words[i]))
        or fold(words[i]) in TITLE_MODIFIERS
        or (i > start and low[i] in {"of", "for", "and", "'s"})
        or (i > start and gazetteer_label(fold(words[i])) is not None)
    ):
        i += 1
    while i > start and low[i - 1] in {"of", "for", "and"}:
        i -= 1
    if i == start or i >= end:
        return start, None
    rest = doc[i:end]
    if not all(t.text[:1].isupper() for t in rest) or any(t.text in ORG_HEADS for t in rest):
        return start, None
    if label != "PERSON" and words[end - 1] in EVENT_HEADS:  # "the International X Conference"
        return start, None
    if doc[end - 1].text in VENUE_HEADS and not census_name(fold(doc[end - 1].text)):
        return start, None  # a venue named after a royal ("King Olav Stadium"); "Sir Ian Park" a person
    head_is_honorific = fold(doc[i - 1].text) in HONORIFICS or fold(doc[start].text) in HONORIFICS
    if label != "PERSON" and len(rest) < 2 and not head_is_honorific:
        return start, None
    if not any(is_title(fold(t.text)) for t in doc[start:i]):
        return start, None
    if all(fold(t.text) in HONORIFICS for t in doc[start:i]):
        return i, None
    lead = start  # title words the model left outside the span ("First" Minister Alan Baird)
    while lead > 0 and doc[lead - 1].text[:1].isupper() and is_title_word(doc[lead - 1].text):
        lead -= 1
    return i, doc[lead:i].text


_MEMO: tuple[Doc | None, dict[int, tuple[int, str | None]]] = (None, {})  # the stage's article, its answers


def remember(doc: Doc | None) -> None:
    """Keep `pre_title`'s answers for `doc` (the article the entities stage reads, which it never
    changes) until called again; None stops. One tuple, swapped whole: no reader sees a half."""
    global _MEMO
    _MEMO = (doc, {})


def pre_title(doc: Doc, start: int) -> tuple[int, str | None]:
    """Title words right before a name ("Estonian Defense Minister" Hanno Pevkur).

    Returns the start of the title region (== start when none) and the role text or None; worked
    out once per name start of the article `remember` holds (many rules ask for the same names).
    """
    held, answers = _MEMO
    if held is not doc:
        return _pre_title(doc, start)
    got = answers.get(start)
    if got is None:
        got = answers[start] = _pre_title(doc, start)
    return got


def _pre_title(doc: Doc, start: int) -> tuple[int, str | None]:
    """`pre_title`, worked out; past a "the late" or "the now-retired" between title and name."""
    toks = TK.toks(doc)
    gap = _epithet_gap(doc, start)
    if gap is not None:
        lead, found = _pre_title(doc, gap)
        if found:
            return lead, found
    i = start
    if (
        i == 0
        or TH.role_modifier_name(doc, start)
        or not TH.heads_title(doc, i - 1)
        or RE.modal_verb(doc, i - 1)
        or "\n" in toks[i - 1].whitespace_
    ):
        return start, None
    i -= 1 + (TH.of_field(doc, i - 1) or TH.of_body(doc, i - 1))
    while i > 0 and "\n" not in toks[i - 1].whitespace_:
        tok = toks[i - 1]
        key = fold(tok.text)
        titled = (is_title(key) or key in TITLE_MODIFIERS or key in ROLE_MODIFIERS) \
            and not RE.preposition(doc, i - 1)  # "under" President X: the clause's, no title's "Under"
        hyphen = tok.text == "-"
        if key in PAST_MARKERS:  # "former England captain": no longer, so part of the role
            i -= 1
            if not _body_before(doc, i):
                break
            continue
        if TH.rank_of(doc, i - 1, start):  # "seventh" seed, "four"-time champion, "number" two
            i -= 1
            if tok.is_sent_start:
                break
            continue
        if _participle(doc, i - 1):  # "beaten" finalist, "defending" champion
            i -= 1
            if tok.is_sent_start or toks[i - 1].pos_ in CLAUSE_POS:  # "will miss" suspended captain X
                break
            continue
        if TH.measure_unit(doc, i - 1):  # "10,000m" hope, "60kg" champion
            i -= 2
            if toks[i].is_sent_start:
                break
            continue
        if _name_of(doc, i - 1):  # "Republic of Ireland" manager, "Bank of Norvik" governor
            i -= 2
            if toks[i].is_sent_start:
                break
            continue
        slash = _joined_roles(doc, i - 1)  # "Singer/"guitarist
        joined = _possessive(tok) or slash  # "The Times'" critic
        if joined and i > 1 and class_owner(toks[i - 2]):  # "men's" champion: a class, part of the role
            i -= 2
            if toks[i].is_sent_start:
                break
            continue
        if _name_article(doc, i - 1):  # "The Times'" music critic
            i -= 1
            break
        if RE.name_verb(doc, i):  # "coach Tom Hale naming" centre X: another person's name
            break
        if _time_adverbial(doc, i - 1):  # "that morning" singer X: when, not what
            break
        if (tok.is_punct and not hyphen and not joined) or key in DETERMINERS or (
                tok.ent_type_ in TEMPORAL and not titled and not hyphen and not _weekday_name(doc, i - 1)
                and not plural_day(TK.of(doc).words, i - 1)):  # "Lazy Sundays" drummer
            break
        if (
            titled
            or _role_modifier(doc, i - 1)
            or RE.coordinated_body(doc, i - 1)
            or RE.joined_portfolio(doc, i - 1)  # "Energy and" Environment Minister
            or (_possessive(tok) and i > 1 and toks[i - 2].text[:1].isupper())
            or tok.text[:1].isupper()
            and (not tok.is_sent_start or gazetteer_label(key) or tok.ent_type_ not in TEMPORAL | {""}
                 or not (english_word(tok.lower_) or tok.is_stop)  # "Usdaw general secretary"
                 or _opening_modifier(doc, i - 1, start))  # "World record holder", "Bath and X centre"
            and not (tok.is_sent_start and _sentence_adverb(tok))  # "Analysing Mr X", "Earlier Tory leader"
            or _name_opens(doc, i - 1)
            or _opening_noun(tok)
            or slash
            or _name_number(doc, i - 1)
            or (tok.is_alpha and not tok.whitespace_ and toks[i].text == "-")  # "Co-star" Tom Hale
        ):
            i -= 1
        else:
            break
        if tok.is_sent_start:
            break
    while i < start and toks[i].text in TITLE_JOINS:
        i += 1
    i = RE.past_verb(doc, _works_listed(doc, _past_title_tail(doc, i, start)), start)
    end = start
    i = MW.past_moods(doc, i, end)  # "crestfallen" coach, "in-form" centre: the person's, not the post's
    i = GC.past_gap_object(doc, i, start)  # "the impact" coach X "has had": the clause's object
    while end > i and fold(toks[end - 1].text) in HONORIFICS and not (toks[end - 1].is_lower  # "manager Sir"
                                                                     and toks[end - 1].pos_ != "VERB"):
        if _body_post(doc, i, end - 1):  # "Stanford Professor": the body's post, no honorific
            break
        end -= 1
    if end > i and toks[end - 1].text in POSSESSIVE:
        return start, None  # "Flight International's Mr Learmount": whose, not what
    if end > i and toks[end - 1].lower_ in {"and", "or", "&"}:
        return start, None  # "the prime minister and Mr Brown": another person's title
    if i < end < start and toks[end - 1].pos_ not in {"NOUN", "PROPN"}:
        return start, None  # "under Mr Hale", "the successful Sir Tom Hale": no role before the honorific
    return i, (doc[i:end].text if end > i else None)


def _epithet_gap(doc: Doc, start: int) -> int | None:
    """The index of "the" opening "the late" or "the now-retired" right before a name ("actor the
    late Tom Hale"), or None."""
    words = TK.of(doc).lowers[max(0, start - 4) : start]  # the lower-case words, no Span made
    for gap in EPITHET_GAPS:
        if words[-len(gap):] == list(gap) and "\n" not in doc[start - len(gap) : start].text_with_ws:
            return start - len(gap)
    return None


def _time_adverbial(doc: Doc, k: int) -> bool:
    """The time noun at k closes a time adverbial ("that morning", "later that night", "the next
    day"): never part of the role after it (a "night nurse" or "morning presenter" keeps it)."""
    toks = TK.toks(doc)
    return toks[k].lower_ in TIME_NOUNS and k > 0 and toks[k - 1].lower_ in TIME_DEICTICS


def _body_before(doc: Doc, k: int) -> bool:
    """Token k ("former") follows a party's, body's or place's name inside the sentence, which the
    role is held in ("Labour" former minister), or a name's possessive ("Kelby's" former chief)."""
    tok = doc[k - 1] if k > 0 and not doc[k].is_sent_start else None  # not "Inc. Former" chief X
    if tok is not None and _possessive(tok) and k > 1:
        return doc[k - 2].text[:1].isupper()
    return tok is not None and not tok.is_sent_start and tok.text[:1].isupper() \
        and tok.ent_type_ in BODY_TYPES and "\n" not in tok.whitespace_


def _body_post(doc: Doc, i: int, k: int) -> bool:
    """The honorific at `k` is also an occupation's noun and heads a title after a body's name that
    opens at or after `i` ("Carnegie Mellon Professor", not "Labour MP Sir")."""
    prev = doc[k - 1] if k > i else None
    named = prev is not None and prev.text[:1].isupper() and fold(prev.text) not in HONORIFICS
    return named and fold(doc[k].text) in ROLE_NOUNS and not is_title(fold(prev.text))


def _participle(doc: Doc, k: int) -> bool:
    """Token k is a lower-case participle modifying the role after it ("beaten" finalist, "defending"
    champion), not a verb's "-ing" after a preposition or an auxiliary ("after meeting" striker X)."""
    toks = TK.toks(doc)
    tok = toks[k]
    if tok.tag_ not in {"VBN", "VBG"} or not tok.is_lower or tok.dep_ != "amod" or tok.head.i <= k:
        return False
    if k > 0 and tok.tag_ == "VBN" and toks[k - 1].pos_ == "ADP":
        return True  # "by disgraced" peer X: an adjective after a preposition, no verb
    return k == 0 or toks[k - 1].pos_ not in PARTICIPLE_BLOCKS and not _after_phrase(doc, k)


def _after_phrase(doc: Doc, k: int) -> bool:
    """Token k follows a noun phrase an article or a preposition opens ("the injury" forced, "by Norvik"
    forced coach X): a verb with its subject, not a participle of the role ("Wales injured" captain)."""
    j = k
    while j > 0 and doc[j - 1].pos_ in {"NOUN", "PROPN"} and doc[j - 1].tag_ != "POS":
        j -= 1
    return j < k and j > 0 and doc[j - 1].pos_ in {"DET", "ADP"} and doc[j - 1].lower_ != "to"  # "to screen"


def _opening_modifier(doc: Doc, k: int, start: int) -> bool:
    """Token k, a sentence's first word, is a capitalised noun modifying a word of the title before
    the name at `start` ("World" indoor champion, "Bath" and England centre), no clause's word."""
    tok = doc[k]
    return (tok.tag_ in {"NNP", "NN"} and tok.dep_ in {"compound", "nmod"} and k < tok.head.i < start
            and not tok.ent_type_ and not tok.is_stop)


def _sentence_adverb(tok: Token) -> bool:
    """A sentence's first word that belongs to the clause, not to a title: a verb, a preposition, an
    adverb or a comparative used as one ("Analysing", "Earlier", "Later", "Sadly")."""
    return tok.pos_ in {"VERB", "ADP", "ADV", "SCONJ"} or tok.tag_ in {"RBR", "JJR"}


def _past_title_tail(doc: Doc, i: int, start: int) -> int:
    """The role's start past capitalised words that end a longer title "A of the B" before it ("The
    Phantom of the Opera director": the work's "Opera", not the role's); a title's own head before
    "of the" keeps them ("Chancellor of the Exchequer"; not an honorific: "the Lord of the Rings star")."""
    toks = TK.toks(doc)
    if i < 3 or toks[i - 1].lower_ != "the" or toks[i - 2].lower_ != "of" \
            or not toks[i - 3].text[:1].isupper():
        return i
    if fold(toks[i - 3].text) in TITLES:
        return i
    while i < start and toks[i].text[:1].isupper() and not is_title(fold(toks[i].text)):
        i += 1
    return i


def _possessive(tok: Token) -> bool:
    """A possessive ending: "'s", or a bare apostrophe the tagger reads as one ("Williams'")."""
    return tok.text in {"'s", "\u2019s"} or (tok.text in POSSESSIVE and tok.tag_ == "POS")


def _name_of(doc: Doc, k: int) -> bool:
    """Token k is the "of" inside a capitalised name before the title ("Republic of Ireland" manager)."""
    toks = TK.toks(doc)
    before, after = toks[k - 1] if k > 0 else toks[k], toks[k + 1]
    return (toks[k].lower_ == "of" and k > 0 and before.pos_ == after.pos_ == "PROPN"
            and before.ent_type_ != "PERSON" and "\n" not in before.whitespace_)  # not "Tom Hale of Norvik's"


def _name_article(doc: Doc, k: int) -> bool:
    """Token k is a capitalised "The" inside a sentence opening a name whose possessive owns the role
    ("The Times'", "The Lancet's" editor)."""
    toks = TK.toks(doc)
    tok = toks[k]
    if tok.text != "The" or k == 0 or not (toks[k - 1].is_alpha or toks[k - 1].text == ","):
        return False  # inside a sentence: "was The Times'"; not "\n\nThe Liberal Democrats'"
    if tok.is_sent_start or not toks[k + 1].text[:1].isupper():
        return False
    e = k + 1
    while e < len(doc) and toks[e].text[:1].isupper():
        e += 1
    return e < len(doc) and _possessive(toks[e])


def _joined_roles(doc: Doc, k: int) -> bool:
    """Token k is the slash joining two role words with no space ("Singer/guitarist" Tom Hale)."""
    toks = TK.toks(doc)
    if toks[k].text != "/" or k == 0 or toks[k].whitespace_ or toks[k - 1].whitespace_:
        return False
    return role_word(toks[k - 1].lower_) and role_word(toks[k + 1].lower_)


def _name_number(doc: Doc, k: int) -> bool:
    """Token k is a number inside the name of a body before the role ("BBC Radio 1" DJ, "Channel 4"
    presenter): digits the model tags as part of the name that the capitalised word before opens."""
    tok = doc[k]
    return (k > 0 and tok.is_digit and tok.ent_iob_ == "I" and tok.ent_type_ in NUMBERED_NAMES
            and doc[k - 1].text[:1].isupper() and "\n" not in doc[k - 1].whitespace_)


def _name_opens(doc: Doc, k: int) -> bool:
    """Token k opens a sentence with a name that goes on in the title after it ("West" Ham boss)."""
    toks = TK.toks(doc)
    tok, nxt = toks[k], toks[k + 1]
    return (
        tok.is_title
        and tok.is_alpha
        and not tok.is_stop
        and not (_sentence_adverb(tok) and nxt.ent_iob_ == "B")  # "Earlier" Tory leader; "Strictly" Come
        and tok.ent_type_ not in TEMPORAL
        and nxt.is_title
        and nxt.is_alpha
        and not is_title_word(nxt.text)
        and not is_title_word(tok.text)
    )


def _weekday_name(doc: Doc, k: int) -> bool:
    """Token k is a weekday the parse makes a modifier of the capitalised word after it, which it
    opens: a paper's name ("Sunday Telegraph" journalist), no date ("On Wednesday Mr Hale")."""
    tok, nxt = doc[k], doc[k + 1]
    if not (tok.text in WEEKDAYS and tok.dep_ == "compound" and tok.head.i > k):
        return False
    return nxt.is_title and nxt.ent_type_ != "PERSON" and fold(nxt.text) not in HONORIFICS


def _opening_noun(tok: Token) -> bool:
    """A common noun or adjective, a noun's plural, or an acronym, opening the sentence and modifying
    the role ("Committee" chairman X, "Conservative" family spokeswoman X, "SMFG" President X)."""
    if not tok.is_sent_start or tok.dep_ not in {"compound", "amod"} or tok.head.i <= tok.i:
        return False
    if tok.is_upper and tok.is_alpha and len(tok) > 1:  # in a line of mixed case
        return tok.dep_ == "compound" and not tok.nbor().is_upper  # not "Earlier": no noun
    plural = plural_noun(tok.lower_)  # a side or a show named by a plural ("Wasps" coach, "Friends" star)
    return tok.is_title and tok.tag_ not in {"JJR", "JJS"} and (generic_key(fold(tok.text)) or plural)


def _role_modifier(doc: Doc, k: int) -> bool:
    """Token k belongs to the role after it: a lower-case noun or adjective modifying it ("shadow"
    home secretary, "rap" star, "rugby" captain), a hyphenated piece ("chart-" topper), or "and"."""
    toks = TK.toks(doc)
    tok = toks[k]
    if tok.text == "-":
        return k > 0 and not tok.whitespace_ and not toks[k - 1].whitespace_ and toks[k - 1].is_alpha
    if not tok.is_lower or not tok.is_alpha or tok.ent_type_ in TEMPORAL:
        return False
    if not tok.whitespace_ and toks[k + 1].text == "-" or RE.after_hyphen(doc, k):  # "in-form" prospect
        return True
    if tok.lower_ == "and":  # "record holder and BBC pundit": the words after it are a role already
        return k > 0 and (role_noun(toks[k - 1], True) or _relation(doc, k - 1))
    if role_noun(tok, True) or RE.noun_as_verb(tok) or (_relation(doc, k) and toks[k + 1].lower_ == "and"):
        return True
    if tok.dep_ == "nmod" and any(t.pos_ == "PROPN" for t in doc[k + 1 : tok.head.i]):
        return False  # "to screen" + "murdered Dutch film-maker Tom Hale's film": the name's noun
    return tok.pos_ in {"NOUN", "ADJ", "PROPN"} and tok.dep_ in MODIFIER_DEPS and tok.head.i > k


def _relation(doc: Doc, k: int) -> bool:
    """Token k is a person's relation owned by a personal pronoun, joined by "and" to a role after it
    ("their friend and clubman" Tom Hale, "his wife and manager"; not "its board and chairman")."""
    tok = doc[k]
    return (k > 0 and tok.tag_ == "NN" and tok.is_lower and doc[k - 1].tag_ == "PRP$"
            and doc[k - 1].lower_ != "its")


def _works_listed(doc: Doc, i: int) -> int:
    """The start of a list of capitalised names before the role that starts at token i, the last of
    them inside it ("Shameless, State Of Play and" Clocking Off creator): works or bodies the role
    is of, not people or titles; i itself when there is no such list."""
    toks = TK.toks(doc)
    if i < 4 or toks[i - 1].lower_ != "and" or not toks[i].text[:1].isupper() or toks[i].is_sent_start:
        return i
    k, commas = i - 1, 0
    while True:
        j = k
        while j > 0 and _list_word(toks[j - 1], j - 1 < k - 1) and "\n" not in toks[j - 1].whitespace_:
            j -= 1
        if j == k or not toks[j].text[:1].isupper() or _personal(doc[j:k]):
            return i
        if j == 0 or toks[j].is_sent_start or toks[j - 1].text != ",":
            return j if commas else i
        k, commas = j - 1, commas + 1


def _list_word(tok: Token, inner: bool) -> bool:
    """A word of a listed name: capitalised, no date's or title's; "of"/"the" inside one."""
    if tok.lower_ in {"of", "the"} and inner:
        return True
    return (tok.text[:1].isupper() and tok.is_alpha and tok.ent_type_ not in TEMPORAL
            and not is_title(fold(tok.text)) and not tok.is_stop)


def _personal(item: Span) -> bool:
    """A listed name the model calls a person, alone or opening with a given name ("Blair", "Tom
    Hale"; not a title it misread, "Harbour Lights")."""
    return any(t.ent_type_ == "PERSON" for t in item) and (len(item) == 1 or given_name(fold(item[0].text)))
