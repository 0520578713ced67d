"""Grouping of an article's mentions into entities: one key per name, surnames and variants to a
person, short forms and acronyms to the full name they stand for.

`group(ctx, cands, labels)` returns lists of mentions, one per entity, each labelled; `gkey` is the
grouping key of one mention. All work on token indices.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from pipeline.entities import candidates as C
from pipeline.entities import context as X
from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand

PLACES = frozenset({"GPE", "LOC", "FAC", "NORP"})

def gkey(ctx: C.DocCtx, c: Cand) -> str:
    """Grouping key: the folded name; in sports stories a team and its home town stay apart."""
    key = L.norm(ctx.doc[c.start : c.end].text)
    if ctx.sports and key not in L.COUNTRIES and c.label in {"GPE", "LOC", "ORG"}:
        return key + ("|place" if c.label != "ORG" else "")
    return key



def group(ctx: C.DocCtx, cands: list[Cand], labels: dict[str, str]) -> list[list[Cand]]:
    """Group mentions: same key; surnames and variants to a person; acronyms to expansions."""
    doc = ctx.doc
    by_key: dict[str, list[Cand]] = defaultdict(list)
    squeezed: dict[str, str] = {}  # "NordWave" = "Nord Wave"
    for c in sorted(cands, key=lambda c: c.start):
        key = gkey(ctx, c)
        by_key[squeezed.setdefault(key.replace(" ", ""), key)].append(c)
    people: list[tuple[str, list[str]]] = []  # (key, tokens) of full personal names
    for key, ms in by_key.items():
        if labels.get(key, ms[0].label) == "PERSON" and len(key.split()) > 1:
            people.append((key, key.split()))
    orgs: dict[str, str] = {}  # first word of a multi-word organisation name -> its key
    for key, ms in by_key.items():
        words = ctx.doc[ms[0].start : ms[0].end].text.split()
        if labels.get(key, ms[0].label) == "ORG" and len(words) > 1:
            corp = all(w in L.CORP_SUFFIXES for w in words[1:])
            tail = L.gazetteer_label(" ".join(key.split()[1:])) == "GPE" and not words[0].isupper()
            if corp or tail or labels.get(key.split()[0], "ORG") != "ORG":  # "Fiorani" = "Fiorani SpA"
                orgs.setdefault(key.split()[0], key)  # "Tate" = "Tate Britain"
            pre = doc[ms[0].start - 1].text if ms[0].start > 0 else ""
            if L.INITIALS.match(words[0]) and len(words) > 2:
                pre, key_words = words[0], key.split()[1:]
            else:
                key_words = key.split()
            initials = L.INITIALS.match(pre) and not L.gazetteer_label(L.norm(pre))
            if initials and labels.get(key_words[0]) != "PERSON":
                orgs.setdefault(key_words[0], key)  # "RJ Reynolds Tobacco" ... "Reynolds"
    _short_forms(ctx, by_key, orgs, labels)
    parent: dict[str, str] = {}
    for i, (k1, t1) in enumerate(people):  # "Rustem Umerov" = "Rustem Umierov"
        for k2, t2 in people[:i]:
            if k2 not in parent and t1[0] == t2[0] and len(t1) == len(t2) and L.edit_close(t1[-1], t2[-1]):
                parent[k1] = k2
                break
    groups: dict[str, list[Cand]] = defaultdict(list)
    for key, ms in by_key.items():
        root = parent.get(key, key)
        toks = key.split()
        if len(toks) == 1 and L.gazetteer_label(key) is None:
            owners = [p for p, pt in people if toks[0] == pt[-1]]
            if not owners and labels.get(key) == "PERSON":  # "Umierov" ~ "Umerov"
                owners = [p for p, pt in people if L.edit_close(toks[0], pt[-1])]
            if not owners and labels.get(key) not in PLACES:  # first name, or a surname written first
                owners = [p for p, pt in people if toks[0] == pt[0]]
            if owners:
                for c in ms:
                    groups[_nearest(by_key, owners, c.start, parent)].append(c)
                continue
            if (
                ctx.sports
                and labels.get(key) == "PERSON"
                and not any(c.role for c in ms)
                and any(X.team_position(ctx, c) for c in ms)
            ):
                labels[key] = "ORG"  # a lone surname-like word never introduced by a full name: a club
            expansion = _acronym_owner(doc, ms[0], by_key, labels)
            if not expansion and labels.get(key) not in {"GPE", "LOC", "NORP"}:
                expansion = orgs.get(toks[0])
            if expansion:
                root = parent.get(expansion, expansion)
        groups[root].extend(ms)
    out = []
    for root, ms in groups.items():
        label = labels.get(root) or labels.get(gkey(ctx, ms[0]), ms[0].label)
        if any(p == root for p, _ in people):
            label = "PERSON"
        elif len({c.label for c in ms}) > 1:
            label = _group_label(ms, label)
        if label == "PERSON" and _lone(ctx, ms):  # "Labour", "Novartis": no first name, no title
            label = X.lone_name_label(doc, [(c.start, c.end) for c in ms], label)
        for c in ms:
            c.label = label
        if label in L.NAME_LABELS:
            out.append(ms)
    return out


def _lone(ctx: C.DocCtx, ms: list[Cand]) -> bool:
    """Every mention is the same one word, never with a role or a title ("former Worldcom boss" is
    the title of someone else)."""
    doc = ctx.doc
    titled = [c for c in ms if (c.role or X.pre_title(doc, c.start)[1]) and not X.is_modifier(doc, c.end)]
    return not titled and all(
        c.end - c.start == 1 and not ctx.in_caps(c.start) and c.src != "table" for c in ms
    )


def _short_forms(
    ctx: C.DocCtx, by_key: dict[str, list[Cand]], orgs: dict[str, str], labels: dict[str, str]
) -> None:
    """A place-labelled first word of an organisation introduced earlier ("Texas Instruments" ...
    "Texas said") joins it, unless that mention reads as a place ("Houston, Texas", "in Texas")."""
    doc = ctx.doc
    for key in list(by_key):
        owner = orgs.get(key)
        if owner is None or " " in key or labels.get(key) not in {"GPE", "LOC"} or L.gazetteer_label(key):
            continue
        first = min(c.start for c in by_key[owner])
        ms = by_key[key]
        evidence = {c.start: X.name_evidence(doc, c.start, c.end) for c in ms}
        place_any = any(evidence[c.start][2] or X.place_context(doc, c.start, c.end) for c in ms)
        if place_any or not any(evidence[c.start][0] for c in ms if c.start > first):
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


def _group_label(ms: list[Cand], default: str) -> str:
    """Weighted vote of a group's mentions; full (multi-word) mentions decide when there are any."""
    full = [c for c in ms if c.end - c.start > 1 and c.weight > 0] or ms
    score: dict[str, float] = defaultdict(float)
    for c in full:
        score[c.label] += c.weight + (5.0 if c.role else 0.0)
    return max(score.items(), key=lambda kv: kv[1])[0] if score and max(score.values()) > 0 else default


def _nearest(by_key: dict[str, list[Cand]], owners: list[str], pos: int, parent: dict[str, str]) -> str:
    """The person whose full name was mentioned most recently before `pos` (else first after)."""
    best, best_d = owners[0], None
    for o in owners:
        for c in by_key[o]:
            d = pos - c.start if c.start <= pos else 10**9 + c.start - pos
            if best_d is None or d < best_d:
                best, best_d = o, d
    return parent.get(best, best)


def _acronym_owner(doc: Doc, c: Cand, by_key: dict[str, list[Cand]], labels: dict[str, str]) -> str | None:
    """The multi-word name whose initials spell this all-capitals token ("NATO")."""
    text = doc[c.start : c.end].text.replace(".", "")
    if not (2 <= len(text) <= 6 and text.isupper() and text.isalpha()):
        return None
    prev = doc[c.start - 2] if c.start > 1 and doc[c.start - 1].text == "(" else None
    for key, ms in by_key.items():
        words = [w for w in doc[ms[0].start : ms[0].end].text.split() if w[:1].isupper()]
        initials = "".join(w[0] for w in words)
        every = "".join(w[0] for w in doc[ms[0].start : ms[0].end].text.upper().split())
        if len(words) > 1 and text in {initials, initials[1:], every}:
            return key
        if prev is not None and any(m.end == prev.i + 1 for m in ms) and len(words) > 1:
            return key  # "US Securities Exchange Commission (SEC)"
    return None

