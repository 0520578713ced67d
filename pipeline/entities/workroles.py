"""A person's role written after a work's or a band's title keeps the title whole: the walk back
from the name (`pretitles.pre_title`) stops at an article, a function word or a number inside the
title ("Garden In The [Rain director]", "The [Lantern star]", "Nine Lives [Later producer]"), or
drops a longer title "A of the B" before a bare role noun ("[director]"). Once the article's entities
are rendered, a role written right before a mention of its person is widened to the start of another
entity's mention that ends inside it ("Garden In The Rain director"), or, for a role opening in lower
case, of a work's mention that ends right before it ("Harvest of the Moon director"). Only a mention
written as its entity's name counts, and none with a person's name in the words it adds. Works on
the rendered dicts' character offsets."""

from __future__ import annotations

from pipeline.entities import relationroles as RR

WORK = "WORK_OF_ART"
MAX_GAP = 1  # characters between a work's title and a bare role after it (one space)


def work_roles(text: str, items: list[dict]) -> None:
    """Widen in place every person's role that a work's or a body's title is cut from (module doc)."""
    people = [e for e in items if e["label"] == "PERSON" and e["role"]]
    if not people:
        return
    spans = sorted((m["start"], m["end"], e["label"]) for e in items if e["label"] != "PERSON"
                   for m in e["mentions"] if m["text"] == e["name"])  # not "Fellow Bath" beside "Bath"
    if not spans:
        return
    named = {w for e in items if e["label"] == "PERSON" for m in e["mentions"] for w in m["text"].split()}
    for ent in people:
        wider = RR.kept(_wider(text, ent, spans))  # no "Fellow" the name took in
        if wider and not named & set(wider[: -len(ent["role"])].split()):  # not "Yapp and Dragons lock"
            ent["role"] = wider


def _wider(text: str, ent: dict, spans: list[tuple[int, int, str]]) -> str | None:
    """The person's role with the whole title it was cut from, read at the first mention the role is
    written right before; None when no title is cut from it."""
    role = ent["role"]
    for m in ent["mentions"]:
        rs = m["start"] - len(role) - 1
        if rs < 0 or text[rs : m["start"]] != role + " ":
            continue
        a = _title_start(text, rs, spans, role[:1].islower())
        if a is not None:
            return text[a : m["start"]].rstrip()
        return None
    return None


def _title_start(text: str, rs: int, spans: list[tuple[int, int, str]], bare: bool) -> int | None:
    """The start of the mention that ends inside the role starting at character `rs` (a bare role:
    of a work's mention ending just before it), on the role's line; None when there is none."""
    for a, b, label in spans:
        if a >= rs:
            break
        inside = rs < b and not bare
        before = bare and label == WORK and 0 < rs - b <= MAX_GAP and text[b:rs].isspace()
        if (inside or before) and "\n" not in text[a:rs] and text[a : a + 1].isupper():
            return a
    return None
