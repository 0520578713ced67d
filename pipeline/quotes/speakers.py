"""Speakers of quotes: the cue's subject, its span in the text, and the entity it refers to.

The span is where the speaker is named at the quote ('he', 'the minister', 'Umerov'); `name` and
`entity` carry what it resolves to: an entity of `doc._.entities` (through its own mention, a
pronoun's nearest compatible earlier mention, or a description matching an entity's role), else
the model's PERSON/ORG spans, else nothing (entity null, name = the words of the text).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Token

from pipeline.quotes import subjects
from pipeline.quotes.antecedents import MAX_ANTECEDENT_CHARS, PERSONISH, MentionIndex
from pipeline.quotes.cues import (
    FEMALE_NOUNS,
    FINDING_NOUNS,
    GROUP_NOUNS,
    MALE_NOUNS,
    PERSON_NOUNS,
    PRONOUNS,
    REPRESENTATIVE_NOUNS,
    SPEAKER_NOUNS,
    SPEECH_NOUNS,
    can_speak,
)
from pipeline.quotes.genders import genders, title_sex
from pipeline.quotes.marks import Spans
from pipeline.quotes.mentions import Mention, content_words
from pipeline.quotes.subjects import _SUBJ_DEPS, find_subject, issued_by, quoted_as_saying, speaker_span

_RELATIVE = {"who", "which", "that"}
_MODIFIER_LABELS = {"GPE", "LOC", "NORP", "FAC", "PRODUCT"}  # names modifying a speaker noun
_GROUPISH = {"ORG", "NORP", "GPE"}
_UNRESOLVED = {"i", "we", "you"}  # the speaker's own voice: nothing earlier to link
_POSSESSIVES = {"his": "he", "her": "she", "its": "it", "their": "they"}  # 'his promise to', 'her claim'
_SOURCE_NOUNS = GROUP_NOUNS | SPEECH_NOUNS | FINDING_NOUNS  # what an organisation issues or is
_PERSON_HEADS = SPEAKER_NOUNS | PERSON_NOUNS  # nouns that name a person ('the prosecutor')


def _nonfinite_subject(tok: Token) -> bool:
    """The subject of a participle or a bare infinitive inside another clause ('to stop X pursuing')."""
    head = tok.head
    return head.dep_ not in ("ROOT", "conj") and (head.tag_ == "VBG" or (
        head.tag_ == "VB" and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)))


class Resolver(MentionIndex):
    """Resolves the speakers of one document against its entity mentions."""

    def __init__(self, doc: Doc, quotes: Spans, text: str):
        super().__init__(doc, quotes, text)
        persons = [m for m in self.mentions if m.label in PERSONISH]
        self.gender = genders(doc, text, quotes, persons, self.t_starts)
        self.resolved: dict[int, Mention | None] = {}  # pronoun token -> its antecedent
        # the last person speaker, with 'm', 'f', '?' (a description) or 'n' (a name of unknown gender)
        self.last: tuple[Mention, str] | None = None
        self.last_said: tuple[int, int] = (0, 0)  # what the last speaker said

    def speaker(self, cue: Token, content: tuple[int, int] = (0, 0)) -> dict | None:
        """The speaker dict for a cue whose content spans `content` (None when it has no subject)."""
        edge = cue.right_edge
        subj = find_subject(cue, self.quotes, question=cue.idx < content[0] < edge.idx + len(edge))
        if subj is None:
            return None
        self.content = content
        try:
            return self.named(quoted_as_saying(cue, subj), according=cue.lower_ == "to")
        finally:
            self.content = (0, 0)

    def named(self, subj: Token, according: bool = False) -> dict:
        """The speaker dict for the token naming the speaker."""
        start, end = speaker_span(subj, self.quotes)
        ref, ref_start, ref_end = subj, start, end
        if subj.lower_ in _RELATIVE and subj.head.dep_ == "relcl":
            # 'X, who said': the span is 'who', the name is X's; 'X released a video that said': X's
            ref = issued_by(subj, self.quotes) or subj.head.head
            if subj.lower_ == "who":  # 'X - an expert on code-breaking, who said': X
                while ref.dep_ == "pobj" and ref.head.head.pos_ in ("NOUN", "PROPN") \
                        and ref.ent_type_ != "PERSON":
                    ref = ref.head.head  # 'Democrats on Capitol Hill, who'
                while ref.pos_ == "NOUN" and ref.head.pos_ in ("NOUN", "PROPN") and (ref.dep_ == "appos" or (
                        ref.dep_ == "conj" and any(c.lower_ in ("a", "an") for c in ref.children))):
                    ref = ref.head  # the description's name: 'Kahn - a historian, and an expert, who'
            ref_start, ref_end = speaker_span(ref, self.quotes)
        mention = self.resolve(ref, ref_start, ref_end)
        name = mention.name if mention else self.text[ref_start:ref_end]
        self.last_said = self.content
        joint = self._joint(ref, mention) if ref is subj else None
        if joint is not None:  # 'Labour and the Liberal Democrats say': both, not the first
            self.last, end = None, max(end, joint[-1].end)
            names = list(dict.fromkeys(m.name for m in joint))
            return {"name": ", ".join(names[:-1]) + " and " + names[-1], "entity": None,
                    "start": start, "end": end, "text": self.text[start:end]}
        if ref.lower_ in ("he", "she") and mention is not None:
            self.last = (mention, "m" if ref.lower_ == "he" else "f")
        elif ref.lower_ not in PRONOUNS and ref.lower_ not in _RELATIVE and ref.lower_ not in _POSSESSIVES \
                and not according:
            low = ref.lemma_.lower()
            gender = "m" if low in MALE_NOUNS else "f" if low in FEMALE_NOUNS else None
            if mention is not None and mention.label in PERSONISH:
                gender = gender or self.gender.get(mention.entity or mention.name) or "?"
            elif mention is not None and mention.label == "ORG" and ref.pos_ == "PROPN":
                gender = _personal_name(self.text[ref_start:ref_end])  # 'E Hayot' labelled ORG
            elif gender is None and mention is None and ref.pos_ == "PROPN" and ref.ent_type_ in (
                    "", "PERSON"):
                title = self.doc[ref.left_edge.i].lower_  # a name the entities missed ('Parul Jain')
                gender = title_sex(title) or "n"
            elif gender is None and (low in SPEAKER_NOUNS or ref.tag_ == "NN" and mention is None
                                     and low not in GROUP_NOUNS and low not in SPEECH_NOUNS):
                gender = "?"  # 'the cardinal said … He added'
            self.last = None if gender is None else (Mention(
                ref_start, ref_end, mention.entity if mention else None, name, "PERSON", ""), gender)
        return {"name": name, "entity": mention.entity if mention else None,
                "start": start, "end": end, "text": self.text[start:end]}

    def _joint(self, ref: Token, mention: Mention | None) -> list[Mention] | None:
        """The members of a coordinated speaker ('Labour and the Liberal Democrats', 'A, B and C'),
        when every member is a name of its own of two or more (not 'Marks and Spencer', one name)."""
        if mention is None or ref.dep_ not in _SUBJ_DEPS or not any(c.dep_ == "conj" for c in ref.children):
            return None
        members, tok = [mention], ref
        if any(c.dep_ == "cc" and c.lower_ in ("or", "nor", "but") for c in ref.subtree) or not (
                ref.pos_ == "PRON" or mention.start <= ref.idx < mention.end):
            return None  # 'Neither A nor B said': no joint speaker
        while (tok := next((c for c in tok.children if c.dep_ == "conj"), None)) is not None:
            m = self._mention_at(tok)
            if m is None or m.start < mention.end or tok.pos_ != "PROPN" or self._hidden(m.start) or any(
                    c.lower_ in ("a", "an") for c in tok.children):
                return None  # 'X, director of Y, and a Republican': a description of X
            members.append(m)
        return members if len({m.name for m in members}) > 1 else None

    def resolve(self, head: Token, start: int, end: int) -> Mention | None:
        """The mention a speaker phrase refers to: its own, a pronoun's antecedent, a role's holder."""
        for c in head.children:  # 'The Shadow Secretary for the Family, Theresa May, said'
            if c.dep_ == "appos" and c.pos_ == "NOUN" and self.doc[c.left_edge.i - 1].text == ",":
                # 'the author, US playwright Eve Ensler, says'
                c = next((g for g in c.children if g.dep_ == "appos" and g.pos_ == "PROPN"), c)
            named = self._mention_at(c) if c.dep_ == "appos" and c.pos_ == "PROPN" else None
            if named is not None and named.label in PERSONISH and head.pos_ != "PRON":
                return named
        closing = self._closing_apposition(head)  # 'The head of X's school Y, Richard Fogarty, said'
        if closing is not None:
            return closing
        inside = self._between(start, end)
        own = [m for m in inside if m.start <= head.idx < m.end]
        if own and own[0].label == "NORP" and head.tag_ in ("NNP", "NN") and head.left_edge.lower_ == "the" \
                and own[0].start <= self.doc[head.left_edge.i + 1].idx and head.dep_ != "poss":
            return self._topic_person(start)  # '"…," said the German': a person of that people
        if own:  # a surname the model found but the entities stage did not group: its entity
            linked = self._by_surname(head, linked=True) if own[0].entity is None else None
            return linked if linked is not None and own[0].label in PERSONISH else own[0]
        named = [m for m in inside if m.label not in _MODIFIER_LABELS]
        if named and head.pos_ == "PROPN":  # not 'the Salford MP', 'the Scottish Executive': the place
            return ([m for m in named if m.label in PERSONISH] or named)[0]
        if inside and head.pos_ == "PROPN" and head.is_title:
            return None  # a body the entities missed ('the Scottish Executive'), not the place
        if head.pos_ == "PROPN" and head.ent_type_ in ("", "PERSON"):
            earlier = self._by_surname(head)  # 'Professor Curtice' after 'John Curtice'
            if earlier is not None:
                return earlier
        named = [m for m in inside if m.label in PERSONISH and m.end == end and m.start > head.idx]
        if named and subjects.modifies(head, named[-1].start, end):
            return None  # 'sources close to X', 'friends of X': the description, not X nor another
        if named and self._token_before(named[-1].start).pos_ not in ("ADP", "PUNCT", "CCONJ") and not (
                _listed(self.doc[bisect_left(self.t_starts, named[-1].start)])):
            return named[-1]  # "Sun's chief operating officer Jonathan Schwartz", not 'Lawyers for X and Y'
        low = head.lower_
        if low in PRONOUNS or (low in _POSSESSIVES and head.dep_ == "poss"):
            return self.pronoun(head)
        if head.lemma_.lower() in _SOURCE_NOUNS:
            bodies = [m for m in inside if m.label == "ORG" and m.end <= head.idx]
            if bodies:  # 'the FAO report', 'Email Systems analysis': its organisation
                return bodies[-1]
        definite = head.left_edge.lower_ in ("the", "this") or any(c.dep_ == "poss" for c in head.children)
        by_role = None if head.tag_ == "NNS" else self._by_role(
            content_words(self.text[start:end]), start, end, forward=not definite)
        if by_role is not None:
            return by_role
        if head.lemma_.lower() in REPRESENTATIVE_NOUNS:
            body = self._represented(head)
            if body is not None:
                return body  # 'the BPI spokesman', 'an official of X': X, never a person named earlier
        aged = head.lower_ == "old" and head.i > 1 and self.doc[head.i - 2].lower_ == "year"
        if definite and head.tag_ != "NNS" and (head.lemma_.lower() in PERSON_NOUNS or aged):
            return self._topic_person(start)  # 'the singer', 'the 34-year-old'
        if definite and head.tag_ != "NNS" and head.lemma_.lower() in SPEAKER_NOUNS:
            words = content_words(self.text[start:end])
            other = self._other_holders(words) | self._other_offices(head.lemma_, words)  # 'the chancellor'
            return self._office_holder(start, other)
        if definite and head.tag_ == "NN" and head.lower_ in GROUP_NOUNS:
            return self._organisation(head.lower_, start, _bare(head))  # 'the airline said': Ryanair
        return None

    def _office_holder(self, before: int, other: set[str | None]) -> Mention | None:
        """The person a bare office ('the chancellor said') refers back to: not one holding another
        office, nor the subject of the content (a speaker does not name himself: 'the chancellor said
        Mr X was never at meetings'); the latest such subject of a clause, else the nearest."""
        told = {m.entity or m.name for m in self._between(*self.content)
                if m.label in PERSONISH and self._told_subject(self._head(m))}
        fits = [m for m in self._earlier(before, PERSONISH)
                if m.entity not in other and (m.entity or m.name) not in told]
        for m in fits:
            head = self._head(m)
            if head.dep_ in _SUBJ_DEPS or (head.dep_ == "appos" and head.head.dep_ in _SUBJ_DEPS):
                return m
        return fits[0] if fits else None

    def _told_subject(self, tok: Token) -> bool:
        """`tok` is the subject the content opens with ('(that) Mr X was never at meetings')."""
        lead = self.text[self.content[0]:tok.left_edge.idx].split()
        return tok.dep_ in _SUBJ_DEPS and lead in ([], ["that"])

    def _head(self, m: Mention) -> Token:
        """The last token of a mention (its head, for a name)."""
        return self.doc[bisect_right(self.t_starts, m.end - 1) - 1]

    def _closing_apposition(self, head: Token) -> Mention | None:
        """A person named in apposition at the end of a description's phrase, attached by the parse
        to a noun inside it ('The head of the school, Richard Fogarty, said'): the description's."""
        if head.pos_ != "NOUN" or head.tag_ == "NNS":
            return None
        last = head.right_edge
        while last.is_punct and last.i > head.i:
            last = self.doc[last.i - 1]
        for tok in head.subtree:
            if tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.head.i != head.i \
                    and tok.right_edge.i == last.i and self.doc[tok.left_edge.i - 1].text == ",":
                if head.lemma_.lower() in REPRESENTATIVE_NOUNS and tok.head.pos_ == "NOUN" and (
                        tok.head.lemma_.lower() in _PERSON_HEADS):
                    return None  # 'a spokesman for the prosecutor, X': X is whom he speaks for
                named = self._mention_at(tok)
                return named if named is not None and named.label in PERSONISH else None
        return None

    def pronoun(self, pron: Token, depth: int = 0) -> Mention | None:
        """The antecedent of a pronoun speaker, agreeing in number and kind: he/she the nearest
        PERSON of no other gender (one with a full name, a title or a known gender before a bare
        one-word name), it an organisation, they a plural subject or an organisation; I, we and
        you stay unresolved."""
        if pron.i in self.resolved:
            return self.resolved[pron.i]
        low, found = _POSSESSIVES.get(pron.lower_, pron.lower_), None
        if low in ("he", "she"):
            gender = "m" if low == "he" else "f"
            found = self._previous_speaker(pron.idx, gender)
            if found is None or (found.entity is None and self.last is not None and self.last[1] == "?"):
                found = self._person(pron.idx, gender, depth) or found  # 'the Lord Chancellor': a name if any
            if found is not None:
                key = found.entity or found.name
                self.gender[key] = "m" if low == "he" else "f"
        elif low in ("it", "they") and depth < 4:
            found = self._group(pron, plural=low == "they", depth=depth)
        self.resolved[pron.i] = found
        return found

    def _previous_speaker(self, before: int, gender: str) -> Mention | None:
        """The last speaker described, not named ('A spokeswoman said … She added'), when no
        person is mentioned between and the description does not contradict the pronoun."""
        if self.last is None:
            return None
        m, known = self.last
        if not 0 < before - m.end < 600 or known not in (gender, "?", "n"):
            return None
        first = self.text[m.start:m.end].split(" ", 1)[0].lower()
        if known == "?" and m.entity is None and first in ("a", "an"):
            return None  # 'a judge said … he added' is too loose a link
        said = self.last_said  # 'The chancellor said Mr X was never there. He said …': not X
        between = [x for x in self._between(m.end, before)
                   if not said[0] <= x.start < said[1] and not self._hidden(x.start)]
        sent = self.doc[min(len(self.doc) - 1, bisect_left(self.t_starts, before))].sent
        recent = self.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        if any(x.label in PERSONISH and (x.entity or x.name) != (m.entity or m.name)
               and _acted(self._token_before(x.end), x.start >= recent) for x in between):
            return None  # someone else spoke or acted since, or was just named ('Look at X. He said')
        return m

    def _person(self, before: int, gender: str, depth: int = 0) -> Mention | None:
        """The nearest earlier PERSON outside quotes a he (gender 'm') or she ('f') can refer to, among
        the subjects of this and the last two sentences: main-clause subjects first (a subject 'he'
        there stands for its own antecedent: 'Now he fears A because B is away. "…," he added'; the
        unknown-gender main subject of the sentence before: 'Tait appeared unaffected. "…," he said'),
        then any subject ('Smith criticised Jones. He said …'), one of the pronoun's gender before one
        of unknown gender, a titled name ('Mr Ancram') too; else the nearest person named."""
        tok = self.doc[min(len(self.doc) - 1, bisect_left(self.t_starts, before))]
        sent = tok.sent
        near = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for _ in range(2):
            if sent.start > 0:
                sent = self.doc[sent.start - 1].sent
        window = list(reversed(self.doc[sent.start:tok.i]))
        pron = "he" if gender == "m" else "she"
        named = False  # a name was the subject of a clause nearer the pronoun ('while X has struggled, his')
        for head in window:
            if head.dep_ not in _SUBJ_DEPS or head.head.dep_ != "ROOT" or self._hidden(head.idx):
                named = named or (head.dep_ in _SUBJ_DEPS and head.pos_ == "PROPN")
                continue
            if head.lower_ == pron and depth < 4:
                chained = self.pronoun(head, depth + 1)
                if chained is not None:
                    return chained
            found = self._subject_person(head, gender, owner=not named)
            named = named or head.pos_ == "PROPN"
            if found is not None and (found[1] == gender or (
                    found[1] is None and head.i >= near and " " in found[0].name.strip())):
                return found[0]
        unknown = None
        for head in window:
            found = self._subject_person(head, gender)
            if found is None:
                continue
            m, known = found
            if known == gender:
                return m
            if unknown is None and known is None and (" " in m.name.strip() or m.role):
                unknown = m
        if unknown is not None:
            return unknown
        weak = None
        for m in self._earlier(before, PERSONISH):
            known = self.gender.get(m.entity or m.name)
            if known == gender or (known is None and (" " in m.name.strip() or m.role)):
                return m
            if known is None and weak is None:
                weak = m  # a one-word 'PERSON' may be a party or a firm the model mislabelled
        return weak

    def _subject_person(self, head: Token, gender: str,
                        owner: bool = False) -> tuple[Mention, str | None] | None:
        """The person a subject name outside quotes stands for and its known gender ('m', 'f' or None),
        unless a title gives the other gender ('Mrs. Clinton' is no 'he'); with `owner`, also the
        name owning a subject that is no person ("Mr X's insistence that A was B")."""
        subject = head.dep_ in _SUBJ_DEPS or (
            head.head.dep_ in _SUBJ_DEPS and head.dep_ in ("appos", "conj")) or (
            head.dep_ == "pobj" and head.head.dep_ == "agent")  # 'was welcomed by X. "…," he said
        if owner and subject and head.pos_ == "NOUN" and (
                not can_speak(head) or head.lemma_.lower() in SPEECH_NOUNS) and not any(
                c.dep_ == "appos" for c in head.children):  # "Mr X's insistence that A was B. … he said": X
            head = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), head)
        if not subject or head.pos_ != "PROPN" or self._hidden(head.idx):
            return None
        titled = title_sex(self.doc[head.i - 1].lower_) if head.i > 0 else None
        if titled not in (None, gender):
            return None
        m = self._mention_at(head)
        if m is None:
            if titled is None:
                return None
            m = self._by_surname(head) or Mention(
                self.doc[head.i - 1].idx, head.idx + len(head), None,
                self.text[self.doc[head.i - 1].idx:head.idx + len(head)], "PERSON", "")
            return m, titled
        if m.label not in PERSONISH:
            return None
        return m, self.gender.get(m.entity or m.name) or titled

    def _group(self, pron: Token, plural: bool, depth: int) -> Mention | None:
        """'it': the nearest earlier subject naming an organisation (an ORG/GPE name, 'the firm',
        'the report'), else the nearest ORG mention; 'they': the nearest earlier plural subject
        ('the tobacco companies', 'X and Y') or organisation subject; within three sentences."""
        doc, sents = self.doc, 0
        j = pron.i - 1
        while j >= 0 and pron.idx - doc[j].idx < MAX_ANTECEDENT_CHARS:
            tok = doc[j]
            j -= 1
            if tok.is_sent_end and tok.i < pron.i - 1:
                sents += 1
                if sents > 3:
                    break
            listed = plural and tok.dep_ == "attr" and any(c.dep_ == "conj" for c in tok.rights)  # 'are A, B'
            if (tok.dep_ not in _SUBJ_DEPS and not (tok.dep_ == "conj" and tok.head.dep_ in _SUBJ_DEPS)
                    and not listed) or self._hidden(tok.idx):
                continue
            if tok.lower_ == pron.lower_:
                return self.pronoun(tok, depth + 1)
            if _nonfinite_subject(tok):  # 'asked the court to stop Apple pursuing it. It argues': not Apple
                continue
            if tok.pos_ == "PRON":
                continue
            if plural and (tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)):
                return self._listing(tok)  # 'Thanou and Kenteris', 'A, B and C … They have all denied'
            mention = self._mention_at(tok)
            if mention is not None and mention.label in PERSONISH:
                continue
            if plural:
                ok = tok.tag_ == "NNPS" or (tok.tag_ == "NNS" and can_speak(tok)) or (
                    mention is not None and mention.label == "ORG") or (
                    mention is not None and mention.label == "NORP" and mention.name.endswith("s"))
            else:
                ok = tok.tag_ in ("NN", "NNP") and (
                    (mention is not None and mention.label in ("ORG", "GPE"))
                    or (mention is None and tok.pos_ == "PROPN")
                    or tok.lemma_.lower() in GROUP_NOUNS)
            if not ok and not plural and tok.sent.start == pron.sent.start:
                inner = self._org_inside(tok)  # 'Shares in X closed … after it said': X
                if inner is not None:
                    return inner
            if ok:
                if mention is not None:
                    return mention
                if not plural and tok.lower_ in GROUP_NOUNS and tok.left_edge.lower_ == "the":
                    body = self._organisation(tok.lower_, tok.idx, _bare(tok))  # 'The airline said … it'
                    if body is not None:
                        return body
                start = speaker_span(tok, self.quotes)[0]  # the phrase up to its head noun (and 'of …')
                last = next((c.right_edge for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"
                             and c.right_edge.i - tok.i <= 6), tok)
                end = last.idx + len(last)
                return Mention(start, end, None, self.text[start:end], "NP", "")
        return None if plural else self._nearest(pron.idx, {"ORG"})

    def _listing(self, member: Token) -> Mention:
        """The whole list a token is a member of ('the union and the firm', 'A, B and C'), not its last."""
        first = member
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        last = first
        while any(c.dep_ == "conj" for c in last.children):
            last = [c for c in last.children if c.dep_ == "conj"][-1]
        start, end = self.doc[first.left_edge.i].idx, last.idx + len(last)
        return Mention(start, end, None, self.text[start:end], "NP", "")

    def _represented(self, head: Token) -> Mention | None:
        """The organisation (or country, or people) a representative speaks for: a name before the
        noun ('the BPI spokesman', "Sony's spokeswoman") or after 'of', 'for' or 'at' ('an official
        of X')."""
        near = [c for c in head.children if c.dep_ in ("compound", "poss", "nmod", "amod") and c.i < head.i]
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "at"):
                near += [c for c in prep.children if c.dep_ == "pobj"]
        for tok in near:
            m = self._mention_at(tok)
            if m is not None and m.label in _GROUPISH:
                return m
            owner = next((c for c in tok.children if c.dep_ == "poss"), None) if tok.tag_ == "NN" else None
            body = self._mention_at(owner) if owner is not None else None
            if m is None and body is not None and body.label in _GROUPISH:
                return body  # "a spokeswoman for the SEC's Boston office": the SEC
            if m is None and tok.dep_ == "pobj" and tok.tag_ == "NN" and tok.lower_ in GROUP_NOUNS \
                    and tok.left_edge.lower_ == "the" and not any(
                        c.dep_ == "compound" and c.pos_ == "NOUN" for c in tok.children):
                # 'a spokesman for the firm', not 'the supporters' club': a body of its own
                return self._organisation(tok.lower_, tok.idx, _bare(tok))
        return None


def _bare(noun: Token) -> bool:
    """A description by its noun alone ('the organisation'), not 'the piracy group', "Supporters' group
    X", 'the organisation, the EEF,'."""
    return not any(c.dep_ in ("compound", "amod", "nmod", "poss", "appos", "nummod") for c in noun.children)


def _personal_name(name: str) -> str | None:
    """'n' (a person of unknown gender) for a name shaped like a person's whatever its label: an
    initial before a surname ('E Hayot', 'J. Smith'); else None. A given name alone is no proof
    ('Morgan Stanley', 'Royal Mail')."""
    words = name.split()
    if len(words) not in (2, 3) or not all(w[:1].isupper() for w in words):
        return None
    return "n" if len(words[0].rstrip(".")) == 1 and words[-1][1:].islower() else None


def _acted(tok: Token, recent: bool) -> bool:
    """`tok` names one who acted: a subject or in a clause's subject phrase ("X's role is", "Footage of
    X appears", "the chairman, X,"), or, in a recent sentence, any part of its main clause ("Just look
    at X"; not "Y, who joined X's team")."""
    for _ in range(6):
        if tok.dep_ in _SUBJ_DEPS or (recent and tok.dep_ == "ROOT"):
            return True
        if tok.dep_ not in ("poss", "pobj", "prep", "appos", "dobj", "dative", "attr") or tok.head.i == tok.i:
            return False
        if tok.dep_ in ("dobj", "dative", "attr") and not recent:
            return False
        tok = tok.head
    return False


def _listed(tok: Token) -> bool:
    """The name holding `tok` is one of a list ('Lawyers for X and Y', 'those players and even X'):
    the speaker is not that one."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    first = tok.head
    return tok.dep_ == "conj" and (first.pos_ == "PROPN" or first.tag_ == "NNS" and any(
        c.dep_ in ("det", "predet") for c in first.children))  # not 'founder and director X', 'media
    # and PR strategist X': the titles of one
