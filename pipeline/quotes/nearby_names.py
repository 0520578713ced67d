"""Speakers next to a cue the parse gave no subject: the name right before a finite cue ('Sen. X
(D-MA) said', 'X, noting A, said') and the one of an inversion right after it ('said Smith')."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.quotes.columns import span_text
from pipeline.quotes.cues import ADDRESSEE_LEMMAS, FINITE_VERBS, PRONOUNS, SPEAKING_NOUNS
from pipeline.quotes.marks import Spans
from pipeline.quotes.relative_asides import before_relative
from pipeline.quotes.speaker_phrases import SUBJ_DEPS, speaker_head


def name_before(cue: Token, quotes: Spans, window: int = 8) -> Token | None:
    """The name right before a finite cue the parse gave no subject ('Sen. X (D-MA) said', 'X has
    announced' after a headline the parse ran into)."""
    if cue.tag_ not in FINITE_VERBS and not (
            cue.tag_ == "VBN" and any(c.dep_ == "aux" for c in cue.children)):
        return None
    set_off = before_relative(cue, quotes) or _before_aside(cue)
    if set_off is not None:
        return set_off if speaker_head(set_off, quotes) else None
    depth = 0
    for tok in reversed(cue.doc[max(cue.sent.start, cue.i - window):cue.i]):
        depth += (tok.text == ")") - (tok.text == "(")
        if depth > 0 or tok.is_punct or tok.pos_ in ("ADV", "AUX", "PART"):
            continue
        if tok.pos_ not in ("PROPN", "NOUN") or not speaker_head(tok, quotes):
            return None
        while tok.dep_ == "pobj" and tok.head.lower_ in ("of", "for") and tok.head.head.i < tok.i and (
                tok.head.head.pos_ == "PROPN" or tok.head.head.lemma_.lower() in SPEAKING_NOUNS) \
                and not _line_between(tok.head.head, tok):
            tok = tok.head.head  # 'President X of Pakistan has said', 'a spokesman for the firm said'
        tok = _named_from(tok, quotes) or tok  # 'Jo Smith, from the X Association (XA) told': Jo Smith
        return (_described(tok, cue) if tok.pos_ == "NOUN" else None) or tok
    return None


def _named_from(tok: Token, quotes: Spans) -> Token | None:
    """The name set off before the 'from', 'of' or 'at' phrase whose object `tok` is, when the parse
    hung the phrase elsewhere ('Jo Smith, from the X Association told'): the person speaks, not the
    body she is from."""
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("from", "of", "at") or prep.i < 2 or (
            prep.doc[prep.i - 1].text != ","):
        return None
    name = prep.doc[prep.i - 2]
    person = name.pos_ == "PROPN" and name.ent_type_ == "PERSON"
    return name if person and speaker_head(name, quotes) else None


def _before_aside(cue: Token, reach: int = 30) -> Token | None:
    """The name before a phrase set off by commas right before the cue ('X, in the wake of a poll
    showing A, told …', 'X (D-Ill.), noting A, said'): a proper noun before the first comma, the
    phrase between holding no finite verb."""
    doc = cue.doc
    if cue.i < 3 or doc[cue.i - 1].text != ",":
        return None
    for j in range(cue.i - 2, max(0, cue.i - reach), -1):
        tok = doc[j]
        if tok.tag_ in FINITE_VERBS or tok.is_quote or "\n" in tok.text_with_ws or tok.text in (";", ":"):
            return None
        if tok.text == ",":
            if _person_name(doc[j + 1:cue.i - 1]):
                return doc[cue.i - 2]  # 'Replying, chief of staff to the Board, Jo Smith, said': Jo Smith
            name = doc[j - 1] if j > 0 else None
            while name is not None and name.text == ")" and name.i > 0:
                name = doc[name.i - 1].head if doc[name.i - 1].head.i < name.i else None
            return name if name is not None and name.pos_ == "PROPN" and name.i != cue.i - 2 else None
    return None


def _person_name(phrase: Span) -> bool:
    """Words that are a person's name alone ('Jo Smith', 'Dr Jo Smith'), set off after a title."""
    return 0 < len(phrase) <= 4 and all(t.pos_ == "PROPN" and t.is_title for t in phrase) and (
        phrase[-1].ent_type_ == "PERSON")


def _described(tok: Token, cue: Token) -> Token | None:
    """The noun a relative clause ending right before the cue describes ('a White House official who
    spoke anonymously to discuss internal strategy said'): the speaker, not the clause's last noun."""
    for _ in range(6):
        head = tok.head
        if head.i == tok.i or head.i >= cue.i:
            return None
        if tok.dep_ == "appos":
            return None
        if tok.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN") and head.i < tok.i and any(
                c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in tok.children):
            return head
        tok = head
    return None


def name_after(cue: Token, quotes: Spans) -> Token | None:
    """The speaker of an inversion ('said Smith', 'said the woman'), after a finite cue only: after
    'accusing' or 'urging' comes the object. A possessor ('said the country's …') is no speaker."""
    if cue.tag_ not in FINITE_VERBS:
        return None
    for tok in cue.doc[cue.i + 1:cue.i + 4]:
        if tok.pos_ in ("DET", "ADJ") or tok.lower_ in ("'s", "\u2019s"):
            continue
        if tok.dep_ in SUBJ_DEPS and tok.head.i != cue.i and tok.head.head.i == cue.i:
            return None  # 'said they would …': the subject of the content, not an inverted speaker
        named = tok.pos_ == "PROPN" or tok.lower_ in PRONOUNS or (tok.pos_ == "NOUN" and tok.i > cue.i + 1)
        if named and cue.lemma_.lower() in ADDRESSEE_LEMMAS and _addressed(tok, cue):
            return None  # 'One told BBC News that …': the one addressed
        if (named and tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.head.pos_ == "PROPN"
                and tok.i < tok.head.i <= tok.i + 3 and "\n" not in span_text(tok.doc, tok.i, tok.head.i)):
            tok = tok.head  # 'said Mr Hopkins': the name's head
        return tok if named and speaker_head(tok, quotes) else None
    return None


def _addressed(tok: Token, cue: Token) -> bool:
    """`tok` is in the object (the addressee) of the cue: 'told [BBC News Online]'."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok.head.i == cue.i and tok.dep_ in ("dobj", "dative")


def _line_between(a: Token, b: Token) -> bool:
    """A line break between token a and a later token b."""
    return any("\n" in t.text_with_ws for t in a.doc[a.i:b.i])
