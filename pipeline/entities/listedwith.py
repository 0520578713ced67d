"""Names listed with others: a one-word name the model guessed a place, a facility or a people for
takes the label of the bodies or people it is listed with ("BT and Tiscali have been ...", "the work
of Caravaggio, Stubbs and Rubens", "either Norvex or Verizon")."""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx, by_key, list_partners, relabel
from pipeline.entities.context import is_modifier
from pipeline.entities.kinds import WEAK_LABELS
from pipeline.entities.lexicon import known_place, norm

LISTED_WEAK = WEAK_LABELS | {"FAC"}  # "either Norvex or Verizon": the model's facility, a firm
SITE_PREPS = frozenset({"at", "in", "on"})


def coordinated(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of) -> None:
    """A one-word name the model called a place or a people, which no gazetteer knows, listed with
    organisations or with people only ("BT and Tiscali have been ...", "the work of Caravaggio,
    Stubbs and Rubens") takes their label; one it called a facility paired with one organisation,
    never after "at" ("either Norvex or Verizon"), is one too."""
    if not ctx.parsed:
        return
    doc = ctx.doc
    by_token = {i: c for c in cands for i in range(c.start, c.end)}
    weak = [c for c in cands if c.end - c.start == 1 and _weak(ctx, c, labels.get(key_of(ctx, c)))]
    keyed = by_key(ctx, cands, key_of) if weak else {}
    for _ in range(2):  # a second pass for lists whose first member was weak too
        for c in weak:
            key = key_of(ctx, c)
            tok = doc[c.start]
            partners = list_partners(tok)
            found = {labels.get(key_of(ctx, by_token[p.i])) for p in partners if p.i in by_token}
            found -= WEAK_LABELS
            ms = keyed.get(key, [c])
            if labels.get(key) == "FAC" and (found != {"ORG"} or len(partners) > 1 or _sited(ctx, ms)):
                continue  # "at Twickenham": a ground; a list of more than two: no pair of rivals
            if found == {"PERSON"} and _adjectival(ctx, ms):
                continue  # "Labour and Tory value", the model's "Tory plans": a party, no person
            if len(found) == 1 and found <= {"ORG", "PERSON"} and labels.get(key) in LISTED_WEAK:
                relabel(ctx, ms, labels, key_of, found.pop())


def _sited(ctx: DocCtx, ms: list[Cand]) -> bool:
    """A sports report, or a mention after a place's preposition ("at", "in", "on")."""
    return ctx.sports or any(c.start > 0 and ctx.words[c.start - 1] in SITE_PREPS for c in ms)


def _adjectival(ctx: DocCtx, ms: list[Cand]) -> bool:
    """Most mentions `ms` of the name modify a common noun after them ("Tory plans", "Tory backbencher")."""
    return sum(is_modifier(ctx.doc, c.end) for c in ms) * 2 > len(ms)


def _weak(ctx: DocCtx, c: Cand, label: str | None) -> bool:
    """The model's guess of a place, a facility or a people for a word no gazetteer knows; not a
    plural people ("Labour and the Tories")."""
    word = norm(ctx.words[c.start])
    if label not in LISTED_WEAK or c.src != "model" or known_place(word):
        return False
    return not (label == "NORP" and word.endswith("s"))
