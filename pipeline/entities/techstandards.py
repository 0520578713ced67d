"""Technologies and standards the model took for bodies, people or places ("the Zentra standard").

`tech_standards` runs after the per-name vote, outside sports reports. A name voted a body, a person,
a people, a place or an event is a PRODUCT (a technology, a format, a standard: no body) when the
article names it as one:

- listed after the plural of a standard's or a format's noun ("formats like Vexo and Qubit-2"),
  read from the parse (`kindlists.members`);
- after "called", "dubbed" or "known as" that follow a technology's noun ("a radio standard known
  as Zentra");
- before a standard's or a format's noun ("a rival Zentra standard", "encoded in Vexo format");
- twice or more before "technology" or "network(s)" or listed after "technologies" ("Zentra
  technology", "a Zentra network", "technologies such as Zentra"), which a maker's or a service's
  name takes too ("Kelvix technology", "technologies like Kelvix"): hence twice, never a body's use.

No mention may treat it as a body (`products.body_use`: "X said", "X's chief", "firm X") or a person
("Mr X"), give it a role, or be a place or people the gazetteer knows. No list of technologies: cue
nouns, the parse and the article's own mentions. Token indices only.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from pipeline.entities import kindlists as KL
from pipeline.entities import products as PD
from pipeline.entities import tokens as TK
from pipeline.entities.candidates import KEPT, Cand, DocCtx, by_key, relabel
from pipeline.entities.lexicon import HONORIFICS, fold, known_place_or_word

PRODUCT = "PRODUCT"
ABLE = frozenset({"ORG", "PERSON", "NORP", "GPE", "LOC", "FAC", "EVENT"})
KINDS = frozenset({"standards", "formats", "protocols", "codecs"})  # "formats such as A and B"
NOUNS = frozenset({"technology", "standard", "format", "protocol", "codec", "specification"})  # "called X"
HEADS = frozenset({"standard", "format", "protocol", "codec", "specification"})  # "the X standard"
WEAK = frozenset({"technology", "network", "networks"})  # "X technology": a maker's too
NAMING = frozenset({"called", "dubbed"})
NAMING_GAP = 4  # words between a technology's noun and "called": "a wireless data technology called X"
WEAK_MIN = 2
CUES = NOUNS | KINDS | WEAK


def tech_standards(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel PRODUCT the names the article names as technologies or standards (see the module)."""
    if ctx.sports or not ctx.parsed:
        return
    able = [c for c in cands if c.end > c.start and c.label in ABLE]
    if not able or CUES.isdisjoint(TK.of(ctx.doc).word_set):
        return
    listed, loose = KL.members_of(ctx, [_kind, _technologies])
    for key, ms in by_key(ctx, [c for c in cands if c.end > c.start], key_of).items():
        if labels.get(key, ms[0].label) not in ABLE:
            continue
        roots = [ctx.root(c.start, c.end).i for c in ms]
        strong = any(r in listed for r in roots) or any(_named(ctx, c) for c in ms)
        weak = sum(_weak(ctx, c) for c in ms) + sum(r in loose for r in roots)
        if (strong or weak >= WEAK_MIN) and _able(ctx, key, ms):
            relabel(ctx, ms, labels, key_of, PRODUCT)


def _kind(tok: Token) -> bool:
    """The plural of a standard's noun in lower case ("standards", "formats")."""
    return tok.text in KINDS and tok.tag_ == "NNS"


def _technologies(tok: Token) -> bool:
    """ "technologies", whose lists hold makers and services too ("technologies like Kelvix")."""
    return tok.text == "technologies" and tok.tag_ == "NNS"


def _named(ctx: DocCtx, c: Cand) -> bool:
    """ "a technology called X", "a standard known as X", or "the X standard", "in X format"."""
    words, s = ctx.words, c.start
    if _headed(ctx, c):
        return True
    if s > 1 and words[s - 1] in NAMING:
        k = s - 1
    elif s > 2 and words[s - 1] == "as" and words[s - 2] == "known":
        k = s - 2
    else:
        return False
    return any(w in NOUNS for w in words[max(0, k - NAMING_GAP) : k])


def _headed(ctx: DocCtx, c: Cand) -> bool:
    """The name right before a standard's or a format's noun ("the X standard")."""
    e = c.end
    return e < len(ctx.words) and ctx.words[e] in HEADS and ctx.toks[e].pos_ == "NOUN"


def _weak(ctx: DocCtx, c: Cand) -> bool:
    """The name right before "technology" or "network(s)" as a noun ("Zentra technology")."""
    e = c.end
    return e < len(ctx.words) and ctx.words[e] in WEAK and ctx.toks[e].pos_ == "NOUN"


def _able(ctx: DocCtx, key: str, ms: list[Cand]) -> bool:
    """No place or people the gazetteer knows, no role, no mention used as a body's or a person's
    (the words before "the X standard" are the standard's: "a rival X standard")."""
    if known_place_or_word(key):
        return False
    if any(c.src in KEPT or c.role for c in ms):
        return False
    honoured = any(c.start > 0 and fold(ctx.words[c.start - 1]) in HONORIFICS for c in ms)
    return not honoured and not any(PD.body_use(ctx, c) and not _headed(ctx, c) for c in ms)
