"""A body's noun apposed to a name decides who is the body: "Spanish radio station Cadena Vox" is a
broadcaster, not a person, while in "Ann Vale from telecoms firm Ortalis" the firm's noun belongs to
Ortalis and Ann Vale, before "from", is the firm's person."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel

# A singular noun of a business or a broadcaster ("firm", "bank", "radio station"); no plural
# ("analysts Tom Hale"), no party or label, whose apposed name is often a person's.
PERSONAL = frozenset({"analysts", "label", "party", "movement", "coalition", "alliance", "militia"})
BROADCAST = frozenset({"station", "channel", "network", "broadcaster", "paper", "daily", "weekly"})
BODY_NOUNS = (L.FIRM_WORDS - PERSONAL) | BROADCAST
FROM_WORDS = frozenset({"from", "of", "at"})
DETS = frozenset({"a", "an", "the"})
MOVED_TO = frozenset({"to", "into", "for", "with", "joined", "bought", "sold"})


def apposed_bodies(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """A name voted a person right after a body's noun that modifies it ("radio station X"), its
    first word no census given name ("firm Tom Hale" stays a person), is that body (ORG); a name
    voted a body of two or three words right before "from", "of" or "at" and a firm's noun that
    modifies another name ("Ann Vale from telecoms firm X") is a person."""
    if not ctx.parsed:
        return
    named = [c for c in cands if c.end > c.start and c.label in {"PERSON", "ORG"}]
    for key, ms in by_key(ctx, named, key_of).items():
        label = labels.get(key, ms[0].label)
        if label == "PERSON" and any(_after_body_noun(ctx, c) for c in ms):
            relabel(ctx, ms, labels, key_of, "ORG")
        elif label == "ORG" and any(_before_firm(ctx, c) for c in ms):
            relabel(ctx, ms, labels, key_of, "PERSON")


def _after_body_noun(ctx: DocCtx, c: Cand) -> bool:
    """A body's noun right before the name that modifies it (compound, or the name apposed to it);
    not "the company Tom Hale founded"."""
    doc = ctx.doc
    if c.start == 0 or L.given_name(L.norm(ctx.words[c.start])):
        return False
    noun = ctx.toks[c.start - 1]
    if noun.lower_ not in BODY_NOUNS or not noun.is_lower or noun.pos_ != "NOUN":
        return False
    root = doc[c.start : c.end].root
    return c.start <= noun.head.i < c.end or (root.dep_ == "appos" and root.head.i == noun.i)


def _before_firm(ctx: DocCtx, c: Cand) -> bool:
    """A name of two or three title-cased words, then "from", "of" or "at", lower-case words and a
    firm's noun right before a capitalised word ("Ann Vale from broadband firm X")."""
    doc, words = ctx.doc, ctx.words
    if not 2 <= c.end - c.start <= 3 or not all(t.is_title and t.is_alpha for t in doc[c.start : c.end]):
        return False
    if c.end >= len(doc) or words[c.end] not in FROM_WORDS or (c.start > 0 and words[c.start - 1] in DETS):
        return False
    if c.start > 1 and words[c.start - 1] in MOVED_TO and words[c.start - 2].lower() != "according":
        return False  # "moved to Kelby Steel from rival firm X": a body joined, not a person
    k = c.end + 1
    while k < len(doc) and k < c.end + 6 and ctx.toks[k].is_lower and ctx.toks[k].is_alpha:
        if ctx.toks[k].lower_ in BODY_NOUNS:  # "firm" may be tagged an adjective
            nxt = ctx.toks[k + 1] if k + 1 < len(doc) else None
            return nxt is not None and nxt.is_title and not nxt.is_sent_start
        k += 1
    return False
