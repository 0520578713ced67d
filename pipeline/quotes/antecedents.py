"""Where an article's entity mentions are, for speakers: the mention at a token, the earlier
mentions of a label, the entity a description ('the bank', 'the minister') refers back to."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from pipeline.quotes.acting_bodies import GROUPS, acted
from pipeline.quotes.cues import BODY_NOUNS, COMPANY_NOUNS, ROLE_QUALIFIERS, SPEECH_LEMMAS, is_according
from pipeline.quotes.jobs import Jobs, staff
from pipeline.quotes.marks import Spans
from pipeline.quotes.mentions import Mention, content_words, merge_mentions, model_mentions, stage_mentions
from pipeline.quotes.offices import OFFICES as _OFFICES  # 'the prime minister' is not 'President X'
from pipeline.quotes.offices import other_posts, posted_elsewhere, role_head
from pipeline.quotes.party_people import stand_ins
from pipeline.quotes.speaker_phrases import SUBJ_DEPS

MAX_ANTECEDENT_CHARS = 3000  # how far back a pronoun or description looks for its referent
PERSONISH = {"PERSON"}
_QUALIFIERS = content_words(" ".join(ROLE_QUALIFIERS))  # "the chancellor" is not the shadow chancellor
_PRESS = {"newspaper", "paper", "magazine"}  # a body that only a name that spoke may be ('said the X')


def _other_office(role: set[str], words: set[str]) -> bool:
    """The role (content words) is qualified by a word the description lacks ("shadow")."""
    return bool((role & _QUALIFIERS) - words)


class MentionIndex:
    """The entity mentions of one document, sorted, with the lookups speaker resolution needs."""

    def __init__(self, doc: Doc, quotes: Spans, text: str, starts: list[int]):
        self.doc = doc
        self.text = text
        self.quotes = quotes
        ents = doc._.entities if Doc.has_extension("entities") else None
        self.mentions = merge_mentions(stage_mentions(ents or []), model_mentions(doc, text))
        self.m_starts = [m.start for m in self.mentions]
        self.parties = stand_ins(self.mentions)  # "Tories" as the party "the party" may refer back to
        self.roles = {m.entity: content_words(m.role) for m in self.mentions if m.role and m.entity}
        self.posts = {m.entity: role_head(m.role) for m in self.mentions if m.role and m.entity}
        self.name_words = {w.lower() for m in self.mentions if m.label in PERSONISH for w in m.name.split()}
        self.jobs = Jobs(self.mentions, self.posts)  # who holds which job ('the midfielder' is no 'boss X')
        self.t_starts = starts  # each token's first character
        # an entity with no role -> the post and words of a description of an office resolved to it
        self.described: dict[str, tuple[str, set[str]]] = {}
        self.content: tuple[int, int] = (0, 0)  # the words of the quote being attributed
        self.marks: dict[Mention, set] = {}  # a mention -> the country marks it shows (`nationals`)
        self.named_as: dict[str, list[Mention]] | None = None  # entity or name -> its mentions (`nationals`)
        self.office_phrases: dict[int, list[tuple[int, set[str]]]] = {}  # 'the X' by sentence

    def hidden(self, char: int) -> bool:
        """Inside quote marks or the content being attributed ('The EU was imposing standards, it noted')."""
        return self.quotes.index_at(char) is not None or self.content[0] <= char < self.content[1]

    def _org_inside(self, subj: Token) -> Mention | None:
        """The last organisation named inside a subject phrase ('Shares in X', 'The board of X')."""
        first, last = subj.left_edge, subj.right_edge
        orgs = [m for m in self.between(first.idx, last.idx + len(last)) if m.label == "ORG"]
        return orgs[-1] if orgs else None

    def by_surname(self, tok: Token, linked: bool = False) -> Mention | None:
        """The latest earlier PERSON mention (of an entity, if `linked`) whose name ends with this
        word ('Mr Sridharan')."""
        i = bisect_left(self.m_starts, tok.idx) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.label in PERSONISH and m.name.split()[-1:] == [tok.text] and (m.entity or not linked):
                return Mention(m.start, m.end, m.entity, m.name, m.label, m.role)
            i -= 1
        return None

    def _organisation(self, noun: str, before: int, bare: bool = False) -> Mention | None:
        """The organisation entity a definite 'the <noun>' refers back to, among the ORG entities
        named before: the one named most often as an ORG, with a bonus of three mentions when its name
        holds the noun ('the bank' ~ 'Bank of Mexico') or it was introduced with it ('the airline
        Ryanair'); ties go to the latest named. Only a company noun ('the firm') refers to an
        entity without that bond. A `bare` generic noun ('the organisation') first takes the latest
        fitting subject (`_recent_body`), of any label, one named with the noun first."""
        bonded: set[str] = set()  # entities of any label named with the noun ('the Green Party')
        orgs: dict[str, tuple[int, bool, Mention]] = {}  # counted over their ORG mentions only
        for i, m in enumerate(self.mentions[:bisect_left(self.m_starts, before)]):
            party = self.parties.get(i) if noun == "party" else None  # 'the Tories' of the party 'GOP'
            m = party or m
            if m.entity is None:
                continue
            # the word right before the name ('website X'), not one further ('Government figures show X')
            lead = self.text[max(0, m.start - 40):m.start].lower().split()[-1:]
            bond = party is not None or noun in m.name.lower().split() or any(w.endswith(noun) for w in lead)
            if bond:
                bonded.add(m.entity)
            if m.label == "ORG":
                count, had, _ = orgs.get(m.entity, (0, False, m))
                orgs[m.entity] = (count + 1, had or bond, m)
        recent = self._recent_body(noun, before, bonded) if bare else None
        if recent is not None:
            return recent
        if not orgs:
            return None
        count, bond, best = max(orgs.values(), key=lambda v: (v[0] + 3 * v[1], v[2].start))
        if not bond and noun in GROUPS and not acted(self.doc, self.t_starts, self.mentions, best.entity,
                                                         before):
            return None  # 'the group' of a campaign the entities missed, not the party it fights
        return best if bond or noun in COMPANY_NOUNS else None

    def _recent_body(self, noun: str, before: int, bonded: set[str],
                     labels: frozenset[str] | None = None) -> Mention | None:
        """The body a generic description ('the organisation', 'the party') refers back to: the
        latest name of a fitting label (BODY_NOUNS) that was a clause subject outside quotes in this
        or the three sentences before ('The RAC welcomed A. But the organisation urged B': the RAC),
        else a passive's 'by' agent ('A is piloted by the RAC, but the organisation says': the RAC;
        never the passive's patient A), one of the `bonded` entities (named with the noun:
        'publishing group X') when there are any. A press noun ('the newspaper') takes only the
        subject of a speech verb or the source of an 'according to'. `labels` for a noun of no
        BODY_NOUNS entry ('the insurer': ORG), which an 'according to' source names too."""
        firm = labels is not None  # 'the insurer': a firm cited ('according to X') is named too
        labels = labels or BODY_NOUNS.get(noun)
        if labels is None:
            return None
        doc, sents, found, agents = self.doc, 0, [], []
        j = bisect_left(self.t_starts, before) - 1
        while j >= 0 and sents <= 3:
            tok = doc[j]
            j -= 1
            sents += tok.is_sent_start
            agent = tok.dep_ == "pobj" and tok.head.dep_ == "agent"
            cited = (noun in _PRESS or firm) and tok.dep_ == "pobj" and is_according(tok.head)
            subject = tok.dep_ == "nsubj" or (tok.dep_ == "conj" and tok.head.dep_ == "nsubj")
            if not (subject or agent or cited):
                continue
            if noun in _PRESS and not cited and (agent or tok.head.lemma_ not in SPEECH_LEMMAS):
                continue  # 'Apple declined to comment. The newspaper said': not Apple ('according to X' is X)
            m = self._mention_at(tok) or next(filter(None, (  # 'group X is buying', "X's code says"
                self._mention_at(c) for c in tok.children if c.dep_ in ("appos", "compound", "poss"))), None)
            if cited and noun in _PRESS and (m is None or m.label not in labels):
                break  # the paper cited is no entity: not a body named before it
            if m is None or m.label not in labels or self.hidden(m.start) or (
                    m.label == "PERSON" and " " in m.name.strip()):  # 'Labour' labelled PERSON, not a person
                continue
            if m.label != "NORP" or tok.tag_ in ("NNP", "NNPS"):  # 'the Tories', not 'British'
                (agents if agent else found).append(m)
        found += agents
        if bonded:  # else the bonded one named most ('Irish publishing group X … the group')
            return next((m for m in found if m.entity in bonded), None)
        return found[0] if found else None

    def _token_before(self, char: int) -> Token:
        return self.doc[max(0, bisect_left(self.t_starts, char) - 1)]

    def _mention_at(self, tok: Token) -> Mention | None:
        """The mention holding a token, if any."""
        i = bisect_right(self.m_starts, tok.idx) - 1
        for m in self.mentions[max(0, i - 2):i + 1][::-1]:
            if m.start <= tok.idx < m.end:
                return m
        return None

    def between(self, start: int, end: int) -> list[Mention]:
        """The mentions that start from character `start` up to `end`, in order."""
        i, out = bisect_left(self.m_starts, start), []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out

    def _topic_person(self, before: int, job: str = "",
                      marks: frozenset[str] = frozenset()) -> Mention | None:
        """The person a description ('the singer said') refers back to: the latest person mention
        before it that is the subject of its clause ('Agassi was serving to Roddick … said the
        34-year-old': Agassi), else the nearest person mention. For a `job` stem ('midfi'), one
        known to hold it for no other team or country than its `marks` first, and never one holding
        a job across the staff line (`jobs.Jobs`); for a staff job ('the boss') a subject of a main
        clause, not one another's verb reports ('X believes Y fouled Z. The boss said': X); the one
        found is noted as holding it."""
        people = [m for m in self.earlier(before, PERSONISH) if not (job and self.jobs.other(m, job))]
        main = bool(job) and staff(job)
        best = next((m for m in people if job and self.jobs.fits(m, job, set(marks))), None) or next(
            (m for m in people if self._a_subject(m, main)), None) or (people[0] if people else None)
        if best is not None and job:
            self.jobs.note(best, job, set(marks))
        return best

    def _a_subject(self, m: Mention, main: bool = False) -> bool:
        """The mention is the subject of its clause (of a main clause, if `main`), or in apposition
        to it."""
        head = self.doc[bisect_right(self.t_starts, m.end - 1) - 1]
        if head.dep_ == "appos":
            head = head.head
        return head.dep_ in SUBJ_DEPS and not (main and head.head.dep_ not in ("ROOT", "conj"))

    def _nearest(self, before: int, labels: set[str]) -> Mention | None:
        """The closest earlier mention with one of `labels`, outside quotes."""
        return next(self.earlier(before, labels), None)

    def earlier(self, before: int, labels: set[str]) -> Iterator[Mention]:
        """The mentions with one of `labels` before `before`, outside quotes, latest first, within
        MAX_ANTECEDENT_CHARS."""
        i = bisect_left(self.m_starts, before) - 1
        while i >= 0 and before - self.mentions[i].start < MAX_ANTECEDENT_CHARS:
            m = self.mentions[i]
            i -= 1
            if m.label in labels and not self.hidden(m.start):
                yield m

    def _other_holders(self, words: set[str]) -> set[str | None]:
        """Entities whose role is the description's office qualified by a word it lacks ('the
        chancellor' is not the 'shadow chancellor' nor the 'former chancellor')."""
        return {ent for ent, role in self.roles.items() if role & words and _other_office(role, words)}

    def _other_offices(self, head: str, words: set[str]) -> set[str | None]:
        """Entities holding another office than the one the description's head names ('the prime
        minister' is not the one whose role is 'President'); other heads ('the leader') fit any."""
        if not content_words(head) & _OFFICES:
            return set()
        return {ent for ent, role in self.roles.items() if role & _OFFICES and not role & words}

    def _other_posts(self, head: str, words: set[str], marked: bool = False) -> set[str]:
        """Entities whose role, or an office description resolved to them ('The Tory leader said'), is
        titled by another post than the office the description's head names ('Police Commissioner
        X' for 'the prime minister': `offices.other_posts`), or, for a party's `marked` post ('the
        Lib Dem leader'), than the description's words."""
        posts = {ent: post for ent, (post, _) in self.described.items()} | self.posts
        roles = {ent: role for ent, (_, role) in self.described.items()} | self.roles
        return posted_elsewhere(posts, roles, words) if marked else other_posts(posts, roles, head, words)

    def _by_role(self, words: set[str], before: int, end: int, forward: bool) -> Mention | None:
        """The entity whose role shares the most content words with a description [before, end)
        ('the head of the defense ministry' ~ 'Minister of Defense'); ties go to the latest mention
        before it. A holder named inside the description, or only after it, counts when it is
        indefinite ('a spokesman said … said Ahmed X, a spokesman') or no person is named before
        ('The Oscar winner said' of the story's director is not a winner introduced later). A role
        qualified by a word the description lacks is another office ('shadow chancellor')."""
        other = self._other_holders(words)
        scores = {ent: 0 if ent in other else len(words & role) for ent, role in self.roles.items()}
        best, best_key = None, (0, -1)
        for i in range(bisect_left(self.m_starts, before) - 1, -1, -1):
            m = self.mentions[i]
            key = (scores.get(m.entity, 0), m.start)
            if key[0] > best_key[0] and not self.hidden(m.start):
                best, best_key = m, key
        if best is None:  # a holder named after the quote
            ahead = forward or self._nearest(before, PERSONISH) is None
            later = [m for m in self.mentions if scores.get(m.entity, 0) > 0 and (ahead or m.start < end)]
            best = max(later, key=lambda m: scores[m.entity], default=None)
            best_key = (scores[best.entity], 0) if best else (0, 0)
        score = best_key[0]
        return best if score >= 2 or (score == 1 and len(words) == 1) else None
