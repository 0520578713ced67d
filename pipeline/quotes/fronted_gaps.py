"""A saying whose reported clause is only a subject and 'be', its predicate fronted as the 'who' or
'what' of a free relative or as the head of a relative clause (issue 19): 'checks a caller is who
they say they are', 'the tonic was not what he claimed it was', 'treats us like the fools they
think we are'. The words said are not given: the phrase names someone or something by what was said
of it. PolNeAR train gold has none; a bare 'do' stays (dev gold keeps one: 'what the mayor says her
scheme would do'), and so do a predicate after the cue ('what she said was a gift', 'which he said
were at his side'), an answer's ellipsis ('she said he would') and a question known ('knew who the
minister was').
"""

from __future__ import annotations

from spacy.tokens import Token

_BARE = frozenset({"be"})  # 'they are' says nothing by itself (a bare 'do': gold keeps it)
_FILLERS = frozenset({"who", "what", "whom", "whoever", "whatever"})
_COMPLEMENTS = frozenset({"attr", "acomp", "dobj", "oprd", "xcomp", "ccomp", "prep", "advmod", "npadvmod",
                          "dative", "agent", "neg"})  # what a clause after the cue would say
_TIMES = frozenset({"before", "after", "until", "since", "during", "once"})  # 'is who he says he is before B'
_CLOSERS = frozenset({"IN", "WRB", "CC"})  # 'they are when they …', 'it was, and …': the clause ends


def fronted_gap(cue: Token) -> bool:
    """`cue`'s clause after it is a bare 'be' with nothing after the cue to say (but a time), closing
    its phrase, and its predicate is a 'who'/'what' before the cue or the noun a relative clause on the
    cue hangs on (not a 'where' or 'when': 'where they said they would be' gives a place)."""
    clause = next((c for c in cue.rights if c.dep_ == "ccomp"), None)
    if clause is None or clause.lemma_.lower() not in _BARE:
        return False
    if any(c.dep_ in _COMPLEMENTS and c.i > cue.i and c.lower_ not in _TIMES for c in clause.children):
        return False  # 'what she said was a gift', 'which he said were at his side': the predicate is said
    kids = list(cue.children) + list(clause.children)
    if any(c.tag_ == "WRB" or (c.dep_ == "mark" and c.i > cue.i) for c in kids):
        return False  # 'where they said they would be'; 'which confirmed that it was for X to B'
    if any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in cue.children):
        return False  # 'an act which confirmed it was …': the relative word is the sayer
    after = cue.doc[clause.i + 1] if clause.i + 1 < len(cue.doc) else None
    if after is not None and not (after.is_punct or after.tag_ in _CLOSERS):
        return False  # 'who they thought was Acme's ally': a predicate the parse hung elsewhere
    filler = any(t.tag_ == "WP" and t.lower_ in _FILLERS and t.i < cue.i for t in kids)
    return filler or (cue.dep_ == "relcl" and cue.head.pos_ in ("NOUN", "PROPN", "PRON"))
