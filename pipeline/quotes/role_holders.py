"""Who a speaker's description holds: an office ('the chancellor said': the latest person in no
other post), a job ("the congressman's spokesman": one named with it), a body a representative
speaks for ('the BPI spokesman', 'an official of X'), an organisation introduced with an agentive
noun ('brewer X' for 'the brewer'). `Resolver` (speakers.py) builds on these."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from pipeline import entities
from pipeline.quotes.antecedents import MAX_ANTECEDENT_CHARS, PERSONISH
from pipeline.quotes.cues import BENCH_NOUNS, GROUP_NOUNS, PERSON_NOUNS, REPRESENTATIVE_NOUNS, TRADE_ENDINGS
from pipeline.quotes.jobs import description_marks, job_stem, staff
from pipeline.quotes.mentions import Mention, content_words
from pipeline.quotes.office_rivals import held_later, names_office_apart
from pipeline.quotes.offices import role_head, same_office
from pipeline.quotes.owned_offices import office_owner, serves
from pipeline.quotes.party_posts import party_post, posted_now
from pipeline.quotes.pronouns import PronounResolver, bare_noun
from pipeline.quotes.speaker_phrases import SUBJ_DEPS

_GROUPISH = {"ORG", "NORP", "GPE"}


class RoleHolders(PronounResolver):
    """The holders of offices and jobs, and the bodies representatives speak for, in one document."""

    def _spoken_for(self, head: Token, start: int, end: int, definite: bool) -> tuple[Mention | None] | None:
        """For a representative noun, the body it speaks for ('the BPI spokesman', 'an official of
        X': X, never a person named earlier), else one named with the job ("Mr X's spokesman", 'an
        aide to X': not X), else the body an earlier one of the same noun spoke for; (None,) when
        decided on no one, None when not decided."""
        if head.lemma_.lower() not in REPRESENTATIVE_NOUNS:
            return None
        body = self._represented(head)
        if body is not None:
            return (body,)
        if speaks_for(head):
            return (self._job_holder(head, self.text[start:end]),)
        if definite and head.tag_ == "NN":
            return self._spoken_for_before(head)  # 'A Bayern spokesman said … the spokesman said': Bayern
        return None

    def _office(self, head: Token, start: int, end: int) -> Mention | None:
        """The holder of the office a definite speaker noun names ('the chancellor said'), none for
        a bench ('the judge') or a staff job marked with a team no one named holds ('the Lions
        manager'); a holder found is described by the office."""
        if head.lemma_.lower() in BENCH_NOUNS:
            return None  # 'the judge said' of a story about 'singer X': no one named holds it
        if self._unmarked_staff(head, start, self.text[start:end]):
            return None  # 'the Lions manager' is no player named before
        raw = content_words(self.text[start:end])
        if held_later(self.roles, raw, self.mentions, start):
            return None  # 'the treasurer said … Treasurer Ola Brandt': no one named before is meant
        words = same_office(raw)  # 'the premier': 'the prime minister'
        other = self._other_holders(words) | self._other_offices(head.lemma_, words)  # 'the chancellor'
        posts = self._other_posts(head.lemma_, words, party := party_post(head))
        found = self._office_holder(start, other, posted_now(posts, self.mentions) if party else posts, words)
        if found is not None and found.entity is not None and found.entity not in self.roles:
            self.described.setdefault(found.entity, (role_head(head.lemma_), words))  # 'The Tory leader'
        return found

    def _introduced_as(self, noun: str, before: int) -> Mention | None:
        """The latest organisation named right after an agentive noun ('brewer X' for 'the brewer';
        not 'the state' of 'the state Y Senate race')."""
        if not noun.endswith(TRADE_ENDINGS):
            return None
        for m in self.earlier(before, {"ORG"}):
            lead = self.text[max(0, m.start - len(noun) - 2):m.start].lower()
            if m.entity is not None and lead[1:] == noun + " " and not lead[0].isalnum():
                return m
        return None

    def _office_holder(self, before: int, other: set[str | None], posts: set[str],
                       words: set[str]) -> Mention | None:
        """The person a bare office ('the chancellor said') refers back to: not one holding another
        office, nor the subject of the content (a speaker does not name himself: 'the chancellor said
        Mr X was never at meetings'); the latest such subject of a clause in this sentence or the one
        before when someone is named there alone (not 'X and Y') and no 'he' goes on (else further
        back), else the nearest; never one speaking of the office as another's (`office_rivals`)."""
        told = {m.entity or m.name for m in self.between(*self.content)
                if m.label in PERSONISH and self._told_subject(self._head(m))}
        fits = [m for m in self.earlier(before, PERSONISH)
                if m.entity not in other and (m.entity or m.name) not in told]
        apart = {m.entity or m.name for m in fits
                 if names_office_apart(self._head(m), words, self.office_phrases)}
        fits = [m for m in fits if (m.entity or m.name) not in apart]  # 'X said the treasurer had failed'
        fits = [m for m in fits if m.entity not in posts] or fits  # not 'Police Commissioner X'
        fits = [m for m in fits if not _relative(self._head(m))] or fits  # not 'the poll, where X won'
        since = self._sentence_before(before)
        if not fits or fits[0].start < since or _paired(self._head(fits[0])) \
                or self._carried_on(since, before):
            since = 0  # no one named there, a pair ('between X and Y'), or 'he' going on: further back
        for m in fits:
            if m.start < since:
                break  # 'X spoke … Y's stance. The Tory leader said': Y, not a subject further back
            head = self._head(m)
            if head.dep_ in SUBJ_DEPS or (head.dep_ == "appos" and head.head.dep_ in SUBJ_DEPS):
                return m
        return fits[0] if fits else None

    def _sentence_before(self, char: int) -> int:
        """The first character of the sentence before the one holding `char` (or of that one, first)."""
        sent = self.doc[max(0, bisect_right(self.t_starts, char) - 1)].sent
        return self.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char

    def _carried_on(self, since: int, before: int) -> bool:
        """A 'he' or 'she' is a subject outside quotes in [since, before): the story goes on about
        someone named further back ('He would not discuss paying Y. The prime minister said')."""
        i = bisect_right(self.t_starts, since - 1)
        return any(t.lower_ in ("he", "she") and t.dep_ in SUBJ_DEPS and not self.hidden(t.idx)
                   for t in self.doc[i:bisect_right(self.t_starts, before - 1)])

    def _told_subject(self, tok: Token) -> bool:
        """`tok` is the subject the content opens with ('(that) Mr X was never at meetings')."""
        lead = self.text[self.content[0]:tok.left_edge.idx].split()
        return tok.dep_ in SUBJ_DEPS and lead in ([], ["that"])

    def _head(self, m: Mention) -> Token:
        """The last token of a mention (its head, for a name)."""
        return self.doc[bisect_right(self.t_starts, m.end - 1) - 1]

    def _job_holder(self, head: Token, text: str) -> Mention | None:
        """The latest person named before whose role names the representative's job ('Jo Ware,
        spokesman for X' for "the congressman's spokesman") and no other name than the description
        `text` ("Y's spokeswoman" is no "X's spokeswoman"), else None."""
        job, marks, owner = content_words(head.lemma_), description_marks("the " + text), office_owner(head)
        for m in self.earlier(head.idx, PERSONISH):
            if m.entity is not None and job & self.roles.get(m.entity, set()):
                role = next(x.role for x in self.mentions if x.entity == m.entity and x.role)
                if owner and not serves(role, head, owner, self.name_words):
                    continue  # "the prime minister's spokesman" is no 'Lib Dem foreign affairs spokesman'
                own = description_marks("the " + role)
                return None if marks and own and not marks & own else m
        return None

    def _represented(self, head: Token) -> Mention | None:
        """The organisation (or country, or people, not by its adjective) a representative speaks for:
        a name before the noun ('the BPI spokesman', "Sony's spokeswoman") or after 'of', 'for', 'at'
        or 'from' ('an official of X', 'a spokesperson from X')."""
        near = [c for c in head.children if c.dep_ in ("compound", "poss", "nmod", "amod") and c.i < head.i]
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "at", "from"):
                near += [c for c in prep.children if c.dep_ == "pobj"]
        for tok in near:
            m = self._mention_at(tok)
            if m is not None and m.label in _GROUPISH and not (  # 'Japanese officials': not the people
                    tok.dep_ == "amod" and self.text[m.start:m.end].lower() in entities.demonyms()):
                return m
            owner = _owner(tok) if tok.tag_ == "NN" else None
            body = self._mention_at(owner) if owner is not None else None
            if m is None and body is not None and body.label in _GROUPISH:
                return body  # "a spokeswoman for the SEC's Boston office": the SEC
            if m is None and tok.dep_ == "pobj" and tok.tag_ == "NN" and tok.lower_ in GROUP_NOUNS \
                    and tok.left_edge.lower_ == "the" and not any(
                        c.dep_ == "compound" and c.pos_ == "NOUN" for c in tok.children):
                # 'a spokesman for the firm', not 'the supporters' club': a body of its own
                return self._organisation(tok.lower_, tok.idx, bare_noun(tok))
        return None

    def _unmarked_staff(self, head: Token, before: int, text: str) -> bool:
        """A staff job marked with a team or body ('the Lions manager', 'the Eastport coach') that no
        person named before is known to hold for it: no person of the story is meant."""
        job, marks = job_stem(head.lemma_), description_marks(text)
        return bool(job and staff(job) and marks) and not self._job_held(job, marks, before)

    def _unheld_job(self, head: Token, before: int) -> bool:
        """The description names a job ('the singer', not an office: 'the judge') no person named
        before is known to hold ('striker X' for 'the striker')."""
        if head.lemma_.lower() not in PERSON_NOUNS:
            return False
        job = job_stem(head.lemma_)
        return not job or not self._job_held(job, set(), before)

    def _job_held(self, job: str, marks: set[str], before: int) -> bool:
        """Some person named before `before` is known to hold `job` (for a body `marks` names)."""
        return any(self.jobs.fits(m, job, marks) for m in self.earlier(before, PERSONISH))

    def _spoken_for_before(self, head: Token) -> tuple[Mention | None] | None:
        """The body the latest earlier representative of the same noun outside quotes that names one
        spoke for ('a Bayern spokesman' for 'the spokesman'), within MAX_ANTECEDENT_CHARS; (None,)
        when such representatives name none (the spokesman of no one named is no person named
        before), None when there are none."""
        lemma, j, seen = head.lemma_.lower(), head.i - 1, False
        while j >= 0 and head.idx - self.doc[j].idx < MAX_ANTECEDENT_CHARS:
            tok = self.doc[j]
            j -= 1
            if tok.lemma_.lower() == lemma and tok.pos_ == "NOUN" and not self.hidden(tok.idx):
                seen, body = True, self._represented(tok)
                if body is not None:
                    return (body,)
        return (None,) if seen else None


def _paired(tok: Token) -> bool:
    """A name coordinated with another ('between X and Y'): neither is more the one meant."""
    return tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)


def _relative(tok: Token) -> bool:
    """A name inside a relative clause ('the election, where X opposed it', 'a bill which X wrote'):
    background to its sentence, not whom the story goes on about."""
    while tok.head.i != tok.i:
        if tok.dep_ == "relcl":
            return True
        tok = tok.head
    return False


def _owner(head: Token) -> Token | None:
    """The possessor of a noun ("Mr X's book", 'its website'), if any."""
    return next((c for c in head.children if c.dep_ == "poss"), None)


def speaks_for(head: Token) -> bool:
    """A representative noun with whom it speaks for ("X's spokesman", 'his aide', 'a lawyer for X')."""
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "for", "to") and any(
        g.dep_ == "pobj" for g in c.children)) for c in head.children)


def ranked(head: Token) -> bool:
    """A player described by a ranking, the world's or a nation's: 'the world number 60', 'the
    world No 1', 'the Danish number two', 'the US No 3'."""
    return head.lower_ in ("number", "no") and any(entities.ranking_scope(c) for c in head.children) \
        and any(c.dep_ == "nummod" or (c.dep_ == "appos" and c.like_num and c.i == head.i + 1)
                for c in head.children)
