"""Names the model cut at an inner "of the" or "on the": two names of its own, side by side, that
are one ("the Summit" + "on the" + "Harbour Charter": "the Summit on the Harbour Charter"; "Flight"
+ "of the" + "Night Heron", a film). `join_inner` runs on the model's spans and joins them when
the words after "the" are nothing the article names on their own: title-case words written
nowhere else in the article, no place (the model's or the gazetteer's), no person, no initials, and
the name before "the" no place and no role ("the President of the Kelby Society" stays two), the
name after it no modifier of a noun ("Grey Falcon on the Chatwire messaging app"); not
"of" a name ending in a body's head (one "of the Kelby Society" is its member), nor in a sports
report (a club "of the Northern League").

No list of names: capitals, the gazetteer and the article's own text. Token indices."""

from __future__ import annotations

import re

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import ORG_HEADS, fold, gazetteer_label, role_word

JOINERS = frozenset({"of", "on"})
FRONT = frozenset({"ORG", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "FAC"})  # the name before "the"
BACK = FRONT  # the model's tags of the words after "the": no place ("Kelby Regatta on the Tarn")
PART_MAX = 3  # words of each part


def join_inner(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """The model's spans with each "A of the B" / "A on the B" cut in two made one (see the module's
    doc); a work where either part was one, else the first part's label."""
    if ctx.sports:  # "Kelby Rovers of the Northern League": a club, then its league
        return cands
    out: list[Cand] = []
    for c in sorted(cands, key=lambda c: c.start):
        prev = out[-1] if out else None
        if prev is not None and _inner(ctx, prev, c):
            works = "WORK_OF_ART" in {prev.label, c.label}
            prev.end, prev.label, prev.role = c.end, "WORK_OF_ART" if works else prev.label, None
            continue
        out.append(c)
    return out


def _inner(ctx: DocCtx, a: Cand, b: Cand) -> bool:
    """`a`, "of the" or "on the", then `b`: one name (see the module's doc)."""
    words, i = ctx.words, a.end
    if b.start != i + 2 or words[i] not in JOINERS or words[i + 1] != "the" or a.label not in FRONT:
        return False
    if b.label not in BACK or a.end - a.start > PART_MAX or b.end - b.start > PART_MAX:
        return False
    if any("\n" in w for w in ctx.ws[a.start : b.end - 1]) or ctx.in_caps(a.start):
        return False
    if not (_titled(words, a.start, a.end) and _titled(words, b.start, b.end)):
        return False
    front, back = ctx.span_text(a.start, a.end), ctx.span_text(b.start, b.end)
    if (a.end - a.start == 1 and role_word(front.lower())) or gazetteer_label(fold(front)):
        return False  # "President" of "the President of the Kelby Society"
    if gazetteer_label(fold(back)) or (words[i] == "of" and words[b.end - 1] in ORG_HEADS):
        return False  # "Kelby Mills on the Pacific"; a member "of the Kelby Society", not its name
    return not _modifies(ctx, b.end) and _only_inside(ctx.text, front, back)


def _modifies(ctx: DocCtx, e: int) -> bool:
    """The name ending at e modifies a common noun after it, a name of its own ("on the Chatwire
    messaging app", "of the Kelby review")."""
    toks, n = ctx.toks, len(ctx.toks)
    if e >= n or not (toks[e].is_lower and toks[e].is_alpha):
        return False
    tag = toks[e].tag_
    return tag.startswith("NN") or (tag == "VBG" and e + 1 < n and toks[e + 1].tag_.startswith("NN"))


def _only_inside(text: str, front: str, back: str) -> bool:
    """Every time the article writes `back` as words of their own, it follows `front` and "of the",
    "on the" or "for the" (the same name written with another small word: "Summit for the ...")."""
    alone = len(re.findall(rf"\b{re.escape(back)}\b", text))
    return alone == len(re.findall(rf"\b{re.escape(front)} (?:of|on|for) the {re.escape(back)}\b", text))


def _titled(words: list[str], s: int, e: int) -> bool:
    """Words s..e are title-case words, none all capitals ("BBC")."""
    return all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words[s:e])
