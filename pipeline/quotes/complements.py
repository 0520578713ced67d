"""Complements of cue verbs the parse misreads: a preposition the verb takes, parsed as the mark of
a clause ('calling for X to resign'); a phrase of time that is no complement ('reported by X on
Tuesday'); a 'deny' with two objects, which withholds and refutes nothing ('denied X the chance');
the stranded preposition of a passive ('is referred to as X'); a 'call' that summons or convenes
('called the police', 'called an election'), naming nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.quotes.cues import (
    ADDRESSEE_LEMMAS,
    AS_LEMMAS,
    COMPLEMENT_PREPS,
    EVIDENCE_LEMMAS,
    OBJECT_PREPS,
    SETTING_NOUNS,
    SPEECH_LEMMAS,
    is_cue,
)
from pipeline.quotes.nouns import held_noun
from pipeline.quotes.stances import shown


def deprived(verb: Token) -> bool:
    """'denied X the chance': a 'deny' with two objects withholds something, it refutes nothing."""
    return verb.lemma_ == "deny" and sum(c.dep_ in ("dobj", "dative") for c in verb.rights) > 1


def dated(prep: Token) -> bool:
    """A phrase of time the parse hung on the verb ('reported by X on Tuesday'): no complement."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def prep_clause(clause: Token, lemma: str) -> Token | None:
    """The preposition of a complement the parse took for the mark of a clause ('called for X to
    resign': 'for' marks 'resign'), when it is one the verb takes ('call for', 'push for')."""
    if clause.dep_ != "advcl":
        return None
    preps = COMPLEMENT_PREPS.get(lemma, ())
    return next((m for m in clause.children if m.dep_ == "mark" and m.lower_ in preps
                 and m.i == clause.left_edge.i), None)


def stranded(verb: Token, prep: Token) -> bool:
    """The preposition of a passive cue with no object and no agent ('what is referred to as X', 'it
    was talked about'): a name given or a thing mentioned by no one, no content."""
    return (prep.dep_ == "prep" and not any(True for _ in prep.children)
            and any(c.dep_ == "auxpass" for c in verb.children)
            and not any(c.dep_ == "agent" for c in verb.children))


_EXPRESSING = {"express"}  # 'expressed concern about X': the noun is the cue's, its object the content
_HELD_DEPS = ("acl", "ccomp", "relcl")


def expressed_object(obj: Token, lo: int) -> int:
    """`lo`, or the start of what a bare noun of feeling expressed is about ('expressed concern about
    X', 'expressed doubts that X', 'expressed confidence it was …'): the noun with its preposition
    is the cue's, as with 'warned of'; not an owned or determined one ('their support for X')."""
    if obj.dep_ != "dobj" or obj.head.lemma_.lower() not in _EXPRESSING or obj.pos_ != "NOUN" or any(
            c.dep_ in ("det", "poss", "nummod", "amod") for c in obj.children):
        return lo
    for c in obj.rights:
        if c.dep_ in _HELD_DEPS and c.pos_ in ("VERB", "AUX") and any(
                s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children):
            return c.left_edge.i  # 'doubts that A', 'confidence A'
        if c.dep_ == "prep" and c.lower_ != "of":
            pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            return lo if pobj is None else pobj.left_edge.i  # 'concern about X'
    return lo


_ACT_PARTICLES = {"call": {"off", "up", "in"}}  # 'called off the deal', 'called in administrators'


def phrasal_act(verb: Token) -> bool:
    """A cue verb with a particle that makes it an act ('called off the deal', 'called up the
    reserves', 'called in administrators'), not a saying ('called out X', 'called for X')."""
    parts = _ACT_PARTICLES.get(verb.lemma_.lower())
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return parts is not None and nxt is not None and nxt.lower_ in parts and nxt.dep_ in ("prt", "prep")


_OBJECTS = {"dobj", "xcomp", "oprd", "prep", "dative", "conj"}
_NOUNS = {"NOUN", "PROPN"}
_CIRCUMSTANCE = {"in", "on", "at", "during", "after", "before", "since", "while", "from", "with",
                 "amid", "amidst", "despite", "following", "until", "ahead", "throughout",
                 "because"}  # 'criticised X amid reports of Y'; 'praised X despite Y'


def last_complement(verb: Token, first: Token) -> Token:
    """The last of the complements after `first` that go on with the content ('praised X as Y',
    'accused X of Y', 'urged X to Y', 'threatened X with Y'), up to a phrase of circumstance that
    the verb does not take ('told X in Y'), or a clause."""
    lemma, last = verb.lemma_.lower(), first
    circumstance = _CIRCUMSTANCE - {"with"} if shown(verb) else _CIRCUMSTANCE  # 'shows X with a lead'
    pointed = first.lower_ in _POINTERS and first.dep_ == "dobj" and not any(first.children)
    for c in verb.rights:
        if c.i <= last.i or c.dep_ == "cc" or _aside_closed(verb, last, c, lemma):
            continue
        # 'threatened X with Y'; not after a bare pronoun ('blamed this on X': no claim of its own)
        taken = c.lower_ in OBJECT_PREPS.get(lemma, ()) and not dated(c) and first.pos_ != "PRON"
        kept = (c.dep_ in _OBJECTS or _as_phrase(c, lemma)) and (
            taken or c.lower_ not in circumstance or _goes_on_in(c, first))
        if held_charge(c, lemma):
            last = c  # 'accused X, led by Y, of corruption'
            continue
        if c.text == "," and c.i + 1 < len(c.doc) and _infinitive_goes_on(verb, last, c.doc[c.i + 1]):
            continue  # the comma before the infinitive's next item
        if _gerund_goes_on(verb, last, c) or _infinitive_goes_on(verb, last, c):
            last = c  # 'accused X of telling lies and then attacking them': the second gerund is his too
            continue
        if not kept or (c.dep_ == "conj" and c.pos_ not in _NOUNS) or pointed and _pointed_prep(c, lemma):
            break  # a noun the parse conjoined to the verb is a second object ('called A and B a C')
        last = c
    return last


def _aside_closed(verb: Token, last: Token, comma: Token, lemma: str) -> bool:
    """The comma closing an aside on the object, right before the preposition the verb takes ('accused
    X, of the Y newspaper, of doorstepping him'; not 'accused X of A, of all things'), or opening an
    aside the parse hung that preposition in ('accused X, led by Y, of corruption'): the charge goes
    on after it."""
    if comma.text != "," or comma.dep_ != "punct":
        return False
    nxt = next((c for c in verb.rights if c.i > comma.i), None)
    if nxt is None or nxt.i != comma.i + 1:
        return False
    doc = verb.doc
    set_off = last.dep_ != "dobj" and doc[last.left_edge.i - 1].text == ","  # closing ', of the Y,'
    opening = nxt.right_edge.i + 2 < len(doc) and doc[nxt.right_edge.i + 1].text == "," and _taken(
        doc[nxt.right_edge.i + 2], lemma)  # opening ', of the Y, of Z'
    return ((set_off or opening) and _taken(nxt, lemma)) or held_charge(nxt, lemma)


def _taken(prep: Token, lemma: str) -> bool:
    """A preposition with its object that the verb takes ('of' of 'accuse'), no time."""
    taken = (*OBJECT_PREPS.get(lemma, ()), *COMPLEMENT_PREPS.get(lemma, ()))
    return prep.dep_ == "prep" and prep.lower_ in taken and not dated(prep) and any(
        g.dep_ in ("pobj", "pcomp") for g in prep.children)


def held_charge(aside: Token, lemma: str) -> bool:
    """An aside set off by commas whose last phrase, after its closing comma, is one the verb takes
    ('its predecessor, led by Y, of corruption', the parse hanging 'of' on Y)."""
    doc = aside.doc
    if aside.dep_ not in ("advcl", "acl", "prep", "appos") or doc[aside.left_edge.i - 1].text != ",":
        return False
    return any(t.i > aside.i and doc[t.i - 1].text == "," and t.right_edge.i == aside.right_edge.i
               and _taken(t, lemma) for t in aside.subtree)


def _gerund_goes_on(verb: Token, last: Token, conj: Token) -> bool:
    """A gerund the parse conjoined to a finite cue right after the cue's gerund phrase ('accused X
    of telling lies and then attacking them'): a second gerund of that phrase, not the speaker's
    next act (no gerund of saying: 'accused X of A and calling B' is a saying of its own)."""
    pcomp = next((g for g in last.children if g.dep_ == "pcomp"), None) if last.dep_ == "prep" else None
    return (conj.dep_ == "conj" and conj.tag_ == "VBG" and verb.tag_ != "VBG" and pcomp is not None
            and pcomp.tag_ == "VBG" and conj.left_edge.i > last.right_edge.i and not is_cue(conj)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children))


def _infinitive_goes_on(verb: Token, last: Token, c: Token) -> bool:
    """A bare verb the parse hung on a finite cue after a comma right after the cue's infinitive
    ('urged X to cut A, repair B and hire C', 'praised her plans to cut A, fix B and hire C'): the
    next item of the infinitive's list, not the speaker's next act, which would agree with the cue
    ('urged A, and said B'); no item with a subject of its own ('pledged to cut A, fix B and he
    pledged C'), and none but the sentence's last words ('urged X to cut A, fix B and she, again,
    promised C')."""
    doc = verb.doc
    return (_ends_in_infinitive(last) and c.dep_ in ("conj", "advcl") and c.tag_ == "VB" and verb.tag_ != "VB"
            and c.left_edge.i == last.right_edge.i + 2 and doc[c.i - 1].text == ","
            and c.left_edge.i == c.i and not is_cue(c) and _closes_sentence(c) and not any(
                k.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for t in _items(c) for k in t.children))


def _ends_in_infinitive(last: Token) -> bool:
    """The complement is an infinitive ('to cut A') or ends in one on its noun ('her plans to cut A')."""
    if last.dep_ == "xcomp":
        return True
    return last.dep_ == "dobj" and any(
        k.dep_ == "acl" and k.tag_ == "VB" and k.right_edge.i == last.right_edge.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in k.children) for k in last.rights)


def _closes_sentence(c: Token) -> bool:
    """The list item's words run to the end of its sentence, but for its closing stop."""
    end = c.sent.end - 1
    while end > c.i and c.doc[end].is_punct:
        end -= 1
    return c.right_edge.i == end


def _items(c: Token) -> list[Token]:
    """A verb and the verbs conjoined to it, in a chain ('repair B and hire C')."""
    items = [c]
    while (nxt := next((k for k in items[-1].rights if k.dep_ == "conj"), None)) is not None:
        items.append(nxt)
    return items


_POINTERS = {"that", "this", "it"}  # a bare object that points at a claim made elsewhere


def _pointed_prep(c: Token, lemma: str) -> bool:
    """A gerund phrase after a bare 'that'/'this'/'it' object ('reject that by claiming A'): how the
    pointed-at claim is met, not content; a preposition the verb takes goes on ('accused it of A')."""
    taken = c.lower_ in OBJECT_PREPS.get(lemma, ()) or c.lower_ in COMPLEMENT_PREPS.get(lemma, ())
    return c.dep_ == "prep" and not taken and any(g.dep_ == "pcomp" for g in c.children)


_GOING_ON = {"in", "on", "with"}


def _goes_on_in(prep: Token, first: Token) -> bool:
    """An 'in', 'on' or 'with' phrase after an object that goes on with it ('announced a concert in
    support of X', 'criticized the platform on abortion', 'announced the deal with lawmakers'), not
    a time ('in June', 'on Monday') nor where the words were said ('in an interview', 'in a tweet',
    'on air'), nor after a bare pronoun ('praised him in Ohio')."""
    pobj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)  # 'in using X'
    return (prep.lower_ in _GOING_ON and pobj is not None and first.pos_ != "PRON" and not dated(prep)
            and pobj.lemma_.lower() not in SETTING_NOUNS)


def _as_phrase(c: Token, lemma: str) -> bool:
    """An 'as' phrase the parse made a clause ('described the intruder as well-built'): the
    description of a verb that takes one."""
    return c.dep_ == "advcl" and c.doc[c.left_edge.i].lower_ == "as" and (
        lemma in AS_LEMMAS or "as" in COMPLEMENT_PREPS.get(lemma, ()))


_CALL_PREPS = frozenset({"out", "into", "to"})  # 'called X out', 'called attention to X'
_NAMING_DEPS = frozenset({"oprd", "xcomp", "ccomp", "dative", "attr", "acomp", "npadvmod", "appos"})


def _called_into(prep: Token, obj: Token) -> bool:
    """'called X into the side': summoned into a place or a team ('called X into question' is doubt)."""
    return prep.lower_ == "into" and prep.i > obj.i and not any(g.lower_ == "question" for g in prep.children)


def summoned(verb: Token) -> bool:
    """A 'call' with a bare direct object and no name or predicate given to it ('called the police',
    'called an election', 'called a meeting', 'called X into the side'): it summons or convenes, it
    says nothing; 'called X a liar', 'called X "rigged"', 'called for X' are sayings."""
    if verb.lemma_.lower() != "call":
        return False
    objs = [c for c in verb.rights if c.dep_ == "dobj"]
    if len(objs) != 1 or any(c.dep_ in _NAMING_DEPS or c.dep_ == "prt" or (
            c.lower_ in _CALL_PREPS and not _called_into(c, objs[0]))
            or c.dep_ == "conj" and c.pos_ == "NOUN" for c in verb.rights):
        return False  # 'called out X', 'called into question X', 'called A and B a C'
    obj, doc = objs[0], verb.doc
    after = doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < len(doc) else None
    quoted = any(t.is_quote for t in obj.subtree) or after is not None and after.is_quote
    return not (quoted or obj.pos_ == "PRON" or any(c.dep_ in _NAMING_DEPS for c in obj.children))


_THAT_DEPS = {"mark", "advmod"}  # the parse's roles for the 'that' of a content clause it made relative


def clause_on_phrase(verb: Token) -> list[Token]:
    """The content clause the parse took for a relative clause of the addressee ('told a meeting of
    leaders that few people understood …') or of a phrase of the occasion of the saying or finding
    ('told her in a debate that …', 'said earlier on Friday during a news conference that …',
    'predicted at the debate that …', 'concluded in a report that …'): 'that' opens it, and is not
    its subject nor the object it lacks."""
    lemma = verb.lemma_.lower()
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    if lemma not in ADDRESSEE_LEMMAS and (lemma not in SPEECH_LEMMAS | EVIDENCE_LEMMAS or obj is not None):
        return []
    if obj is not None and _hung_clause(obj) is not None:
        heads = [obj]
    else:
        heads = [g for c in verb.rights if c.dep_ == "prep" and (obj is None or c.i > obj.i)
                 for g in c.children if g.dep_ == "pobj"]
    for head in heads:
        rel = _relative_on(head)
        if rel is not None and _content_clause(rel):
            return [rel]
    return []


_OCCASION_PREPS = {"in", "at", "during"}  # 'said in a report that A', not 'responded to reports that A'


def _hung_clause(noun: Token) -> Token | None:
    """A relative clause of `noun`, or a clause the parse hung on the noun of the occasion of the
    saying ('said in a report that A was being used'), not on a topic ('asked about claims that A')
    nor on a noun of saying, the cue of its own clause ('said in a statement that A')."""
    occasion = noun.dep_ == "pobj" and noun.head.lower_ in _OCCASION_PREPS and not held_noun(noun)
    told = noun.dep_ in ("dobj", "dative")  # 'reminded MPs that A', the parse taking A for an 'acl'
    acl = occasion or told
    return next((c for c in noun.rights if c.dep_ == "relcl" or (c.dep_ == "acl" and acl)), None)


def _relative_on(noun: Token | None) -> Token | None:
    """The first relative clause (`_hung_clause`) on `noun` or on the objects of the prepositions
    after it."""
    while noun is not None:
        rel = _hung_clause(noun)
        if rel is not None:
            return rel
        prep = next((c for c in noun.rights if c.dep_ == "prep"), None)
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return None


def _content_clause(rel: Token) -> bool:
    """A 'relative clause' that is a content clause: opened by 'that' as its mark (or an object
    besides its own: 'the debate that Republicans will take "every state"'), with a subject of its own."""
    first = rel.doc[rel.left_edge.i]
    own = any(s.dep_ in ("nsubj", "nsubjpass") and s.i != first.i for s in rel.children)
    if first.lower_ != "that" or not own:
        return False
    objects = sum(c.dep_ == "dobj" for c in rel.children)
    return first.dep_ in _THAT_DEPS or (first.dep_ == "dobj" and objects > 1)


_RELATIVE_WORDS = {"which", "who", "whom", "whose"}


def described_end(doc: Doc, lo: int, hi: int) -> int:
    """`hi`, or the end before a relative clause set off by a comma that closes an object content
    ('criticized Clinton, who trailed Sanders by 20 points', 'asked about the standards, which
    were developed under X'): the writer's description of what was talked about, not the claim."""
    for tok in doc[lo + 1:hi + 1]:
        if tok.dep_ != "relcl":
            continue
        first = tok.left_edge
        if (lo <= tok.head.i < first.i and first.lower_ in _RELATIVE_WORDS
                and doc[first.i - 1].text == "," and tok.right_edge.i >= hi - 1
                and not any(t.is_quote for t in doc[first.i:hi + 1])):  # '…, who X, as "a Y"': quoted
            return first.i - 2
    return hi
