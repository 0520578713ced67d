"""The rest of a noun-phrase content the parse hung on the cue verb instead of the noun: an infinitive
('defended her plan | to cut fees'), a question joined to the noun ('talked about the harbour | and how
it will be dredged'), the next items of a list ('discussed rents, | parking, the schools'), and a 'that'
clause ('repeated his claim | that the dam was safe'), which makes it a claim.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.quotes.cues import ADDRESSEE_LEMMAS, is_cue

_NOMINAL = {"NOUN", "PROPN", "NUM"}
_QUESTION_WORDS = {"how", "why", "what", "whether"}
_JOINS = {"and", "or"}
_LISTED = {"dobj", "dep", "npadvmod", "appos", "conj"}  # how the parse hangs a list's next items
_ADDRESSING = {"on", "upon", "for"}  # 'called on X to A'
_PARTIES = {"PERSON", "ORG", "NORP", "GPE"}


def topic_tail(doc: Doc, verb: Token, first: Token, hi: int) -> int:
    """The end of the noun-phrase content of `verb` (its complement `first`) ending at token `hi`,
    taken on over what the parse hung on the verb right after it; else `hi`."""
    obj = _object(first)
    if obj is None or obj.right_edge.i != hi:
        return hi
    while True:
        end = (_list_item(doc, verb, hi) or _question(doc, verb, hi) or _infinitive(doc, verb, hi)
               or _that_clause(doc, verb, hi))
        if end is None or end <= hi:
            return hi
        hi = end


def _object(first: Token) -> Token | None:
    """The noun a content is: the object, or a preposition's object ('talked about X')."""
    if first.dep_ == "prep":
        first = next((c for c in first.children if c.dep_ == "pobj"), first)
    return first if first.dep_ in ("dobj", "pobj") and first.pos_ in _NOMINAL else None


def _infinitive(doc: Doc, verb: Token, hi: int) -> int | None:
    """'proposed new grants | to help libraries': an infinitive right after the object that the
    parse hung on the cue (not a verb of saying of its own: 'cited X to argue that A')."""
    to = doc[hi + 1] if hi + 1 < len(doc) else None
    if to is None or to.lower_ != "to" or to.dep_ != "aux":
        return None
    inf = to.head
    if inf.head.i != verb.i or not _hung(inf) or is_cue(inf) or _request(verb, doc[hi]):
        return None
    return inf.right_edge.i


def _that_clause(doc: Doc, verb: Token, hi: int) -> int | None:
    """'repeated his claim | that the dam was safe', 'mocked the rumour, | that A': a 'that' clause
    right after the object (a comma between) that the parse hung on the cue, not on the noun."""
    at = hi + 2 if hi + 2 < len(doc) and doc[hi + 1].text == "," else hi + 1
    if at + 1 >= len(doc) or doc[at].lower_ != "that" or doc[at].dep_ != "mark":
        return None
    clause = doc[at].head
    if clause.head.i != verb.i or clause.dep_ not in ("advcl", "ccomp") or clause.left_edge.i != at:
        return None
    return clause.right_edge.i


def _hung(inf: Token) -> bool:
    """An infinitive the parse hung on the verb as an adverbial clause, opening with its 'to'."""
    return inf.dep_ == "advcl" and inf.left_edge.lower_ == "to" and inf.left_edge.head.i == inf.i


def _request(verb: Token, last: Token) -> bool:
    """'urged voters to A', 'called on the mayor to B': what someone is asked to do, no topic."""
    if verb.lemma_.lower() in ADDRESSEE_LEMMAS:
        return True
    noun = last if last.dep_ == "pobj" else next((t for t in last.ancestors if t.dep_ == "pobj"), None)
    return noun is not None and noun.head.lower_ in _ADDRESSING and (noun.head.lower_ != "for" or (
        noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ in _PARTIES))  # 'called for X to go': X a party


def _question(doc: Doc, verb: Token, hi: int) -> int | None:
    """'talked about the harbour | and how it will be dredged': a question joined to the object,
    which the parse takes for a second verb of the sentence (its 'and' left on the object or not)."""
    at = hi + 1 if doc[hi].lower_ in _JOINS else hi + 2
    if at + 1 >= len(doc) or doc[at - 1].lower_ not in _JOINS or doc[at].lower_ not in _QUESTION_WORDS:
        return None
    clause = doc[at].head
    if clause.i <= at or clause.pos_ not in ("VERB", "AUX") or clause.left_edge.i != at or (
            not (clause.head.i == verb.i or verb.is_ancestor(clause) or clause.head.is_ancestor(verb))):
        return None
    return clause.right_edge.i


def _list_item(doc: Doc, verb: Token, hi: int) -> int | None:
    """'discussed rents, | parking, the schools': the next item of a list of objects, which the parse
    hung on the verb as a second object."""
    if hi + 2 >= len(doc) or doc[hi + 1].text != ",":
        return None
    item = next((c for c in verb.rights if c.dep_ == "dobj" and c.left_edge.i == hi + 2), None)
    return None if item is None or item.pos_ not in _NOMINAL else item.right_edge.i


def tail_tokens(roots: list[Token]) -> set[int]:
    """The tokens of the phrases `topic_tail` takes into a noun-phrase content, from the content's
    parse roots after its first, with the 'and' or ',' joining each: with them left out, the content
    is still a topic ('discussed X and how Y' names what was talked about)."""
    out: set[int] = set()
    for root in roots[1:]:
        lo = root.left_edge.i
        if lo >= 2 and _is_tail(root, root.doc[lo - 1]):
            joined = root.doc[lo - 1].lower_ in _JOINS or root.doc[lo - 1].text == ","
            out.update(range(lo - joined, root.right_edge.i + 1))
    return out


def _is_tail(root: Token, before: Token) -> bool:
    """An infinitive ('X | to Y'), a further object ('X, | Y'), a joined question ('X and | how Y'),
    a further gerund ('for A-ing, and | B-ing'), a participle on the last noun ('X | made public')."""
    if root.dep_ == "advcl" and root.tag_ in ("VBN", "VBD") and before.pos_ in ("NOUN", "PROPN"):
        return root.left_edge.i == root.i  # 'the bid to have X | made public': the noun's participle
    if root.dep_ == "advcl":
        return _hung(root) and not _request(root.head, before)
    if root.dep_ in _LISTED and before.text == "," and root.pos_ in _NOMINAL and (
            root.dep_ == "dobj" or any(c.dep_ == "cc" for c in root.children)):
        return True  # 'discussed X, | Y and Z', however the parse hung the rest of the list
    if root.dep_ == "conj" and root.tag_ == "VBG" and before.lower_ in _JOINS and root.left_edge.i == root.i:
        return True  # 'praised X for A-ing, and | B-ing': a second reason
    return (before.lower_ in _JOINS and root.left_edge.lower_ in _QUESTION_WORDS
            and root.pos_ in ("VERB", "AUX"))
