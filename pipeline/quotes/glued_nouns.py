"""Nouns of written words a possessor holds ("Mr X's book suggests", "her e-mail said"), also when
the tokenizer split the noun at its hyphen ('e-mail' as 'e', '-', 'mail', the possessor hung on the
first piece): the possessor is who wrote them."""

from __future__ import annotations

from spacy.tokens import Token

_MAX_PIECES = 3  # 'e-mail', 'op-ed', 'follow-up-note'


def written_owner(head: Token, nouns: frozenset[str] | set[str]) -> Token | None:
    """The possessor of a noun of written words in `nouns` ('Mr X' of "Mr X's e-mail"), else None."""
    first, word = glued_word(head)
    if head.lemma_.lower() not in nouns and word not in nouns:
        return None
    for tok in head.doc[first:head.i + 1]:
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner
    return None


def glued_word(head: Token) -> tuple[int, str]:
    """The index of the first piece of the word `head` ends, when the tokenizer split it at hyphens
    written without spaces ('e-mail'), and the word in lower case; else `head` alone."""
    doc, first = head.doc, head.i
    while first >= 2 and head.i - first < 2 * (_MAX_PIECES - 1) and doc[first - 1].text == "-" \
            and not doc[first - 1].whitespace_ and not doc[first - 2].whitespace_ and doc[first - 2].is_alpha:
        first -= 2
    return first, doc[first:head.i + 1].text.lower() if first < head.i else head.lemma_.lower()
