"""Team sheets and squad lists written with slips, mended before `sheets` reads them, and the sheets
that list players, no clubs.

`mend` returns a line of the same length (every offset stays the token's) with a list's slips
set right: a bullet before the first name ("- T Hale (Millbrook), ..."), a bracket opened inside
an unclosed one ("T Hale (Millbrook (capt); ..." reads "(Millbrook, capt)"), a bracket closed but
never opened after a club the line names in brackets elsewhere ("K Moss Eastport), ..."), a captain's
note written as an item of its own ("Hale, capt, Moss" reads "Hale(capt), Moss").
`player_lines` tells the sheet lines whose names are players by their own marks (a squad's heading,
a substitute, a captain, an initial), which no rule may read as a list of clubs.
"""

from __future__ import annotations

import re

BULLET = re.compile(r"^(\s*)[-\u2013\u2022*](\s+)(?=[A-Z])")  # "- T Hale (Millbrook), ..."
BRACKETED = re.compile(r"\(\s*([A-Z][^(),;]{1,40}?)\s*[,)]")  # the clubs a line writes in brackets
INITIAL = re.compile(r"^[A-Z]\.? [A-Z]")  # "T Hale": a player's initial ("AC Kelby" is a club's)
CAPT_ITEM = re.compile(r"(?<=[A-Za-z']), (capt|captain)(?=\s*[,;.]|\s*$)")  # the captain's note as an item
NESTED = re.compile(r"\([^()]*\(")  # a bracket opened in an open one
UNOPENED = re.compile(r"(?:^|[,;])[^(),;]*\)")  # an item's bracket closed, never opened
CAPTAIN = re.compile(r"\((?:[^()]*,\s*)?(?:capt|captain|c)\.?\s*\)")  # "(capt)", "(Kelby, capt)"


def mend(line: str) -> str:
    """`line` with a list's slips set right, its length kept (see the module's docstring)."""
    line = BULLET.sub(lambda m: m.group(1) + " " + m.group(2), line, count=1)
    line = CAPT_ITEM.sub(lambda m: f"({m.group(1)})", line)  # "Hale, capt, Moss": "Hale(capt), Moss"
    if NESTED.search(line):
        line = _nested(line)
    return _opened(line) if UNOPENED.search(line) else line


def _nested(line: str) -> str:
    """A bracket opened inside an unclosed one after a space ("(Millbrook (capt)"): a comma, so that
    the club and its note share one bracket ("(Millbrook, capt)")."""
    out, depth = list(line), 0
    for i, ch in enumerate(line):
        if ch == "(":
            if depth and i and line[i - 1] == " " and line[i - 2 : i - 1] not in ("", ","):
                out[i - 1 : i + 1] = [",", " "]
                continue
            depth += 1
        elif ch == ")":
            depth = max(depth - 1, 0)
        elif ch in ";," and depth and line[i + 1 : i + 2] == " " and line[i + 2 : i + 3].isupper():
            depth = 0 if ch == ";" else depth  # a semicolon ends an item whatever its brackets
    return "".join(out)


def _opened(line: str) -> str:
    """A bracket closed but never opened, right after a club the line writes in brackets elsewhere
    ("K Moss Eastport)" beside "(Eastport)"): opened before the club, in the space that precedes it."""
    clubs = {m.group(1) for m in BRACKETED.finditer(line)}
    out, depth, start = list(line), 0, 0
    for i, ch in enumerate(line):
        if ch == "(":
            depth += 1
        elif ch in ",;" and not depth:
            start = i + 1
        elif ch == ")":
            if depth:
                depth -= 1
                continue
            piece = line[start:i]
            club = next((k for k in clubs if piece.endswith(" " + k) and piece[: -len(k)].strip()), None)
            if club is not None:
                out[i - len(club) - 1] = "("
    return "".join(out)


def player_lines(ctx, sheets: list) -> set[int]:
    """The lines of `sheets` (`sheets.sheets`' triples) whose names are players: the segment has a
    squad's heading ("Subs:", "Replacements:"), or some item a substitute ("Hale (Moss 70)", "Moss for
    Hale"), a captain's note or an initial (a bare figure may be a table's points: "Kelby 45")."""
    from pipeline.entities.sheets import SQUAD_HEADS  # sheets reads `mend`: imported when asked

    out = set()
    for li, hits, head in sheets:
        word = ctx.text[head[0] : head[1]].split()[0].lower() if head else ""
        if word in SQUAD_HEADS or any(_player_marked(m) for _, m in hits):
            out.add(li)
    return out


def _player_marked(m: re.Match) -> bool:
    """A sheet's item that is a player's by its own marks: "T Hale", "Hale (Moss 70)", "Hale (capt)"."""
    swapped = m.group("sub") or m.group("off")
    return bool(swapped or INITIAL.match(m.group("name")) or CAPTAIN.search(m.group(0)))
