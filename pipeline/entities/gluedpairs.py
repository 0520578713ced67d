"""Two names the model ran into one span across a preposition or a possessive, cut apart
(`glued_pairs`): a club and the trophy it chases ("Castlebridge for the Northern Shield"), a show and
the channel it moved to ("Pantrymix to Channel 9"), a party or a firm and what it owns ("the
Moderate's Family Bond", "Zentrix's Cloudpad"). The span is written once, every word either side is
capitalised, and the article names one side on its own elsewhere:

- across a lower-case preposition ("for", "to", "against", "with", "versus", "at", with or without
  "the" after it): the first side alone elsewhere (not first in a sentence) or a name of the model's
  there, its words never written in lower case ("Parents for Safer Roads" beside "parents"), and no
  body's or event's head ("Department", "Cup") closing it; or the second side alone elsewhere after
  a first side with a word no dictionary lists (a name: "Pantrymix"; not "Passage to Norvik", a
  title of plain words); never the same words either side ("Heart to Heart");
- at a possessive glued to the word before it: the owner alone elsewhere, ending a person's or a
  body's name of the model's ("Tomas Velde" of "Velde's"), or its plural alone ("the Moderates"), in
  a body's or a person's span of the model's (no title, no occasion, no place's place), no "St"
  first ("St Aldric's Meadow"), no head closing the tail ("Marrowby's Lantern Works"); or where the
  model named owner and tail apart, a body each ("Zentrix" + "Cloudpad"), and a rule joined them
  since (not a person and a product: "Marlowe's Lantern").

Each side keeps the label the model gives its words elsewhere, else the span's. Model and cue
candidates, token indices."""

from __future__ import annotations

from pipeline.entities import evidence as E
from pipeline.entities import tokens as TK
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import POSS, POSS_CUT
from pipeline.entities.lexicon import EVENT_HEADS, ORG_HEADS
from pipeline.entities.words import english_word

PREPS = frozenset({"for", "to", "against", "with", "versus", "vs", "at"})
HEADS = ORG_HEADS | EVENT_HEADS
OWNED_LABELS = frozenset({"ORG", "PERSON", "NORP", "PRODUCT"})  # no work, no event, no place's place
JOINS = PREPS | {"on", "of", "in"}  # what joins a name's parts
SAINTS = frozenset({"St", "St.", "Saint", "Sainte"})
ARTICLES = frozenset({"The", "the"})
SIDE_MAX = 4  # words either side
SOURCES = frozenset({"model", "cue"})  # the model's names, the titles after a cue noun ("the soap X")
TAILS = frozenset({"ORG", "LOC"})  # the model's labels of a body's product or show ("Zentrix's Cloudpad")
OWNER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})  # what the owner is named elsewhere


def glued_pairs(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Cut each span of the model's or of a cue's glued across a preposition or a possessive in two
    (see the module's doc)."""
    words = ctx.words
    glued = [c for c in cands if c.src in SOURCES and c.end - c.start >= 3 and _glue_inside(words, c)]
    if not glued:
        return cands
    names = {tuple(words[e.start : e.end]): e.label_ for e in ctx.doc.ents}
    out = [c for c in cands if c not in glued]
    for c in glued:
        parts = _prep_cut(ctx, c, names) or _poss_cut(ctx, c, names)
        if parts is None:
            out.append(c)
            continue
        for s, e in parts:
            out.append(Cand(s, e, names.get(tuple(words[s:e]), c.label), c.src, c.weight, c.role))
    return sorted(out, key=lambda c: c.start)


def _glue_inside(words: list[str], c: Cand) -> bool:
    """A preposition or a possessive inside the span: the cheap test first."""
    return any(w in PREPS or w in POSS for w in words[c.start + 1 : c.end - 1])


def _named(words: list[str], s: int, e: int) -> bool:
    """Words s..e are one to SIDE_MAX capitalised words (or numbers: "Channel 6"), a capital first."""
    run = words[s:e]
    return 0 < len(run) <= SIDE_MAX and run[0][:1].isupper() and all(
        w[:1].isupper() or w.isdigit() or w == "&" for w in run)


def _once(ctx: DocCtx, c: Cand) -> bool:
    """The span's words occur only here in the article."""
    return len(E.occurrences(ctx.words, ctx.words[c.start : c.end])) == 1


def _start(words: list[str], c: Cand) -> int:
    """The span's first name word, past a leading "The"."""
    return c.start + 1 if words[c.start] in ARTICLES else c.start


def _prep_cut(ctx: DocCtx, c: Cand, names: dict[tuple[str, ...], str]) -> list[tuple[int, int]] | None:
    """The two sides of a span glued across its one lower-case preposition, or None."""
    words, s = ctx.words, _start(ctx.words, c)
    inner = [k for k in range(s + 1, c.end - 1) if words[k][:1].islower()]
    if not inner or inner[0] != inner[-1] - (len(inner) - 1) or words[inner[0]] not in PREPS:
        return None
    k = inner[0]
    r = k + 2 if len(inner) == 2 and words[k + 1] == "the" else k + 1
    if len(inner) > r - k or not _named(words, s, k) or not _named(words, r, c.end) or not _once(ctx, c):
        return None
    if words[s:k] == words[r : c.end]:
        return None  # "Eye for Eye": a title's figure
    common = TK.of(ctx.doc).word_set.issuperset(w.lower() for w in words[s:k])  # "parents" elsewhere
    alone = _alone(ctx, s, k, c, POSS_CUT | {words[k]}) or _name_end(ctx, s, k, c, names)
    left = words[k - 1] not in HEADS and not common and alone
    right = not left and words[c.end - 1] not in HEADS and _alone(ctx, r, c.end, c, POSS_CUT) and any(
        not english_word(w.lower()) for w in words[s:k] if w.isalpha())
    return [(s, k), (r, c.end)] if left or right else None


def _alone(ctx: DocCtx, s: int, e: int, c: Cand, not_after: frozenset[str]) -> bool:
    """The words of tokens s..e occur outside the span `c` as a whole name, not first in a sentence
    (where any word is capitalised): no capitalised word either side, no word of `not_after` after."""
    words, n = ctx.words, e - s
    for i in E.occurrences(words, words[s:e]):
        if c.start <= i < c.end or ctx.toks[i].is_sent_start:
            continue
        before, after = words[i - 1] if i > 0 else "", words[i + n] if i + n < len(words) else ""
        if after not in not_after and not after[:1].isupper() and not before[:1].isupper():
            return True
    return False


def _name_end(ctx: DocCtx, s: int, e: int, c: Cand, names: dict[tuple[str, ...], str]) -> bool:
    """Words s..e end a longer person's or body's name of the model's ("Tom Hale" of "Hale"), or are
    one of the model's outside the span `c`, no possessive after it (not "Marlowe" of "Marlowe's") nor
    a preposition opening a name ("Forum" of "the Forum on the Open Seabed": a name cut there too)."""
    words = ctx.words
    run = tuple(words[s:e])
    if any(n[-len(run) :] == run and len(n) > len(run) and t in OWNER_LABELS for n, t in names.items()):
        return True
    owned = [_cut_before(words, x.end) for x in ctx.doc.ents]
    return any(not c.start <= x.start < c.end and x.label_ in OWNER_LABELS and not own
               and tuple(words[x.start : x.end]) == run for x, own in zip(ctx.doc.ents, owned, strict=True))


def _cut_before(words: list[str], k: int) -> bool:
    """Token k is a possessive, or a preposition before "the" or a capitalised word."""
    if k >= len(words):
        return False
    nxt = words[k + 1] if k + 1 < len(words) else ""
    return words[k] in POSS_CUT or words[k] in JOINS and (nxt == "the" or nxt[:1].isupper())


def _poss_cut(ctx: DocCtx, c: Cand, names: dict[tuple[str, ...], str]) -> list[tuple[int, int]] | None:
    """The owner and the tail of a span glued at its first possessive, or None."""
    words, s = ctx.words, _start(ctx.words, c)
    if c.label not in OWNED_LABELS or words[s] in SAINTS:
        return None
    k = next((i for i in range(s + 1, c.end - 1) if words[i] in POSS), None)
    if k is None or ctx.ws[k - 1] or not _named(words, s, k) or words[c.end - 1] in HEADS:
        return None
    tail = [w for w in words[k + 1 : c.end] if w not in POSS]
    if not tail or not all(w[:1].isupper() or w.isdigit() for w in tail) or not _once(ctx, c):
        return None
    apart = _owner_alone(ctx, s, k, c, names) or _two_bodies(ctx, s, k, c.end)
    return [(s, k), (k + 1, c.end)] if apart else None


def _two_bodies(ctx: DocCtx, s: int, k: int, e: int) -> bool:
    """The model itself named the owner and the tail apart, a body each ("Zentrix" + "Cloudpad"): a
    body and what it owns, whoever joined them since."""
    toks = ctx.toks
    owner, tail = toks[s], toks[k + 1]
    if owner.ent_iob_ != "B" or owner.ent_type_ != "ORG" or tail.ent_iob_ != "B":
        return False
    if tail.ent_type_ not in TAILS:
        return False
    whole_tail = e == len(toks) or toks[e].ent_iob_ != "I"
    return all(t.ent_iob_ == "I" for t in toks[s + 1 : k]) and toks[k].ent_iob_ == "O" and whole_tail


def _owner_alone(ctx: DocCtx, s: int, k: int, c: Cand, names: dict[tuple[str, ...], str]) -> bool:
    """The owner's words stand alone elsewhere, or end a person's or a body's name of the model's
    ("Tomas Velde" of "Velde's"), or their plural stands alone ("the Moderates" of "Moderate's")."""
    words = ctx.words
    if E.alone_elsewhere(ctx, s, k) or _name_end(ctx, s, k, c, names):
        return True
    plural = words[s : k - 1] + [words[k - 1] + "s"]
    return any(not (i + len(plural) < len(words) and words[i + len(plural)][:1].isupper())
               for i in E.occurrences(words, plural))
