"""Cue verbs whose clause says nothing, whatever the verb (issue 19; checked on PolNeAR train, where
gold leaves them out): a saying left open in a concessive free relative ('Whatever they say, A',
'Whichever way the court rules, B', '"A" - whatever spin is put on it'), whose content the parse
takes from the writer's clause beside it; and a subject that finds itself in a state ('England
find themselves striving to B'), no finding reported; and a saying only supposed, in a conditional
opened by its inverted auxiliary ('A would have been longer had he denied the charge'); a talk
only scheduled ('is due to speak about A'); a showing owed or to come ('the firm must show the
regulator how A'), no finding; and a thing's lure ('e-mails trying to trick people by promising
free films'), no one's promise; a participle used as an adjective, opening its sentence before
the bare noun it describes ('Promising young hurdler X clocked B'); and a saying only imagined
(pipeline.quotes.unreal); a participle frame of a request ('Asked for his worst memory, he said: "A"'):
the answer is the claim, the frame names only what was asked for; and a cue frozen in a set phrase
(pipeline.quotes.set_phrases: 'not to mention C', 'needless to say', 'was denied a visa').
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Token

from pipeline.quotes.set_phrases import set_phrase
from pipeline.quotes.unreal import unreal

_FREE_RELATIVES = {"whatever", "whichever"}  # not 'however': 'However, he said A' is a connective
_BEFORE_DEPS = {"dobj", "nsubj", "nsubjpass", "npadvmod", "advmod"}
_REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself"}
_FINDING = {"find"}
_INVERTED_IF = {"had", "were", "should"}  # 'had he denied', 'should they say': an 'if' clause
_SCHEDULED = {"due"}  # 'is due to speak': an event to come
_OWED = {"must", "should"}  # 'must show how A': an obligation, not a finding ('will show': gold keeps)
_LURING = {"promise"}  # 'by promising free films': a thing's offer when a thing is the subject
_SPEAKING_SUBJECTS = {"PROPN", "PRON"}
_ASKING = {"ask"}  # 'asked for X': what was requested, not a claim
_OWN_CLAUSE = {"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "ccomp", "xcomp", "dative"}


_MEMO: tuple[Doc | None, dict[int, bool]] = (None, {})  # the article `remember` holds, its answers


def remember(doc: Doc | None) -> None:
    """Keep `says_nothing`'s answers for `doc` (the quotes stage's article, its cue words mended: it no
    longer changes) until called again; None stops. One tuple, swapped whole."""
    global _MEMO
    _MEMO = (doc, {})


def says_nothing(verb: Token) -> bool:
    """`_says_nothing`, worked out once per verb of the article `remember` holds (asked for each cue
    verb by several rules)."""
    held, answers = _MEMO
    if held is not verb.doc:
        return _says_nothing(verb)
    got = answers.get(verb.i)
    if got is None:
        got = answers[verb.i] = _says_nothing(verb)
    return got


def _says_nothing(verb: Token) -> bool:
    """`verb` heads a concessive free relative or finds its own subject somewhere."""
    lemma, kids = verb.lemma_.lower(), list(verb.children)
    return (_concessive(verb) or _supposed(verb, kids) or (lemma in _FINDING and _finds_itself(verb))
            or _scheduled(verb) or (lemma == "show" and _owed(verb)) or (lemma in _LURING and _lure(verb))
            or _attributive(verb) or _asked_for(verb) or unreal(verb, kids) or set_phrase(verb))


def _asked_for(verb: Token) -> bool:
    """'Asked for X,' or 'When asked for X,' setting the answer that follows: a participle with no
    subject or auxiliary of its own whose only complement is its 'for' phrase."""
    if verb.lemma_.lower() not in _ASKING or verb.dep_ != "advcl" or verb.tag_ not in ("VBN", "VBD"):
        return False
    kids = list(verb.children)
    return (any(c.dep_ == "prep" and c.lower_ == "for" for c in kids)
            and not any(c.dep_ in _OWN_CLAUSE for c in kids))


def _attributive(verb: Token) -> bool:
    """A participle opening its sentence as its root, with no subject of its own, right before the
    bare common noun that is the subject of the clause the parse hung on it ('Promising young hurdler
    X clocked B': it describes the hurdler; not 'Noting he had won, X said')."""
    if verb.tag_ != "VBG" or verb.dep_ != "ROOT" or verb.i != verb.sent.start:
        return False
    if any(c.dep_ in ("nsubj", "aux") for c in verb.children):
        return False
    return any(s.dep_ == "nsubj" and s.pos_ == "NOUN" and s.left_edge.i == verb.i + 1
               and not any(d.dep_ in ("det", "poss") for d in s.children)
               for c in verb.children if c.dep_ == "ccomp" for s in c.children)


def _scheduled(verb: Token) -> bool:
    """An infinitive on 'due' ('is due to speak about A at B'): a talk to come, nothing said yet; but
    with a clause of its own ('is due to tell MPs that A') its content is announced, as gold has for
    'is expected to say that A' and 'will say'."""
    if verb.dep_ != "xcomp" or verb.head.lower_ not in _SCHEDULED:
        return False
    if any(c.dep_ == "ccomp" and not _asks(c) for c in verb.children):
        return False  # 'is due to announce which seat A' still tells nothing
    from pipeline.quotes.cues import has_to  # cues imports us

    return has_to(verb)


def _asks(clause: Token) -> bool:
    """A clause that is a question ('which seat he will run for', 'whether A'): nothing told yet."""
    first = clause.left_edge
    return first.tag_ in ("WDT", "WP", "WP$", "WRB") or first.lower_ in ("whether", "if")


def _owed(verb: Token) -> bool:
    """'must show', 'should show': what someone has to prove, not a finding."""
    return any(c.dep_ == "aux" and c.lower_ in _OWED and c.i < verb.i for c in verb.children)


def _lure(verb: Token) -> bool:
    """A participle of promising with a thing as its object and no clause, whose clause's subject
    is a common noun that names no one, or names a text ('messages ... promising free films')."""
    kids = list(verb.children)
    if verb.tag_ != "VBG" or not any(c.dep_ == "dobj" for c in kids) or any(
            c.dep_ in ("nsubj", "ccomp", "xcomp", "dative") for c in kids):
        return False
    texts, can_speak = _text_nouns()
    head = verb
    for _ in range(6):  # up to the clause whose subject it shares
        head = head.head
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj.pos_ not in _SPEAKING_SUBJECTS and subj.ent_type_ == "" and (
                subj.lemma_.lower().replace("-", "") in texts or not can_speak(subj))
        if head.dep_ == "ROOT":
            break
    return False


@cache
def _text_nouns() -> tuple[frozenset[str], Callable[[Token], bool]]:
    """The nouns of texts and sources ('messages', 'figures') and `cues.can_speak`, imported here
    and once: cues imports this module, so no import at the top."""
    from pipeline.quotes.cues import DOCUMENT_NOUNS, SOURCE_NOUNS, SPEECH_NOUNS, can_speak

    return DOCUMENT_NOUNS | SOURCE_NOUNS | SPEECH_NOUNS, can_speak


def _supposed(verb: Token, kids: list[Token]) -> bool:
    """An auxiliary right before the verb's subject, opening a conditional ('had he denied the
    charge'), in a sentence that asks nothing (`kids`: the verb's children)."""
    subjects = {s.i for s in kids if s.dep_ == "nsubj"}
    return any(  # the sentence's text only for the rare inverted auxiliary: it is dear per cue
        a.dep_ == "aux" and a.lower_ in _INVERTED_IF and a.i + 1 in subjects for a in kids if a.i < verb.i
    ) and not verb.sent.text.rstrip().endswith("?")


def _concessive(verb: Token) -> bool:
    """A dependent before the verb opened by 'whatever' or 'whichever' ('Whatever they say',
    'Whichever way the court rules', 'whatever spin is put on it')."""
    return any(
        c.dep_ in _BEFORE_DEPS and c.left_edge.lower_ in _FREE_RELATIVES
        for c in verb.lefts
    )


def _finds_itself(verb: Token) -> bool:
    """'found itself facing a bill', 'find themselves in trouble': a reflexive object or subject of
    the clause after the verb."""
    for c in verb.rights:
        if c.dep_ == "dobj" and c.lower_ in _REFLEXIVES:
            return True
        if c.dep_ in ("ccomp", "xcomp", "oprd") and any(
            s.dep_ in ("nsubj", "dobj") and s.lower_ in _REFLEXIVES and s.i < c.i for s in c.children
        ):
            return True
    return False
