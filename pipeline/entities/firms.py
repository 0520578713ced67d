"""Companies, brands and bodies the model calls people, read from what the article does with them.

`firm_labels` runs after the per-name vote: a name voted PERSON that no mention treats as a person
("he", "who", "Mr X", a person's title, a given name first, the surname of someone named in full)
is an organisation when its mentions say so: a company noun before it ("troubled oil giant Yukos",
"US beermaker X", "DHL-owner X"), an organisation's words around it ("shares in X", "X's profits",
"X said it"), or a list it shares with organisations ("Boots, Burberry and ... Procter & Gamble").
A census name, or a name shaped like a person's, needs a sign that rests on more than a later
"it"; a given name alone or a census name and a surname ("Will Smith") two. Untagged capitalised
words of such a list become organisations too. The mentions of a name's first or last word alone
("Pernod", "Wimpey") speak for it; a business's description (`descriptions`) is worth two signs; a
name repeated often with no "he" or "she" needs fewer. Short forms reading as a body beside a full
name that reads as a person's ("Kasabian", the band named after "Linda Kasabian") are a body of
their own. `join_short_names` (called by the grouping) joins a body's short forms to its full name
("Boerse" = "Deutsche Boerse"). All work on token indices.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable

from spacy.tokens import Token

from pipeline.entities import bodysigns as BS
from pipeline.entities import candidates as C
from pipeline.entities import context as X
from pipeline.entities import descriptions as D
from pipeline.entities import evidence as E
from pipeline.entities import lexicon as L
from pipeline.entities import makersigns as MS
from pipeline.entities import pretitles as PT
from pipeline.entities.candidates import Cand, DocCtx, relabel
from pipeline.entities.conventions import speaks_quote
from pipeline.entities.kinds import STAFF
from pipeline.entities.names import given_name_first, joined_name

SPOKESMEN = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"})
SHORT_ABLE = frozenset({"PERSON", "ORG", "NORP"})  # labels a body's short form may have had
PREPOSITIONS = frozenset({"of", "for", "at", "with", "in", "to", "from", "on", "quoted"})
AIR = "Air"  # an airline's naming word, first ("Air Lanka") or last ("Kestrel Air")
DESCRIBED = 2  # signs a business's description is worth ("mortgage company X"): a name's definition
QUIET_MIN = 4  # mentions of a name that no person's sign may miss
POST_PREPS = frozenset({"of", "at", "for", "with"})
ROLE_CUTS = frozenset({"behind", "by", "under", "over", "between", "among", "within", "across", "after",
                       "before", "that", "which", "who", "whose", "and"})  # words that end a role's head


def firm_labels(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> list[Cand]:
    """Relabel as ORG the names voted PERSON that read as organisations (see the module's doc);
    returns the list members the model left untagged, as new ORG candidates."""
    by_key: dict[str, list[Cand]] = defaultdict(list)
    for c in cands:
        by_key[key_of(ctx, c)].append(c)
    named = {w for k, ms in by_key.items() if labels.get(k) == "PERSON" and " " in k for w in k.split()}
    surnames: dict[str, set[str]] = defaultdict(set)  # last word -> the full names it ends
    for k in by_key:
        if labels.get(k) == "PERSON" and " " in k:
            surnames[k.split()[-1]].add(k)
    clusters = _clusters(ctx, cands)
    ctx.body_roles = BS.body_roles(ctx, by_key, labels)  # "A second auditor, Acme": a body's noun here
    names = [(c.start, k) for k, ms in by_key.items() if labels.get(k) in {"ORG", "PERSON"} for c in ms]
    for key, ms in by_key.items():
        if labels.get(key) != "PERSON" or (" " not in key and key in named):
            continue
        words = key.split()
        named_word = any(labels.get(w) == "PERSON" and personal(ctx, by_key.get(w, [])) for w in words)
        if len(words) > 1 and (named_word or surnames[words[-1]] - {key}):
            continue  # "Wang Donghai" ... "Wang's family"; "Sandy Oatley" beside "Robert Oatley"
        shorts = _short_mentions(ctx, key, by_key, labels)
        read = functools.partial(_reads_as_body, ctx, labels=labels, key_of=key_of, clusters=clusters,
                                 rival=functools.partial(_rival, names, key))
        hard = person_signs(ctx, ms + shorts)[0]
        if not hard and any(airline(ctx.words[c.start : c.end]) for c in ms):
            relabel(ctx, ms, labels, key_of, "ORG")  # "Air Lanka": an airline's name, no person's
            _short_forms(ctx, words, by_key, labels)
            continue
        if hard or (shorts and L.census_given(words[0]) and not read(key, ms, alone=True)):
            if shorts and read(ctx.norm_of(shorts[0].start, shorts[0].end), shorts, doubt=1, hard=hard):
                _short_forms(ctx, words, by_key, labels, apart=True)  # "Kasabian", the band named after
            continue  # "Linda Kasabian", who is no band
        if read(key, ms + shorts):
            relabel(ctx, ms, labels, key_of, "ORG")
            _short_forms(ctx, words, by_key, labels)
    return _list_members(ctx, cands, labels, key_of, clusters)


def _rival(names: list[tuple[int, str]], key: str, a: int, b: int) -> bool:
    """Another name of a person or body than `key` stands in tokens a..b."""
    return any(a <= s < b and k != key for s, k in names)


def _reads_as_body(ctx: DocCtx, key: str, ms: list[Cand], labels: dict, key_of: Callable, clusters: dict,
                   rival: Callable, alone: bool = False, doubt: int = 0, hard: bool = False) -> bool:
    """The mentions `ms` of a name read as a body's: enough signs of one (`_org_signs`, a business's
    description), weighed against the softer signs of a person (`person_signs`, at least `doubt`),
    a name often repeated (`_quiet`) needing fewer unless `hard` and `doubt` (the short form of a
    person's name); with `alone`, whether they hold any sign of a body at all."""
    signs = [_org_signs(ctx, c, labels, key_of, clusters) for c in ms]
    shared = any(a > b for a, b in signs)  # "auditor X" (`shared_title`) with another sign of a body
    defined = [D.described(ctx, c, clusters.get(c.start, ())) or shared and shared_title(ctx, c)
               or BS.named_at(ctx, c) for c in ms]  # "said Jo Hale at X": X's definition
    described = DESCRIBED * any(defined) or int(any(D.taken_up(ctx, c, rival) for c in ms))
    if alone:
        return bool(described) or any(a > 0 for a, _ in signs)
    if doubt and sum(d or a > 0 for d, (a, _) in zip(defined, signs, strict=True)) < 2:
        return False  # the short form of a person's name: signs in two mentions ("the Bush website")
    soft = max(person_signs(ctx, ms)[1], doubt)
    apart = described >= DESCRIBED or sum(a > b for a, b in signs) > 1  # signs in two mentions at least
    totals = (sum(a for a, _ in signs) + described, sum(b for _, b in signs))
    if _quiet(ctx, ms) and sum(a > 0 for a, _ in signs) > 1 and not (doubt and hard):  # two mentions
        apart, soft, totals = True, 0, (totals[0], 0)
    return (apart or not soft) and _enough(ctx, key, ms, totals, soft)


def _short_mentions(ctx: DocCtx, key: str, by_key: dict[str, list[Cand]], labels: dict) -> list[Cand]:
    """The mentions of the first or last word of a name of several words standing alone ("Pernod"
    of "Pernod Ricard", "Wimpey" of "George Wimpey"), which the grouping joins to it: their words
    speak for the name too. Not a word of another person's name, a place or a people, nor one that
    reads as a person's ("Mr Wimpey")."""
    words = key.split()
    if len(words) < 2:
        return []
    others = {w for k, label in labels.items() if label == "PERSON" and " " in k and k != key
              for w in (k.split()[0], k.split()[-1])}
    out: list[Cand] = []
    for w in dict.fromkeys((words[0], words[-1])):
        ms = by_key.get(w, [])
        if ms and w not in others and _short_able(w, labels) and not personal(ctx, ms):
            out += ms
    return out


def _short_forms(ctx: DocCtx, words: list[str], by_key: dict[str, list[Cand]], labels: dict,
                 apart: bool = False) -> None:
    """The first or last word of a body's name that was taken for a person's ("Merrill", "United"),
    alone elsewhere, is the body's short form: it follows the name's label and joins it; with
    `apart`, a body of its own named after the person ("Kasabian" after "Linda Kasabian")."""
    if len(words) < 2:
        return
    key = " ".join(words)
    for w in dict.fromkeys((words[0], words[-1])):
        if w in by_key and _short_able(w, labels) and not personal(ctx, by_key[w]):  # not "Mr Mondavi"
            labels[w] = "ORG"
            ctx.firm_forms[w] = w if apart else key
            for c in by_key[w]:
                c.label, c.role = "ORG", None


def _quiet(ctx: DocCtx, ms: list[Cand]) -> bool:
    """A name the article repeats `QUIET_MIN` times or more with a later "he" or "she" in the
    sentences of one mention in `QUIET_MIN` at most: a person so often named is called "he", "Mr" or
    by a title somewhere, so a body's signs resting on "it" alone are enough there ("Laura Ashley,
    which ...")."""
    if len(ms) < QUIET_MIN:
        return False
    return sum(X.pronoun_sign(ctx.doc, c.start, c.end) for c in ms) <= len(ms) // QUIET_MIN


def _short_able(word: str, labels: dict) -> bool:
    """A word alone may be a body's short form: labelled a person, body or people, or a place no
    gazetteer knows ("Wimpey"), and no gazetteer name."""
    label = labels.get(word)
    unknown_place = label in {"GPE", "LOC", "FAC"} and word not in L.world().places
    return (label in SHORT_ABLE or unknown_place) and not L.gazetteer_label(word)


def _enough(ctx: DocCtx, key: str, ms: list[Cand], signs: tuple[int, int], soft: int = 0) -> bool:
    """Signs (all, weak) are enough: one will do; a census name or a name shaped like a person's
    full name ("Chakib Khelil") needs one that is not weak; a name opening with a given name
    ("Kevin Spacey", "Jim", "Merrill Lynch") two, and one more for each soft sign of a person
    (`person_signs`) beyond the first."""
    total, weak = signs
    c, first = ms[0], key.split()[0]
    if _person_shaped(ctx, c) or soft:
        return total - weak > max(1, soft)
    s, e = c.start, c.end
    personal = e - s > 1 and (C.plain_name(ctx.doc, s, e) or joined_name(ctx.doc, s, e))
    return total - weak > 0 if personal or L.census_name(first) else total > 0  # "Omar Al-Kelbi" as plain


def _person_shaped(ctx: DocCtx, c: Cand) -> bool:
    """A given name alone ("Jim"), or a census name and a surname ("Will Smith", "Helena
    Bonham-Carter")."""
    words = [L.fold(w) for w in ctx.words[c.start : c.end]]
    if len(words) == 1:
        return L.given_name(words[0])
    plain = len(words) <= 3 and all(w.replace("-", "").isalpha() for w in words)  # not "Procter & Gamble"
    national = L.gazetteer_label(words[0]) in {"NORP", "GPE"} and not L.given_name(words[0])  # "Swiss Re"
    return plain and not national and L.census_name(words[0]) and L.surname(words[-1].rsplit("-", 1)[-1])


def _plain(ctx: DocCtx, c: Cand) -> bool:
    """Shaped like a person's name (`_person_shaped`), or plain capitalised words with no body's
    word in them ("Ibrahim Obeidat" the model calls ORG)."""
    return _person_shaped(ctx, c) or (c.end - c.start > 1 and C.plain_name(ctx.doc, c.start, c.end))


def firm_noun(word: str) -> bool:
    """A noun that names a business or body ("retailer", "DHL-owner"; "carmaker", not "film-maker")."""
    low = word.lower()
    last = low.rsplit("-", 1)[-1]
    if low.replace("-", "") in L.FIRM_WORDS:
        return True
    return last != "maker" and (last in L.ORG_ROLES or last in L.FIRM_WORDS)


def airline(words: list[str]) -> bool:
    """A name shaped like an airline's: "Air" and a name ("Air Lanka"), or a name and "Air"."""
    return len(words) > 1 and AIR in {words[0], words[-1]} and all(w[:1].isupper() for w in words)


def _maker(word: str) -> bool:
    """A compound of "maker" ("beermaker", "film-maker"): a firm's noun, or a person's."""
    return word.lower().endswith("maker") and len(word) > len("maker") + 2


def _person_role(ctx: DocCtx, c: Cand, role: str | None, joined: bool | int) -> str | None:
    """The role read before or beside a mention, unless it is a firm's ("boss" of a body, an agent's
    business) or the title is joined to a body ("club and former champion X")."""
    if role and (_firm_role(role, ctx.body_roles) or D.agent_role(ctx, c, role) or joined):
        return None
    return role


def personal(ctx: DocCtx, ms: list[Cand]) -> bool:
    """Some mention reads as a person's: a person's title or role, "Mr", "he", "who", "his wife",
    a given name first (in a name of several words)."""
    doc = ctx.doc
    for c in ms:
        role = c.role or PT.pre_title(doc, c.start)[1]
        joined = BS.joined_title(ctx, c, firm_noun)  # "club and former champion X": no person's title
        role = _person_role(ctx, c, role, joined)
        if role and not X.is_modifier(doc, c.end) and not post_firm(ctx, c):
            return True  # "former Yukos boss"
        if c.start > 0 and L.fold(ctx.words[c.start - 1]) in L.HONORIFICS:
            return True
        per = X.name_evidence(doc, c.start, c.end)[1] - speaks_quote(doc, c.start, c.end) - post_firm(ctx, c)
        per -= shared_title(ctx, c, titled=True) + joined
        if per > 0 or (c.end - c.start > 1 and given_name_first(ctx, c)):
            return True
    return False


def person_signs(ctx: DocCtx, ms: list[Cand]) -> tuple[bool, int]:
    """Whether some mention reads as a person's beyond doubt (a team sheet's player, `personal`
    without its softer signs), and how many softer signs there are: a given name first (once:
    "Merrill Lynch"), a later "he" or "she" in the sentence (each: the pronoun may be another's)."""
    doc, soft, shaped = ctx.doc, 0, False
    for c in ms:
        if c.src == "lineup" and c.label == "PERSON":  # a team sheet's player ("N Hale (Millbrook)")
            return True, 0
        ts, pre = PT.pre_title(doc, c.start)
        role = c.role or pre
        joined = BS.joined_title(ctx, c, firm_noun)
        role = _person_role(ctx, c, role, joined)
        if role and not X.is_modifier(doc, c.end) and not post_firm(ctx, c):
            return True, 0
        if c.start > 0 and L.fold(ctx.words[c.start - 1]) in L.HONORIFICS:
            return True, 0
        if pre and ts > 0 and doc[ts - 1].tag_ == "PRP$":  # "his writing partner X"
            return True, 0
        pron = X.pronoun_sign(doc, c.start, c.end)
        quoted = speaks_quote(doc, c.start, c.end) + post_firm(ctx, c) + shared_title(ctx, c, True)
        quoted += joined
        if X.name_evidence(doc, c.start, c.end)[1] - quoted - pron > 0:
            return True, 0
        soft += pron
        shaped = shaped or (c.end - c.start > 1 and given_name_first(ctx, c))
    return False, soft + shaped


def shared_title(ctx: DocCtx, c: Cand, titled: bool = False) -> int:
    """1 when the noun right before the mention is one the article gives a body ("auditor X"
    beside "A second auditor, Acme": `bodysigns.body_roles`); with `titled`, a title that
    `context.name_evidence` counts as a person's sign."""
    prev = ctx.words[c.start - 1] if c.start > 0 else ""
    return int(prev.lower() in ctx.body_roles and (not titled or L.is_title(L.fold(prev))))


def body_titled(ctx: DocCtx, ms: list[Cand]) -> list[Cand]:
    """The mentions of a name with some sign of a body (`bodysigns.body_sign`) that hold no title
    the article gives a body ("auditor X"), whose person's sign the grouping's vote must not count;
    all of them without such a sign; never one whose title is a body's joined to its noun
    (`bodysigns.joined_title`: "club and former champion X")."""
    ms = [c for c in ms if not BS.joined_title(ctx, c, firm_noun)]
    if not ctx.body_roles or not any(BS.body_sign(ctx, c) or BS.post_at(ctx, c) for c in ms):
        return ms
    return [c for c in ms if not shared_title(ctx, c)]


def post_firm(ctx: DocCtx, c: Cand) -> bool:
    """A one-word name after a post's noun that follows "at", "with", "from" ("a director at analyst
    X", "figures from researcher X"): the noun names the body where a post is held, not a person."""
    s, words = c.start, ctx.words
    return (c.end - s == 1 and s > 1 and words[s - 1].lower() in STAFF and words[s - 1].islower()
            and words[s - 2].lower() in POST_PREPS | {"from"})


def _role_head(role: str) -> str:
    """The role's head noun: its last word before a preposition ("analyst" of "analyst with X Bank",
    "winemaker" of "the global winemaker behind the X brands")."""
    words = role.split()
    cut = next((i for i, w in enumerate(words) if w.lower() in PREPOSITIONS | ROLE_CUTS), len(words))
    return words[cut - 1] if cut > 0 else ""


def _firm_role(role: str, shared: frozenset[str] = frozenset()) -> bool:
    """The role's head is a company noun or a compound of "maker" ("US beermaker", "DHL-owner"), or
    a maker or group of plural things ("parts maker", "drugs group"), a maker of one thing
    ("handset maker"; not "film maker"), or a noun
    the article gives a body (`shared`: "auditor" of "A second auditor, Acme")."""
    head = _role_head(role)
    if head.lower() in shared:
        return True
    words = role.split()
    before = words[words.index(head) - 1] if head in words[1:] else ""
    plural = before.islower() and before.endswith("s") and not before.endswith("ss")
    made = plural and head in D.COMPOUND_HEADS or head == "maker" and D.thing_maker(before)  # "handset maker"
    return firm_noun(head) or _maker(head) or made


def _org_signs(ctx: DocCtx, c: Cand, labels: dict, key_of: Callable, clusters: dict) -> tuple[int, int]:
    """Signs of an organisation around one mention, less those of a place, and how many of them
    rest on a later "it": the words around it (`context.name_evidence`), a company noun right
    before it, organisations listed with it."""
    doc = ctx.doc
    org, _, place = X.name_evidence(doc, c.start, c.end)
    role = c.role or PT.pre_title(doc, c.start)[1]
    prev = ctx.words[c.start - 1] if c.start > 0 else ""
    compound = prev.islower() and (firm_noun(prev) or _maker(prev)) and prev not in L.FIRM_WORDS  # counted
    head = _role_head(role) if role else prev if compound else ""
    if head and (firm_noun(head) or _maker(head)) or BS.joined_title(ctx, c, firm_noun):
        org += 1  # "club and former champion X"
    if c.start > 1 and ctx.words[c.start - 1] in PREPOSITIONS and ctx.words[c.start - 2].lower() in SPOKESMEN:
        org += 1  # "a spokesman for X": a body's voice
    elif c.start > 1 and ctx.words[c.start - 1] in POST_PREPS and ctx.words[c.start - 2].lower() in STAFF:
        org += 1  # "an analyst at X", "the founder of X": a post at a body
    elif post_firm(ctx, c):
        org += 1  # "a director at analyst X": the body where the post is held
    elif BS.post_at(ctx, c):
        org += 1  # "vice president of search properties at X"
    org += BS.body_sign(ctx, c)  # "acquired X", "X, makers of", "the arm of X"
    made, doubt = MS.maker_sign(ctx, c)  # "X's tiny music players", "chips made by X"
    weak = int(bool(head) and _maker(head) and not firm_noun(head)) + doubt  # "film-maker": a person's
    org += made
    listed = clusters.get(c.start, ())
    mates = [m for m in listed if labels.get(key_of(ctx, m)) == "ORG" and not _plain(ctx, m)]
    people = any(labels.get(key_of(ctx, m)) == "PERSON" and _person_shaped(ctx, m) for m in listed)
    if not people and (len(mates) > 1 or any(m.end - m.start > 1 for m in mates)):  # not "Matisse and
        org += 1  # Stravinsky", nor a list of people with one the model calls ORG
    return org - place, X.neuter_signs(doc, c.start, c.end) + weak


def _clusters(ctx: DocCtx, cands: list[Cand]) -> dict[int, list[Cand]]:
    """For each candidate's start, the other candidates listed with it ("A, B and C"), by the parse."""
    if not ctx.parsed:
        return {}
    at = {i: c for c in cands for i in range(c.start, c.end)}
    out: dict[int, list[Cand]] = {}
    for c in cands:
        members = [at[t.i] for t in _list_of(ctx.root(c.start, c.end)) if t.i in at]
        out[c.start] = list({id(m): m for m in members if m is not c}.values())
    return out


def _list_of(root: Token) -> list[Token]:
    """The heads of the members of the list `root` is in (itself included)."""
    top = root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if all(t.dep_ != "conj" for t in top.children):
        return [top]  # no conjunct hangs from it: no list (its subtree is not walked)
    return [top] + [t for t in top.subtree if t.dep_ == "conj" and _chain(t, top)]


def _chain(t: Token, top: Token) -> bool:
    while t.i != top.i:
        if t.dep_ != "conj":
            return False
        t = t.head
    return True


def _list_members(
    ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable, clusters: dict
) -> list[Cand]:
    """Untagged capitalised words listed with two organisations or more ("Boots, Burberry, ...")."""
    if not ctx.parsed:
        return []
    out, seen = [], set()
    for c in cands:
        if labels.get(key_of(ctx, c)) != "ORG" or c.start in seen:
            continue
        mates = [m for m in clusters.get(c.start, ()) if labels.get(key_of(ctx, m)) == "ORG"]
        if not mates or any(_person_shaped(ctx, m) for m in [c, *mates]):
            continue
        for t in _list_of(ctx.root(c.start, c.end)):
            seen.add(t.i)
            if _bare_name(ctx, t):
                new = Cand(t.i, t.i + 1, "ORG", "rule", 1.0)
                ctx.take(new)
                labels.setdefault(key_of(ctx, new), "ORG")
                out.append(new)
    return out


def _bare_name(ctx: DocCtx, t: Token) -> bool:
    """One untagged capitalised proper noun of three letters or more, alone between lower-case
    words or commas (not "Kings And Queen", "Alzheimer's Society"), no sentence opener, place or
    given name."""
    i = t.i
    return (
        C.alone(ctx, i)
        and len(t.text) > 2
        and ctx.words[i - 1] not in {"'s", "\u2019s"}
        and ctx.free(i, i + 1)
        and t.pos_ == "PROPN"
        and t.is_title
        and t.is_alpha
        and not t.is_sent_start
        and not ctx.in_caps(i)
        and not L.gazetteer_label(L.fold(t.text))
        and not L.given_name(L.fold(t.text))
        and not any(c.dep_ == "compound" for c in t.children)
    )


BODY_LABELS = frozenset({"ORG", "FAC"})
WEAK = frozenset({"GPE", "LOC", "NORP", "FAC"})  # a short form with these labels is a place or a people
HOUSES = frozenset({"house", "theatre", "company"})  # a company named by its house: "Royal Opera (House)"


def join_short_names(
    ctx: DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]
) -> None:
    """Short forms of a body's name join the one full name they fit, when exactly one does: the
    last word of an organisation's name ("Boerse" of "Deutsche Boerse"; no place or people, no
    body's head word such as "Bank", no person's name such as "JP McManus"), its name without a
    nationality ("Media Council" of "Ugandan Media Council"), or without a building's head ("Royal
    Opera" of "Royal Opera House")."""
    bodies = [k for k in by_key if " " in k and labels.get(k, by_key[k][0].label) in BODY_LABELS]
    orgs = [k for k in bodies if labels.get(k, by_key[k][0].label) == "ORG"]
    heads = HOUSES | {h.lower() for h in E.FACILITY_HEADS}
    for key in by_key:
        if ctx.firm_forms.get(key, key) != key and ctx.firm_forms[key] in by_key and key not in parent:
            parent[key] = parent.get(ctx.firm_forms[key], ctx.firm_forms[key])
            continue
        if key in parent or labels.get(key, by_key[key][0].label) == "LAW":
            continue
        words = key.split()
        if len(words) == 1:
            fits = [k for k in orgs if k.endswith(" " + key)] if _bare_word(ctx, by_key[key], heads) else []
            if labels.get(key) == "PERSON":  # "McManus" is not the body "JP McManus" but a person
                fits = [k for k in fits if not _personal_form(ctx, by_key[k][0])]
            weak = labels.get(key, by_key[key][0].label) in WEAK and not _unknown_firm(ctx, key, by_key[key])
            fits = [] if weak else fits  # "Zionist"
        else:
            fits = [k for k in bodies if _longer_form(key, k, HOUSES)]
        if len(fits) == 1 and fits[0] != key:
            parent[key] = parent.get(fits[0], fits[0])


def _unknown_firm(ctx: DocCtx, key: str, ms: list[Cand]) -> bool:
    """A word the model took for a place that no gazetteer knows, read as a body where it stands
    ("Wimpey reported", "shares in Wimpey"), never as a place."""
    if key in L.world().places or L.gazetteer_label(key):
        return False
    votes = [X.name_evidence(ctx.doc, c.start, c.end) for c in ms]
    return any(o for o, _, _ in votes) and not any(q for _, _, q in votes)


def _bare_word(ctx: DocCtx, ms: list[Cand], heads: set[str]) -> bool:
    """A one-word name that may stand for a longer body's name: no acronym ("HIV"), place, people
    or head word."""
    key = ctx.norm_of(ms[0].start, ms[0].end)
    word = ctx.words[ms[0].start]
    acronym = sum(ch.isupper() for ch in word) > 1
    return not acronym and key not in heads and key not in L.world().places and not L.gazetteer_label(key)


def _personal_form(ctx: DocCtx, c: Cand) -> bool:
    """A name with initials or a given name in it ("JP McManus", "EADS Philippe Camus")."""
    words = ctx.words[c.start : c.end]
    return any(L.INITIALS.match(w) or L.given_name(L.fold(w)) for w in words[:-1])


def _longer_form(key: str, k: str, heads: set[str]) -> bool:
    """`k` is `key` after a nationality ("ugandan media council") or before one head word ("royal
    opera house")."""
    if k.endswith(" " + key):
        return L.gazetteer_label(k[: -len(key) - 1]) == "NORP"
    return k.startswith(key + " ") and k[len(key) + 1 :] in heads
