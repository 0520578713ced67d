"""The antecedent of a relative 'who' speaker the parse did not hang as a relative clause: a second
relative joined to a first ('X, who A and who said B': the first 'who', which stands for X), or one the
parse took for the subject of a clause of its own ('Others, however, who had stayed out, continued to
warn A': Others)."""

from __future__ import annotations

from spacy.tokens import Token

_SKIPPED_POS = frozenset({"PUNCT", "ADV"})  # ', however,' between the antecedent and its 'who'
_NAMING_POS = frozenset({"NOUN", "PROPN"})


def first_relative(rel: Token) -> Token:
    """The 'who' of the first relative clause when `rel` is a second one joined to it ('X, who A and
    who said B'): that 'who' stands for X, as `rel` does; else `rel` itself."""
    verb = rel.head
    while rel.lower_ == "who" and verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
        first = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "who"), None)
        if verb.dep_ == "relcl" and first is not None:
            return first
    return rel


def relative_antecedent(who: Token) -> Token | None:
    """The noun a 'who' stands for when the parse hung its clause as another clause of the sentence,
    no relative clause ('Others, however, who A, warned B'), else None."""
    if who.lower_ != "who" or who.tag_ != "WP" or who.head.dep_ in ("relcl", "conj"):
        return None
    doc, j = who.doc, who.i - 1
    while j >= 0 and doc[j].pos_ in _SKIPPED_POS and "\n" not in doc[j].text_with_ws:
        j -= 1
    if j < 0 or doc[j].pos_ not in _NAMING_POS or doc[who.i - 1].text != ",":
        return None
    noun = doc[j]
    while noun.dep_ in ("compound", "flat") and noun.head.i > noun.i and noun.head.i < who.i:
        noun = noun.head
    return noun


def set_off_subject(cue: Token) -> Token | None:
    """The subject of a cue's clause that the parse gave to a relative clause before it, read as a
    clause of its own ('Others, however, who had sold, continued to warn A': Others): the antecedent
    of that clause's 'who' when the main verb has no subject."""
    verb = cue
    while verb.dep_ in ("xcomp", "conj") and verb.head.i < verb.i:
        verb = verb.head
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for clause in verb.lefts:
        who = next((s for s in clause.children if s.dep_ == "nsubj" and s.lower_ == "who"), None)
        if clause.dep_ in ("ccomp", "advcl", "parataxis") and who is not None:
            return relative_antecedent(who)
    return None


_NAMING = frozenset({"name", "call"})


def named_in(noun: Token) -> Token:
    """The name a description gives right after it ('an academic named X, who said': X), else the noun."""
    acl = next((c for c in noun.rights if c.dep_ == "acl" and c.lemma_.lower() in _NAMING
                and c.i == noun.i + 1), None)
    name = next((c for c in acl.children if c.dep_ in ("oprd", "dobj", "attr") and c.pos_ == "PROPN"),
                None) if acl is not None else None
    return name if name is not None else noun
