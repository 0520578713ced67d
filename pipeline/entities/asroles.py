"""A role given to a person with "as" right after the name ("with Tom Hale as producer", "named Ann
Lee as its new manager") or after the post their possessive holds ("Tom Hale's job as musical
director", "Ann Lee's spell of head coach"): the role noun phrase after "as"/"of", without its
article or possessive pronoun, with a short "of/at/for" body. Right after the name only after "with"
or a verb of appointing, no view of them ("sees Tom Hale as a threat", "Tom Hale as president"); not
the part an actor plays ("starring Ann Lee as a nurse"), nor what may be ("would", "if")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.entities import lexicon as L
from pipeline.entities.appositions import ARTICLES, MAX_WORDS, POSSESSIVES

POST_NOUNS = frozenset(L.CUES["post_nouns"])  # "job", "spell": a post a name's possessive holds
APPOINTMENT_VERBS = frozenset(L.CUES["appointment_verbs"])  # "named" X as manager: X's post
PERFORMING_VERBS = frozenset(L.CUES["performing_verbs"])  # "starring" X as a nurse: a part played
FINITE = frozenset({"VBD", "VBN", "VBZ", "VBP"})  # "named", "has named", "names"
MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN"})  # "new", "musical", "Kelby" manager
BODY_PREPS = frozenset({"of", "at", "for"})  # the body a post is held at
MAX_BODY = 5  # words of the "of" body kept after the role's noun


def as_role(doc: Doc, start: int, end: int) -> str | None:
    """The role "as" (or a post's "as"/"of") gives the name at start:end, or None (always without a
    parse: a lean pipeline sets no sentences to read)."""
    if not doc.has_annotation("DEP"):
        return None
    k = _post_after(doc, end)
    if k is None or doc[k].lower_ not in {"as", "of"} or _blocked(doc, start, k):
        return None
    if k == end and not (_with(doc, start) or _appointed(doc, start, end)):
        return None  # "sees X as a threat", "X as president would": a view, not a post
    return _role_phrase(doc, k + 1)


def _with(doc: Doc, start: int) -> bool:
    """"with" right before the name, inside its sentence ("..., with X as producer"; not "With X as
    president, the party ...", a circumstance)."""
    return start > 0 and doc[start - 1].lower_ == "with" and not doc[start - 1].is_sent_start


def _appointed(doc: Doc, start: int, end: int) -> bool:
    """The name is the object of a finite verb of appointing ("named X as its manager"; not "opposed to
    electing X as", what is wished)."""
    head = doc[start:end].root.head
    return head.tag_ in FINITE and head.lemma_.lower() in APPOINTMENT_VERBS and head.i < start


def _post_after(doc: Doc, end: int) -> int | None:
    """The index of "as"/"of" after the name ending at `end`: right after it, or after its
    possessive and a post noun ("'s job", "'s first spell")."""
    if end < len(doc) and doc[end].lower_ == "as":
        return end
    if end + 1 >= len(doc) or doc[end].tag_ != "POS":
        return None
    k = end + 1
    while k < len(doc) and k - end <= 3 and doc[k].lower_ not in POST_NOUNS:
        if not (doc[k].is_lower and doc[k].pos_ in {"ADJ", "NUM"} or doc[k].tag_ == "JJ"):
            return None  # "Tom Hale's first" spell; not "Tom Hale's team as captain"
        k += 1
    return k + 1 if k + 1 < len(doc) and doc[k].lower_ in POST_NOUNS else None


def _blocked(doc: Doc, start: int, k: int) -> bool:
    """The sentence plays a part ("starring"), says what may be ("would", "if"), or "as" opens a
    comparison ("as well as", "as much as")."""
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    if nxt is None or nxt.lower_ in {"well", "much", "many", "long", "soon", "far", "if", "though"}:
        return True
    sent = doc[start].sent
    return any(t.lemma_.lower() in PERFORMING_VERBS and t.pos_ in {"VERB", "AUX"} or t.tag_ == "MD"
               or t.lower_ in {"if", "whether", "unless"} for t in sent)


def _role_phrase(doc: Doc, i: int) -> str | None:
    """The role noun phrase opening at token i, past an article or possessive pronoun: lower-case
    modifiers and a lower-case role noun heading them, with a short "of" body after it."""
    while i < len(doc) and (doc[i].lower_ in ARTICLES or doc[i].lower_ in POSSESSIVES):
        i += 1
    first, k = i, i
    while k < len(doc) and k - first < MAX_WORDS and _modifier(doc[k]) and not _head(doc, k):
        k += 1
    if k >= len(doc) or not _head(doc, k):
        return None
    end = _body_end(doc, doc[k]) or k + 1
    return doc[first:end].text


def _head(doc: Doc, k: int) -> bool:
    """Token k is a lower-case role noun ending its phrase (no noun after it: "manager", not
    "manager job")."""
    tok = doc[k]
    if not (tok.is_lower and tok.pos_ == "NOUN" and L.role_noun(tok, True)):
        return False
    return k + 1 >= len(doc) or doc[k + 1].pos_ not in {"NOUN", "PROPN"} or doc[k + 1].tag_ == "POS"


def _modifier(tok: Token) -> bool:
    """A word before a role's noun ("new", "musical", "assistant", "first-team"), or a hyphen inside one."""
    if tok.text == "-":
        return not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_
    return tok.is_alpha and tok.pos_ in MODIFIER_POS and (tok.is_lower or L.is_title_word(tok.text))


def _body_end(doc: Doc, head: Token) -> int | None:
    """The end of a short "of/at/for" body after the role's noun, with no verb in it ("director of the
    Kelby show"), or None."""
    preps = [t for t in head.rights if t.lower_ in BODY_PREPS and t.i == head.i + 1 and t.dep_ == "prep"]
    if not preps:
        return None
    last = preps[0].right_edge.i + 1
    body = doc[head.i + 1 : last]
    if last - head.i - 1 > MAX_BODY or any(t.pos_ in {"VERB", "AUX"} or t.text in {",", ";"} for t in body):
        return None
    return last
