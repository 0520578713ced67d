"""Short forms of an organisation that the article uses without defining them, joined to the one
full name of the same article they fit: its initials, in capitals or mixed case ("FT" of "Financial
Times", "BoE" of "Bank of England", "DfT" of "Department for Transport"), with a legal suffix's
initial the name leaves out ("KEI" of "Kestrel Electronics"), and its first word in
capitals when the full name comes first ("SSL International ... SSL", "PSA Peugeot Citroen ... PSA").

`missed_mentions` makes such words mentions where the model saw no name ("The FT said");
`join` puts them under the full name (used by `grouping.group`, which names the group by its
fullest form). Token indices; keys are `lexicon.norm` keys.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.entities import candidates as C
from pipeline.entities import lexicon as L
from pipeline.entities.acronyms import acronym_shaped, common_acronyms
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.words import english_word

# words that close a firm's full name after its short name and that the short name drops, in
# whichever order the article writes the two ("RSA ... RSA Security"): its legal form and its trade
FIRM_TAILS = L.COMPANY_TAILS | {"Security", "Systems", "Software", "Networks", "Technologies", "Technology"}
SKIPS = frozenset({"of", "the", "and", "&", "for"})  # words a body's initials may leave out
HONORIFICS = frozenset(f for h in L.HONORIFICS for f in (h.title(), h.title() + "."))  # "Mr", "Dr."
NEWS = "news"  # the one arm that speaks for the body: "told Kestrel News" is "told Kestrel"
# initials of the legal suffixes ("Inc", "Corp", "Ltd", "Plc", "Group"), which a firm's initials keep
# when its name is written without it: "KEI" of "Kestrel Electronics" (Inc)
SUFFIX_INITIALS = frozenset(w[0] for w in L.CORP_SUFFIXES if w[0].isupper() and w[1:].rstrip(".").islower())


def spells(word: str, words: list[str]) -> bool:
    """The word's letters are the initials of the name's words in order: a capital for each
    capitalised word, a lower-case letter for a lower-case word ("BoE" of "Bank of England"), which
    may also go unspelt when it is "of", "the", "and", "&" or "for" ("FT", "BE")."""
    k = 0
    for w in words:
        if w[:1].isupper():
            if k >= len(word) or word[k] != w[0]:
                return False
            k += 1
        elif w.lower() in SKIPS:
            if k < len(word) and word[k].islower() and word[k] == w[0]:
                k += 1
        else:
            return False
    return k == len(word) >= 2


def suffixed(word: str, words: list[str]) -> bool:
    """The word spells the name and then the initial of a legal suffix the name is written without
    ("KEI" of "Kestrel Electronics", Inc): three letters or more."""
    return len(word) >= 3 and word[-1] in SUFFIX_INITIALS and words[-1] not in L.CORP_SUFFIXES \
        and spells(word[:-1], words)


def _first_word(words: list[str]) -> bool:
    """After its first word, the name goes on with a capitalised name that is no place or people,
    no acronym, no arm of the body (`OUTLET_ARMS`) and no person's name: "SSL International", "PSA Peugeot
    Citroen"; not "SSL Europe", "BBC Radio Leeds", "BBC News", "UKIP MEP", "EADS Philippe Camus"."""
    rest = words[1:]
    if not rest or not L.OUTLET_ARMS.isdisjoint(rest) or L.given_name(L.fold(rest[0])):  # "EADS Tom Hale"
        return False
    if not all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in rest):
        return False
    return not any(L.known_place(L.norm(w), towns=False) for w in rest) \
        and not L.known_place(L.norm(" ".join(rest)), towns=False)


def _body_form(words: list[str]) -> bool:
    """A name shaped like a body's: an organisation's head in it ("Times", "Association") or a word
    that is no English word ("Stoy Hayward"); not a technology's name of common words ("Digital
    Subscriber Line")."""
    return any(w in L.ORG_HEADS or (w.isalpha() and not english_word(w.lower())) for w in words)


def _long_names(ctx: DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str]) -> dict[str, list[str]]:
    """Names of two words or more of the article, each with the words of its first mention."""
    return {k: ctx.words[ms[0].start : ms[0].end] for k, ms in by_key.items()
            if " " in k and labels.get(k, ms[0].label) in L.NAME_LABELS}


def _owner(word: str, first: int, names: dict[str, list[str]], starts: Callable[[str], int],
           labels: dict[str, str], titled: Callable[[], set[str]]) -> str | None:
    """The one organisation among `names` the word stands for (its initials; its first word when
    the name comes before the word's first mention at `first`, the headline aside, or goes on with
    a firm's closing words only (`FIRM_TAILS`) wherever it comes, and ends in no word the article
    titles like a person's, `titled()`); none when another name of the article fits as well,
    whatever its label."""
    fits = [k for k, ws in names.items() if spells(word, ws)]
    fits = fits or [k for k, ws in names.items() if suffixed(word, ws)]
    if not fits:
        fits = [k for k, ws in names.items() if ws[0] == word]  # "BBC News" and "BBC Radio 4": no owner
        fits = fits if len(fits) == 1 and _first_word(names[fits[0]]) and (
            starts(fits[0]) < first or all(w in FIRM_TAILS for w in names[fits[0]][1:])) else []
        fits = [k for k in fits if names[k][-1] not in titled()]  # "EADS Philippe Camus" ... "Mr Camus"
    return fits[0] if len(fits) == 1 and labels.get(fits[0]) == "ORG" else None


def _titled_words(ctx: DocCtx) -> Callable[[], set[str]]:
    """Words the article writes after an honorific ("Mr Camus"): persons' names, found on the first
    call."""
    found: list[set[str]] = []

    def titled() -> set[str]:
        if not found:
            words = ctx.words
            found.append({words[i + 1] for i in range(len(words) - 1) if words[i] in HONORIFICS})
        return found[0]

    return titled


def join(ctx: DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]) -> None:
    """Each one-word organisation shaped like an acronym joins the one full name it stands for
    (`_owner`)."""
    names = _long_names(ctx, by_key, labels)
    if not names:
        return
    terms = common_acronyms(ctx)  # "IPTV" of "IPTV World Forum" is a technology
    titled = _titled_words(ctx)
    for key, ms in by_key.items():
        if " " in key or key in parent or labels.get(key, ms[0].label) != "ORG":
            continue
        word = ctx.words[ms[0].start]
        if any(c.end - c.start != 1 for c in ms) or not acronym_shaped(word, 8) or word in terms:
            continue
        first = min((c.start for c in ms if ctx.line_of(c.start) > 0), default=min(c.start for c in ms))
        owner = _owner(word, first, names, lambda k: min(c.start for c in by_key[k]), labels, titled)
        if owner is not None:
            parent[key] = parent.get(owner, owner)


def news_arms(by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]) -> None:
    """A body's news service ("told Kestrel News") is the body the article also names alone ("told
    Kestrel"): one entity, named as the body (`names.canonical_name`); its other arms stay apart."""
    for key, ms in by_key.items():
        head, _, arm = key.rpartition(" ")
        if arm != NEWS or " " in head or key in parent or labels.get(key, ms[0].label) != "ORG":
            continue
        if head in by_key and labels.get(head, by_key[head][0].label) == "ORG":
            parent[key] = parent.get(head, head)


def missed_mentions(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], gkey: Callable) -> list[Cand]:
    """Capitals words the model left untagged ("The FT said") that stand for one organisation of
    the article (`_owner`) whose name is shaped like a body's (`_body_form`): new mentions,
    labelled ORG; not in capitals lines, not a title ("MP"), a gazetteer name or a term the article
    uses ("SMS")."""
    found = [i for i, w in enumerate(ctx.words) if w.isupper() and 1 < len(w) < 9]
    if not found:
        return []
    covered = bytearray(len(ctx.words))
    for c in cands:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    found = [i for i in found if not covered[i] and acronym_shaped(ctx.words[i], 8)]
    if not found:
        return []
    by_key = C.by_key(ctx, cands, gkey)
    names = _long_names(ctx, by_key, labels)
    if not names:
        return []
    terms, titled = common_acronyms(ctx), _titled_words(ctx)
    out = []
    for i in found:
        w = ctx.words[i]
        if ctx.in_caps(i) or L.is_title_word(w) or w in terms or L.gazetteer_label(L.norm(w)):
            continue
        if i > 0 and ctx.words[i - 1][:1].isdigit():  # "10 PM", "5 GB"
            continue
        owner = _owner(w, i, names, lambda k: min(c.start for c in by_key[k]), labels, titled)
        if owner is not None and _body_form(names[owner]):
            c = Cand(i, i + 1, "ORG", "rule", 1.0)
            labels.setdefault(gkey(ctx, c), "ORG")
            out.append(c)
    return out
