"""The quotes stage: direct, indirect and mixed quotations with their speakers and cues.

Two sources of quotes, combined per document:

* quote marks (every kind, paired per paragraph, carried over paragraphs that reopen a quote) give
  direct quotes; their cue is the speech verb next to them ('"…," X said', 'X said: "…"');
* the dependency parse gives reported speech: the clausal complement of a speech verb ('X said
  (that) …'), the clause a '…, X said, …' interrupts, the complement of verbs such as 'called for'
  or 'urged', the sentence an 'according to X' qualifies, the paragraph after 'X added:'. A clause
  holding a quoted part is mixed; reported speech inside reported speech is not repeated (NESTED).

A quote without a cue of its own continues the previous one ('"A," X said. "B."' is one quote, as
the PolNeAR annotation has it; MERGE_CONTINUED) or, as a paragraph of its own, takes the previous
speaker. Speakers are resolved in `pipeline.quotes_speakers`. Cue tables: data/quote_cues.json.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Doc, Token

from pipeline.extensions import doc_text
from pipeline.quotes_speakers import Resolver, Spans

_CUES = json.loads(resources.files("pipeline").joinpath("data/quote_cues.json").read_text("utf-8"))
SPEECH_LEMMAS: frozenset[str] = frozenset(_CUES["speech"])
COMPLEMENT_LEMMAS: frozenset[str] = frozenset(_CUES["complement"])
BELIEF_LEMMAS: frozenset[str] = frozenset(_CUES["belief"]) - SPEECH_LEMMAS - COMPLEMENT_LEMMAS
ADDRESSEE_LEMMAS: frozenset[str] = frozenset(_CUES["addressee"])
SPEECH_NOUNS: frozenset[str] = frozenset(_CUES["speech_nouns"])
COMPLEMENT_PREPS: dict[str, list[str]] = _CUES["complement_preps"]

# Module options (set before processing).
INCLUDE_BELIEF = False  # also report what people think/believe/fear (a second, non-speech class)
MERGE_CONTINUED = True  # '"A," X said. "B."' as one quote (PolNeAR's convention), else two quotes
KEEP_UNATTRIBUTED = False  # keep quoted sentences with neither a cue nor a speaker to inherit
PRE_CLAUSE_SENTENCE = True  # 'A, but B, he said': the content starts at the sentence start
NESTED = False  # keep reported speech inside other reported speech ('he said she told them that …')
MIN_ADJACENT_WORDS = 4  # shorter quoted bits next to a cue are names and scare quotes, not quotes
MAX_QUOTE_CHARS = 20_000  # a longer 'quote' is an unbalanced mark running away

_OPENERS = {"\u201c", "\u201e", "\u00ab", "``"}
_CLOSERS = {"\u201d", "\u00bb"}
_STRAIGHT = {'"', "''", "``"}
_MARKS_RE = re.compile(r"``|''|[\"\u201c\u201d\u201e\u00ab\u00bb]|\n")
_DOUBLE_RE = re.compile(r"``|''|[\"\u201c\u201d\u201e\u00ab\u00bb]")
_SINGLE_RE = re.compile(r"(?<![\w\u2019'])([\u2018'])(?=\w)|(?<=[\w.,!?])[\u2019'](?!\w)|\n")
_WORD_RE = re.compile(r"\w")
_TITLE_WORD_RE = re.compile(r"[^\W\d_][\w'\u2019-]*")
_DATELINE_RE = re.compile(r"[A-Z][A-Z .,'/-]{2,40}(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\([^()\n]{1,40}\))?"
                          r"\s*(?:--|[-\u2013\u2014])\s*")
_SENT_END = {".", "!", "?", ";"}
_EDGE_PUNCT = {",", ":", ";", "-", "\u2014", "\u2013", "--", ".", "?", "!"}
_EDGE_WORDS = {"and", "but", "or"}
_DISCOURSE = {"however", "still", "meanwhile", "instead", "indeed", "moreover", "also", "now", "yet", "so",
              "then", "thus", "therefore", "furthermore", "finally", "nevertheless", "besides"}
_VERBS = {"VERB", "AUX"}
_CIRCUMSTANCE = {"in", "on", "at", "during", "after", "before", "since", "while", "from", "with"}
_VERB_TAGS = {"VBD", "VBZ", "VBP", "VBG", "VBN", "VB"}


@dataclass
class Item:
    """A quote under construction (character offsets into the text)."""

    start: int
    end: int
    kind: str
    cue: Token | None = None
    according: bool = False  # the cue is the 'to' of 'according to X'
    speaker: dict | None = None
    how: str = ""  # which rule found it (for error analysis)


# ------------------------------------------------------------------------------- quote marks


def pair_quote_marks(text: str) -> list[tuple[int, int]]:
    """Spans [open, close+1) of the outermost double-quote pairs, paragraph by paragraph.

    A quote left open at a paragraph end continues when the next paragraph starts with an opening
    mark of the same style (the multi-paragraph convention); otherwise it is dropped as unbalanced,
    like stray closing marks. Single quotes are outer quotes only in a text without any double
    mark. Linear, never raises.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    opener = ""
    pending: tuple[int, str] | None = None  # a quote left open at the last paragraph end
    para_start = 0
    for m in _MARKS_RE.finditer(text):
        pos, mark = m.start(), m.group()
        if mark == "\n":
            if pos > para_start:  # not a blank line
                pending = (open_at, opener) if open_at is not None else None
                open_at = None
            para_start = pos + 1
            continue
        before = text[pos - 1] if pos else " "
        after = text[m.end()] if m.end() < len(text) else " "
        if open_at is None:
            if mark in _CLOSERS or (mark not in _OPENERS and (
                    after.isspace() or not before.isspace() and before not in "([\u2014\u2013-")):
                continue  # a stray closer
            if (pending is not None and (mark in _STRAIGHT) == (pending[1] in _STRAIGHT)
                    and not text[para_start:pos].strip()):
                open_at, opener, pending = pending[0], mark, None  # the quote goes on
                continue
            open_at, opener, pending = pos, mark, None
        elif mark in _CLOSERS or mark in ('"', "''") or (mark == "\u201c" and opener == "\u201e"):
            if mark in ('"', "''") and after.isalnum() and before.isspace():
                open_at, opener = pos, mark  # the last quote was never closed: restart here
                continue
            spans.append((open_at, m.end()))
            open_at = None
        elif mark == "\u201c" and before in ".,!?" and (after.isspace() or after in ".,;"):
            spans.append((open_at, m.end()))  # a wrong-way closing mark
            open_at = None
        else:
            open_at, opener = pos, mark  # an opener inside an open quote: the first was unbalanced
    if not spans and not _DOUBLE_RE.search(text):
        spans = pair_single_quotes(text)
    return [(s, e) for s, e in spans if 1 < e - s <= MAX_QUOTE_CHARS and _WORD_RE.search(text, s, e)]


def pair_single_quotes(text: str) -> list[tuple[int, int]]:
    """Quotes in single marks ('\u2018…\u2019', British style), for a text without any double mark:
    an opening mark before a word, the next closing mark after one, within a paragraph."""
    spans, open_at = [], None
    for m in _SINGLE_RE.finditer(text):
        if m.group() == "\n":
            open_at = None
        elif m.group(1) is not None:
            open_at = m.start()
        elif open_at is not None:
            spans.append((open_at, m.end()))
            open_at = None
    return spans


# ----------------------------------------------------------------------------------- the doc


class Ctx:
    """Per-document look-ups: token offsets, quote spans, paragraphs."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc_text(doc)
        self.starts = [t.idx for t in doc]
        self.quotes = Spans(pair_quote_marks(self.text))
        self.breaks = [m.start() for m in re.finditer(r"\n", self.text)]

    def token_at(self, char: int) -> int:
        """Index of the token containing `char` (or the last one starting before it)."""
        return max(0, bisect_right(self.starts, char) - 1)

    def para_of(self, char: int) -> int:
        return bisect_left(self.breaks, char)

    def in_quote(self, tok: Token) -> bool:
        return self.quotes.index_at(tok.idx) is not None


def is_cue(tok: Token) -> bool:
    """A verb of saying (or of believing, with INCLUDE_BELIEF)."""
    if (tok.pos_ not in _VERBS and tok.tag_ not in _VERB_TAGS) or tok.dep_ in ("amod", "compound"):
        return False  # not a verb, or an adjective such as 'so-called'
    lemma = tok.lemma_.lower()
    return lemma in SPEECH_LEMMAS or lemma in COMPLEMENT_LEMMAS or (INCLUDE_BELIEF and lemma in BELIEF_LEMMAS)


def is_according(tok: Token) -> bool:
    """The 'to' of 'according to'."""
    return tok.lower_ == "to" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "according"


# ---------------------------------------------------------------------------- direct quotes


def cue_after(ctx: Ctx, end: int, limit: int = 14) -> Token | None:
    """The speech verb of '"…," [X] said' right after a quote ending at `end`."""
    doc, i, para = ctx.doc, ctx.token_at(end), ctx.para_of(end)
    if doc[i].idx < end:
        i += 1
    for tok in doc[i:i + limit]:
        if ctx.para_of(tok.idx) != para or tok.text in _SENT_END or ctx.in_quote(tok):
            return None
        if is_cue(tok):
            return tok
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            return doc[tok.i + 1]
    return None


def cue_before(ctx: Ctx, start: int, limit: int = 30) -> Token | None:
    """The speech verb introducing a quote at `start` ('X said: "…"', 'X told reporters "…"'):
    no other verb and at most eight tokens between them."""
    doc, i, para = ctx.doc, ctx.token_at(start), ctx.para_of(start)
    for j in range(i - 1, max(-1, i - 1 - limit), -1):
        tok = doc[j]
        if ctx.para_of(tok.idx) != para or tok.text in _SENT_END or ctx.in_quote(tok):
            return None
        if is_cue(tok) or is_according(tok):
            between = doc[j + 1:i]
            return None if len(between) > 8 or any(t.pos_ in _VERBS for t in between) else tok
    return None


# -------------------------------------------------------------------------- reported speech


def clause_span(ctx: Ctx, verb: Token) -> tuple[int, int, str] | None:
    """Content of reported speech governed by `verb` (with the rule's name): its ccomp, the clause
    it interrupts, or its complements ('called for X', 'urged X to Y', 'called X a Y')."""
    doc, lemma = ctx.doc, verb.lemma_.lower()
    comp = [c for c in verb.children if c.dep_ == "ccomp"]
    if comp and (lemma in SPEECH_LEMMAS or (INCLUDE_BELIEF and lemma in BELIEF_LEMMAS)):
        c = next((c for c in comp if c.i > verb.i), comp[-1])
        lo, hi = c.left_edge.i, c.right_edge.i
        if c.i < verb.i < hi:  # the ccomp's subtree should not hold the verb
            hi = verb.left_edge.i - 1
        if c.i < verb.i and PRE_CLAUSE_SENTENCE:
            lo = min(lo, verb.sent.start)
        return _tag(_tok_span(ctx, lo, _cut_clause(c, lo, hi), verb), "ccomp")
    head = verb.head
    if (verb.dep_ in ("parataxis", "ccomp", "advcl") and head.i > verb.i and head.pos_ in _VERBS
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and not is_cue(head) and not any(c.dep_ == "mark" for c in verb.children)):
        return _tag(_tok_span(ctx, head.left_edge.i, head.right_edge.i, verb), "interrupt")
    if lemma not in COMPLEMENT_LEMMAS:
        return None
    first = next((c for c in verb.rights if c.dep_ == "xcomp" or (
        c.dep_ == "dobj" and lemma not in ADDRESSEE_LEMMAS)
        or (c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS.get(lemma, ()))), None)
    if first is None:
        return None
    last = first
    for c in verb.rights:  # 'praised X as Y', 'accused X of Y', 'urged X to Y'
        if c.i > last.i:
            if c.dep_ not in ("dobj", "xcomp", "oprd", "prep", "dative") or c.lower_ in _CIRCUMSTANCE:
                break
            last = c
    lo = first.i + 1 if first.dep_ == "prep" else first.left_edge.i
    if lo == last.right_edge.i and doc[lo].pos_ == "PRON":
        return None  # 'described it', 'said so'
    return _tag(_tok_span(ctx, lo, last.right_edge.i, verb), first.dep_)


def according_span(ctx: Ctx, to: Token) -> tuple[int, int, str] | None:
    """The sentence 'according to X' qualifies, without that phrase when it opens or ends it."""
    doc, acc = ctx.doc, ctx.doc[to.i - 1]
    lo, hi = to.sent.start, to.sent.end - 1
    phrase_hi = max(to.right_edge.i, to.i)
    if all(t.is_punct or t.is_space for t in doc[lo:acc.i]):
        lo = phrase_hi + 1
    elif all(t.is_punct or t.is_space for t in doc[phrase_hi + 1:hi + 1]):
        hi = acc.i - 1
    return _tag(_tok_span(ctx, lo, hi, to), "according")


def _cut_clause(clause: Token, lo: int, hi: int) -> int:
    """`hi`, or the end before what the speaker did next: a second cue conjoined to the clause
    ('said A and suggested B') or a participle after a comma ('said A, citing B')."""
    doc = clause.doc
    for tok in clause.children:
        if not lo < tok.i <= hi:
            continue
        participle = (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > clause.i
                      and doc[tok.left_edge.i - 1].text == ","
                      and not any(c.dep_ == "nsubj" for c in tok.children))
        if participle or (tok.dep_ == "conj" and is_cue(tok)):
            return tok.left_edge.i - 1 if tok.left_edge.i > lo else tok.i - 1
    return hi


def _tag(span: tuple[int, int] | None, how: str) -> tuple[int, int, str] | None:
    return None if span is None else (span[0], span[1], how)


def _tok_span(ctx: Ctx, lo: int, hi: int, cue: Token) -> tuple[int, int] | None:
    """Characters of tokens lo..hi within the cue's paragraph, trimmed of edge punctuation (quote
    marks kept), cut at a ';' after the cue, without a leading dateline ('KYIV (Reuters) - ')."""
    doc, para = ctx.doc, ctx.para_of(cue.idx)
    while lo <= hi and (doc[lo].is_space or doc[lo].text in _EDGE_PUNCT or ctx.para_of(doc[lo].idx) < para
                        or _discourse(doc, lo, hi)):
        lo += 1
    semi = next((t.i for t in doc[max(lo, cue.i + 1):hi] if t.text == ";" and not ctx.in_quote(t)), None)
    hi = hi if semi is None else semi - 1
    while hi >= lo and (doc[hi].is_space or doc[hi].text in _EDGE_PUNCT or doc[hi].lower_ in _EDGE_WORDS
                        or ctx.para_of(doc[hi].idx) > para):
        hi -= 1
    if hi < lo or not any(t.is_alpha for t in doc[lo:hi + 1]):
        return None
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi])
    m = _DATELINE_RE.match(ctx.text, start, end)
    return (m.end(), end) if m and m.end() < end else (start, end)


def _discourse(doc: Doc, lo: int, hi: int) -> bool:
    """A sentence adverb and its comma opening a content span ('However,')."""
    return lo + 1 < hi and doc[lo + 1].text == "," and doc[lo].lower_ in _DISCOURSE


def reported(ctx: Ctx) -> list[Item]:
    """Indirect quotes from the parse: cue verbs with a content clause, 'according to X'."""
    items = []
    for tok in ctx.doc:
        if ctx.in_quote(tok):
            continue
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in SPEECH_NOUNS:
            span = noun_span(ctx, tok)
            if span:
                items.append(Item(span[0], span[1], "indirect", cue=tok, how="noun"))
            continue
        according = is_according(tok)
        if according or is_cue(tok):
            span = according_span(ctx, tok) if according else clause_span(ctx, tok) or block_span(ctx, tok)
            if span:
                kind = "direct" if span[2] == "block" else "indirect"
                items.append(Item(span[0], span[1], kind, cue=tok, according=according, how=span[2]))
    return items


def noun_span(ctx: Ctx, noun: Token) -> tuple[int, int] | None:
    """The 'that' clause of a speech noun ('his claim that A', 'the warning that B')."""
    clause = next((c for c in noun.rights if c.dep_ in ("acl", "ccomp", "relcl")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    return None if clause is None else _tok_span(ctx, clause.left_edge.i, clause.right_edge.i, noun)


def block_span(ctx: Ctx, verb: Token) -> tuple[int, int, str] | None:
    """'X added:' ending a paragraph introduces the next paragraph, quoted as a block."""
    doc, text = ctx.doc, ctx.text
    nxt = verb.i + 1
    if nxt >= len(doc) or doc[nxt].text != ":" or "\n" not in doc[nxt].text_with_ws + (
            doc[nxt + 1].text if nxt + 1 < len(doc) else ""):
        return None
    start = doc[nxt].idx + 1
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    while end > start and text[end - 1].isspace():
        end -= 1
    if ctx.quotes.overlapping(start, end) or not _WORD_RE.search(text, start, end):
        return None
    return start, end, "block"


# ------------------------------------------------------------------------------- assembling


def combine(ctx: Ctx, indirect: list[Item]) -> list[Item]:
    """Quote-mark spans and reported speech together: a clause that is a quote gives that quote
    its cue; a clause holding quotes is mixed; a cue-less quote may continue the previous one."""
    text, quotes = ctx.text, ctx.quotes.spans
    used: set[int] = set()
    items: list[Item] = []
    by_quote: dict[int, Item] = {}
    for it in indirect:
        inside = ctx.quotes.overlapping(it.start, it.end)
        if not inside:
            items.append(it)
            continue
        s0, e0 = quotes[inside[0]][0], quotes[inside[-1]][1]
        outside = text[it.start:max(it.start, s0)] + text[min(it.end, e0):it.end]
        if it.start > s0 or not _WORD_RE.search(outside):
            for qi in inside:
                by_quote.setdefault(qi, it)
            continue
        it.start, it.end, it.kind = min(it.start, s0), max(it.end, e0), "mixed"
        used.update(inside)
        items.append(it)
    for qi, (s, e) in enumerate(quotes):
        if qi in used:
            continue
        src = by_quote.get(qi)
        cue = src.cue if src else None
        words = len(_WORD_RE.findall(text, s, e))
        if cue is None and words >= MIN_ADJACENT_WORDS and not is_title(text, s, e):
            cue = cue_after(ctx, e) or cue_before(ctx, s)  # shorter: a name, a title or a scare quote
        items.append(Item(s, e, "direct", cue=cue, according=cue is not None and is_according(cue),
                          how="quote-src" if src else "quote-adj" if cue is not None else "quote-none"))
    return items


def is_title(text: str, s: int, e: int) -> bool:
    """A quoted title ('"Meet the Press"', '"The Art of the Deal,"'): a few words, all capitalised
    but for short function words."""
    words = _TITLE_WORD_RE.findall(text, s, e)
    return 0 < len(words) <= 8 and all(w[0].isupper() or len(w) <= 3 for w in words)


def continues(ctx: Ctx, prev: Item, start: int) -> bool:
    """A quote at `start` continues `prev` ('"A," X said. "B."'): same paragraph, a new sentence,
    nothing between them but `prev`'s cue clause."""
    gap = ctx.text[prev.end:start]
    if "\n" in gap:
        return False
    if not _WORD_RE.search(gap):
        return True
    return (prev.cue is not None and prev.end <= prev.cue.idx < start and len(gap) < 250
            and (starts_sentence(ctx.text, start) or gap.rstrip()[-1:] == ","))


def starts_sentence(text: str, start: int) -> bool:
    """Nothing but a sentence end, a colon, a closing quote or a paragraph start before `start`."""
    before = text[max(0, start - 40):start].rstrip()
    return not before or before[-1] in ".!?:\n\"\u201d'"


def inherits(ctx: Ctx, prev: Item, it: Item) -> bool:
    """A cue-less quote takes `prev`'s speaker: it opens a sentence in prev's paragraph, or is a
    paragraph of its own right after prev's."""
    if not starts_sentence(ctx.text, it.start):
        return False
    gap = ctx.text[prev.end:it.start]
    if "\n" not in gap:
        return True
    text = ctx.text
    p0, p1 = text.rfind("\n", 0, it.start) + 1, text.find("\n", it.end)
    p1 = len(text) if p1 < 0 else p1
    own = not _WORD_RE.search(text, p0, it.start) and not _WORD_RE.search(text, it.end, p1)
    return own and all(not line.strip() for line in gap.split("\n")[1:-1])


def looks_like_speech(text: str, s: int, e: int) -> bool:
    """A quoted stretch that stands as a sentence (not a title or a scare quote)."""
    inner = text[s + 1:e - 1].strip()
    return len(_WORD_RE.findall(inner)) >= 8 and (inner[-1] in ".,!?" or text[e:e + 1] in (".", ","))


def extract(doc: Doc) -> list[dict]:
    """The quotes of `doc` as plain dicts shaped like pipeline.types.Quote, in text order."""
    ctx = Ctx(doc)
    if not ctx.text.strip():
        return []
    items = combine(ctx, reported(ctx) if doc.has_annotation("DEP") else [])
    resolver = Resolver(doc, ctx.quotes, ctx.text)
    kept: list[Item] = []
    for it in sorted(items, key=lambda x: x.start):
        last = kept[-1] if kept else None
        if (MERGE_CONTINUED and last is not None and it.kind == "direct" and it.cue in (None, last.cue)
                and continues(ctx, last, it.start)):
            last.end, last.kind = max(last.end, it.end), "direct" if last.kind == "direct" else "mixed"
            continue
        if it.cue is not None:
            if generic(it.cue):
                continue
            it.speaker = resolver.speaker(it.cue)
            if it.speaker is None and it.cue.head.pos_ == "ADJ":
                continue  # 'it is worth noting that …': the writer's own voice
        elif last is not None and last.cue is not None and inherits(ctx, last, it):
            it.speaker, it.cue, it.according = last.speaker, last.cue, last.according
        elif not KEEP_UNATTRIBUTED or not looks_like_speech(ctx.text, it.start, it.end):
            continue
        kept.append(it)
    if not NESTED:
        outer = Spans(sorted({(it.start, it.end) for it in kept}))
        kept = [it for it in kept if it.cue is None or not any(
            s <= it.cue.idx < e and (s, e) != (it.start, it.end)
            for s, e in (outer.spans[i] for i in outer.overlapping(it.cue.idx, it.cue.idx + 1)))]
    return [to_dict(ctx.text, it) for it in kept]


def generic(cue: Token) -> bool:
    """'hard to say', 'safe to say': an infinitive cue hanging on an adjective or adverb."""
    return cue.head.pos_ in ("ADJ", "ADV") and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)


def to_dict(text: str, it: Item) -> dict:
    """The record's plain dict for an item."""
    cue = None
    if it.cue is not None:
        tok = it.cue
        start = tok.doc[tok.i - 1].idx if it.according else tok.idx
        end = tok.idx + len(tok)
        cue = {"start": start, "end": end, "text": text[start:end],
               "lemma": "according to" if it.according else tok.lemma_.lower()}
    return {"start": it.start, "end": it.end, "text": text[it.start:it.end], "kind": it.kind,
            "speaker": it.speaker, "cue": cue}
