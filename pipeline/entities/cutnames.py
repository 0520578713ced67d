"""Names the model cut at their first words: it starts a body's name after a verb-like first word
("search engine [Ask] Jeeves") or after an "and" inside it ("the [Pew Internet and] American Life
Project"). `join_cut` runs on the model's spans before anything keys them, and extends a span
leftwards when the article's own writing marks the words left out as the name's:

- a capitalised word in mid-sentence, which the model left out and the tagger reads as a verb,
  between a lower-case noun that describes the name ("search engine", "the site") and the name;
- a proper noun the model left out between a determiner, possessive or ordinal and a name of one
  or two words ("their first [Triple] Crown");
- two capital letters left out before a person's lone surname: the person's initials ("JJ Hale");
- "the" + two capitalised words or more the model left out + "and" before a name of two words or more whose
  first word is a common English word or a nationality ("American Life Project"), not a name of
  its own ("the Internet and Microsoft Corp" stays two).

`initialled_firms` joins a firm's initials the model took for an unknown place to the name after
them ("KP" + "Hameln"). `join_fields` joins a body's name the model cut at the commas of its fields
("Centre for A, B and C", "Centre for the Study of A, B and C") or at the "and" of its two fields
("the Ministry of Fisheries and Marine Resources"), the last field a word the model took for a name
it finds nowhere else ("on Gambling and Racing") or the only part the model found ("a Department for
Work and" + "Housing").

No list of names: capitals, the tagger's parts of speech and the model's own tags. Token indices."""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import FACILITY_HEADS
from pipeline.entities.lexicon import (
    ORG_HEADS,
    census_name,
    fold,
    gazetteer_label,
    is_title_word,
    known_place,
    role_word,
)
from pipeline.entities.openers import starts_sentence
from pipeline.entities.words import common_noun, english_word

ABLE = frozenset({"ORG", "PRODUCT"})
RUN_MAX = 4  # capitalised words before "and"
INITIALLED = frozenset({"GPE", "LOC", "ORG"})  # the model's labels of "Hameln" in "KP Hameln"


def join_cut(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Extend each body's span over the first words the model cut off (see the module's doc)."""
    if not ctx.parsed:
        return cands
    prev_end = 0
    for c in sorted(cands, key=lambda c: c.start):
        if c.label in ABLE and c.start > prev_end and not ctx.in_caps(c.start):
            s = _verb_first(ctx, c.start) or _np_first(ctx, c) or _and_run(ctx, c, prev_end)
            if s is not None:
                c.start = s
        elif c.label == "PERSON" and c.start > prev_end and _initials(ctx, c):
            c.start -= 1
        prev_end = max(prev_end, c.end)
    return cands


def _initials(ctx: DocCtx, c: Cand) -> bool:
    """Two capital letters the model left out right before its lone surname ("JJ Hale"): initials
    of the person, not a title ("MP", "DJ") nor a name of its own the model tagged ("US"), on a
    line of mixed case and not after another capitalised word, nor written glued to the surname
    elsewhere (a firm's "JPMorgan")."""
    i = c.start - 1
    if c.end - c.start != 1 or i < 0 or ctx.in_caps(c.start):
        return False
    tok, word = ctx.toks[i], ctx.words[i]
    if len(word) != 2 or not word.isalpha() or not word.isupper() or tok.ent_iob_ != "O":
        return False
    lone = i == 0 or not ctx.words[i - 1][:1].isupper()
    if not lone or tok.whitespace_ != " " or is_title_word(word):
        return False
    return word + ctx.words[c.start] not in ctx.words  # "JP Morgan" of a firm also written "JPMorgan"


def _left_word(ctx: DocCtx, i: int) -> bool:
    """Token i is a capitalised word the model left out, no title ("President"), no place or
    nationality, not a sentence's first word."""
    tok = ctx.toks[i]
    if not (tok.is_title and tok.is_alpha) or tok.ent_iob_ != "O" or "\n" in tok.whitespace_:
        return False
    return not (is_title_word(tok.text) or gazetteer_label(fold(tok.text)) or starts_sentence(ctx.doc, i))


def _verb_first(ctx: DocCtx, s: int) -> int | None:
    """The start of "Ask Jeeves" for the model's "Jeeves": a verb-like capitalised word at s - 1,
    after a lower-case noun describing the name."""
    i = s - 1
    if i < 1 or not _left_word(ctx, i) or ctx.toks[i].pos_ not in {"VERB", "AUX"} or ctx.toks[i].is_stop:
        return None
    noun = ctx.toks[i - 1]
    return i if noun.is_lower and noun.pos_ == "NOUN" and noun.is_alpha else None


def _np_first(ctx: DocCtx, c: Cand) -> int | None:
    """The start of "Triple Crown" for the model's "Crown" in "their first Triple Crown": a proper
    noun the model left out between the name of one or two words and a determiner, possessive or
    ordinal in lower case that opens their noun phrase."""
    i = c.start - 1
    if i < 1 or c.end - c.start > 2 or not _left_word(ctx, i) or ctx.toks[i].pos_ != "PROPN":
        return None
    before = ctx.toks[i - 1]
    opener = before.pos_ in {"DET", "PRON"} or before.ent_type_ == "ORDINAL"
    return i if opener and before.is_lower and before.is_alpha else None


def _and_run(ctx: DocCtx, c: Cand, floor: int) -> int | None:
    """The start of "Pew Internet and American Life Project" for the model's "American Life
    Project": "the", capitalised words left out, "and", then the name."""
    words, s = ctx.words, c.start
    if c.end - s < 2 or s < 3 or words[s - 1] != "and" or not _common_first(ctx, s):
        return None
    k = s - 2
    while k >= max(floor, s - 1 - RUN_MAX) and _left_word(ctx, k):
        k -= 1
    if k > s - 4 or k < 0 or words[k] != "the":  # two words at least: not "the Golden and Silver Bear"
        return None
    return k + 1


def one_name(ctx: DocCtx, c: Cand, k: int) -> bool:
    """The span over "and" at k is the one name `_and_run` reads ("the Pew Internet and American
    Life Project"), which `kinds.split_lists` keeps whole."""
    s = c.start
    if k - s < 2 or c.end - k < 3 or s < 1 or ctx.words[s - 1] != "the" or not _common_first(ctx, k + 1):
        return False
    return all(ctx.words[i].istitle() for i in range(s, c.end) if i != k)


def _common_first(ctx: DocCtx, s: int) -> bool:
    """The name's first word is a common English word or a nationality ("American", "Life"), so
    the name may be the tail of a longer one."""
    low = fold(ctx.words[s])
    return gazetteer_label(low) == "NORP" or (english_word(low) and ctx.words[s].istitle())


FIELD_PREPS = frozenset({"for", "of", "on"})
FIELD_MAX = 3  # words of one field in "Centre for A, B and C"


def join_fields(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Join a body's name the model cut at the commas of its fields ("the Centre for Optics,
    Sound and Signal Research" as three names) into one body (ORG): a body's head, "for" or "of",
    a topic that may take them (`_topic`: "the Study of"), then fields of capitalised common
    English words (no place, no body's head, no person's name) parted by commas, the last after
    "and"; or two such fields parted by "and" alone when no lower-case noun follows ("the Ministry
    of Health and Education officials" are two)."""
    if "and" not in ctx.words and "&" not in ctx.words:
        return cands
    drop: set[int] = set()
    for c in sorted(cands, key=lambda c: c.start):
        if id(c) in drop:
            continue
        head = _head_before(ctx, c, cands)
        if head is not None:
            c.start, c.label = head, "ORG"  # "a Department for Work and" + "Housing"
            continue
        end = _fields_end(ctx, c)
        if end is not None:
            drop |= {id(o) for o in cands if o is not c and c.end <= o.start and o.end <= end}
            c.end, c.label = end, "ORG"
    return [c for c in cands if id(c) not in drop]


def _fields_end(ctx: DocCtx, c: Cand) -> int | None:
    """The end of the last field of a body's name that c starts and cuts (see `join_fields`)."""
    words = ctx.words
    heads = [k for k in range(c.start, c.end - 1) if words[k] in ORG_HEADS and words[k + 1] in FIELD_PREPS]
    if not heads:
        return None
    s = _topic(ctx, heads[-1] + 2)
    i = _field_run(ctx, s)
    if i == s or i >= len(words) or words[i] not in {",", "and", "&"}:
        return None
    if words[i] != ",":
        return _paired_end(ctx, c, i)
    while i < len(words) and words[i] == ",":
        j = _field_run(ctx, i + 1)
        if j == i + 1:
            return None
        i = j
    if i >= len(words) or words[i] not in {"and", "&"} or i < c.end - 1:
        return None
    j = _field_run(ctx, i + 1)
    return j if j > i + 1 and (j >= len(words) or not words[j][:1].isupper()) else None


def _topic(ctx: DocCtx, s: int) -> int:
    """Where the fields start after a body's head and preposition: past a topic that takes them,
    "the", a capitalised word and "of" ("Centre for the Study of A, B and C"); else s."""
    words = ctx.words
    if s + 3 < len(words) and words[s] == "the" and words[s + 1].istitle() and words[s + 2] == "of":
        return s + 3
    return s


def _head_before(ctx: DocCtx, c: Cand, cands: list[Cand]) -> int | None:
    """The body's head that starts the name whose last field c alone is: an untagged "Head for/of/on
    Field and" right before c ("A Department for Work and" + "Housing spokeswoman")."""
    words, k = ctx.words, c.start - 1
    if k < 3 or words[k] not in {"and", "&"} or _field_run(ctx, c.start, tail=True) != c.end:
        return None
    for s in range(max(2, k - FIELD_MAX), k):
        if words[s - 1] in FIELD_PREPS and words[s - 2] in ORG_HEADS and _field_run(ctx, s) == k:
            head = s - 2
            free = not any(o.start < k and o.end > head for o in cands if o is not c)
            return head if free else None
    return None


def fields_name(ctx: DocCtx, c: Cand, k: int) -> bool:
    """The span over "and" at k is a body's head, "for", "of" or "on" and two fields
    (`join_fields`: "the Ministry of Fisheries and Marine Resources"), which `kinds.split_lists`
    keeps whole."""
    words = ctx.words
    heads = [h for h in range(c.start, k - 2) if words[h] in ORG_HEADS and words[h + 1] in FIELD_PREPS]
    if not heads:
        return False
    return _field_run(ctx, _topic(ctx, heads[-1] + 2)) == k and _field_run(ctx, k + 1) == c.end


def _paired_end(ctx: DocCtx, c: Cand, i: int) -> int | None:
    """The end of the second field after the "and" at i that ends c's first field, unless a
    capitalised word or a lower-case noun follows it (a field modifying a noun: "and Education
    officials")."""
    if i != c.end:
        return None
    j = _field_run(ctx, i + 1, tail=True)
    if j == i + 1:
        return None
    after = ctx.toks[j] if j < len(ctx.toks) else None
    noun = after is not None and after.is_lower and after.pos_ in {"NOUN", "PROPN"}
    return None if noun or (after is not None and after.text[:1].isupper()) else j


def _field_run(ctx: DocCtx, s: int, tail: bool = False) -> int:
    """The end of the capitalised words from s that may be a field ("Signal Processing"); s if none.
    A `tail` field (the one after "and") may be a word the model took for a place or people there alone."""
    e = s
    while e < len(ctx.words) and e - s < FIELD_MAX and ctx.words[e].istitle() and ctx.words[e].isalpha():
        e += 1
    longer = e < len(ctx.words) and ctx.words[e].istitle()
    return e if e > s and not longer and _field(ctx, s, e, tail) else s


def _field(ctx: DocCtx, s: int, e: int, tail: bool = False) -> bool:
    """Words s..e are a field of study or work: capitalised common English words, none a place, a
    body's head or a word of a person's name the model tagged; in a `tail`, a common noun the model
    called a name but the article writes capitalised nowhere else ("on Fishing and Gaming")."""
    toks = ctx.toks[s:e]
    return e > s and all(
        t.is_title
        and english_word(t.lower_)
        and not gazetteer_label(fold(t.text))
        and t.text not in ORG_HEADS
        and (t.ent_type_ not in {"PERSON", "GPE", "NORP"} or tail and _lone_noun(ctx, t.i))
        for t in toks
    )


def _lone_noun(ctx: DocCtx, i: int) -> bool:
    """The word at i is a common English noun, no census name, that the article writes so once."""
    tok = ctx.toks[i]
    return common_noun(tok.lower_) and not census_name(fold(tok.text)) and ctx.words.count(tok.text) == 1


BUILDING_HEADS = FACILITY_HEADS | {"House", "Theatre"}  # "the Opera house"
HEAD_ABLE = frozenset({"ORG", "FAC", "PERSON"})  # "Damascus radio" beside "Damascus Radio" keeps its place
BUILDING_ABLE = frozenset({"ORG", "FAC"})  # "the Marlowe hotel": a person's name, the name alone


def join_heads(ctx: DocCtx, cands: list[Cand]) -> None:
    """Extend a name the model cut before a lower-case head noun over it: where the article writes
    the name with that head capitalised elsewhere ("a spokesman for the Kestavo group" beside "the
    Kestavo Group"), or where the name is one common English word before a building's noun ("the
    city's Opera house": a building, FAC). Not over a head that modifies a noun after it, which
    belongs to that noun's phrase ("a Kestavo group study"; not a post: "Kestavo group chairman"),
    nor over a building's noun after the short form of a longer name of the article ("Kelby Harbour
    ... Harbour stadium manager Ann Lee": the club, then a role). "the Tata group" alone keeps its
    name "Tata"."""
    words, n = ctx.words, len(ctx.words)
    longer = [c for c in cands if c.end - c.start > 1]
    full = {tuple(words[c.start : c.end]) for c in longer if words[c.end - 1] in ORG_HEADS}
    shorts = {words[c.end - 1] for c in longer}  # "Harbour" of "Kelby Harbour"
    for c in cands:
        e = c.end
        if e >= n or c.label not in HEAD_ABLE or not words[e].isalpha() or not words[e].islower():
            continue
        head = words[e].title()
        if (*words[c.start : e], head) in full:
            if e + 1 >= n or not _modifier(ctx, e):
                c.end = e + 1
        elif e - c.start == 1 and words[c.start] not in shorts and _building(ctx, c, head):
            c.end, c.label = e + 1, "FAC"


def _modifier(ctx: DocCtx, k: int) -> bool:
    """The lower-case noun at k modifies a lower-case common noun right after it that names no post
    ("rail link"; not "party boss", the body's own officer)."""
    nxt = ctx.toks[k + 1]
    noun = ctx.ws[k] == " " and nxt.is_lower and nxt.is_alpha and nxt.tag_ in {"NN", "NNS"}
    return noun and not role_word(nxt.lower_)


def _building(ctx: DocCtx, c: Cand, head: str) -> bool:
    """The one-word name c before a building's noun is a capitalised common English noun in
    mid-sentence, no place or people ("the Opera house"), that the model called a body or a building."""
    tok = ctx.toks[c.start]
    if c.label not in BUILDING_ABLE or head not in BUILDING_HEADS:
        return False
    low = fold(tok.text)
    return tok.is_title and not tok.is_sent_start and common_noun(low) and not known_place(low)


def initialled_firms(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Join a firm's initials the model read as a place it does not know to the place-like name
    right after them ("economist with KP" + "Hameln"): one body (ORG)."""
    out: list[Cand] = []
    for c in sorted(cands, key=lambda c: c.start):
        prev = out[-1] if out else None
        if prev is not None and _initialled(ctx, prev, c):
            prev.end, prev.label, prev.role = c.end, "ORG", None
            continue
        out.append(c)
    return out


def _initialled(ctx: DocCtx, a: Cand, b: Cand) -> bool:
    """`a` is one word of two or three capitals the model calls a place, unknown to the gazetteer,
    a space before `b`, a name of title-case words the model calls a place or a body."""
    word = ctx.words[a.start]
    if a.label != "GPE" or a.end - a.start != 1 or b.start != a.end or b.label not in INITIALLED:
        return False
    if not (2 <= len(word) <= 3 and word.isalpha() and word.isupper()) or ctx.ws[a.start] != " ":
        return False
    return not known_place(fold(word)) and all(ctx.words[i].istitle() for i in range(b.start, b.end))
