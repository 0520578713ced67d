"""Cue words that say nothing though the parse reads them as verbs of saying: a noun the parse took
for a verb ('The first ever call over a portable phone was made in 1973': a phone call), a participle
or an agentless passive that gives a name, with no one naming ('Called X, this is now the most used
technology', 'It is called HD'), a 'call' into action or a squad (someone summoned), and a 'for' or
'on' after the name a 'call' gives ('a group called Friends for Rivers', 'a film called "X" on
Channel Nine'): part of the name or where the named thing is, nothing called for."""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
_NAMING = frozenset({"oprd", "xcomp", "attr"})  # 'Called X' gives its name after the verb
_DOUBT = frozenset({"question", "doubt"})  # 'called into question', 'calling into doubt'
_CLAUSES = frozenset({"oprd", "ccomp"})  # a clause the parse hung on a naming verb
_NAMES = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})  # a name, not a request's verb: 'Asked to describe A'
_TIMES = frozenset({"DATE", "TIME"})  # 'called Friday for A': a day, no name given


def _name(verb: Token) -> Token | None:
    """The name a naming verb gives after it ('Called Kestrel Link', 'is called HD')."""
    return next((c for c in verb.rights if c.dep_ in _NAMING and c.pos_ in _NAMES), None)


def noun_read_as_verb(cue: Token) -> bool:
    """A cue word tagged a finite or bare verb that the parse makes the subject of another verb and
    gives a determiner or a possessor ('The first ever call over a portable phone was made'): a
    noun, which names no saying of its own; a gerund subject ('Calling them liars was wrong') stays."""
    return (cue.tag_ in ("VB", "VBP", "VBZ", "VBD") and cue.dep_ in _SUBJECT_DEPS
            and any(c.dep_ in ("det", "poss") and c.i < cue.i for c in cue.children))


def naming_participle(cue: Token) -> bool:
    """A past participle opening its sentence with no agent, set on the clause after it, that gives a
    noun its name ('Called Kestrel Link (KL), this is …', 'Dubbed X, it …'): the writer
    names a thing, no one is reported; a request's verb stays ('Asked to describe A, X declined')."""
    return (cue.tag_ == "VBN" and cue.i == cue.sent.start and cue.dep_ == "advcl"
            and cue.head.i > cue.i
            and not any(c.dep_ in ("agent", "nsubj", "nsubjpass", "aux", "auxpass") for c in cue.children)
            and _name(cue) is not None)


def called_into(cue: Token) -> bool:
    """A 'call' into a place, a team or action ('was called into action', 'to call X into his squad'):
    someone summoned, nothing said ('called X into question', 'calling into doubt X' are doubts)."""
    return cue.lemma_.lower() == "call" and any(
        c.dep_ == "prep" and c.lower_ == "into" and not any(g.lower_ in _DOUBT for g in c.children)
        for c in cue.rights)


def named_then_placed(cue: Token, start: int) -> bool:
    """A content read from a 'for' or 'on' phrase that comes after the name a 'call' gives ('a group
    called Friends for Rivers', 'a class called "Grammar" on her blog'): the phrase ends the name or
    places the thing named, no one calls for it ('called for A', 'called on X to B', 'called Friday
    for A' stay: a day the parse made the name; so does a passive, 'X has been called "Y" for Z', whose
    whole clause PolNeAR takes as the claim)."""
    if cue.lemma_.lower() != "call" or any(c.dep_ == "auxpass" for c in cue.children):
        return False
    name = next((c for c in cue.rights if c.dep_ == "oprd" and c.ent_type_ not in _TIMES), None)
    return name is not None and any(
        c.dep_ == "prep" and c.lower_ in _URGING and c.i > name.i and start >= c.idx + len(c)
        for c in cue.rights)


def named_passive(cue: Token) -> bool:
    """A 'call' in the passive with no agent that gives a thing its name ('It is called
    high-definition', 'The song is called X'): a name, held by no one; a name in quote marks ('is
    called "a disgrace"') or one given by someone ('was called X by Y') stays a claim."""
    if cue.lemma_.lower() != "call" or not any(c.dep_ == "auxpass" for c in cue.children) or any(
            c.dep_ == "agent" for c in cue.children):
        return False
    name = _name(cue) or _name_in_clause(cue)
    return name is not None and not any(t.is_quote for t in cue.doc[cue.i + 1:name.right_edge.i + 2])


def _name_in_clause(verb: Token) -> Token | None:
    """The name right after a naming verb that the parse made the subject of an agentless passive
    clause it hung on the verb ('is called X and the file is named Y': 'X ... the file' the subject
    of 'named'): the subject's first conjunct, a name that opens right after the verb ('is called X
    and critics have said Y' keeps its saying)."""
    clause = next((c for c in verb.rights if c.dep_ in _CLAUSES and c.pos_ in ("VERB", "AUX")
                   and _agentless_passive(c)), None)
    subj = None if clause is None else next(
        (c for c in clause.lefts if c.dep_ in _SUBJECT_DEPS and c.left_edge.i == verb.i + 1), None)
    if subj is None or subj.pos_ not in _NAMES:
        return None
    return subj if not any(c.dep_ == "conj" for c in subj.children) else _first_conjunct(subj)


def _agentless_passive(verb: Token) -> bool:
    """'is named Y': a passive with no 'by' agent."""
    deps = {c.dep_ for c in verb.children}
    return "auxpass" in deps and "agent" not in deps


def _first_conjunct(tok: Token) -> Token:
    """The words of a coordinated phrase before its first conjunction, as a span's last token."""
    cc = next(c for c in tok.children if c.dep_ in ("cc", "conj", "punct") and c.i > tok.i)
    return tok.doc[cc.i - 1]



_GIVEN = frozenset({"oprd", "xcomp", "ccomp", "attr", "acomp", "dative"})  # a name or a clause given
_URGING = frozenset({"for", "on", "upon", "into"})  # 'called for A', 'called on X to B', 'into doubt'
_RELATIVES = frozenset({"what", "which", "that", "whom", "who"})  # 'what it calls X': a name given
_NAMED_HOLDERS = frozenset({"relcl", "acl", "advcl"})  # 'the pad it calls X', 'a firm called X'


def called_object(cue: Token, start: int, end: int) -> bool:
    """A 'call' whose content [start, end) is only its object, with no name, word or clause given
    and no 'for' or 'on' ('Ms Orla Penn called her bank twice', 'called the coach back to the
    ground', 'to call a snap meeting'), or a lone possessed or determined noun the parse took for
    the name ('He called his insurer': 'his insurer' read as what someone is called): a phone call
    or a summons, nothing said ('called it "a farce"', 'called for A', 'called on X to B', 'called out
    X', 'calling into doubt A' stay)."""
    if cue.lemma_.lower() != "call" or any(c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in _URGING)
                                           for c in cue.children):
        return False
    obj = _called_object(cue)
    if obj is None or obj.lower_ in _RELATIVES:
        return False
    span = cue.doc[obj.left_edge.i:obj.right_edge.i + 1]
    return (start, end) == (span.start_char, span.end_char) and not any(
        t.is_quote or t.dep_ == "appos" for t in span)  # 'called her son her hero': a name given


def _called_object(cue: Token) -> Token | None:
    """The object of an active 'call' with nothing given after it, or its lone misread name."""
    given = [c for c in cue.children if c.dep_ in _GIVEN]
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is not None:
        return None if given else obj
    if len(given) != 1 or given[0].dep_ != "oprd" or cue.dep_ in _NAMED_HOLDERS or any(
            c.dep_ in ("auxpass", "nsubjpass") for c in cue.children):
        return None
    name = given[0]
    return name if name.pos_ == "NOUN" and any(c.dep_ in ("poss", "det") for c in name.children) else None
