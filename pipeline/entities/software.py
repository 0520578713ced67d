"""Programs, viruses and operating systems of tech news, and the firms beside them.

`variant_cands` takes a virus's or a program's variant name written with a dot before capitals or
digits ("Zorbo.AK", "W32.Zorbo.B": one token, see `pipeline.nlp.loader.DOTTED_NAME`) as a PRODUCT
when the model missed it. `software_labels` then reads what the article does with a name: a variant
name, the family a variant is named for ("Zorbo" of "Zorbo.AK"), a name before a program's noun ("X
software", "its X operating system"; "BT's X program" for a name the model calls a body: its maker
owns it) or listed after one ("its operating system, X", "two programs, X and Y"), a place's name
the gazetteer does not know ending in a version code ("X XP"), and the one-word tail of such a
product ("XP" of "Windows XP") are PRODUCT; a product's name after a firm's noun ("security company
X", "auction site, X,") or acting as a body ("X said") in more mentions than a product's noun
follows it ("X software") is an ORG; so is a web address ("X.co.uk") read as a place or a person.
No list of names: cue words, the gazetteer and the article's own mentions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from pipeline.entities import acronyms as AC
from pipeline.entities import bodysigns as BS
from pipeline.entities import firms as FM
from pipeline.entities import lexicon as L
from pipeline.entities import products as PD
from pipeline.entities import tokens as TK
from pipeline.entities import twonames as TN
from pipeline.entities import unpeoples as UP
from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel

VARIANT = re.compile(r"^[A-Z][\w-]*(?:\.[A-Za-z][\w-]*)*(?<=\w\w)\.[A-Z][A-Z0-9]?$")  # "Zorbo.AK", no "X.COM"
# not "virus": "the Ebola virus"
PROGRAM_AFTER = frozenset({"program", "programs", "software", "browser", "worm", "trojan", "spyware"})
COMPUTING = frozenset(
    {"computer", "computers", "pc", "pcs", "e-mail", "e-mails", "email", "emails", "software", "program",
     "programs", "internet", "website", "websites", "hackers", "anti-virus", "antivirus", "malicious"}
)  # a story of computers: "the X virus" there is a program, not a germ

OWNED = frozenset({"'s", "\u2019s", "its", "their"})  # an owner before a program: "BT's X program"
PROGRAM_BEFORE = frozenset({"program", "programs", "browser", "browsers", "software"})  # "programs, X and Y"
SYSTEMS = frozenset({"system", "systems"})  # only after "operating"
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
THING_ABLE = PLACE_LABELS | {"ORG"}
SITE_NOUNS = frozenset({"site", "website", "portal", "service", "engine"})  # "auction site, X,"
LIST_WORDS = frozenset({",", "and", "or"})
KNOWN = AC.NAMING | {"codenamed"}  # "a technology called X"
SPAN = 8  # tokens a list after a program's noun may run over
UNSITED = frozenset({"PERSON", "GPE", "LOC", "NORP"})  # labels a web address never has
BODY_AFTER = frozenset({"consortium", "alliance", "coalition", "association"})  # "the X consortium"


def variant_cands(ctx: DocCtx) -> list[Cand]:
    """Variant names the model left untagged ("Zorbo.AK"): PRODUCT."""
    found = []
    for i, w in enumerate(ctx.words):
        if "." in w and not ctx.taken[i] and _variant_word(w):  # the cheap test first
            c = Cand(i, i + 1, "PRODUCT", "rule", 3.0)
            ctx.take(c)
            found.append(c)
    return found


def malware_cands(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Capitalised words right before a malware's noun ("the Zorbo worm", "the Zorbo virus" in a
    story of computers): the model's name there (without the noun: "X worm") is confirmed a PRODUCT;
    untagged words are a new one."""
    found, ends = [], {c.end: c for c in cands if c.src == "model" and c.end > c.start}
    for i in _malware_nouns(ctx):
        if i + 1 in ends and ends[i + 1].end - ends[i + 1].start > 1:  # the model's "X worm": the name
            c = ends.pop(i + 1)
            c.end = i
            ends[i] = c
        if i in ends:  # not a place's: "the Guinea worm"
            c = ends[i]
            if not L.known_place(ctx.norm_of(c.start, c.end)):
                c.label, c.src = "PRODUCT", "rule"
            continue
        s = i
        while s > 0 and not ctx.taken[s - 1] and ctx.words[s - 1][:1].isupper() and ctx.ws[s - 1]:
            if ctx.toks[s - 1].is_stop:  # "The" of "The X worm"
                break
            s -= 1
        if s < i and not ctx.toks[s].is_sent_start and not ctx.in_caps(s):
            c = Cand(s, i, "PRODUCT", "rule", 3.0)
            ctx.take(c)
            found.append(c)
    return found


def computing_story(ctx: DocCtx) -> bool:
    """The article is a story of computers: one of its words is a computing word (`COMPUTING`)."""
    return not COMPUTING.isdisjoint(TK.of(ctx.doc).lowers)


def _malware_nouns(ctx: DocCtx) -> list[int]:
    """Indices of the malware's nouns of the article ("worm"; "virus", "bug" and "the X Trojan" only
    in a story of computers)."""
    words = ctx.words
    at = [] if PD.MALWARE.isdisjoint(words) else [i for i, w in enumerate(words) if w in PD.MALWARE]
    if "Trojan" in words and computing_story(ctx):  # "the X Trojan"
        led = [i for i, w in enumerate(words) if w == "Trojan" and i > 1 and words[i - 2].lower() == "the"]
        at = sorted(at + led)
    if any(words[i] in PD.GERMS for i in at) and not computing_story(ctx):
        at = [i for i in at if words[i] not in PD.GERMS]
    return at


def software_labels(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel programs PRODUCT and the firms the model took for products ORG (see the module)."""
    if ctx.sports:
        return
    groups = by_key(ctx, [c for c in cands if c.end > c.start], key_of)
    families = {ctx.words[c.start].split(".", 1)[0] for c in cands if _variant(ctx, c)}
    malware = set(_malware_nouns(ctx))
    for key, ms in groups.items():
        label = labels.get(key, ms[0].label)
        if label in UNSITED and all(_domain(ctx, c) for c in ms):  # "sign up at Kestrel.co.uk"
            relabel(ctx, ms, labels, key_of, "ORG")
        elif any(_variant(ctx, c) for c in ms) or _family(ctx, ms, families):  # never a person or a place
            relabel(ctx, ms, labels, key_of, "PRODUCT")
        elif label == "PRODUCT":
            if sum(map(partial(_firm_use, ctx), ms)) > sum(map(partial(_thing_use, ctx), ms)):
                relabel(ctx, ms, labels, key_of, "ORG")
        elif label in THING_ABLE | {"PERSON"} and any(_named_kind(ctx, c) for c in ms):
            relabel(ctx, ms, labels, key_of, "PRODUCT")  # "a technology known as X"
        elif label in THING_ABLE and _program(ctx, ms, label, malware):
            relabel(ctx, ms, labels, key_of, "PRODUCT")
        elif label == "PERSON" and any(_listed_after_program(ctx, c) or _malware(malware, c) for c in ms):
            relabel(ctx, ms, labels, key_of, "PRODUCT")  # "two programs, X and Y", "the X virus"
    tails = {ctx.words[c.end - 1] for c in cands if c.label == "PRODUCT" and c.end - c.start > 1}
    for key, ms in groups.items():  # "XP" of "Windows XP"
        one = ms[0]
        placed = labels.get(key, one.label) in PLACE_LABELS and all(c.end - c.start == 1 for c in ms)
        if placed and ctx.words[one.start] in tails and _coded(ctx, one.start) and not L.known_place(key):
            relabel(ctx, ms, labels, key_of, "PRODUCT")


def product_bodies(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> list[Cand]:
    """`cands` less a product's mentions before a group's noun ("the X consortium", "the X alliance":
    the bodies named after the product, not the product) when the product has other mentions."""
    if ctx.sports or BODY_AFTER.isdisjoint(ctx.words):
        return cands
    named = {id(c) for c in cands if c.end < len(ctx.words) and ctx.words[c.end] in BODY_AFTER}
    if not named:
        return cands
    groups = by_key(ctx, [c for c in cands if c.end > c.start], key_of)
    drop = set()
    for key, ms in groups.items():
        if labels.get(key, ms[0].label) == "PRODUCT" and 0 < sum(id(c) in named for c in ms) < len(ms):
            drop |= {id(c) for c in ms if id(c) in named}
    return [c for c in cands if id(c) not in drop]


def _domain(ctx: DocCtx, c: Cand) -> bool:
    """The mention is one web address ("Kestrel.co.uk"): a firm's or a site's, never a place's."""
    return c.end - c.start == 1 and ctx.words[c.start].lower().endswith(TN.DOMAINS)


def _variant(ctx: DocCtx, c: Cand) -> bool:
    """The mention is one variant name ("Zorbo.AK")."""
    return c.end - c.start == 1 and _variant_word(ctx.words[c.start])


def _variant_word(word: str) -> bool:
    """A variant's name, written with a dot before capitals or digits ("Zorbo.AK")."""
    return "." in word and bool(VARIANT.match(word))


def _family(ctx: DocCtx, ms: list[Cand], families: set[str]) -> bool:
    """A one-word name some variant of the article is named for ("Zorbo" of "Zorbo.AK")."""
    return all(c.end - c.start == 1 for c in ms) and ctx.words[ms[0].start] in families


def _program(ctx: DocCtx, ms: list[Cand], label: str, malware: set[int]) -> bool:
    """A program's name, a place-like name ending in a version code; no place the tables know."""
    c = ms[0]
    head = ctx.norm_of(c.start, c.end - 1) if c.end - c.start > 1 else ""
    if L.known_place(ctx.norm_of(c.start, c.end)) or (head and L.known_place(head)):
        return False  # "New York software firm", "Washington DC"
    if any(_listed_after_program(ctx, m) for m in ms):
        return True
    if any(_malware(malware, m) or _program_after(ctx, m) and (label != "ORG" or _owned(ctx, m)) for m in ms):
        return True  # not "a Microsoft program": the maker; "the X worm" has none
    if label == "ORG" and any(map(partial(_the_program, ctx), ms)):
        return not any(PD.body_use(ctx, m) for m in ms)  # "the malicious X program", never "X said"
    spaced = c.end - c.start > 1 and bool(ctx.ws[c.end - 2])  # "X XP", not "Sino-US"
    return label in PLACE_LABELS and spaced and _coded(ctx, c.end - 1)


def _named_kind(ctx: DocCtx, c: Cand) -> bool:
    """A technology's noun names the name: "a technology known as X", "a format called X", "the
    system, dubbed X"."""
    words, s = ctx.words, c.start
    k = s - 2 if s > 1 and words[s - 1] == "as" and words[s - 2] == "known" else s - 1
    if k < 1 or words[k] not in KNOWN and k != s - 2:
        return False
    k -= words[k - 1] == ","
    return words[k - 1] in AC.TERM_KINDS


def _coded(ctx: DocCtx, i: int) -> bool:
    """Token i is a version code ("XP", "95") and no place or people ("EU", "UAE")."""
    return bool(PD.VERSION.match(ctx.words[i])) and not L.known_place(ctx.words[i].lower())


def _program_after(ctx: DocCtx, c: Cand) -> bool:
    """A program's noun in lower case right after the name ("the X program", "its X operating
    system")."""
    words, e = ctx.words, c.end
    if e < len(words) and words[e] == "operating":
        return e + 1 < len(words) and words[e + 1] in SYSTEMS
    return e < len(words) and words[e] in PROGRAM_AFTER


def _the_program(ctx: DocCtx, c: Cand) -> bool:
    """"The" (maybe and an adjective) before the name and a program's noun heading the phrase after
    it ("the malicious X program spread"; not "the X software division")."""
    words, toks, s, e = ctx.words, ctx.toks, c.start, c.end
    the = s > 0 and words[s - 1].lower() == "the"
    led = the or (s > 1 and toks[s - 1].pos_ == "ADJ" and words[s - 2].lower() == "the")
    headed = e + 1 >= len(toks) or toks[e + 1].pos_ not in {"NOUN", "PROPN"}
    return led and headed and _program_after(ctx, c)


def _malware(malware: set[int], c: Cand) -> bool:
    """A malware's noun right after the name ("the X worm", "the X virus" in a computer story)."""
    return c.end in malware


def _owned(ctx: DocCtx, c: Cand) -> bool:
    """An owner's possessive right before the name ("BT's X", "its X")."""
    return c.start > 0 and ctx.words[c.start - 1].lower() in OWNED


def _listed_after_program(ctx: DocCtx, c: Cand) -> bool:
    """The name stands in a list after a program's noun and a comma ("its operating system, X",
    "two programs, X and Y")."""
    words, j = ctx.words, c.start - 1
    while j > 1 and c.start - j < SPAN and (words[j] in LIST_WORDS or words[j][:1].isupper()):
        if words[j] == "," and _program_noun(words, j - 1):
            return True
        j -= 1
    return False


def _program_noun(words: list[str], j: int) -> bool:
    """Token j is a program's noun ("programs", "operating system")."""
    low = words[j]
    return low in PROGRAM_BEFORE or (low in SYSTEMS and j > 0 and words[j - 1].lower() == "operating")


def _thing_use(ctx: DocCtx, c: Cand) -> bool:
    """A product's noun or a version code right after the name ("X software", "X phones", "X XP")."""
    nxt = ctx.words[c.end] if c.end < len(ctx.words) else ""
    coded = bool(PD.VERSION.match(nxt)) and not ctx.in_caps(c.end)
    return coded or (nxt.islower() and nxt in UP.THING_AFTER)


def _firm_use(ctx: DocCtx, c: Cand) -> bool:
    """A firm's noun before the name ("security company X"), a site's noun and a comma before it
    ("auction site, X,"; not an owned one: "Korvik's network, X"), or a body's signs
    (`products.body_signs`: "X said"; `bodysigns.business_of`: "a division of X")."""
    words, s = ctx.words, c.start
    prev = words[s - 1] if s > 0 else ""
    if prev.islower() and FM.firm_noun(prev):
        return True
    noun = words[s - 2] if s > 1 else ""
    if prev == "," and noun.islower() and (noun in SITE_NOUNS or FM.firm_noun(noun)):
        return not any(ch.dep_ == "poss" for ch in ctx.toks[s - 2].children)  # "X's network, Y": its thing
    return PD.body_signs(ctx, c) or BS.business_of(ctx, c)
