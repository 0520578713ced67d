"""Who a bare office ('the treasurer said') cannot refer back to: a person who, in the sentence they
are named in, speaks of or acts on that office as a third party ('Ada Voss said the treasurer had
failed'; 'Ada Voss attacked the treasurer'), and anyone else when the article names the office's
holder by that role only later ('the treasurer said … Treasurer Ola Brandt'): a missing link is
better than a guessed one."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.antecedents import PERSONISH
from pipeline.quotes.mentions import Mention, content_words
from pipeline.quotes.offices import same_office

_ARGS = {"ccomp", "dobj", "xcomp"}  # a verb's content or object: 'said (that) the X …', 'attacked the X'
_SUBJECTS = {"nsubj", "nsubjpass"}


def names_office_apart(name: Token, words: set[str], phrases: dict[int, list[tuple[int, set[str]]]]) -> bool:
    """The name `name` (its head) is the subject of a verb whose content or object holds a definite
    description whose content words are `words` (with another name for the office:
    `offices.same_office`): the person speaks of or acts on the office as another's ('Ada Voss said
    the treasurer had failed', 'Ada Voss attacked the treasurer'; not 'X met Y the day after the
    treasurer spoke'). `phrases` caches each sentence's descriptions by its first token."""
    if name.dep_ not in _SUBJECTS:
        return False
    sent, verb = name.sent, name.head
    if sent.start not in phrases:
        phrases[sent.start] = [(tok.i, same_office(content_words(sent.doc[tok.left_edge.i:tok.i + 1].text)))
                               for tok in sent if tok.pos_ == "NOUN" and tok.left_edge.lower_ == "the"]
    return any(found == words and _argument_of(sent.doc[i], verb) for i, found in phrases[sent.start])


def _argument_of(tok: Token, verb: Token) -> bool:
    """`tok` lies inside the content clause or the object of `verb`."""
    while tok.head.i != tok.i:
        if tok.head.i == verb.i:
            return tok.dep_ in _ARGS
        tok = tok.head
    return False


def held_later(roles: dict[str | None, set[str]], words: set[str], mentions: list[Mention],
               before: int) -> bool:
    """Some person named only after character `before` holds by their role exactly the office of
    the description's content `words` ('Treasurer Ola Brandt' after 'the treasurer said')."""
    holders = {m.entity for m in mentions if m.label in PERSONISH and m.entity is not None
               and roles.get(m.entity) == words}
    earlier = {m.entity for m in mentions if m.start < before}
    return bool(holders - earlier)
