"""The writer's own voice dressed as a cue (issue 19): advice to the reader, a verb of heeding under a
modal with a generic subject ('Buyers should note that A', 'You will note B', 'Anyone driving at
night must notice C'), and a saying's idiom, an 'as' clause of 'say' whose subject is no one in
particular ('A, as the man says', 'B, as they say', 'as people say'). PolNeAR train has neither
in its gold; a named or determined holder stays ('The council noted A', 'Critics of the plan note
B', 'as the minister says'), and so does a content in quote marks ('as they say, "A"'), someone's
words repeated."""

from __future__ import annotations

from spacy.tokens import Token

_HEEDING = frozenset({"note", "notice"})  # 'should note that A': the reader told to heed
_ADVISING = frozenset({"should", "must", "will", "may", "might", "can", "'ll", "ought"})
_READERS = frozenset({"you", "anyone", "everyone", "anybody", "everybody", "readers", "reader"})
_NO_ONE = frozenset({"they", "you", "one", "people"})  # 'as they say': common wisdom
_SAYINGS = frozenset({"man", "saying", "adage", "proverb", "song", "phrase", "expression", "cliche"})
_MARKED = frozenset({"det", "poss", "nummod", "predet"})


def writers_aside(verb: Token, start: int, end: int) -> bool:
    """`verb` advises the reader or is a saying's idiom, its content [start, end) in no quote marks."""
    lemma = verb.lemma_.lower()
    if not ((lemma in _HEEDING and _advice(verb)) or (lemma == "say" and _idiom(verb))):
        return False
    span = verb.doc.char_span(start, end, alignment_mode="expand")
    return span is None or not any(t.is_quote for t in span)


def _advice(verb: Token) -> bool:
    """A modal of advice and a generic subject: 'you', 'anyone', 'readers', or a bare plural common
    noun with no entity ('Fans of old films should note A'), no determiner, possessor or number."""
    kids = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ in _ADVISING and c.i < verb.i for c in kids):
        return False
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or subj.ent_type_:
        return False
    if subj.lower_ in _READERS:
        return True
    return subj.tag_ == "NNS" and not any(c.dep_ in _MARKED for c in subj.children)


def _idiom(verb: Token) -> bool:
    """An 'as' clause of 'say' with nothing said in it and a subject no one in particular: 'they',
    'you', 'one', 'people', or 'the man' or 'the saying' with nothing of their own."""
    kids = list(verb.children)
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in kids):
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in kids):
        return False
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or subj.ent_type_:
        return False
    if subj.lower_ in _NO_ONE:
        return not any(c.dep_ in _MARKED for c in subj.children)
    marks = [c for c in subj.children]
    return (subj.lemma_.lower() in _SAYINGS and len(marks) == 1 and marks[0].dep_ == "det"
            and marks[0].lower_ == "the")
