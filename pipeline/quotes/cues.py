"""Speech cues: the verbs, nouns and 'according to' that introduce a quote, and the cue next to a quote.

Word lists come from data/quote_cues.json.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotemarks import quote_cues
from pipeline.quotes.doc import Ctx
from pipeline.quotes.inverted_reports import closes_clause
from pipeline.quotes.marks import closing_char
from pipeline.quotes.unsaid import says_nothing

_CUES = quote_cues()
SPEECH_LEMMAS: frozenset[str] = frozenset(_CUES["speech"])
COMPLEMENT_LEMMAS: frozenset[str] = frozenset(_CUES["complement"])
BELIEF_LEMMAS: frozenset[str] = frozenset(_CUES["belief"]) - SPEECH_LEMMAS - COMPLEMENT_LEMMAS
EVIDENCE_LEMMAS: frozenset[str] = frozenset(_CUES["evidence"]) - SPEECH_LEMMAS - COMPLEMENT_LEMMAS
ATTITUDE_LEMMAS: frozenset[str] = BELIEF_LEMMAS | EVIDENCE_LEMMAS  # cues of claims not (said to be) spoken
ASIDE_LEMMAS: frozenset[str] = frozenset(
    _CUES["aside_beliefs"])  # 'A, most experts accept, is B': a belief only as an aside
CLAUSE_ONLY: frozenset[str] = frozenset(_CUES["clause_only"])  # 'accepts he will B', not 'accepted a bid'
_OWN = SPEECH_LEMMAS | COMPLEMENT_LEMMAS
INTENTION_LEMMAS: frozenset[str] = frozenset(_CUES["intention"]) - _OWN  # 'plans to', 'refused to'
POSITION_LEMMAS: frozenset[str] = frozenset(_CUES["position"]) - _OWN  # 'endorsed X', 'opposes X'
JUDGEMENT_LEMMAS: frozenset[str] = frozenset(_CUES["judgement"]) - _OWN  # 'defended X', 'condemned X'
STANCE_LEMMAS: frozenset[str] = INTENTION_LEMMAS | POSITION_LEMMAS | JUDGEMENT_LEMMAS  # content: a complement
WRITING_LEMMAS: frozenset[str] = frozenset(_CUES["writing"])
ANSWERING_LEMMAS: frozenset[str] = frozenset(_CUES["answering"])  # 'denied claims that': not his claims
ROLE_QUALIFIERS: frozenset[str] = frozenset(_CUES["role_qualifiers"])  # "shadow" chancellor
DOCUMENT_NOUNS: frozenset[str] = frozenset(_CUES["document_nouns"])  # '"…," the statement read'
WRITTEN_NOUNS: frozenset[str] = frozenset(_CUES["written_nouns"])  # "Mr X's book suggests"
BENCH_NOUNS: frozenset[str] = frozenset(_CUES["bench_nouns"])  # 'the judge said': no story's person
ENDORSING_LEMMAS: frozenset[str] = frozenset(_CUES["endorsing"])  # 'signed a communique stressing'
APPEARANCE_LEMMAS: frozenset[str] = frozenset(_CUES["appearance"])  # 'X seems to Y': held by no one named
REGARD_LEMMAS: frozenset[str] = frozenset(_CUES["regard"])  # 'X sees Y as Z'
PORTRAY_LEMMAS: frozenset[str] = frozenset(_CUES["portray"]) - _OWN  # 'X portrayed Y as Z'
AS_LEMMAS = REGARD_LEMMAS | PORTRAY_LEMMAS  # cues only with an 'as' phrase or a predicate
HELD_LEMMAS = (BELIEF_LEMMAS | INTENTION_LEMMAS | POSITION_LEMMAS | APPEARANCE_LEMMAS
               | REGARD_LEMMAS | ASIDE_LEMMAS)  # cue type 'belief' (or 'intention', see INTENDING_LEMMAS)
INTENDING_LEMMAS = INTENTION_LEMMAS - BELIEF_LEMMAS  # cue type 'intention': 'plans to', not 'hopes to'
ACQUIRING_LEMMAS: frozenset[str] = frozenset(_CUES["acquiring"])  # 'found a site': no finding
RELAYING_LEMMAS: frozenset[str] = frozenset(_CUES["relaying"])  # 'a worm which reports X': no claim
ACT_LEMMAS: frozenset[str] = frozenset(_CUES["act_objects"])  # 'agreed to pay': an intention too
ADDRESSEE_LEMMAS: frozenset[str] = frozenset(_CUES["addressee"])
SPEECH_NOUNS: frozenset[str] = frozenset(_CUES["speech_nouns"])
BELIEF_NOUNS: frozenset[str] = frozenset(_CUES["belief_nouns"])
CLAIM_NOUNS: frozenset[str] = SPEECH_NOUNS | BELIEF_NOUNS  # a claim said or held: 'claims', 'fears'
BELIEF_ADJECTIVES: frozenset[str] = frozenset(_CUES["belief_adjectives"])  # 'X is confident that …'
COMPLEMENT_PREPS: dict[str, list[str]] = _CUES["complement_preps"]
OBJECT_PREPS: dict[str, list[str]] = _CUES["object_preps"]  # 'threatened X with Y'
PREP_ONLY_LEMMAS: frozenset[str] = frozenset(_CUES["prep_only"])
WINNING_LEMMAS: frozenset[str] = frozenset(_CUES["winning"])  # 'claimed the title' is no claim
PERSON_NOUNS: frozenset[str] = frozenset(_CUES["person_nouns"])  # 'the singer': the story's person
SPEAKER_NOUNS: frozenset[str] = frozenset(_CUES["speaker_nouns"]) | PERSON_NOUNS
REPRESENTATIVE_NOUNS: frozenset[str] = frozenset(_CUES["representative_nouns"])
GROUP_NOUNS: frozenset[str] = frozenset(_CUES["group_nouns"])
SPEAKING_NOUNS = SPEAKER_NOUNS | REPRESENTATIVE_NOUNS | GROUP_NOUNS  # a subject that can speak
HOLDER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})  # entity types that can hold a claim
FINDING_NOUNS: frozenset[str] = frozenset(_CUES["finding_nouns"])  # 'Email Systems analysis'
HEADLINE_SOURCES: frozenset[str] = frozenset(_CUES["headline_sources"])  # 'Poll: X leads', 'in a new poll'
SOURCE_NOUNS: frozenset[str] = FINDING_NOUNS | frozenset(_CUES["evidence_nouns"]) | (
    HEADLINE_SOURCES)  # 'figures suggest that', 'the poll shows': a source, not a speaker
VIEW_NOUNS: frozenset[str] = frozenset(_CUES["view_nouns"])  # 'in Smith's view'
SETTING_NOUNS: frozenset[str] = frozenset(_CUES["occasion_nouns"]) | DOCUMENT_NOUNS | (
    SPEECH_NOUNS)  # where words were said or written: 'in an interview', 'in a statement', 'on air'
TEXT_NOUNS: frozenset[str] = SPEECH_NOUNS | DOCUMENT_NOUNS | FINDING_NOUNS  # what says or shows: a report
PEOPLE_NOUNS: frozenset[str] = frozenset(_CUES["people_nouns"])  # 'critics', 'voters': who may be 'they'
COMPANY_NOUNS: frozenset[str] = frozenset(_CUES["company_nouns"])  # 'the firm': the story's company
BODY_NOUNS: dict[str, frozenset[str]] = {  # 'the organisation': the latest body named as a subject
    noun: frozenset(labels) for noun, labels in _CUES["body_nouns"].items()}
PRONOUNS: dict[str, str] = _CUES["pronouns"]
MALE_TITLES: frozenset[str] = frozenset(_CUES["honorifics"]["male"])
FEMALE_TITLES: frozenset[str] = frozenset(_CUES["honorifics"]["female"])
MALE_NOUNS: frozenset[str] = frozenset(_CUES["gendered_nouns"]["male"])
FEMALE_NOUNS: frozenset[str] = frozenset(_CUES["gendered_nouns"]["female"])

VERB_CUES = SPEECH_LEMMAS | COMPLEMENT_LEMMAS | frozenset(_CUES["belief"]) | frozenset(_CUES["evidence"]) \
    | STANCE_LEMMAS | WRITING_LEMMAS | APPEARANCE_LEMMAS | ADDRESSEE_LEMMAS | PREP_ONLY_LEMMAS | AS_LEMMAS
MOVE_LEMMAS: frozenset[str] = frozenset(_CUES["moves"]) & VERB_CUES  # 'Daiwa added 5.3% to 740 yen'
_AMOUNT_ENTS = {"PERCENT", "MONEY", "CARDINAL", "QUANTITY"}
_AMOUNT_DEPS = {"dobj", "npadvmod", "attr"}
_MOVE_PREPS = {"to", "by"}

# Module options (set before processing).
INCLUDE_BELIEF = True  # also report beliefs ('X believes that') and findings ('the study found that')
INCLUDE_APPEARANCE = False  # with INCLUDE_BELIEF, also how things seem ('X seems to Y', 'it appears that X')
INCLUDE_STANCES = True  # with INCLUDE_BELIEF, also stances ('X plans to', 'X endorsed Y', 'X defended Y')
SENT_END = {".", "!", "?", ";"}
MAX_SPEAKER_TOKENS = 40  # '"…," Jan Novak, a senior fellow at X and former adviser to Y, said'
ADVERBIAL_MARKS = {"as", "while", "when", "whenever", "after", "before", "because", "since", "although",
                   "though", "until", "once", "unless", "whereas"}  # of circumstance, not of content
_OWN_CONTENT = {"ccomp", "xcomp", "dobj"}  # a cue with content of its own after a closed quote
_MODIFIER_DEPS = {"acl", "advcl", "relcl", "amod"}  # a participle or clause on a noun of the next sentence
VERBS = {"VERB", "AUX"}
_VERB_TAGS = {"VBD", "VBZ", "VBP", "VBG", "VBN", "VB"}
FINITE_VERBS = frozenset({"VBD", "VBZ", "VBP"})  # a finite verb: past, present
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})  # what a finite clause has as subject
SUBJECT_DEPS = CLAUSE_SUBJECTS | {"csubj"}  # any subject, a clause as subject too
_WH_TAGS = {"WP", "WDT"}  # 'what happened:', 'who continued': no one's attribution


_LIKENING = {"remind"}  # 'reminds us of X'


def is_cue(tok: Token, stances: bool = False) -> bool:
    """A verb of saying (or of believing or finding, with INCLUDE_BELIEF; with `stances` too, a verb
    of intending, backing or condemning)."""
    if document_read(tok):
        return True  # the tagger often takes this 'read' for a noun
    if (tok.pos_ not in VERBS and tok.tag_ not in _VERB_TAGS) or tok.dep_ in ("amod", "compound"):
        return False  # not a verb, or an adjective such as 'so-called'
    lemma = tok.lemma_.lower()
    if lemma in MOVE_LEMMAS and market_move(tok):
        return False
    if lemma in CLAUSE_ONLY and not (aside(tok) or (tok.tag_ != "VB" and any(
            c.dep_ == "ccomp" and c.left_edge.i == tok.i + 1 for c in tok.rights))):
        return False  # 'accepts (that) he will B'; not 'accepted a bid', 'to accept that A', 'must accept A'
    if lemma in _LIKENING and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights):
        return False  # 'reminds us of a guest who will not leave', 'to remind him of the match': a likeness
    stance = stances and INCLUDE_STANCES and (lemma in STANCE_LEMMAS or lemma in AS_LEMMAS)
    return (lemma in SPEECH_LEMMAS or lemma in COMPLEMENT_LEMMAS
            or (INCLUDE_BELIEF and (lemma in ATTITUDE_LEMMAS or stance
                                    or (lemma in ASIDE_LEMMAS and aside(tok))))) and not says_nothing(tok)
    # says_nothing: 'Whatever they say, A', 'England find themselves striving to B'


def aside(verb: Token) -> bool:
    """A verb set as an aside in the clause it bears on, with a subject and no object ('A, most
    experts accept, is B')."""
    return verb.dep_ == "parataxis" and any(c.dep_ == "nsubj" for c in verb.children) and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in verb.children)


def market_move(verb: Token) -> bool:
    """A price, index or count moved by an amount ('Daiwa added 5.3% to 740 yen', 'the FTSE added
    30 points'): an amount as object or after 'to'/'by', and no clause or quote after it (a clause
    before it is the parse's join of the move before: 'Acme gained 2%, Globex added 5%')."""
    kids = list(verb.children)
    if any((c.dep_ in ("ccomp", "xcomp", "parataxis") and c.i > verb.i) or c.is_quote for c in kids):
        return False
    return any((c.dep_ in _AMOUNT_DEPS and _amount(c)) or _amount_prep(c) for c in kids)


def _amount_prep(prep: Token) -> bool:
    """'to 740 yen', 'by 2.7%'."""
    return prep.dep_ == "prep" and prep.lower_ in _MOVE_PREPS and any(
        g.dep_ == "pobj" and _amount(g) for g in prep.children)


def _amount(tok: Token) -> bool:
    """A percentage, a sum or a count ('5.3%', '740 yen', '30 points'), not a time ('ten minutes')."""
    return tok.ent_type_ in _AMOUNT_ENTS or tok.text == "%" or (tok.like_num and not tok.ent_type_)


def questions(verb: Token, comp: list[Token]) -> bool:
    """A verb of judging whose clause is an indirect question ('questioned whether A', 'challenged if
    A', 'questioned why A'): the question put is the content, as for 'asked whether A'."""
    if verb.lemma_.lower() not in JUDGEMENT_LEMMAS or verb.head.lemma_ == "let":
        return False  # "let's question why A": the writer's call, no one's question
    return any(c.i > verb.i and (any(
        m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
        or verb.doc[c.left_edge.i].tag_ == "WRB") for c in comp)  # 'questioned why A', 'how A'



def document_read(tok: Token) -> bool:
    """'read(s)' of a document that holds the words ('"…," the statement read', 'a statement which
    read:'), not of a reader."""
    return tok.lower_ in ("read", "reads") and any(c.dep_ == "nsubj" and (
        c.lemma_.lower() in DOCUMENT_NOUNS or (c.lower_ in ("which", "that") and tok.dep_ == "relcl"
                                               and tok.head.lemma_.lower() in DOCUMENT_NOUNS))
        for c in tok.children)


def colon_before(ctx: Ctx, start: int) -> Token | None:
    """The colon that ends the words right before a quote at `start`, on its line or closing a
    paragraph before it ('X said: "…"', 'X's message:' / '"…"'): outside quote marks, after a word."""
    head = ctx.text[:start].rstrip()
    if not head.endswith(":") or ctx.text[len(head):start].count("\n") > 2:
        return None
    colon = ctx.doc[ctx.token_at(len(head) - 1)]
    return colon if colon.text == ":" and colon.i > 0 and not ctx.in_quote(colon) else None


def statement_before(ctx: Ctx, start: int) -> Token | None:
    """The noun of a statement a colon opens right before a quote ('X issued the following statement:
    "…"', 'X's message:' / '"…"'), when the statement has a holder: a possessor, or the subject of
    the verb whose object it is."""
    colon = colon_before(ctx, start)
    noun = ctx.doc[colon.i - 1] if colon is not None else None
    if noun is None or noun.pos_ != "NOUN" or ctx.in_quote(noun) or (
            noun.lemma_.lower() not in DOCUMENT_NOUNS and noun.lemma_.lower() not in SPEECH_NOUNS):
        return None
    verb = noun.head
    holder = any(c.dep_ == "poss" for c in noun.children) or (
        noun.dep_ == "dobj" and verb.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in verb.children))
    return noun if holder else None


def statement_colon(tok: Token) -> bool:
    """A document noun right before a colon: the cue of the words after it ('the following statement:')."""
    return (tok.pos_ == "NOUN" and tok.lemma_.lower() in DOCUMENT_NOUNS and tok.i + 1 < len(tok.doc)
            and tok.doc[tok.i + 1].text == ":")


def is_speech_cue(tok: Token) -> bool:
    """A verb of saying: a cue that may stand next to a direct quote or interrupt a clause."""
    return is_cue(tok) and tok.lemma_.lower() not in ATTITUDE_LEMMAS


def is_according(tok: Token) -> bool:
    """The 'to' of 'according to'."""
    return tok.lower_ == "to" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "according"


def according_noun(to: Token) -> Token | None:
    """The noun of 'according to X' (the object of `to`), or None."""
    return next((c for c in to.children if c.dep_ == "pobj"), None)


def cue_after(ctx: Ctx, end: int, limit: int = 14) -> Token | None:
    """The speech verb of '"…," [X] said' right after a quote ending at `end`."""
    doc, i, para = ctx.doc, ctx.token_at(end), ctx.para_of(end)
    if doc[i].idx < end:
        i += 1
    closed = closing_char(ctx.text, max(0, end - 3), end) in (".", "!", "?")
    for tok in doc[i:i + MAX_SPEAKER_TOKENS]:
        if ctx.para_of(tok.idx) != para or tok.text in SENT_END or ctx.in_quote(tok):
            return None
        if tok.i >= i + limit and not (is_speech_cue(tok) and _described_speaker(tok, i)):
            continue
        if is_speech_cue(tok):
            told = tok.lemma_.lower() in ADDRESSEE_LEMMAS  # '"…!" he told the crowd': no content of its own
            own = any(c.dep_ in _OWN_CONTENT and not (told and c.dep_ == "dobj") for c in tok.children
                      ) or _prep_content(tok) or closes_clause(ctx, tok, end)  # '"A." B did C, X said'
            interrupts = tok.head.i > tok.i and tok.head.pos_ in VERBS and not ctx.in_quote(tok.head)
            if closed and (own or interrupts or _participle(ctx, tok) or _infinitive(tok)):
                return None  # '"… ." Reuters also said that …', '"… ." X, asked about Y, said …',
                # '"… ." A, he said, B': the next sentence's own quote
            return tok
        if not closed and _spoken_finding(tok, i):
            return tok  # '"…," concluded Professor X': a person's closing words, not a finding
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            return doc[tok.i + 1]
    return None


PERSONAL = frozenset({"he", "she", "i", "we", "they"})


def _infinitive(verb: Token) -> bool:
    """A saying to come or meant, not made ('"…." X is due to speak at Y'): an infinitive under a
    verb or adjective that is no cue."""
    return has_to(verb) and not is_cue(verb.head)


def has_to(verb: Token) -> bool:
    """The verb is an infinitive: 'to' its auxiliary ('to speak', 'to say')."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _spoken_finding(verb: Token, first: int) -> bool:
    """A finding verb said by a person (`_spoken_words`) right after a comma-closed quote or its subject
    ('"…," concluded Professor X'), or a thinking verb right before its named subject ('"…," thinks X')."""
    first = _past_punct(verb, first)
    if verb.lemma_.lower() in EVIDENCE_LEMMAS and _spoken_words(verb):
        return verb.i == first or _described_speaker(verb, first)
    return verb.i == first and is_cue(verb) and any(
        c.dep_ == "nsubj" and c.i > verb.i and c.pos_ == "PROPN" for c in verb.children)


def _past_punct(verb: Token, first: int) -> int:
    """The first word from token `first` up to `verb` that is no punctuation or space."""
    while first < verb.i and (verb.doc[first].is_punct or verb.doc[first].is_space):
        first += 1
    return first


def _prep_content(verb: Token) -> bool:
    """A cue whose preposition carries a clause of what was said ('warned X against being tied to
    Y'): words of its own, not a closed quote's attribution ('"…?" X said about Y')."""
    return any(c.dep_ == "prep" and c.i > verb.i and any(g.dep_ == "pcomp" for g in c.children)
               for c in verb.children)


def _described_speaker(verb: Token, first: int) -> bool:
    """The words from token `first` (right after a quote) up to `verb` are its subject and the
    subject's description ('"…," Jan Novak, a senior fellow at a research institute, said')."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    doc, first = verb.doc, _past_punct(verb, first)
    return subj is not None and subj.i < verb.i and subj.left_edge.i <= first and all(
        t.is_punct or subj.left_edge.i <= t.i <= subj.right_edge.i for t in doc[first:verb.i])


def verb_after(ctx: Ctx, end: int, limit: int = 8) -> Token | None:
    """Any verb that attributes a quote closed on a comma by a bare clause of its own ('"…," he
    continued.', '"…," the crowd chanted.', '"…," she shot back.'): a finite verb with a subject and no
    object or complement, the clause ending the sentence or set off by a comma."""
    text = ctx.text
    if closing_char(text, max(0, end - 3), end) != ",":
        return None
    doc, i, para = ctx.doc, ctx.token_at(end), ctx.para_of(end)
    if doc[i].idx < end:
        i += 1
    for tok in doc[i:i + limit]:
        if ctx.para_of(tok.idx) != para or ctx.in_quote(tok) or tok.is_punct:
            return None
        if tok.tag_ in FINITE_VERBS:
            return tok if _bare_clause(tok) else None
    return None


def verb_before(ctx: Ctx, start: int) -> Token | None:
    """Any verb of a bare clause that ends on a colon right before a quote, in its paragraph or at
    the end of the one before ('Cruz continued: "…"', 'The letter continues:' / '"…"')."""
    colon = colon_before(ctx, start)
    if colon is None:
        return None
    verb = ctx.doc[colon.i - 1]
    main = verb.pos_ == "VERB" and verb.dep_ in ("ROOT", "conj") and not ctx.in_quote(verb)
    return verb if main and verb.tag_ in FINITE_VERBS and _bare_clause(verb) else None


def _bare_clause(verb: Token) -> bool:
    """`verb` has a subject before it and nothing after it but particles and adverbs up to a
    comma or the sentence end."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if verb.lemma_ in ("be", "have") or not subjects or subjects[0].tag_ in _WH_TAGS:
        return False
    doc, j = verb.doc, verb.i + 1
    while j < len(doc) and doc[j].dep_ in ("prt", "advmod", "npadvmod") and doc[j].head.i == verb.i:
        j += 1
    return j >= len(doc) or doc[j].text in SENT_END or doc[j].text in ",:" or "\n" in doc[j].text


def _participle(ctx: Ctx, tok: Token) -> bool:
    """A participle in a sentence with a finite verb of its own ('X, asked about Y, said …', 'Asked
    if …, X replied'), not an attribution (the parse may hang a finite cue on an apposition as a
    participle: '"…" X, head of Y, tweeted')."""
    if _comma_participle(tok):
        return True
    if tok.tag_ not in ("VBN", "VBG") or tok.dep_ not in _MODIFIER_DEPS:
        return False
    own = range(tok.left_edge.i, tok.right_edge.i + 1)
    return any(t.tag_ in FINITE_VERBS and t.i not in own and not ctx.in_quote(t) for t in tok.sent)


def _comma_participle(tok: Token) -> bool:
    """A participle set off by commas that the tagger took for a past tense, the next verb its
    conjunct ('X, asked about Y by reporters, said …')."""
    doc = tok.doc
    return tok.tag_ == "VBD" and tok.i > 0 and doc[tok.i - 1].text == "," and any(
        c.dep_ == "conj" and c.tag_ in FINITE_VERBS and doc[c.i - 1].text == "," for c in tok.rights)


def cue_before(ctx: Ctx, start: int, limit: int = 30) -> Token | None:
    """The speech verb introducing a quote at `start` ('X said: "…"', 'X told reporters "…"'):
    no other verb and at most eight tokens between them."""
    doc, i, para = ctx.doc, ctx.token_at(start), ctx.para_of(start)
    for j in range(i - 1, max(-1, i - 1 - limit), -1):
        tok = doc[j]
        if ctx.para_of(tok.idx) != para or tok.text in SENT_END or ctx.in_quote(tok):
            return None
        if is_speech_cue(tok) or is_according(tok):
            between = doc[j + 1:i]
            return None if len(between) > 8 or any(t.pos_ in VERBS for t in between) else tok
    return None


def generic(cue: Token) -> bool:
    """'hard to say', 'safe to say': an infinitive cue hanging on an adjective or adverb (or on the
    copula of one), not said of someone named ('X was quick to point out'); 'worth noting' too; 'That
    said,' opening a sentence: the writer's connective."""
    doc, i = cue.doc, cue.i
    if 0 < i < len(doc) - 1 and cue.lower_ == "said" and doc[i + 1].text == "," and doc[i - 1].lower_ in (
            "that", "this") and (i == 1 or doc[i - 1].is_sent_start or doc[i - 2].text in SENT_END
                                 or doc[i - 2].is_space):
        return True
    head = cue.head
    if head.pos_ in ("ADJ", "ADV") and cue.tag_ == "VBG" and head.lower_ == "worth":
        return True  # 'it is worth noting that'
    if not has_to(cue):
        return False
    adj = head if head.pos_ in ("ADJ", "ADV") else None
    if adj is None and cue.dep_ == "xcomp" and head.lemma_ == "be":  # the parse may hang it on the copula
        adj = next((c for c in head.children if c.dep_ == "acomp"), None)
    return adj is not None and not _held_by(adj)


def _held_by(adj: Token) -> bool:
    """The adjective an infinitive cue hangs on is said of someone named, the subject of its copula
    ('voters are more likely to say', 'she was quick to point out', 'he is right to note'), not of
    an 'it' or a clause ('it is hard to say', 'whether A is hard to say')."""
    verb = adj.head if adj.dep_ == "acomp" else None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return subj is not None and subj.lower_ not in ("it", "this", "that", "what", "which") and (
        subj.pos_ in ("NOUN", "PROPN") or subj.tag_ == "PRP")



def cue_type(tok: Token, according: bool) -> str:
    """The class of a cue: 'source' ('according to', 'the study found', 'figures suggest'),
    'writing' ('wrote', 'tweeted', 'the statement said'), 'belief' ('believes', 'fears', 'is expected
    to', 'endorsed', 'seems'), 'intention' ('plans to', 'decided to', 'refused to', 'agreed to') or
    'speech'."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "ADP" and any(c.lemma_.lower() in VIEW_NOUNS for c in tok.children):
        return "belief"  # 'in Smith's view'
    if lemma in EVIDENCE_LEMMAS and (_spoken_words(tok) or (lemma in _TELLING and _told_by_someone(tok))):
        return "speech"  # '"…," concluded Professor X', 'He concluded: "…"'; 'the firm revealed that A'
    if according or lemma in EVIDENCE_LEMMAS or tok.pos_ in ("ADV", "ADP"):  # 'reportedly', 'in a poll'
        return "source"
    if lemma in WRITING_LEMMAS or document_read(tok) or statement_colon(tok):
        return "writing"

    if tok.pos_ == "ADJ" and tok.lower_ in BELIEF_ADJECTIVES:
        return "belief"
    if tok.pos_ == "VERB" and (lemma in INTENDING_LEMMAS or _own_aim(tok) or (
            lemma in ACT_LEMMAS and any(c.dep_ == "xcomp" for c in tok.children))):
        return "intention"
    if lemma in HELD_LEMMAS or (tok.pos_ == "NOUN" and lemma in BELIEF_NOUNS) or (
            lemma in CLAUSE_ONLY and aside(tok)):  # 'A, most experts accept, is B': a belief
        return "belief"
    issuer = _issuer(tok)  # 'figures suggest that', 'the survey says'; 'the statement said'
    return "source" if issuer in SOURCE_NOUNS else "writing" if issuer in DOCUMENT_NOUNS else "speech"


_TELLING = {"reveal"}  # a person or a body revealing: a disclosure said; a report revealing: a finding


def _told_by_someone(verb: Token) -> bool:
    """A subject that names a person or a body ('Smith revealed', 'she revealed', 'the firm
    revealed'), not a text or a finding ('the report revealed')."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    lemma = subj.lemma_.lower()
    if lemma in SOURCE_NOUNS or lemma in DOCUMENT_NOUNS:
        return False  # 'Report reveals A' in a headline's capitals too
    return lemma in PERSONAL or (subj.pos_ == "PROPN" and subj.ent_type_ in ("", "PERSON", "ORG")) or (
        subj.pos_ == "NOUN" and can_speak(subj))


_FORECAST = {"expect"}  # 'expects to make a loss': a forecast, a belief


_WISHING = INTENTION_LEMMAS - INTENDING_LEMMAS - _FORECAST  # verbs of hoping: 'hopes to', 'wishes to'


def _own_aim(verb: Token) -> bool:
    """A wish for the subject's own act ('hopes to make an album', 'wishes to stay'): an active verb of
    hoping with an infinitive and no clause, an intention ('hopes that A' is a belief)."""
    return (
        verb.lemma_.lower() in _WISHING
        and any(c.dep_ == "xcomp" for c in verb.children)
        and not any(c.dep_ in ("ccomp", "auxpass", "nsubjpass") for c in verb.children)
    )


def _spoken_words(verb: Token) -> bool:
    """A verb of finding said by a person of the words quoted next to it: a name or a personal
    pronoun as subject, no content clause after it."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subj = min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None  # the nearest
    person = subj is not None and (subj.lower_ in PERSONAL or (
        subj.pos_ == "PROPN" and subj.ent_type_ in ("", "PERSON")))
    return person and not any(c.dep_ in _OWN_CONTENT and not _quoted(c) for c in verb.rights)


def _quoted(clause: Token) -> bool:
    """A clause opening on a quote mark ('concluded: "We will win."'): the quote, not the verb's own
    words."""
    doc = clause.doc
    first = clause.left_edge.i
    while first < clause.i and doc[first].is_punct and not doc[first].is_quote:
        first += 1
    return doc[first].is_quote or (first > 0 and doc[first - 1].is_quote)


def _issuer(verb: Token) -> str:
    """The head noun of a verb's subject, lower-cased ('' when none): 'figures' of 'figures suggest'."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj.lemma_.lower() if subj is not None and subj.pos_ == "NOUN" else ""


TRADE_ENDINGS = ("er", "or", "ist")  # a trade's noun: 'brewer', 'distributor', 'specialist'
_AGENTIVE = TRADE_ENDINGS + ("yst", "ian", "ee")  # 'voters', 'investors', 'analysts', 'employees'
_ABLE_NOUNS = (PEOPLE_NOUNS | SPEAKER_NOUNS | REPRESENTATIVE_NOUNS | GROUP_NOUNS | COMPANY_NOUNS
               | SOURCE_NOUNS | DOCUMENT_NOUNS | SPEECH_NOUNS)


def can_speak(noun: Token) -> bool:
    """A common noun that can name a speaker: people, a body, a group of people, or a document or a
    source ('critics', 'the unions', 'the figures'), not a thing ('the proposals', 'any gains')."""
    lemma = noun.lemma_.lower().replace("-", "")  # 'e-mails'
    return lemma in _ABLE_NOUNS or (len(lemma) > 3 and lemma.endswith(_AGENTIVE))
