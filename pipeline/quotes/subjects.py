"""The speaker in the parse: the subject of a speech cue ('X said', 'said X', 'according to X') and
what names it (speaker_phrases.py)."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.addressed import addressing_verb
from pipeline.quotes.adjectives import holder as belief_holder
from pipeline.quotes.closing_sources import closing_source
from pipeline.quotes.columns import span_text
from pipeline.quotes.cues import (
    ANSWERING_LEMMAS,
    BELIEF_LEMMAS,
    DOCUMENT_NOUNS,
    ENDORSING_LEMMAS,
    FINITE_VERBS,
    JUDGEMENT_LEMMAS,
    PRONOUNS,
    SPEAKING_NOUNS,
    SPEECH_LEMMAS,
    SPEECH_NOUNS,
    can_speak,
    is_cue,
    is_speech_cue,
)
from pipeline.quotes.frames import asked_frame, has_said, reduced_call, set_off_participle, verbless_sentence
from pipeline.quotes.framing import FRAME_PREPS, stranded_subject
from pipeline.quotes.inverted_asides import inverted_aside
from pipeline.quotes.inverted_leads import lead_name
from pipeline.quotes.makers import (
    agent_of,
    can_issue,
    holder,
    made_by,
    noun_after_prep,
    object_maker,
    passive_participle,
    prep_noun_holder,
)
from pipeline.quotes.marks import Spans
from pipeline.quotes.nearby_names import name_after, name_before
from pipeline.quotes.nouns import voiced_by
from pipeline.quotes.order_tellers import order_in_report
from pipeline.quotes.passive import participle_agent
from pipeline.quotes.phrase_infinitives import phrase_verb
from pipeline.quotes.quoted_cues import felt
from pipeline.quotes.received import received, sent_by
from pipeline.quotes.relative_heads import set_off_subject
from pipeline.quotes.relative_objects import relative_object_speaker
from pipeline.quotes.second_acts import second_act_teller
from pipeline.quotes.speaker_phrases import SUBJ_DEPS, affiliation_of, article_of_owned, speaker_head, usable
from pipeline.quotes.stances import person_like

_CLIMB_DEPS = {"conj", "xcomp", "advcl", "pcomp", "prep", "acl", "relcl", "ccomp", "dep", "attr", "advmod",
               "acomp", "pobj"}  # 'is likely to remind voters by mentioning', 'In addition to stating A, X
_MADE_IN = {"in", "with"}  # 'said in a statement that', 'entered the debate with the argument that'
_INVERTED_TOKENS = 8  # 'said Oversight ranking Democrat Elijah Cummings'
_PASSIVE_BE = {"is", "are", "was", "were", "be", "been", "being"}  # not 'who's argued', 'got asked'


def find_subject(cue: Token, quotes: Spans, question: bool = True) -> Token | None:
    """The speaker token of a cue: the verb's subject (climbing conjoined/embedded verbs), the
    object of 'according to', or a name right after the verb ('said X'). Subjects inside quotes,
    dates and numbers ('said Friday'), possessives and the patient of a passive cue are passed over;
    '…, says X, …' takes X even where the parse gives the verb a subject before the comma. A
    `question` put in a frame ('When asked whether A, X said') is the unnamed asker's; the answer
    next to the frame (not `question`) is X's."""
    if cue.lower_ == "to":  # according to X
        return next((c for c in cue.children if c.dep_ == "pobj"), None)
    if cue.pos_ == "NOUN":  # 'Trump's claim that'; 'Trump claims that' with the verb tagged a noun
        own = next((c for c in cue.children if usable(c, quotes) and (
            c.dep_ in ("poss", "nsubj") or _holder_compound(c))), None) or voiced_by(cue) or sent_by(cue)
        return own if own is not None else _claimant(cue, quotes)
    if cue.pos_ == "ADJ":  # 'X is confident that': the copula's subject
        return _subject_of(cue.head, quotes)
    if felt(cue) and quotes.overlapping(cue.idx, cue.idx + 1):  # 'X is "saddened" that': X, not the agent
        return belief_holder(cue, quoted=True)
    inverted = relative_object_speaker(cue) or closing_source(cue)  # ', which critics accused of A'
    inverted = inverted or _parenthetical_name(cue, quotes)  # 'A, shows a study by X.'
    inverted = inverted or inverted_after_quote(cue)  # 'said X, "…"'
    inverted = inverted or lead_name(cue) or set_off_name(cue, quotes)  # 'Said X: "…"'
    if inverted is not None:
        return inverted
    agent = agent_of(cue)
    if agent is not None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return agent  # 'As reported by X, A'
    if cue.lemma_ != "quote" and ((question and asked_frame(cue)) or passive_participle(cue, question) or any(
            c.dep_ == "auxpass" and c.lower_ in _PASSIVE_BE for c in cue.children)):
        return agent  # 'X had been told (by Y) that', 'When asked whether A, X said': the asker, if named
    made = object_maker(cue, quotes)  # 'follows a complaint filed by X alleging A': X's
    if made is not None:
        return made
    if noun_after_prep(cue):  # 'amid Tory claims A': a noun the tagger took for a verb
        named = prep_noun_holder(cue)
        return named if named is not None and usable(named, quotes) else None
    stranded = stranded_subject(cue)  # 'say A and the Liberal Democrats claim B': no subject parsed
    if stranded is not None:
        return stranded[1]
    verb = addressing_verb(cue) or second_act_teller(cue) or _teller(cue)  # 'said A would B, saying C'
    # (the teller's); 'X e-mailed Y pointing out A': X's, not Y's
    if verb is not cue and _subject_of(verb, quotes) is None:
        verb = cue  # '…, telling reporters, "A lot of people said …"': no teller in the quote
    for _ in range(5):  # 'stopped short of calling X': calling, of, short, stopped, and its subject
        subj = _subject_of(verb, quotes)
        if subj is not None:
            name = appended_name(subj) if verb is cue else None
            if name is not None:
                return name
            if verb is cue and subj.dep_ == "nsubjpass" and cue.lemma_ != "quote" and not has_said(cue):
                return agent_of(cue)  # 'when a flaw is announced': the flaw is not the speaker
            if verb is not cue and (agent := participle_agent(cue, verb, subj)) is not None:
                return agent  # 'The bill was backed by X, saying A': X's
            if verb is cue and subj.lemma_.lower() in DOCUMENT_NOUNS:  # 'X's statement read/said': X's
                owner = next((c for c in subj.children if c.dep_ == "poss" and usable(c, quotes)), subj)
                return subj if article_of_owned(owner) else owner  # "a new MPs' report": the report
            return subj
        agent = agent_of(verb)
        if agent is not None and verb.lemma_ == "quote":  # 'was quoted by X as saying'
            return agent
        if _headline_above(verb, verb.head):  # not into a headline the parse ran into the first sentence
            return _line_subject(cue, quotes) or name_before(cue, quotes)
        if verb.dep_ not in _CLIMB_DEPS or verb.head.i == verb.i:
            break
        if verb.dep_ == "relcl":
            if (held := phrase_verb(verb)) is None:  # 'X were at pains to point out A': X, not 'pains'
                return verb.head if verb.head.pos_ in ("PROPN", "NOUN") else None
            verb = held
            continue
        if verb is cue and _coordinated_with_teller(cue):
            verb = cue.head.head  # 'He said X had no plans and added that …': He added, not X
            continue
        bare = verb.tag_ in ("VB", "VBP") and verb.dep_ in ("dep", "ccomp", "conj")  # 'saw MPs warn that …'
        if verb.dep_ == "xcomp" or bare:  # object control: 'prompted the minister to say', 'urged X to say'
            obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i
                        and speaker_head(c, quotes) and (not bare or c.right_edge.i == verb.i - 1)
                        and not (verb.dep_ == "conj" and any(g.dep_ == "cc" for g in c.children))), None)
            # (not after a list: 'has its problems and analysts warn' joins two clauses)
            if obj is not None:
                return obj
        if verbless_sentence(verb) and speaker_head(verb.sent.root, quotes):
            return verb.sent.root  # 'X (D), the governor's opponent, called for A': X
        if verb is cue and reduced_call(verb) and speaker_head(verb.head, quotes):
            return verb.head  # 'X called last week for A'
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in SPEECH_NOUNS:  # 'a government claim accusing'
            owner = [c for c in verb.head.children if c.dep_ in ("poss", "compound") and usable(c, quotes)]
            return owner[-1] if owner else _issuer(verb.head, quotes)
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and speaker_head(verb.head, quotes):
            return _issuer(verb.head, quotes) or verb.head  # 'a letter saying that …', 'an ad claiming …'
        verb = verb.head
    if any(c.dep_ in SUBJ_DEPS and _headline_above(cue, c) for c in cue.children):
        found = _line_subject(cue, quotes)  # 'X fired | A US attendant suspended over A - says': attendant
        if found is not None:
            return found
    return name_before(cue, quotes) or name_after(cue, quotes) or set_off_subject(cue)


def _headline_above(verb: Token, head: Token) -> bool:
    """`head` on a line before the verb's that ends with no stop: a headline or a title the parse ran
    into the next sentence."""
    if head.i > verb.i:
        return False
    brk = next((t for t in verb.doc[head.i:verb.i] if "\n" in t.text_with_ws), None)
    if brk is None:
        return False
    j = brk.i if brk.is_space else brk.i + 1
    last = next((t for t in reversed(verb.doc[head.i:j]) if not t.is_space and not t.is_quote), None)
    return last is not None and last.text not in (".", "!", "?", ":", "...")


def _line_subject(cue: Token, quotes: Spans) -> Token | None:
    """The speaker on the cue's line: the first noun there the parse hung on the line above ('Lawyer
    attacks laws | A barrister who resigned says …': barrister), else the first subject of a verb before
    the cue ('VW considers a plant | Volkswagen is considering A, but said …': Volkswagen)."""
    start = cue.i
    while start > 0 and "\n" not in cue.doc[start - 1].text_with_ws:
        start -= 1
    line = cue.doc[start:cue.i]
    hung = next((t for t in line if t.head.i < start and t.pos_ in ("NOUN", "PROPN")
                 and speaker_head(t, quotes)), None)  # 'A barrister who … | says'
    if hung is not None:
        return _named_in_phrase(hung, cue.i) or hung
    return next((t for t in line if t.dep_ == "nsubj" and t.head.i < cue.i and t.head.dep_ != "relcl"
                         and speaker_head(t, quotes)), None)


def _named_in_phrase(first: Token, end: int) -> Token | None:
    """The person a phrase opening with `first` names, when `first` only modifies it ('Kelby winger
    Tom Hale says': Hale, not the team): a person's name later in the same run of words before the
    cue, with no verb or punctuation between, that the parse also hung outside the line."""
    if first.ent_type_ == "PERSON":
        return None
    for t in first.doc[first.i + 1:end]:
        if t.pos_ in ("VERB", "AUX", "PUNCT", "SCONJ", "PRON") or t.is_quote:
            return None
        last = t.i + 1 == end or t.doc[t.i + 1].ent_type_ != "PERSON"  # the name's last word
        if t.ent_type_ == "PERSON" and t.head.i < first.i and last:
            return t
    return None


def _claimant(noun: Token, quotes: Spans) -> Token | None:
    """Who makes a claim named by a speech noun with no holder of its own: the subject of the verb
    whose object it is ('X repeated accusations that', 'X said in a statement that', 'X has a
    counter-argument that'), not of a verb that answers or judges it ('X denied accusations that')."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in _MADE_IN else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX") or received(noun) or (
            verb.lemma_.lower() in ANSWERING_LEMMAS or verb.lemma_.lower() in JUDGEMENT_LEMMAS):
        return None
    return _subject_of(verb, quotes)


def issued_by(rel: Token, quotes: Spans) -> Token | None:
    """Who put out a thing that speaks ('X released a video that accuses Y', 'X ran a piece which
    noted …'): the subject of the verb whose object is the antecedent of a relative 'which', or of a
    'that' after a singular noun (not a person, nor a group, who speak for themselves)."""
    noun = rel.head.head
    if rel.lower_ not in ("that", "which") or rel.head.dep_ != "relcl" or noun.pos_ != "NOUN" or (
            noun.ent_type_ or noun.lemma_.lower() in SPEAKING_NOUNS):
        return None
    if noun.tag_ != "NN" and rel.lower_ == "that":
        return None  # 'met voters that say …': people speak for themselves
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.lemma_.lower() in ANSWERING_LEMMAS or verb.lemma_.lower() in JUDGEMENT_LEMMAS:
        return None  # 'X is challenging a ruling which said …': the ruling is not X's
    issuer = _issuer(noun, quotes)
    return None if issuer is None or issuer.i == noun.i else issuer


def _coordinated_with_teller(cue: Token) -> bool:
    """A speech cue the parse joined to the verb of another speech verb's reported clause ('He said
    X had no plans and added that …', 'said the bill was flawed, and urged …'): the cue goes with
    the outer speech verb, whose subject is its speaker."""
    head = cue.head
    return (
        cue.dep_ == "conj"
        and head.dep_ == "ccomp"
        and head.head.i != head.i
        and head.head.lemma_.lower() in SPEECH_LEMMAS
        and not any(c.dep_ in SUBJ_DEPS for c in cue.children)
    )


def _holder_compound(tok: Token) -> bool:
    """A name or a group before a speech noun, who made the claim ('Tory claims that', 'union
    warnings that', 'Labour allegations that')."""
    return tok.dep_ == "compound" and holder(tok)


def appended_name(subj: Token) -> Token | None:
    """The name the parse hung on the end of the content as an apposition to its last noun ('To
    understand the case, Justice Roberts said, …': 'Roberts' an apposition of 'case'): a proper
    noun right before the verb, after a comma."""
    doc, verb = subj.doc, subj.head
    if verb.dep_ != "parataxis" or verb.i < subj.i or doc[verb.i - 1].pos_ != "PROPN":
        return None
    name = next((c for c in subj.rights if c.dep_ == "appos"), None)
    if name is None or name.pos_ != "PROPN" or name.right_edge.i != verb.i - 1:
        return None
    return name if doc[name.left_edge.i - 1].text == "," else None


def _teller(cue: Token) -> Token:
    """The verb whose subject speaks for a participle of saying set off by a comma: the speech or
    belief verb whose reported clause the parse hung it on, through the clause's conjoined and
    infinitive verbs ('X said that A, stating B', 'said A would do B, saying C', 'X believes A does
    B, explaining C': `participle_cut` ends the content before it), or the verb whose object's
    clause holds it ('X rejected the idea that A, saying B'); else the cue (an evidence verb's clause
    keeps it: 'filings revealed that he sought A, alleging B' is his)."""
    if set_off_participle(cue) is None:
        return cue
    clause = cue.head
    while clause.dep_ in ("conj", "xcomp") and clause.head.i < clause.i:
        clause = clause.head
    teller = clause.head
    if (clause.dep_ == "ccomp" and teller.i < clause.i and (
            is_speech_cue(teller) or teller.lemma_.lower() in BELIEF_LEMMAS)
            and "\n" not in span_text(cue.doc, teller.i, cue.i)):
        return clause if order_in_report(cue, clause) else teller  # 'Y said X rang, telling him to': X
    head = cue.head  # 'X rejected the idea that A would B, saying …': X's participle, not A's
    if head.dep_ == "acl" and head.head.dep_ == "dobj" and is_cue(head.head.head, stances=True):
        return head.head.head
    return cue


def _issuer(noun: Token, quotes: Spans) -> Token | None:
    """Who issued a statement, a letter or an ad: the subject of the verb it is the object of
    ('The ministry released a statement announcing …', 'she said at a news conference announcing …'),
    else the noun itself for a speech noun."""
    made = made_by(noun, quotes)  # 'a complaint filed by X alleging …': X, not who cites it
    if made is not None:
        return made
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ in ("dobj", "pobj") and verb.pos_ in ("VERB", "AUX") and not (
            noun.dep_ == "pobj" and noun.head.lower_ in FRAME_PREPS  # 'In a statement announcing …, X'
    ) and verb.lemma_.lower() not in ENDORSING_LEMMAS and not (  # 'X signed a communique stressing A': its
            (received(noun) or verb.lemma_ == "get") and not can_speak(noun)):  # 'X received a call saying A'
        # is not X's; 'X drew crowds describing A' is
        subj = _subject_of(verb, quotes)
        if subj is not None and can_issue(subj):
            return subj
    return noun if noun.lemma_.lower() not in SPEECH_NOUNS and speaker_head(noun, quotes) else None


def _parenthetical_name(cue: Token, quotes: Spans) -> Token | None:
    """X of a parenthetical '…, says X, …' whose subject the parse put before the comma (not a
    name of its own: 'The idea, says BT, is …'; 'the courts which, said Mr Hopkins, "…"')."""
    doc = cue.doc
    if cue.i == 0 or doc[cue.i - 1].text != "," or cue.dep_ in ("acl", "amod"):
        return None
    aside = inverted_aside(cue)  # 'The contrast, said Doyle and others, would be …': Doyle and others
    if aside is not None and usable(aside[1], quotes):
        return aside[1]
    subj = _subject_of(cue, quotes)
    if subj is not None and (subj.i > cue.i or subj.pos_ == "PROPN" or subj.lower_ in PRONOUNS):
        return None
    after = name_after(cue, quotes)
    if after is None or after.pos_ != "PROPN" or after.dep_ in ("dobj", "dative", "pobj"):
        return None
    nxt = doc[after.i + 1] if after.i + 1 < len(doc) else None
    return after if nxt is None or nxt.text in (",", ".", ";") or nxt.is_quote else None


def set_off_name(cue: Token, quotes: Spans) -> Token | None:
    """The name of '…, her aide, Tom Reed, told X.' that the parse gave no role of the cue's subject:
    a finite cue right after a name set off by commas from a description before it, with no subject
    of the cue among them (the parse took one from the clause before)."""
    doc, i = cue.doc, cue.i
    if cue.tag_ not in FINITE_VERBS or i < 4 or doc[i - 1].text != ",":
        return None
    j = i - 2
    while j > 0 and doc[j].pos_ == "PROPN" and i - j < 6:
        j -= 1
    k = j - 1  # the description ('her aide'): a noun after a comma, with no verb of its own
    while k > 0 and doc[k].text != "," and j - k < 8 and doc[k].pos_ not in ("VERB", "AUX"):
        k -= 1
    name = doc[i - 2]
    if (doc[j].text != "," or j == i - 2 or doc[k].text != "," or doc[j - 1].pos_ != "NOUN"
            or any(c.dep_ in ("nsubj", "nsubjpass") and c.i > k for c in cue.children)):
        return None
    return name if usable(name, quotes) else None


def inverted_after_quote(cue: Token) -> Token | None:
    """The speaker of '"…," said X, who …' (or 'X, a …', 'X (D-Md.)') that the parse made the subject
    of a clause of its own: right after a quote closed by a comma or a stop, a finite cue, then a
    noun phrase with no verb of its own up to a comma, a bracket or the sentence end; its head. A
    comma may follow the closing mark ('"…?", implored X'), a verb of saying be tagged a participle."""
    doc, i = cue.doc, cue.i
    mark = i - 2 if i > 2 and doc[i - 1].text == "," and doc[i - 2].is_quote else i - 1
    if (cue.tag_ not in FINITE_VERBS and not (cue.tag_ == "VBN" and is_speech_cue(cue))) or mark < 1 \
            or not doc[mark].is_quote or doc[mark - 1].text not in (",", "?", "!"):
        return None
    end = i + 1
    while end < len(doc) and end - i <= _INVERTED_TOKENS and not doc[end].is_sent_start and (
            doc[end].text not in (",", "(", ".", ";", ":", "\u2014")
            and not (doc[end].text == "-" and doc[end].whitespace_)):  # 'said Moscow-based lawyer X'
        end += 1
    phrase = doc[i + 1:end]
    if not len(phrase) or end - i > _INVERTED_TOKENS or any(
            t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in phrase):
        return None
    heads = [t for t in phrase if t.head.i == t.i or not i < t.head.i < end]
    head = next((t for t in heads if t.pos_ in ("PROPN", "NOUN")), None)
    return head if head is not None and len(heads) == 1 else None


def clause_subject(verb: Token, deps: frozenset[str] = SUBJ_DEPS, climb: frozenset[str] = frozenset(),
                   hops: int = 0, which: bool = False, bare_relative: bool = False) -> Token | None:
    """The verb's subject in the parse, no speaker test: its child by one of `deps` (`CLAUSE_SUBJECTS`
    takes an expletive 'there' too); with none, that of the verb it hangs on by one of `climb`
    ('conj', 'xcomp'), up to `hops` verbs up. A relative clause's antecedent stands for its 'which'
    with `which` ('a worm which reports'), for no subject at all with `bare_relative` (the verb's own)."""
    subj = _own_subject(verb, deps, which)
    if subj is None and bare_relative and verb.dep_ == "relcl":
        return verb.head
    while subj is None and hops and verb.dep_ in climb:
        verb, hops = verb.head, hops - 1
        subj = _own_subject(verb, deps, which)
    return subj


def _own_subject(verb: Token, deps: frozenset[str], which: bool) -> Token | None:
    subj = next((c for c in verb.children if c.dep_ in deps), None)
    if which and subj is not None and subj.tag_ == "WDT" and verb.dep_ == "relcl":
        return verb.head
    return subj


def _subject_of(verb: Token, quotes: Spans) -> Token | None:
    """The verb's subject fit to be a speaker; of several (a mis-parse), the nearest in the verb's
    paragraph that is neither the first piece of a split hyphenated word ('co' of 'Tory co-chairman
    Liam Fox') nor, by its place after 'of', really an object ('X, founder of MIT's Media Labs, says'),
    nor the end of an earlier one's apposition ('X, head of policy at charity the Y Trust said': X)."""
    doc = verb.doc  # a subject the parse hung on the auxiliary ('X has re-iterated': 'has' holds X)
    holders = [verb, *(c for c in verb.children if c.dep_ == "aux" and c.i < verb.i)]
    subjects = [c for h in holders for c in h.children if c.dep_ in SUBJ_DEPS and speaker_head(c, quotes)
                and (h is verb or c.tag_ not in ("WP", "WDT"))  # not the 'who' of 'X, who is … and is saying
                and "\n\n" not in span_text(doc, min(c.i, verb.i), max(c.i, verb.i))]  # not across paragraphs
    if len(subjects) > 1:
        good = [c for c in subjects
                if "\n" not in span_text(doc, min(c.i, verb.i), max(c.i, verb.i))
                and not (c.i + 1 < len(doc) and doc[c.i + 1].text == "-" and not c.whitespace_)
                and not (c.left_edge.i > 0 and doc[c.left_edge.i - 1].pos_ == "ADP")
                and not _place_tail(c) and not _apposition_tail(c, subjects)]
        subjects = good or subjects
    elif subjects and verb.dep_ == "relcl" and _place_tail(subjects[0]):
        return None  # 'X, with the hunt in Badminton, Gloucestershire said': X, the verb's head
    return min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None


def _apposition_tail(tok: Token, subjects: list[Token]) -> bool:
    """A name the parse split off the end of an earlier subject's apposition ('X, head of policy at
    charity the Y Trust said': the Trust ends X's description, X speaks; 'X, Y Association said'; 'the
    star of drama Y said')."""
    return any(o.i < tok.i and (affiliation_of(o, tok) or o.right_edge.i == tok.left_edge.i - 1 and (any(
        c.dep_ == "appos" and o.doc[c.left_edge.i - 1].text == "," for c in o.children)
        or _work_named(o, tok))) for o in subjects)


def _work_named(owner: Token, name: Token) -> bool:
    """A name right after a person noun's 'of' phrase that ends in a common noun ('the star of TV
    drama X said'; not 'the director of the agency X'): the name is the work's, the person speaks."""
    last = owner.doc[owner.right_edge.i]
    return (owner.pos_ == "NOUN" and name.pos_ == "PROPN" and last.dep_ == "pobj" and last.pos_ == "NOUN"
            and last.head.lower_ == "of" and person_like(owner) and not person_like(last))


def _place_tail(tok: Token) -> bool:
    """The county of 'X, with the hunt in Badminton, Gloucestershire said' the parse took for a
    subject: a name after a comma and a place in a phrase on a noun before it."""
    doc, i = tok.doc, tok.left_edge.i
    if tok.pos_ != "PROPN" or i < 2 or doc[i - 1].text != ",":
        return False
    place = doc[i - 2]
    return place.ent_type_ in ("GPE", "LOC") and place.dep_ == "pobj" and place.head.head.pos_ in (
        "NOUN", "PROPN")


def quoted_as_saying(cue: Token, subj: Token) -> Token:
    """The person quoted, not the one quoting: '"…," the newspaper quoted X as saying' is X's."""
    verb = cue.head if cue.dep_ in ("pcomp", "pobj") and cue.head.lower_ == "as" else cue
    verb = verb.head if verb.lower_ == "as" else verb
    if verb.lemma_.lower() != "quote":
        return subj
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return subj if obj is None else obj
