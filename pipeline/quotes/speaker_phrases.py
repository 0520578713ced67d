"""What can name a speaker and the characters that name it: a usable token that can head a
speaker's noun phrase (no date, number, possessive or word inside a quote), the phrase's span up to an
apposition, a relative clause or a line break, and a name that modifies a common-noun speaker
('sources close to X')."""

from __future__ import annotations

import calendar

from spacy.tokens import Doc, Span, Token

from pipeline import entities
from pipeline.quotes.asked_topics import agent_topic
from pipeline.quotes.cues import FEMALE_TITLES, MALE_TITLES, REPRESENTATIVE_NOUNS
from pipeline.quotes.firm_names import name_with_s
from pipeline.quotes.inverted_leads import lead_name
from pipeline.quotes.marks import Spans
from pipeline.quotes.polls import is_share
from pipeline.quotes.stances import person_like
from pipeline.vocab import POST_NOMINALS

SUBJ_DEPS = frozenset({"nsubj", "nsubjpass"})
_CUT = {",", "(", "\u2014", "\u2013", "who", "which", "whose", ";", ":", "\u201c", "\u201d", '"'}
_CUT_DEPS = {"relcl", "acl", "appos"}
_NOT_NAMES = {"DATE", "TIME", "ORDINAL", "MONEY", "QUANTITY"}  # ('73 percent said', 'two of them said')
_NOT_HEADS = {"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PART", "NUM", "SYM", "PUNCT", "SPACE", "INTJ"}
_TRAILING = {"AUX", "ADP", "DET", "CCONJ", "SCONJ", "PART", "PUNCT"}
_PARTICLES = entities.name_particles()  # 'Van den', 'de la' inside a name
_HONORIFICS = {t.lower().rstrip(".") for t in MALE_TITLES | FEMALE_TITLES}
_DAYS = {d.lower() for d in (*calendar.day_name, *calendar.month_name) if d} | {"yesterday", "today"}


def usable(tok: Token, quotes: Spans) -> bool:
    """A possible speaker: not a date, time or number (but a share: 'Three-quarters said', 'Thirty per
    cent said'), not punctuation (but a '%'), not inside a quote."""
    return ((tok.ent_type_ not in _NOT_NAMES or tok.lower_ in ("old", "olds")  # 'the 22-year-old'
             or _titled(tok)  # 'Mr Tellier' the model took for a date
             or (tok.dep_ in SUBJ_DEPS and (is_share(tok) or _record_of(tok))))
            and (not tok.is_punct or tok.text == "%")  # '50% of those asked'
            and quotes.index_at(tok.idx) is None
            and not (tok.like_num and not any(c.dep_ == "prep" for c in tok.children)
                     and not _one_of_them(tok)))


def _titled(tok: Token) -> bool:
    """A proper noun after an honorific ('Mr X', 'Mrs X'): a person's name, whatever the model's label."""
    return tok.pos_ == "PROPN" and tok.i > 0 and tok.doc[tok.i - 1].lower_.rstrip(".") in _HONORIFICS


def article_of_owned(owner: Token) -> bool:
    """A plural possessor ("MPs'") with 'a' or 'an', which goes with the thing owned ("a new MPs' report")."""
    doc = owner.doc
    return owner.i + 1 < len(doc) and doc[owner.i + 1].text in ("'", "\u2019") and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in owner.children)


def _record_of(tok: Token) -> bool:
    """A noun the model took for a time that records a named event ('minutes of the meeting
    showed'): no count of its own ('two minutes of play'), an 'of' phrase naming no time."""
    return tok.pos_ == "NOUN" and not any(c.dep_ == "nummod" for c in tok.children) and any(
        c.lower_ == "of" and any(g.dep_ == "pobj" and not g.ent_type_ for g in c.children)
        for c in tok.children)


def _one_of_them(tok: Token) -> bool:
    """'One told reporters …', 'Six in 10 say …', '43 said …': a number as the subject before its
    verb, one (or a count) of a group named before or polled."""
    return (tok.lower_ == "one" and tok.dep_ in SUBJ_DEPS) or (tok.dep_ == "nsubj" and tok.i < tok.head.i)


def speaker_head(tok: Token, quotes: Spans) -> bool:
    """A usable token that can head a speaker's noun phrase: a noun, proper noun or pronoun (or a
    determiner such as 'some', 'both'), never a possessive ('the country's', 'its')."""
    if tok.pos_ == "NUM" and not any(c.dep_ == "prep" for c in tok.children) and not _one_of_them(tok):
        return False  # 'one of the Guildford Four' and 'One told X' are speakers, a bare number is not
    if tok.pos_ == "VERB" and tok.dep_ == "nsubj" and tok.is_title and not any(True for _ in tok.children):
        return usable(tok, quotes)  # a name the tagger took for a verb ('Trump further summed up …')
    return (usable(tok, quotes) and (tok.pos_ not in _NOT_HEADS or tok.pos_ == "NUM") and tok.dep_ != "poss"
            and tok.tag_ != "PRP$" and (name_with_s(tok) or not any(c.dep_ == "case" for c in tok.children)))


def _name_start(subj: Token) -> int:
    """The first word of a person's name the parse split at its particles ('Nick Van den Brul', the
    surname made the subject) with the job words before it ('analyst'); else the subject's index."""
    doc, j = subj.doc, subj.i
    if subj.pos_ != "PROPN":
        return j
    while j > 0 and doc[j - 1].lower_ in _PARTICLES and doc[j - 1].whitespace_ == " ":
        j -= 1
    if j == subj.i or j == 0 or not (doc[j - 1].pos_ == "PROPN" and doc[j - 1].is_title):
        return subj.i
    while j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].is_title and doc[j - 1].whitespace_ == " ":
        j -= 1
    while j > 0 and doc[j - 1].dep_ in ("compound", "amod") and doc[j - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
        j -= 1
    return j


def letters_owner(subj: Token) -> Token:
    """The person before post-nominal letters the parse made the subject ('X Y, QC told the
    hearing', 'X Y, MP, said'): the name's last word; else `subj`."""
    doc, tok = subj.doc, subj
    while _letters(tok) and tok.i >= 2 and doc[tok.i - 1].text == ",":
        tok = doc[tok.i - 2]
    return tok if tok is not subj and tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN" else subj


def _letters(tok: Token) -> bool:
    """Post-nominal letters ('QC', 'OBE', 'MP') standing alone, with nothing of their own."""
    return tok.text in POST_NOMINALS and all(c.dep_ == "punct" for c in tok.children)


def _bare_participle(tok: Token) -> bool:
    """A past participle alone after its noun, part of the speaker's name ('those questioned',
    'the people polled'), not a clause of its own ('a spokesman speaking on condition of …')."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(True for _ in tok.children)


def speaker_span(subj: Token, quotes: Spans) -> tuple[int, int]:
    """Characters naming the speaker: the subject's phrase up to an apposition, a relative clause
    or a line break, never reaching into a quote."""
    doc = subj.doc
    lo, hi = subj.left_edge.i, subj.right_edge.i
    if subj.dep_ in ("nsubj", "nsubjpass") and subj.i < subj.head.i <= hi:
        hi = subj.head.i - 1  # an apposition the parse hung past the verb: 'X recalls A, a B'
    prev = subj
    for j in range(subj.i + 1, hi + 1):
        tok = doc[j]  # one Token per word
        named = tok.dep_ == "appos" and tok.pos_ == "PROPN" and not doc[tok.left_edge.i - 1].is_punct
        named = named or _bare_participle(tok)
        if tok.lower_ in _CUT or _spaced_dash(tok, subj) or "\n" in prev.text_with_ws or (
                tok.dep_ in _CUT_DEPS and not named):
            hi = (tok.left_edge.i if subj.i < tok.left_edge.i < j else j) - 1  # 'statistics [50 %] of A'
            break
        prev = tok
    hi = _name_before_description(subj, lo, hi)
    if (topic := agent_topic(subj)) is not None:  # 'was asked by reporters about A': 'reporters'
        hi = min(hi, topic.i - 1)
    lo = min(lo, _name_start(subj))
    closed = False  # a bracket closed inside the phrase: 'the Office for Farm (OFS) statistics'
    for j in range(subj.i - 1, lo - 1, -1):
        tok = doc[j]
        closed = closed or tok.text == ")"
        if tok.text == "(" and closed:
            closed = False
            continue
        if tok.lower_ in _CUT or "\n" in tok.text_with_ws or _dateline_dash(tok):
            lo = j + 1
            break
    while hi > lo and ((w := doc[hi]).dep_ == "case" or w.pos_ in _TRAILING) and not name_with_s(w.head):
        hi -= 1  # "Trump's claim": 'Trump' (not "Foster's said"); and no dangling word before a cut
        # ('the team for two suspects being [held]')
    while lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 2].whitespace_ \
            and not doc[lo - 1].whitespace_ and "\n" not in doc[lo - 2].text:  # 'co-chairman X', 'e-mail'
        lo = doc[lo - 2].left_edge.i if doc[lo - 2].left_edge.i < lo - 2 else lo - 2
    hi = _hyphen_end(doc, hi, subj)
    while lo < hi and _opening_filler(doc[lo], subj):
        lo += 1  # 'when Mr. X', 'Said X: "…"', 'on Tuesday Mr X'
    lo = _after_time(doc[lo], subj) if lo < hi else lo  # 'Earlier this month figures showed'
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi])
    if quotes.overlapping(start, end):
        return subj.idx, subj.idx + len(subj)
    return start, end


def _opening_filler(tok: Token, subj: Token) -> bool:
    """A word before the speaker's name that is not part of it: punctuation, a conjunction, a
    reporting verb before the name, a day."""
    return ((tok.is_punct or tok.is_space) and not tok.is_quote or tok.pos_ == "SCONJ"
            or tok.lower_ in ("and", "but", "or") or lead_name(tok) is not None or _day(tok, subj))


def _hyphen_end(doc: Doc, hi: int, subj: Token) -> int:
    """`hi` past the rest of a word the parse split at its hyphen and cut after the first piece
    ('its co-chairman said': 'co' the subject, '-chairman' hung elsewhere)."""
    while hi + 2 < len(doc) and doc[hi + 1].text == "-" and not doc[hi].whitespace_ \
            and not doc[hi + 1].whitespace_ and doc[hi + 2].is_alpha and hi + 2 != subj.head.i:
        hi += 2
    return hi


def _name_before_description(subj: Token, lo: int, hi: int) -> int:
    """`hi` cut after a person's name that a job at a body follows with no comma ('Dr X games
    director at firm Y told'): the speaker is the person, not the body the parse made the subject."""
    doc = subj.doc
    if subj.ent_type_ == "PERSON" or subj.tag_ not in ("NN", "NNP"):
        return hi  # 'X delegates in Y', 'X polls from Y': a plural head is no one person's job
    ent = _first_entity(doc, lo, subj.i)
    if ent is None or ent.label_ != "PERSON" or len(ent) < 2 or any(
            t.pos_ != "PROPN" and not t.is_punct for t in doc[lo:ent.start]):
        return hi  # a full name opening the phrase, after a title at most ('Dr X Y')
    nxt = doc[ent.end]
    if nxt.is_lower and nxt.pos_ in ("NOUN", "ADJ", "PROPN") and any(
            t.pos_ == "ADP" for t in doc[ent.end + 1:hi + 1]):
        return ent.end - 1
    return hi


def _first_entity(doc: Doc, lo: int, end: int) -> Span | None:
    """The first of the model's entities starting at or after token `lo` when it ends by token
    `end` (`doc[lo:end].ents[0]`, without making a Span of every entity of the Doc)."""
    for j in range(lo, end):
        tok = doc[j]
        if tok.ent_iob_ == "B" and tok.ent_type:
            k = j + 1
            while k < len(doc) and doc[k].ent_iob_ == "I":
                k += 1
            return Span(doc, j, k, label=tok.ent_type) if k <= end else None
    return None


def _spaced_dash(tok: Token, subj: Token) -> bool:
    """A hyphen set off by spaces, opening an aside ('Ms X - keen to calm lenders - said', 'DJ X - aka
    Y - says'); not one that gives the names of a description ('Two of the airlines - X and Y -')."""
    doc = tok.doc
    names = subj.pos_ != "PROPN" and tok.i + 1 < len(doc) and (doc[tok.i + 1].pos_ == "PROPN" or (
        doc[tok.i + 1].is_title))
    return tok.text == "-" and bool(tok.whitespace_) and bool(doc[tok.i - 1].whitespace_) and not names


def _dateline_dash(tok: Token) -> bool:
    """The dash after a dateline's bracket ('(Reuters) - President X'); not one that sets off a
    description of the name ('X - Y's largest investor - said')."""
    doc = tok.doc
    return tok.text == "-" and bool(tok.whitespace_) and tok.i > 0 and doc[tok.i - 1].text == ")"


def _after_time(tok: Token, subj: Token) -> int:
    """The first token after a fronted time phrase of two or more words the parse took into the
    speaker's phrase ('Earlier this month figures', 'Two weeks ago the bank'); `tok.i` when none. Not
    a possessive ("last year's report"), an age ('81-year-old X') nor one without a common word
    ('January 2005 figures')."""
    if tok.ent_iob_ != "B" or tok.ent_type_ not in ("DATE", "TIME") or subj.ent_type_ in ("DATE", "TIME"):
        return tok.i
    date = _date_run(tok, subj)
    if len(date) < 2 or not any(t.is_lower for t in date) or not all(t.whitespace_ for t in date):
        return tok.i
    if _possessed(date):
        return tok.i
    return date.end


def _day(tok: Token, subj: Token) -> bool:
    """A day or month taken into the speaker's phrase by the parse ('on Tuesday Mr X denied'): no name."""
    if tok.ent_type_ != "DATE" or tok.lower_ not in _DAYS or subj.ent_type_ == "DATE":
        return False
    return not _possessed(_date_run(tok, subj))  # "Monday night's poll" stays


def _date_run(tok: Token, subj: Token) -> Span:
    """The date entity `tok` opens, up to the speaker's head `subj`."""
    k = tok.i + 1
    while k < subj.i and tok.doc[k].ent_iob_ == "I":
        k += 1
    return tok.doc[tok.i:k]


def _possessed(date: Span) -> bool:
    """A date with a possessive mark ("last year's"): it modifies what follows."""
    return any(c.dep_ == "case" for t in date for c in t.children)


def modifies(head: Token, start: int, end: int) -> bool:
    """The name at [start, end) hangs on a common-noun `head` through a modifier ('sources close to X',
    'friends of X'), not as an example or agent ('critics like X', 'research by X'), as the one a
    representative speaks for ('a spokesman for X'), nor after a noun of its own ('director of rugby X')."""
    doc = head.doc
    name = doc.char_span(start, end, alignment_mode="expand")
    if head.pos_ != "NOUN" or name is None or name.start == 0:
        return False
    before = doc[name.start - 1]  # 'close to (Mr) X', 'friends of the X', not 'director of rugby X'
    if before.pos_ not in ("ADP", "DET") and before.lower_ not in MALE_TITLES | FEMALE_TITLES:
        return False
    tok, spoken_for = name.root, head.lemma_.lower() in REPRESENTATIVE_NOUNS - {"source", "insider"}
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and (tok.lower_ in ("like", "as", "by") or (
                spoken_for and tok.head.i == head.i and tok.lower_ in ("of", "for"))):
            return False
        if tok.dep_ in ("prep", "amod", "acl", "relcl"):
            return True
        tok = tok.head
    return False


def affiliation_of(name: Token, tok: Token) -> bool:
    """`tok` heads a body named right after a person's name and a comma, both made subjects of one
    verb ('Jo Smith, Eastport Traders Association said'): the body is the person's affiliation."""
    doc, comma = name.doc, name.right_edge.i  # the parse may hang the comma on the name
    comma += doc[comma].text != ","
    return (name.ent_type_ == "PERSON" and name.pos_ == "PROPN" and tok.ent_type_ not in ("PERSON", "")
            and tok.pos_ == "PROPN" and comma + 1 == tok.left_edge.i and doc[comma].text == ",")


def people_of(ref: Token, rel: Token) -> Token:
    """The people of an abstract noun's 'of' phrase that ends right before a relative 'who' (rel):
    'the doubts of analysts who say': the analysts; `ref` itself when it can speak ('the head of X') or
    is a share of them ('the 30 percent of voters who say')."""
    if ref.pos_ != "NOUN" or person_like(ref) or is_share(ref):
        return ref
    pobj = next((g for c in ref.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)
    if pobj is None or pobj.right_edge.i != rel.i - 1 or not person_like(pobj):
        return ref
    return pobj
