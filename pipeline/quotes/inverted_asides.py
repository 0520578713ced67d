"""An attribution set off by commas inside the clause it reports, its speaker after the verb ('The
answer, says Prof Brewer, is within reach', 'The contrast with X, said Doyle and others, would be
clear'): the parse takes the words before it for the verb's subject, or the speaker for the subject of
the clause after it. The speaker is the noun phrase after the verb; the content is the clause on both
sides of the aside, given as parts, without the attribution between them."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.quotes.cues import (
    ADDRESSEE_LEMMAS,
    BELIEF_LEMMAS,
    DOCUMENT_NOUNS,
    FINITE_VERBS,
    PERSON_NOUNS,
    SPEAKING_NOUNS,
    SPEECH_LEMMAS,
    SPEECH_NOUNS,
    VERBS,
    is_cue,
)
from pipeline.quotes.doc import Ctx, Item
from pipeline.quotes.edges import LONE_WORDS
from pipeline.quotes.openers import _SETTING_ENTS
from pipeline.quotes.spans import tok_span
from pipeline.quotes.trailing import _WH

MAX_ASIDE_TOKENS = 25  # 'says Michael Kofman, an expert on Russia at the Wilson Center in Washington,'
_NOMINAL = {"NOUN", "PROPN"}
_SUBJECTS = {"nsubj", "nsubjpass", "dobj"}  # the verb's, or the next clause's; an object: see below
_ASIDE_LEMMAS = SPEECH_LEMMAS | BELIEF_LEMMAS  # 'A, thinks X, B' as 'A, says X, B'
_QUOTED_WORDS = 4  # marks this close hold a quoted term, not a quotation
_TAKEN_DEPS = {"appos", "conj"}
_LEAD_POS = {"ADV", "PUNCT", "CCONJ"}  # 'Locally, too, say X, B'
_CLAUSE_BOUNDS = {";", ":", "(", "-", "--", "\u2013", "\u2014"}


def inverted_aside(verb: Token) -> tuple[int, Token] | None:
    """The closing comma and the speaker's head of '…, said X, …' inside a clause: a finite verb of
    saying right after a comma (not after a quote: '"A," said X, "B"' is the quote marks' own), a
    noun phrase after it that is a subject (with its apposition or relative clause) up to a comma,
    and the clause going on after that comma; None otherwise."""
    doc, i = verb.doc, verb.i
    if (i < 2 or i + 2 >= len(doc) or doc[i - 1].text != "," or verb.tag_ not in FINITE_VERBS
            or verb.lemma_.lower() not in _ASIDE_LEMMAS):
        return None
    lo = clause_start(verb)
    if doc[lo].is_quote or _quoted_before(doc, lo, i - 2) or not _set_off_phrase(doc[lo:i - 1]):
        return None  # a quotation's ('"A," said X'), or 'Smith, the chairman, said Jones, …': an apposition
    unclosed = _unclosed(verb)
    if unclosed is not None:
        return unclosed
    head = doc[i + 1]
    while head.head.i != head.i and i < head.head.i <= i + MAX_ASIDE_TOKENS and (  # a root is its own head
            head.head.pos_ in _NOMINAL and head.head.left_edge.i == i + 1):
        head = head.head  # 'Mr Milburn', 'experts like Paul Bauman'
    if head.pos_ not in _NOMINAL or head.dep_ not in _SUBJECTS or head.ent_type_ in _SETTING_ENTS:
        return None
    end = _subject_taken(head) or _before_that(head) or head.right_edge.i
    while end > head.i and doc[end].is_punct:
        end -= 1
    close = end + 1
    if (close - i > MAX_ASIDE_TOKENS or close + 1 >= len(doc) or doc[close].text != ","
            or any(t.is_quote or "\n" in t.text_with_ws for t in doc[i + 1:close])):
        return None
    nxt = doc[close + 1]
    if nxt.is_sent_start or not (nxt.is_alpha or nxt.is_quote) or nxt.tag_ in _WH or nxt.tag_ == "VBG":
        return None  # '…, said X, who …', '…, said X, adding …': the speaker's description or next act
    if head.dep_ == "dobj" and (nxt.pos_ not in VERBS or verb.lemma_.lower() in ADDRESSEE_LEMMAS):
        return None  # 'said analysts, will be …' (an object to the parse) but not 'told Y, …'
    return close, head


def _subject_taken(name: Token) -> int | None:
    """The name's last token when the parse made the clause's own subject after the aside its
    apposition or conjunct ('…, said Mr X, this data was B', '…, say analysts, recent moves have B':
    'this data' is the subject of 'was'), else None."""
    doc, verb = name.doc, name.head
    if verb.i < name.i:  # the aside verb's own subject: the clause verb is the one the aside hangs on
        verb = verb.head
    appos = next((c for c in name.rights if c.dep_ in _TAKEN_DEPS), None)  # 'say X, the failure'
    if (name.pos_ not in _NOMINAL or verb.i < name.i or appos is None
            or doc[appos.left_edge.i - 1].text != ","):
        return None
    nxt = doc[appos.right_edge.i + 1] if appos.right_edge.i + 1 < len(doc) else None
    if nxt is None or not (nxt.i == verb.i or (nxt.head.i == verb.i and nxt.dep_ in ("aux", "auxpass"))):
        return None  # 'said Mr X, the chairman, B': a true apposition, set off by a comma after it
    return appos.left_edge.i - 2


def _before_that(name: Token) -> int | None:
    """The name's last token when the parse hung an extraposed 'that' clause after the aside's
    comma on it as a relative clause ('It helps, said X, that B'), else None."""
    doc = name.doc
    comma = next((t.i for t in doc[name.i + 1:name.right_edge.i] if t.text == ","), None)
    if comma is None or doc[comma + 1].lower_ != "that" or doc[comma + 1].dep_ != "mark":
        return None
    return comma - 1


def _quoted_before(doc: Doc, lo: int, last: int) -> bool:
    """The words before the aside end on a quotation's closing mark, not on one of a phrase quoted
    inside the clause ('And if firms sell more "added value content", thinks X, B')."""
    return doc[last].is_quote and not any(t.is_quote for t in doc[lo + 1:last])


def _set_off_phrase(words: Span) -> bool:
    """The words before the aside's comma hold no comma, are adverbs alone, or hold one comma before
    a phrase opened by a preposition ('A key aim, in the short term, said X, is B'), not an apposition."""
    commas = [t for t in words if t.text == ","]
    if not commas or all(t.pos_ in _LEAD_POS for t in words):
        return True  # no comma, or adverbs alone ('Locally, too, say analysts, B')
    rest = words.doc[commas[-1].i + 1:words.end]
    return len(commas) == 1 and len(rest) > 1 and rest[0].pos_ == "ADP" and not any(
        t.tag_ in FINITE_VERBS for t in rest)


def _unclosed(verb: Token) -> tuple[int, Token] | None:
    """'A key aim, said the IMF is to cut B' with no comma closing the aside: the verb's own subject
    a thing before its comma that cannot speak, and after the verb a name as the subject of a copula
    ending the clause ('the IMF is'); the name's last token stands for the closing comma."""
    i = verb.i
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < i), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > i), None)
    if subj is None or clause is None or subj.pos_ != "NOUN" or subj.ent_type_ or _can_speak(subj):
        return None
    name = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if (name is None or name.left_edge.i != i + 1 or name.right_edge.i != clause.i - 1 or name.pos_ != "PROPN"
            or clause.lemma_ != "be" or any(c.dep_ == "mark" for c in clause.children)):
        return None
    return name.right_edge.i, name


def _can_speak(noun: Token) -> bool:
    low = noun.lemma_.lower()
    return low in SPEAKING_NOUNS or low in PERSON_NOUNS or low in DOCUMENT_NOUNS or low in SPEECH_NOUNS


def split_around(ctx: Ctx, item: Item, verb: Token, close: int) -> None:
    """Make `item` the clause around the aside `verb`..`close` ('…, said X, …'): the words before the
    aside from the clause's start, and the content after it, as parts; when the words before are
    one joining word or hold a saying of their own, the content after the aside alone."""
    doc = ctx.doc
    after = next((t for t in doc[close + 1:] if not t.is_punct or t.is_quote), None)
    if after is None:
        return
    last = verb.right_edge.i  # the parse may have given the aside the clause's subject ('say X, the Y has')
    swallowed = after.i <= last < len(doc) - 1 and after.idx < item.start <= doc[last + 1].idx
    second = (after.idx if swallowed else max(item.start, after.idx), item.end)
    if item.end <= after.idx:  # the parse ended the content at the aside ('It helps, said X, that B')
        rest = _clause_after(ctx, verb, after)
        if rest is None:
            return  # the content ends before the aside: not the clause it interrupts
        second, item.end = rest, rest[1]
    first = _words_before(ctx, verb)
    if first is not None and first[0] < second[0]:
        item.start, item.parts = first[0], [first, second]
    else:
        item.start, item.parts = second[0], []


def _clause_after(ctx: Ctx, verb: Token, after: Token) -> tuple[int, int] | None:
    """The rest of the sentence after the aside when it goes on with the interrupted clause: an
    extraposed 'that' clause or the verb of a clause whose subject came before the aside ('What is
    needed, agree X, is B'); None for a new clause, a quotation or another attribution."""
    doc, end = ctx.doc, verb.sent.end - 1
    rest = doc[after.i:end + 1]
    if not (after.lower_ == "that" or after.pos_ in VERBS and after.tag_ in FINITE_VERBS):
        return None
    if any("\n" in t.text_with_ws[:-1] or (is_cue(t) and t.tag_ in FINITE_VERBS) for t in rest):
        return None
    marks = [t.i for t in rest if t.is_quote]
    if len(marks) % 2 or any(b - a > _QUOTED_WORDS for a, b in zip(marks[::2], marks[1::2], strict=True)):
        return None  # a quotation of its own, not a few quoted words ('terms like "digital"')
    return tok_span(ctx, after.i, end, verb)


def clause_start(verb: Token) -> int:
    """The first token of the clause before the comma before `verb`: after the sentence start or a
    semicolon, colon, bracket, dash or line break."""
    doc, lo, first = verb.doc, verb.i - 1, verb.sent.start
    while lo > first and not _bound(doc[lo - 1]):
        lo -= 1
    return lo


def _bound(tok: Token) -> bool:
    """A clause bound, not a hyphen inside a word ('low-prevalence')."""
    joined = tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_
    return (tok.text in _CLAUSE_BOUNDS and not joined) or "\n" in tok.text_with_ws


def _words_before(ctx: Ctx, verb: Token) -> tuple[int, int] | None:
    """The part of the clause before the aside's opening comma, unless it holds a saying of its own."""
    doc, comma = ctx.doc, verb.i - 1
    lo = clause_start(verb)
    words = doc[lo:comma]
    if not len(words) or ctx.in_quote(words[0]) or words[-1].pos_ == "SCONJ" or any(
            is_cue(t) and t.tag_ in FINITE_VERBS for t in words):
        return None  # 'A shows that B because, said X, C': C alone
    span = tok_span(ctx, lo, comma - 1, verb)
    if span is None or ctx.text[span[0]:span[1]].lower() in LONE_WORDS:
        return None
    return span


def hung_mark(mark: Token, verb: Token) -> bool:
    """A mark the parse hung on an inverted aside from the clause the aside interrupts ('It means
    that in A, says X, B'): it stands before the aside's opening comma."""
    return mark.i < verb.i - 1 and verb.doc[verb.i - 1].text == "," and inverted_aside(verb) is not None
