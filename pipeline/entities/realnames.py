"""A performer's real name given beside the stage name: "Mars - real name Ann Lee Hale -", "Mars,
whose real name is Ann Lee Hale,", "Mars (born Ann Lee Hale)". The real name is a second name of
the same person, so its entity joins the stage name's. Used by `grouping.group`, on token indices.
"""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx

NAME_KINDS = frozenset({"real", "birth", "full", "given"})  # "real name", "birth name"
OWNERS = frozenset({"whose", "his", "her"})
SEPARATORS = frozenset({",", "-", "(", "\u2013", "\u2014"})


def join_real_names(ctx: DocCtx, groups: dict[str, list[Cand]], label_of: dict[str, str]) -> None:
    """Each person's group whose mention follows "real name" (or "born") right after another
    person's mention moves into that person's group; `label_of` gives each group's label."""
    words = ctx.words
    if "name" not in words and "born" not in words:
        return
    ends = {c.end: root for root, ms in groups.items() for c in ms}
    for root, ms in list(groups.items()):
        if root not in groups or label_of.get(root) != "PERSON":
            continue
        for c in ms:
            pos = _stage_end(words, c.start)
            owner = None if pos is None else ends.get(pos) or ends.get(pos + 1)  # the model's "Mars -"
            if owner and owner != root and owner in groups and label_of.get(owner) == "PERSON":
                groups[owner].extend(groups.pop(root))
                ends.update({m.end: owner for m in groups[owner]})
                break


def _stage_end(words: list[str], s: int) -> int | None:
    """Where the name before "- real name" ends, for a real name starting at token s: the token
    index after that name, or None when s follows no such phrase."""
    i = s - 1
    if i >= 0 and words[i] == "born":
        i -= 1
    else:
        i -= i >= 0 and words[i] == "is"
        if i < 1 or words[i] != "name" or words[i - 1].lower() not in NAME_KINDS:
            return None
        i -= 2
        i -= i >= 0 and words[i].lower() in OWNERS
    return i if i > 0 and words[i] in SEPARATORS else None
