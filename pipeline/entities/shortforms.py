"""Short forms of an article's organisations: the first word of one multi-word body ("Carra" of
"Carra Energy"), a clipping ("Fed" of "Federal Reserve"), a place-like first word used for the body
("Texas" of "Texas Instruments"), plurals ("Lib Dems"). Used by `grouping.group`; token indices."""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Span

from pipeline.entities import candidates as C
from pipeline.entities import clubs as CL
from pipeline.entities import context as X
from pipeline.entities import evidence as E
from pipeline.entities import lexicon as L
from pipeline.entities import peoplewords as PN
from pipeline.entities import sport as S
from pipeline.entities import tokens as TK
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand


def short_forms(
    ctx: C.DocCtx, by_key: dict[str, list[Cand]], orgs: dict[str, str], labels: dict[str, str]
) -> None:
    """A place-labelled first word of an organisation introduced earlier ("Texas Instruments" ...
    "Texas said") joins it, unless that mention reads as a place ("Houston, Texas", "in Texas"); of a
    firm ("Kelby Airlines"), wherever it stands, when no mention reads as a place and one as a body;
    of a firm named by its word and a business's head ("Kelby Research"), when no mention reads as a
    place."""
    doc = ctx.doc
    for key in list(by_key):
        owner = orgs.get(key)
        if owner is None or " " in key or labels.get(key) not in {"GPE", "LOC"} or L.gazetteer_label(key):
            continue
        headed = _firm_headed(ctx, key, by_key[owner][0])  # "Kelby Research": "Kelby" is the firm
        first = min(c.start for c in by_key[owner])
        ms = by_key[key]
        evidence = {c.start: X.name_evidence(doc, c.start, c.end) for c in ms}
        place_any = any(evidence[c.start][2] or X.place_context(doc, c.start, c.end) for c in ms)
        named = _firm_named(ctx, by_key[owner][0])
        firm = headed or (named and any(_firm_sign(doc, c, evidence) for c in ms))
        first = -1 if firm else first  # "a Kelby spokesperson" before "Kelby Airlines": wherever it stands
        if place_any or not (firm or any(evidence[c.start][0] for c in ms if c.start > first)):
            continue  # a real place somewhere, or nothing corporate about it: "Chicago" of "Chicago PMI"
        keep = [c for c in ms if c.start < first]
        for c in ms:
            if c.start > first:
                c.label = "ORG"
                by_key[owner].append(c)
        if keep:
            by_key[key] = keep
        else:
            del by_key[key]


def _firm_named(ctx: C.DocCtx, c: Cand) -> bool:
    """The name ends in a firm's word: a legal form ("Corp") or a plural business noun ("Airlines")."""
    last = ctx.words[c.end - 1]
    return last in L.COMPANY_TAILS or (last.endswith("s") and last[:-1].lower() in L.FIRM_WORDS)


def _firm_headed(ctx: C.DocCtx, key: str, c: Cand) -> bool:
    """The firm's name is its first word and a business's head ("Kelby Research", "Kelby Studios"):
    that word alone, unknown to the gazetteer and no initials ("KT" of "KT Retail" is the parent), is
    the firm, though the model took it for a place."""
    return c.end - c.start == 2 and ctx.words[c.end - 1] in L.FIRM_HEADS and not key.isupper()


def _firm_sign(doc, c: Cand, evidence: dict) -> bool:
    """The mention reads as a body's: the context's votes, or its spokesperson after it."""
    return bool(evidence[c.start][0]) or (c.end < len(doc) and doc[c.end].lower_.startswith("spokes"))


def first_words(
    ctx: C.DocCtx, by_key: dict[str, list[Cand]], orgs: dict[str, str], labels: dict[str, str]
) -> None:
    """The distinctive first word of one multi-word organisation stands for it ("Carra Energy" ...
    "Carra"), unless two organisations of the article start with it, or a product does ("Mac" of
    "Mac mini" is no "Mac Format"), or the rest is a place: the regional arm "Carra Europe" is not the
    group "Carra"."""
    firsts: dict[str, list[str]] = defaultdict(list)
    for key, ms in by_key.items():
        toks = ctx.doc[ms[0].start : ms[0].end]
        if labels.get(key, ms[0].label) != "ORG" and not _firm_event(ctx, by_key, labels, key):
            continue
        if len(toks) < 2 or ctx.in_caps(ms[0].start):
            continue
        first = toks[0]
        if (
            first.is_title
            and first.is_alpha
            and len(first) > 2
            and first.text not in L.ORG_HEADS
            and (not L.is_title_word(first.text) or (len(toks) == 2 and toks[1].text in L.ORG_HEADS))
            and first.lower_ not in X.DIRECTIONS
            and L.gazetteer_label(L.norm(first.text)) is None
            and toks[1].lower_ not in {"of", "for", "and", "&"}
            and not _arm(toks)
        ):
            firsts[key.split()[0]].append(key)
    lines = {k.split()[0] for k in by_key if " " in k and labels.get(k) == "PRODUCT"}  # "Mac mini"
    for word, keys in firsts.items():
        if len(keys) == 1 and word in by_key and _kind(labels, by_key, word) == "ORG" and word not in lines:
            if _town_body(ctx, by_key[keys[0]][0], by_key[word]) or unit(ctx, by_key, keys[0]):
                continue
            orgs.setdefault(word, keys[0])
            if labels.get(keys[0]) != "ORG":  # "Argonaut Games" is the company "Argonaut"
                labels[keys[0]] = "ORG"
                for c in by_key[keys[0]]:
                    c.label = "ORG"
    _clippings(ctx, by_key, orgs, labels)


def _town_body(ctx: C.DocCtx, long: Cand, short: list[Cand]) -> bool:
    """A town's name before a head that makes another thing of it ("X Airport", "X University"), or
    in a sports report before any head but a team's while the town alone acts as a club ("X have
    bid", "joined X"): the short name is the town or its club, not the longer name ("X Echo")."""
    toks = ctx.doc[long.start : long.end]
    if not CL.city(L.norm(toks[0].text)) or toks[1].text in S.TEAM_HEADS:
        return False
    if toks[-1].text in L.ORG_HEADS or toks[-1].text in E.FACILITY_HEADS:
        return True
    return ctx.sports and any(CL.club_acts(ctx, c) for c in short)


UNIT_NOUNS = frozenset({"arm", "division", "subsidiary", "unit", "offshoot"})  # "its X Direct mail order arm"


def unit(ctx: C.DocCtx, by_key: dict[str, list[Cand]], long: str) -> bool:
    """The longer name is a unit or a product of the body its first word names, not that body: its
    rest is a name of the article on its own ("Acme Zap" beside "Zap"), or a body's head with "of"
    or "for" after it ("Yale School of Music", "Acme Institute for Energy"), or the story calls it
    a unit ("its Acme Direct mail order arm"), or it ends in a technology term of the article
    ("Acme XYTV": the firm's television arm)."""
    from pipeline.entities.acronyms import common_acronyms  # here: acronyms' imports import this module

    c = by_key[long][0]
    words = ctx.words[c.start + 1 : c.end]
    if words and words[-1] in common_acronyms(ctx):
        return True
    if len(words) > 2 and words[0] in L.ORG_HEADS and words[1] in {"of", "for"}:
        return True
    if _business_line(by_key, long, words):
        return True
    return L.norm(" ".join(words)) in by_key or any(_called_unit(ctx, m) for m in by_key[long])


# a business line after a firm's name makes another firm of its group ("X Capital", "X Securities");
# a legal form or "Group"/"Holdings" after it names the same firm
LINES = frozenset(
    {
        "capital",
        "securities",
        "insurance",
        "investors",
        "asset management",
        "capital markets",
        "investment management",
        "private equity",
        "ventures",
        "reinsurance",
    }
)


def _business_line(by_key: dict[str, list[Cand]], long: str, words: list[str]) -> bool:
    """The longer name is the first word's name and a business line ("Acme Capital"), and the article
    names the shorter one twice before it: the group first, then its investment arm, not one firm
    ("Acme Capital ... Acme" is the firm's full name and its short form)."""
    if " ".join(words).lower() not in LINES:
        return False
    first = min(m.start for m in by_key[long])
    return sum(m.start < first for m in by_key.get(long.split()[0], [])) >= 2


def _called_unit(ctx: C.DocCtx, c: Cand) -> bool:
    """The word "its" right before the name and a unit's noun within three words after it."""
    low = TK.of(ctx.doc).lowers
    return c.start > 0 and low[c.start - 1] == "its" and not UNIT_NOUNS.isdisjoint(low[c.end : c.end + 3])


def _arm(toks: Span) -> bool:
    """The name after the first word is, or ends with, a place: a regional arm ("X Europe", "X
    Computer Entertainment America") is not the group its first word names."""
    ends = (toks[1:].text, toks[-1].text, toks[-2:].text if len(toks) > 3 else "")
    return any(L.gazetteer_label(L.norm(t)) in {"GPE", "LOC"} for t in ends if t)


def _firm_event(ctx: C.DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str], key: str) -> bool:
    """A two-word "event" with a plural head, named once, whose first word alone is an organisation
    the article names three times or more and treats as one ("Argonaut Games" once, "Argonaut warned
    that it ..." eleven times): the firm's full name; not "Uefa Cup" nor "Macworld Expo"."""
    words = key.split()
    if labels.get(key) != "EVENT" or len(words) != 2 or labels.get(words[0]) != "ORG":
        return False
    short = by_key.get(words[0], [])
    if not words[1].endswith("s") or len(by_key[key]) > 1 or len(short) < 3:
        return False
    return any(X.name_evidence(ctx.doc, c.start, c.end)[0] for c in short)


# endings of an adjective made from a noun: "Congress" is no clip of "Congressional"
DERIVED = frozenset({"al", "ial", "ional", "ary", "ian", "ic", "an"})


def _clippings(
    ctx: C.DocCtx, by_key: dict[str, list[Cand]], orgs: dict[str, str], labels: dict[str, str]
) -> None:
    """A one-word organisation that clips the first word of one multi-word organisation whose other
    words are common nouns ("Fed" of "US Federal Reserve") stands for it."""
    clips = [k for k in by_key if " " not in k and len(k) >= 3 and labels.get(k) == "ORG" and k not in orgs]
    if not clips:
        return
    owners: dict[str, list[str]] = defaultdict(list)
    for key in by_key:
        words = C.base_key(key).split()
        if labels.get(key) != "ORG" or len(words) < 2:
            continue
        if len(words) > 2 and L.gazetteer_label(words[0]):
            words = words[1:]  # "US Federal Reserve"
        if len(words) < 2 or not words[0].isalpha() or L.gazetteer_label(words[0]):  # "Euro" of "European"
            continue
        if words[0].title() in L.CALENDAR:  # "Sun" clips no "Sunday Telegraph"
            continue
        if not all(W.generic_key(w) for w in words[1:]):
            continue
        for clip in clips:
            if (
                words[0].startswith(clip)
                and len(words[0]) >= len(clip) + 2
                and words[0][len(clip) :] not in DERIVED
            ):
                owners[clip].append(key)
    for clip, keys in owners.items():
        if len({k.split()[-1] for k in keys}) == 1:  # "Federal Reserve" and "US Federal Reserve": one body
            orgs[clip] = min(keys, key=len)


def plurals(by_key: dict[str, list[Cand]], labels: dict[str, str]) -> None:
    """A party or body written in the plural joins its singular ("Lib Dems" = "Lib Dem", "Tories" =
    "Tory": no family's plural ends in "-ies"); a name used in both numbers is no person's. An award
    or a product joins its singular too ("Grammys" = "Grammy", "PSPs" = "PSP", "Zorboxes" =
    "Zorbox"), and so does an event's name of two words or more ("the two Lakeside Regattas")."""
    for key in [k for k in by_key if k.endswith("s") and _singular(k, by_key) in by_key]:
        one = _singular(key, by_key)
        pair = {labels.get(one), labels.get(key)}
        if labels.get(one) == labels.get(key, by_key[key][0].label) and labels.get(one) in COUNTED:
            by_key[one].extend(by_key.pop(key))  # "two Grammys" = "a Grammy", "PSPs" = "PSP"
        elif labels.get(one) == "EVENT" and " " in key:  # "the 1998 and 2002 Lakeside Regattas"
            for c in by_key[key]:
                c.label = labels[key] = "EVENT"
            by_key[one].extend(by_key.pop(key))
        elif pair <= PARTY_LIKE and (" " in key or (key.endswith("ies") and pair != {"PERSON"})):
            by_key[one].extend(by_key.pop(key))
            first, second = (one, key) if " " in key else (key, one)  # "Tories" names the party
            label = labels[first] if labels[first] != "PERSON" else labels[second]
            labels[key] = labels[one] = label if label != "PERSON" else "ORG"
            for c in by_key[one]:
                c.label = labels[one]


def _singular(key: str, keys: dict) -> str:
    """The key less its plural ending ("lib dems" -> "lib dem", "tories" -> "tory", "zorboxes" ->
    "zorbox" where `keys` holds no "zorboxe")."""
    if key.endswith("ies") and len(key) > 4 and " " not in key:
        return key[:-3] + "y"
    return key[:-2] if key.endswith("es") and key[:-1] not in keys and key[:-2] in keys else key[:-1]


EVENT_NOUNS = frozenset(L.SPORT["event_nouns"]) | {w.lower() for w in L.EVENT_HEADS}
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
PARTY_LABELS = frozenset({"ORG", "NORP"})
COUNTED = frozenset({"WORK_OF_ART", "PRODUCT"})  # things counted in the plural under their name
JOIN_FROM = PARTY_LIKE = frozenset({"ORG", "NORP", "PERSON"})
VOWELS = frozenset("aeiouy")
JOINABLE = frozenset({"ORG", "NORP", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})


def clipped_names(by_key: dict[str, list[Cand]], labels: dict[str, str]) -> None:
    """A name of clipped words ("Lib Dems", "S Korea") joins the one name of the article, no
    person's, whose words it clips one by one ("Liberal Democrats", "South Korea"), and takes its
    label: a short form is what its long form is."""
    longs = [k for k in by_key if " " in k and labels.get(k) in JOINABLE]
    for key in [k for k in by_key if " " in k and not L.gazetteer_label(k)]:  # "south korea" is whole
        fits = [k for k in longs if k != key and clips(C.base_key(key).split(), C.base_key(k).split())]
        if len(fits) == 1:
            _move(by_key, labels, key, fits[0])


def portfolio_tails(ctx: C.DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str]) -> None:
    """A party of the article, or the clipping of one body's name, and a portfolio before a lower-case
    post, read as one name ("Lib Dem Treasury spokesman", "Tory Health spokesman"): the post's
    owner, without the portfolio ("BBC News editor" keeps its name: "BBC" is no clipping)."""
    longs = [k for k in by_key if " " in k and labels.get(k) in PARTY_LABELS]
    words = ctx.words
    for key in [k for k in by_key if " " in k and labels.get(k) in JOIN_FROM]:
        ms, prefix = by_key[key], C.base_key(key).split()[:-1]
        if not all(c.end < len(words) and words[c.end].islower() and L.role_word(words[c.end]) for c in ms):
            continue
        if words[ms[0].end - 1] in L.ORG_HEADS:  # "a Conservative Party candidate": the body's whole name
            continue
        owner = " ".join(prefix)  # a people or party ("Tory"), or a clipped name ("Lib Dem")
        if labels.get(owner) != "NORP" or L.gazetteer_label(owner):  # "Scottish Water": no party
            fits = [k for k in longs if clips(prefix, C.base_key(k).split())]
            owner = fits[0] if len(fits) == 1 else ""
        if not owner or owner == key or not ctx.toks[ms[0].end - 1].is_title:
            continue
        for c in ms:
            c.end -= 1
            c.label = labels[owner]
        by_key[owner].extend(by_key.pop(key))


def written_tails(ctx: C.DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str]) -> None:
    """A mention followed by the rest of a longer name of the article in lower case ("set up Death
    Row records" beside "Death Row Records") is a mention of that name; a place or a people before
    a lower-case noun is a modifier that keeps its own label ("Damascus radio", "Irish government")."""
    names = {k for k in by_key if " " in k and labels.get(k) in JOINABLE}
    if not names:
        return
    words = ctx.words
    for key in [k for k in by_key if labels.get(k) not in PLACE_LABELS]:
        for c in list(by_key[key]):
            for n in (1, 2):
                tail = words[c.end : c.end + n]
                if len(tail) < n or not all(w.isalpha() and w.islower() for w in tail):
                    break
                longer = ctx.norm_of(c.start, c.end + n)
                if longer in names and longer != key:
                    by_key[key].remove(c)
                    c.label = labels[longer]
                    by_key[longer].append(c)
                    break
        if not by_key[key]:
            del by_key[key]


def event_places(ctx: C.DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str]) -> None:
    """A place's name before a lower-case noun of an occasion ("the 2003 London race", "this year's
    London event") is the one event of the article named after that place ("London Marathon"): in
    a sports report, or when the article never names the place otherwise (a dateline's "VENICE" and
    "the Venice festival": the modifier names the place)."""
    events: dict[str, list[str]] = defaultdict(list)
    for k in by_key:
        if labels.get(k) == "EVENT" and " " in k:
            events[k.split()[0]].append(k)
    if not events:
        return
    words = ctx.words
    for key in [k for k in by_key if " " not in C.base_key(k) and _place(k, labels)]:
        owners = events.get(C.base_key(key), [])
        if len(owners) != 1:
            continue
        moved = [c for c in by_key[key] if c.end < len(words) and words[c.end] in EVENT_NOUNS]
        if not ctx.sports and len(moved) < len(by_key[key]):
            continue
        for c in moved:
            by_key[key].remove(c)
            c.label = "EVENT"
            by_key[owners[0]].append(c)
        if not by_key[key]:
            del by_key[key]


def _place(key: str, labels: dict[str, str]) -> bool:
    """A place by the article's vote or by the gazetteer ("Leeds" the model calls a work)."""
    return labels.get(key) in {"GPE", "LOC"} or C.base_key(key) in L.world().places


def clips(short: list[str], long: list[str]) -> bool:
    """Each word of `short` is the word of `long` or its clipping (an initial, or three letters or
    more: "s" of "south", "lib" of "liberal", "dems" of "democrats"; or a contraction of three
    letters or more: "utd" of "united"; or a colloquial word for the same people: "aussie" of
    "australian"); one at least is clipped."""
    if len(short) != len(long) or short == long:
        return False
    for a, b in zip(short, long, strict=True):
        if a.endswith("s") and a != b and b.endswith("s"):
            a, b = a[:-1], b[:-1]
        elif (
            a.endswith("s")
            and a != b
            and len(a) > 3
            and len(short) > 1
            and len(b) >= len(a)
            and b.startswith(a[:-1])
        ):
            a = a[:-1]  # "lib dems" of "liberal democrat"
        clip = b.isalpha() and b.startswith(a) and len(b) - len(a) >= 2  # "award" is no clip of "awards"
        if a != b and PN.same_people(a, b):  # "Aussie Open" of "Australian Open"
            continue
        if a != b and not (clip and (len(a) == 1 or len(a) >= 3)) and not _contracts(a, b):
            return False
        if a != b and L.gazetteer_label(a):  # "korea" of "koreans" is a whole name
            return False
    return True


def _contracts(a: str, b: str) -> bool:
    """`a`, three letters or more, keeps the first letter of `b` and some of its consonants ("utd" of
    "united", "intl" of "international"; not "news" of "networks")."""
    if len(a) < 3 or len(b) - len(a) < 2 or a[0] != b[0] or not a.isalpha() or set(a[1:]) & VOWELS:
        return False
    rest = iter(b[1:])
    return all(ch in rest for ch in a[1:])


def clipped_form(words: list[str], long: list[str]) -> bool:
    """Capitalised words that clip the words of a name of the article one by one ("Man Utd" of
    "Manchester United", "S Korea" of "South Korea"), written as a name: no common words."""
    return all(w[:1].isupper() and w.isalpha() for w in words) and clips([w.lower() for w in words], long)


def _move(by_key: dict[str, list[Cand]], labels: dict[str, str], key: str, long: str) -> None:
    """All mentions of `key` become mentions of `long`, with its label."""
    for c in by_key[key]:
        c.label = labels[long]
    by_key[long].extend(by_key.pop(key))
    labels[key] = labels[long]


def _kind(labels: dict[str, str], by_key: dict[str, list[Cand]], key: str) -> str:
    """The name's voted label, or its first mention's when no vote gave one (a repeat's)."""
    return labels.get(key) or by_key[key][0].label
