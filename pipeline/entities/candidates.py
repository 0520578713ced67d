"""Candidate mentions for the entities stage: per-document context and the finders.

`DocCtx` holds the per-document facts; the finders add what the model missed (datelines, initials,
table rows, "the General Staff", people in result lists, countries/nationalities, lists of people)
and `merge_adjacent` joins split personal names. All work on token indices.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import numpy as np
from spacy.tokens import Doc, Token

from pipeline.entities import fieldbodies as FB
from pipeline.entities import tokens as TK
from pipeline.entities.gazetteer import country_key
from pipeline.entities.lexicon import (
    CREDIT,
    DATELINE,
    EVENT_HEADS,
    INITIAL,
    LIST_SEPARATORS,
    NUMERIC,
    ORG_HEADS,
    TEAM_TITLES,
    TEMPORAL,
    census_given,
    gazetteer_label,
    given_name,
    is_caps_line,
    is_sports_doc,
    is_table_row,
    is_title_word,
    line_spans,
    named_role,
    norm,
    world,
)
from pipeline.entities.spans import clean_span
from pipeline.nlp.extensions import doc_text

EVIDENCE = frozenset({"cue", "def", "lineup"})  # sources that read the article's own words: labels final
KEPT = EVIDENCE | {"dateline"}  # sources whose labels the relabelling rules leave standing


@dataclass(slots=True)
class Cand:
    """A candidate mention: token span, label, and where it came from."""

    start: int
    end: int
    label: str
    src: str = "model"  # model | initial | dateline | rule | table | gaz | prop
    weight: float = 1.0
    role: str | None = None
    surname: str | None = None  # a surname the name shares with the next ("Ann" of "Ann and Tom Hale")
    full: str | None = None  # the name an elided mention stands for ("Kelby West" of "Kelby East and West")


class DocCtx:
    """Per-document facts the rules need: lines, capitals lines, sports flag, covered tokens."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc_text(doc)
        held = TK.of(doc)  # the Doc's lists, shared with the rules that read the Doc (`tokens`)
        self.toks = held.toks  # spaCy makes a new Token object at every access: made once per Doc
        self.words, self.ws, self.idx = held.words, held.ws, held.idx
        self.capitals = [i for i, w in enumerate(self.words) if w[:1].isupper()]  # where names can start
        self.lines = line_spans(self.text)
        self.line_starts = [a for a, _ in self.lines]
        self.caps = [is_caps_line(self.text[a:b]) for a, b in self.lines]
        self.tok_lines: list[int] | None = None  # each token's line, on first use (`line_of`)
        self.sports = is_sports_doc(self.text)
        self.taken = bytearray(len(doc))
        self.parsed = doc.has_annotation("DEP")
        self.lower_words: set[str] | None = None  # filled on first use (common_word_start, generic_word)
        self.terms: frozenset[str] | None = None  # filled on first use (acronyms.common_acronyms)
        self.mid_caps: set[str] | None = None
        self.honoured: frozenset[str] | None = None  # words after "Mr"/"Mrs"/"Ms"/"Dr", on first use
        self.tagged: frozenset[str] | None = None  # words of the model's names, on first use (nameruns)
        self.story_nouns: tuple[int, int] | None = None  # screen and music nouns, on first use (acts)
        self.games: bool | None = None  # a story of video games, on first use (films.games_story)
        self.quote_marks: list[int] | None = None  # token indices of quote marks, on first use (nameruns)
        self.list_nouns: list[int] | None = None  # nouns opening lists of examples, on first use (kindlists)
        self.sheet_lines: list | None = None  # team-sheet lines, on first use (`sheets.sheets`)
        self.norms: dict[tuple[int, int], str] = {}  # (start, end) -> folded text, see `norm_of`
        self.roots: dict[tuple[int, int], Token] = {}  # (start, end) -> the span's root, see `root`
        self.firm_forms: dict[str, str] = {}  # short form -> the body's name it stands for (firms.py)
        self.show_forms: dict[str, str] = {}  # a show's tail -> its title's key (contestshows.py)
        self.body_roles: frozenset[str] = frozenset()  # role nouns the article gives bodies (bodysigns.py)

    def norm_of(self, start: int, end: int) -> str:
        """The folded text of tokens [start, end) (`lexicon.norm`), computed once per span."""
        try:
            return self.norms[(start, end)]
        except KeyError:  # asked for hundreds of times a name: the lookup first
            key = self.norms[(start, end)] = norm(self.span_text(start, end))
            return key

    def root(self, start: int, end: int) -> Token:
        """`doc[start:end].root`, worked out once per span (many rules ask for the same names')."""
        got = self.roots.get((start, end))
        if got is None:
            got = self.roots[(start, end)] = self.doc[start:end].root
        return got

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens [start, end), as `doc[start:end].text` but cut from the text."""
        if end <= start:
            return ""
        return self.text[self.idx[start] : self.idx[end - 1] + len(self.words[end - 1])]

    def line_of(self, tok_i: int) -> int:
        if self.tok_lines is None:  # asked for at most tokens: each token's line found in one pass
            self.tok_lines = (np.searchsorted(self.line_starts, self.idx, side="right") - 1).tolist()
        return self.tok_lines[tok_i]

    def in_caps(self, tok_i: int) -> bool:
        lines = self.tok_lines  # asked for ~450 times an article: `line_of` inlined
        return self.caps[self.line_of(tok_i) if lines is None else lines[tok_i]]

    def in_credit(self, tok_i: int) -> bool:
        """In a byline ("By Max Hunder") or a credit line ("(Reporting by ...; Editing by ...)")."""
        a, _ = self.lines[self.line_of(tok_i)]
        return bool(CREDIT.match(self.text, a, self.idx[tok_i]))

    def free(self, s: int, e: int) -> bool:
        return self.taken.find(1, s, e) < 0  # no token of s..e taken (`take` marks them 1): no slice copied

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
    doc, words, out = ctx.toks, ctx.words, []
    for i in ctx.capitals:  # an initial is a capital
        word = words[i]
        if not INITIAL.match(word) or i + 1 >= len(doc) or "\n" in ctx.ws[i]:
            continue
        nxt = doc[i + 1]
        if not (nxt.is_title and nxt.is_alpha) or gazetteer_label(norm(nxt.text)) or ctx.in_caps(i):
            continue
        if i > 0 and INITIAL.match(words[i - 1]) and not ctx.ws[i - 1]:
            i -= 1
        out.append(Cand(i, nxt.i + 1, "PERSON", "initial", 2.0))
    return out


def event_end(doc: Doc, s: int, e: int) -> tuple[int, bool]:
    """Cut a span after its event noun ("DAVIS CUP FINAL" -> "DAVIS CUP"); is it an event?"""
    words = TK.of(doc).words  # the Doc's words, no Token made
    if e - s > 1 and (
        words[e - 1] in EVENT_HEADS or f"{words[e - 2]} {words[e - 1].removesuffix('s')}" in EVENT_HEADS
    ):
        return e, True  # "Davis Cup", "the Grand Slam(s)": a head of one word or of two
    if e - s > 2 and words[s] == "Tour" and words[s + 1] in {"de", "of", "du"}:  # a race: "Tour of Kelby"
        return e, True
    if not words[s].isupper():
        return e, False
    for i in range(s + 1, e):
        if words[i].title() in EVENT_HEADS:
            return i + 1, True
    return e, False


def country_follows(doc: Doc, e: int) -> bool:
    """The name is followed by "( Country )", as in result lists."""
    toks = TK.toks(doc)
    if e + 2 >= len(doc) or toks[e].text != "(":
        return False
    for n in (1, 2, 3):
        if e + n + 1 < len(doc) and toks[e + n + 1].text == ")":
            return gazetteer_label(norm(doc[e + 1 : e + n + 1].text)) == "GPE"
    return False


def looks_personal(doc: Doc, s: int, e: int) -> bool:
    """Two or three capitalised plain words with no organisation noun: a likely personal name."""
    if s < 0 or not 2 <= min(e, len(doc)) - s <= 3:
        return False  # the length first: most spans tested are one word or long
    # spaCy's `is_title` and `is_alpha` are `str.istitle` and `str.isalpha`: the Doc's words, no Token made
    return all(w.istitle() and w.isalpha() and w not in ORG_HEADS for w in TK.of(doc).words[s:e])


def plain_name(doc: Doc, s: int, e: int) -> bool:
    """A personal-looking name with no title word and no country or nationality in it."""
    return looks_personal(doc, s, e) and not any(
        is_title_word(w) or gazetteer_label(norm(w)) for w in TK.of(doc).words[s:e]
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
    for i, word in enumerate(ctx.words):  # plain strings: a Token only where a head is
        if word not in ORG_HEADS or ctx.taken[i] or ctx.in_caps(i):
            continue
        tok = ctx.toks[i]
        s = tok.i
        while (
            s > 0
            and not ctx.taken[s - 1]
            and (doc[s - 1].text[:1].isupper() or doc[s - 1].lower_ in {"of", "and"})
        ):
            s -= 1
        while s < tok.i and doc[s].lower_ in {"of", "and"}:
            s += 1
        if s + 1 == tok.i and doc[s].lower_ in {"the", "a", "an"}:
            s += 1  # "The Office for ..." opening a sentence
        field = FB.opened_field(doc, tok.i) if s == tok.i and s > 0 else None
        if field and ctx.free(s, field):  # "the Commission for Rural Housing"
            c = Cand(s, field, "ORG", "rule", 2.0)
            ctx.take(c)
            out.append(c)
        elif s < tok.i and s > 0 and doc[s - 1].lower_ == "the" and not doc[s].is_sent_start:
            c = Cand(s, tok.i + 1, "ORG", "rule", 2.0)
            ctx.take(c)
            out.append(c)
    return out


def listed_person_cands(ctx: DocCtx) -> list[Cand]:
    """Untagged "Tom Brandtner ( U.S. )" in result lists: a personal name before a bracketed country."""
    doc, out = ctx.doc, []
    for i, word in enumerate(ctx.words):
        if word != "(" or i < 2 or not country_follows(doc, i):
            continue
        tok = ctx.toks[i]
        for n in (3, 2):
            s = tok.i - n
            if s >= 0 and ctx.free(s, tok.i) and looks_personal(doc, s, tok.i) and not ctx.in_caps(s):
                c = Cand(s, tok.i, "PERSON", "rule", 2.0)
                ctx.take(c)
                out.append(c)
                break
    return out


def base_key(key: str) -> str:
    """A grouping key without the number `sheets.split_namesakes` gives a second player of one name
    ("Moore|2" -> "Moore")."""
    return key.split("|")[0]


def by_key(ctx: DocCtx, cands: list[Cand], key_of: Callable) -> dict[str, list[Cand]]:
    """The mentions of each name key (`key_of(ctx, cand)`), in the order given."""
    out: dict[str, list[Cand]] = {}
    plain = not ctx.sports and getattr(key_of, "norm_keyed", False)  # `grouping.gkey`: the folded text
    norms, norm_of = ctx.norms, ctx.norm_of
    for c in cands:  # no new list per mention, as `setdefault` makes
        if plain and not (c.surname or c.full):  # asked for by ~30 rules over every mention: no call per one
            key = norms.get((c.start, c.end)) or norm_of(c.start, c.end)
        else:
            key = key_of(ctx, c)
        ms = out.get(key)
        if ms is None:
            out[key] = [c]
        else:
            ms.append(c)
    return out


def alone(ctx: DocCtx, i: int) -> bool:
    """No capitalised word right before (but a sentence's start) or after token i."""
    before = i == 0 or ctx.toks[i].is_sent_start or not ctx.words[i - 1][:1].isupper()
    return before and (i + 1 >= len(ctx.words) or not ctx.words[i + 1][:1].isupper())


def relabel(ctx: DocCtx, ms: list[Cand], labels: dict[str, str], key_of: Callable, label: str) -> None:
    """`label` on every mention `ms` of a name (a role only a person keeps), and in `labels` under
    the key each had and the key it has now (a sports story keys a team apart from its town:
    `grouping.gkey`)."""
    for c in ms:
        labels[key_of(ctx, c)] = label  # the old key
        c.label = label
        if label != "PERSON":
            c.role = None
        labels[key_of(ctx, c)] = label


def list_partners(tok: Token) -> list[Token]:
    """The parse's list partners of a name's head: its conjuncts and the head it is a conjunct of
    ("BT and Tiscali", "Caravaggio, Stubbs and Rubens")."""
    return [k for k in tok.children if k.dep_ == "conj"] + [tok.head] * (tok.dep_ == "conj")


def greedy_scan(ctx: DocCtx, sizes: tuple[int, ...], match: Callable[[int, int], Cand | None]) -> list[Cand]:
    """Left to right, at each free capitalised token take the longest n-gram (n in `sizes`, longest
    first) that `match(i, n)` turns into a candidate; matched tokens are taken and skipped."""
    out, i = [], 0
    for at in ctx.capitals:
        if at < i or ctx.taken[at]:
            continue  # inside the last match, or taken
        for n in sizes:
            if (hit := match(at, n)) is not None:
                ctx.take(hit)
                out.append(hit)
                i = hit.end
                break
    return out


@cache
def _label_firsts() -> frozenset[str]:
    """First words of the gazetteer's trusted names (countries, regions, peoples)."""
    return frozenset(key.split(" ")[0] for key in world().label)


def first_words_at(ctx: DocCtx, firsts: frozenset[str]) -> set[int]:
    """Indices of the capitalised words that, dots dropped and folded, are in `firsts` (for the
    match of a `greedy_scan`, tested once per word rather than once per n-gram size)."""
    words = ctx.words
    return {i for i in ctx.capitals if words[i].replace(".", "").casefold() in firsts}


def gazetteer_cands(ctx: DocCtx) -> list[Cand]:
    """Countries, regions and nationalities the model missed (often in capitals lines)."""
    words, ws = ctx.words, ctx.ws
    starts = first_words_at(ctx, _label_firsts())

    def match(i: int, n: int) -> Cand | None:
        if i not in starts:
            return None  # most capitalised words start no country, region or people
        if i + n > len(words) or not ctx.free(i, i + n) or any("\n" in w or not w for w in ws[i : i + n - 1]):
            return None
        text = "".join(words[k] + ws[k] for k in range(i, i + n - 1)) + words[i + n - 1]
        label = gazetteer_label(country_key(norm(text)))  # "Trinidad & Tobago"
        if label and not (text == "US" and ctx.in_caps(i)):
            return Cand(i, i + n, label, "gaz", 1.0)
        return None

    return greedy_scan(ctx, (3, 2, 1), match)


def merge_adjacent(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Join a personal name the model cut in two ("Lena" + "Varga"), or missed the first name of."""
    doc, out = ctx.doc, []
    for c in sorted(cands, key=lambda c: c.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == c.start
            and c.end - prev.start == 2
            and "\n" not in ctx.toks[prev.start].whitespace_
            and plain_name(doc, prev.start, c.end)
            and "PERSON" in {prev.label, c.label}
        ):
            prev.end, prev.label, prev.role = c.end, "PERSON", prev.role or c.role
            continue
        if prev is not None and _party_member(ctx, prev, c):
            prev.end, prev.label = c.end, "NORP"  # "Liberal" + "Democrat": one party's member
            continue
        if prev is not None and _one_country(ctx, prev, c):
            prev.end, prev.label = c.end, "GPE"  # "Serbia" and "Montenegro": one country 2003-2006
            continue
        if c.label == "PERSON" and c.start > 0 and not ctx.in_caps(c.start):
            left = ctx.toks[c.start - 1]
            if (
                left.tag_ == "NNP"
                and left.is_title
                and left.is_alpha
                and "\n" not in left.whitespace_
                and not is_title_word(left.text)
                and not gazetteer_label(norm(left.text))
                and not (ctx.sports and left.lower_ in TEAM_TITLES)  # "Leaders Kelby"
                and not (prev is not None and prev.end > left.i)
                and c.role != left.text  # "Rapper" Tom Hale, read as the role (modelspans.model_cands)
                and (c.end - c.start == 1 or given_name(norm(left.text)))  # "Catalina" Sandino Moreno
                and not (named_role(left.lower_) and census_given(norm(ctx.words[c.start])))  # "Star" Ann Lee
            ):
                c.start -= 1
        out.append(c)
    return out


def _one_country(ctx: DocCtx, prev: Cand, c: Cand) -> bool:
    """Two places joined by "and" that together name one country of the gazetteer ("Trinidad and
    Tobago", "Bosnia and Herzegovina", the historic "Serbia and Montenegro")."""
    return (
        prev.end + 1 == c.start
        and ctx.toks[prev.end].lower_ in {"and", "&"}
        and {prev.label, c.label} <= {"GPE", "LOC", "ORG", "PERSON"}  # "Tobago" ORG
        and gazetteer_label(ctx.norm_of(prev.start, c.end)) == "GPE"
    )


def _party_member(ctx: DocCtx, prev: Cand, c: Cand) -> bool:
    """The model's one-word body right before its one-word group ("Liberal" ORG + "Democrat"
    NORP), no nationality or country; two groups stay apart ("Marxist Sandinista")."""
    first = ctx.toks[prev.start]
    return (
        prev.end == c.start
        and prev.end - prev.start == 1
        and c.end - c.start == 1
        and prev.label == "ORG"
        and c.label == "NORP"
        and first.is_title
        and first.is_alpha
        and "\n" not in first.whitespace_
        and not gazetteer_label(norm(first.text))
    )


def list_member_cands(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Untagged names in a list of people ("Ana Ruiz , Tom Hale , ..."), spread from a PERSON item."""
    doc, out = ctx.doc, []
    person = bytearray(len(doc))
    for c in cands:
        if c.label == "PERSON":
            person[c.start : c.end] = b"\x01" * (c.end - c.start)
    lines: list[list[tuple[int, int]]] = [[]]
    seg: list[int] = []
    last = len(doc) - 1
    held = TK.of(doc)  # plain strings: no Token per access
    for i, (text, ws, low, space) in enumerate(zip(ctx.words, ctx.ws, held.lowers, held.spaces, strict=True)):
        sep = text in LIST_SEPARATORS or low == "and" or space
        if not sep:
            seg.append(i)
        if (sep or "\n" in ws or i == last) and seg:
            if not all(NUMERIC.match(ctx.words[k]) for k in seg):  # "15 - Tom Hale": skip the number
                lines[-1].append((seg[0], seg[-1] + 1))
            seg = []
        if space or "\n" in ws or text in {"(", ")"}:
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
