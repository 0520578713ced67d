"""Descriptions that define a name as a business, read around one mention of it.

`described` tells whether a mention is described as a business: a business's noun right before
it ("US mortgage company Fannie Mae", "housebuilder George Wimpey", "drugs group Eli Lilly") or
after it ("its Christian Lacroix clothing label"), a list it ends that such a noun opens
("reinsurance firms such as Swiss Re and Munich Re"), or an apposition after it, or after the list
it is in, headed by such a noun ("Munich Re, the world's largest reinsurance company", "X, one of
Scotland's premier whisky firms", "A and B - the world's two biggest reinsurers"). The nouns are
the data table's (`context.firm_role`: nouns that only ever name businesses). `taken_up` tells
whether the next sentence takes the name up as "the company", "the world's biggest insurer". All
work on token indices.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from pipeline.entities import bodysigns as BS
from pipeline.entities import context as X
from pipeline.entities import evidence as E
from pipeline.entities import lexicon as L
from pipeline.entities import tokens as TK
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.gazetteer import world

SEPARATORS = frozenset({",", "-", "\u2013", "\u2014"})
PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV", "PART", "PUNCT"})
PHRASE_MAX = 8  # words of an apposition's noun phrase
COMPOUND_HEADS = frozenset({"group", "maker"})  # a business's after a plural noun only
PARTS = frozenset({"one", "part", "some", "two", "three", "each", "both"})  # "one of the firms"
AGENTS = frozenset({m[:-1] for m in BS.MAKERS} | {"auditor", "adviser", "advisor", "broker", "underwriter"})
# a business's function a person may also serve ("X, the bank's auditor"): a firm's for a one-word name
OWNER_MAX = 4  # words of a possessive owner's name ("Fannie Mae's")


def described(ctx: DocCtx, c: Cand, mates: Sequence[Cand] = ()) -> bool:
    """The mention (listed with `mates`) is described as a business: see the module's doc."""
    doc = ctx.doc
    if ctx.in_caps(c.start):
        return False
    if c.start > 0 and _business_noun(doc, c.start - 1) and not _relative_subject(ctx, c):
        return True  # "mortgage company Fannie Mae", not "the company Tom Hale founded"
    if X.listed_firms(doc, c.start) or (_business_after(doc, c.end) and not _place_like(ctx, c)):
        return True
    last = max([c.end] + [m.end for m in mates])
    head = _apposed_head(doc, last, agents=not mates and _bare_word(ctx, c))
    return head is not None and (last == c.end or head.tag_ == "NNS")


def agent_role(ctx: DocCtx, c: Cand, role: str | None) -> bool:
    """The role set off after a one-word name that is no given name is a business's function
    ("KPMG, the bank's auditor"; not "Tom Hale, the bank's auditor")."""
    words = (role or "").lower().split()
    return bool(words) and words[-1] in AGENTS and c.end < len(ctx.words) and (
        ctx.words[c.end] in SEPARATORS and _bare_word(ctx, c))


def _bare_word(ctx: DocCtx, c: Cand) -> bool:
    """One word that is no given name ("KPMG", "Feedster"): a person comes with a full name."""
    return c.end - c.start == 1 and not L.given_name(L.fold(ctx.words[c.start]))


def taken_up(ctx: DocCtx, c: Cand, rival: Callable[[int, int], bool]) -> bool:
    """The next sentence opens with "the" and a business's noun as its subject ("... according to
    Swiss Re. The world's second biggest insurer said"), and no other name of a person or body
    (`rival` over a token range) stands in the mention's sentence to take it up instead."""
    doc = ctx.doc
    if not ctx.parsed or ctx.in_caps(c.start):
        return False
    sent = ctx.toks[c.start].sent
    if sent.end + 1 >= len(doc) or ctx.toks[sent.end].lower_ != "the" or rival(sent.start, sent.end):
        return False
    head = None
    for t in doc[sent.end + 1 : min(len(doc), sent.end + 1 + PHRASE_MAX)]:
        if t.pos_ not in PHRASE_POS or (t.pos_ == "PUNCT" and t.text not in X.POSS):
            break
        head = t if t.pos_ == "NOUN" else head
    return head is not None and head.dep_ in {"nsubj", "nsubjpass"} and X.firm_role(head.lower_)


def _business_noun(doc: Doc, k: int) -> bool:
    """The lower-case noun at k names a business, no other name's ("the BBC News website"): a noun
    of the table, or a group or maker of plural things ("drugs group", "parts maker")."""
    toks = TK.toks(doc)
    word = toks[k]
    if not word.is_lower or X.named_noun(doc, k):
        return False
    plural = k > 0 and toks[k - 1].is_lower and toks[k - 1].tag_ == "NNS"
    return X.firm_role(word.text) or (plural and word.lower_ in COMPOUND_HEADS) or _thing_maker(doc, k)


def _thing_maker(doc: Doc, k: int) -> bool:
    """A maker of one lower-case thing that is no work ("handset maker", "car maker"; not "film
    maker", a person)."""
    toks = TK.toks(doc)
    return k > 0 and toks[k].lower_ == "maker" and thing_maker(toks[k - 1].text)


def thing_maker(thing: str) -> bool:
    """`thing` before "maker" names a made thing, no work ("handset", not "film": its maker is a
    person)."""
    return thing.isalpha() and thing.islower() and thing not in E.WORK_NOUNS and thing not in L.DETERMINERS


def _business_after(doc: Doc, e: int) -> bool:
    """The name modifies a business's noun, over up to two lower-case words ("its Christian
    Lacroix clothing label", "the Travelodge hotel chain")."""
    toks = TK.toks(doc)
    for k in range(e, min(len(doc), e + 3)):
        t = toks[k]
        if not t.is_lower or t.pos_ not in {"NOUN", "ADJ"}:
            return False
        if X.firm_role(t.text) and (k + 1 == len(doc) or toks[k + 1].pos_ not in {"NOUN", "PROPN"}):
            return True
    return False


def _place_like(ctx: DocCtx, c: Cand) -> bool:
    """A gazetteer place, or a name opening with a compass point ("the South Yorkshire company" is
    where the company is)."""
    return ctx.norm_of(c.start, c.end) in world().places or ctx.words[c.start].lower() in X.COMPASS


def _relative_subject(ctx: DocCtx, c: Cand) -> bool:
    """The name is the subject of a clause about the noun before it ("the firm Tom Hale founded")."""
    if not ctx.parsed:
        return False
    root = ctx.root(c.start, c.end)
    return root.dep_ in {"nsubj", "nsubjpass"} and root.head.dep_ == "relcl"


def _apposed_head(doc: Doc, e: int, agents: bool = False) -> Token | None:
    """The head noun of a noun phrase set off after the name ending at e (", the world's largest
    reinsurance company", " - one of Europe's biggest insurers") when it is a business's noun, or
    with `agents` a business's function (", the bank's auditor", ", a blog search engine")."""
    toks = TK.toks(doc)
    if e + 2 >= len(doc) or toks[e].text not in SEPARATORS or toks[e].text == toks[e - 1].text:
        return None
    k = e + 1
    if toks[k].lower_ in PARTS and k + 1 < len(doc) and toks[k + 1].lower_ == "of":
        k += 2  # "one of Scotland's premier whisky firms"
    first = toks[k] if k < len(doc) else None
    if first is None or not (first.pos_ in {"DET", "PRON"} or first.tag_ == "PRP$" or _owner(doc, k)):
        return None  # a phrase with a determiner or an owner, not "X, Y and Z"
    head = None
    for t in doc[k : min(len(doc), k + PHRASE_MAX)]:
        if (t.pos_ not in PHRASE_POS and not _hyphened(t)) or (
                t.pos_ == "PUNCT" and t.text not in X.POSS and t.text != "-"):
            break
        head = t if t.pos_ == "NOUN" else head
        if t.pos_ == "NOUN" and t.i + 1 < len(doc) and toks[t.i + 1].pos_ in {"VERB", "AUX"}:
            return None  # "X, the company said": a clause, not an apposition
    if head is None or not (X.firm_role(head.lemma_) or X.firm_role(head.lower_) or agents and _agent(head)):
        return None
    after = toks[head.i + 1] if head.i + 1 < len(doc) else None
    return None if after is not None and after.pos_ in {"NOUN", "PROPN"} else head


def _hyphened(t: Token) -> bool:
    """A participle after a hyphen, the end of a compound adjective ("state-owned", "family-run")."""
    dash = t.doc[t.i - 1] if t.i > 0 else None
    return t.tag_ in {"VBN", "VBG"} and dash is not None and dash.text == "-" and not dash.whitespace_


def _agent(head: Token) -> bool:
    """A business's function noun ("auditor", "supplier") or a machine's ("search engine")."""
    return head.lower_ in AGENTS or head.lemma_ in AGENTS or head.lower_ == "engine" and head.i > 0 and (
        head.doc[head.i - 1].lower_ == "search")


def _owner(doc: Doc, k: int) -> bool:
    """Token k opens a possessive owner ("Europe's fifth-largest", "Fannie Mae's", "the world's")."""
    for j in range(k, min(len(doc) - 1, k + OWNER_MAX)):
        if doc[j].pos_ != "PROPN":
            return False
        if doc[j + 1].text in X.POSS:
            return True
    return False
