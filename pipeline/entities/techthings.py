"""Devices and programs of a computing story that the model took for people, peoples or places.

`tech_things` runs after the per-name vote, in a story of computers (`software.computing_story`)
that is no sports report. A name voted a person, a people, a place or an event is a PRODUCT when
some mention of it is used as a thing (a person's given name only after a determiner):

- new or latest in its noun phrase ("buying a new Vela Mini", "the latest slim Corvex");
- the object of a thing's noun and "of" ("fake copies of Quarnix", "all users of Zentro");
- a body's of the article ("Kelvix's Quarnix"; not a person's nor an event's name);
- before a device's or a program's noun led by "the" or an owner ("its pioneering Lisa computer");
- what a device runs or someone installs or uses ("PCs running Quarnix", "staff using Quarnix");
- apposed to a device's or a program's noun ("the first new console, Kelvix's Vortex 2": a work's
  title too; "Quarnix, the operating system") or listed with a device's noun or a product of the
  article ("for the PC and the Vela", "Quarnix and Vela OS");
- a line of another product of the article with its version ("Quarnix 2000" beside "Quarnix XP").

No mention may treat it as a body or a person ("X said", "X's chief", "Mr X", "developer X"), and
a place or a people the gazetteer knows stays as it is. `malware_words` drops a malware's kind
written alone with a capital ("the mail hides Trojan code"). No list of names: cue words, the parse and
the article's own mentions. All work on token indices.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from pipeline.entities import firms as FM
from pipeline.entities import names as NM
from pipeline.entities import products as PD
from pipeline.entities import tokens as TK
from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.evidence import POSS
from pipeline.entities.lexicon import HONORIFICS, fold, known_place_or_word
from pipeline.entities.software import computing_story

PRODUCT = "PRODUCT"
WORK = "WORK_OF_ART"  # a console's name is no game's: only beside a device's noun
ABLE = frozenset({"PERSON", "NORP", "GPE", "LOC", "EVENT", WORK})  # labels a device's name may get wrong
OF_NOUNS = frozenset(
    {"versions", "version", "copies", "copy", "users", "owners", "buyers", "edition", "editions"}
)  # "fake versions of X", "users of X": a thing used, made or sold
NEW = frozenset({"new", "latest", "newest"})  # "a new X", "the latest X" (not "next": "next Tuesday")
DEVICE_WORDS = PD.DEVICES - {"machine", "machines"}  # "the PC and X": listed with a device
PROGRAMS = frozenset({"software", "program", "browser", "application"})  # "X, the browser"
USES = frozenset({"install", "download", "use", "uninstall"})  # "staff using X"; "run" wants a device
CLAUSES = frozenset({"acl", "relcl"})  # "PCs running X": the noun the clause qualifies runs it
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
MODIFIERS = frozenset({"compound", "nmod"})  # "its X computer"; "its X and e-mail software" (nmod)


@dataclass
class _Seen:
    """What the article's mentions give: the words of its products (`inside`) and the index after
    each body's mention (`owners`: "Kelvix's X")."""

    inside: set[int]
    owners: set[int]


def tech_things(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel PRODUCT the names a computing story uses as things (see the module)."""
    if ctx.sports or not ctx.parsed:
        return
    able = [c for c in cands if c.end > c.start and c.label in ABLE]
    if not able or not computing_story(ctx):
        return
    groups = by_key(ctx, [c for c in cands if c.end > c.start], key_of)
    products = {k for k, ms in groups.items() if labels.get(k, ms[0].label) == PRODUCT}
    inside = {i for k in products for c in groups[k] for i in range(c.start, c.end)}  # a product's words
    owners = {c.end for k, ms in groups.items() if labels.get(k, ms[0].label) == "ORG" for c in ms}
    seen = _Seen(inside, owners)
    for key, ms in groups.items():
        label = labels.get(key, ms[0].label)
        if label in ABLE and _able(ctx, key, ms, label) and any(_used(ctx, c, seen, label) for c in ms):
            relabel(ctx, ms, labels, key_of, PRODUCT)
            inside |= {i for c in ms for i in range(c.start, c.end)}
            products.add(key)
    lines = {k.split()[0] for k in products if k.split()}  # a key may be empty: "..." folds to ""
    for key, ms in groups.items():  # "Quarnix 2000" beside "Quarnix XP" (or "Quarnix" used as a thing)
        label = labels.get(key, ms[0].label)
        if label in ABLE - {WORK} | {"ORG"} and _line(ctx, key, ms, lines) and _able(ctx, key, ms, label):
            relabel(ctx, ms, labels, key_of, PRODUCT)


def _able(ctx: DocCtx, key: str, ms: list[Cand], label: str) -> bool:
    """A name that may be a device's: no place or people the gazetteer knows, no given name first
    for a person, no mention that acts as a body or a person."""
    if known_place_or_word(key):
        return False
    if any(c.src in {"def", "dateline", "lineup", "cue"} or c.role for c in ms):
        return False
    return not any(PD.body_use(ctx, c) or _personal(ctx, c) or _firm_led(ctx, c) for c in ms)


def _firm_led(ctx: DocCtx, c: Cand) -> bool:
    """A firm's noun before the mention ("developer X", "games publisher X")."""
    return c.start > 0 and ctx.words[c.start - 1].isalpha() and FM.firm_noun(ctx.words[c.start - 1].lower())


def _personal(ctx: DocCtx, c: Cand) -> bool:
    """An honorific before the mention ("Mr X", "Professor X": `lexicon.HONORIFICS`)."""
    return c.start > 0 and fold(ctx.words[c.start - 1]) in HONORIFICS


def _used(ctx: DocCtx, c: Cand, seen: _Seen, label: str) -> bool:
    """The mention is used as a thing (see the module); a person's given name ("Ivo Mini") only
    after a determiner ("a new Ivo Mini", "the PC and the Ivo"); a work's title only beside a
    device's noun ("the new console, Kelvix's Vortex 2"); no owner's possessive after it."""
    words, s, e = ctx.words, c.start, c.end
    if e < len(words) and words[e] in POSS:  # "copies of Dorrit's memoir": an owner
        return False
    root = ctx.root(s, e)
    kids = list(root.children)
    led = any(k.dep_ in {"det", "poss"} and k.i < s for k in (*kids, *root.head.children))
    if not led and label == "PERSON" and NM.given_name_first(ctx, c):
        return False
    apposed = [k for k in kids if k.dep_ == "appos"] + [root.head] * (root.dep_ == "appos")
    if any(_device(k) or _program(k) for k in apposed):  # "the first new console, Kelvix's Vortex 2"
        return True
    partners = [k for k in kids if k.dep_ == "conj"] + [root.head] * (root.dep_ == "conj")
    if any(_device(k) or (k.i in seen.inside and label != WORK) for k in partners if not s <= k.i < e):
        return True
    return label != WORK and _thing(ctx, c, root, kids, led, seen, label)


def _thing(ctx: DocCtx, c: Cand, root: Token, kids: list[Token], led: bool, seen: _Seen, label: str
           ) -> bool:
    """New ("the latest X"), after a thing's noun and "of" ("users of X"), a body's ("Kelvix's X",
    not a person's nor an event's), a determined device's or program's noun after it ("its X
    computer"), or what a device runs or a user installs or uses ("PCs running X")."""
    words, s = ctx.words, c.start
    if s > 1 and words[s - 1] == "of" and words[s - 2].lower() in OF_NOUNS:
        return True
    if led and any(k.lower_ in NEW and k.i < s for k in kids):
        return True
    if label not in {"PERSON", "EVENT"} and s > 1 and words[s - 1] in POSS and s - 1 in seen.owners:
        return True  # "Kelvix's Quarnix"
    head = root.head
    if root.dep_ in MODIFIERS and (_device(head) or _program(head)) and _definite(head, s, kids):
        return True  # "its pioneering Lisa computer", "its Quarnix and e-mail software"; not "a Hale device"
    if root.dep_ != "dobj" or label == "EVENT" or not (led or label != "PERSON"):
        return False
    if head.lemma_ == "run":  # "PCs running X"; not "who has run the X", an event's organiser
        subjects = [k for k in head.children if k.dep_ == "nsubj"] + [head.head] * (head.dep_ in CLAUSES)
        return any(_device(k) for k in subjects)
    return head.lemma_ in USES


def _definite(head: Token, s: int, kids: list[Token]) -> bool:
    """The noun, or the name itself (`kids`: "its X and e-mail software", the parse's "its" on X),
    holds a definite determiner or an owner before the name at s ("the X servers")."""
    return any(k.i < s and (k.dep_ == "poss" or k.lower_ in DEFINITE) for k in (*head.children, *kids))


def _device(tok: Token) -> bool:
    """The token is a device's noun ("PC", "console")."""
    return tok.lower_ in DEVICE_WORDS and tok.pos_ in {"NOUN", "PROPN"}


def _program(tok: Token) -> bool:
    """The token is a program's noun ("software", "operating system")."""
    low = tok.lower_
    return low in PROGRAMS or low == "system" and any(k.lower_ == "operating" for k in tok.children)


def _line(ctx: DocCtx, key: str, ms: list[Cand], lines: set[str]) -> bool:
    """A name of two words or more opening with the first word of a product of the article, ending
    in a version number ("Quarnix 2000" beside "Quarnix XP")."""
    last = ctx.words[ms[0].end - 1]
    return " " in key and key.split()[0] in lines and (last.isdigit() or bool(PD.VERSION.match(last)))


def malware_words(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """`cands` less the one-word mentions of a malware's kind (`products.MALWARE`) in a computing story
    that writes "Trojan" ("hides Trojan code", "a Trojan that steals"): a common noun written with a
    capital, no name."""
    if ctx.sports or "Trojan" not in TK.of(ctx.doc).word_set or not computing_story(ctx):
        return cands
    return [c for c in cands if c.end - c.start != 1 or ctx.words[c.start].lower() not in PD.MALWARE]
