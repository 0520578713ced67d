"""A post of a party or body marked with its name ('the Tory leader', 'the Lib Dem chairman', 'the
Scottish Labour leader'; not a country's: 'the Russian leader' may be its president): a person whose
role is titled by another post held now ('Home Secretary X', 'shadow chancellor Y'; not 'Ex-chatshow
host Z', nor another party post: 'GOP chairman W') is not its holder, however near the description
they are named."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.quotes.mentions import Mention, content_words
from pipeline.quotes.nationals import mark_of
from pipeline.quotes.offices import role_head

_PARTY_POSTS = content_words("leader chairman chairwoman chair")  # posts a party's own name marks
_ARTICLES = {"the", "this", "that", "a", "an"}
_FORMER = re.compile(r"^(?:ex\b|former\b|one-time\b)", re.IGNORECASE)  # 'Ex-chatshow host X': no post now


def party_post(head: Token) -> bool:
    """The description headed by `head` is a party's or body's post, a capitalised name before it
    that names no country or place ('the Tory leader'; not 'the leader', 'the party chairman', 'the
    Russian leader')."""
    if not content_words(head.lemma_) & _PARTY_POSTS:
        return False
    return any(t.text[:1].isupper() and t.lower_ not in _ARTICLES and mark_of(t.text) is None
               for t in head.doc[head.left_edge.i:head.i])


def posted_now(posted: set[str], mentions: list[Mention]) -> set[str]:
    """The entities of `posted` whose role is a post held now, not a former one ('Ex-chatshow host X'
    may be 'the Veritas leader'), nor another party post ('Wyoming GOP chairman')."""
    roles = {m.entity: m.role for m in mentions if m.entity in posted and m.role}
    return {ent for ent in posted if not _FORMER.match(roles.get(ent) or "")
            and role_head(roles.get(ent) or "") not in _PARTY_POSTS}
