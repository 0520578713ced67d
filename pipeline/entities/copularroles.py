"""A role said of a person in a clause of "be" rather than beside the name: the name the subject
("Tom Hale is a regular presenter on the Kelby Radio show Night Owls", "Ann Lee was the head coach",
"Tom Hale is one of Kelby's best-known sculptors") or a "who" clause after it (", who will be the
team manager"). The complement must be headed by a role word; a clause denied, wished or supposed
("is not", "would be", "if ... were"), claimed ("said X was"), judged ("the best", "the only") or
inside someone's quoted words gives none. The weakest sign: run by the quotes stage on
`doc._.entities` after `spokenroles` and `subjectroles`, for a person still with no role."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.entities import context as X
from pipeline.entities import lexicon as L
from pipeline.entities import relationroles as RR
from pipeline.entities import roleopenings as RO
from pipeline.entities.appositions import ARTICLES, MAX_WORDS, POSSESSIVES, STOPS, phrase_text, without_owner
from pipeline.entities.pretitles import PAST_MARKERS
from pipeline.entities.spokenroles import quoted
from pipeline.nlp.extensions import doc_text

COPULAS = frozenset({"be", "become", "remain"})  # "is", "became", "remains" the coach
SURE_MODALS = frozenset({"will", "'ll"})  # "will be the head coach": said as settled
DENIALS = frozenset({"never", "longer"})  # "was never", "is no longer" the coach
DOUBT_MARKS = frozenset({"if", "unless", "whether", "though", "although"})
UNIQUE = frozenset({"only", "sole", "lone"})  # "the only player to", "the sole representative"
GRADED = frozenset({"JJR", "JJS", "RBR", "RBS"})  # "more powerful", "best": a judgement, no post
BODY_PREPS = frozenset({"of", "for", "at"})  # the body a post is held at
RANKS = L.TITLE_RANKS | {"senior", "principal"}  # "senior researcher", "principal engineer"
PEOPLE = frozenset({"man", "woman", "person", "one", "people", "men", "women", "figure", "fan"})
ASIDES = frozenset({"punct", "appos"})  # "Tom Hale, 34, is": an age or description aside
HONORIFIC_REACH = 2  # words before a name the subject may open with ("Mr", "Sir")


def fill(doc: Doc) -> None:
    """Give each PERSON entity with no role the first role a clause of "be" says of one of its
    mentions; none without a parse."""
    if not doc.has_annotation("DEP"):
        return
    for ent in doc._.entities or []:
        if ent["label"] != "PERSON" or ent["role"]:
            continue
        for m in ent["mentions"]:
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            found = RR.unowned(RR.kept(copular(doc, span.start, span.end))) if span is not None else None
            if found and not X.org_role(found):
                ent["role"] = found
                break


def copular(doc: Doc, start: int, end: int) -> str | None:
    """The role the clause of "be" gives the name at start:end as its subject or in a "who" clause
    after it, or None (always without a parse)."""
    if not doc.has_annotation("DEP") or start >= end:
        return None
    root = doc[start:end].root
    verb = _subject_of(root, start, end) or _relative(doc, root, end)
    if verb is None:
        return _inverted(doc, root, start, end)
    if verb.dep_ == "ccomp" or _doubted(verb) or quoted(doc_text(doc), doc[start].idx):
        return None
    attr = next((t for t in verb.rights if t.dep_ == "attr"), None)
    if attr is None or quoted(doc_text(doc), attr.idx):  # 'Tom Hale was "a snake oil salesman"'
        return None
    return _role(doc, attr)


def _subject_of(root: Token, start: int, end: int) -> Token | None:
    """The copula the name is the whole subject of ("Tom Hale is", "Mr Hale was"; not "Tom Hale and
    Ann Lee are", "Tom Hale's son is")."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.i < end or verb.lemma_.lower() not in COPULAS:
        return None
    if root.left_edge.i < start - HONORIFIC_REACH:
        return None
    if any(t.i >= end and t.dep_ not in ASIDES for t in root.rights):
        return None  # "Tom Hale, 34, is" keeps its aside
    return None if any(t.dep_ in {"conj", "cc"} for t in root.children) else verb


def _relative(doc: Doc, root: Token, end: int) -> Token | None:
    """The copula of a "who" clause right after the name and a comma (", who will be the coach")."""
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "who":
        return None
    verb = doc[end + 1].head
    if verb.dep_ != "relcl" or verb.head.i != root.i or verb.lemma_.lower() not in COPULAS:
        return None
    return verb if doc[end + 1].dep_ == "nsubj" else None


def _inverted(doc: Doc, root: Token, start: int, end: int) -> str | None:
    """The role a definite subject gives the name that completes its clause of "be" ("The firm's
    new chairman is Tom Hale", "Its director was Ann Lee"); no "one of" or indefinite subject."""
    verb = root.head
    if root.dep_ != "attr" or verb.i > start or verb.lemma_.lower() not in COPULAS or verb.dep_ == "ccomp":
        return None
    if root.left_edge.i < start - HONORIFIC_REACH or any(t.dep_ in {"conj", "cc"} for t in root.rights):
        return None  # "Tom Hale and Ann Lee": a pair; an aside after the name may follow
    subject = next((t for t in verb.lefts if t.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or _doubted(verb) or quoted(doc_text(doc), subject.idx):
        return None
    if not any(t.dep_ == "poss" or t.lower_ == "the" and t.dep_ == "det" for t in subject.lefts):
        return None  # "A regular guest was Tom Hale": one of several
    return _role(doc, subject)


def _doubted(verb: Token) -> bool:
    """The clause is denied, wished or supposed: a "not", a modal other than "will", an "if"."""
    for t in verb.children:
        if t.dep_ == "neg" or t.tag_ == "MD" and t.lower_ not in SURE_MODALS or t.lower_ in DENIALS:
            return True
        if t.dep_ == "mark" and t.lower_ in DOUBT_MARKS:
            return True
    return False


def _role(doc: Doc, attr: Token) -> str | None:
    """The role phrase the complement headed by `attr` gives: a role noun with its modifiers and a
    short body ("regular presenter on the Kelby Radio show"), or the singular of "one of the <plural
    role>" ("one of Kelby's best-known sculptors" -> "Kelby's best-known sculptor")."""
    if attr.lower_ == "one" and attr.pos_ == "NUM":
        return _one_of(attr)
    if attr.pos_ != "NOUN" or not attr.is_lower or attr.lower_ in PEOPLE or not _post(attr):
        return None
    if any(t.dep_ == "det" and t.lower_ not in ARTICLES for t in attr.children):
        return None  # "another player on the sidelines": a description
    words = _named_tail(doc, _span(doc, attr.left_edge.i, attr.right_edge.i + 1))
    if any(t.tag_ in GRADED or t.tag_ == "PDT" or t.lower_ in UNIQUE for t in words if t.i < attr.i):
        return None  # "a more powerful player", "the best striker", "such a", "the only player": a judgement
    if words and words[-1].i < attr.right_edge.i and _clause_after(doc, words[-1].i + 1):
        return None  # "the only player to put up", "organiser of a team whose players rotated"
    if len(words) > MAX_WORDS or _ranked_only(attr):
        words = [t for t in words if t.i <= attr.i]
    words = words[1:] if words and words[0].lower_ in POSSESSIVES else words  # "her director of X"
    opened = RO.opened(without_owner(words))
    if not opened or len(opened) > MAX_WORDS or not opened[0].i <= attr.i <= opened[-1].i:
        return None  # the phrase cut before its head
    return phrase_text(opened)


def _clause_after(doc: Doc, k: int) -> bool:
    """Token k, where the phrase stopped inside its complement, opens a clause that defines it (a
    verb, "to", a relative pronoun), not an aside after a comma."""
    return k < len(doc) and doc[k].text not in STOPS and not doc[k].is_space


def _post(attr: Token) -> bool:
    """A title ("coach", "manager"), a listed role noun with a role's suffix ("commentator"), a role
    noun a rank opens ("senior officer"), or a role noun the body the post is held at follows
    ("editor of the Kelby Gazette", "boss of Norvik"; not "an outsider in the race", "an unlikely
    major star"); no epithet ("a Kelby legend")."""
    low = L.fold(attr.text)
    if low in RR.EPITHETS or attr.i + 1 < len(attr.doc) and attr.doc[attr.i + 1].text == "-":
        return False  # "vice" + "-captain": a word the parse cut
    if L.is_title(low) or low in L.ROLE_NOUNS and L.role_noun(attr):
        return True
    if any(_describing(t) for t in attr.lefts):
        return False  # "an outspoken supporter of X", "the defining character of Y": a description
    if L.role_noun(attr) and _ranked(attr):
        return True  # "senior records officer", "chief designer": a rank says a post, with no body
    return L.role_noun(attr, True) and any(t.dep_ == "prep" and t.lower_ in BODY_PREPS for t in attr.rights)


def _ranked(attr: Token) -> bool:
    """A rank word opens the role noun ("senior records officer", "assistant curator")."""
    return any(t.lower_ in RANKS and t.dep_ in {"amod", "compound"} for t in attr.lefts)


def _ranked_only(attr: Token) -> bool:
    """A post a rank gave with no body after it: its phrase ends at the noun ("senior officer on the
    picket line" -> "senior officer"); a body's preposition keeps it ("chief curator at the Kelby Museum")."""
    if L.is_title(L.fold(attr.text)) or not _ranked(attr):
        return False
    prep = next((t for t in attr.rights if t.dep_ == "prep"), None)
    return prep is None or prep.lower_ not in BODY_PREPS


def _describing(tok: Token) -> bool:
    """An adjective before a role noun by suffix that describes the person, not the post: no title's
    or role's modifier ("senior", "former"), nor a hyphened one ("Kelby-based")."""
    if tok.dep_ != "amod" or tok.pos_ not in {"ADJ", "VERB"} or "-" in tok.text:
        return False
    doc, key = tok.doc, L.fold(tok.text)
    hyphened = tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" or doc[tok.i - 1].text == "-"
    return not (hyphened or key in L.TITLE_MODIFIERS or key in L.ROLE_MODIFIERS or key in PAST_MARKERS)


def _one_of(attr: Token) -> str | None:
    """"one of <modifiers> <plural role>" in the singular."""
    prep = next((t for t in attr.rights if t.dep_ == "prep" and t.lower_ == "of"), None)
    plural = next((t for t in prep.children if t.dep_ == "pobj"), None) if prep is not None else None
    if plural is None or plural.tag_ != "NNS" or not plural.is_lower:
        return None
    low = plural.lemma_.lower()
    if low in PEOPLE or not L.role_word(low):
        return None
    words = [t for t in _span(attr.doc, plural.left_edge.i, plural.i) if t.lower_ not in POSSESSIVES]
    if any(t.tag_ in GRADED for t in words):
        return low  # "one of the most effective leaders": a leader, the judgement left out
    words = RO.opened(without_owner([t for t in words if t.pos_ != "DET"])) if words else []
    if words is None or len(words) >= MAX_WORDS:
        return None
    return f"{phrase_text(words)} {low}" if words else low


def _span(doc: Doc, first: int, last: int) -> list[Token]:
    """The tokens first..last up to the first stop, verb or relative pronoun."""
    out = []
    for t in doc[first:last]:
        verb = t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"}  # not "best-known"
        if t.text in STOPS or t.is_space or verb or t.tag_ in {"WDT", "WP"}:
            break
        out.append(t)
    return out


def _named_tail(doc: Doc, words: list[Token]) -> list[Token]:
    """The phrase carried over the name the parse hung elsewhere after a class noun ending it ("on the
    Kelby Radio show" + "Night Owls")."""
    if not words or not words[-1].is_lower or words[-1].pos_ != "NOUN":
        return words
    k = words[-1].i + 1
    while k < len(doc) and doc[k].pos_ == "PROPN" and len(words) <= MAX_WORDS and not doc[k - 1].is_space:
        words = [*words, doc[k]]
        k += 1
    return words
