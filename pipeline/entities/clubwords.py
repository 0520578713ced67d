"""A club's own word alone: in a sports report the word of a two-word club that is not its town ("Real"
of "Real Madrid", "City" of "Northam City") stands for that club when no other name of the article
has it. `missed_mentions` makes the untagged uses of the word mentions ("Real slipped to third",
"earned City a win"); `join` puts the word under the club (used by `grouping.group`), and a club's
clipped one-word name too ("Norvi" of "Norvington": `clipped`).
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import candidates as C
from pipeline.entities import lexicon as L
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.clubs import city

SUBJECTS = frozenset({"nsubj", "nsubjpass"})  # "Real slipped": a sentence's first word as a name
CLIPPED = 3  # fewest letters of a clipped name ("Norvi" of "Norvington"), and fewest it leaves out


def own_words(by_key: dict[str, list[Cand]], labels: dict[str, str]) -> dict[str, str]:
    """The own word of each two-word club (ORG; one word a gazetteer city, the other no place, people
    or given name), folded, to the club's key; only words no other name of several words opens or ends."""
    found: dict[str, str] = {}
    for key, ms in by_key.items():
        if "|" in key or key.count(" ") != 1 or labels.get(key, ms[0].label) != "ORG":
            continue
        a, b = key.split()
        own = b if city(a) and not city(b) else a if city(b) and not city(a) else ""
        if len(own) > 2 and not L.known_place(own) and not L.given_name(own):
            found[own] = key
    ends = [w for k in by_key if " " in k for w in (k.split()[0], k.split()[-1])]
    return {w: key for w, key in found.items() if ends.count(w) == 1}


def join(ctx: DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]) -> None:
    """A sports report's one-word body that is a club's own word joins that club."""
    if not ctx.sports:
        return
    words = own_words(by_key, labels)
    for key, ms in by_key.items():
        if key in words and key not in parent and labels.get(key, ms[0].label) == "ORG":
            parent[key] = parent.get(words[key], words[key])
    for key, whole in clipped(by_key, labels).items():
        parent.setdefault(key, parent.get(whole, whole))


def clipped(by_key: dict[str, list[Cand]], labels: dict[str, str]) -> dict[str, str]:
    """Each one-word body (ORG, or a people the gazetteer does not know) that clips one one-word
    club's name (ORG; `clips`), no place or given name itself: its folded key to the club's."""
    orgs = [k for k, ms in by_key.items() if k.isalpha() and labels.get(k, ms[0].label) == "ORG"]
    shorts = orgs + [k for k, ms in by_key.items() if k.isalpha() and labels.get(k, ms[0].label) == "NORP"]
    found = {}
    for key in shorts:
        if len(key) < CLIPPED or L.known_place(key) or L.given_name(key):
            continue
        longer = [k for k in orgs if clips(key, k)]
        if len(longer) == 1 and (longer[0].startswith(key) or not L.census_name(key)):
            found[key] = longer[0]
    return found


def clips(short: str, long: str) -> bool:
    """`short` is a clipping of `long` (folded words): its opening, at least `CLIPPED` letters shorter
    ("norvi" of "norvington"; a plural's stem too: "kelbs" of "kelbington"), or its last syllables,
    consonants alike ("dale" of "northdale", "boro" of "kelborough", "spurs" of "hotspur")."""
    stem = short[:-1] if short.endswith("s") and len(short) > CLIPPED else short
    if len(long) < len(stem) + CLIPPED:
        return False
    if long.startswith(short) or stem != short and long.startswith(stem):
        return True
    bones = _consonants(stem)
    for p in range(CLIPPED, len(long) - len(bones)):
        tail = long[p:]
        if tail[0] == stem[0] and len(tail) <= len(stem) + 3 and _consonants(tail).startswith(bones):
            return len(bones) > 1
    return False


def _consonants(word: str) -> str:
    """The word's consonants in order ("brgh" of "brough")."""
    return "".join(ch for ch in word if ch not in "aeiouy")


def missed_mentions(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], gkey: Callable) -> list[Cand]:
    """A club's own word the model left untagged, capitalised inside a sentence and standing alone
    (no capitalised word or "the" beside it), or opening one as its subject: new ORG mentions."""
    if not ctx.sports or not ctx.parsed:
        return []
    words = own_words(C.by_key(ctx, cands, gkey), labels)
    if not words:
        return []
    covered = bytearray(len(ctx.words))
    for c in cands:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    out = []
    for i in ctx.capitals:
        if covered[i] or L.norm(ctx.words[i]) not in words or not ctx.words[i].istitle() or ctx.in_caps(i):
            continue
        if _alone(ctx, i):
            c = Cand(i, i + 1, "ORG", "rule", 1.0)
            labels.setdefault(gkey(ctx, c), "ORG")
            out.append(c)
    return out


def _alone(ctx: DocCtx, i: int) -> bool:
    """Token i is a name of its own: no capitalised word or "the" before it in its sentence, none
    after it; at a sentence's start, its subject."""
    tok, words = ctx.toks[i], ctx.words
    if i + 1 < len(words) and words[i + 1][:1].isupper() and "\n" not in ctx.ws[i]:
        return False
    if tok.is_sent_start or i == 0:
        return tok.dep_ in SUBJECTS
    return not (words[i - 1][:1].isupper() or words[i - 1].lower() == "the")
