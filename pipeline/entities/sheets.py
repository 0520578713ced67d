"""Team sheets and result lines of sports reports, read by their layout.

`sheets` finds the team-sheet lines at the foot of match reports ("Hale, Brand, Moss (Tully 76),
...", "Subs Not Used: Tully, Ames."), whose names are people: `sheet_cands` makes them candidates,
with the numbered lines of a seeding ("15 Ann Lee Hale (Italy)"); `score_cands` reads the two sides
of a line that is only a score or a fixture ("Millbrook 1-1 Eastport", "Northam v Eastport"). All
work on token indices.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.entities import sheetmends as SM
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import CALENDAR, COUNTRIES, MONTHS, SPORT, norm, role_word, world
from pipeline.entities.squadclubs import listed_club

COMMON = frozenset(SPORT["common_words"])
PARTICLE = r"(?:de|van|der|den|dal|del|da|di|dos|du|la|le|von|ter|el|al|ul)"
CAP = r"[A-Z][\w'\u2019]*(?:-[\w'\u2019]+)*"
NAME = rf"(?:[A-Z]{{1,2}}\.? )?(?:{PARTICLE} ){{0,2}}{CAP}(?: (?:{CAP}|{PARTICLE})){{0,3}}"  # "van der Walt"
MINUTE = r"\d{1,3}(?:\s*(?:og|pen))?"
SIDE = rf"{CAP}(?: (?:{CAP}|of|de|del|la)){{0,4}}"
CLUBS = rf"{SIDE}(?:(?:\s*,\s*|\s+(?:and|with|&)\s+){SIDE})*"  # "(Kelby, Marsh and Eastport AC)"
CLUB = rf"\(\s*(?P<home>{CLUBS})(?:\s*,\s*[a-z. ]+)?\s*(?:\)|$)"  # "(Stade Toulousain, capt)"
NOTE = rf"\(\s*(?:(?P<sub>{NAME})\s+)?{MINUTE}\s*\)|\(\s*[a-z. ]+\s*\)|{CLUB}"
PLAYER = rf"(?P<name>{NAME})(?:(?:\s+for\s+|\s*/\s*)(?P<off>{NAME}))?"  # "Tully for Moss", "Hale/Moss"
ITEM = re.compile(rf"^{PLAYER}\s*(?:{NOTE})?(?:\s+\d{{1,3}}(?:\s*(?:og|pen))?)?\s*\.?$")
HEAD = re.compile(r"^\s*([A-Z0-9][A-Za-z0-9]*(?: [A-Za-z]+){0,3})(?:\s*\([a-z ]+\))?\s*:\s*")  # "60m:"
# "Barker. Subs: Ames", "Moss 77. Att:", a quote's end ('that." Millbrook: Hale'), a figure ("47,111 Ref:")
SENTENCE = re.compile(
    r"(?:(?<=[a-z)\d]\.)|(?<=[a-z)]\.[\"'\u201d])|(?<=\d))\s+(?=[A-Z][a-z]+(?: [A-Za-z]+){0,3}\s*:)"
)
COUNT = re.compile(r"^([A-Z][a-z]{1,10})\s*:\s*\d{1,3}(?:,\d{3})*\s*\.?$")  # "Att: 47,111": a crowd's figure
SIDES = rf"{SIDE}(?: or {SIDE}){{0,2}}"  # "Burnley or Blackburn": a tie still to be settled
DAY_NOTE = r"(?:\s*\([A-Z][a-z]{1,8}\.?\))?"  # "Northam v Eastport (Fri)": the day of the fixture
FIXTURE_LINE = re.compile(rf"^\s*:?\s*(?P<home>{SIDES}) vs?\.? (?P<away>{SIDES}){DAY_NOTE}\s*$")
SCORE_LINE = re.compile(rf"^\s*(?P<home>{SIDE}) \d{{1,3}}\s?[-\u2013]\s?\d{{1,3}} (?P<away>{SIDE})\s*$")
# "15 Ann Lee Hale (Italy)": a line of a seeding or a ranking
RANKED = re.compile(rf"^\s*\d{{1,3}}[.)]?\s+(?P<name>{NAME})\s*\(\s*(?P<home>{SIDE})\s*\)\s*$")
SCORED = re.compile(r"\s+\d")  # a goal's minute after a name: "Moss 35"
MARKS = re.compile(r"[(),;]")  # what cuts a sheet's body into items
CAPTAIN = re.compile(r"\((?:[^()]*,\s*)?(?:capt|captain|c)\.?\s*\)")  # "(capt)", "(Ireland, capt)"
SQUAD_HEADS = frozenset({"replacements", "substitutes", "subs", "reserves", "backs", "forwards"})
SHEET_MIN = 5  # names in a line that alone makes it a team sheet
RANKED_MIN = 3  # numbered lines of a name and its country that make a seeding or a ranking


def minutes(hits: list[tuple[int, re.Match]]) -> bool:
    """Some names of a sheet carry a minute ("Moss (Tully 76)", "Hale 12"): a match's team sheet."""
    return any(re.search(r"\d", m.group(0)) for _, m in hits)


def sporting(ctx: DocCtx) -> bool:
    """A team sheet only a sports report writes: a name with a goal's minute, a captain's note
    ("Hale (capt)", "Moss (Eastport, capt)"), a squad's heading ("Replacements:", "Backs:"), or two
    sides' sheets whose headings were left empty (": Hale, Moss, ...")."""
    found = sheets(ctx)
    for _, hits, head in found:
        word = ctx.text[head[0] : head[1]].split()[0].lower() if head else ""
        if word in SQUAD_HEADS or minutes(hits) or any(CAPTAIN.search(m.group(0)) for _, m in hits):
            return True
    bare = {li for li, _, _ in found if ctx.text[slice(*ctx.lines[li])].lstrip().startswith(":")}
    return len(bare) >= 2


def _segments(line: str) -> list[tuple[int, str | None, list[tuple[int, str]]]]:
    """A line cut into (offset, heading, items): "Barker. Subs Not Used: Ames, Tully"."""
    out, pos, line = [], 0, SM.mend(line)
    for part in SENTENCE.split(line) if ":" in line else (line,):  # a segment starts at a heading's colon
        off = line.index(part, pos)
        pos = off + len(part)
        head = HEAD.match(part)
        body_at = head.end() if head else _bare_colon(part)
        items = [(off + body_at + k, t) for k, t in _items(part[body_at:])]
        out.append((off, head.group(1) if head else None, items))
    return out


def _bare_colon(part: str) -> int:
    """Where the body starts after a heading left empty (": Hale, Moss, ..."), else 0."""
    m = re.match(r"\s*:\s*", part)
    return m.end() if m else 0


def _items(body: str) -> list[tuple[int, str]]:
    """The items of a sheet's body with their offsets, cut at commas and semicolons outside brackets
    ("G Hale (Millbrook, capt); T Moss (Eastport)"), and after a bracket a capitalised word follows
    where the comma was left out ("G Hale (Millbrook) T Moss (Eastport)")."""
    out, depth, k = [], 0, 0
    text = body + ","
    for sep in MARKS.finditer(text):  # only brackets and separators matter: the rest is skipped
        i, ch = sep.start(), sep.group()
        depth = max(depth + (ch == "(") - (ch == ")"), 0)
        glued = ch == ")" and not depth and text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].isupper()
        if (ch in ",;" or glued) and not depth:
            piece = body[k : i + glued]
            if piece.strip():
                out.append((k + len(piece) - len(piece.lstrip()), piece.strip()))
            k = i + 1
    return out


def sheets(ctx: DocCtx) -> list[tuple[int, list[tuple[int, re.Match]], tuple[int, int] | None]]:
    """Team-sheet lines: (line index, matched items with their offsets, heading span or None). A line
    of five names or more is a sheet; after the first one, any line made only of names is too, and
    before it a squad's line of names each with a club in brackets (`_squad_lines`). Read once per
    document (four rules ask): kept on `ctx`."""
    if ctx.sheet_lines is None:
        ctx.sheet_lines = _sheets(ctx)
    return ctx.sheet_lines


def _sheets(ctx: DocCtx) -> list[tuple[int, list[tuple[int, re.Match]], tuple[int, int] | None]]:
    """`sheets`, read from the lines."""
    found, seen, early = [], False, []
    for li, (a, b) in enumerate(ctx.lines):
        line = ctx.text[a:b]
        if not seen and ("," not in line or line.count(",") + line.count(";") < SHEET_MIN - 1):
            if "(" in line:
                early.append(li)
            continue  # a first sheet needs SHEET_MIN items, so SHEET_MIN - 1 separators
        for off, head, items in _segments(line):
            hits = [(a + o, m) for o, t in items if (m := ITEM.match(t))]
            strong = len(hits) >= SHEET_MIN and 5 * len(hits) >= 4 * len(items)
            if strong or (seen and items and len(hits) == len(items) and not ctx.caps[li]):
                seen = True
                span = (a + off, a + off + len(head)) if head else None
                found.append((li, hits, span))
        if not seen and "(" in line:
            early.append(li)  # a squad's line before the first sheet, maybe (`_squad_lines`)
    return sorted(found + _squad_lines(ctx, early), key=lambda f: f[0]) if found and early else found


def _squad_lines(ctx: DocCtx, lines: list[int]) -> list:
    """Of `lines` (lines before a sheet), those whose segments are made only of players each with a
    club in brackets, two or more or one with an initial ("T Hale (Kelby AC), Ivo Moss (Eastport
    Harriers).", "K Vane (Kelby AC)."): the lines of a squad, event by event; `sheets`' triples."""
    out = []
    for li in lines:
        a, b = ctx.lines[li]
        for off, head, items in _segments(ctx.text[a:b]):
            hits = [(a + o, m) for o, t in items if (m := ITEM.match(t))]
            if not hits or len(hits) != len(items) or not all(m.group("home") for _, m in hits):
                continue
            if len(hits) >= 2 or SM.INITIAL.match(hits[0][1].group("name")):
                out.append((li, hits, (a + off, a + off + len(head)) if head else None))
    return out


def sheet_cands(ctx: DocCtx) -> list[Cand]:
    """The people of team sheets (players, substitutes, the referee) and the clubs in brackets after
    them; a heading such as "Subs Not Used" is no name (it is blanked, so that no finder takes it),
    but a team's name the article writes elsewhere is that team ("Millbrook Town: Hale, ..."). A
    line of one player gives his club only when a line of several gives it too (no referee's county)."""
    if not ctx.sports:
        return []
    out = []
    found = sheets(ctx)
    listed = {m.group("home") for _, hits, _ in found if len(hits) > 1 for _, m in hits} - {None}
    for _, hits, head in found:
        if head and _heading_words(ctx.text[head[0] : head[1]]):
            span = ctx.doc.char_span(*head, alignment_mode="expand")
            if span is not None:  # a team the article names elsewhere heads its sheet ("Millbrook Town:")
                team = _named_elsewhere(ctx, head)
                out.append(Cand(span.start, span.end, "ORG" if team else "", "lineup", 6.0 if team else 0.0))
        role = _role_heading(ctx, head) if len(hits) == 1 else None  # "Referee: T Hale"
        for at, m in hits:
            clubs = len(hits) > 1 or role or m.group("home") in listed  # "K Vane (Kelby AC)." line alone
            for group in ("name", "off", "sub", "home") if clubs else ("name", "off", "sub"):
                label = _item_label(group, m.group(group), bool(role))  # "Referee: Hale (Kent)": his county
                if not label:
                    continue
                span = ctx.doc.char_span(at + m.start(group), at + m.end(group), alignment_mode="expand")
                if span is not None:
                    held = role if group == "name" else None
                    held = held or ("captain" if group == "name" and CAPTAIN.search(m.group(0)) else None)
                    out.append(Cand(span.start, span.end, label, "lineup", 6.0, held))
    return out + _counts(ctx, {li for li, _, _ in found}) + _ranked(ctx)


def _counts(ctx: DocCtx, lines: set[int]) -> list[Cand]:
    """The heading of a figure among a sheet's lines or in the line of one ("Att: 47,111", the
    crowd): no name, blanked so that no finder takes it."""
    out = []
    for li in sorted(lines | {li + 1 for li in lines} | {li - 1 for li in lines}):
        if not 0 <= li < len(ctx.lines):
            continue
        a, b = ctx.lines[li]
        line, pos = ctx.text[a:b], 0
        for part in SENTENCE.split(line):
            off = line.index(part, pos)
            pos = off + len(part)
            m = COUNT.match(part.strip())
            span = ctx.doc.char_span(a + off + len(part) - len(part.lstrip()) + m.start(1),
                                     a + off + len(part) - len(part.lstrip()) + m.end(1)) if m else None
            if span is not None:
                out.append(Cand(span.start, span.end, "", "lineup", 0.0))
    return out


def _ranked(ctx: DocCtx) -> list[Cand]:
    """The players of a seeding or a ranking, one a line, numbered, with a country in brackets ("15
    Ann Lee Hale (Italy)"), at least `RANKED_MIN` lines: each name whole a person, each country a
    nation."""
    found = [(a, m) for a, b in ctx.lines if (m := RANKED.match(ctx.text[a:b]))]
    if len(found) < RANKED_MIN:
        return []
    out = []
    for a, m in found:
        for group in ("name", "home"):
            label = "GPE" if norm(m.group(group)) in COUNTRIES else "" if group == "home" else "PERSON"
            span = ctx.doc.char_span(a + m.start(group), a + m.end(group), alignment_mode="expand")
            if label and span is not None:
                out.append(Cand(span.start, span.end, label, "lineup", 6.0))
    return out


def _item_label(group: str, text: str | None, official: bool = False) -> str:
    """A sheet's player ("name", "off" of "Tully for Moss", "sub") is a person, the club in brackets
    after him a team ("Hale (Millbrook)"), a country a nation ("Hale (France)"); a short code ("(Fra)")
    or a country where a player stands is left to the model. An `official`'s bracket ("Referee: T
    Hale (Kent)") is his county, a place when the gazetteer knows it."""
    if text is None or _dated(text):
        return ""
    country = norm(text) in COUNTRIES
    if group != "home":  # "TBC": a place kept for a player yet to be named
        return "" if country or (text.isupper() and " " not in text) else "PERSON"
    if official:
        return "GPE" if norm(text) in world().places else ""
    return "GPE" if country else "ORG" if len(text) > 3 else ""


def _dated(text: str) -> bool:
    """A day's or month's phrase, never a name ("On Tuesday", "Last Sunday"; a month alone may be a
    player's surname: "May")."""
    words = text.split()
    if not any(w in CALENDAR for w in words) or (len(words) == 1 and words[0] in MONTHS):
        return False
    return all(w in CALENDAR or w.lower() in STOP_WORDS or w.lower() in {"last", "next"} for w in words)


def _role_heading(ctx: DocCtx, head: tuple[int, int] | None) -> str | None:
    """A heading of one word that names a position ("Referee", "Umpire"), in lower case; else None."""
    word = ctx.text[head[0] : head[1]] if head else ""
    return word.lower() if word.isalpha() and role_word(word.lower()) else None


def score_cands(ctx: DocCtx) -> list[Cand]:
    """The two sides of a line that is only a score ("Millbrook 1-1 Eastport", "Hearts of Oak 3-2
    Eastport") or, in a sports report, a fixture of a draw ("Millbrook or Eastport v Northam"):
    teams (ORG), or nations (GPE), whatever the model made of the line."""
    out = []
    for a, b in ctx.lines:
        line = ctx.text[a:b]
        m = SCORE_LINE.match(line) or (FIXTURE_LINE.match(line) if ctx.sports else None)
        if m is None:
            continue
        for group in ("home", "away"):
            at = a + m.start(group)
            for side in m.group(group).split(" or "):
                span = ctx.doc.char_span(at, at + len(side), alignment_mode="contract")
                at += len(side) + 4
                if span is not None and len(span):
                    label = "GPE" if norm(span.text) in COUNTRIES else "ORG"
                    out.append(Cand(span.start, span.end, label, "lineup", 6.0))
    return out


def _named_elsewhere(ctx: DocCtx, head: tuple[int, int]) -> bool:
    """The heading's capitalised words, two or more, occur elsewhere in the article, but as a heading
    ("Subs Not Used:" of each side's sheet)."""
    words = ctx.text[head[0] : head[1]]
    if len(words.split()) < 2 or not all(w[:1].isupper() for w in words.split()):
        return False  # one word ("Replacements (from):") is a heading, or the model's to read
    found = re.finditer(re.escape(words), ctx.text)
    return any(not ctx.text[m.end() : m.end() + 3].lstrip(" ").startswith(":") for m in found)


def _heading_words(head: str) -> bool:
    """A heading made of common words ("Subs Not Used", "Replacements"), not a team's name."""
    words = head.split()
    low = head.lower()
    return len(words) > 1 or low in COMMON or low in SQUAD_HEADS or low.rstrip("s") in {"sub", "replacement"}


def split_namesakes(ctx: DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str]) -> None:
    """One name written as two players of team sheets ("Moore" in each side's fifteen) is two
    people: each such item after the first takes a key of its own (`key|2`), the other mentions
    stay with the first. Only rosters count, lines most of whose names are new: a line of the
    booked or the scorers repeats names of the rosters, and "Tully for Moore" names one twice. A club
    is one in every list of clubs, and so is a player listed twice with one club in brackets (the
    squad of a meeting, event by event: "T Hale (Kelby AC)")."""
    keys = [k for k, ms in by_key.items() if sum(c.src == "lineup" for c in ms) > 1] if ctx.sports else []
    keys = [k for k in keys if labels.get(k) != "ORG"]
    if not keys:
        return
    items = {(c.start, c.end) for c in _roster_items(ctx)}
    for key in keys:
        listed = sorted((c for c in by_key[key] if c.src == "lineup" and (c.start, c.end) in items),
                        key=lambda c: c.start)
        club = listed_club(ctx, listed[0]) if listed else None
        for n, c in enumerate(listed[1:], 2):
            if club is not None and listed_club(ctx, c) == club:
                continue  # "T Hale (Kelby AC)" in two events' lines: one athlete
            by_key[key].remove(c)
            by_key[f"{key}|{n}"] = [c]
            labels[f"{key}|{n}"] = labels.get(key, c.label)


def _roster_items(ctx: DocCtx) -> list[Cand]:
    """The token spans of the plain players' names of roster lines (not "Tully for Moss", nor a
    scorer's "Moss 35" where the scorers run on into a side's roster)."""
    seen: set[str] = set()
    out = []
    for _, hits, _ in sheets(ctx):
        names = [m.group(g).lower() for _, m in hits for g in ("name", "off", "sub") if m.group(g)]
        roster = 2 * len(set(names) - seen) > len(names)
        seen.update(names)
        for at, m in hits if roster else []:
            if m.group("off") is None and not SCORED.match(m.group(0), m.end("name") - m.start(0)):
                span = ctx.doc.char_span(at + m.start("name"), at + m.end("name"), alignment_mode="expand")
                if span is not None:
                    out.append(Cand(span.start, span.end, "PERSON", "lineup"))
    return out
