"""Speakers given as a description the quotes stage could not link ('The triple jump record holder
said …') that the entities stage then gives a person as role, having found the person introduced with
it (`entities.fill_spoken_roles`: the description opens the sentence right after the one whose
subject the person is): the speaker is that person."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline import entities
from pipeline.quotes.role_words import PERSON_HEADS

_ARTICLE = "the "


def fill_roles_and_link(doc: Doc, quotes: list[dict]) -> None:
    """Fill the roles the quotes' and sentences' descriptions give, then link each unlinked 'the …'
    speaker ending in a common noun no speaker rule knows ('the … holder') whose words are now, and were
    not before, the role of exactly one person."""
    people = [e for e in doc._.entities or [] if e["label"] == "PERSON"]
    before = {e["id"]: e.get("role") for e in people}
    entities.fill_spoken_roles(doc, quotes)
    new = {}
    for e in people:
        role = (e.get("role") or "").lower()
        if role and not before[e["id"]]:
            new.setdefault(role, []).append(e)
    if not new:
        return
    for q in quotes:
        sp = q.get("speaker")
        last = sp["text"].split()[-1] if sp else ""
        if not sp or sp.get("entity") is not None or not sp["text"].lower().startswith(_ARTICLE) or (
                not last.islower() or last in PERSON_HEADS):  # not 'The X Executive'; nor 'the X manager',
            continue  # a person noun the speakers' own rules left unlinked ('is no player named before')
        holders = new.get(sp["text"][len(_ARTICLE):].lower(), [])
        if len(holders) == 1:
            sp["entity"], sp["name"] = holders[0]["id"], holders[0]["name"]
