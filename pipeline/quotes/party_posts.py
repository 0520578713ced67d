"""A post of a party or body marked with its name ('the Tory leader', 'the Lib Dem chairman', 'the
Scottish Labour leader'): a person whose role is titled by another post ('Home Secretary X', 'shadow
chancellor Y') is not its holder, however near the description they are named."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.mentions import content_words

_PARTY_POSTS = content_words("leader chairman chairwoman chair")  # posts a party's own name marks
_ARTICLES = {"the", "this", "that", "a", "an"}


def party_post(head: Token) -> bool:
    """The description headed by `head` is a party's or body's post, a capitalised name before it
    ('the Tory leader'; not 'the leader', 'the party chairman')."""
    if not content_words(head.lemma_) & _PARTY_POSTS:
        return False
    return any(t.text[:1].isupper() and t.lower_ not in _ARTICLES
               for t in head.doc[head.left_edge.i:head.i])
