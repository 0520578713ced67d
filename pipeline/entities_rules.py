"""Rules for the entities stage: word tables, span cleanup, titles and roles, extra candidate finders.

Sections, in order: tables (loaded once from data/entities_world.json); line and span helpers
(clean_span: glue "Censor.NET", split at separators, trim "the"/"'s"/scores); titles and roles;
DocCtx and the candidate finders (datelines, initials, table rows, "the General Staff", result
lists, countries/nationalities, lists of people); sports-story labels. All work on token indices.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Token

from pipeline.extensions import doc_text

_WORLD = json.loads((Path(__file__).parent / "data" / "entities_world.json").read_text("utf-8"))


POSSESSIVE = re.compile(r"['\u2019]s?$")


def _fold(text: str) -> str:
    """Comparison key: case-folded, dots and possessive marks dropped, spaces squeezed."""
    text = POSSESSIVE.sub("", text.strip())
    return " ".join(text.replace(".", "").casefold().split())


COUNTRIES = frozenset(_fold(c) for c in _WORLD["countries"])
REGIONS = frozenset(_fold(r) for r in _WORLD["regions"])
DEMONYMS = frozenset(_fold(d) for d in _WORLD["demonyms"]) | frozenset(
    _fold(d) + "s" for d in _WORLD["demonyms"] if not d.endswith(("s", "h", "sh", "ese"))
)
HONORIFICS = frozenset(_fold(h) for h in _WORLD["honorifics"])
TITLES = frozenset(_fold(t) for t in _WORLD["titles"])
TITLE_MODIFIERS = frozenset(_fold(t) for t in _WORLD["title_modifiers"])
ORG_HEADS = frozenset(_WORLD["org_heads"])
SPORTS = frozenset(_WORLD["sports"])

NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "ex", "former"})
SPLITTERS = frozenset({"(", ")", ",", ";", ":", "/", "|", "[", "]", '"', "\u201c", "\u201d", "--"})
LIST_SEPARATORS = frozenset({",", ";", ":", "(", ")", "-", "&", "."})  # brackets end a list
DASHES = frozenset({"-", "\u2013", "\u2014"})
SPLIT_WORDS = frozenset({"at", "vs", "v", "vs.", "v.", "versus", "beat", "beats"})
CONNECTORS = frozenset(_WORLD["connectors"])
TEMPORAL = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
CORP_SUFFIXES = frozenset(_WORLD["corp_suffixes"])
ROLE_SUFFIXES = ("er", "or", "ist", "man", "woman", "ent", "ant", "ary", "ian", "ee", "ive", "ief")
SPEECH_VERBS = frozenset({"said", "says", "told", "tells", "added", "noted", "wrote", "stated", "announced"})
LOCATIVE = frozenset({"in", "at", "near", "outside", "from", "across", "around", "inside"})
PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")
NUMERIC = re.compile(r"^[-+]?[\d.,/:\-]*\d[\d.,/:\-]*[a-z]{0,2}$")
INITIAL = re.compile(r"^[A-Z]\.$")
INITIALS = re.compile(r"^(?:[A-Z]\.?){1,3}$")
SLUG = re.compile(r"^\s*([A-Z][A-Z &/-]*?[A-Z])\s*(?:-|\u2013|:)\s")
DATELINE = re.compile(
    r"^\s*([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})"
    r"(?: ?, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?"
    r"(?:,? \d{4}-\d\d-\d\d|, [A-Z][a-z]{2,}\.? \d{1,2}(?:, \d{4})? \([A-Z][A-Za-z]+\))",
    re.M,
)
EVENT_HEADS = frozenset(_WORLD["event_heads"])
CALENDAR = frozenset(_WORLD["calendar"])
ORG_ROLES = frozenset(_WORLD["org_roles"])
CREDIT = re.compile(r"\s*(?:By\b|\(\s*(?:Reporting|Writing|Editing|Additional reporting)\b)", re.I)
SCORE_LINE = re.compile(r"[A-Za-z]\s\d{1,3}\s+[A-Z][A-Za-z]")


@dataclass(slots=True)
class Cand:
    """A candidate mention: token span, label, and where it came from."""

    start: int
    end: int
    label: str
    src: str = "model"  # model | initial | dateline | rule | table | gaz | prop
    weight: float = 1.0
    role: str | None = None


def norm(text: str) -> str:
    """Public comparison key of a name (see `_fold`)."""
    return _fold(text)


def gazetteer_label(key: str) -> str | None:
    """GPE / LOC / NORP for a country, region or nationality key, else None."""
    if key in COUNTRIES:
        return "GPE"
    if key in REGIONS:
        return "LOC"
    if key in DEMONYMS:
        return "NORP"
    return None


def is_title(key: str) -> bool:
    return key in TITLES or key in HONORIFICS


def is_caps_line(line: str) -> bool:
    """A headline or slug in capitals: has letters, none lower-case."""
    return any(c.isalpha() for c in line) and not any(c.islower() for c in line)


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each line."""
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def is_table_row(line: str) -> bool:
    """A row of a results table: ends in a number, and a third of its words are numbers."""
    words = line.split()
    if len(words) < 2 or not (NUMERIC.match(words[-1]) or words[-1] == "-"):
        return False
    return 3 * sum(1 for w in words if NUMERIC.match(w) or w == "-") >= len(words)


def is_sports_doc(text: str) -> bool:
    """A sports story: a sport slug in the first lines, or several score lines."""
    for line in text.lstrip().split("\n", 3)[:3]:
        m = SLUG.match(line)
        if m and (m.group(1) in SPORTS or m.group(1).split(" ")[0] in SPORTS):
            return True
    return len(SCORE_LINE.findall(text)) >= 3


def _attached(doc: Doc, i: int) -> bool:
    """Token i is glued to token i+1 (no whitespace between)."""
    return i + 1 < len(doc) and doc[i].whitespace_ == "" and not doc[i].is_space


def _expand(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Grow a span over pieces glued to it without spaces ("Censor" "." "NET")."""
    n = len(doc)
    while _attached(doc, end - 1) and end < n:
        nxt = doc[end].text
        if nxt[:1].isupper() or (nxt[:1].isdigit() and doc[end - 1].text[-1:].isalpha()):
            end += 1
        elif (
            nxt in {".", "&", "-"} and _attached(doc, end) and end + 1 < n and doc[end + 1].text[:1].isupper()
        ):
            end += 2
        else:
            break
    while start > 0 and _attached(doc, start - 1):
        prv = doc[start - 1].text
        if prv[:1].isupper() and prv[-1:].isalpha():
            start -= 1
        elif (
            prv in {".", "&"}
            and start > 1
            and _attached(doc, start - 2)
            and doc[start - 2].text[:1].isupper()
        ):
            start -= 2
        else:
            break
    return start, end


def _is_split(doc: Doc, i: int) -> bool:
    tok = doc[i]
    t = tok.text
    if tok.is_space or "\n" in tok.whitespace_ or t in SPLITTERS:
        return True
    if t in DASHES:
        return i > 0 and doc[i - 1].whitespace_ != ""
    if (
        NUMERIC.match(t)
        and i > 0
        and doc[i - 1].whitespace_
        and tok.whitespace_
        and not numbered_name(doc, i - 1, i + 1)
    ):
        return True
    if tok.is_lower and tok.is_alpha and t not in CONNECTORS and tok.whitespace_ and i > 0:
        return doc[i - 1].whitespace_ != "" and i + 1 < len(doc) and doc[i + 1].text[:1].isupper()
    return t.lower() in SPLIT_WORDS and tok.is_lower or t in {"AT", "VS", "V"}


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop determiners, possessives, punctuation, numbers and lower-case words at the edges."""
    while start < end:
        tok = doc[start]
        low = tok.text.lower()
        if (
            low in DETERMINERS
            or (tok.text.rstrip(".") in CALENDAR and start + 1 < end)
            or tok.is_punct
            or tok.is_space
            or NUMERIC.match(tok.text)
            or (tok.text[:1].islower() and not _attached(doc, start))
        ):
            start += 1
        else:
            break
    while end > start:
        tok = doc[end - 1]
        t = tok.text
        if (
            t in {"'s", "\u2019s", "'", "\u2019", "'S"}
            or (tok.is_punct and t != ".")
            or tok.is_space
            or (NUMERIC.match(t) and not numbered_name(doc, start, end))
            or (t[:1].islower() and not (end - 1 > start and _attached(doc, end - 2)))
            or (t == "." and len(doc[end - 2].text) > 3 and end - 1 > start)
        ):
            end -= 1
        else:
            break
    return start, end


NUMBERED = frozenset({"Channel", "Radio", "Formula"})


def numbered_name(doc: Doc, start: int, end: int) -> bool:
    """A name that ends in its number ("Channel 4", "Radio 1", "Formula One" written "Formula 1")."""
    return (
        end - start == 2
        and doc[start].text in NUMBERED
        and doc[end - 1].text.isdigit()
        and len(doc[end - 1]) <= 2
    )


def clean_span(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Expand over glued pieces, split at separators and lines, trim each piece."""
    start, end = _expand(doc, start, end)
    pieces, s = [], start
    for i in range(start, end + 1):
        if i == end or _is_split(doc, i) or (i > s and "\n" in doc[i - 1].whitespace_):
            if i > s:
                pieces.append((s, i))
            s = i + 1 if i < end and _is_split(doc, i) else i
    out = []
    for a, b in pieces:
        a, b = _trim(doc, a, b)
        if b > a and any(c.isupper() for c in doc[a:b].text):
            out.append((a, b))
    return out


def split_title(doc: Doc, start: int, end: int, label: str) -> tuple[int, str | None]:
    """Leading title words inside a span ("Minister of Defense of Ukraine Rustem Umierov").

    Returns the new start of the name and the role text (None when nothing was split off).
    """
    i = start
    while i < end and (
        is_title(_fold(doc[i].text))
        or _fold(doc[i].text) in TITLE_MODIFIERS
        or (i > start and doc[i].lower_ in {"of", "for", "and", "'s"})
        or (i > start and gazetteer_label(_fold(doc[i].text)) is not None)
    ):
        i += 1
    while i > start and doc[i - 1].lower_ in {"of", "for", "and"}:
        i -= 1
    if i == start or i >= end:
        return start, None
    rest = doc[i:end]
    if not all(t.text[:1].isupper() for t in rest) or any(t.text in ORG_HEADS for t in rest):
        return start, None
    head_is_honorific = _fold(doc[i - 1].text) in HONORIFICS or _fold(doc[start].text) in HONORIFICS
    if label != "PERSON" and len(rest) < 2 and not head_is_honorific:
        return start, None
    if not any(is_title(_fold(t.text)) for t in doc[start:i]):
        return start, None
    if all(_fold(t.text) in HONORIFICS for t in doc[start:i]):
        return i, None
    lead = start  # title words the model left outside the span ("First" Minister Alan Baird)
    while lead > 0 and doc[lead - 1].text[:1].isupper() and is_title_word(doc[lead - 1].text):
        lead -= 1
    return i, doc[lead:i].text


def pre_title(doc: Doc, start: int) -> tuple[int, str | None]:
    """Title words right before a name ("Estonian Defense Minister" Hanno Pevkur).

    Returns the start of the title region (== start when none) and the role text or None.
    """
    i = start
    if (
        i == 0
        or not (is_title(_fold(doc[i - 1].text)) or role_noun(doc[i - 1]))
        or "\n" in doc[i - 1].whitespace_
    ):
        return start, None
    i -= 1
    while i > 0 and "\n" not in doc[i - 1].whitespace_:
        tok = doc[i - 1]
        key = _fold(tok.text)
        titled = is_title(key) or key in TITLE_MODIFIERS
        if tok.is_punct or key in DETERMINERS or (tok.ent_type_ in TEMPORAL and not titled):
            break
        if (
            titled
            or (tok.text in {"'s", "\u2019s"} and i > 1 and doc[i - 2].text[:1].isupper())
            or tok.text[:1].isupper()
            and (not tok.is_sent_start or gazetteer_label(key) or tok.ent_type_ not in TEMPORAL | {""})
        ):
            i -= 1
        else:
            break
        if tok.is_sent_start:
            break
    while i < start and doc[i].text in {"'s", "\u2019s"}:
        i += 1
    end = start
    while end > i and _fold(doc[end - 1].text) in HONORIFICS:  # "manager Sir" Tom Hale
        end -= 1
    return i, (doc[i:end].text if end > i else None)


def role_noun(tok: Token) -> bool:
    """A common noun naming a position or occupation ("finalist", "secretary", "spokesman")."""
    low = tok.lower_
    if is_title(low):
        return True
    return tok.tag_ == "NN" and not tok.is_stop and tok.is_lower and low.endswith(ROLE_SUFFIXES)


def is_title_word(text: str) -> bool:
    """A word that only ever forms titles ("Defense", "Minister"), not a name of its own."""
    key = _fold(text)
    return is_title(key) or key in TITLE_MODIFIERS


class DocCtx:
    """Per-document facts the rules need: lines, capitals lines, sports flag, covered tokens."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc_text(doc)
        self.words = [t.text for t in doc]
        self.ws = [t.whitespace_ for t in doc]
        self.lines = line_spans(self.text)
        self.line_starts = [a for a, _ in self.lines]
        self.caps = [is_caps_line(self.text[a:b]) for a, b in self.lines]
        self.sports = is_sports_doc(self.text)
        self.taken = bytearray(len(doc))
        self.parsed = doc.has_annotation("DEP")
        self.lower_words: set[str] | None = None  # filled on first use by common_word_start
        self.mid_caps: set[str] = set()

    def line_of(self, tok_i: int) -> int:
        return bisect_right(self.line_starts, self.doc[tok_i].idx) - 1

    def in_caps(self, tok_i: int) -> bool:
        return self.caps[self.line_of(tok_i)]

    def in_credit(self, tok_i: int) -> bool:
        """In a byline ("By Max Hunder") or a credit line ("(Reporting by ...; Editing by ...)")."""
        a, _ = self.lines[self.line_of(tok_i)]
        return bool(CREDIT.match(self.text, a, self.doc[tok_i].idx))

    def free(self, s: int, e: int) -> bool:
        return not any(self.taken[s:e])

    def take(self, c: Cand) -> None:
        self.taken[c.start : c.end] = b"\x01" * (c.end - c.start)


def dateline_cands(ctx: DocCtx) -> list[Cand]:
    """The place of a wire dateline ("LONDON 2025-03-01", "KYIV, Feb 12 (Reuters) -")."""
    out = []
    for m in DATELINE.finditer(ctx.text[:600]):
        span = ctx.doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if span is not None and len(span):
            out.append(Cand(span.start, span.end, "GPE", "dateline", 5.0))
    return out


def initial_cands(ctx: DocCtx) -> list[Cand]:
    """Names written with an initial ("J. Mallory"), which the model splits."""
    doc, out = ctx.doc, []
    for tok in doc:
        i = tok.i
        if not INITIAL.match(tok.text) or i + 1 >= len(doc) or "\n" in tok.whitespace_:
            continue
        nxt = doc[i + 1]
        if not (nxt.is_title and nxt.is_alpha) or gazetteer_label(norm(nxt.text)) or ctx.in_caps(i):
            continue
        if i > 0 and INITIAL.match(doc[i - 1].text) and not doc[i - 1].whitespace_:
            i -= 1
        out.append(Cand(i, nxt.i + 1, "PERSON", "initial", 2.0))
    return out


def event_end(doc: Doc, s: int, e: int) -> tuple[int, bool]:
    """Cut a span after its event noun ("DAVIS CUP FINAL" -> "DAVIS CUP"); is it an event?"""
    if e - s > 1 and doc[e - 1].text in EVENT_HEADS:
        return e, True
    if not doc[s].text.isupper():
        return e, False
    for i in range(s + 1, e):
        if doc[i].text.title() in EVENT_HEADS:
            return i + 1, True
    return e, False


def country_follows(doc: Doc, e: int) -> bool:
    """The name is followed by "( Country )", as in result lists."""
    if e + 2 >= len(doc) or doc[e].text != "(":
        return False
    for n in (1, 2, 3):
        if e + n + 1 < len(doc) and doc[e + n + 1].text == ")":
            return gazetteer_label(norm(doc[e + 1 : e + n + 1].text)) == "GPE"
    return False


def looks_personal(doc: Doc, s: int, e: int) -> bool:
    """Two or three capitalised plain words with no organisation noun: a likely personal name."""
    toks = doc[s:e]
    return 2 <= len(toks) <= 3 and all(t.is_title and t.is_alpha and t.text not in ORG_HEADS for t in toks)


def plain_name(doc: Doc, s: int, e: int) -> bool:
    """A personal-looking name with no title word and no country or nationality in it."""
    toks = doc[s:e]
    return looks_personal(doc, s, e) and not any(
        is_title_word(t.text) or gazetteer_label(norm(t.text)) for t in toks
    )


def table_cands(ctx: DocCtx) -> list[Cand]:
    """Names heading the rows of result tables in sports stories ("Northam 3 Eastwick 2")."""
    doc, out = ctx.doc, []
    for (a, b), caps in zip(ctx.lines, ctx.caps, strict=True):
        line = ctx.text[a:b]
        if ":" in line or not is_table_row(line):
            continue
        for m in re.finditer(r"([A-Z][^\d\n]*?)\s+(?=[-+]?\d)", line):
            span = doc.char_span(a + m.start(1), a + m.end(1), alignment_mode="contract")
            if span is None or len(span) > 5:
                continue
            for s, e in clean_span(doc, span.start, span.end):
                toks = doc[s:e]
                if not all(t.text[:1].isupper() or t.is_punct for t in toks):
                    continue
                key = norm(toks.text)
                label = gazetteer_label(key) or ("PERSON" if INITIAL.match(toks[0].text) else "ORG")
                out.append(Cand(s, e, label, "table", 0.5 if caps else 1.0))
    return out


def org_head_cands(ctx: DocCtx) -> list[Cand]:
    """Untagged "the General Staff", "the Armed Forces": capitalised runs ending in an org noun."""
    doc, out = ctx.doc, []
    for tok in doc:
        if tok.text not in ORG_HEADS or ctx.taken[tok.i] or ctx.in_caps(tok.i):
            continue
        s = tok.i
        while (
            s > 0
            and not ctx.taken[s - 1]
            and (doc[s - 1].text[:1].isupper() or doc[s - 1].lower_ in {"of", "and"})
        ):
            s -= 1
        while s < tok.i and doc[s].lower_ in {"of", "and"}:
            s += 1
        if s < tok.i and s > 0 and doc[s - 1].lower_ == "the" and not doc[s].is_sent_start:
            c = Cand(s, tok.i + 1, "ORG", "rule", 2.0)
            ctx.take(c)
            out.append(c)
    return out


def listed_person_cands(ctx: DocCtx) -> list[Cand]:
    """Untagged "Tom Brandtner ( U.S. )" in result lists: a personal name before a bracketed country."""
    doc, out = ctx.doc, []
    for tok in doc:
        if tok.text != "(" or tok.i < 2 or not country_follows(doc, tok.i):
            continue
        for n in (3, 2):
            s = tok.i - n
            if s >= 0 and ctx.free(s, tok.i) and looks_personal(doc, s, tok.i) and not ctx.in_caps(s):
                c = Cand(s, tok.i, "PERSON", "rule", 2.0)
                ctx.take(c)
                out.append(c)
                break
    return out


def greedy_scan(ctx: DocCtx, sizes: tuple[int, ...], match: Callable[[int, int], Cand | None]) -> list[Cand]:
    """Left to right, at each free capitalised token take the longest n-gram (n in `sizes`, longest
    first) that `match(i, n)` turns into a candidate; matched tokens are taken and skipped."""
    words, out, i = ctx.words, [], 0
    while i < len(words):
        hit = None
        if words[i][:1].isupper() and not ctx.taken[i]:
            hit = next((c for n in sizes if (c := match(i, n)) is not None), None)
        if hit:
            ctx.take(hit)
            out.append(hit)
            i = hit.end
        else:
            i += 1
    return out


def gazetteer_cands(ctx: DocCtx) -> list[Cand]:
    """Countries, regions and nationalities the model missed (often in capitals lines)."""
    words, ws = ctx.words, ctx.ws

    def match(i: int, n: int) -> Cand | None:
        if i + n > len(words) or not ctx.free(i, i + n) or any("\n" in w or not w for w in ws[i : i + n - 1]):
            return None
        text = "".join(words[k] + ws[k] for k in range(i, i + n - 1)) + words[i + n - 1]
        label = gazetteer_label(norm(text))
        if label and not (text == "US" and ctx.in_caps(i)):
            return Cand(i, i + n, label, "gaz", 1.0)
        return None

    return greedy_scan(ctx, (3, 2, 1), match)


def edit_close(a: str, b: str) -> bool:
    """Transliteration variants of one long surname ("umerov" / "umierov")."""
    if a == b:
        return True
    if a[0] != b[0] or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 2:
        return False
    limit = 1 if min(len(a), len(b)) < 8 else 2
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > limit:
            return False
        prev = cur
    return prev[-1] <= limit


def merge_adjacent(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Join a personal name the model cut in two ("Lena" + "Varga"), or missed the first name of."""
    doc, out = ctx.doc, []
    for c in sorted(cands, key=lambda c: c.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == c.start
            and c.end - prev.start == 2
            and "\n" not in doc[prev.start].whitespace_
            and plain_name(doc, prev.start, c.end)
            and "PERSON" in {prev.label, c.label}
        ):
            prev.end, prev.label, prev.role = c.end, "PERSON", prev.role or c.role
            continue
        if c.label == "PERSON" and c.end - c.start == 1 and c.start > 0 and not ctx.in_caps(c.start):
            left = doc[c.start - 1]
            if (
                left.tag_ == "NNP"
                and left.is_title
                and left.is_alpha
                and "\n" not in left.whitespace_
                and not is_title_word(left.text)
                and not gazetteer_label(norm(left.text))
                and not (prev is not None and prev.end > left.i)
            ):
                c.start -= 1
        out.append(c)
    return out


def list_member_cands(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Untagged names in a list of people ("Ana Ruiz , Tom Hale , ..."), spread from a PERSON item."""
    doc, out = ctx.doc, []
    person = bytearray(len(doc))
    for c in cands:
        if c.label == "PERSON":
            person[c.start : c.end] = b"\x01" * (c.end - c.start)
    lines: list[list[tuple[int, int]]] = [[]]
    seg: list[int] = []
    for tok in doc:
        sep = tok.text in LIST_SEPARATORS or tok.lower_ == "and" or tok.is_space
        if not sep:
            seg.append(tok.i)
        if (sep or "\n" in tok.whitespace_ or tok.i == len(doc) - 1) and seg:
            if not all(NUMERIC.match(doc[i].text) for i in seg):  # "15 - Tom Hale": skip the number
                lines[-1].append((seg[0], seg[-1] + 1))
            seg = []
        if tok.is_space or "\n" in tok.whitespace_ or tok.text in {"(", ")"}:
            lines.append([])  # a list does not run across lines or brackets
    for segs in lines:
        for order in (range(len(segs)), range(len(segs) - 1, -1, -1)):  # spread forwards, then back
            for k in order:
                s, e = segs[k]
                if not (2 <= e - s <= 3) or not ctx.free(s, e) or not plain_name(doc, s, e):
                    continue
                if any(doc[i].ent_type_ in TEMPORAL for i in range(s, e)):
                    continue
                if any(0 <= j < len(segs) and any(person[slice(*segs[j])]) for j in (k - 1, k + 1)):
                    c = Cand(s, e, "PERSON", "rule", 1.0)
                    ctx.take(c)
                    person[s:e] = b"\x01" * (e - s)
                    out.append(c)
    return out


def sports_label(ctx: DocCtx, c: Cand, key: str) -> None:
    """In sports stories a town or club name heading a score is a team (ORG), after "in"/"at" a place."""
    doc = ctx.doc
    words = key.split()
    if c.src == "dateline" or gazetteer_label(key) or words[0] in COUNTRIES or words[-1] in COUNTRIES:
        return
    after_locative = c.start > 0 and doc[c.start - 1].lower_ in LOCATIVE
    if c.label in {"GPE", "LOC"} and not after_locative and team_position(ctx, c):
        c.label = "ORG"
    elif after_locative and (
        c.src == "prop" and c.label == "ORG" or c.label == "PERSON" and c.end - c.start == 1
    ):
        c.label = "GPE"
    elif c.label != "ORG" and c.end < len(doc) and NUMERIC.match(doc[c.end].text):
        c.label = "ORG" if c.end - c.start == 1 or doc[c.end - 1].text in ORG_HEADS else c.label


def team_position(ctx: DocCtx, c: Cand) -> bool:
    """A place name acting as a team: heads a result row, precedes a score, or is a clause subject/object."""
    doc = ctx.doc
    if c.end < len(doc) and NUMERIC.match(doc[c.end].text):
        return True
    a, b = ctx.lines[ctx.line_of(c.start)]
    if ctx.caps[ctx.line_of(c.start)] or is_table_row(ctx.text[a:b]):
        return True
    head = doc[c.start : c.end].root
    return head.dep_ in {"nsubj", "nsubjpass", "dobj", "conj", "pobj", "poss"} and head.head.pos_ != "NOUN"


def org_role(role: str) -> bool:
    """The role's head noun names an organisation ("car maker", but not "spokesman for the company")."""
    words = role.lower().split()
    for i, w in enumerate(words):
        if w in {"of", "for", "at", "with", "in", "to", "from", "on"}:
            words = words[:i]
            break
    return bool(words) and (words[-1] in ORG_ROLES or words[-1] in FIRM_WORDS)


# --- Article evidence for names the model mislabels -------------------------------------------

ORG_AFTER = frozenset(_WORLD["org_after"])  # "Labour MPs", "Novartis shares"
ORG_POSSESSED = frozenset(_WORLD["org_possessed"])  # "Labour's manifesto", "Yukos' assets"
ORG_OF = frozenset(_WORLD["org_of"])  # "shares in Yukos", "takeover of Absa"
PERSON_POSSESSED = frozenset(_WORLD["person_possessed"])  # "Hale's wife"
PLURAL_VERBS = frozenset({"are", "were", "have", "do", "say"})
PLACE_PREPS = frozenset({"in", "near", "outside", "inside", "across", "around"})
NEUTER = frozenset({"it", "its"})
PERSONAL = frozenset({"he", "she", "his", "her"})
DIRECTIONS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upper",
        "lower",
        "greater",
        "great",
        "new",
        "old",
        "little",
    }
)
COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western"})
POSS = frozenset({"'s", "\u2019s", "'", "\u2019"})
FIRM_WORDS = frozenset(_WORLD["firm_words"])  # "oil firm Yukos": words that only ever name a business


def _low(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


def is_modifier(doc: Doc, e: int) -> bool:
    """The name ending at e modifies the common noun after it ("the Tomlinson review")."""
    return e < len(doc) and doc[e].is_lower and doc[e].tag_.startswith("NN")


def name_evidence(doc: Doc, s: int, e: int) -> tuple[int, int, int]:
    """Votes (organisation, person, place) from the words around one mention of a name."""
    n1, n2, n3 = _low(doc, e), _low(doc, e + 1), _low(doc, e + 2)
    p1, p2 = _low(doc, s - 1), _low(doc, s - 2)
    org = per = place = 0
    if n1 in ORG_AFTER or (n1 in POSS and n2 in ORG_POSSESSED):
        org += 1
    modifier = is_modifier(doc, e)  # "the Tomlinson review"
    if not modifier and (n1 == "which" or (n1 == "," and n2 == "which")):
        org += 1
    if n1 in PLURAL_VERBS and p1 not in {"and", "&", ",", "or"} and e < len(doc) and doc[e].tag_ == "VBP":
        org += 1  # "Labour are", "Labour have": a body takes a plural verb, a person never does
    if n1 in SPEECH_VERBS and (n2 in NEUTER or (n2 == "that" and n3 in NEUTER)):
        org += 1
    if (p1 in {"in", "of", "for", "like"} and p2 in ORG_OF) or (
        p1 == "as" and p2 == "such" and _low(doc, s - 3) in ORG_OF
    ):
        org += 1
    if p1 == "the" and n1 == "party":
        org += 1
    pron = "" if modifier or _name_before(doc, s) else _pronoun_after(doc, e)
    org += pron == "it"
    per += pron == "he"
    if n1 == "who" or (n1 == "," and n2 == "who") or (n1 in POSS and n2 in PERSON_POSSESSED):
        per += 1
    if n1 in SPEECH_VERBS and (n2 in PERSONAL or (n2 == "that" and n3 in PERSONAL)):
        per += 1
    if s > 0 and is_title(_fold(doc[s - 1].text)) and not modifier:  # but "former Worldcom boss"
        per += 1
    if p1 in FIRM_WORDS or (n1 in POSS and e + 1 < len(doc) and _fold(doc[e + 1].text) in HONORIFICS):
        org += 1  # "oil firm Yukos", "carmaker Renault"; "Labour's Mr Hale"
    if p1 in COMPASS and doc[s - 1].is_lower:
        place += 1  # "south Devon"
    if p1 in PLACE_PREPS and n1 not in POSS and p2 not in ORG_OF:
        place += 1
    if p1 == "," and s > 2 and doc[s - 2].ent_type_ == "GPE" and _low(doc, s - 3) in PLACE_PREPS | {"from"}:
        place += 1  # "Luton, Bedfordshire,"
    return org, per, place


SUBORDINATORS = frozenset(
    {"because", "as", "since", "when", "after", "before", "that", "if", "while", "although", "but"}
)
DUMMY_IT = frozenset({"is", "was", "'s", "\u2019s", "seems", "seemed", "appears", "appeared", "took"})
SENT_END = frozenset({".", "?", "!", ";"})


def _name_before(doc: Doc, s: int) -> bool:
    """Another name comes earlier in the sentence (a later pronoun may well be its)."""
    for i in range(s - 1, max(-1, s - 25), -1):
        t = doc[i]
        if t.lower_ in SENT_END or "\n" in t.whitespace_ or "\n" in t.text:
            return False
        if t.ent_type_ in {"PERSON", "ORG", "NORP"}:
            return True
    return False


def _pronoun_after(doc: Doc, e: int) -> str:
    """The first pronoun that can point back to a name in the rest of its sentence: "its" or a
    clause subject "it" ("... because it tackled") -> "it"; "he"/"his"/"she"/"her" -> "he"."""
    for i in range(e, min(len(doc), e + 16)):
        t = doc[i]
        low = t.lower_
        if (
            low in SENT_END
            or "\n" in t.whitespace_
            or "\n" in t.text
            or (i > e and t.ent_type_ in {"PERSON", "ORG"})
        ):
            return ""
        if low in PERSONAL or low in {"him", "himself", "herself"}:
            return "he"
        subject_it = low == "it" and _low(doc, i - 1) in SUBORDINATORS and _low(doc, i + 1) not in DUMMY_IT
        if low == "its" or subject_it:
            return "it"
    return ""


def lone_name_label(doc: Doc, spans: list[tuple[int, int]], label: str) -> str:
    """A one-word name the model calls a person but the article treats as a body or a place."""
    org = per = place = 0
    for s, e in spans:
        o, p, q = name_evidence(doc, s, e)
        org, per, place = org + o, per + p, place + q
    if per:
        return label
    if org and org > place:
        return "ORG"
    if place and not org:
        return "GPE"
    return label


def doubtful_place(doc: Doc, s: int, e: int) -> bool:
    """A multi-word "place" whose first word is no place word ("Tate Britain", an art gallery) nor
    the surname of a person named in full elsewhere ("Alexander Lebed" ... "Lebed Chechnya plan")."""
    if e - s < 2 or gazetteer_label(_fold(doc[s:e].text)):
        return False
    first = doc[s]
    return (
        first.is_title
        and first.is_alpha
        and first.lower_ not in DIRECTIONS
        and not gazetteer_label(_fold(first.text))
        and gazetteer_label(_fold(doc[s + 1 : e].text)) == "GPE"
        and not any(t.text == first.text and t.ent_type_ == "PERSON" and t.ent_iob_ == "I" for t in doc)
    )


def join_names(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """One organisation from pieces the model split: "Brown & Wills", "Liggett Group and Brown and
    Wills" (a list never says "and" twice), "Department for Education and Skills"."""
    doc, out = ctx.doc, []
    for c in sorted(cands, key=lambda c: c.start):
        prev = out[-1] if out else None
        if prev is not None and c.start == prev.end + 1 and "\n" not in doc[prev.end - 1].whitespace_:
            mid = doc[prev.end].text
            one_word = prev.end - prev.start == 1 and c.end - c.start == 1
            before = prev.start - 1
            org_list = (
                mid == "and"
                and one_word
                and before > 0
                and doc[before].lower_ == "and"
                and any(o.end == before and o.label == "ORG" for o in out)
            )
            inner = {t.lower_ for t in doc[prev.start + 1 : prev.end]}
            split_org = (
                mid == "and"
                and prev.label == "ORG"
                and inner & {"for", "of"}
                and c.end - c.start <= 2
                and all(t.is_title for t in doc[c.start : c.end])
                and not gazetteer_label(_fold(doc[c.start : c.end].text))
                and (c.end >= len(doc) or not doc[c.end].text[:1].isupper())
            )
            if (mid == "&" and doc[c.start].text[:1].isupper()) or org_list or split_org:
                prev.end, prev.label, prev.weight = c.end, "ORG", max(prev.weight, c.weight, 2.0)
                continue
        out.append(c)
    starts = {c.start for c in out}
    for k, c in enumerate(out):  # the part after "and" left untagged: "Fenwick and Marlow"
        nxt = out[k + 1].start if k + 1 < len(out) else len(doc)
        if c.label != "ORG" or c.end + 2 > nxt or doc[c.end].text not in {"and", "&"} or c.end + 1 in starts:
            continue
        e = c.end + 1
        while (
            e < nxt
            and e - c.end <= 2
            and doc[e].is_title
            and doc[e].is_alpha
            and "\n" not in doc[e - 1].whitespace_
        ):
            e += 1
        if (
            e == c.end + 1
            or (e < len(doc) and doc[e].text[:1].isupper())
            or gazetteer_label(_fold(doc[c.end + 1 : e].text))
        ):
            continue
        before = c.start - 1
        listed = (
            c.end - c.start == 1
            and before > 0
            and doc[before].lower_ == "and"
            and any(o.end == before and o.label == "ORG" for o in out)
        )
        inner = {t.lower_ for t in doc[c.start + 1 : c.end]}
        if doc[c.end].text == "&" or listed or inner & {"for", "of"}:
            c.end = e
    return out


def place_context(doc: Doc, s: int, e: int) -> bool:
    """Read as a place: "Houston, Texas", "Texas, US", "the state of Texas", "Texas state"."""
    p1, n1 = _low(doc, s - 1), _low(doc, e)
    if (p1 in PLACE_PREPS or p1 == "from") and _low(doc, s - 2) not in ORG_OF:
        return True
    if n1 in {"state", "county", "province", "city"}:
        return True
    if p1 == "of" and _low(doc, s - 2) in {"state", "county", "province", "city", "governor", "people"}:
        return True
    if p1 == "," and s > 1 and doc[s - 2].ent_type_ in {"GPE", "LOC"}:
        return True
    return n1 == "," and e + 1 < len(doc) and doc[e + 1].ent_type_ in {"GPE", "LOC"}


def _starts_sentence(doc: Doc, i: int) -> bool:
    j = i - 1
    while j >= 0 and doc[j].text in {'"', "\u201c", "'", "\u2018", "("}:
        j -= 1
    return j < 0 or doc[j].is_space or "\n" in doc[j].whitespace_ or doc[j].text in SENT_END | {":"}


def common_word_start(ctx: DocCtx, s: int, e: int) -> bool:
    """A one-word "name" that only starts sentences and is written in lower case elsewhere in the
    article ("House prices fell", "Groups challenging the plans"): a common noun, not a name."""
    doc = ctx.doc
    tok = doc[s]
    if e - s != 1 or not tok.is_title or not tok.is_alpha or not _starts_sentence(doc, s):
        return False
    if gazetteer_label(_fold(tok.text)) or ctx.in_caps(s):
        return False
    if ctx.lower_words is None:
        ctx.lower_words = {t.text for t in doc if t.is_lower}
        ctx.mid_caps = {t.text for t in doc if t.is_title and not _starts_sentence(doc, t.i)}
    return tok.lower_ in ctx.lower_words and tok.text not in ctx.mid_caps


def title_piece(doc: Doc, s: int, e: int) -> bool:
    """A word that ends a title rather than naming anything: "Secretary of State", "Minister for Sport"."""
    return (
        e - s == 1
        and s > 1
        and doc[s - 1].lower_ in {"of", "for"}
        and is_title(_fold(doc[s - 2].text))
        and _fold(doc[s].text) in TITLE_MODIFIERS
    )
