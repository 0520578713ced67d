"""A role for a person with none from a bare office the article keeps using in place of a name ("the
treasurer" ... "the treasurer said"), when the article ties the office to one named person only: the
office, as a sentence's subject outside quote marks, follows a sentence naming the person outside
them; no clause using the office names the person after it (then they are two: "between the
treasurer and Ann Lee", "the treasurer met Tom Hale"); no other named person is left. The
office must recur, with no sign it has several holders ("a treasurer", "treasurers") nor a holder
named beside it already (a role ending in its word). Run by the quotes stage, after the other
fills, on `doc._.entities`."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from spacy.attrs import LOWER, POS
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from pipeline.entities import lexicon as L
from pipeline.entities import relationroles as RR
from pipeline.entities.pretitles import PAST_MARKERS
from pipeline.entities.spokenroles import SUBJECTS, described, quoted
from pipeline.nlp.extensions import doc_text

MIN_USES = 2  # an office said once is no habit of the article's
SHARED_DETS = frozenset({"a", "an", "another", "every", "each", "other"})  # "a treasurer": one of several
CLOSING_DEPS = frozenset({"prep", "appos", "relcl", "acl"})  # "the treasurer of the club", "the treasurer, X"
PRONOUNS = frozenset({"he", "she"})  # a quote's speaker linked to a person; not "the party leader"


@dataclass(frozen=True)
class Use:
    """One use of a bare office: its role text, its first character, its sentence, the verb of its
    clause, and whether it is an unquoted subject."""

    role: str
    key: str
    start: int
    sent: int
    verb: int
    subject: bool


@dataclass(frozen=True)
class Named:
    """A person named (or linked by a pronoun as a quote's speaker): where, whether the mention only
    modifies another noun ("Tom Hale's aide", "Tom Hale fans"), whether inside quote marks."""

    eid: str
    start: int
    owner: bool
    quoted: bool
    verb: int


def fill(doc: Doc, quotes: list[dict]) -> None:
    """Give each PERSON entity with no role and a full name the bare office the article ties to it
    alone; none without a parse."""
    if not doc.has_annotation("DEP"):
        return
    ents = doc._.entities or []
    people = {e["id"]: e for e in ents if e["label"] == "PERSON"}
    if not people:
        return
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]
    uses: dict[str, list[Use]] = {}
    for use in _uses(doc, sents, starts):
        uses.setdefault(use.key, []).append(use)
    held = [e["role"].lower() for e in ents if e["role"]]
    shared = _shared(doc)
    offices = {k: u for k, u in uses.items()
               if len(u) >= MIN_USES and k not in shared and not any(r.endswith(k) for r in held)}
    if not offices:
        return
    named = _named(doc, people, quotes, starts)
    for key, eid in _holders(offices, named).items():
        if RR.replaceable(people[eid]["role"]) and " " in people[eid]["name"]:  # a full name, not "Kelby"
            people[eid]["role"] = offices[key][0].role


def _holders(offices: dict[str, list[Use]], named: list[list[Named]]) -> dict[str, str]:
    """Office key -> the one person the uses leave for it: named outside quote marks in the sentence
    before an unquoted subject use, never after a use in its clause ("the treasurer met Ann Lee"; a
    possessor may be: "the treasurer backed Ann Lee's plan"), and no one else left, counting those
    named before a use in its sentence (the office's person or another: "Tom Hale told aides the
    treasurer knew"); a person left alone for one office is struck from the others' (a second
    pass), and one left for two offices gets neither."""
    found: dict[str, set[str]] = {}
    prior: dict[str, set[str]] = {}
    for key, uses in offices.items():
        prior[key] = {n.eid for u in uses if u.subject and u.sent > 0 for n in named[u.sent - 1]
                      if not n.quoted}
        same = {n.eid for u in uses for n in named[u.sent] if n.start < u.start and not n.quoted}
        beside = {n.eid for u in uses for n in named[u.sent]
                  if n.start > u.start and n.verb == u.verb and not n.owner}
        found[key] = (prior[key] | same) - beside
    for _ in range(2):
        sure = {_sole(left): key for key, left in found.items() if _sole(left) in prior[key]}
        found = {key: left if len(left) == 1 else left - sure.keys() for key, left in found.items()}
    picks = [(key, eid) for key, left in found.items() if (eid := _sole(left)) in prior[key]]
    twice = {eid for _, eid in picks if sum(e == eid for _, e in picks) > 1}
    return {key: eid for key, eid in picks if eid not in twice}


def _verb(tok: Token) -> int:
    """The index of the verb whose clause holds token `tok` (the sentence's root if none)."""
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i:
        tok = tok.head
    return tok.i


def _sole(left: set[str]) -> str | None:
    """The one person left, or None."""
    return next(iter(left)) if len(left) == 1 else None


def _uses(doc: Doc, sents: list[Span], starts: list[int]) -> Iterator[Use]:
    """The article's bare offices ("the treasurer", "the deputy mayor"), each with its sentence."""
    for i in np.flatnonzero(doc.to_array(LOWER) == doc.vocab.strings["the"]).tolist():  # no Token per word
        tok = doc[i]
        if tok.dep_ != "det" or tok.head.i <= tok.i:
            continue
        head = tok.head
        role = _office(doc[tok.i : head.i + 1])
        if role is None:
            continue
        subject = head.dep_ in SUBJECTS and not quoted(doc_text(doc), tok.idx)
        yield Use(role, _key(head), tok.idx, bisect_right(starts, tok.idx) - 1, _verb(head), subject)


def _office(span: Span) -> str | None:
    """The role a bare definite office gives: a role word by list after title words only, none of the past
    ("the former treasurer"), nothing after the head that says whose or which (", Tom Hale", "of the
    club"), no name right after it ("the treasurer Tom Hale"), singular."""
    head = span[-1]
    if head.tag_ not in {"NN", "NNP"} or head.dep_ == "appos" or head.ent_type_:
        return None
    if any(t.dep_ in CLOSING_DEPS and t.i > head.i for t in head.children):
        return None
    nxt = head.nbor() if head.i + 1 < len(head.doc) else None
    if nxt is not None and (nxt.pos_ == "PROPN" or nxt.ent_type_ == "PERSON"):
        return None
    words = [L.fold(t.text) for t in span[1:-1]]
    if not _title_word(L.fold(head.text)) or any(w in PAST_MARKERS or not _title_word(w) for w in words):
        return None
    return described(span)


def _title_word(key: str) -> bool:
    """A word of a title by list ("deputy", "home", "secretary", "shadow", "keeper"), not by its
    suffix alone ("event")."""
    return L.is_title(key) or key in L.TITLE_MODIFIERS or key in L.ROLE_MODIFIERS or key in L.ROLE_NOUNS


def _key(head: Token) -> str:
    """An office's words as compared: its title modifiers before the head and the head's lemma,
    folded ("deputy mayor"; "treasurer" for "treasurers", "leading treasurers")."""
    mods = [k for t in head.lefts if t.dep_ in {"compound", "amod"} and _title_word(k := L.fold(t.text))]
    return " ".join([*mods, L.fold(head.lemma_)])


def _shared(doc: Doc) -> set[str]:
    """Keys of offices the article uses in the plural or with an article of one among several ("two
    treasurers", "a treasurer"): offices it gives no single holder."""
    nouns = np.flatnonzero(np.isin(doc.to_array(POS), (NOUN, PROPN))).tolist()  # no Token per word
    return {_key(t) for t in map(doc.__getitem__, nouns)
            if t.tag_ in {"NNS", "NNPS"} or any(c.lower_ in SHARED_DETS for c in t.children)}


def _named(doc: Doc, people: dict[str, dict], quotes: list[dict], starts: list[int]) -> list[list[Named]]:
    """Per sentence, the persons named or linked by a pronoun as a quote's speaker in it."""
    out: list[list[Named]] = [[] for _ in starts]
    for eid, ent in people.items():
        for m in ent["mentions"]:
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            if span is None:
                continue
            modifier = span[-1].dep_ == "compound"  # "Tom Hale fans"
            owner = modifier or doc_text(doc).startswith(RR.POSSESSIVE_ENDS, m["end"])
            at = m["start"]
            named = Named(eid, at, owner, quoted(doc_text(doc), at), _verb(span.root))
            out[bisect_right(starts, at) - 1].append(named)
    for q in quotes:
        sp = q.get("speaker") or {}
        if sp.get("entity") not in people:
            continue
        span = doc.char_span(sp["start"], sp["end"], alignment_mode="expand")
        if span is not None and span.text.lower() in PRONOUNS:
            at = sp["start"]
            named = Named(sp["entity"], at, False, quoted(doc_text(doc), at), _verb(span.root))
            out[bisect_right(starts, at) - 1].append(named)
    return out
