"""The edges of a content: brackets it opens or stands in, the trimming of an interrupted quote's
parts, where a clause the parse cut short really ends, what an 'according to X' qualifies, and
objects that are no content ('claimed the title')."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from pipeline.nlp.extensions import doc_text
from pipeline.quotes.columns import span_text
from pipeline.quotes.cues import (
    ADVERBIAL_MARKS,
    CLAUSE_SUBJECTS,
    FINITE_VERBS,
    SETTING_NOUNS,
    SPEECH_LEMMAS,
    SPEECH_NOUNS,
)

EDGE_WORDS = frozenset({"and", "but", "or"})
# a part of an interrupted content too slight to stand alone ('But, said X, B': the content is B alone)
LONE_WORDS = EDGE_WORDS | ADVERBIAL_MARKS | {"if", "that"}
_EDGE_CHARS = ",:;-\u2014\u2013.?!"
_COUNTED = {"CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
FINITE_TAGS = FINITE_VERBS | {"MD"}  # a finite verb or a modal
_NAME_PARTS = {"GPE", "LOC", "DATE"}  # 'Charlotte, N.C.', '11 September, 2001': part of the name
_SUMMARY_DETS = {"a", "an", "the"}  # the writer's summing up of a claim ('…, an increase of X')
_STOPS = (".", "!", "?", ";", ":", "\u2026")
# conjunctions and prepositions opening the setting of an attribution, not a part of what is said
# ('On Friday, X told Y, "…"', 'After reading it, X said, …', 'While A, he also stated, …')
_SETTING_OPENERS = {"after", "as", "at", "before", "during", "from", "in", "on", "once", "since", "until",
                    "when", "whenever", "while", "with"}


def bracket_around(doc: Doc, i: int, lo: int, hi: int) -> tuple[int, int]:
    """The inside of the brackets around token `i` within lo..hi ('(the figure is closer to 15
    percent, according to X)'), else lo..hi."""
    opened = next((t.i for t in reversed(doc[lo:i]) if t.text in "()"), None)
    closed = next((t.i for t in doc[i:hi + 1] if t.text in "()"), None)
    if opened is None or closed is None or doc[opened].text != "(" or doc[closed].text != ")":
        return lo, hi
    phrase = doc[i + 1].right_edge.i if i + 1 < len(doc) else i
    if opened + 1 == i and phrase + 1 >= closed:
        return lo, hi  # '(according to police)' alone: it qualifies the whole sentence
    return opened + 1, closed - 1


def balance_brackets(doc: Doc, lo: int, hi: int, reach: int = 12) -> int:
    """`hi`, moved to the closing bracket of a bracket the content opens ('about 900 rupees
    ($20.40)'), or before that bracket when it does not close within the sentence."""
    if 0 <= lo <= hi < len(doc) and "(" not in span_text(doc, lo, hi + 1):
        return hi  # the text first: no Token per word
    depth, opened = 0, None
    for tok in doc[lo:hi + 1]:
        if tok.text == "(":
            depth, opened = depth + 1, opened if depth else tok.i
        elif tok.text == ")" and depth:
            depth -= 1
    if not depth or opened is None:
        return hi
    for tok in doc[hi + 1:min(len(doc), hi + 1 + reach)]:
        if tok.text == ")":
            return tok.i if depth == 1 else hi
        if tok.is_sent_start or tok.text == "(":
            break
    end = opened - 1
    while end >= lo and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return end


def trim_part(text: str, start: int, end: int, joins: bool = True) -> tuple[int, int]:
    """[start, end) without spaces, edge punctuation and a dangling 'but'/'and' (quote marks kept);
    with `joins` False, a 'but'/'and' opening the words stays ('But ultimately, X says, B')."""
    while True:
        while start < end and (text[start].isspace() or text[start] in _EDGE_CHARS):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE_CHARS):
            end -= 1
        word = re.match(r"\w+", text[start:end])
        if joins and word and word.group().lower() in EDGE_WORDS and end - start > word.end():
            start += word.end()
            continue
        tail = re.search(r"\b(\w+)$", text[start:end])
        if tail and tail.group(1).lower() in EDGE_WORDS and tail.start() > 0:
            end = start + tail.start()
            continue
        return start, end


def past_false_break(doc: Doc, hi: int, is_cue: Callable[[Token], bool]) -> int:
    """`hi`, or the end of the sentence the parse started right after it when the text does not end
    one there (no stop, no line end: 'mentioned remarks | Trump had made about X', 'get away from"
    | that if he is elected'): the content goes on to the real sentence end, unless the parse's
    next sentence holds a cue of its own."""
    while hi + 1 < len(doc) and doc[hi + 1].is_sent_start and not doc[hi + 1].is_space:
        j = hi
        while j > 0 and doc[j].is_quote:
            j -= 1
        if doc[j].text.endswith(_STOPS) or any("\n" in t.whitespace_ or t.is_space for t in doc[j:hi + 1]):
            return hi
        nxt = doc[hi + 1].sent
        if any(is_cue(t) for t in nxt) or "\n" in nxt.text.rstrip():
            return hi
        hi = nxt.end - 1
    return hi


def past_closing_quote(verb: Token, hi: int, is_cue: Callable[[Token], bool], marks: set[str]) -> int:
    """`hi`, or the end of its sentence when the content stops at the close of a quoted phrase that
    the sentence goes on after ('that waterboarding is "peanuts," compared to what B does'): the
    parse ends the clause at the quote mark, the claim goes on; not when the rest is an attribution
    ('," said X', '," according to X'), a clause of circumstance (`marks`: '," although B') or
    another act of the speaker ('said A is "B," and welcomed C')."""
    doc, j, closed = verb.doc, hi + 1, False
    while j < len(doc) and doc[j].text in (",", "\u201d", '"', "''", "\u2019") and not doc[j].is_sent_start:
        closed = closed or doc[j].is_quote
        j += 1
    if not closed or j >= len(doc) or doc[j].is_sent_start or not doc[j].is_alpha or doc[j].lower_ in marks:
        return hi
    rest = doc[j:doc[j].sent.end]
    if "\n" in rest.text.rstrip() or any(is_cue(t) or t.is_quote or t.lower_ == "according" or (
            t.dep_ == "conj" and t.head.i == verb.i) for t in rest):
        return hi
    return rest.end - 1


def closes_clause(acc: Token, phrase_hi: int) -> bool:
    """'according to X' after a comma, past the verb of its sentence: it closes the claim, and what
    follows it is the writer's ('A, according to a poll, even as B', 'A, according to X - as much as
    B'), but for a clause joined by 'and' ('A, according to X, and B': both are X's)."""
    doc, root = acc.doc, acc.sent.root
    nxt = next((t for t in doc[phrase_hi + 1:acc.sent.end] if not t.is_punct), None)
    return (acc.i > root.i and acc.i > 0 and doc[acc.i - 1].text == "," and acc.head.i == root.i
            and (nxt is None or nxt.lower_ != "and") and not _completes(root, nxt))


_COMPLEMENTS = {"xcomp", "ccomp", "dobj", "attr", "acomp", "oprd"}


def _completes(root: Token, nxt: Token | None) -> bool:
    """The words after the phrase open a complement of the verb ('It is set, according to X, to
    double'): the claim runs on across the phrase."""
    return nxt is not None and any(c.left_edge.i <= nxt.i and (c.dep_ in _COMPLEMENTS or (
        c.dep_ == "advcl" and nxt.lower_ == "to" and nxt.head.i == c.i))
        for c in root.children if c.i >= nxt.i)


def broken_off(obj: Token, is_cue: Callable[[Token], bool]) -> bool:
    """An object that is the subject of a clause the parse broke off ('claimed the plan | was …')."""
    doc, hi = obj.doc, obj.right_edge.i
    return hi + 1 < len(doc) and (doc[hi + 1].tag_ in FINITE_TAGS or past_false_break(doc, hi, is_cue) > hi)


def won_object(obj: Token, is_cue: Callable[[Token], bool]) -> bool:
    """A definite, possessed or counted object of a verb that also means winning: a thing won ('claimed
    the title', 'claimed her third medal', 'claiming 41 percent of the vote'), not a claim ('claimed
    credit'), nor the subject of a clause the parse broke off ('claimed the plan | was …')."""
    if broken_off(obj, is_cue):
        return False
    return obj.ent_type_ in _COUNTED or any(
        c.dep_ in ("poss", "nummod") or (c.dep_ == "det" and c.lower_ == "the") for c in obj.children)


_SETTING_PREPS = {"on", "in", "at", "during"}
_DASHES = {"-", "--", "\u2013", "\u2014"}


def dash_aside(verb: Token, lo: int, hi: int) -> int:
    """`hi`, or the end before the closing dash of an aside the attribution opens after a dash ('the
    flights - which it says will remain "under review" - from 27 March'): the sentence goes on
    after the aside."""
    doc, first = verb.doc, min(lo, verb.left_edge.i)
    if first == 0 or doc[first - 1].text not in _DASHES or verb.dep_ == "ROOT":
        return hi
    close = next((t.i for t in doc[lo + 1:hi + 1] if t.text in _DASHES), None)
    return hi if close is None else close - 1


def quoted_setting(doc: Doc, lo: int, hi: int, in_quote: Callable[[Token], bool]) -> int:
    """`hi`, or the closing mark of a quoted phrase when all after it is where or when the words were
    said, hung on them by the parse ('called for a "clean economy" in a statement', 'described X as
    "a fine man" in a post', 'in an interview'): a phrase of one of the SETTING_NOUNS."""
    k = next((t.i for t in reversed(doc[lo:hi]) if t.is_quote), None)
    if k is None or k <= lo or not in_quote(doc[k - 1]) or in_quote(doc[k + 1]) or not doc[k + 1].is_alpha:
        return hi
    phrase = next((t for t in doc[k + 1:hi + 1] if t.left_edge.i == k + 1 and t.right_edge.i == hi), None)
    if phrase is None or phrase.head.i > k or any(t.is_quote for t in phrase.subtree):
        return hi
    medium = next((g for g in phrase.children if g.dep_ == "pobj"), None)
    if (phrase.dep_ == "prep" and phrase.lower_ in _SETTING_PREPS and medium is not None
            and medium.lemma_.lower() in SETTING_NOUNS):
        return k
    return hi


def _others_say(tok: Token) -> bool:
    """A noun phrase holding a relative clause of saying ('double the number who said B'): the
    writer's comparison with other speakers, not the claim."""
    return any(c.dep_ == "relcl" and c.lemma_.lower() in SPEECH_LEMMAS for c in tok.subtree)


def _second_argument(tok: Token) -> bool:
    """A noun of saying the parse took for a second object or attribute of its verb ('there is A
    in B, a claim denied by X', 'would pay more, an acknowledgment that …'): the writer's naming of
    the claim."""
    return tok.dep_ in ("attr", "dobj") and tok.lemma_.lower() in SPEECH_NOUNS and any(
        c.dep_ == tok.dep_ and c.i < tok.i for c in tok.head.children)


_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})


def _dashed_act(tok: Token) -> bool:
    """'A - a move he announced after the meeting': after a dash, an indefinite noun with a relative
    clause of saying, the writer's naming of the speaker's act, not the claim."""
    return tok.pos_ == "NOUN" and tok.doc[tok.left_edge.i].lower_ in ("a", "an") and any(
        c.dep_ == "relcl" and c.lemma_.lower() in SPEECH_LEMMAS for c in tok.children)


_TAIL_JOINS = {"and", "though", "although"}
_NOT_SUBJECTS = ("ADV", "SCONJ", "ADP", "PART")


def _writers_tail(doc: Doc, first: int, hi: int) -> bool:
    """The words from token `first` to `hi` after a closing dash are the writer's: an indefinite noun
    with a relative clause or a past participle summing the claim up ('- a signal which traders took
    as B', '- a fact later confirmed by X'), a clause opening on its subject ('- it is a two-way
    street'), or one joined by 'and' whose first verb is finite ('- and several of them were
    there'; not '- and that B', the speaker's second claim, nor '- and to B')."""
    tok = doc[first]
    if tok.lower_ in ("a", "an"):
        head = tok.head
        return head.pos_ == "NOUN" and head.right_edge.i >= hi and any(
            c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ == "VBN") for c in head.children)
    if tok.lower_ in _TAIL_JOINS:  # the parse often hangs the clause's subject on the claim's last noun
        if first + 1 > hi or doc[first + 1].lower_ == "that" or doc[first + 1].pos_ in _NOT_SUBJECTS:
            return False  # '- and that B', '- and not only because B': the speaker's claim goes on
        verb = next((t for t in doc[first + 1:hi + 1] if t.pos_ in ("VERB", "AUX")), None)
        return (verb is not None and verb.tag_ in FINITE_TAGS and verb.dep_ not in ("relcl", "acl")
                and any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[first + 1:verb.i]))  # a subject
    return any(t.pos_ in ("VERB", "AUX") and t.right_edge.i >= hi
               and not any(c.dep_ == "mark" for c in t.children)  # not '- before X called for B'
               and any(c.dep_ in CLAUSE_SUBJECTS and c.left_edge.i == first for c in t.children)
               for t in doc[first:hi + 1])


def dash_tail(doc: Doc, lo: int, hi: int, in_quote: Callable[[Token], bool]) -> int:
    """`hi`, or the end before a last dash (spaced, or a long one) in lo..hi, outside quote marks,
    after which the writer sums the claim up or goes on with a clause of their own (see
    `_writers_tail`); a pair of dashes is an aside within the claim."""
    if 0 <= lo < hi < len(doc) and not any(d in span_text(doc, lo + 1, hi) for d in _DASHES):
        return hi  # the text first: no Token per word
    dashes = [t for t in doc[lo + 1:hi] if t.text in _DASHES and (t.text != "-" or (
        t.whitespace_ and doc[t.i - 1].whitespace_))]
    if len(dashes) != 1 or in_quote(dashes[0]) or in_quote(doc[hi]):
        return hi
    dash = dashes[0].i
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[lo:dash]) or not _writers_tail(doc, dash + 1, hi):
        return hi  # 'PLACE, Date (Agency) - A': a dateline, before the claim
    end = dash - 1
    while end > lo and doc[end].text in (",", ";"):
        end -= 1
    return end


def afterthought(doc: Doc, lo: int, hi: int, in_quote: Callable[[Token], bool], fronted: bool = False) -> int:
    """`hi`, or the end before the writer's description of a name closing the content ('he did not
    back Mr. Larsen, the club's new owner', 'she will vote for Ms. Ortiz, who has …'): an apposition
    to a proper noun after a comma (not a place's state, 'Austin, Texas'), or a 'who' clause; and
    the writer's comment on the claim ('that the vote was rigged, a charge that X denied'), but for
    a noun phrase on the verb of a content `fronted` before its cue ('A rose 8%, the best since B,
    X added': the source's own words)."""
    tok = doc[hi]
    while lo < tok.i <= hi:  # the apposition holds the last word: it is one of its ancestors
        head, edge = tok.head, tok.left_edge
        first = edge.lower_
        listed = tok.dep_ == "appos" and any(c.dep_ in ("cc", "conj") for c in tok.children)  # 'A, B and C'
        described = (tok.dep_ == "appos" and not listed) or (
            tok.dep_ == "relcl" and first in ("who", "whose"))
        named = described and head.pos_ == "PROPN"
        items = listed and head.pos_ == "NOUN"  # 'a ski-mask, a jacket and trainers': a list, no summing up
        summary = tok.pos_ == "NOUN" and not items and (  # ', a charge that …', ', an increase of …'
            (tok.dep_ == "appos" and first in ("a", "an"))
            or (tok.dep_ == "npadvmod" and head.pos_ in ("VERB", "AUX") and first in _SUMMARY_DETS
                and not fronted)
            or (tok.dep_ in ("appos", "npadvmod", "dep") and _others_say(tok))  # ', double those who said'
            or (first in ("a", "an") and _second_argument(tok)))  # 'there is A, a claim denied by X'
        left = edge.i
        if left > lo + 1 and tok.right_edge.i >= hi and not in_quote(tok) and (
                ((named or summary) and tok.ent_type_ not in _NAME_PARTS and doc[left - 1].text == ",")
                or (doc[left - 1].text in _DASHES and _dashed_act(tok))):
            return left - 2
        if head.i == tok.i:
            break
        tok = head
    return hi


def fronted_part(doc: Doc, verb: Token, content: int,
                 is_cue: Callable[[Token], bool]) -> tuple[int, int] | None:
    """The words before an attribution set off by commas that opens on them ('But, he said, B',
    'If A, she said, B', 'In other words, he said, B'): the first part of the content that token
    `content` goes on with, as character offsets; None when the attribution opens its sentence,
    is not set off, or what comes before holds a cue or a quote mark, or is a participle's setting
    ('Asked about A, he said, B')."""
    subj = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    quoted = False
    while content - 1 > verb.i and doc[content - 1].is_quote:
        content, quoted = content - 1, True  # 'If A, X said, "B"'
    if subj is None or content <= verb.i or doc[content - 1].text != ",":
        return None
    comma, start = subj.left_edge.i - 1, verb.sent.start
    if comma <= start or doc[comma].text != ",":
        return None
    front = doc[start:comma]
    if any(t.is_quote or is_cue(t) or not (t.head.i == verb.i or start <= t.head.i < comma) for t in front):
        return None
    if quoted and not any(t.tag_ in FINITE_TAGS for t in front):
        return None  # 'Later that day, X wrote, "B"': before a quote, only a clause is the speaker's
    first = doc[start]
    lead = next((t for t in front if t.dep_ != "advmod"), first)  # 'Soon after A'
    opener = first if first.lower_ in _SETTING_OPENERS else lead
    participle = first.tag_ in ("VBN", "VBG") or (first.tag_ == "VBD" and first.dep_ == "advcl")
    if participle or first.dep_ == "cc" or (
            opener.lower_ in _SETTING_OPENERS and not _setting_clause(opener, comma)):
        return None
    return trim_part(doc_text(doc), first.idx, doc[comma].idx)


def _setting_clause(opener: Token, comma: int) -> bool:
    """A conjunction opening a finite clause with a subject of its own before the attribution ('When
    the rule takes effect, X added, B', 'As A stumbled, he said, B'): the speaker's words; not a
    phrase ('On Friday', 'After the vote') nor a participle ('When asked about A')."""
    verb = opener.head
    return (opener.dep_ in ("mark", "advmod") and verb.i < comma and verb.tag_ in FINITE_TAGS
            and any(c.dep_ in CLAUSE_SUBJECTS for c in verb.children))


def reason_part(verb: Token, end: int) -> tuple[int, int] | None:
    """Token bounds of the reason or circumstance of a claim that goes on after its trailing
    attribution ('A, officials insist, because B', 'A, the poll shows, with each getting B'): a
    'because' clause or a 'with' + participle phrase the parse hung on the cue, after a comma; the
    claim (ending at token `end`) comes before the cue."""
    doc = verb.doc
    if end >= verb.i:
        return None
    for c in verb.rights:
        left = c.left_edge.i
        reason = c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "because" for m in c.children)
        absolute = c.dep_ == "prep" and c.lower_ == "with" and any(
            g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        if (reason or absolute) and left > verb.i and doc[left - 1].text == ",":
            return left, c.right_edge.i
    return None


def title_cut(doc: Doc, lo: int, hi: int) -> int:
    """`hi`, or the closing mark of a quote that ends with a comma before the speaker's title the parse
    hung on the quoted clause ('"A," chairman and chief executive X said'): the title is no content."""
    for j in range(hi, lo, -1):
        if doc[j].is_quote and doc[j - 1].text == ",":
            rest = doc[j + 1:hi + 1]
            if len(rest) and not any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in rest):
                return j
            return hi
    return hi


def whole_word(doc: Doc, i: int) -> int:
    """The last token index of a content ending at token `i` inside a hyphenated word the parse split
    ('that it would re|-enter the market'): past the word's last piece and the words it governs."""
    j = i
    while (j + 2 < len(doc) and doc[j].is_alpha and not doc[j].whitespace_ and doc[j + 1].text == "-"
           and not doc[j + 1].whitespace_ and doc[j + 2].is_alpha):
        j += 2
    if j == i:
        return i
    last = doc[max(j, min(doc[j].right_edge.i, doc[j].sent.end - 1))]
    while last.i > j and last.is_punct:
        last = doc[last.i - 1]
    return last.i
