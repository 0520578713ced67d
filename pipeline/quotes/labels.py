"""Speaker labels: a line that opens with a name and a colon gives the rest of the line to that name,
as headlines ('Clinton: Trump is unfit to lead') and transcripts ('SMITH: We will not back down.') do;
a paragraph that ends on 'X added:' gives the next paragraph to X (a block quote).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import HEADLINE_SOURCES, colon_before
from pipeline.quotes.doc import Ctx, Item
from pipeline.quotes.marks import WORD_RE

MAX_LABEL_TOKENS = 5  # 'Senator Mary Smith:' ; a longer run before a colon is a sentence
MAX_ROLE_TOKENS = 10  # '- Manchester United coach Sir Alex Ferguson: "…"': a role and a name before a quote
MIN_CONTENT_WORDS = 3
_SPEAKER_ENTS = {"PERSON", "ORG"}
_VERBS = {"VERB", "AUX"}  # the words after the label make a claim, not a figure ('Clinton: 1,769')
_LABEL_POS = {"PROPN", "NOUN", "DET", "ADJ", "PUNCT"}


def labelled_lines(ctx: Ctx) -> list[Item]:
    """Items for the lines that open with a speaker label; the cue is the colon."""
    doc, text, items = ctx.doc, ctx.text, []
    starts = [0] + [b + 1 for b in ctx.breaks]
    for start in starts:
        if start >= len(text) or not text[start:start + 1].strip():
            continue
        stop = text.find("\n", start)
        if ":" not in text[start:stop if stop >= 0 else len(text)]:
            continue  # no colon on the line: no label (no Token for its words)
        i = ctx.token_at(start)
        if doc[i].idx != start:
            continue
        colon = next((t for t in doc[i:i + MAX_LABEL_TOKENS + 1] if t.text == ":" or "\n" in t.text), None)
        headline = start == 0  # the first line: a headline, whose title case hides its verbs
        if colon is None or colon.text != ":" or colon.i == i or not is_label(doc[i:colon.i], headline):
            continue
        end = text.find("\n", colon.idx)
        end = len(text) if end < 0 else end
        lo = colon.idx + 1
        while lo < end and text[lo].isspace():
            lo += 1
        hi = end
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if any(s == lo for s, _ in (ctx.quotes.spans[q] for q in ctx.quotes.overlapping(lo, lo + 1))):
            continue  # 'X: "…"': the quote's own label (label_before), not the rest of the line
        if (len(WORD_RE.findall(text, lo, hi)) >= MIN_CONTENT_WORDS and not ctx.in_quote(colon)
                and (headline or any(t.pos_ in _VERBS for t in doc[colon.i + 1:ctx.token_at(hi) + 1]))):
            items.append(Item(lo, hi, "indirect", cue=colon, how="label"))
    return items


def label_before(ctx: Ctx, start: int) -> Token | None:
    """The colon of a speaker label right before a quote at `start`, opening its line or sentence
    after a dash or bullet ('- Manchester United coach Sir Alex Ferguson: "…"', 'BBC Two controller
    Jan Novak: "…"'): a person's name, with a role before it, and no verb."""
    colon = colon_before(ctx, start)
    if colon is None:
        return None
    first = colon.i
    while first > 0 and colon.i - first <= MAX_ROLE_TOKENS and not _opens_label(ctx.doc[first - 1]):
        first -= 1
    tokens = [t for t in ctx.doc[first:colon.i] if not (t.is_punct and t.i == first)]
    opened = first == 0 or _opens_label(ctx.doc[first - 1])
    if not tokens or colon.i - first > MAX_ROLE_TOKENS or not opened:
        return None
    name = head_of(tokens)
    if any(t.pos_ not in _LABEL_POS for t in tokens) or name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
        return None
    return colon


def _opens_label(tok: Token) -> bool:
    """A token a label may follow: a sentence's stop, a line break, a dash or bullet opening a line."""
    return tok.text in (".", "!", "?") or "\n" in tok.text_with_ws or tok.is_space or (
        tok.text in ("-", "–", "•", "*") and (tok.i == 0 or "\n" in tok.doc[tok.i - 1].text_with_ws
                                                         or tok.doc[tok.i - 1].is_space))


def is_label(tokens, headline: bool = False) -> bool:
    """A name and nothing else: a proper noun naming a person or an organisation, a person's surname
    the model missed in a headline but found in the text ('Ridley:'), or a transcript's capitals of a
    person named in the text ('PENCE:'), or in a headline a source ('Poll:'); never a place
    ('WASHINGTON:'), an editor's word ('UPDATE:', 'CORRECTION:') or a clause."""
    words = [t for t in tokens if not t.is_punct]
    if not words or any(t.pos_ not in _LABEL_POS for t in tokens):
        return False
    head = head_of(tokens)
    if headline and len(words) == 1 and head.lower_ in HEADLINE_SOURCES:
        return True
    if head.pos_ == "PROPN" and head.ent_type_ in _SPEAKER_ENTS:
        return True
    surnames = {ent[-1].lower_ for ent in head.doc.ents if ent.label_ == "PERSON"}
    if head.lower_ not in surnames:
        return False
    # 'PENCE:' of Mike Pence; 'Sanders:' opening a headline, where the tagger takes names for nouns
    return head.pos_ == "PROPN" or head.is_title or all(t.is_upper and t.is_alpha for t in words)


def head_of(tokens) -> Token:
    """The token of the label that names the speaker (the last word: 'Senator Mary Smith')."""
    return [t for t in tokens if not t.is_punct][-1]


def label_head(colon: Token) -> Token:
    """The head of the label before a label's colon."""
    doc = colon.doc
    i = colon.i
    while i > 0 and "\n" not in doc[i - 1].text_with_ws and not doc[i - 1].is_space:
        i -= 1
    return head_of(doc[i:colon.i])


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
    if ctx.quotes.overlapping(start, end) or not WORD_RE.search(text, start, end):
        return None
    return start, end, "block"
