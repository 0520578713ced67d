"""Speakers of quotes: the cue's subject, its span in the text, and the entity it refers to.

The span is where the speaker is named at the quote ('he', 'the minister', 'Umerov'); `name` and
`entity` carry what it resolves to: an entity of `doc._.entities` (through its own mention, a
pronoun's nearest compatible earlier mention, or a description matching an entity's role), else
the model's PERSON/ORG spans, else nothing (entity null, name = the words of the text).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from pipeline.quotes.according_tails import widened
from pipeline.quotes.acting_bodies import GROUPS
from pipeline.quotes.antecedents import PERSONISH
from pipeline.quotes.aside_subjects import outside_aside
from pipeline.quotes.cues import (
    COMPANY_NOUNS,
    FEMALE_NOUNS,
    FINDING_NOUNS,
    GROUP_NOUNS,
    MALE_NOUNS,
    PERSON_NOUNS,
    PRONOUNS,
    REPRESENTATIVE_NOUNS,
    SPEAKER_NOUNS,
    SPEECH_NOUNS,
    WRITTEN_NOUNS,
)
from pipeline.quotes.demonstratives import demonstrative, stranded_start
from pipeline.quotes.genders import title_sex
from pipeline.quotes.glued_nouns import written_owner
from pipeline.quotes.jobs import description_marks, job_stem, player_position, staff
from pipeline.quotes.marks import has_word
from pipeline.quotes.members import lone_member
from pipeline.quotes.mentions import Mention, content_words
from pipeline.quotes.missed_names import apposed_person, heading_person, personal_name
from pipeline.quotes.nationals import agreeing
from pipeline.quotes.owned import owned_speaker
from pipeline.quotes.owned_offices import office_owner, serves
from pipeline.quotes.participle_tellers import participle_teller
from pipeline.quotes.partitives import partitive
from pipeline.quotes.positions import position_holder
from pipeline.quotes.pronouns import POSSESSIVES, bare_noun
from pipeline.quotes.relative_heads import first_relative, named_in, relative_antecedent
from pipeline.quotes.role_holders import RoleHolders, ranked
from pipeline.quotes.role_words import PERSON_HEADS, person_noun_tail, role_word
from pipeline.quotes.salience import outranked
from pipeline.quotes.seat_holders import member_before, seat_holder, unseated
from pipeline.quotes.speaker_phrases import SUBJ_DEPS, letters_owner, modifies, people_of, speaker_span
from pipeline.quotes.stances import person_like
from pipeline.quotes.subjects import find_subject, issued_by, quoted_as_saying
from pipeline.quotes.titled_people import titled_person
from pipeline.quotes.trade_heads import placed_trade, trade_head
from pipeline.quotes.vehicles import PLACES, earlier_issuer, in_modifier, issuer
from pipeline.quotes.withheld import body_named_next, named_before, named_next

_RELATIVE = {"who", "which", "that"}
_GENDERED = (("m", MALE_NOUNS), ("f", FEMALE_NOUNS))
_MODIFIER_LABELS = {"GPE", "LOC", "NORP", "FAC", "PRODUCT"}  # names modifying a speaker noun
_UNRESOLVED = {"i", "we", "you"}  # the speaker's own voice: nothing earlier to link
_SOURCE_NOUNS = GROUP_NOUNS | SPEECH_NOUNS | FINDING_NOUNS  # what an organisation issues or is
_OWNED_NOUNS = WRITTEN_NOUNS | SPEECH_NOUNS  # 'Mr X's book suggests', 'Mr X's speech'
_BODY_NOUNS = GROUP_NOUNS | COMPANY_NOUNS - {"developer"}  # 'the insurer': a body, never a person
# (but 'the property developer' may be one)
_FIRMS = frozenset({"ORG"})
Decided = tuple[Mention | None] | None  # a step's answer, (None,) for no one; None: not decided


class Resolver(RoleHolders):
    """Resolves the speakers of one document against its entity mentions."""

    def speaker(self, cue: Token, content: tuple[int, int] = (0, 0)) -> dict | None:
        """The speaker dict for a cue whose content spans `content` (None when it has no subject)."""
        self.content = content
        try:
            if (owned := owned_speaker(self, cue, content)) is not None:  # "Y's claim that A", a set-off name
                return owned
            edge = cue.right_edge
            subj = outside_aside(cue, find_subject(cue, self.quotes, question=cue.idx < content[0] < (
                edge.idx + len(edge)))) or participle_teller(cue, content[1], self.quotes)
            if subj is None or demonstrative(subj, cue):  # 'That was why X agreed to A': no one
                return None
            according, before = cue.lower_ == "to", (self.last, self.last_said)
            found = self.named(letters_owner(quoted_as_saying(cue, subj)), according=according)
            if before[1][0] <= content[0] < content[1] <= before[1][1]:  # a source inside the last words
                self.last, self.last_said = before  # ('X said A showed B. He added'): X stays the last
            if not according:
                return found
            return widened(found, cue, self._token_before(found["end"]), self.text)
        finally:
            self.content = (0, 0)

    def named(self, subj: Token, according: bool = False) -> dict:
        """The speaker dict for the token naming the speaker."""
        start, end = speaker_span(subj, self.quotes)
        start = stranded_start(self.doc[bisect_left(self.t_starts, start)]) or start  # 'Despite this X said'
        ref, ref_start, ref_end = subj, start, end
        if end <= subj.idx:  # the phrase cut at a name before its head ('Dr X games director at Y'): X
            ref = self.doc[bisect_left(self.t_starts, end) - 1]
        if subj.lower_ in _RELATIVE and (rel := first_relative(subj)).head.dep_ == "relcl":
            # 'X, who said': the span is 'who', the name is X's; 'X released a video that said': X's
            ref = issued_by(rel, self.quotes) or _agent_before(rel) or rel.head.head
            if rel.lower_ == "who":  # 'X - an expert on code-breaking, who said': X
                while ref.dep_ == "pobj" and ref.head.head.pos_ in ("NOUN", "PROPN") \
                        and ref.ent_type_ != "PERSON" and ref.head.lower_ != "by" \
                        and person_like(ref.head.head):  # 'a Z by X who', 'a nomination for X, who'
                    ref = ref.head.head  # 'Democrats on Capitol Hill, who'
                while ref.pos_ == "NOUN" and ref.head.pos_ in ("NOUN", "PROPN") and (ref.dep_ == "appos" or (
                        ref.dep_ == "conj" and any(c.lower_ in ("a", "an") for c in ref.children))):
                    ref = ref.head  # the description's name: 'Kahn - a historian, and an expert, who'
                ref = named_in(people_of(ref, rel))  # 'the doubts of analysts who say'; 'a man named X who
            ref_start, ref_end = speaker_span(ref, self.quotes)
        elif (antecedent := relative_antecedent(subj)) is not None:  # 'Others, however, who A, warned'
            ref, (ref_start, ref_end) = antecedent, speaker_span(antecedent, self.quotes)
        mention = agreeing(self, ref, ref_start, ref_end, self.resolve(ref, ref_start, ref_end))
        name = mention.name if mention else self.text[ref_start:ref_end]
        self.last_said = self.content
        self.noted(ref, mention, ref_start, ref_end)
        if self.last is not None and self.last[1] == "o":
            self.last = None  # an ORG-labelled name is continued only right after its own quote
        joint = self._joint(ref, mention) if ref is subj else None
        if joint is None and mention is not None and ref is subj and lone_member(ref, mention):
            self.last = None  # 'The Queen and Prince X said': both, not the one named
            return {"name": self.text[ref_start:ref_end], "entity": None,
                    "start": start, "end": end, "text": self.text[start:end]}
        if joint is not None:  # 'Labour and the Liberal Democrats say': both, not the first
            self.last, end = None, max(end, joint[-1].end)
            names = list(dict.fromkeys(m.name for m in joint))
            return {"name": ", ".join(names[:-1]) + " and " + names[-1], "entity": None,
                    "start": start, "end": end, "text": self.text[start:end]}
        if ref.lower_ in ("he", "she") and mention is not None:
            self.last = (mention, "m" if ref.lower_ == "he" else "f")
        elif ref.lower_ not in PRONOUNS and ref.lower_ not in _RELATIVE and ref.lower_ not in POSSESSIVES \
                and not according and not outranked(ref):
            low = ref.lemma_.lower()
            words = [low]
            if mention is None or mention.label not in PERSONISH:  # 'A Department for X spokeswoman'
                words.append(self.doc[bisect_left(self.t_starts, ref_end) - 1].lemma_.lower())
            gender = next((g for w in words for g, nouns in _GENDERED if w in nouns), None)
            if mention is not None and mention.label in PERSONISH:
                gender = gender or self.gender.get(mention.entity or mention.name) or "?"
            elif mention is not None and mention.label == "ORG" and ref.pos_ == "PROPN" and gender is None:
                gender = personal_name(self.text[ref_start:ref_end])  # 'E Marrow' labelled ORG
                if gender is None and " " in name:  # '"A," said producer Shogo Tomiyama. "B," he added'
                    gender = "o"
            elif gender is None and mention is None and ref.pos_ == "PROPN" and ref.ent_type_ in (
                    "", "PERSON"):
                title = self.doc[ref.left_edge.i].lower_  # a name the entities missed ('Parul Jain')
                gender = title_sex(title) or "n"
            elif gender is None and (low in SPEAKER_NOUNS or ref.tag_ == "NN" and mention is None
                                     and low not in _BODY_NOUNS and low not in SPEECH_NOUNS):
                gender = "?"  # 'the cardinal said … He added'
            self.last = None if gender is None else (mention, gender) if gender == "o" else (Mention(
                ref_start, ref_end, mention.entity if mention else None, name, "PERSON",
                job_stem(low) if mention is None and low in PERSON_NOUNS else ""), gender)  # 'the midfielder'
        return {"name": name, "entity": mention.entity if mention else None,
                "start": start, "end": end, "text": self.text[start:end]}

    def _joint(self, ref: Token, mention: Mention | None) -> list[Mention] | None:
        """The members of a coordinated speaker ('Labour and the Liberal Democrats', 'A, B and C'),
        when every member is a name of its own of two or more (not 'Marks and Spencer', one name)."""
        if mention is None or ref.dep_ not in SUBJ_DEPS or not any(c.dep_ == "conj" for c in ref.children):
            return None
        members, tok = [mention], ref
        if any(c.dep_ == "cc" and c.lower_ in ("or", "nor", "but") for c in ref.subtree) or not (
                ref.pos_ == "PRON" or mention.start <= ref.idx < mention.end):
            return None  # 'Neither A nor B said': no joint speaker
        while (tok := next((c for c in tok.children if c.dep_ == "conj"), None)) is not None:
            m = self._mention_at(tok)
            if m is None or m.start < mention.end or tok.pos_ != "PROPN" or self.hidden(m.start) or any(
                    c.lower_ in ("a", "an") for c in tok.children):
                return None  # 'X, director of Y, and a Republican': a description of X
            members.append(m)
        return members if len({m.name for m in members}) > 1 else None

    def resolve(self, head: Token, start: int, end: int) -> Mention | None:
        """The mention a speaker phrase refers to: its own, a pronoun's antecedent, a role's holder."""
        found = self._apposed(head) or self._closing_apposition(head)  # 'The head of X, Jo Ray, said'
        if found is not None:
            return found
        inside = self.between(start, end)
        own = [m for m in inside if m.start <= head.idx < m.end]
        described = head.lemma_.lower() in PERSON_HEADS and (not own or person_noun_tail(own[0], head))
        for step in (self._named_near, self._named_inside, self._sourced):
            decided = step(head, start, end, inside, own, described)
            if decided is not None:
                return decided[0]
        return self._description(head, start, end)

    def _apposed(self, head: Token) -> Mention | None:
        """A name in apposition to the phrase's head: a person's for a description ('The Shadow
        Secretary for the Family, Theresa May, said'), a body's for a noun ("Manufacturers' body, the
        MTA, said")."""
        for c in head.children:
            if c.dep_ == "appos" and c.pos_ == "NOUN" and self.doc[c.left_edge.i - 1].text == ",":
                # 'the author, US playwright Eve Ensler, says'
                c = next((g for g in c.children if g.dep_ == "appos" and g.pos_ == "PROPN"), c)
            named = self._mention_at(c) if c.dep_ == "appos" and c.pos_ == "PROPN" else None
            if c.dep_ == "appos" and c.pos_ == "PROPN" and (named is None or named.label not in PERSONISH) \
                    and head.lemma_.lower() in PERSON_HEADS:  # 'The deputy mayor, Dr Ilse Varga QC,'
                named = apposed_person(self, c) or named
            if named is not None and named.label in PERSONISH and head.pos_ != "PRON":
                return named
            if named is not None and named.label == "ORG" and partitive(head):
                return named  # 'One of the bidders, Dutch group X, said': X
            if named is not None and named.label == "ORG" and head.pos_ == "NOUN" and (head.tag_ == "NN" or (
                    c.left_edge.i == head.i + 1 and not any(g.dep_ == "conj" for g in c.children))):
                return named  # "Manufacturers' body, the MTA, said", 'said market analysts X': the body named
        return None

    def _named_near(self, head: Token, start: int, end: int, inside: list[Mention], own: list[Mention],
                    described: bool) -> Decided:
        """A name the phrase's own mention stands for, or one named next to it: a people's person, a
        seat's member, a lead's or a body's name the next sentence gives; (None,) when decided on no
        one, None when not decided."""
        if own and self._people_name(own[0]) and head.tag_ in ("NNP", "NN") and head.dep_ != "poss" \
                and head.left_edge.lower_ == "the" and _bare_people(head, own[0].start):
            return (self._topic_person(start),)  # '"…," said the (27-year-old) German': one of that people
        if (seat := seat_holder(self, head, start, end)) is not None:
            return (seat,)  # 'the Kestrelford MP' after 'Jo Smith, MP for Kestrelford'
        if described and (lead := named_next(self, head, start)) is not None:
            return (lead,)  # 'A Labour MP said A. Jo Smith, the member for X, …': Jo Smith
        if unseated(self, head):  # 'the Labour MP for X' with no one tied to X: not a minister named before
            return (member_before(self, head, start),)
        if not own and (lead := body_named_next(self, head, start)) is not None:
            return (lead,)  # 'A US bank has said A. X Bank will …': X Bank
        if own:  # a surname the model found but the entities stage did not group: its entity
            linked = self.by_surname(head, linked=True) if own[0].entity is None else None
            return (linked if linked is not None and own[0].label in PERSONISH else own[0],)
        if not own and inside and (lead := heading_person(self, head)) is not None:
            return (lead,)  # 'Nadia Orlov of the Tenants' Forum said', her name missed by the entities
        return None

    def _named_inside(self, head: Token, start: int, end: int, inside: list[Mention], own: list[Mention],
                      described: bool) -> Decided:
        """A name inside the phrase, an earlier full name for a surname, or none for a body the
        entities missed or a description of someone near a name ('friends of X')."""
        named = [m for m in inside if m.label not in _MODIFIER_LABELS]
        people = [m for m in named if m.label in PERSONISH]  # 'Jo Smith MP', not 'the MP for Salford'
        if named and head.pos_ == "PROPN" and (not role_word(head) or any(m.end <= head.idx for m in people)):
            return ((people or named)[0],)  # nor 'the Salford MP', 'the Scottish Executive' (below)
        if inside and head.pos_ == "PROPN" and head.is_title:
            return (None,)  # a body the entities missed ('the Scottish Executive'), not the place
        if head.pos_ == "PROPN" and head.ent_type_ in ("", "PERSON"):
            earlier = self.by_surname(head)  # 'Professor Curtice' after 'John Curtice'
            if earlier is not None:
                return (earlier,)
        named = [m for m in inside if m.label in PERSONISH and m.end == end and m.start > head.idx]
        if named and modifies(head, named[-1].start, end):
            return (None,)  # 'sources close to X', 'friends of X': the description, not X nor another
        if named and self._token_before(named[-1].start).pos_ not in ("ADP", "PUNCT", "CCONJ") and not (
                _listed(self.doc[bisect_left(self.t_starts, named[-1].start)])):
            return (named[-1],)  # "Sun's chief operating officer Jo Ray", not 'Lawyers for X and Y'
        return None

    def _sourced(self, head: Token, start: int, end: int, inside: list[Mention], own: list[Mention],
                 described: bool) -> Decided:
        """A pronoun's antecedent, the owner or issuer of a text that speaks, or the one person named
        before a job's description."""
        low = head.lower_
        if low in PRONOUNS or (low in POSSESSIVES and head.dep_ == "poss"):
            return (self.pronoun(head),)
        if (owner := written_owner(head, _OWNED_NOUNS)) is not None:
            return (self._owner_mention(owner),)  # "Mr X's book suggests", 'according to its website'
        if head.lemma_.lower() in _SOURCE_NOUNS:
            bodies = [m for m in inside if m.label == "ORG" and m.end <= head.idx]
            if bodies:  # 'the FAO report', 'Email Systems analysis': its organisation
                return (bodies[-1],)
        # 'A statement from X said', then 'X published a report … The report said': X's
        for find in (issuer, earlier_issuer):
            body = find(head)
            issued = None if body is None else self._issued(body)
            if issued is not None:
                return (issued,)
        if described and not inside and self._unheld_job(head, start) and (
                before := named_before(self, head, start)) is not None:
            return (before,)  # '… a film on singer Jo Smith. The former model said': Jo Smith
        return None

    def _description(self, head: Token, start: int, end: int) -> Mention | None:
        """Whom a description refers to: a role's holder, the body a representative speaks for, the
        person of the story for a person noun, an office's holder, a body named before."""
        definite = head.left_edge.lower_ in ("the", "this") or any(c.dep_ == "poss" for c in head.children)
        trade = trade_head(head)  # 'the carmaker': a company by its trade
        body = head.lemma_.lower() in _BODY_NOUNS or trade  # 'the party', 'the lender' is no
        # 'Party leader X'
        by_role = None if head.tag_ == "NNS" or body else self._by_role(
            content_words(self.text[start:end]), start, end, forward=not definite)
        if by_role is not None and (owner := office_owner(head)) and not serves(
                by_role.role or "", head, owner, self.name_words):
            by_role = None  # "the prime minister's spokesman" is no 'Home Office Minister X'
        if by_role is not None:
            return by_role
        if (spoken := self._spoken_for(head, start, end, definite)) is not None:
            return spoken[0]
        if not definite:
            return None
        aged = (head.lower_ == "old" and head.i > 1 and self.doc[head.i - 2].lower_ == "year") \
            or ranked(head)  # 'the 25-year-old', 'the world number 60': the latest person
        person = head.lemma_.lower() in PERSON_NOUNS or aged or player_position(head)  # 'the veteran lock'
        if not person and (held := position_holder(self, head, start)) is not None:
            return held  # 'the prop said' after 'prop X': X
        if head.tag_ != "NNS" and person:
            job = "" if aged else job_stem(head.lemma_)  # 'the singer' is no 'boss X'
            if job and staff(job) and any(c.dep_ == "poss" for c in head.children):
                return None  # 'his agent', "X's coach": not the person of the story
            return self._topic_person(start, job, frozenset(description_marks(self.text[start:end])))
        if head.tag_ != "NNS" and head.lemma_.lower() in SPEAKER_NOUNS:
            return self._office(head, start, end)
        if head.tag_ == "NN" and head.lower_ in _BODY_NOUNS:
            if (titled := titled_person(self, head, start)) is not None:
                return titled  # 'the producer' after 'Producer Jo Ray': no firm
            if head.lower_ not in GROUP_NOUNS:  # 'the insurer': the firm a recent clause had as subject,
                return None if _named_within(head) else (  # none for "the UK's biggest lender"
                    self._recent_body(head.lower_, start, set(), _FIRMS))
            bare = bare_noun(head)
            return self._organisation(head.lower_, start, bare) or (  # 'the airline said': Ryanair
                None if bare or _named_within(head) or head.lower_ in GROUPS else  # not 'The IFPI industry
                # body', nor 'the piracy group' for a body that named it
                self._recent_body(head.lower_, start, set()))  # 'the world body'
        if trade:  # 'the German carmaker', 'the online auction house': like 'the insurer'
            return None if placed_trade(head) else self._recent_body(head.lower_, start, set(), _FIRMS)
        if head.tag_ == "NN" and head.lower_ not in _SOURCE_NOUNS and head.is_lower:
            return self._introduced_as(head.lower_, start)  # 'the brewer said' after 'brewer X': X
        return None

    def _owner_mention(self, owner: Token) -> Mention | None:
        """The mention the possessor of a written thing names: a pronoun's antecedent, its own
        mention, or an earlier full name for a surname."""
        if owner.lower_ in PRONOUNS or owner.lower_ in POSSESSIVES:
            return self.pronoun(owner)
        return self._mention_at(owner) or self.by_surname(owner)

    def _people_name(self, m: Mention) -> bool:
        """A people's name ('German'), or a group's that the text also gives in the plural of its
        members ('the Kiwis' for an ORG 'Kiwi'): 'the Kiwi said' is one of them, not the group."""
        name = self.text[m.start:m.end]
        return m.label == "NORP" or (m.label == "ORG" and " " not in name and name[-1:] != "s" and (
            has_word(self.text, name + "s")))

    def _issued(self, body: Token) -> Mention | None:
        """Who issued a text that speaks ('A message sent by X's team said'): the mention named in
        the issuer's phrase, else that phrase itself; a pronoun's antecedent ('It published a
        report'), nothing for a pronoun without one. A description is not resolved from afar: 'the
        inspector general' is no person named before."""
        start, end = speaker_span(body, self.quotes)
        own = self._mention_at(body)
        if any(c.dep_ == "conj" and not (own and own.start <= c.idx < own.end) for c in body.children):
            last = body.right_edge  # 'by X and Y': both, in the text's words
            return self._phrase(start, max(end, last.idx + len(last)))
        found = self.resolve(body, start, end)
        if body.head.lower_ == "from" and (found.label if found else body.ent_type_) in PLACES:
            return None  # 'reports from Russia'
        if found is not None and (body.pos_ == "PRON" or start <= found.start and found.end <= end and not (
                in_modifier(body, self.doc[bisect_left(self.t_starts, found.start)]))):
            return found  # named there ("X's team"), not a holder elsewhere, nor "a Paris-based"
        return None if body.pos_ == "PRON" else self._phrase(start, end)

    def _phrase(self, start: int, end: int) -> Mention | None:
        """The words start..end as a mention of their own, unless a quote overlaps them."""
        return None if self.quotes.overlapping(start, end) else Mention(
            start, end, None, self.text[start:end], "", "")

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
                        tok.head.lemma_.lower() in PERSON_HEADS):
                    return None  # 'a spokesman for the prosecutor, X': X is whom he speaks for
                named = self._mention_at(tok)
                named = named if named is not None and named.label in PERSONISH else apposed_person(self, tok)
                return named
        return None



def _listed(tok: Token) -> bool:
    """The name holding `tok` is one of a list ('Lawyers for X and Y', 'those players and even X'):
    the speaker is not that one."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    first = tok.head
    return tok.dep_ == "conj" and (first.pos_ == "PROPN" or first.tag_ == "NNS" and any(
        c.dep_ in ("det", "predet") for c in first.children))  # not 'founder and director X', 'media
    # and PR strategist X': the titles of one


def _bare_people(head: Token, start: int) -> bool:
    """Between 'the' and the people's name at `start` only an age or an adjective: 'the German',
    'the 27-year-old Austrian', 'the young Briton'; and no restrictive clause after it, which
    introduces someone new ('The lifelong Republican who wrote the speech says')."""
    doc = head.doc
    if any(c.dep_ in ("relcl", "acl") and doc[c.left_edge.i - 1].text != "," for c in head.children):
        return False
    return all(t.pos_ in ("NUM", "ADJ", "PUNCT") or t.lower_ in ("year", "years", "old")
               for t in doc[head.left_edge.i + 1:head.i] if t.idx < start)



def _agent_before(rel: Token) -> Token | None:
    """The 'by' agent right before a relative 'who' that the parse hung on the noun before the agent
    ('labelled a "blunder" by X who said A': X)."""
    prev = rel.doc[rel.i - 1] if rel.i else None
    if rel.lower_ != "who" or prev is None or prev.dep_ != "pobj":
        return None
    return prev if prev.head.lower_ == "by" else None


def _named_within(head: Token) -> bool:
    """A description that carries a name of its own before its head ('The IFPI industry body')."""
    return any(t.pos_ == "PROPN" for t in head.subtree if t.i < head.i)
