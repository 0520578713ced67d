"""Where the claim starts after an opening 'according to X,' the parse ran on too far or stopped
short of: the subject of the claim is not the source's.

- The parse hung the claim's subject on the source, after the comma that closes the phrase
  ('According to analysts Vantix, a third of all tablets sold will ship with A': 'a third' as an
  apposition of Vantix; 'According to the memo, Ruiz and an aide asked B': a conjunct), so the
  verb has no subject of its own: the claim starts after that comma.
- With no comma after the phrase, the parse may give the claim's subject to a participle on the
  source, or its object after the agent ('According to figures compiled by X many shops using Y
  lost Z'): the claim starts there.
- Words set off by commas between the phrase and the subject are still the source's: a
  relative clause, a participle or a name ('According to Kellam & Roy, which rates A, the rise
  helps B', 'According to figures also out on Monday, sales rose', 'According to its lawyer, Ana
  Puig of Lenz, the claim rests on A'): the claim starts at the subject.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.quotes.cues import CLAUSE_SUBJECTS, according_noun

_BREAKS = {",", "-", "\u2013", "\u2014"}
_SWALLOWED = ("appos", "conj")  # how the parse hangs the claim's subject on the source
_NOMINAL = {"NOUN", "PROPN", "DET", "ADJ", "ADP", "CCONJ", "PART", "NUM", "PUNCT", "SYM"}
_INNER = ("ccomp", "relcl", "advcl")  # a clause the parse made of a relative one set off
_RELATIVE = {"WDT", "WP", "WP$"}
_PARTICIPLES = {"VBN", "VBG"}


def opening_start(to: Token, lo: int) -> int:
    """The first token of the claim after an opening 'according to X' phrase (`lo`: the token after
    the phrase as parsed)."""
    doc = to.doc
    verb = doc[to.i - 1].head
    while verb.dep_ in _INNER and verb.head.i > verb.i:  # 'According to X, which rates A, B': B's verb
        verb = verb.head
    if verb.i < lo or verb.i == to.i - 1:
        return lo
    subjects = [c for c in verb.children if c.dep_ in CLAUSE_SUBJECTS and c.i < verb.i]
    if not subjects:
        swallowed = _swallowed_subject(to, lo)
        return swallowed if swallowed != lo else _participle_subject(to, lo)
    subject = max(subjects, key=lambda t: t.i)
    first, last = subject.left_edge.i, subject.right_edge.i
    if first <= lo + 1 or doc[first - 1].text not in _BREAKS or doc[last + 1].text in _BREAKS:
        return lo  # 'its chief, Ms A, will B': the subject's own name set off
    return first if _set_off(doc[lo:first - 1]) else lo


def _swallowed_subject(to: Token, lo: int) -> int:
    """After a comma inside the phrase (the last such), a noun hung on the source that runs to the
    phrase's end: the claim's subject; else `lo`."""
    doc = to.doc
    for c in range(lo - 2, to.i + 1, -1):
        if doc[c].text not in _BREAKS:
            continue
        head = doc[c + 1]
        while head.head.i > c and head.head.i < lo and head.head.i != head.i:
            head = head.head
        if (head.dep_ in _SWALLOWED and head.head.i < c and head.pos_ in ("NOUN", "PROPN", "NUM", "PRON")
                and head.left_edge.i == c + 1 and head.right_edge.i == lo - 1 and _hung(to, head)):
            return c + 1
    return lo


def _participle_subject(to: Token, lo: int) -> int:
    """With no comma to close the phrase, a subject the parse gave a participle on the source noun
    ('According to figures on X many using Y lost Z': 'many' as the subject of 'using'), or an
    object after a passive's agent ('figures compiled by X many shops lost Z'): the claim's subject,
    which such a participle cannot have; else `lo`."""
    doc = to.doc
    for tok in doc[to.i + 1:lo]:
        head = tok.head
        if not (to.i < head.i < lo and head.dep_ == "acl" and head.tag_ in _PARTICIPLES) or (
                doc[tok.left_edge.i - 1].text == ","):
            continue
        if (tok.dep_ in ("nsubj", "nsubjpass") and tok.i < head.i) or _passive_object(head, tok):
            return tok.left_edge.i
    return lo


def _passive_object(participle: Token, tok: Token) -> bool:
    """An object after the agent of a passive participle ('data gathered by X most drivers'), which
    a passive cannot have: the claim's subject."""
    return tok.dep_ == "dobj" and participle.tag_ == "VBN" and any(
        c.dep_ == "agent" and c.i < tok.i for c in participle.children)


def _hung(to: Token, head: Token) -> bool:
    """An apposition, or a conjunct of the source noun itself when that is a common noun ('the memo,
    Ruiz and an aide'; not a list of names 'a survey by A, B and C')."""
    noun = according_noun(to)
    return head.dep_ == "appos" or (noun is not None and head.head.i == noun.i and noun.pos_ == "NOUN")


def _set_off(words: Span) -> bool:
    """Words between two commas that describe the source: a relative clause, a participle phrase
    or a name; not an opening adverbial ('in May', 'if A', 'however')."""
    toks = [t for t in words if not t.is_punct and not t.is_space]
    if not toks:
        return False
    lead = next((t for t in toks if t.pos_ != "ADV"), None)
    if lead is None:
        return False
    if lead.tag_ in _RELATIVE or (lead.tag_ in _PARTICIPLES and lead.pos_ == "VERB"):
        return True
    return toks[0].pos_ not in ("ADP", "SCONJ", "ADV") and all(
        t.pos_ in _NOMINAL or t.tag_ == "PRP$" for t in toks)
