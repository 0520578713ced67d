"""When a quote's description speaker ("The treasurer said ...") names a person's office though the
person was not the last one named: `spokenroles.fill` asks these two tests of the link the quotes
stage made. A holder named earlier in the paragraph with only people holding posts of their own named
since ("Tom Hale met the mayor, Ann Lee. ... The treasurer said"), or a description opening the story
whose person the next sentence introduces as its subject ("The treasurer says he ... . Tom Hale
...")."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.entities import lexicon as L
from pipeline.entities import spokenroles as SR  # its module, not names: spokenroles imports this one
from pipeline.nlp.extensions import doc_text


def skipped_holder(doc: Doc, named: list[tuple[int, str]], sp: dict, eid: str, ents: dict[str, dict]) -> bool:
    """Person `eid` is named outside quote marks earlier in the description's paragraph, and everyone
    named after that up to the description holds a post of their own (a title by list), none ending
    in the description's head word (at least one: else the person was the last named)."""
    start = sp["start"]
    before = [(s, e) for s, e in named if s < start]
    own = [s for s, e in before if e == eid]
    if not own or "\n" in doc_text(doc)[own[-1]:start] or SR.quoted(doc_text(doc), own[-1]):
        return False
    since = [e for s, e in before if s > own[-1]]
    head = L.fold(doc_text(doc)[sp["start"]:sp["end"]].split()[-1])
    roles = [(ents[e].get("role") or "").lower() for e in since]
    return bool(since) and all(_post(r) and not r.endswith(head) for r in roles)


def _post(role: str) -> bool:
    """A role headed by a title by list ("home secretary", "party leader"), a post that is not the
    description's; not a job or epithet the description may restate ("film star" for "the actor")."""
    words = role.replace("-", " ").split()
    return bool(words) and L.is_title(L.fold(words[-1]))


def introduced_next(doc: Doc, named: list[tuple[int, str]], sp: dict, eid: str) -> bool:
    """The description opens its sentence (or line) with no one named before it in the article, and the first
    person named after it is `eid`, as the subject of the next sentence."""
    if any(s < sp["start"] for s, _ in named):
        return False
    after = [(s, e) for s, e in named if s >= sp["end"]]
    span = doc.char_span(sp["start"], sp["end"], alignment_mode="expand")
    if not after or after[0][1] != eid or span is None:
        return False
    if span.start != span.sent.start and doc_text(doc)[sp["start"] - 1] != "\n":
        return False  # opening its sentence, or its line after a headline the parse joined to it
    k = SR.name_head(doc, after[0][0])
    nxt = span.sent.end
    if k is None or nxt >= len(doc) or doc[k].sent.start != doc[nxt].sent.start:
        return False
    return doc[k].dep_ in SR.SUBJECTS and not SR.quoted(doc_text(doc), after[0][0])
