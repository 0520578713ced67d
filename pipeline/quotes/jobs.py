"""Which person a job description ('the midfielder said', 'the actress says') names: one whose role
names that job ('Eastport midfielder X') before any other; never one whose role, or an earlier
description resolved to them, names a job on the other side of the staff line: a player is no 'boss
X' nor 'the agent', a boss no 'striker X'; two staff jobs are two people ('the agent', 'boss X'). One
person holds many other jobs at once ('comedian X' is 'the actor', 'billionaire X' 'the investor'),
and a generic word of standing ('the player', 'the star', 'the winner') fits any job.
"""

from __future__ import annotations

from pipeline.quotes.cues import SPEAKER_NOUNS
from pipeline.quotes.mentions import Mention, content_words

_GENERIC = content_words("player star veteran winner champion newcomer seed athlete man woman")
_JOBS = set().union(*(content_words(noun) for noun in SPEAKER_NOUNS))  # stems of job nouns
# jobs that manage, serve or speak for another person: never that person
_STAFF = content_words("boss manager coach trainer agent lawyer spokesman adviser aide owner chairman")


class Jobs:
    """The jobs the people of one document are known to hold: their roles' heads and the job
    descriptions already resolved to them."""

    def __init__(self, posts: dict[str, str], roles: dict[str, set[str]]):
        self.posts = posts  # entity -> stem of its role's head ('boss')
        self.roles = roles  # entity -> content words of its role
        self.described: dict[str, set[str]] = {}  # entity or name -> job stems resolved to it

    def held(self, m: Mention) -> set[str]:
        """The job stems the mention's person is known to hold."""
        post = self.posts.get(m.entity or "", "")
        jobs = {post} if post in _JOBS or post in _STAFF else set()
        return jobs | self.described.get(m.entity or m.name, set())

    def fits(self, m: Mention, job: str) -> bool:
        """The person is known to hold the job (its stem), by role or earlier description."""
        return job in self.held(m) or job in self.roles.get(m.entity or "", set())

    def other(self, m: Mention, job: str) -> bool:
        """The person holds a job across the staff line from `job`, or another staff job, and not
        `job` itself ('boss X' is no 'the midfielder', 'the agent' no 'boss X')."""
        held = self.held(m) - _GENERIC
        return (job not in _GENERIC and bool(held) and not self.fits(m, job)
                and (job in _STAFF or bool(held & _STAFF)))

    def note(self, m: Mention, job: str) -> None:
        """Remember that a description of `job` was resolved to the mention's person."""
        self.described.setdefault(m.entity or m.name, set()).add(job)


def job_stem(noun: str) -> str:
    """The stem of a job noun ('midfielder' -> 'midfi'); '' for no job noun."""
    stems = content_words(noun) & _JOBS
    return next(iter(stems), "")
