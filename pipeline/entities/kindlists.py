"""One kind per list: the names listed after a kind's plural noun share the noun's kind, whatever the
model made of each ("firms such as Norvik, Acme and Zorvan Micro", "Other firms seen as suitors
include Kimberly-Hale and Moss & Moss", "its brands include Zelor soap and Quill": bodies;
"programs such as Ad-Ware and Bugbot": products, `productlists`).

`members` reads the lists from the parse: the object of "such as", "like" or "including" after the
noun and its conjuncts and appositions, or the object of "include" whose subject is the noun; a
member that is a common noun stands for the proper nouns that qualify it ("Zelor soap").
`listed_firms` relabels ORG the listed names the vote made people, peoples, places or things (no
place or people the gazetteer knows; a thing only after "brands"), and makes a member the model
missed (a capitalised proper noun the article never writes in lower case) a new body unless most
named members of its list are something else (`recovered`); `productlists` reads its lists of
devices and programs with `members` and `recovered`. No list of names: the parse and the noun only.
Run after the vote, on token indices."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from pipeline.entities import acronyms as AC
from pipeline.entities import candidates as C
from pipeline.entities import context as X
from pipeline.entities import lexicon as L
from pipeline.entities import tokens as TK
from pipeline.entities import words as W
from pipeline.entities.candidates import KEPT, Cand, DocCtx, relabel

LINKS = frozenset({"conj", "appos"})
QUALIFY = frozenset({"compound", "nmod"})
FIRM_ABLE = frozenset({"PERSON", "NORP", "GPE", "LOC", "FAC", "WORK_OF_ART"})
NEW_WEIGHT = 2.0
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
DETACHED_MAX = 4  # words between a list's plural noun and the comma before its detached "such as"
LIST_WORDS = frozenset({"like", "including", "as", "include", "includes", "included"})


def members(ctx: DocCtx, kind: Callable[[Token], bool]) -> dict[int, int]:
    """The members of every list after a noun `kind` accepts, outside capitals lines ("N such
    as|like|including A, B and C", "N ... include A, B and C"): token index -> the noun's index."""
    return members_of(ctx, [kind])[0]


def members_of(ctx: DocCtx, kinds: list[Callable[[Token], bool]]) -> list[dict[int, int]]:
    """`members` for each of several kinds of noun, in one walk over the tokens."""
    outs: list[dict[int, int]] = [{} for _ in kinds]
    for i in list_nouns(ctx):
        tok = ctx.toks[i]
        for kind, out in zip(kinds, outs, strict=True):
            if kind(tok) and not ctx.in_caps(tok.i):
                list_members(tok, out)
    return outs


def list_nouns(ctx: DocCtx) -> list[int]:
    """The nouns that open a list of examples (a "like", "including" or "such as" on them, or the
    subject of "include"), in text order; found once per document from the words, not every token."""
    if ctx.list_nouns is None:
        found = set()
        for i in [i for i, low in enumerate(TK.of(ctx.doc).lowers) if low in LIST_WORDS]:  # one pass
            tok = ctx.toks[i]
            if tok.dep_ == "prep" and _list_word(tok):
                found.add(tok.head.i)
                if (noun := _detached_noun(tok)) is not None:
                    found.add(noun.i)
            if tok.lemma_ == "include" and tok.pos_ == "VERB":
                found.update(k.i for k in tok.children if k.dep_ == "nsubj")
                if _relative(tok):  # "a suite of software which includes A and B"
                    found.add(tok.head.i)
        ctx.list_nouns = sorted(i for i in found if ctx.toks[i].pos_ in {"NOUN", "PROPN"})
    return ctx.list_nouns


def list_members(tok: Token, out: dict[int, int]) -> None:
    """The members of the lists after noun tok, into `out`."""
    preps = [p for p in tok.children if p.dep_ == "prep" and _list_word(p)]
    preps += [p for p in tok.doc[tok.i + 2 : tok.i + 2 + DETACHED_MAX + 3] if _detached_noun(p) == tok]
    for p in preps:
        for o in p.children:
            if o.dep_ == "pobj":
                chain(o, out, tok.i)
    verbs = [tok.head] if tok.dep_ == "nsubj" else []
    verbs += [k for k in tok.children if _relative(k)]
    for verb in verbs:
        if verb.lemma_ == "include" and verb.pos_ == "VERB":
            for o in verb.children:
                if o.dep_ == "dobj":
                    chain(o, out, tok.i)


def _relative(verb: Token) -> bool:
    """"include" in a relative clause whose subject is "which" or "that" on the noun before it."""
    return (
        verb.dep_ == "relcl"
        and verb.lemma_ == "include"
        and any(k.dep_ == "nsubj" and k.tag_ == "WDT" for k in verb.children)
    )


def _detached_noun(p: Token) -> Token | None:
    """The plural noun a list word after a comma stands for when the parse hangs it on a later word
    ("chose films to screen, such as A and B", "picked songs to play, including A"): the nearest
    plural noun at most `DETACHED_MAX` words before the comma, with no name, pronoun, number or
    stop between (a singular noun may: "picked songs for the show, such as A")."""
    if p.dep_ != "prep" or not _list_word(p) or p.head.tag_ in PLURAL_TAGS:
        return None
    k = p.i - 1 - (p.lower_ == "as")  # "such as": the comma before "such"
    if k < 2 or p.doc[k].text != ",":
        return None
    for t in reversed(p.doc[max(0, k - DETACHED_MAX) : k]):
        if t.tag_ in PLURAL_TAGS:
            return t if t.pos_ == "NOUN" else None
        if t.is_punct or t.is_sent_start or t.pos_ in {"PROPN", "PRON", "NUM"}:
            return None
    return None


def _list_word(p: Token) -> bool:
    """"like", "including" or "such as" opening a list of examples."""
    low = p.lower_
    return low in {"like", "including"} or (low == "as" and any(k.lower_ == "such" for k in p.children))


def chain(t: Token, out: dict[int, int], noun: int) -> None:
    """t and its conjuncts and appositions, recursively; for a common noun, the proper nouns that
    qualify it ("Zelor soap", "Quill compression hosiery")."""
    out[t.i] = noun
    if t.pos_ == "NOUN":
        out.update(dict.fromkeys(_qualifiers(t), noun))
    for k in t.children:
        if k.dep_ in LINKS and k.i not in out:
            chain(k, out, noun)


def recovered(ctx: DocCtx, listed: dict[int, int], live: list[Cand], labels: dict[str, str], key_of: Callable,
              label: str) -> list[Cand]:
    """New names of `label` for the members the model missed (`missed`) of the lists whose named
    members are of that label as often as of any other ("firms such as Acme, Norvik and the iPod":
    Norvik; not "blue chips like A, Norvik Lamps and B" where the chips are bodies)."""
    votes: dict[int, int] = {}  # list's noun -> members of the label less members of another
    for c in live:
        r, held = ctx.root(c.start, c.end).i, labels.get(key_of(ctx, c), c.label)
        if r in listed and held:
            votes[listed[r]] = votes.get(listed[r], 0) + (1 if held == label else -1)
    covered = {i for c in live for i in range(c.start, c.end)}
    out = [c for i in sorted(listed)
           if votes.get(listed[i], 0) >= 0 and (c := missed(ctx, i, covered, label))]
    for c in out:
        labels[key_of(ctx, c)] = label
    return out


def _qualifiers(t: Token) -> list[int]:
    """The proper nouns before common noun t joined to it by compounds and modifiers only."""
    found = []
    for k in t.lefts:
        if k.dep_ in QUALIFY:
            found += [k.i] if k.pos_ == "PROPN" else _qualifiers(k) if k.pos_ == "NOUN" else []
    return found


def _firm_noun(tok: Token) -> bool:
    """A plural noun that only ever names businesses ("firms", "retailers"), or "brands"."""
    return tok.tag_ == "NNS" and (X.firm_role(tok.lemma_) or tok.lemma_ == "brand")


def _brand_noun(tok: Token) -> bool:
    """ "brands", whose members the vote may have made things ("brands such as Zelor")."""
    return tok.tag_ == "NNS" and tok.lemma_ == "brand"


def listed_firms(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> list[Cand]:
    """Relabel ORG the names listed after a business's plural noun; return the members the model
    missed as new bodies (see the module's doc)."""
    if ctx.sports or not ctx.parsed:
        return []
    # a thing listed with firms stays one ("the iPod from Apple")
    listed, brands = members_of(ctx, [_firm_noun, _brand_noun])
    if not listed:
        return []

    def firm(key: str, ms: list[Cand], held: str, roots: set[int]) -> bool:
        able = FIRM_ABLE | ({"PRODUCT"} if roots & brands.keys() else set())
        return held in able and not any(c.src in KEPT for c in ms) and not L.known_place(key)

    return relabel_listed(ctx, cands, labels, key_of, listed, "ORG", firm)


def relabel_listed(
    ctx: DocCtx,
    cands: list[Cand],
    labels: dict[str, str],
    key_of: Callable,
    listed: dict[int, int],
    label: str,
    fits: Callable[[str, list[Cand], str, set[int]], bool],
) -> list[Cand]:
    """Relabel `label` every name with a mention in the lists (`listed`, from `members`) that `fits`
    accepts (its key, mentions, label held and mentions' roots); return the members the model missed
    as new names of `label` (`recovered`). Shared by firms, products and events."""
    live = [c for c in cands if c.end > c.start]
    for key, ms in C.by_key(ctx, live, key_of).items():
        roots = {ctx.root(c.start, c.end).i for c in ms}
        if not roots.isdisjoint(listed) and fits(key, ms, labels.get(key, ms[0].label), roots):
            relabel(ctx, ms, labels, key_of, label)
    return recovered(ctx, listed, live, labels, key_of, label)


def missed(ctx: DocCtx, i: int, covered: set[int], label: str) -> Cand | None:
    """A new name of `label` for member i the model missed: a capitalised proper noun (or a brand's
    word after one lower-case letter, "iDVD") with the
    capitalised compounds and hyphens glued before it ("Zorvan Micro", "Ad-Ware"), none covered by a
    name, no sentence's first word, none the article writes in lower case, no known place; not the
    tail of a possessive name ("Jacob's Creek") or of a name, nor a short form in brackets ("(DVR)"),
    nor a term (`acronyms.term_phrase`)."""
    toks = ctx.toks
    camel = len(toks[i]) > 2 and toks[i].text[0].islower() and toks[i].text[1].isupper()  # "iDVD"
    if i in covered or not (toks[i].pos_ == "PROPN" and toks[i].text[:1].isupper() or camel):
        return None
    if toks[i].is_sent_start:
        return None
    s = i
    while s > 0 and s - 1 not in covered and _glued(ctx, s - 1, i):
        s -= 1
    if s > 0 and (toks[s - 1].tag_ == "POS" or toks[s - 1].text == "(" or s - 1 in covered):
        return None  # nor the tail of a name the model cut ("Chevrolet Cobalt")
    words = toks[s : i + 1]
    lower = W.lower_words(ctx)
    if words[0].text == "-" or any(t.lower_ in lower or L.is_title_word(t.text) for t in words):
        return None
    if ctx.in_caps(i) or L.known_place(ctx.norm_of(s, i + 1)) or AC.term_phrase(ctx, s, i + 1):
        return None  # nor a term: "Liquid Crystal Display (LCD) TVs"
    covered.update(range(s, i + 1))
    out = Cand(s, i + 1, label, "rule", NEW_WEIGHT)
    ctx.take(out)
    return out


def _glued(ctx: DocCtx, k: int, i: int) -> bool:
    """Token k belongs to the name ending at i: a capitalised compound of it, or a hyphen with no
    space either side ("Ad-Ware")."""
    tok = ctx.toks[k]
    if tok.text == "-":
        return not ctx.ws[k] and k > 0 and not ctx.ws[k - 1]
    return tok.dep_ == "compound" and tok.head.i == i and tok.text[:1].isupper()
