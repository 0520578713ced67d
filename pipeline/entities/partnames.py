"""Short forms the model labelled on their own: a one-word name it calls a place or a people that is
the first word of one longer name of the article ("Southwest" of "Southwest Airlines", "Vanity" of
"Vanity Fair") or a person's given name or surname ("Reese" of "Reese Witherspoon", "Holland" of
"Matt Holland") joins that name when the article uses it as that name.

A word no table knows joins where nothing around it reads as a place, a body or another kind (a
common English word, "Windows" of "Windows Genuine Advantage", only on a sign of the kind below, or
in the headline). A gazetteer word (a country, a nationality) joins only on the article's evidence
of the longer name's kind, and only when every mention reads as a name: "American, the world's
biggest airline", "Both American and Southwest" for an airline (never "American tourists");
"Holland, who scored" for a player, with no "in Holland" or "Holland players" anywhere. Used by
`grouping.group`; token indices.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Span, Token

from pipeline.entities import candidates as C
from pipeline.entities import context as X
from pipeline.entities import lexicon as L
from pipeline.entities import places as P
from pipeline.entities import shortforms as SF
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand

GUESSED = frozenset({"GPE", "LOC", "NORP"})  # the model's labels a short form gets wrong
OWNERS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "FAC", "LAW"})
WORKS = frozenset({"WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})  # a headline word may modify (not a council)
MODEL_SRCS = frozenset({"model", "prop"})
NOT_NAMES = frozenset({"amod", "compound", "nmod", "acomp", "attr", "npadvmod"})  # "American tourists"
CONJ_DEPS = frozenset({"conj", "amod"})  # the parser's "American" amod of "Southwest" in a pair
ARTICLES = frozenset({"the", "a", "an"})
PLURAL_SUBJECT = frozenset({"are", "were", "have"})  # "Holland are": a side, not a player


def join(ctx: C.DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str]) -> None:
    """Move each guessed one-word name's mentions to the one longer name it is a word of (see the
    module's doc), with that name's label."""
    owners = _owners(ctx, by_key, labels)
    keys = [k for k in by_key if " " not in k and labels.get(k) in GUESSED]
    for key in sorted(keys, key=lambda k: _tabled(C.base_key(k))):  # tabled last: "American and Southwest"
        found = owners.get(C.base_key(key), set())
        if len(found) != 1:
            continue
        owner = next(iter(found))
        if owner.startswith(key + " ") and SF.unit(ctx, by_key, owner):
            continue  # "Yale" is no "Yale School of Music"
        ms = by_key[key]
        if not all(c.src in MODEL_SRCS and c.end - c.start == 1 for c in ms) or _acronym(ctx, ms):
            continue  # a table's or a rule's label stands; "BT" of "BT Retail" is the group
        moved = _moved(ctx, by_key, labels, key, owner, ms)
        if not moved:
            continue
        for c in moved:
            c.label = labels[owner]
            by_key[owner].append(c)
        by_key[key] = [c for c in ms if c not in moved]
        if not by_key[key]:
            del by_key[key]


def _owners(ctx: C.DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str]) -> dict[str, set[str]]:
    """Each word that opens a longer name of the article, or ends a person's, and the names it may
    stand for: a person's given name ("Reese"), no common word ("Windows" of "Windows Messenger"); a
    body's or a work's first word before common words only ("Southwest Airlines", "Vanity Fair"; not
    "Windows XP"), no product line's."""
    owners: dict[str, set[str]] = defaultdict(set)
    for key, ms in by_key.items():
        words = C.base_key(key).split()
        label = labels.get(key)
        if len(words) < 2 or label not in OWNERS:
            continue
        if label == "PERSON" and "of" not in words:
            owners[words[-1]].add(key)
        given = L.census_given(words[0]) or not W.english_word(words[0])
        if given if label == "PERSON" else _common_rest(ctx.doc[ms[0].start + 1 : ms[0].end]):
            owners[words[0]].add(key)
    return owners


def _common_rest(toks: Span) -> bool:
    """The words after a name's first are common words or a body's heads ("Airlines", "of the")."""
    return all(t.is_lower or t.text in L.ORG_HEADS or W.english_word(t.lower_) for t in toks)


def _moved(
    ctx: C.DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str], key: str, owner: str, ms: list[Cand]
) -> list[Cand]:
    """The mentions of `key` that stand for `owner`: those read as nothing else when no table knows
    the word; all of them or none when it is a gazetteer word (see the module's doc)."""
    doc, word = ctx.doc, C.base_key(key)
    person = labels[owner] == "PERSON"
    spans = {i for c in by_key[owner] for i in range(c.start, c.end)}
    ms = [c for c in ms if c.start not in spans and ctx.norm_of(c.start, c.end) == word]  # no "Europeans"
    if not _tabled(word):
        loose = labels[key] != "NORP" and labels[owner] in WORKS  # "Nair's Vanity project" of "Vanity Fair"
        ms = [c for c in ms if _named(ctx, c) or loose and _headline(ctx, c)]
        ms = [c for c in ms if _unmarked(doc, c, person)]
        if person:
            return ms if _given(ctx, by_key, word, owner, ms) else []
        if not W.english_word(word):
            return ms
        return ms if _signed(ctx, by_key, labels, key, owner, ms) else []  # "Windows" is no program's
    named = [c for c in ms if _named(ctx, c)]
    if not all(_unmarked(doc, c, person) for c in named):
        return []  # "in Holland", "Mr Jordan"
    if len(named) < len(ms) and L.gazetteer_label(word) != "NORP":
        return []  # a country's "Holland players": all or none; a people's "American tourists" stay
    return named if _signed(ctx, by_key, labels, key, owner, named) else []


def _signed(
    ctx: C.DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str], key: str, owner: str, ms: list[Cand]
) -> bool:
    """Some mention reads as the longer name's kind: a person's; a body of its kind, or the word the
    longer name's own mentions use alone, or a headline's word no table knows ("Nair's Vanity
    project")."""
    doc, kind = ctx.doc, labels[owner]
    if kind == "PERSON":
        return any(_person_sign(doc, c) for c in ms)
    word = C.base_key(key)
    if any(c.end - c.start == 1 and ctx.norm_of(c.start, c.end) == word for c in by_key[owner]):
        return True  # the model's own "Southwest" of "Southwest Airlines"
    if not _tabled(word) and any(ctx.line_of(c.start) == 0 for c in ms):
        return True  # but "Chinese dam firm 'defies Beijing'" is no "Beijing News"
    heads = _kind_nouns(doc, by_key[owner])
    others = {c.start for k, cs in by_key.items() if k != key and labels.get(k) == kind for c in cs}
    return any(_body_sign(doc, doc[c.start], heads, others) for c in ms)


def _person_sign(doc: Doc, c: Cand) -> bool:
    """The words around the mention read as a person's ("Holland, who", "Holland said")."""
    return bool(X.name_evidence(doc, c.start, c.end)[1]) or X.low(doc, c.end) in L.SPEECH_VERBS


def _tabled(word: str) -> bool:
    """A word the gazetteer or the tables of places and peoples know."""
    gaz = L.world()
    return L.gazetteer_label(word) is not None or word in gaz.places or word in gaz.peoples \
        or word in gaz.nationality


def _acronym(ctx: C.DocCtx, ms: list[Cand]) -> bool:
    """A mention written in capitals ("BT", "LA")."""
    return any(len(w) > 1 and w.isupper() for w in (ctx.words[c.start] for c in ms))


def _unmarked(doc: Doc, c: Cand, person: bool) -> bool:
    """Nothing around the mention reads as a place, or as a body for a person's name (or as a person
    for a body's)."""
    org, per, place = X.name_evidence(doc, c.start, c.end)
    if place or X.place_context(doc, c.start, c.end) or (P.place_cue(doc, c.start, c.end) and not per):
        return False
    if c.start > 0 and doc[c.start - 1].lower_ in ARTICLES:
        return False  # "the Southwest", "an American"
    return not org if person else not per


def _named(ctx: C.DocCtx, c: Cand) -> bool:
    """One word used as a name where it stands: outside capitals lines, no noun it modifies or verb
    it complements ("American tourists", "is American"), no hyphen after it ("American-born"), no
    plural verb ("Holland are")."""
    doc = ctx.doc
    if ctx.in_caps(c.start):
        return False
    tok, nxt = doc[c.start], X.low(doc, c.end)
    if X.is_modifier(doc, c.end) or (nxt == "-" and not tok.whitespace_) or nxt in PLURAL_SUBJECT:
        return False
    if tok.dep_ in NOT_NAMES and not (nxt in {"and", "or"} and _paired(tok)):  # "American and Southwest"
        return False
    return not (tok.dep_ == "conj" and tok.head.dep_ in NOT_NAMES and not _paired(tok.head))


def _headline(ctx: C.DocCtx, c: Cand) -> bool:
    """The mention is in the first line, not written in capitals."""
    return ctx.line_of(c.start) == 0 and not ctx.in_caps(c.start)


def _paired(tok: Token) -> bool:
    """The word is paired with a name, its head or a capitalised conjunct ("American and Southwest";
    not "Namibian and International laws")."""
    doc = tok.doc
    pairs = [ch for ch in tok.children if ch.dep_ == "conj" and ch.is_title]
    pairs += [tok.head] if tok.head.pos_ == "PROPN" else []
    return any(not X.is_modifier(doc, p.i + 1) for p in pairs)


def _given(ctx: C.DocCtx, by_key: dict[str, list[Cand]], word: str, owner: str, ms: list[Cand]) -> bool:
    """A person's surname, or a census given name, stands for them; another first word ("Nusantara"
    of a list's "Nusantara Jaya") only when written alone no more often than the name in full, or
    when some mention reads as a person's."""
    if C.base_key(owner).split()[0] != word or L.census_given(word):
        return True
    return len(ms) <= len(by_key[owner]) or any(_person_sign(ctx.doc, c) for c in ms)


def _kind_nouns(doc: Doc, ms: list[Cand]) -> frozenset[str]:
    """The lemmas of the longer name's last word ("airline" of "American Airlines")."""
    return frozenset(doc[c.end - 1].lemma_.lower() for c in ms if c.end - c.start > 1)


def _body_sign(doc: Doc, tok: Token, heads: frozenset[str], others: set[int]) -> bool:
    """The mention reads as a body of the longer name's kind: the words around it say so ("X said
    it"), an apposition names the kind ("American, the world's biggest airline"), or it is paired
    with another name of that label ("American and Southwest")."""
    if X.name_evidence(doc, tok.i, tok.i + 1)[0]:
        return True
    if any(ch.dep_ == "appos" and ch.lemma_.lower() in heads for ch in tok.children):
        return True
    pair = [ch for ch in tok.children if ch.dep_ == "conj"] + ([tok.head] if tok.dep_ in CONJ_DEPS else [])
    return any(p.i in others for p in pair)
