"""Grouping of an article's mentions into entities: one key per name, surnames and variants to a
person, short forms and acronyms to the full name they stand for.

`group(ctx, cands, labels)` returns lists of mentions, one per entity, each labelled (by
`grouplabels`); `gkey` is the grouping key of one mention. `group` runs in phases, each a function
here; a one-word name's owner is `lonewords`', an acronym's `acronymowners`'. All work on token
indices.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Set

from pipeline.entities import acronymowners as AO
from pipeline.entities import acronyms as AC
from pipeline.entities import awardnames as AW
from pipeline.entities import candidates as C
from pipeline.entities import clubprefixes as CP
from pipeline.entities import clubs as CL
from pipeline.entities import clubwords as CW
from pipeline.entities import contestshows as CSH
from pipeline.entities import editions as ED
from pipeline.entities import families as FA
from pipeline.entities import firms as FM
from pipeline.entities import fullnames as FN
from pipeline.entities import grouplabels as GL
from pipeline.entities import institutions as IN
from pipeline.entities import lexicon as L
from pipeline.entities import lonewords as LW
from pipeline.entities import longforms as LF
from pipeline.entities import namevariants as NV
from pipeline.entities import othernames as ON
from pipeline.entities import partnames as PN
from pipeline.entities import quotednicknames as QN
from pipeline.entities import regionforms as RF
from pipeline.entities import sheets as SH
from pipeline.entities import shortbodies as SB
from pipeline.entities import shortforms as SF
from pipeline.entities import shorttitles as ST
from pipeline.entities import squadclubs as SQ
from pipeline.entities import strayslips as SS
from pipeline.entities import tokens as TK
from pipeline.entities import twonames as TN
from pipeline.entities import variants as VR
from pipeline.entities.candidates import Cand

KEPT = frozenset({"ORG", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"})  # labels a short form keeps as its own


def gkey(ctx: C.DocCtx, c: Cand) -> str:
    """Grouping key: the folded name; in sports stories a team and its home town stay apart."""
    key = ctx.norms.get((c.start, c.end)) or ctx.norm_of(c.start, c.end)  # asked 300k times: cache first
    if c.surname:  # "Ann" of "Ann and Tom Hale": Ann Hale
        key += " " + L.norm(c.surname)
    elif c.full:  # "West" of "Kelby East and West": Kelby West
        key = L.norm(c.full)
    if ctx.sports and c.label in {"GPE", "LOC", "ORG"} and (key not in L.COUNTRIES or CL.city(key)):
        return key + ("|place" if c.label != "ORG" else "")
    return key


gkey.norm_keyed = True  # type: ignore[attr-defined]  # outside sports, no surname: `DocCtx.norm_of` (by_key)


def peer(ctx: C.DocCtx, c: Cand) -> bool:
    """A peer's name with its seat ("Lord Hale of Kirkby"): "of" inside a name after a peerage."""
    return c.start > 0 and ctx.words[c.start - 1] in L.PEERAGES and "of" in ctx.words[c.start + 1 : c.end]


def _flat(key: str) -> str:
    """A key without its spaces and hyphens ("Nord Wave" = "NordWave")."""
    return key.replace(" ", "").replace("-", "")


PART_WORDS = frozenset({"episode", "part", "chapter", "volume", "vol"})  # a numbered part of a series' work


def _numbered_parts(ctx: C.DocCtx, keyed: list[tuple[str, Cand]], labels: dict[str, str]) -> dict[str, str]:
    """A work named by its numbered part alone ("Episode I"), or by one word in the headline only ("to
    see Kestrel", "Passage"), that ends the one longer work's title of the article ("Star Wars Episode
    I", "Captain Kestrel") or opens it after its "The" ("The Passage of Time"): the short key, then
    the long one it stands for."""
    works = {k for k, c in keyed if labels.get(k, c.label) == "WORK_OF_ART"}
    body = {k for k, c in keyed if ctx.line_of(c.start) > 0}
    out = {}
    for key in works:
        part = key.split(" ", 1)[0] in PART_WORDS and " " in key
        if not part and (" " in key or key in body):
            continue
        longer = [w for w in works if w.endswith(" " + key) or not part and w.startswith("the " + key + " ")]
        if len(longer) == 1:
            out[key] = longer[0]
    return CSH.tail_titles(ctx, works) | out  # "Castle Keep" of "Celebrity Castle Keep"


def group(ctx: C.DocCtx, cands: list[Cand], labels: dict[str, str]) -> list[list[Cand]]:
    """Group mentions: same key; surnames and variants to a person; acronyms to expansions. In
    phases: mentions keyed, the people named in full found, short forms joined to their names, a
    person's forms to the person, short names to full names, each key rooted, the groups labelled."""
    by_key = _keyed(ctx, cands, labels)
    people, peers = _full_people(ctx, by_key, labels)
    orgs = _org_firsts(ctx, by_key, labels)
    terms = {t.casefold() for t in AC.common_acronyms(ctx)}
    people = _short_forms(ctx, by_key, labels, orgs, people)
    parent = _person_joins(ctx, by_key, people, peers)
    low = TK.of(ctx.doc).lowers
    _full_names(ctx, by_key, labels, parent, low)
    people = _body_names(ctx, by_key, labels, parent, people, terms)
    groups = _rooted(ctx, by_key, labels, parent, people, orgs)
    ED.split(ctx, groups, lambda c: gkey(ctx, c))  # "the Games" before "the 1936 Kelby Games"
    return _labelled(ctx, groups, labels, people, low)


def _keyed(ctx: C.DocCtx, cands: list[Cand], labels: dict[str, str]) -> dict[str, list[Cand]]:
    """Mentions by key, in text order, the spellings of one name under one key (`_squeezed`); then
    namesakes, names that differ in case only and a club and its town's place split apart."""
    by_key: dict[str, list[Cand]] = defaultdict(list)
    keyed = [(gkey(ctx, c), c) for c in sorted(cands, key=lambda c: c.start)]
    squeezed = _squeezed(ctx, keyed, labels)
    for key, c in keyed:
        by_key[squeezed[_flat(key)]].append(c)
    SH.split_namesakes(ctx, by_key, labels)
    NV.split_cases(ctx, by_key, labels)  # "US" and the magazine "Us"
    NV.club_fulls(ctx, by_key, labels)  # "Crystal Palace" the place of the club "Palace"
    return by_key


def _squeezed(ctx: C.DocCtx, keyed: list[tuple[str, Cand]], labels: dict[str, str]) -> dict[str, str]:
    """Each key without spaces and hyphens (`_flat`) to the one key of its name: the spelling with
    most words, one people's plural, noun and adjective, a work with and without "The" or its
    numbered part, a sports story's place and its club (`namevariants.sport_places`)."""
    squeezed: dict[str, str] = {}  # "NordWave" = "Nord Wave", "Ann Lee-Hale" = "Ann Lee Hale"
    for key, _ in keyed:  # the spelling with the most words, whose words a surname can match
        flat = _flat(key)
        if flat not in squeezed or "-" in squeezed[flat] and key.count(" ") > squeezed[flat].count(" "):
            squeezed[flat] = key
    peoples = {k for k, c in keyed if labels.get(k, c.label) == "NORP"}
    for key in peoples:  # "Liberians" and "Liberian": one people
        if key.endswith("s") and key[:-1] in peoples and " " not in key and "-" not in key:
            squeezed[key] = squeezed[key[:-1]]
    for key, same in _one_people(peoples).items():
        squeezed[key.replace("-", "")] = squeezed[same.replace("-", "")]
    for key, c in keyed:  # "Sea Inside" and "The Sea Inside": one work
        if key.startswith("the ") and labels.get(key, c.label) == labels.get(key[4:]) == "WORK_OF_ART":
            squeezed[_flat(key[4:])] = squeezed[_flat(key)]
    for key, whole in _numbered_parts(ctx, keyed, labels).items():  # "Episode I" of "Star Wars Episode I"
        squeezed[_flat(key)] = squeezed[_flat(whole)]
    NV.sport_places(ctx, keyed, squeezed, _flat)  # "at Arsenal" the club; "the 6ft Hale" of "Tom Hale"
    return squeezed


def _full_people(
    ctx: C.DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str]
) -> tuple[LW.People, set[str]]:
    """The people named in full (key and name tokens, a peer's seat cut off: "Lord Hale of Kirkby"),
    and the keys of peers."""
    people: LW.People = []  # (key, tokens) of full personal names
    peers: set[str] = set()  # their keys that hold a peer's seat, cut off the tokens
    for key, ms in by_key.items():
        if labels.get(key, ms[0].label) == "PERSON" and len(key.split()) > 1:
            if " of " in key and any(peer(ctx, c) for c in ms):
                peers.add(key)
            people.append((key, key.split(" of ")[0].split() if key in peers else key.split()))  # no seat
    return people, peers


def _org_firsts(ctx: C.DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str]) -> dict[str, str]:
    """The first word of a multi-word organisation's name that may stand for it alone ("Tate" of
    "Tate & Lyle", "Fiorani" of "Fiorani SpA"; "Reynolds" of "RJ Reynolds Tobacco"), to its key."""
    orgs: dict[str, str] = {}  # first word of a multi-word organisation name -> its key
    for key, ms in by_key.items():
        words = ctx.span_text(ms[0].start, ms[0].end).split()
        if labels.get(key, ms[0].label) == "ORG" and len(words) > 1:
            corp = all(w in L.COMPANY_TAILS for w in words[1:]) or (len(words) == 3 and words[1] == "&")
            tail = L.gazetteer_label(" ".join(key.split()[1:])) == "GPE" and not words[0].isupper()
            if corp or tail or labels.get(key.split()[0], "ORG") not in KEPT:  # "Fiorani SpA", "Tate & Lyle"
                orgs.setdefault(key.split()[0], key)  # "Tate" = "Tate Britain"
            pre = ctx.words[ms[0].start - 1] if ms[0].start > 0 else ""
            if L.INITIALS.match(words[0]) and len(words) > 2:
                pre, key_words = words[0], key.split()[1:]
            else:
                key_words = key.split()
            initials = L.INITIALS.match(pre) and not L.gazetteer_label(L.norm(pre))
            if initials and labels.get(key_words[0]) != "PERSON":
                orgs.setdefault(key_words[0], key)  # "RJ Reynolds Tobacco" ... "Reynolds"
    return orgs


def _short_forms(
    ctx: C.DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str], orgs: dict[str, str],
    people: LW.People,
) -> LW.People:
    """Short forms merged into the keys of their names (`shortforms`, `partnames`); the people left
    that still have a key and are still voted people ("Lib Dems")."""
    SF.first_words(ctx, by_key, orgs, labels)
    SF.short_forms(ctx, by_key, orgs, labels)
    SF.plurals(by_key, labels)
    SF.portfolio_tails(ctx, by_key, labels)
    SF.clipped_names(by_key, labels)
    SF.written_tails(ctx, by_key, labels)
    SF.event_places(ctx, by_key, labels)
    PN.join(ctx, by_key, labels)  # "Southwest" of "Southwest Airlines", "Reese" of "Reese Lee"
    return [(k, t) for k, t in people if k in by_key and labels.get(k, "PERSON") == "PERSON"]  # "Lib Dems"


def _person_joins(
    ctx: C.DocCtx, by_key: dict[str, list[Cand]], people: LW.People, peers: set[str]
) -> dict[str, str]:
    """The first joins (`parent`: key to the key it joins): a person's other full forms to the person
    (initials, a slip in the surname, a full given name, middle names, a two-word surname)."""
    parent: dict[str, str] = _initials(ctx, by_key, people)
    for i, (k1, t1) in enumerate(people):  # "Rustem Umerov" = "Rustem Umierov"
        for k2, t2 in people[:i]:
            if k2 not in parent and t1[0] == t2[0] and len(t1) == len(t2) and L.edit_close(t1[-1], t2[-1]):
                parent[k1] = k2
                break
    NV.full_forms(people, parent)  # "Steven Hale" of "Steve Hale"
    _surnames(people, parent, peers, {k for k in by_key if " " not in k})
    QN.nickname_joins(by_key, people, parent)  # "Chispa" of "Pedro 'Chispa' Valderon"
    return parent


def _full_names(
    ctx: C.DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str],
    low: list[str],
) -> None:
    """A name's other and shorter forms joined to its full name: aliases, a body's or an event's
    name without its place or tail, a venue's, a work's, a law's or a club's short name."""
    ON.other_names(low, by_key, labels, parent)
    FN.place_prefixed(by_key, labels, parent)
    FN.tail_cut(by_key, labels, parent)
    FN.coordinated_heads(by_key, labels, parent)  # "Foo Office" of "Foo and Bar Office"
    FN.cut_ends(by_key, labels, parent)  # "Porto Aleg" of "Porto Alegre"
    FN.trade_tails(by_key, labels, parent)  # "Acme Kettles" of "Acme"
    FN.place_head(by_key, labels, parent)
    FN.venue_shorts(ctx.words, by_key, labels, parent)  # "the Lyric" of "Lyric Theatre"
    FN.formal_towns(by_key, labels, parent)  # "City of Kelby" of "Kelby"
    FN.event_heads(by_key, labels, parent)
    FN.event_firsts(by_key, labels, parent, low)  # "Sundance" of "Sundance Film Festival"
    FN.hyphen_prefixed(by_key, labels, parent)  # "Huaral Valley" of "Chancay-Huaral Valley"
    FN.product_lines(by_key, labels, parent)  # "Media Center" of "Windows Media Center"
    FN.work_heads(by_key, labels, parent)  # "the Globes" of "Golden Globes"
    ST.law_years(by_key, labels, parent)  # "Licensing Act" of "Licensing Act 2003"
    ST.subtitles(by_key, labels, parent)  # "Sea Road" of "Kestrel Wars: Sea Road"
    ST.headline_versions(ctx, by_key, labels, parent)  # the headline's "Zoombox" of "Zoombox 2"
    CL.join_town_forms(ctx, by_key, labels, parent)
    CW.join(ctx, by_key, labels, parent)  # "Real" of "Real Madrid"
    CP.join_prefixed(ctx, by_key, labels, parent)  # "FC Millbrook" of "Millbrook"


def _body_names(
    ctx: C.DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str],
    people: LW.People, terms: set[str],
) -> LW.People:
    """A body's, a party's, a prize's or a region's other names joined to it (a firm's unit named
    after a term stays apart: "Acme" of "Acme XYTV"); the people left that are no prize."""
    for word, long in ctx.firm_forms.items():  # "Acme" of "Acme XYTV", the firm's unit, stands apart
        if long != word and " " in long and long.split()[-1] in terms:
            ctx.firm_forms[word] = word
    FM.join_short_names(ctx, by_key, labels, parent)
    LF.join_long_forms(ctx, by_key, labels, parent)
    SB.join(ctx, by_key, labels, parent)  # "BoE", "SSL" of "SSL International"
    SB.news_arms(by_key, labels, parent)  # "Kestrel News" of "Kestrel"
    VR.body_spellings(ctx, by_key, labels, parent)  # "Disaster Emergency Committee" of "Disasters .."
    SS.join(by_key, labels, people, parent)  # "Kestrell" an ORG once of "Tom Kestrel"
    IN.join(by_key, parent)  # "Tories" and "the Conservatives"
    prizes = AW.join(ctx, by_key, labels, parent)  # "the Oscars" and "the Academy Awards"; "the Academy"
    people = [(k, t) for k, t in people if k not in prizes]  # no person "Golden Globe"
    RF.join(by_key, labels, parent)  # "the Borders" of "the Scottish Borders"
    TN.join(ctx, by_key, labels, parent)  # "Kestrel.com" of "Kestrel", "CNRP, the Council of ..."
    return people


def _rooted(
    ctx: C.DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str],
    people: LW.People, orgs: dict[str, str],
) -> dict[str, list[Cand]]:
    """Each key's mentions under the root of its joins: a squad list's namesake to the listed one, a
    lone word to whom or what it names (`lonewords`)."""
    groups: dict[str, list[Cand]] = defaultdict(list)
    spelt_by = AO.spelt_forms(ctx, by_key)
    pairs = FA.paired(ctx, {p: by_key[p] for p, _ in people if p in by_key})  # only people own a surname
    spellings: dict[str, AO.Spelling] = {}  # each name's, for `acronymowners.acronym_owner`
    names = LW.Names(ctx, by_key, labels, parent, people, pairs, orgs, spelt_by, spellings, groups)
    for key, ms in by_key.items():
        root = parent.get(key, key)
        listed = SQ.namesake(ctx, by_key, people, key) if "|" in key else None  # "Hale (Kestrel)"
        if listed:
            groups[parent.get(listed, listed)].extend(ms)
            continue
        if LW.lone(key, labels):
            rooted = LW.lone_root(names, key, ms, root)
            if rooted is None:
                continue
            root, ms = rooted
        groups[root].extend(ms)
    return groups


def _labelled(
    ctx: C.DocCtx, groups: dict[str, list[Cand]], labels: dict[str, str], people: LW.People, low: list[str]
) -> list[list[Cand]]:
    """Aliases joined (`othernames.join_aliases`), then each group's label given to its mentions
    (`grouplabels`); the groups of names, in order."""
    kinds = {r: labels.get(r) or labels.get(gkey(ctx, ms[0]), ms[0].label) for r, ms in groups.items()}
    ON.join_aliases(low, groups, kinds)  # "Stone - real name Ann Lee Hale -"
    labelled, keys = [], []
    for root, ms in groups.items():
        label = GL.entity_label(ctx, ms, kinds[root], any(p == root for p, _ in people))
        keys.append([gkey(ctx, c) for c in ms])
        labelled.append((ms, IN.members_label(keys[-1], label)))  # "Tories" no person
    labelled = IN.rejoin_voted(labelled, keys)
    out = []
    for ms, label in labelled:
        for c in ms:
            c.label = label
        if label in L.NAME_LABELS:
            out.append(ms)
    return out


def _one_people(peoples: set[str]) -> dict[str, str]:
    """One-word names of one people, the noun and the adjective ("Scots" and "Scottish", "Britons"
    and "British"): the same country in the gazetteer and the same first four letters; each maps to
    the first of them in alphabetical order."""
    nationality = L.world().nationality
    groups: dict[tuple[str, str], list[str]] = {}
    for key in sorted(k for k in peoples if " " not in k and len(k) >= 4 and nationality.get(k)):
        groups.setdefault((nationality[key], key[:4]), []).append(key)
    return {key: keys[0] for keys in groups.values() for key in keys[1:]}


def _surnames(
    people: list[tuple[str, list[str]]], parent: dict[str, str], peers: set[str],
    alone: Set[str] = frozenset(),
) -> None:
    """A surname of two words ("Mr Saumarez Smith") joins the one full name that ends in it (at most
    two words longer, and no pair of names: "Matt Lucas & David Walliams"); a given name and surname
    the one full name that has them with middle names between; two given names or more ("Ana
    Luisa") the one full name that opens with them and adds a surname the article writes `alone`
    ("Ana Luisa Varga" ... "Varga"), when their own last word is never alone ("Clinton")."""
    tokens = dict(people)

    def fits(key: str, k: str) -> bool:
        toks, t = tokens[key], tokens[k]
        if key in peers:  # "Lord Hale of Kirkby" is no other Hale
            return False
        if {"&", "and"} & set(t):
            return False
        if len(toks) == 2 and 2 < len(t) <= 5 and t[0] == toks[0] and t[-1] == toks[-1]:
            return True  # "Ann Lee" of "Ann Mary Jane Lee": middle names written once
        if len(t) == len(toks) + 1 and t[:-1] == toks and all(L.census_given(w) for w in toks):
            return t[-1] in alone and toks[-1] not in alone  # "Ana Luisa" of "Ana Luisa Varga"
        return len(toks) < len(t) <= len(toks) + 2 and t[-len(toks) :] == toks

    for key in tokens:  # the one person that fits, however many of their names do ("R de Hale")
        roots = {parent.get(k, k) for k in tokens if key not in parent and fits(key, k)}
        if len(roots) == 1 and key not in roots:
            parent[key] = roots.pop()


def _initials(ctx: C.DocCtx, by_key: dict[str, list[Cand]], people: list[tuple[str, list[str]]]) -> dict:
    """An initial and a surname ("T Hale", "R de Marigny") join the one full name that fits it ("Tom
    Hale", "Roland de Marigny")."""
    parent: dict[str, str] = {}
    for key, toks in people:  # keys are folded: "t hale", "tom hale"
        first = ctx.toks[by_key[key][0].start].text.rstrip(".")
        if len(toks) < 2 or len(first) != 1 or not first.isupper():
            continue
        t0, rest = toks[0], toks[1:]
        fits = [k for k, t in people if len(t[0]) > 2 and t[0][0] == t0  # "C Hale" of "Cal Rhys Hale" too
                and (t[1:] == rest or len(t) == len(rest) + 2 and t[-len(rest) :] == rest)]
        if len(fits) == 1:
            parent[key] = fits[0]
    return parent


