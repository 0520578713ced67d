"""A role for a person with none, from a definite description opening the next sentence as its
subject ("Tom Hale scored twice. The striker finished off a cross ..."): the person is the subject of
the sentence before, and no other person is named from there to the description. Read as
`spokenroles.described` reads a speaker's description; run after it, on `doc._.entities`, by the
quotes stage."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.entities import copularroles as CR
from pipeline.entities import lexicon as L
from pipeline.entities import officeroles as OR
from pipeline.entities import relationroles as RR
from pipeline.entities import spokenroles as SR
from pipeline.entities.spokenroles import SUBJECTS, described, name_head, quoted
from pipeline.nlp.extensions import doc_text

PARAGRAPH = re.compile(r"\n\s*")  # a line break and any blank lines after it
OBJECT_PRONOUNS = frozenset({"him", "her"})  # the person before, as another's object
ENDS = (".", "!", "?", '"', "\u201d")  # a sentence's last mark, not a headline's


def fill_roles(doc: Doc, quotes: list[dict]) -> None:
    """The roles quotes' description speakers give (`spokenroles.fill`), then the weaker ones of
    descriptions opening a sentence (`fill`), then those of clauses of "be" (`copularroles.fill`), then
    bare offices the article ties to one person (`officeroles.fill`)."""
    SR.fill(doc, quotes)
    fill(doc, quotes)
    CR.fill(doc)
    OR.fill(doc, quotes)


def fill(doc: Doc, quotes: list[dict]) -> None:
    """Give a PERSON entity with no role the role a description opening the next sentence gives,
    when no other entity holds that role and the quotes stage linked the description to no other; none
    without a parse (a lean pipeline sets no sentences)."""
    if not doc.has_annotation("DEP"):
        return
    ents = doc._.entities or []
    people = [e for e in ents if e["label"] == "PERSON"]
    if not people:
        return
    linked = {sp["start"]: sp.get("entity") for q in quotes if (sp := q.get("speaker"))}
    sents = list(doc.sents)
    for prev, sent in zip(sents, sents[1:], strict=False):
        span = _opening_description(sent)
        if span is None or not prev.text.rstrip().endswith(ENDS) or quoted(doc_text(doc), span.start_char):
            continue  # not after a headline's line
        ent = _sole_subject(doc, people, prev, span)
        if ent is not None and linked.get(span.start_char) not in {None, ent["id"]}:
            continue  # "The spokesman said", a speaker the quotes stage gave to someone else
        role = described(span) if ent is not None and RR.replaceable(ent["role"]) else None
        role = None if role and ent["role"] and RR.epithet(role) else role  # a job in place of an epithet
        if role and all((e["role"] or "").lower() != role.lower() for e in ents):
            ent["role"] = role


def _opening_description(sent: Span) -> Span | None:
    """The "the ..." noun phrase opening the sentence as the subject of its main verb ("The striker",
    "The veteran keeper"), or None."""
    first = sent[0]
    if first.lower_ != "the":
        return None
    head, root = first.head, sent.root
    if head.dep_ not in SUBJECTS or head.head.i != root.i or head.left_edge.i != first.i:
        return None
    joined = [t for t in head.children if t.dep_ in {"conj", "appos", "cc"}]
    second = SR.second_role(head)
    if joined and second is None or not _listed(head):
        return None  # "The striker and the keeper", "The chairman, chief executive and ...", "The archive"
    if any(t.dep_ in {"attr", "dobj", "dative"} and (t.ent_type_ == "PERSON" or t.lower_ in OBJECT_PRONOUNS)
           or t.dep_ == "attr" and t.pos_ == "PROPN" for t in root.children):
        return None  # "The winner was Ann Lee", "The keeper denied him": the one before is someone else
    return sent.doc[first.i : (second or head).i + 1]  # "The former envoy and Norvian president"


def _listed(head: Token) -> bool:
    """The description's head is a role word by list, not by its suffix alone ("striker", "comedian";
    not "character", "archive")."""
    low = L.fold(head.text)
    return low in L.ROLE_NOUNS or L.is_title(low)


def _sole_subject(doc: Doc, people: list[dict], prev: Span, span: Span) -> dict | None:
    """The person whose mention is the main verb's subject of sentence `prev`, when no other person is
    named in it or before the description `span` ("Tom Hale beat Ann Lee. The champion said" is
    neither's), nor more than one paragraph break lies between."""
    root = prev.root
    subjects = {t.i for t in prev if t.dep_ in SUBJECTS and (t.head.i == root.i or _conjoined(t.head, root))}
    found = [(m["start"], e) for e in people for m in e["mentions"]
             if prev.start_char <= m["start"] < prev.end_char
             and (name_head(doc, m["start"]) in subjects or _opening(doc, prev, m))]
    if len({id(e) for _, e in found}) != 1 or prev.root.pos_ not in {"VERB", "AUX"}:
        return None  # not a caption's "Getty."
    ent = found[0][1]
    start = max(m["start"] for m in ent["mentions"] if m["start"] < span.start_char)  # the nearest
    named = {id(e) for e in people for m in e["mentions"] if prev.start_char <= m["start"] < span.start_char}
    if named != {id(ent)} or len(PARAGRAPH.findall(doc_text(doc), start, span.start_char)) > 1:
        return None  # "Ann Lee" in a quote Tom Hale gives; a paragraph in between
    return ent


def _conjoined(verb: Token, root: Token) -> bool:
    """`verb` is a verb the parse joined to the main verb ('X will be ... , Tom Hale will say'
    read as 'be ... and say')."""
    return verb.dep_ == "conj" and verb.head.i == root.i and verb.pos_ in {"VERB", "AUX"}


def _opening(doc: Doc, sent: Span, mention: dict) -> bool:
    """The mention opens the sentence or its line (after a headline the parse joined to it), no
    possessive after it ("Tom Hale's"): the subject, however the parse hung it."""
    k = name_head(doc, mention["start"])
    start = mention["start"]
    if k is None or k + 1 >= len(doc) or doc[k + 1].tag_ == "POS":
        return False
    return start == sent.start_char or doc_text(doc)[start - 1] == "\n"
