"""Which person a job description ('the midfielder said', 'the actress says') names: one whose role
names that job ('Eastport midfielder X') and no other team before any other; never one whose role,
or an earlier description resolved to them, names a job on the other side of the staff line: a
player is no 'boss X' nor 'the agent', a boss no 'striker X'. One person holds many jobs on one side
('comedian X' is 'the actor', 'billionaire X' 'the investor'). A generic word of standing ('the
player', 'the star', 'the seed', 'the champion') is no job here: any player is one.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline import entities
from pipeline.quotes.cues import PERSON_NOUNS, SPEAKER_NOUNS
from pipeline.quotes.mentions import Mention, content_words

_TEAM_ROLES = entities.team_roles()
_GENERIC = content_words("player star veteran winner champion newcomer seed athlete man woman international")
_JOBS = set().union(*(content_words(noun) for noun in SPEAKER_NOUNS))  # stems of job nouns
# jobs that manage, serve or speak for another person: never that person
_STAFF = content_words("boss manager coach trainer agent lawyer spokesman adviser aide owner chairman")
_BENCH = content_words("boss manager coach")  # one job: a team's 'boss' is its manager or coach


class Jobs:
    """The jobs the people of one document are known to hold: their roles' heads and the job
    descriptions already resolved to them."""

    def __init__(self, mentions: list[Mention], posts: dict[str, str]):
        self.posts = posts  # entity -> stem of its role's head ('boss')
        self.marks: dict[str, set[str]] = {  # entity or name -> its roles' teams, countries
            m.entity: _marks(m.role) - {posts[m.entity]} for m in mentions if m.role and m.entity}
        self.described: dict[str, set[str]] = {}  # entity or name -> job stems resolved to it

    def held(self, m: Mention) -> set[str]:
        """The job stems the mention's person is known to hold."""
        post = self.posts.get(m.entity or "", "")
        jobs = _BENCH if post in _BENCH else {post} if post in _JOBS or post in _STAFF else set()
        return jobs | self.described.get(m.entity or m.name, set())

    def fits(self, m: Mention, job: str, marks: set[str]) -> bool:
        """The person is known to hold the job (its stem), by role or earlier description, and
        their role names no other team or country than the description's `marks` ('Eastport boss X'
        is no 'the Westbury boss')."""
        own = self.marks.get(m.entity or m.name, set())
        return job in self.held(m) and not (marks and own and not marks & own)

    def other(self, m: Mention, job: str) -> bool:
        """The person holds a job across the staff line from `job` and not `job` itself ('boss X'
        and 'the agent' are no 'the midfielder'; 'striker X' no 'the boss')."""
        held = self.held(m)
        return bool(held) and job not in held and (job in _STAFF) != bool(held & _STAFF)

    def note(self, m: Mention, job: str, marks: set[str]) -> None:
        """Remember that a description of `job` with `marks` ('the Westbury boss') was resolved to
        the mention's person."""
        self.described.setdefault(m.entity or m.name, set()).add(job)
        self.marks.setdefault(m.entity or m.name, set()).update(marks)


def _marks(text: str) -> set[str]:
    """Stems of the capitalised words of a role or description ('Eastport', 'French')."""
    return content_words(" ".join(w for w in text.split() if w[:1].isupper()))


def description_marks(text: str) -> set[str]:
    """Stems of the capitalised words of a description after its first word ('the Westbury boss')."""
    return _marks(text.split(" ", 1)[1] if " " in text else "")


def player_position(head: Token) -> bool:
    """A position in a team described as a person's ('the veteran lock', 'the star prop'): a team
    role noun a person noun modifies."""
    return head.lemma_.lower() in _TEAM_ROLES and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in PERSON_NOUNS for c in head.children)


def job_stem(noun: str) -> str:
    """The stem of a specific job noun ('midfielder' -> 'midfi'); '' for none or a generic one."""
    stems = content_words(noun) & _JOBS - _GENERIC
    return next(iter(stems), "")


def staff(job: str) -> bool:
    """The job stem manages, serves or speaks for another person ('agent', 'boss')."""
    return job in _STAFF
