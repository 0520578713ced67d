"""Technology acronyms the article spells out as a technology or lists with a counted one.

`spelled_terms` reads an acronym followed (or preceded) by its spelled-out form in brackets, or
followed by it between dashes ("XYTV - Extended Yield TV -"), whose last word is a technology's noun
or an acronym the first one ends with ("XYTV (Extended Yield TV)", "Voice over Internet Protocol
(VoIP)"): a term, no body's name. `_lone` tests an acronym coordinated with a counted acronym in
the plural ("see XYTV and PVRs as a threat"), a term of the same kind, for `acronyms._mates`. Both
feed `acronyms.common_acronyms`. `PlainUses` reads an acronym every use of which is a term's ("VoIP
services", "over VoIP"), no body's. No list of terms: cue nouns and the article's words.
"""

from __future__ import annotations

from collections import defaultdict

from pipeline.entities.candidates import DocCtx
from pipeline.entities.evidence import ACRONYM
from pipeline.entities.lexicon import ORG_HEADS, gazetteer_label, norm

SPAN = 6  # words a bracketed expansion may run over
CLOSERS = {"(": ")", "-": "-"}  # "IPTV (Internet Protocol TV)", "IPTV - Internet Protocol TV -"
BODY_WORDS = ORG_HEADS | {"of", "for"}  # a body's expansion: "Institute of Technology"
# nouns a technology's acronym modifies that a firm's may too ("VoIP services"; not "technology" or
# "network": "IBM technology", "the CBS network" name the body's own)
SERVICE_HEADS = frozenset({"service", "services", "phone", "phones", "call", "calls", "broadband"})


class PlainUses:
    """Counts an article's uses of each acronym (`seen`) and those that are a term's (`plain`): a
    technology's use (`acronyms._term_use`) or the modifier of a service's noun ("VoIP services")."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = defaultdict(int)
        self.plain: dict[str, int] = defaultdict(int)

    def add(self, ctx: DocCtx, i: int, use: int) -> None:
        """Count token i, an acronym no body's use, as a term's use when `use` is strong or a service's noun
        heads it ("VoIP services", not "VoIP's", "VoIP said")."""
        nxt = ctx.toks[i + 1] if i + 1 < len(ctx.toks) else None
        head = nxt is not None and nxt.is_lower and nxt.lower_ in SERVICE_HEADS and nxt.pos_ == "NOUN"
        if use == 2 or head:  # not "IBM technology" (1: a body's own too)
            self.plain[ctx.words[i]] += 1

    def terms(self, bodies: dict[str, int]) -> set[str]:
        """Acronyms all of whose uses are a term's, none a body's, no gazetteer name."""
        return {
            w
            for w, n in self.plain.items()
            if n == self.seen[w] and not bodies[w] and not gazetteer_label(norm(w))
        }


def spelled_terms(ctx: DocCtx, nouns: frozenset[str]) -> set[str]:
    """Acronyms beside an expansion in brackets or dashes that ends in a technology's noun (`nouns`)
    or in an acronym the first ends with ("IPTV (Internet Protocol TV)"); no body's word in it."""
    words, out = ctx.words, set()
    if "(" not in words and "-" not in words:
        return out
    for a in (i for i, w in enumerate(words) if w in CLOSERS and 0 < i < len(words) - 2):
        inside = words[a + 1 : a + 1 + SPAN]
        close = CLOSERS[words[a]]
        if close not in inside:
            continue
        inside = inside[: inside.index(close)]
        before = words[a - 1]
        if len(inside) == 1 and close == ")" and _term_acronym(inside[0]) and a > 1:  # "... Protocol (VoIP)"
            acro, spelled = inside[0], words[_run_start(ctx, a) : a]
        elif len(inside) >= 2 and _term_acronym(before):  # "IPTV (Internet Protocol TV)"
            acro, spelled = before, inside
        else:
            continue
        if not spelled or spelled[0][0] != acro[0].upper() or not all(w.isalpha() for w in spelled):
            continue
        if BODY_WORDS & set(spelled):
            continue  # not "Kelby Institute of Technology (KIT)"
        last = spelled[-1]
        tail = len(last) >= 2 and last.isupper() and acro.upper().endswith(last)
        if tail or last.lower() in nouns:
            out.add(acro)
    return out


def _term_acronym(word: str) -> bool:
    """An acronym's shape ("IPTV", "VoIP"), no gazetteer name."""
    capitals = sum(map(str.isupper, word))
    shaped = bool(ACRONYM.match(word)) or (word.isalpha() and word[0].isupper() and capitals > 2)
    return 2 <= len(word) <= 6 and shaped and not gazetteer_label(norm(word))


def _run_start(ctx: DocCtx, a: int) -> int:
    """Start of the capitalised run (over "over") before the bracket at a."""
    words, s = ctx.words, a
    while s > 0 and a - s < SPAN and (words[s - 1][:1].isupper() or words[s - 1] == "over"):
        s -= 1
    while s < a and not words[s][:1].isupper():
        s += 1
    return s


def _lone(ctx: DocCtx, j: int) -> bool:
    """Token j is an acronym standing alone, no word of a name beside it."""
    words = ctx.words
    if not _term_acronym(words[j]) or ctx.toks[j].is_sent_start:
        return False
    before = j == 0 or not words[j - 1][:1].isupper()
    return before and (j + 1 == len(words) or not words[j + 1][:1].isupper())
