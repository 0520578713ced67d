"""A role for a person the entities stage found none for, from the definite description the quotes
stage linked to them as a quote's speaker ("The prime minister said ..." -> Tony Blair; "The group's
general secretary told ..."): the description without its article or a possessor that is no proper
name, when a role word heads it. Run by the quotes stage, which has the links, on `doc._.entities`."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.entities import lexicon as L
from pipeline.entities import relationroles as RR
from pipeline.entities.appositions import MAX_WORDS, phrase_text

OPENERS = frozenset({"the", "its", "our"})  # no "his"/"her": someone else's relation ("his lawyer")


def fill(doc: Doc, quotes: list[dict]) -> None:
    """Give each PERSON entity with no role the first role its quotes' description speakers give,
    when no other entity is linked to the same description or holds the same role."""
    ents = {e["id"]: e for e in doc._.entities or []}
    found: dict[str, list[tuple[str, str]]] = {}  # entity id -> (description, role), in text order
    owners: dict[str, set[str]] = {}  # description -> entity ids linked to it
    named = _person_mentions(ents, quotes)
    for q in quotes:
        sp = q.get("speaker") or {}
        ent = ents.get(sp.get("entity") or "")
        if ent is None or ent["label"] != "PERSON" or ent["role"] or _named(ent, sp):
            continue
        if not _last_named(doc, named, sp["start"], ent["id"]):
            continue  # "A new book says the prime minister broke a pledge to Mr Hale. The chancellor said"
        span = doc.char_span(sp["start"], sp["end"], alignment_mode="expand")
        role = described(span) if span is not None else None
        if role:
            key = span.text.lower()
            owners.setdefault(key, set()).add(ent["id"])
            found.setdefault(ent["id"], []).append((key, role))
    for eid, pairs in found.items():
        others = {e["role"].lower() for e in ents.values() if e["id"] != eid and e["role"]}
        kept = [r for key, r in pairs if len(owners[key]) == 1 and r.lower() not in others]
        ents[eid]["role"] = kept[0] if kept else None


def described(span: Span) -> str | None:
    """The role a definite description gives ("the prime minister", "the charity's director",
    "Russia's president"), or None: its head a role word (lower case, or a title word after others:
    "the Home Secretary"; not "the Queen"), no people's or age's word ("the Scot", "the 31-year-old")."""
    head, first = span.root, span[0]
    owner = [t for t in head.children if t.dep_ == "poss" and t.i < head.i]
    if not (first.lower_ in OPENERS or owner and owner[0].i == span.start):
        return None
    if head.pos_ not in {"NOUN", "PROPN"} or head.ent_type_ in {"NORP", "PERSON"} or head.i + 1 != span.end:
        return None
    low = L.fold(head.text)
    titled = L.is_title(low) and head.i - span.start >= 2  # "the Home Secretary", not "the Queen"
    if not (head.is_lower and L.role_word(low) or titled):
        return None
    dropped = {t.i for o in owner if o.pos_ != "PROPN" for t in o.subtree}  # "the charity's" director
    words = [t for t in span if t.i not in dropped and not (t.i == span.start and t.lower_ in OPENERS)]
    return RR.kept(phrase_text(words)) if 0 < len(words) <= MAX_WORDS else None


def _named(ent: dict, sp: dict) -> bool:
    """The speaker's span is one of the entity's own mentions or holds one (its name, not a description)."""
    return any(m["start"] < sp["end"] and sp["start"] < m["end"] for m in ent["mentions"])


def _person_mentions(ents: dict[str, dict], quotes: list[dict]) -> list[tuple[int, str]]:
    """(start, entity id) of each mention of a person, and of each quote's speaker linked to one
    ("he said"), in text order."""
    people = {eid for eid, e in ents.items() if e["label"] == "PERSON"}
    out = {(m["start"], eid) for eid in people for m in ents[eid]["mentions"]}
    speakers = [q.get("speaker") or {} for q in quotes]
    out |= {(sp["start"], sp["entity"]) for sp in speakers if sp.get("entity") in people}
    return sorted(out)


def _last_named(doc: Doc, named: list[tuple[int, str]], start: int, eid: str) -> bool:
    """The person last named or linked before character `start` is `eid`, alone in that sentence."""
    before = [(s, e) for s, e in named if s < start]
    if not before:
        return False
    last = doc.char_span(before[-1][0], before[-1][0] + 1, alignment_mode="expand")
    if last is None:
        return False
    sent = last[0].sent
    return {e for s, e in before if sent.start_char <= s < sent.end_char} == {eid}
