"""A "place" or "law" the model finds in one capitalised common word, where neither CoNLL nor
OntoNotes-style news gold marks a name: an adjective before the noun it describes ("Indigenous
crafts", "Tribal dances"; not before a role: "Tribal star Ann Vell" names a film), a monarchy or state
called by the kind of polity that heads countries' official names after a determiner ("the
Kingdom's exports", "our Sultanate": pycountry's "Kingdom of X"), and a charter called by its kind
("under the Constitution") where no longer law of the article holds the word ("the Charter" of
"Clean Rivers Charter" stays its short form). A word the gazetteer knows as a place ("Nice
airport", "the Gambia") stays a name.
"""

from __future__ import annotations

from functools import cache

from pipeline.entities import words as W
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.gazetteer import iso_table
from pipeline.entities.lexicon import gazetteer_label, norm, role_word, world

DETERMINERS = frozenset({"the", "our", "their", "its", "this", "that", "'s", "\u2019s"})
DESCRIBED = frozenset({"NOUN", "ADJ"})  # what a capitalised adjective before it describes


@cache
def polity_heads() -> frozenset[str]:
    """Head nouns of countries' official names before "of" ("kingdom" of "Kingdom of X")."""
    names = (d.get("official_name", "") for d in iso_table("3166-1"))
    return frozenset(n.split(" of ")[0].split()[-1].lower() for n in names if " of " in n)


def law_words(ctx: DocCtx, cands: list[Cand]) -> frozenset[str]:
    """Words of the article's laws of several words ("Charter" of "Clean Rivers Charter")."""
    return frozenset(w for c in cands if c.label == "LAW" and c.end - c.start > 1
                     for w in ctx.words[c.start : c.end])


def common_place(ctx: DocCtx, c: Cand, laws: frozenset[str] = frozenset()) -> bool:
    """The model's one-word place or law is a capitalised common word, no name (module's note)."""
    if c.end - c.start != 1 or c.src != "model" or c.label not in {"GPE", "LAW"}:
        return False
    tok = ctx.toks[c.start]
    if not tok.is_title or not tok.is_alpha or len(tok) < 4 or ctx.in_caps(c.start):
        return False
    key = norm(tok.text)
    if gazetteer_label(key) or key in world().places:
        return False  # "Nice", "Jordan", "Reading": the gazetteer's places
    low = tok.lower_
    if c.label == "GPE" and W.adjective(low) and not W.common_noun(low):
        nxt = ctx.toks[c.end] if c.end < len(ctx.doc) else None
        described = nxt is not None and nxt.is_lower and nxt.is_alpha and nxt.pos_ in DESCRIBED
        return described and not role_word(nxt.lower_)  # "Tribal star Ann Vell": a film's role
    if c.start == 0 or ctx.toks[c.start - 1].lower_ not in DETERMINERS or not W.common_noun(low):
        return False
    return low in polity_heads() if c.label == "GPE" else tok.text not in laws
