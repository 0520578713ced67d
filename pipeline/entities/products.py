"""Products the article treats as things made and sold, not as the bodies that make them.

`product_labels` runs after the per-name vote: a name voted a body (or a person, place or people it
is not shaped like) is a PRODUCT when its mentions treat it as a thing: a product's noun after it
with a determiner, an owner or a comparative before ("the Xbox console", "Sony's PSP handheld",
"newer X handhelds"), counted ("an iPod.", "two Xboxes"), new ("the new Xbox"), owned by a body of
the article ("Microsoft's Xbox"), a "person" after "the" in every mention ("The Zelvo won", "the
Zelvo gave"), or numbered as a model or version ("PlayStation 2", "IE 7",
"PB100"); one word after a product's one-word name makes a model ("Zoom Pro" beside "Zoom"). A sign
that rests on the name's shape or on a noun alone needs a second one. Any mention that treats the
name as a body vetoes: it speaks ("X said"), acts as a maker ("X launched", "X has released"; not
counted: "one X can make music"), owns staff, shares or another name ("X's chief executive",
"Apple's Newton"), comes before another name ("the Apple iPod"), follows a firm's or a group's noun
("games firm X", "an analyst at X", "the band U2") or takes a plural verb ("U2 have"). The maker
keeps its label ("Sony" of "Sony's PlayStation 2"). `camel_cands` finds the brand names the model
never tags, one lower-case letter before a capital ("iPod", "eBay"), with the version number the
model's name holds ("iLife 05"). No list of products: word shapes, heads and verbs only. All work on
token indices."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from pipeline.entities import candidates as C
from pipeline.entities import lexicon as L
from pipeline.entities import names as NM
from pipeline.entities import tokens as TK
from pipeline.entities import works as WK  # (works runs this module's pass)
from pipeline.entities.candidates import Cand, DocCtx, relabel
from pipeline.entities.evidence import EVENT_WORDS, FACILITY_HEADS, GROUP_NOUNS, PLACE_HEADS, POSS
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import CUES, FIRM_WORDS, ORG_ROLES, SPEECH_VERBS, gazetteer_label
from pipeline.entities.words import generic_key, singular

HEADS = frozenset(CUES["product_heads"])
MALWARE = frozenset({"worm", "trojan", "virus", "bug"})  # "the X worm": the program's kind, no model's word
GERMS = frozenset({"virus", "bug"})  # a germ's nouns too: a program's only in a story of computers
TAIL_HEADS = FACILITY_HEADS | PLACE_HEADS | EVENT_WORDS | L.ORG_HEADS | L.EVENT_HEADS  # no model's name
ABLE = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC"})  # not NORP: "an Afrikaner" is counted too
DETS = frozenset({"the", "a", "an", "its", "their", "his", "her", "my", "your", "our", "this", "that"})
NEW = frozenset({"new", "latest", "next", "forthcoming", "upcoming"})  # not "the original X", a work's too
COUNTED = frozenset({"a", "an", "two", "three", "four", "five", "million", "millions", "every", "each"})
MAKER_VERBS = frozenset(
    {"launch", "release", "unveil", "announce", "develop", "make", "buy", "acquire", "hire",
     "sue", "report", "say", "tell", "plan", "hope", "want", "expect", "deny", "confirm", "invest", "produce",
     "publish", "offer", "introduce", "create", "design", "own", "employ", "partner", "agree", "claim",
     "form", "sign", "perform", "record"}
)  # a body's acts: "Sony launched", "Apple has released"
BODY_AFTER = frozenset(
    {"shares", "profits", "profit", "staff", "workers", "employees", "founder", "co-founder", "headquarters",
     "chief", "chairman", "spokesman", "spokeswoman", "spokesperson", "executive", "executives", "boss",
     "president", "ceo", "analyst", "analysts", "researchers", "engineers", "director"}
)  # a body's people and money: "Sony executives", "Nokia's chief"
PLURAL = frozenset({"have", "are", "were"})  # "U2 have": a band
USED_BY = frozenset({"owners", "users", "buyers"})  # "iPod owners": people who have the thing
GAME_NOUNS = frozenset({"game", "games", "title", "titles"})  # "the Xbox game Halo": what it plays
USES = frozenset({"install", "reinstall", "uninstall", "download"})  # "users install X"
DEVICES = frozenset(
    {w for w in HEADS if w.startswith(("comput", "machine", "laptop", "phone", "handset", "device",
                                       "notebook", "smartphone", "tablet", "console", "handheld"))}
    | {"pc", "pcs", "server", "servers", "desktop", "desktops"}
)  # things that run a program ("PCs running X")
SUBJECTS = frozenset({"nsubj", "nsubjpass", "ROOT"})  # the name is the verb's subject (or the parse fails)
BODY_PREV = FIRM_WORDS | ORG_ROLES | {"at", "joined", "by"}
BODY_TAILS = frozenset({"Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.", "plc", "Corporation", "Group", "Co"})
NOMINAL = frozenset({"PROPN", "NOUN", "NUM", "X"})  # not "the Biblical version"
WINS = frozenset({"won", "win", "wins", "winning", "scooped", "collected", "received", "got", "for"})
SPEAKS = SPEECH_VERBS | {"warned", "warns", "claimed", "claims", "confirmed", "confirms", "admitted"}
CODE = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z][A-Za-z0-9-]*\d[A-Za-z0-9]*$")  # "PS2", "PB100", "E200"
CAMEL = re.compile(r"^[a-z][A-Z][a-z]+[A-Za-z]*$")  # "iPod", "eBay": a brand's shape the model never tags
VERSION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})?")  # "2", "95", "4.7"; not a year
SYSTEM_TAILS = frozenset({"OS"})  # one word that ends a system's name: "Vela OS"
VERSION = re.compile(rf"^(?:{VERSION_NUMBER.pattern}|[A-Z]{{1,3}}\d{{0,3}}|II|III|IV)$")  # also "XP", "DS"


def product_labels(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel PRODUCT the names whose mentions treat them as things (see the module's doc)."""
    if ctx.sports or not ctx.parsed:
        return
    by_key = C.by_key(ctx, [c for c in cands if c.end > c.start], key_of)
    owners = {i for k, ms in by_key.items() if labels.get(k) == "ORG" for c in ms for i in [c.end]}
    _relabel(ctx, by_key, labels, key_of, owners, frozenset())
    lines = frozenset(k.split()[0] for k in by_key if labels.get(k) == "PRODUCT") - {
        k for k, label in labels.items() if label != "PRODUCT"}  # "Windows" of "Windows Media Center"
    if lines:
        named = {k: ms for k, ms in by_key.items() if k.split()[0] in lines and _model_tail(ctx, ms[0])}
        models = frozenset(k for k in lines if labels.get(k) == "PRODUCT")  # "Zoom" of "Zoom Pro"
        _relabel(ctx, named, labels, key_of, owners, lines, models)
    _plural_brands(ctx, by_key, labels, key_of)


def _model_tail(ctx: DocCtx, c: Cand) -> bool:
    """The words after the first of a name hold no head of a facility, a place, a body or an event
    ("Zoom Pro"; not "Xiluo Dam" beside a product "Xiluo")."""
    return not any(w in TAIL_HEADS for w in ctx.words[c.start + 1 : c.end])


def _plural_brands(ctx: DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str], key_of: Callable
                   ) -> None:
    """A brand's plural is its products: a one-word name that opens a product's name of the article
    ("Mac" of "the Mac Nano"), written in the plural ("their Macs"), is a PRODUCT, and so is the
    plural itself; no mention may treat either as a body."""
    firsts = {k.split()[0] for k, ms in by_key.items() if labels.get(k, ms[0].label) == "PRODUCT"}
    for key, ms in by_key.items():
        if " " in key or labels.get(key, ms[0].label) not in ABLE or len(key) < 3:
            continue
        stems = {key[:-1], key[:-2] if key.endswith("es") else ""} if key.endswith("s") else set()
        brand = bool(stems & firsts) or (key in firsts and _plural(ctx, ms))
        held = labels.get(key, ms[0].label)
        if brand and _able(ctx, key, ms, held) and not any(body_use(ctx, c) for c in ms):
            relabel(ctx, ms, labels, key_of, "PRODUCT")


def _relabel(ctx: DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str], key_of: Callable,
             owners: set[int], lines: frozenset[str], models: frozenset[str] = frozenset()) -> None:
    """Relabel PRODUCT the names of `by_key` with enough signs of a thing; a name of several words
    opening with the first word of another product's name (`lines`: "Windows XP" beside "Windows
    Media Center") holds a strong sign of a product line; one word after a one-word product's name
    (`models`: "Zoom Pro" beside the product "Zoom") makes a model of it."""
    for key, ms in by_key.items():
        label = labels.get(key, ms[0].label)
        if label not in ABLE or not _able(ctx, key, ms, label):
            continue
        if any(body_use(ctx, c) for c in ms):
            continue
        apposed = [_owned_thing(ctx, c, owners) for c in ms]
        strong = {_strong(ctx, c, owners, a) for c, a in zip(ms, apposed, strict=True)} - {""}
        strong |= {"plural"} if _plural(ctx, ms) else set()
        strong |= {"line"} if " " in key and key.split()[0] in lines else set()
        weak = set().union(*(_weak(ctx, c, owners, a) for c, a in zip(ms, apposed, strict=True)))
        if label == "PERSON" and len(ms) > 1 and all(_determined(ctx, c) for c in ms):
            strong.add("determined")  # "The Zelvo won two awards", "the Zelvo gave": no person's name
        model = key.count(" ") == 1 and key.split()[0] in models  # one word after a product's name
        if model or any(_run(ctx, c) for c in ms) or len(strong) + len(weak) >= 2 + (not strong):
            relabel(ctx, ms, labels, key_of, "PRODUCT")  # two kinds of sign, one strong; or three; or run


def _run(ctx: DocCtx, c: Cand) -> bool:
    """The mention is what a device runs or a user installs: the object of "run" whose subject (or
    the noun it qualifies) is a device ("PCs running X", "the phone runs X"), or of "install",
    "download", or "upgrade to" ("users install X"; not "installed X as chairman")."""
    root = ctx.root(c.start, c.end)
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lemma_ == "upgrade":
        return True
    if root.dep_ != "dobj" or (c.end < len(ctx.words) and ctx.words[c.end] == "as"):
        return False
    if verb.lemma_ in USES:
        return True
    if verb.lemma_ != "run":
        return False
    subjects = [k for k in verb.children if k.dep_ == "nsubj"]
    if verb.dep_ in {"acl", "relcl"}:
        subjects.append(verb.head)
    return any(k.lower_ in DEVICES for k in subjects)


def _able(ctx: DocCtx, key: str, ms: list[Cand], label: str) -> bool:
    """A name that may be a product: no place or people the gazetteer knows, no person's name."""
    places = world().places
    if len(key) < 2 or key[:1].isdigit() or any(gazetteer_label(w) or w in places for w in key.split()):
        return False  # "3D" is a term; "a British Indian" a person
    if label == "PERSON" and any(NM.given_name_first(ctx, c) for c in ms):
        return False
    return not any(c.src in {"def", "dateline", "lineup"} for c in ms)


def _strong(ctx: DocCtx, c: Cand, owners: set[int], apposed: bool) -> str:
    """The kind of sign that the mention is a thing: a product's noun after a determiner or owner and
    the name ("the first Macintosh computer", "the Xbox games console"), apposed to a thing a body
    owns (`apposed`: `_owned_thing`), counted, or new; or ""."""
    words, toks, s, e = ctx.words, ctx.toks, c.start, c.end
    prev = words[s - 1].lower() if s > 0 else ""
    prev2 = words[s - 2].lower() if s > 1 else ""
    owned = prev in POSS and s - 1 in owners  # "Microsoft's Xbox"
    before = [w.lower() for w in words[max(0, s - 3) : s - 1]]  # "the first Macintosh computer", "The
    modified = s > 1 and toks[s - 1].pos_ in {"ADJ", "NUM"} and not DETS.isdisjoint(before)  # 1984 Mac"
    modified = modified or (s > 0 and toks[s - 1].tag_ == "JJR")  # "newer X handhelds"
    led = prev in DETS or owned or modified
    if _headed(ctx, e) and (led or _det_head(ctx, e)) and toks[e - 1].pos_ in NOMINAL:
        return "led"
    if apposed:  # "Microsoft's broadband network, Xbox Live"
        return "apposed"
    if prev in NEW and prev2 in DETS:  # "the new Xbox"
        return "new"
    return "counted" if prev in COUNTED and _head_end(ctx, e) else ""  # "bought an iPod.", "two Xbox"


def _owned_thing(ctx: DocCtx, c: Cand, owners: set[int]) -> bool:
    """The mention is apposed to a common noun that a body of the article owns and that names no
    person ("Microsoft's broadband network, Xbox Live"; not "Acme's chief, Ann Lee"): a product's
    noun for any name; any other noun only for a name the model took for a person."""
    root = ctx.root(c.start, c.end)
    head = root.head
    if root.dep_ != "appos" or head.pos_ != "NOUN" or head.i >= c.start or ctx.words[c.start - 1] != ",":
        return False
    if L.role_noun(head) or L.role_word(head.lower_) or not (head.lower_ in HEADS or c.label == "PERSON"):
        return False  # a body's part stays a body ("Acme's production arm, Zedco")
    return any(k.dep_ == "poss" and k.i + 1 in owners for k in head.children)  # owners: index after a body


def _determined(ctx: DocCtx, c: Cand) -> bool:
    """A one-word mention after "the" (or "The"), no common word, that ends its noun phrase ("The
    Zelvo won"; not "the Academy handed", "the Kestrel Prize"), and no preposition before "the"
    ("at the Maracana": a place)."""
    s, e = c.start, c.end
    if e - s != 1 or s < 1 or ctx.words[s - 1].lower() != "the" or (s > 1 and ctx.toks[s - 2].pos_ == "ADP"):
        return False
    return _head_end(ctx, e) and not generic_key(ctx.norm_of(s, e))


def _det_head(ctx: DocCtx, e: int) -> bool:
    """The product's noun right after the name holds a determiner or an owner further left ("a
    new, low-cost X computer"), or the noun that one qualifies does ("the new X chip set")."""
    head = ctx.toks[e]
    if head.lower_ in HEADS and head.dep_ == "compound" and head.head.i == e + 1 and head.head.pos_ == "NOUN":
        head = head.head
    return head.pos_ == "NOUN" and any(k.dep_ in {"det", "poss"} and k.i < e - 1 for k in head.children)


def _headed(ctx: DocCtx, e: int) -> bool:
    """A product's noun right after the name, or after one more common noun ("games console")."""
    words = ctx.words
    if e < len(words) and words[e].islower() and words[e] in HEADS:
        return True
    return e + 1 < len(words) and ctx.toks[e].pos_ == "NOUN" and words[e].islower() and words[e + 1] in HEADS


def _weak(ctx: DocCtx, c: Cand, owners: set[int], apposed: bool) -> set[str]:
    """Kinds of sign that need another: a product's noun right after, a model's code or a version
    number, an owner of the article ("Microsoft's Xbox"; works have owners too: "the BBC's
    EastEnders"; or of the thing the name is `apposed` to), a named game after "the" and the name
    and a game's noun ("the Xbox game Halo 2"), "the" before a name, no common noun,
    that ends its noun phrase ("when the Xbox launched"; not "the Academy handed"), its owners or
    users after it ("iPod owners"), a brand's camel shape ("iPod")."""
    words, s, e = ctx.words, c.start, c.end
    nxt = words[e] if e < len(words) else ""
    kinds = set()
    if s > 0 and words[s - 1] in POSS and s - 1 in owners or apposed:
        kinds.add("owned")
    if _headed(ctx, e):
        kinds.add("head")
    if s > 0 and words[s - 1] == "the" and _head_end(ctx, e) and not generic_key(ctx.norm_of(s, e)):
        kinds.add("the")
    if nxt in USED_BY:  # "iPod owners"
        kinds.add("used")
    named = e + 1 < len(words) and words[e + 1][:1].isupper()  # "the Xbox game Halo 2": a game's machine
    if nxt in GAME_NOUNS and named and s > 0 and words[s - 1].lower() in DETS:
        kinds.add("plays")
    if e - s == 1 and CAMEL.match(words[s]):  # "iPod": a brand's shape, a firm's too ("eBay")
        kinds.add("camel")
    if any(CODE.match(w) for w in words[s:e]) or (e - s > 1 and VERSION.match(words[e - 1])):
        kinds.add("code")
    if nxt and VERSION.match(nxt) and ctx.ws[e - 1] != "":
        kinds.add("version")
    return kinds


def _plural(ctx: DocCtx, ms: list[Cand]) -> int:
    """The article writes the one-word name in the plural ("Xboxes", "iPods"): a thing counted."""
    words = ctx.words
    if any(c.end - c.start != 1 for c in ms):
        return 0
    name = words[ms[0].start]
    if len(name) < 3 or not name[-1].isalnum():
        return 0
    seen = TK.of(ctx.doc).word_set
    return int(name + "s" in seen or name + "es" in seen)


def _head_end(ctx: DocCtx, k: int) -> bool:
    """Token k ends the noun phrase before it (a stop, a verb, a preposition...)."""
    if k >= len(ctx.toks):
        return True
    tok = ctx.toks[k]
    return tok.is_punct or (tok.is_lower and tok.pos_ in {"VERB", "AUX", "ADP", "CCONJ", "ADV", "PART"})


def body_signs(ctx: DocCtx, c: Cand) -> bool:
    """The signs of a body any name shares: after a firm's noun ("games firm X"), speaking ("X said";
    not "the head of X said"), owning staff or another name ("Apple's Newton", "X's chief"), before
    a body's people or money ("Sony executives"); "by X owners": "by" governs the owners."""
    words, s, e = ctx.words, c.start, c.end
    prev = words[s - 1].lower() if s > 0 else ""
    nxt = words[e] if e < len(words) else ""
    after = words[e + 1] if e + 1 < len(words) else ""
    return ((prev in BODY_PREV and nxt not in USED_BY) or (nxt.islower() and nxt in BODY_AFTER)
            or (nxt.lower() in SPEAKS and ctx.root(s, e).dep_ == "nsubj")
            or (nxt in POSS and (after[:1].isupper() or after.lower() in BODY_AFTER)))


def body_use(ctx: DocCtx, c: Cand) -> bool:
    """The mention treats the name as a body (see the module's doc)."""
    words, s, e = ctx.words, c.start, c.end
    prev = words[s - 1].lower() if s > 0 else ""
    nxt = words[e] if e < len(words) else ""
    root = ctx.root(s, e)
    if body_signs(ctx, c) or nxt in BODY_TAILS or (nxt in PLURAL and root.dep_ in SUBJECTS):
        return True  # "U2 have"; not "PCs running X have"
    if prev in GROUP_NOUNS or (prev == "," and s > 1 and words[s - 2].lower() in GROUP_NOUNS):
        return True  # "Irish band U2", "Eminem's group, D12"
    if s > 1 and prev in {"a", "an"} and words[s - 2].lower() in WINS:  # "won a Bafta": an award
        return True
    if any(w.lower() in WK.AWARD_NOUNS for w in words[e : e + 2]):  # "the Bafta film awards"
        return True
    if nxt.isalpha() and nxt != nxt.lower() and not ctx.toks[e].is_sent_start:
        return True  # the maker before its product's name: "the Apple iPod"
    counted = prev in COUNTED or prev == "one"  # "one X can make music": a thing, no maker
    return root.dep_ == "nsubj" and root.head.lemma_ in MAKER_VERBS and not counted


def version_tails(ctx: DocCtx, cands: list[Cand]) -> None:
    """A name the model cut before the short capitals and numbers of a version ("Mac" of "Mac OS
    X", "Windows" of "Windows NT 4"): two such words at least (or "OS" alone: "Vela OS"), free, no
    place's code ("Acme UK"), end a product's name, the first in capitals, no number after them
    ("Acme 5 3 1": a table's row); the name takes them and is a PRODUCT. Not in sports reports."""
    if ctx.sports:
        return
    starts, words = {c.start for c in cands}, ctx.words
    for c in cands:
        k = c.end
        if k >= len(words) or len(words[k]) < 2 or not words[k].isalpha() or not words[k].isupper():
            continue  # not "A" of "Srinagar - A 56-year-old"
        while k < len(words) and k not in starts and ctx.free(k, k + 1) and ctx.ws[k - 1] == " ":
            w = words[k]
            if not (VERSION.match(w) or CODE.match(w)) or not (w.isupper() or w.isdigit()):
                break
            if gazetteer_label(w.lower()) or w.lower() in world().places:
                break
            k += 1
        dotted = k < len(words) and words[k][-1:] == "." and bool(VERSION.match(words[k][:-1]))  # "OS X."
        glued = k < len(words) and words[k] == "-" and not ctx.ws[k - 1]  # "OS 2-based"; not "OS - and"
        capital = k < len(words) and (words[k][:1].isupper() or words[k][:1].isdigit() or glued)
        capital = capital and not dotted  # "Acme OS X Lite", "OS 2-based": no version's end
        system = k - c.end == 1 and words[c.end] in SYSTEM_TAILS  # "Vela OS"
        if (k - c.end + dotted >= 2 or system) and not capital and not ctx.in_caps(c.start):
            c.end, c.label = k, "PRODUCT"
            ctx.take(c)


def camel_cands(ctx: DocCtx) -> list[Cand]:
    """Brand names of one word opening with one lower-case letter ("iPod", "iTunes", "eBay"), which
    the model leaves untagged: a product, or a body when some mention treats it as one
    (`_camel_body`: "auction site eBay said", "eBay's chief"; or listed with a body the model tags:
    "eThekwini and Eskom"). The plural ("iPods") is a mention of
    its own only when the article never writes the singular."""
    words, found = ctx.words, defaultdict(list)
    forms = {w for w in words if w[:1].islower() and w[1:2].isupper() and CAMEL.match(w)}
    for i, w in enumerate(words):
        if w in forms and not ctx.taken[i] and not (w.endswith("s") and w[:-1] in forms):
            found[w].append(Cand(i, i + 1 + _numbered(ctx, i + 1), "PRODUCT", "rule", 1.0))
        elif len(w) == 1 and w.islower() and _hyphened(ctx, i):  # "e-Kelby": one name
            found["-" + singular(words[i + 2])].append(Cand(i, i + 3, "PRODUCT", "rule", 1.0))
    out = []
    for ms in found.values():
        body = any(singular(ctx.words[c.end - 1]) in L.ORG_HEADS for c in ms)  # "e-University"
        label = "ORG" if body or any(_camel_body(ctx, c) for c in ms) else "PRODUCT"
        for c in ms:
            c.label = label
            ctx.take(c)
        out += ms
    return out


def _hyphened(ctx: DocCtx, i: int) -> bool:
    """Token i, one lower-case letter, opens a name with a hyphen glued to a capitalised word
    ("e-University"), none of it taken."""
    words = ctx.words
    if i + 2 >= len(words) or words[i + 1] != "-" or ctx.ws[i] or ctx.ws[i + 1] or any(ctx.taken[i : i + 3]):
        return False
    return words[i + 2][:1].isupper() and words[i + 2][1:].islower()


def _numbered(ctx: DocCtx, k: int) -> bool:
    """Token k is a version number inside the model's name ("iLife 05", "iTunes 4.7"), not yet
    taken."""
    return (k < len(ctx.words) and ctx.toks[k].ent_iob_ == "I" and not ctx.taken[k]
            and bool(VERSION.match(ctx.words[k])) and ctx.words[k][:1].isdigit())


def _camel_body(ctx: DocCtx, c: Cand) -> bool:
    """A mention of a brand name treats it as a body: after a firm's noun or "at", "by"; speaking;
    owning staff or a name ("eBay's David Stern"); before a body's people or money; coordinated
    with a name the model tags as a body ("Google, Amazon, eBay and Yahoo"); before a model's code
    ("the iRiver PMC-100"). Not a maker's signs that a product's name shares ("the iPod Photo
    family", "Apple's iPod made")."""
    s, e = c.start, c.end
    nxt = ctx.words[e] if e < len(ctx.words) else ""
    if body_signs(ctx, c):
        return True
    if CODE.match(nxt) or (len(nxt) > 1 and nxt.isupper()):
        return True  # the maker before its model's code ("the zVendo QX-100"), joined to it by `codedmodels`
    tok = ctx.toks[s]
    head = tok.head if tok.dep_ == "conj" else tok
    mates = [head, *(k for k in head.children if k.dep_ == "conj")]
    return any(k.i != s and k.ent_type_ == "ORG" for k in mates)

