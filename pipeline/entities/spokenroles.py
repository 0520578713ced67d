"""A role for a person the entities stage found none for, from the definite description the quotes
stage linked to them as a quote's speaker ("The prime minister said ..." -> Tony Blair; "The group's
general secretary told ..."): the description without its article or a possessor that is no proper
name, when a role word heads it, the person was named last or as the subject of the sentence before,
and the description is outside quote marks. Run by the quotes stage, which has the links, on
`doc._.entities`."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from pipeline.entities import introducedroles as IR
from pipeline.entities import lexicon as L
from pipeline.entities import ranks as RK
from pipeline.entities import relationroles as RR
from pipeline.entities.appositions import MAX_WORDS, phrase_text
from pipeline.nlp.extensions import doc_text
from pipeline.quotemarks import DOUBLE_MARKS

SUBJECTS = frozenset({"nsubj", "nsubjpass"})  # a verb's subject
OPENERS = frozenset({"the", "its", "our"})  # no "his"/"her": someone else's relation ("his lawyer")


def fill(doc: Doc, quotes: list[dict]) -> None:
    """Give each PERSON entity with no role the first role its quotes' description speakers give,
    when no other entity is linked to the same description or holds the same role: first those whose
    person was named last or as the subject before, then, with the roles these gave, the further
    links `introducedroles` trusts."""
    ents = {e["id"]: e for e in doc._.entities or []}
    named = _person_mentions(ents, quotes)
    later = _give(doc, ents, quotes, lambda sp, ent: _last_named(doc, named, sp["start"], ent["id"])
                  or _prior_subject(doc, named, sp, ent))
    if later:
        _give(doc, ents, later, lambda sp, ent: IR.skipped_holder(doc, named, sp, ent["id"], ents)
              or IR.introduced_next(doc, named, sp, ent["id"]))


def _give(doc: Doc, ents: dict[str, dict], quotes: list[dict],
          near: Callable[[dict, dict], bool]) -> list[dict]:
    """Fill the roles of the quotes whose description speaker passes `near` (speaker, entity); the
    quotes that failed only that test."""
    found: dict[str, list[tuple[str, str]]] = {}  # entity id -> (description, role), in text order
    owners: dict[str, set[str]] = {}  # description -> entity ids linked to it
    failed = []
    for q in quotes:
        sp = q.get("speaker") or {}
        ent = ents.get(sp.get("entity") or "")
        if ent is None or ent["label"] != "PERSON" or not RR.replaceable(ent["role"]) or _named(ent, sp):
            continue
        if not near(sp, ent):
            failed.append(q)
            continue  # "A new book says the prime minister broke a pledge to Mr Hale. The chancellor said"
        if quoted(doc_text(doc), sp["start"]):
            continue  # '"When the director says ...' in someone's words: another person
        span = doc.char_span(sp["start"], sp["end"], alignment_mode="expand")
        role = described(span) if span is not None else None
        if role and not (ent["role"] and RR.epithet(role)):  # a job in place of an epithet
            key = span.text.lower()
            owners.setdefault(key, set()).add(ent["id"])
            found.setdefault(ent["id"], []).append((key, role))
    for eid, pairs in found.items():
        others = {e["role"].lower() for e in ents.values() if e["id"] != eid and e["role"]}
        kept = [r for key, r in pairs if len(owners[key]) == 1 and r.lower() not in others]
        ents[eid]["role"] = kept[0] if kept else ents[eid]["role"]
    return failed


def described(span: Span) -> str | None:
    """The role a definite description gives ("the prime minister", "the charity's director",
    "Russia's president"), or None: its head a role word (lower case, or a title word after others:
    "the Home Secretary"; not "the Queen") or a place in a ranking ("the world number one"), no
    people's or age's word ("the Scot", "the 31-year-old"); an age before the role is dropped."""
    head, first = span.root, span[0]
    owner = [t for t in head.children if t.dep_ == "poss" and t.i < head.i]
    if not (first.lower_ in OPENERS or owner and owner[0].i == span.start):
        return None
    ranked = RK.ranking_head(head)  # "the world number one": its number closes it
    last = _number(head) if ranked else head
    last = span[-1] if span[-1] == second_role(head) else last  # "the envoy ... and Norvian president"
    if head.pos_ not in {"NOUN", "PROPN"} or head.ent_type_ in {"NORP", "PERSON"} or last.i + 1 != span.end:
        return None
    low = L.fold(head.text)
    titled = L.is_title(low) and head.i - span.start >= 2  # "the Home Secretary", not "the Queen"
    if not (head.is_lower and L.role_word(low) or titled or ranked):
        return None
    dropped = {t.i for o in owner if o.pos_ != "PROPN" for t in o.subtree}  # "the charity's" director
    words = [t for t in span if t.i not in dropped and not (t.i == span.start and t.lower_ in OPENERS)]
    return RR.kept(phrase_text(words)) if 0 < len(words) <= MAX_WORDS else None


def _number(head: Token) -> Token:
    """The number closing a place in a ranking `head` opens ("world number one", "British number
    two"; `ranks.ranking_head`)."""
    return max((t for t in head.rights if t.dep_ == "nummod"), key=lambda t: t.i)


def second_role(head: Token) -> Token | None:
    """The role noun a lone "and" joins to the role noun `head` under its one article, one person's
    two posts ("the former envoy for refugees and Norvian president"), or None: none with its own
    article or owner ("the striker and the keeper"), after a comma ("the chairman, chief executive and
    ...") or an aside."""
    kids = [t for t in head.children if t.dep_ in {"conj", "appos", "cc", "punct"} and t.i > head.i]
    conj = [t for t in kids if t.dep_ == "conj"]
    if len(conj) != 1 or any(t.dep_ in {"appos", "punct"} for t in kids):
        return None
    second = conj[0]
    joined = [t.lower_ for t in head.doc[head.i + 1 : second.i] if t.dep_ in {"cc", "punct"}]
    if joined != ["and"] or any(t.dep_ in {"det", "poss"} for t in second.children):
        return None
    low = L.fold(second.text)
    return second if second.is_lower and (low in L.ROLE_NOUNS or L.is_title(low)) else None


def _named(ent: dict, sp: dict) -> bool:
    """The speaker's span is one of the entity's own mentions or holds one (its name, not a description)."""
    return any(m["start"] < sp["end"] and sp["start"] < m["end"] for m in ent["mentions"])


def _person_mentions(ents: dict[str, dict], quotes: list[dict]) -> list[tuple[int, str]]:
    """(start, entity id) of each mention of a person, and of each quote's speaker linked to one
    ("he said"), in text order."""
    people = {eid for eid, e in ents.items() if e["label"] == "PERSON"}
    out = {(m["start"], eid) for eid in people for m in ents[eid]["mentions"]}
    speakers = [q.get("speaker") or {} for q in quotes]
    out |= {(sp["start"], sp["entity"]) for sp in speakers if sp.get("entity") in people}
    return sorted(out)


def _last_named(doc: Doc, named: list[tuple[int, str]], start: int, eid: str) -> bool:
    """The person last named or linked before character `start` is `eid`, alone in that sentence."""
    before = [(s, e) for s, e in named if s < start]
    if not before:
        return False
    last = doc.char_span(before[-1][0], before[-1][0] + 1, alignment_mode="expand")
    if last is None:
        return False
    sent = last[0].sent
    return {e for s, e in before if sent.start_char <= s < sent.end_char} == {eid}


def quoted(text: str, pos: int) -> bool:
    """Character `pos` is inside someone's quoted words: the last double quote mark before it in its
    paragraph opens a quote (space before it, a word after it), even one never closed."""
    para = text.rfind("\n", 0, pos) + 1
    marks = list(DOUBLE_MARKS.finditer(text, para, pos))
    if not marks:
        return False
    m = marks[-1]
    before = text[m.start() - 1] if m.start() > para else " "
    after = text[m.end()] if m.end() < len(text) else " "
    return (before.isspace() or before in "([") and not after.isspace()


def _prior_subject(doc: Doc, named: list[tuple[int, str]], sp: dict, ent: dict) -> bool:
    """The speaker's description opens its sentence (or follows its "And", "But"), and the person is
    the subject of the sentence before, named first in it, any other person there no argument of its
    verb ("Tom Hale finished ahead of Ann Lee. The world champion said:"; not "Tom Hale met Ann Lee")."""
    span = doc.char_span(sp["start"], sp["end"], alignment_mode="expand")
    if span is None or span.sent.start == 0:
        return False
    linked = span.start == span.sent.start + 1 and doc[span.sent.start].pos_ == "CCONJ"  # "And the ..."
    if span.start != span.sent.start and not linked:
        return False
    before = doc[span.sent.start - 1].sent
    inside = [(s, e) for s, e in named if before.start_char <= s < span.start_char]
    if not inside or inside[0][1] != ent["id"]:
        return False
    root = before.root.i
    for s, e in inside:
        k = name_head(doc, s)
        if e != ent["id"] and (k is None or doc[k].head.i == root or doc[k].dep_ == "conj"):
            return False  # "Tom Hale met Ann Lee", "Tom Hale and Ann Lee"
    subjects = {t.i for t in before if t.dep_ in SUBJECTS and t.head.i == root}
    return any(before.start_char <= m["start"] < before.end_char and name_head(doc, m["start"]) in subjects
               for m in ent["mentions"])


def name_head(doc: Doc, char: int) -> int | None:
    """The index of the last token of the name starting at character `char` (a name's head)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return None
    tok = span[0]
    while tok.i + 1 < len(doc) and tok.dep_ == "compound" and tok.head.i == tok.i + 1:
        tok = doc[tok.i + 1]
    return tok.i
