"""One body under two names of one article, joined on the grouping keys (`lexicon.norm`) for
`grouping.group`: a firm's web domain and the firm ("a fake Kestrel.com" of "Kestrel"); an
acronym and the name in apposition beside it whose initials it picks in order ("CNRP, the Council
of Nordic Rail Passenger Associations", "the Council of ..., CNRP,"); a name and the one longer name
with its first and last words and more between ("Nordic Federation" of "Nordic Rowing Federation";
no contest: "World Junior Championship" is another one);
a city's Olympics under both its names ("Oslo Olympics", "Oslo Games"); a name in the singular and
in the plural, whatever label each mention got ("Secure Payment Protocol", "... Protocols"; no
contest: "European Championship" and "... Championships" may be two); a name and the one other
that differs only in its joining words ("Institute for X Studies", "Institute of X Studies");
an acronym before a body's head word and the name with that head whose initials it gives ("KTU
Union" of "Kelby Transport Union").
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import acronyms as AC
from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx

DOMAINS = (".com", ".co.uk", ".net", ".org", ".org.uk")  # a firm's address written as its name
TAILS = tuple(d.replace(".", "") for d in DOMAINS)  # the same in a key, which drops dots
NAMED = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})
CONTESTS = L.EVENT_HEADS - {"Festival", "Conference", "Summit"}  # a qualifier inside makes another
OLYMPICS = ("olympics", "games", "olympic games")  # one city's Games under its names
UNOWNED = frozenset({"PERSON", "GPE", "LOC", "NORP"})  # names no web domain stands for
JOINING = frozenset({"of", "for", "the", "and", "&"})  # words one body's name is written with or without


def join(ctx: DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]) -> None:
    """Join each web domain and each apposed acronym to the name it stands for (see the module's doc)."""
    _domains(ctx, by_key, labels, parent)
    _apposed_acronyms(ctx, by_key, labels, parent)
    names = [k for k in by_key if " " in k and labels.get(k, by_key[k][0].label) in NAMED]
    _bare_games(ctx, by_key, labels, parent, names)
    if len(names) > 1:
        inner = [k for k in names if labels.get(k, by_key[k][0].label) != "EVENT" or not _contest(ctx, k)]
        _join_sole(inner, parent, _inner_words)  # "World Indoor Championships" is another contest
        _join_sole(names, parent, _same_games)
        _join_sole(inner, parent, lambda key, k: k == key + "s" or k == key + "es")
        _join_sole(names, parent, lambda key, k: _rejoined(key, k) and _fuller(by_key, k, key))
        _join_sole(names, parent, lambda key, k: _headed_acronym(ctx, by_key, key, k))


def _join_sole(keys: list[str], parent: dict[str, str], fits: Callable[[str, str], bool]) -> None:
    """Each key not yet joined joins the one key of `keys` that `fits(key, other)` accepts, when
    exactly one does; what had joined it follows it."""
    for key in keys:
        if key in parent:
            continue
        other = [k for k in keys if k != key and fits(key, k)]
        if len(other) == 1:
            root = parent.get(other[0], other[0])
            if root == key:
                continue
            _reroot(parent, key, root)


def _reroot(parent: dict[str, str], key: str, root: str) -> None:
    """Join `key`, and every key joined to it, to `root`."""
    parent[key] = root
    for k, r in parent.items():
        if r == key:
            parent[k] = root


def _contest(ctx: DocCtx, key: str) -> bool:
    """An event of a sports report, or one named by a contest's head ("Cup", "Championships"; not a
    "Festival"): a word inside its name makes another contest ("World Junior Championship")."""
    return ctx.sports or key.rsplit(" ", 1)[-1].title() in CONTESTS


def _inner_words(key: str, k: str) -> bool:
    """`k` has the words of `key` in order, with the same first and last word and more between (no
    pair of names: "Duchy of Kent and Duchy of Cornwall")."""
    short, long = key.split(), k.split()
    if len(long) <= len(short) or short[0] != long[0] or short[-1] != long[-1] or {"and", "&"} & set(long):
        return False
    rest = iter(long[1:-1])
    return all(w in rest for w in short[1:-1])


def _rejoined(key: str, k: str) -> bool:
    """Two names with the same words of two or more but for joining words ("of"/"for", "and"/"&")."""
    if key == k or not JOINING & set(key.split() + k.split()):
        return False
    words = [w for w in key.split() if w not in JOINING]
    return len(words) > 1 and words == [w for w in k.split() if w not in JOINING]


def _fuller(by_key: dict[str, list[Cand]], k: str, key: str) -> bool:
    """`k` is the fuller form (more words), or as full and named first."""
    n, m = len(k.split()), len(key.split())
    return n > m or n == m and min(c.start for c in by_key[k]) < min(c.start for c in by_key[key])


def _headed_acronym(ctx: DocCtx, by_key: dict[str, list[Cand]], key: str, k: str) -> bool:
    """`key` is an acronym and a body's head word ("KTU Union"); `k` is a longer name with that
    head whose capitalised words' initials are the acronym's letters, then the head's."""
    short = key.split()
    if len(short) != 2 or not k.endswith(" " + short[1]) or k.count(" ") < 2:
        return False
    c = by_key[key][0]
    acronym, head = ctx.words[c.start], ctx.words[c.end - 1]
    if c.end - c.start != 2 or head not in L.ORG_HEADS or not (acronym.isupper() and acronym.isalpha()):
        return False
    long = by_key[k][0]
    return AC.initials(" ".join(ctx.words[long.start : long.end])) == acronym + head[0]


def _same_games(key: str, k: str) -> bool:
    """ "X Games" of "X Olympics" (or "X Olympic Games"): one city's Games."""
    for a in OLYMPICS:
        if key.endswith(" " + a):
            place = key[: -len(a) - 1]
            return " " not in place and any(k == place + " " + b for b in OLYMPICS if b != a)
    return False


def _bare_games(
    ctx: DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str], names: list
) -> None:
    """The bare "Olympics" (or "Olympic Games") is the article's one city's Games ("the Athens
    Games"), though another join gave it a year's edition ("the 2000 Olympics" is another one)."""
    for key in ("olympics", "olympic games"):
        if key not in by_key or labels.get(key, by_key[key][0].label) != "EVENT":
            continue
        if not all(_the_games(ctx, c.start) for c in by_key[key]):
            if parent.get(key, "").endswith(OLYMPICS):
                del parent[key]  # "the next Olympics", "Paula's Olympics": maybe another edition
            continue
        games = [k for k in names if k not in OLYMPICS]  # "olympic games" is no city "Olympic"'s
        cities = {parent.get(k, k) for k in games if any(_city_games(k, b) for b in OLYMPICS)}
        if len(cities) == 1 and (root := cities.pop()) != key:
            _reroot(parent, key, root)


def _the_games(ctx: DocCtx, i: int) -> bool:
    """The Games at token i are written "the Olympics" or after a time's possessive ("last summer's
    Olympics"), no other word ("the next Olympics", "her Olympics")."""
    toks = ctx.toks
    if i > 0 and ctx.words[i - 1].lower() == "the":
        return True
    return i > 1 and ctx.words[i - 1] in {"'s", "\u2019s"} and toks[i - 2].ent_type_ == "DATE"


def _city_games(k: str, tail: str) -> bool:
    """`k` is a one-word place's Games under the name `tail` ("athens games"), no year's."""
    place = k[: -len(tail) - 1] if k.endswith(" " + tail) else ""
    return bool(place) and " " not in place and not place[:1].isdigit()


def _domains(
    ctx: DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]
) -> None:
    """ "x.com" joins the one-word name "x" of the article (case aside), when that is no person or place."""
    for key, ms in by_key.items():
        if key in parent or " " in key or not key.endswith(TAILS):
            continue
        text = ctx.span_text(ms[0].start, ms[0].end).lower()
        if not text.endswith(DOMAINS):
            continue
        stem = L.norm(text[: text.index(".")])
        if stem in by_key and labels.get(stem, by_key[stem][0].label) not in UNOWNED:
            parent[key] = parent.get(stem, stem)


def _apposed_acronyms(
    ctx: DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]
) -> None:
    """A one-word capitals name right before ", the" and a body's name ("X, the Y") or right after
    one and its comma ("the Y, X"), whose letters Y's initials give in order: X joins Y."""
    words = ctx.words
    at = {c.start: k for k, ms in by_key.items() for c in ms if " " in k}
    ends = {c.end: k for k, ms in by_key.items() for c in ms if " " in k}
    for key, ms in by_key.items():
        if key in parent or " " in key or labels.get(key, ms[0].label) != "ORG":
            continue
        for c in ms:
            word = words[c.start]
            if c.end - c.start != 1 or not (word.isupper() and word.isalpha() and 2 < len(word) < 9):
                continue
            after = c.end + 2 < len(words) and words[c.end] == "," and words[c.end + 1].lower() == "the"
            long = at.get(c.end + 2) if after else None
            if long is None and c.start > 1 and words[c.start - 1] == ",":
                long = ends.get(c.start - 1)
            if long and labels.get(long) == "ORG" and _picks(word, by_key[long][0], words):
                parent[key] = parent.get(long, long)
                break


def _picks(acronym: str, c: Cand, words: list[str]) -> bool:
    """The acronym's letters are, in order, initials of the name's capitalised words, the first
    word's among them, and half of those initials or more ("CNRP" of "Council of Nordic Rail
    Passenger Groups and Associations")."""
    initials = [w[0] for w in words[c.start : c.end] if w[:1].isupper()]
    if len(initials) < 2 or acronym[0] != initials[0] or 2 * len(acronym) < len(initials):
        return False
    k = 0
    for ch in initials:
        if k < len(acronym) and ch == acronym[k]:
            k += 1
    return k == len(acronym)
