"""Who holds another post than the public office a bare description names: 'the prime minister'
said is not the one introduced as 'Police Commissioner X' nor 'Home Secretary Y', whoever was the
subject of the sentence before. Such holders are passed over while someone whose role does not
name another post (or names none) was mentioned before.
"""

from __future__ import annotations

import re

from pipeline.quotemarks import quote_cues
from pipeline.quotes.cues import SPEAKER_NOUNS
from pipeline.quotes.mentions import content_words

# public offices one person holds at a time ('the president', 'the prime minister')
OFFICES = content_words("president premier minister chancellor governor mayor senator king queen")
_AFTER_HEAD = re.compile(r"\s+(?:of|for|at|to|in|on)\s+.*$", re.IGNORECASE)  # 'director of public …'
_BROAD = content_words(" ".join(quote_cues()["broad_roles"]))  # 'Democratic candidate': may be 'the senator'
_POSTS = set().union(*(content_words(noun) for noun in SPEAKER_NOUNS)) - _BROAD
_PREMIER, _PRIME_MINISTER = content_words("premier"), content_words("prime minister")


def same_office(words: set[str]) -> set[str]:
    """A description's content words with those of another name for its office: 'the premier' is
    'the prime minister' (and back)."""
    if words & _PREMIER or words >= _PRIME_MINISTER:
        return words | _PREMIER | _PRIME_MINISTER
    return words


def names_office(head: str, words: set[str]) -> bool:
    """A description naming one public office: 'the president', 'the prime minister' (a bare 'the
    minister' is any of a cabinet, who may be titled 'Home Secretary')."""
    stem = content_words(head)
    return bool(stem & OFFICES) and (stem != {"minis"} or len(words) > 1)


def role_head(role: str) -> str:
    """The stem of the noun a role is titled by: 'Metropolitan Police Commissioner' -> 'commi',
    'director of public prosecutions' -> 'direc'."""
    words = _AFTER_HEAD.sub("", role.strip()).split()
    stems = content_words(words[-1]) if words else set()
    return next(iter(stems), "")


def other_posts(posts: dict[str, str], roles: dict[str, set[str]], head: str, words: set[str]) -> set[str]:
    """The entities whose role is titled by another post than the office the description names
    ('Police Commissioner', 'Tory leader' for 'the prime minister'; not a broad role such as 'Democratic
    candidate'), sharing no word with it; `posts` maps an entity to its role's head (`role_head`),
    `roles` to its role's content words."""
    return posted_elsewhere(posts, roles, words) if names_office(head, words) else set()


def posted_elsewhere(posts: dict[str, str], roles: dict[str, set[str]], words: set[str]) -> set[str]:
    """The entities whose role is titled by a post the description's `words` lack, sharing no word
    with them ('Home Secretary X' for 'the Lib Dem leader')."""
    return {ent for ent, post in posts.items()
            if post in _POSTS and post not in words and not roles[ent] & words}
