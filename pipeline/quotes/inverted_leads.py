"""An inverted lead before a quote: a sentence that opens with a verb of saying, then the speaker and
a colon ('Said coach Ann Lee: "…"', 'Adds Mr Park: "…"'). The parse often takes the verb for a part
of the name or leaves the name a sentence of its own; the words themselves are the cue."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import SPEECH_LEMMAS, colon_before
from pipeline.quotes.doc import Ctx

MAX_LEAD_TOKENS = 9  # 'Said Wales assistant coach Scott Johnson:'
_STOPS = {".", "!", "?"}
_NAME_POS = {"PROPN", "NOUN", "ADJ", "DET", "PART", "ADP", "PUNCT"}  # "Said the club's coach Ann Lee:"


def _speech_form(word: str) -> bool:
    """A finite form of a verb of saying ('said', 'says', 'added', 'adds', 'noted')."""
    w = word.lower()
    if w in ("said", "says"):
        return True
    return (w.endswith("s") and w[:-1] in SPEECH_LEMMAS) or (w.endswith("ed") and (
        w[:-1] in SPEECH_LEMMAS or w[:-2] in SPEECH_LEMMAS))


def lead_verb(tok: Token) -> bool:
    """A capitalised verb of saying that opens its sentence (after a stop, a quote closed by one, a
    line break or the start)."""
    if not (tok.is_title and _speech_form(tok.text)):
        return False  # the word first: no Token for the words before most cues
    doc = tok.doc
    k = tok.i - 1 - (tok.i > 1 and doc[tok.i - 1].is_quote)  # '"We were lucky." Added coach X:'
    return tok.i == 0 or doc[k].text in _STOPS or "\n" in doc[tok.i - 1].text_with_ws


def lead_name(verb: Token) -> Token | None:
    """The speaker of an inverted lead opened by `verb`: the head of the words up to the colon, which
    hold no verb, else their last proper noun; None when `verb` opens no such lead."""
    if not lead_verb(verb):
        return None
    doc = verb.doc
    end = verb.i + 1
    while end < len(doc) and end - verb.i <= MAX_LEAD_TOKENS and doc[end].text != ":":
        end += 1
    words = doc[verb.i + 1:end]
    if end >= len(doc) or doc[end].text != ":" or not len(words) or any(
            t.pos_ not in _NAME_POS or "\n" in t.text_with_ws for t in words):
        return None
    heads = [t for t in words if t.pos_ in ("PROPN", "NOUN") and not verb.i < t.head.i < end]
    if len(heads) == 1:
        return heads[0]  # 'Said the Pew report:': the report
    return next((t for t in reversed(words) if t.pos_ == "PROPN"), None)


def lead_before(ctx: Ctx, start: int) -> Token | None:
    """The verb of an inverted lead whose colon comes right before a quote at `start`."""
    colon = colon_before(ctx, start)
    if colon is None:
        return None
    first = max(0, colon.i - MAX_LEAD_TOKENS - 1)
    for tok in ctx.doc[first:colon.i - 1]:
        if lead_name(tok) is not None and not ctx.in_quote(tok) and not any(
                t.text == ":" for t in ctx.doc[tok.i + 1:colon.i]):
            return tok
    return None
