"""Pronoun speakers: the antecedent a he, she, it or they refers back to, agreeing in number and
kind (the last described speaker, the nearest subject person of no other gender, the nearest
organisation or plural subject), and the per-document state this needs (known genders, the last
speaker and what they said)."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from pipeline import entities
from pipeline.quotes.adjacent import continued
from pipeline.quotes.antecedents import MAX_ANTECEDENT_CHARS, PERSONISH, MentionIndex
from pipeline.quotes.companions import accompanied
from pipeline.quotes.cues import GROUP_NOUNS, SPEAKER_NOUNS, SPEECH_NOUNS, TEXT_NOUNS, can_speak
from pipeline.quotes.described import court_before, described_subject, on_bench
from pipeline.quotes.genders import genders, title_sex
from pipeline.quotes.introductions import introduced_name
from pipeline.quotes.marks import Spans
from pipeline.quotes.mentions import Mention
from pipeline.quotes.opened import opening_sentence
from pipeline.quotes.plural_objects import people_object
from pipeline.quotes.plural_speakers import body_of_people, listing_voices, voices
from pipeline.quotes.sourced import can_hold, named_source
from pipeline.quotes.speaker_phrases import SUBJ_DEPS, speaker_span
from pipeline.quotes.stances import person_like
from pipeline.quotes.text_speakers import text_speaker
from pipeline.quotes.vehicles import earlier_issuer, issuer

_TITLES = entities.person_titles()  # 'cardinal', 'mr'
_PLACES = {"LOC", "FAC"}  # a name labelled a place that is the subject of the pronoun's own sentence
# ('Delta declined to say what it calls A': the firm, the model's label notwithstanding)
POSSESSIVES = {"his": "he", "her": "she", "its": "it", "their": "they"}  # 'his promise to', 'her claim'


def _nonfinite_subject(tok: Token) -> bool:
    """The subject of a participle or a bare infinitive inside another clause ('to stop X pursuing')."""
    head = tok.head
    return head.dep_ not in ("ROOT", "conj") and (head.tag_ == "VBG" or (
        head.tag_ == "VB" and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)))


def _issued_text(noun: Token) -> bool:
    """A text that speaks for its makers ('the advert', 'the report', 'a short statement'), not one
    held by a possessor ('his letter')."""
    return noun.tag_ == "NN" and noun.lemma_.lower() in TEXT_NOUNS and noun.left_edge.lower_ in (
        "the", "this", "a", "an")


def _text(noun: Token) -> bool:
    """A text or a finding ('the results show that X …'): what it says is about others."""
    return noun.lemma_.lower() in TEXT_NOUNS


def _adds(pron: Token) -> bool:
    """The subject of a verb that goes on with a saying ('he added', 'she continued', 'he went on')."""
    verb = pron.head
    return pron.dep_ == "nsubj" and (verb.lemma_.lower() in ("add", "continue") or (
        verb.lemma_.lower() == "go" and any(c.lower_ == "on" for c in verb.children)))


def bare_noun(noun: Token) -> bool:
    """A description by its noun alone ('the organisation'), not 'the piracy group', "Supporters' group
    X", 'the organisation, the EEF,'."""
    return not any(c.dep_ in ("compound", "amod", "nmod", "poss", "appos", "nummod") for c in noun.children)


def _acted(tok: Token, recent: bool) -> bool:
    """`tok` names one who acted: a subject or in a clause's subject phrase ("X's role is", "Footage of
    X appears", "the chairman, X,"), or, in a recent sentence, any part of its main clause ("Just look
    at X"; not "Y, who joined X's team")."""
    for _ in range(6):
        if tok.dep_ in SUBJ_DEPS or (recent and tok.dep_ == "ROOT"):
            return True
        if tok.dep_ not in ("poss", "pobj", "prep", "appos", "dobj", "dative", "attr") or tok.head.i == tok.i:
            return False
        if tok.dep_ in ("dobj", "dative", "attr") and not recent:
            return False
        tok = tok.head
    return False


class PronounResolver(MentionIndex):
    """Resolves pronoun speakers of one document against its entity mentions."""

    def __init__(self, doc: Doc, quotes: Spans, text: str, starts: list[int]):
        super().__init__(doc, quotes, text, starts)
        persons = [m for m in self.mentions if m.label in PERSONISH]
        self.gender = genders(doc, text, quotes, persons, self.t_starts)
        self.resolved: dict[int, Mention | None] = {}  # pronoun token -> its antecedent
        # the last person speaker, with 'm', 'f', '?' (a description), 'n' (a name of unknown gender) or
        # 'o' (a name labelled ORG, which a he or she continues only right after its quote: `adjacent`)
        self.last: tuple[Mention, str] | None = None
        self.last_said: tuple[int, int] = (0, 0)  # what the last speaker said
        self.said: list[tuple[int, int, int]] = []  # what every speaker so far said, and its head token
        self.spoke: dict[int, Mention] = {}  # a speaker's head token -> what it was resolved to

    def noted(self, head: Token, mention: Mention | None, start: int, end: int) -> None:
        """Notes a speaker found for the content being attributed: its words and what the speaker's
        head resolved to ('The leaflet said A. It added B': the leaflet, as its own quote has it)."""
        if self.content != (0, 0):
            self.said.append((*self.content, head.i))
        label = mention.label if mention is not None else "NP"
        name = mention.name if mention is not None else self.text[start:end]
        self.spoke[head.i] = Mention(start, end, getattr(mention, "entity", None), name, label,
                                     getattr(mention, "role", ""))

    def _reported(self, tok: Token, pron: Token) -> bool:
        """The subject of words an earlier speaker the pronoun may stand for said, or the one it addressed
        ('X said Y was Z. It said', 'X urged Y to act. It said', 'A, says X, Y may B. It': not Y), unless
        `tok` spoke words of its own outside them ('backed A and critics said B')."""
        own, cues = [(s, e) for s, e, h in self.said if h == tok.i], (tok.head, tok.head.head)
        return any(s <= tok.idx < e and (s, e) != self.content and h != tok.i
                   and (self.doc[h].head in cues or self.doc[h].head.head == tok.head)
                   and self._stands_for(self.doc[h], pron) and all(s <= s2 and e2 <= e for s2, e2 in own)
                   for s, e, h in self.said)

    def _stands_for(self, head: Token, pron: Token) -> bool:
        """A speaker's head the pronoun may stand for: the same pronoun, an organisation, or a thing or
        group of the pronoun's number ('analysts' for a they; not 'the spokesman' for an it)."""
        low, spoken = POSSESSIVES.get(pron.lower_, pron.lower_), self.spoke.get(head.i)
        return head.lower_ == low or spoken is not None and (spoken.label == "ORG" or (
            self._spoken_thing(head, low == "they") and not (low == "they" and _text(head))))

    def pronoun(self, pron: Token, depth: int = 0) -> Mention | None:
        """The antecedent of a pronoun speaker, agreeing in number and kind: he/she the nearest
        PERSON of no other gender (one with a full name, a title or a known gender before a bare
        one-word name), it an organisation, they a plural subject or an organisation; I, we and
        you stay unresolved."""
        if pron.i in self.resolved:
            return self.resolved[pron.i]
        low, found = POSSESSIVES.get(pron.lower_, pron.lower_), None
        if low in ("he", "she"):
            gender = "m" if low == "he" else "f"
            # '"A," said producer X (labelled ORG). "B," he added': only right after X's quote
            adds = _adds(pron) and self._said_just_before(pron)  # 'A spokesman said A. But he added: B'
            found = self._same_sentence(pron, gender) or self._introduced(pron, gender) or (
                self._previous_speaker(pron.idx, gender, adds)) or (
                continued(self.text, self.last[0], self.last_said, self.content, pron.idx)
                if self.last is not None and self.last[1] == "o" else None)
            if found is None or (found.entity is None and self.last is not None and self.last[1] == "?"
                                 and not ((adds or on_bench(found.name)) and found is self.last[0])):
                named = self._person(pron.idx, gender, depth)  # 'the Lord Chancellor': a name if any
                found = found if named and found and found.role and self.jobs.other(named, found.role) else (
                    named or found)  # not 'boss X' for 'the midfielder'
            if found is not None:
                key = found.entity or found.name
                self.gender[key] = "m" if low == "he" else "f"
        elif low in ("it", "they") and depth < 4:
            found = self._group(pron, plural=low == "they", depth=depth)
        self.resolved[pron.i] = found
        return found

    def _same_sentence(self, pron: Token, gender: str) -> Mention | None:
        """A possessive's holder in its own sentence: the subject of the nearest clause above it with
        one, when a person of no other gender ('X fanned anger over her remark that A'; a pronoun or
        another person leaves it to the other rules), the person object of a verb whose infinitive
        holds it ('forced X to reassess his belief'); after a thing subject or none, the nearest
        person named before it in the sentence, outside quotes and not a possessor."""
        if pron.lower_ not in ("his", "her"):
            return None
        for verb in pron.ancestors:
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pron.i), None)
            if subj is None and verb.dep_ == "xcomp":
                subj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if subj is not None and (person_like(subj) or subj.pos_ != "NOUN"):
                m = self._mention_at(subj)
                return m if m is not None and self._fits(m, gender) else None
            if subj is not None:
                break  # a thing ('the rout forced X to reassess his belief'): the person named before
        for m in reversed(self.between(pron.sent.start_char, pron.idx)):
            if m.end <= pron.idx and not self.text.startswith(("'", "\u2019"), m.end) and (
                    self._fits(m, gender)):
                return m
        return None

    def _fits(self, m: Mention, gender: str) -> bool:
        """A person mention outside quotes of no other gender than `gender`."""
        return m.label in PERSONISH and not self.hidden(m.start) and self.gender.get(
            m.entity or m.name) in (gender, None, "?", "n")

    def _said_just_before(self, pron: Token) -> bool:
        """The last speaker, a person described ('A spokesman'), spoke in the sentence right before."""
        sent = pron.sent
        prev = self.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        last = self.last
        return last is not None and bool(last[0].role) and prev <= self.last_said[1] <= sent.start_char

    def _previous_speaker(self, before: int, gender: str, adds: bool = False) -> Mention | None:
        """The last speaker described, not named ('A spokeswoman said … She added'), when no
        person is mentioned between and the description does not contradict the pronoun."""
        if self.last is None:
            return None
        m, known = self.last
        if not 0 < before - m.end < 600 or known not in (gender, "?", "n"):
            return None
        first = self.text[m.start:m.end].split(" ", 1)[0].lower()
        if known == "?" and m.entity is None and first in ("a", "an") and not adds:
            return None  # 'a judge said … he added' is too loose a link
        said = self.last_said  # 'The chancellor said Mr X was never there. He said …': not X
        between = [x for x in self.between(m.end, before)
                   if not said[0] <= x.start < said[1] and not self.hidden(x.start)]
        sent = self.doc[min(len(self.doc) - 1, bisect_left(self.t_starts, before))].sent
        recent = self.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        if any(x.label in PERSONISH and (x.entity or x.name) != (m.entity or m.name)
               and _acted(self._token_before(x.end), x.start >= recent) for x in between):
            return None  # someone else spoke or acted since, or was just named ('Look at X. He said')
        first, last = bisect_left(self.t_starts, m.end), bisect_left(self.t_starts, before)
        if any(self._missed_name(t) is not None for t in self.doc[first:last]
               if not said[0] <= t.idx < said[1]):
            return None  # a name the entities missed acted since ('as Cardinal A B backed X. He said')
        if any(self._other_described(t, gender, m) for t in self.doc[first:last] if t.idx >= recent):
            return None  # 'The prime minister toured A. He said': another person acted since
        return m

    def _other_described(self, tok: Token, gender: str, m: Mention) -> bool:
        """`tok` is a main-clause subject describing a person (`described_subject`) other than `m`."""
        if tok.dep_ not in SUBJ_DEPS or tok.head.dep_ != "ROOT" or self.hidden(tok.idx):
            return False
        if not described_subject(tok):
            return False
        held = self._holder(tok, gender)
        return held is not None and (held.entity or held.name) != (m.entity or m.name)

    def _missed_name(self, head: Token) -> Mention | None:
        """A clause subject outside quotes that is a name of two or more words no model or entity
        labelled, opening with a title or a census given name of one sex ('Cardinal Anton Vell, the
        archbishop, backed X'), as an unlinked person mention."""
        if head.dep_ not in ("nsubj", "nsubjpass") or head.pos_ != "PROPN" or head.ent_type_ \
                or self.hidden(head.idx) or self._mention_at(head) is not None:
            return None
        names = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i]
        if not names or names[0].ent_type_ or any(map(self._mention_at, names)):
            return None
        first = names[0].lower_.replace(".", "")
        if first not in _TITLES and first not in entities.given_genders():
            return None  # 'State Department', not 'Cardinal A B' nor 'Theresa X'
        return self._unlinked_person(names[0], head)

    def _person(self, before: int, gender: str, depth: int = 0) -> Mention | None:
        """The nearest earlier PERSON outside quotes a he (gender 'm') or she ('f') can refer to, among
        the subjects of this and the last two sentences (not counting those a quote runs over):
        main-clause subjects first (a subject 'he' there stands for its own antecedent: 'Now he fears A
        because B is away. "…," he added'; the unknown-gender main subject of the sentence before:
        'Tait appeared unaffected. "…," he said'),
        then any subject ('Smith criticised Jones. He said …'), one of the pronoun's gender before one
        of unknown gender, a titled name ('Mr Ancram') too; else the nearest person named."""
        tok = self.doc[min(len(self.doc) - 1, bisect_left(self.t_starts, before))]
        sent = opening_sentence(tok.sent, self.quotes, self.t_starts)  # '"A. B," he said': from A's
        near = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for _ in range(2):
            if sent.start > 0:
                sent = self.doc[sent.start - 1].sent
        window = list(reversed(self.doc[sent.start:tok.i]))
        pron = "he" if gender == "m" else "she"
        named = False  # a name was the subject of a clause nearer the pronoun ('while X has struggled, his')
        for head in window:
            if head.dep_ not in SUBJ_DEPS or head.head.dep_ != "ROOT" or self.hidden(head.idx):
                named = named or (head.dep_ in SUBJ_DEPS and head.pos_ == "PROPN")
                continue
            if head.lower_ == pron and depth < 4:
                chained = self.pronoun(head, depth + 1)
                if chained is not None:
                    return chained
            if head.i >= near and court_before(self, head, tok):
                return None  # 'The court cleared X. But he said': no name
            if head.i >= near and described_subject(head):
                m = self.resolve(head, *speaker_span(head, self.quotes))  # once, for both reads
                if self._unnamed(head, m):
                    return None  # 'The judge ruled A. He said': no name
                if held := self._fitting(m, gender):
                    return held  # 'The prime minister toured A. He insisted B': the prime minister
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
        for m in self.earlier(before, PERSONISH):
            known = self.gender.get(m.entity or m.name)
            if known == gender or (known is None and (" " in m.name.strip() or m.role)):
                return m
            if known is None and weak is None:
                weak = m  # a one-word 'PERSON' may be a party or a firm the model mislabelled
        return weak

    @staticmethod
    def _unnamed(head: Token, m: Mention | None) -> bool:
        """A bare description no name fits (`m`, what `resolve` found for it, is None; not 'the source
        of X'): a he or she after it is that one."""
        return m is None and bare_noun(head) and not any(c.dep_ == "prep" for c in head.children)

    def _holder(self, head: Token, gender: str) -> Mention | None:
        """The person a description names (`resolve`, as for a speaker), of no other gender."""
        return self._fitting(self.resolve(head, *speaker_span(head, self.quotes)), gender)

    def _fitting(self, m: Mention | None, gender: str) -> Mention | None:
        """`m`, what `resolve` found for a description, when it is a person of no other gender."""
        known = None if m is None else self.gender.get(m.entity or m.name)
        return m if m is not None and m.label in PERSONISH and known in (None, gender) else None

    def _introduced(self, tok: Token, gender: str) -> Mention | None:
        """The person the sentence right before introduces, when no person is named before the pronoun
        in its own (`introduced_name`: 'X is senior officer at Y', "The show's designer is X", 'The
        comments came from X, a lawyer')."""
        sent = tok.sent
        if sent.start == 0 or any(m.label in PERSONISH for m in self.between(sent.start_char, tok.idx)):
            return None
        name = introduced_name(self.doc[sent.start - 1].sent.root)
        if name is None or self.hidden(name.idx):
            return None
        m = self._mention_at(name) or self._unlisted_name(name, gender)
        return m if m is not None and self._fits(m, gender) else None

    def _unlisted_name(self, head: Token, gender: str) -> Mention | None:
        """A name no entity holds, of words in title case, not opening with a census given name of the
        other sex ('Jo Vell')."""
        names = [c for c in head.children if c.dep_ == "compound" and c.is_title and c.i < head.i]
        if not names or not head.is_title or head.pos_ != "PROPN" \
                or any(t.ent_type_ for t in (head, *names)) \
                or entities.given_genders().get(names[0].lower_, gender) != gender:
            return None
        return self._unlinked_person(names[0], head)

    def _unlinked_person(self, first: Token, head: Token) -> Mention:
        """The name from `first` to `head` as a person mention no entity holds."""
        start, end = first.idx, head.idx + len(head)
        return Mention(start, end, None, self.text[start:end], "PERSON", "")

    def _subject_person(self, head: Token, gender: str,
                        owner: bool = False) -> tuple[Mention, str | None] | None:
        """The person a subject name outside quotes stands for and its known gender ('m', 'f' or None),
        unless a title gives the other gender ('Mrs. Clinton' is no 'he'); with `owner`, also the
        name owning a subject that is no person ("Mr X's insistence that A was B")."""
        subject = head.dep_ in SUBJ_DEPS or (
            head.head.dep_ in SUBJ_DEPS and head.dep_ in ("appos", "conj")) or (
            head.dep_ == "pobj" and head.head.dep_ == "agent")  # 'was welcomed by X. "…," he said
        if subject and head.pos_ == "NOUN":  # "X's lawyer, Gregory Y, reacted … he told": the name
            head = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), head)
        if owner and subject and head.pos_ == "NOUN" and (
                not can_speak(head) or head.lemma_.lower() in SPEECH_NOUNS) and not any(
                c.dep_ == "appos" for c in head.children):  # "Mr X's insistence that A was B. … he said": X
            head = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), head)
        if not subject or head.pos_ != "PROPN" or self.hidden(head.idx):
            return None
        titled = title_sex(self.doc[head.i - 1].lower_) if head.i > 0 else None
        if titled not in (None, gender):
            return None
        m = self._mention_at(head)
        if m is None and titled is None:
            missed = self._missed_name(head)  # 'Cardinal Anton Vell, the archbishop, backed X'
            return None if missed is None else (missed, None)
        if m is None:
            m = self.by_surname(head) or Mention(
                self.doc[head.i - 1].idx, head.idx + len(head), None,
                self.text[self.doc[head.i - 1].idx:head.idx + len(head)], "PERSON", "")
            return m, titled
        if m.label not in PERSONISH:
            return None
        return m, self.gender.get(m.entity or m.name) or titled

    def _group(self, pron: Token, plural: bool, depth: int) -> Mention | None:
        """'it': the nearest earlier subject naming an organisation (an ORG/GPE name, 'the firm',
        'the report'; a text of this or the last sentence, or its issuer: 'the advert'), else the
        nearest ORG mention; 'they': the nearest earlier plural subject ('the tobacco companies', 'X
        and Y') or organisation subject; within three sentences."""
        doc, sents, apart = self.doc, 0, 0  # sentences back; of them, those outside quotes
        # the subjects of the clause 'they' reports ('They say that X is …'): not its antecedents
        later = frozenset()
        if plural:
            later = {t.lower_ for t in pron.sent if t.i > pron.i and t.dep_ in SUBJ_DEPS}
        j = pron.i - 1
        while j >= 0 and pron.idx - self.t_starts[j] < MAX_ANTECEDENT_CHARS:
            tok = doc[j]
            j -= 1
            if tok.is_sent_end and tok.i < pron.i - 1:
                sents += 1
                apart += self.quotes.index_at(tok.idx) is None
                if sents > 3:
                    break
            listed = plural and tok.dep_ == "attr" and any(c.dep_ == "conj" for c in tok.rights)  # 'are A, B'
            listed = listed or named_source(tok, plural)  # 'According to the unions, A. They …'
            hung = tok.dep_ not in SUBJ_DEPS and not (tok.dep_ == "conj" and tok.head.dep_ in SUBJ_DEPS)
            speaker = tok.i in self.spoke and (not hung or tok.dep_ == "conj")  # ('A and critics said B')
            if (hung and not listed and not speaker) or self.hidden(tok.idx) or self._reported(tok, pron):
                continue
            if tok.lower_ == pron.lower_:
                return self.pronoun(tok, depth + 1)
            joint = accompanied(self, tok, depth) if plural and tok.dep_ in SUBJ_DEPS else None
            if joint is not None:  # 'Along with X and Y, he attacked A, which they claimed B'
                return joint
            if _nonfinite_subject(tok) or not can_hold(pron, tok):  # 'to stop Apple pursuing it. It argues'
                continue
            if tok.pos_ == "PRON":
                continue
            label = getattr(self._mention_at(tok), "label", None) if plural else None
            if hung and speaker:  # a speaker the parse hung elsewhere ('A and critics said')
                if self._spoken_thing(tok, plural) and (not plural or voices(tok, pron, label)):
                    return self.spoke[tok.i]
                continue
            if plural and (tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)):
                if listing_voices(tok, pron, lambda t: getattr(self._mention_at(t), "label", None)):
                    return self._listing(tok)  # 'Varga and Odell', 'A, B and C … They have all denied'
                continue  # 'Stories about A and rumours about B': things, no speakers
            mention = self._mention_at(tok)
            if mention is not None and mention.label in PERSONISH:
                if not plural and self._mislabelled_speaker(tok, mention, apart):
                    return self.spoke[tok.i]  # '"A," said Zorbex (labelled PERSON). "B," it said'
                continue
            if plural and tok.lower_ in later:
                continue  # 'They say that X is a risk': not X
            if plural:
                ok = tok.tag_ == "NNPS" or (tok.tag_ == "NNS" and can_speak(tok) and voices(tok, pron)) or (
                    body_of_people(tok, sents, tok.i in self.spoke)) or (
                    mention is not None and mention.label == "ORG") or (
                    mention is not None and mention.label == "NORP" and mention.name.endswith("s"))
            else:
                ok = tok.tag_ in ("NN", "NNP") and (
                    (mention is not None and mention.label in ("ORG", "GPE"))
                    or (mention is None and tok.pos_ == "PROPN")
                    or (sents == 0 and getattr(mention, "label", "") in _PLACES)
                    or tok.lemma_.lower() in GROUP_NOUNS
                    or (sents <= 1 and _issued_text(tok))) or (  # 'The advert said A. It urged B'
                    tok.tag_ == "NNPS" and getattr(mention, "label", "") == "ORG")  # 'the X Chambers of Y'
            if not ok and not plural and tok.sent.start == pron.sent.start:
                inner = self._org_inside(tok)  # 'Shares in X closed … after it said': X
                if inner is not None:
                    return inner
            if not ok and apart <= 1 and tok.i in self.spoke and self._spoken_thing(tok, plural) and (
                    not plural or voices(tok, pron, label)):
                return self.spoke[tok.i]  # 'The leaflet said A. It added B'
            if not ok and not plural and apart <= 1 and (said := text_speaker(self.spoke, tok)) is not None:
                return said  # "X's statement said A. It added B": X
            if ok:
                if mention is not None:  # 'X warned the riders after they A': the riders
                    return people_object(tok, mention, pron, self.hidden, self._mention_at) or mention
                named = self._apposed_body(tok)  # "Manufacturers' body, the MTA, said … It"
                if named is not None:
                    return named
                made = issuer(tok) or earlier_issuer(tok) if _issued_text(tok) else None
                if made is not None and (m := self._mention_at(made)) is not None:
                    return m  # 'X published a report. The report said A. It urged B': X
                if not plural and tok.lower_ in GROUP_NOUNS and tok.left_edge.lower_ == "the":
                    body = self._organisation(tok.lower_, tok.idx, bare_noun(tok))  # 'The airline said … it'
                    if body is not None:
                        return body
                start = speaker_span(tok, self.quotes)[0]  # the phrase up to its head noun (and 'of …')
                last = next((c.right_edge for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"
                             and c.right_edge.i - tok.i <= 6), tok)
                end = last.idx + len(last)
                return Mention(start, end, None, self.text[start:end], "NP", "")
        return None if plural else self._nearest(pron.idx, {"ORG"})

    def _spoken_thing(self, tok: Token, plural: bool) -> bool:
        """A speaker of a quote of the pronoun's number, no one person ('the leaflet'; 'the guidelines',
        'analysts' for a they)."""
        spoken = self.spoke[tok.i]
        many = tok.tag_ in ("NNS", "NNPS") and spoken.label != "ORG"
        return spoken.label not in PERSONISH and many == plural and (
            plural or tok.lemma_.lower() not in SPEAKER_NOUNS)

    def _mislabelled_speaker(self, tok: Token, mention: Mention, sents: int) -> bool:
        """A one-word name labelled PERSON, of no known gender or role, that spoke in this or the last
        sentence: an 'it' after its quote means it is a firm ('"A," said Zorbex. "B," it said')."""
        return sents <= 1 and tok.i in self.spoke and " " not in mention.name.strip() and not mention.role \
            and self.gender.get(mention.entity or mention.name) in (None, "n")

    def _apposed_body(self, noun: Token) -> Mention | None:
        """The organisation a description names in apposition ('the body, the MTA,')."""
        for c in noun.children:
            named = self._mention_at(c) if c.dep_ == "appos" and c.pos_ == "PROPN" else None
            if named is not None and named.label == "ORG":
                return named
        return None

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
