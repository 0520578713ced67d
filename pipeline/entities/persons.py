"""Person names by their words: a common given name opening plain capitalised words ("Marisol
Quintero"), a name after "Mr" or "Ms", a nationality before a given name; and the model's "people"
whose last word no person's name ends in ("Desert Runners"). The given names and surnames are the US
census lists of the `names` package (`lexicon.given_name`, `lexicon.surname`)."""

from __future__ import annotations

from collections import Counter
from functools import cache

from pipeline.entities import candidates as C
from pipeline.entities import context as X
from pipeline.entities import grouping as G
from pipeline.entities import lexicon as L
from pipeline.entities import openers as OP
from pipeline.entities import ranks as RK
from pipeline.entities import titleheads as TH
from pipeline.entities import tokens as TK
from pipeline.entities import wholes as WH
from pipeline.entities import words as W
from pipeline.entities.candidates import Cand
from pipeline.entities.names import first_name, given_name_first, he_follows

PERSONAL_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mme", "madam", "madame", "sir", "dame"})
PLACE_TAIL_MIN = 3
SURNAMED = frozenset({"FAC", "GPE", "LOC", "WORK_OF_ART", "PRODUCT"})  # labels a full name may lose
KNIGHTED = frozenset({"Sir", "Dame"})  # a knight's rank before a name, as a peer's is


def nationality_first(ctx: C.DocCtx, s: int, e: int, label: str = "") -> bool:
    """A nationality ("Moroccan", not "Christian", a given name too) before a given name and one or
    two more plain capitalised words; or, in a name the model calls a person, before any person's
    shape when the nationality is no census given name either ("Kenyan Ann Otieno"; not "Irish")."""
    if not 3 <= e - s <= 4 or ctx.in_caps(s) or L.gazetteer_label(L.fold(ctx.words[s])) != "NORP":
        return False
    people, first = L.fold(ctx.words[s]), L.fold(ctx.words[s + 1])
    if L.given_name(people) or not all(
            t.is_title and t.is_alpha and t.text not in L.ORG_HEADS for t in ctx.toks[s + 1 : e]):
        return False
    if L.given_name(first):
        return True
    if label != "PERSON" or L.census_given(people) or L.gazetteer_label(ctx.norm_of(s + 1, e)):
        return False
    return L.census_given(first) or not (W.generic_key(first) or ctx.toks[s + 1].is_stop)


def personal_names(ctx: C.DocCtx, cands: list[Cand]) -> None:
    """The model's organisations and places that read as people: a name after "Mr" or "Ms", or plain
    capitalised words opening with a common given name ("Marisol", "Pedro Valdivia"; a place of
    several words only when the gazetteer has no place of its first two); and the model's
    people whose last word is a plural noun or a country are bodies ("Desert Runners")."""
    for c in cands:
        if c.src in C.EVIDENCE or ctx.in_caps(c.start):
            continue
        if c.label == "PERSON" and c.end - c.start > 1 and _group_tail(ctx, c):
            c.label, c.weight = "ORG", max(c.weight, 3.0)
        if c.label not in {"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT"}:
            continue
        prev = L.fold(ctx.words[c.start - 1]) if c.start > 0 else ""
        if c.label in {"NORP", "PRODUCT"}:  # "Mr Irish", "Ms English": a surname, when the article
            if prev in PERSONAL_HONORIFICS and not _also_common(ctx, c):  # never uses it as a word
                c.label, c.weight = "PERSON", max(c.weight, 3.0)
            continue
        sporting = ctx.sports and c.end - c.start == 1  # a one-word club ("Everton") in a sports story
        body = c.label == "ORG" and not sporting and not _post_at(ctx, c.start) and given_name_first(ctx, c)
        if prev in PERSONAL_HONORIFICS or body:
            c.label, c.weight = "PERSON", max(c.weight, 3.0)
        elif c.end - c.start > 1 and _unknown_place(ctx, c) and given_name_first(ctx, c):
            c.label, c.weight = "PERSON", max(c.weight, 3.0)  # "Olivia Hartley": no place the gazetteer has


def _post_at(ctx: C.DocCtx, s: int) -> bool:
    """The name follows a lower-case role noun and "at" ("chief economist at X"): where the role is
    held, a body."""
    words = ctx.words
    return s > 1 and words[s - 1] == "at" and words[s - 2].islower() and L.role_word(words[s - 2])


def _also_common(ctx: C.DocCtx, c: Cand) -> bool:
    """The one-word name of `c` appears elsewhere in the article after a lower-case word or a
    determiner ("the Irish minister"), not as a name after a title or a given name."""
    word, words = ctx.words[c.start], ctx.words
    return c.end - c.start == 1 and any(
        w == word and i != c.start and i > 0 and (words[i - 1].islower() or not words[i - 1][:1].isalpha())
        for i, w in enumerate(words))


def _unknown_place(ctx: C.DocCtx, c: Cand) -> bool:
    """The model's place or facility of several words that no gazetteer name starts or is, whose last
    word ends no more than two place names of the gazetteer ("Simon River", "Robben Island"), that
    modifies no common noun ("Julius Nyerere airport") and is no facility where something happens
    ("lost at Roland Garros": a ground named after a person)."""
    after = ctx.toks[c.end] if c.end < len(ctx.toks) else None
    held = c.label == "FAC" and c.start > 0 and ctx.words[c.start - 1] == "at"
    return (
        c.label in {"GPE", "LOC", "FAC"}
        and not held
        and not (after is not None and after.is_lower and after.tag_.startswith("NN"))
        and ctx.norm_of(c.start, c.start + 2) not in L.world().places
        and L.fold(ctx.words[c.end - 1]) not in _place_tails()
    )


@cache
def _place_tails() -> frozenset[str]:
    """Last words of at least `PLACE_TAIL_MIN` names of several words in the gazetteer ("river", "beach")."""
    counts = Counter(key.rsplit(" ", 1)[1] for key in L.world().places if " " in key)
    return frozenset(w for w, n in counts.items() if n >= PLACE_TAIL_MIN)


def given_name_cands(ctx: C.DocCtx) -> list[Cand]:
    """Untagged people: two or three plain capitalised words opening with a common given name, in a
    line of mixed case, no word of them the article writes in lower case ("Marisol Quintero")."""

    def match(i: int, n: int) -> Cand | None:
        if i + n > len(ctx.words) or not ctx.free(i, i + n) or ctx.in_caps(i):
            return None
        longer = i + n < len(ctx.words) and ctx.words[i + n][:1].isupper()
        if longer or any("\n" in w for w in ctx.ws[i : i + n - 1]) or not first_name(ctx, i, i + n, True):
            return None  # the cheap tests before `first_name`
        c = Cand(i, i + n, "PERSON", "rule", 2.0)
        if n < 2 or _plural_noun(ctx.toks[i + n - 1]):
            return None
        if not given_name_first(ctx, c):
            if _determined(ctx, i) or (i + n < len(ctx.words) and ctx.words[i + n][:1].isdigit()):
                return None  # "at the Flora Lite 5K road race": a person's name takes no "the"
            if not (given_name_first(ctx, c, common_last=True) and acts_as_person(ctx, c)):
                return None
        c.end = W.apart_particle(ctx.doc, c.end)  # "Ciara O' Hare"
        return c

    return C.greedy_scan(ctx, (3, 2), match)


def ranked_cands(ctx: C.DocCtx) -> list[Cand]:
    """Untagged people after a peer's or a knight's rank: one or two plain capitalised words, no
    title, body's word nor "of" seat after them ("Lord Hale said", "Dame Ann Lee"), the rank and
    name together no place of the gazetteer ("Lord Howe"); the rank left out as "Mr" is."""
    words, ranks, out = ctx.words, L.PEERAGES | KNIGHTED, []
    if ranks.isdisjoint(words):
        return out
    for i in [i for i, w in enumerate(words[:-1]) if w in ranks and not ctx.in_caps(i)]:
        s = i + 1 + _plural_rank(ctx, i + 1)  # "Lord Justices Hale and Marrow": the rank of each
        e = s
        while e < min(s + 2, len(words)) and _rank_word(ctx, e):
            e += 1
        if e == s or (e < len(words) and (words[e][:1].isupper() or words[e] == "of")):
            continue  # "Lord Chancellor", "Lord Hale of Kirkby" (`wholes.peer_cands`), longer runs
        if any("\n" in w for w in ctx.ws[i : e - 1]) or ctx.norm_of(i, e) in L.world().places:
            continue
        out.append(Cand(s, e, "PERSON", "rule", 2.0))
    return out


def plural_ranks(ctx: C.DocCtx, model: list[Cand]) -> list[Cand]:
    """The model's people that open with a plural rank after a peer's rank ("Lord" "Justices Hale"
    and Marrow) start after it: the rank is each one's, not a word of the first name."""
    for c in model:
        k = c.start
        if c.label == "PERSON" and c.end - k > 1 and k > 0 and ctx.words[k - 1] in L.PEERAGES:
            c.start += _plural_rank(ctx, k)
    return model


def _plural_rank(ctx: C.DocCtx, k: int) -> bool:
    """Token k, after a peer's rank, is a plural title ("Princes") or a capitalised plural noun
    before two names joined by "and" ("Lord Justices Hale and Marrow"): the rank of each."""
    words = ctx.words
    if L.plural_title(words[k]):
        return True
    if not (words[k].istitle() and words[k].endswith("s") and ctx.toks[k].tag_ in {"NNS", "NNPS"}):
        return False
    return k + 3 < len(words) and words[k + 2] == "and" and words[k + 1].istitle() and words[k + 3].istitle()


def _rank_word(ctx: C.DocCtx, k: int) -> bool:
    """Token k is a plain capitalised word of a name: no stop word ("Of"), title, body's word nor
    people."""
    tok = ctx.toks[k]
    return WH.peer_word(tok) and not tok.is_stop and not L.gazetteer_label(L.fold(tok.text))


def introduced_cands(ctx: C.DocCtx) -> list[Cand]:
    """Untagged people right after a nationality or a sentence's opening role word ("Kenyan Ann
    Otieno", "Boss Ivo Hale"): two or three plain capitalised words, no place, people nor body's
    word, the line's next word no capital, opening with a census given name or ending in a word the
    article writes after "Mr" or "Ms" ("Mr Hale"); after a role word, one such word or a census
    surname no given name the article never writes in lower case ("Striker Hale was")."""
    out, words = [], ctx.words
    for i in ctx.capitals:
        if i + 2 > len(ctx.words) or not introducer(ctx, i):
            continue
        for n in (3, 2, 1):
            s, e = i + 1, i + 1 + n
            if e > len(words) or not ctx.free(s, e) or (e < len(words) and words[e][:1].isupper()):
                continue
            if not _plain_run(ctx, s, e):
                continue
            last = words[e - 1]
            if n == 1 and not _role_surname(ctx, i, last):
                continue
            honoured = last.istitle() and last in W.honoured(ctx)
            if n > 1 and not L.census_given(L.fold(words[s])) and not honoured:
                continue
            c = Cand(s, e, "PERSON", "rule", 2.0)
            ctx.take(c)
            out.append(c)
            break
    return out


def seeded_cands(ctx: C.DocCtx) -> list[Cand]:
    """Untagged players right after a seeding or ranking ("the 87th-ranked Tom Hale", "third seeded
    Ann Lee"): two or three plain capitalised words, the line's next word no capital."""
    words, out = ctx.words, []
    if RK.RANKED.isdisjoint(words):
        return out
    for i in [i for i, w in enumerate(words[:-2]) if w in RK.RANKED and RK.ranked(ctx.doc, i + 1)]:
        for e in (i + 4, i + 3):
            if e > len(words) or not ctx.free(i + 1, e) or (e < len(words) and words[e][:1].isupper()):
                continue
            if _plain_run(ctx, i + 1, e):
                c = Cand(i + 1, e, "PERSON", "rule", 2.0)
                ctx.take(c)
                out.append(c)
                break
    return out


def introducer(ctx: C.DocCtx, i: int) -> bool:
    """Token i is a capitalised nationality that is no given name ("Kenyan"), or a role word opening
    its sentence or line ("Boss", "Striker"), on a line of mixed case."""
    word = ctx.words[i]
    if not (word.istitle() and word.isalpha()) or ctx.in_caps(i):
        return False
    key = L.fold(word)
    if L.gazetteer_label(key) == "NORP":
        return not L.given_name(key)
    honorific = key in L.HONORIFICS  # "Mrs Ann Hale": no role
    opens = ctx.toks[i].is_sent_start or OP.starts_sentence(ctx.doc, i)  # the parse may run on
    return opens and L.role_word(key) and not (honorific or L.census_given(key))


def _role_surname(ctx: C.DocCtx, i: int, word: str) -> bool:
    """`word` after the role word at i is a surname: written after "Mr" or "Ms", or a census surname
    that is no given name and that the article never writes in lower case; the role a plain one."""
    if L.fold(ctx.words[i]) in L.HONORIFICS or not TH.plain_role(ctx.words[i].lower()) or not word.istitle():
        return False
    if word in W.honoured(ctx):
        return True
    key = L.fold(word)
    return L.surname(key) and not L.census_given(key) and word.lower() not in W.lower_words(ctx)


def _plain_run(ctx: C.DocCtx, s: int, e: int) -> bool:
    """Plain capitalised words on one line, none a stop word, body's word or title, no place nor
    people of the gazetteer, the last no plural of a common noun ("Irish Guards") nor a word many
    places end in ("Quay"), no common noun after it."""
    for t in ctx.toks[s:e]:
        if not (t.is_title and t.is_alpha) or t.is_stop or t.text in L.ORG_HEADS or L.is_title_word(t.text):
            return False
    if any("\n" in w for w in ctx.ws[s : e - 1]) or _plural_noun(ctx.toks[e - 1]):
        return False
    last, after = L.fold(ctx.words[e - 1]), ctx.toks[e] if e < len(ctx.toks) else None
    if last in _place_tails() and not L.surname(last):  # "Scottish Kelvin Quay": a place
        return False
    if after is not None and after.is_lower and after.pos_ == "NOUN":
        return False  # "the Welsh Rose Bridge appeal": a name of a thing
    key, places = ctx.norm_of(s, e), L.world().places
    return not (L.gazetteer_label(key) or key in places or ctx.norm_of(s, s + 2) in places)


def acts_as_person(ctx: C.DocCtx, c: Cand) -> bool:
    """The words around a name say person and never body or place ("X, who", "X said he"), or the
    name opens its sentence and the next opens with "He" or "She" ("Vincent Cable, for the Liberal
    Democrats, accused Mr Hale ... He said:")."""
    org, per, place = X.name_evidence(ctx.doc, c.start, c.end)
    if org or place:
        return False
    return bool(per) or he_follows(ctx, c.start, c.end)


def _group_tail(ctx: C.DocCtx, c: Cand) -> bool:
    """A last word no person's name ends in: a plural noun ("Runners") or a country that is no census
    surname after a word that is no place or common word ("Vigilancia Honduras"; not "Michael Jordan",
    "Old Quito")."""
    tok, first = ctx.toks[c.end - 1], ctx.toks[c.start].lower_
    if L.gazetteer_label(L.fold(tok.text)) == "GPE" and not L.census_name(tok.lower_):
        return not W.generic_key(first) and first not in L.world().places
    return _plural_noun(tok)


def _plural_noun(tok) -> bool:  # noqa: ANN001 (a spaCy Token)
    """A capitalised plural of a common noun that is no census surname ("Runners", "Boxes"; not
    "Williams", nor "Paes" of a two-letter stem)."""
    low = tok.lower_
    if not (tok.is_title and low.endswith("s")) or W.generic_key(low) or L.surname(low):
        return False
    return W.generic_plural(low) or (low.endswith("es") and len(low) > 4 and W.generic_key(low[:-2]))


def pair(ctx: C.DocCtx, s: int, e: int) -> list[tuple[int, int]]:
    """One name of the model over "and" that is two people ("Hayden Tanner and Willie Davies"), each
    of two or more words opening with a given name, or a given name alone before such a name ("Mike
    and Bob Bryan": `wholes.shared_surnames` gives the first the surname), as two spans; else the span."""
    if e - s == 4 and ctx.words[s + 1] in ("and", "&") and L.census_given(L.fold(ctx.words[s])) \
            and ctx.toks[s].is_title and given_name_first(ctx, Cand(s + 2, e, "PERSON")):
        return [(s, s + 1), (s + 2, e)]
    if e - s == 3 and ctx.words[s + 1] in ("and", "&") and _surnames(ctx, s, s + 2):
        return [(s, s + 1), (s + 2, e)]  # "led by Hale and Lee": two people of the article
    for k in range(s + 2, e - 2):
        if ctx.words[k] in ("and", "&"):
            left, right = Cand(s, k, "PERSON"), Cand(k + 1, e, "PERSON")
            if given_name_first(ctx, left) and given_name_first(ctx, right):
                return [(s, k), (k + 1, e)]
            break
    return [(s, e)]


def _surnames(ctx: C.DocCtx, *at: int) -> bool:
    """The words at `at` are each the surname of a person the model names in full in the article."""
    surnames = TK.of(ctx.doc).surnames
    return all(ctx.words[i] in surnames and ctx.toks[i].is_title for i in at)


def person_shape(ctx: C.DocCtx, c: Cand, words: list[str]) -> bool:
    """Two to four capitalised words, no organisation head, no known place, no common first word
    ("Real Madrid", "Being John Doe", "Oceans Board", "The Sick Child") nor acronym, no common word
    after it that is no surname."""
    if len(words) < 2 or c.end - c.start > 4 or L.gazetteer_label(" ".join(words)):
        return False
    if not all(ctx.words[i][:1].isupper() and ctx.words[i] not in L.ORG_HEADS for i in range(c.start, c.end)):
        return False
    first = ctx.toks[c.start]
    common = W.generic_key(words[0]) or W.generic_key(first.lemma_.lower()) or first.is_stop
    if (common and not L.given_name(words[0])) or (first.text.isupper() and len(first) > 2):  # "USS Hale"
        return False
    return not any(W.generic_key(w) and not L.surname(w) for w in words[1:])  # "Alcoa Prison Ana"


def _determined(ctx: C.DocCtx, i: int) -> bool:
    return i > 0 and ctx.words[i - 1].lower() in {"the", "a", "an"}


def said_people(ctx: C.DocCtx, cands: list[Cand], labels: dict[str, str]) -> None:
    """A full name and its surname alone, both given one label that is no person's by the model,
    are a person where the words around them say so ("she", "who", "X said he") and never say
    body or place ("Kenya's Wanjiru Kamau ... Kamau said she")."""
    by_key = C.by_key(ctx, cands, G.gkey)
    for key, ms in by_key.items():
        words = C.base_key(key).split()
        last = by_key.get(words[-1]) or by_key.get(words[-1] + "|place")
        if len(words) < 2 or not last or labels[key] not in SURNAMED | {"ORG"} or labels[key] == "PERSON":
            continue
        if not person_shape(ctx, ms[0], words) or labels[G.gkey(ctx, last[0])] == "PERSON":
            continue
        if words[-1] in L.world().places or any(_determined(ctx, c.start) for c in ms + last):
            continue  # "Oceans Canada", "the Libertadores": a person's name takes no "the"
        org = per = place = 0
        for c in ms + last:
            o, p, q = X.name_evidence(ctx.doc, c.start, c.end)
            p += he_follows(ctx, c.start, c.end)
            org, per, place = org + o, per + p, place + q
        if per and not org and not place:
            labels[key] = labels[G.gkey(ctx, last[0])] = "PERSON"
            for c in ms + last:
                c.label = "PERSON"


def surname_person(ctx: C.DocCtx, c: Cand, key: str, labels: dict[str, str]) -> bool:
    """A full name the model gave another label whose surname alone is a person of the article
    ("Sonia Keane" FAC, "Keane" PERSON; "Hicham El Amrani" and "El Amrani"), no known place, and
    opening with no common word ("Real Madrid", "Being John Doe")."""
    words = C.base_key(key).split()
    if not person_shape(ctx, c, words):
        return False
    tails = (" ".join(words[-k:]) for k in (1, 2) if k < len(words))
    return any(labels.get(t) == "PERSON" and not L.gazetteer_label(t) for t in tails)


def people_votes(ctx: C.DocCtx, cands: list[Cand], labels: dict[str, str]) -> None:
    """The per-name vote's people: full names and surnames the words around say are people
    (`said_people`), names shaped like people's listed with people (`listed_people`)."""
    said_people(ctx, cands, labels)
    listed_people(ctx, cands, labels)
    honoured_people(ctx, cands, labels)


def honoured_people(ctx: C.DocCtx, cands: list[Cand], labels: dict[str, str]) -> None:
    """A full name voted a body or a place whose first word alone is a person of the article after
    "Mr" or "Ms" ("Somchai Wattana" ORG, "Mr Somchai said" PERSON): a person known by a given name."""
    honoured = {
        G.gkey(ctx, c) for c in cands
        if c.end - c.start == 1 and c.start > 0 and L.fold(ctx.words[c.start - 1]) in PERSONAL_HONORIFICS
    }
    if not honoured:
        return
    for key, ms in C.by_key(ctx, cands, G.gkey).items():
        words = C.base_key(key).split()
        if len(words) < 2 or labels.get(key) not in SURNAMED | {"ORG"} or words[0] not in honoured:
            continue
        if words[-1] in L.world().places or labels.get(words[0]) != "PERSON":
            continue  # "Blair and Blunkett Sheffield trip": a person's name ends in no town
        if any(not _determined(ctx, c.start) and person_shape(ctx, c, words) for c in ms):
            C.relabel(ctx, ms, labels, G.gkey, "PERSON")


def listed_people(ctx: C.DocCtx, cands: list[Cand], labels: dict[str, str]) -> None:
    """A name voted a body, shaped like a person's (`person_shape`, or a given name and two more
    words: "Thomas Haden Church"), coordinated with people only ("Will Smith, Kevin Spacey and Keanu
    Reeves"), is a person: an actor listed beside actors is no body."""
    if not ctx.parsed:
        return
    by_tok = {i: c for c in cands for i in range(c.start, c.end)}
    doubtful = [c for c in cands if labels.get(G.gkey(ctx, c)) == "ORG" and _listable(ctx, c)]
    keys = {G.gkey(ctx, c) for c in doubtful}
    for c in doubtful:
        tok = ctx.root(c.start, c.end)
        partners = C.list_partners(tok)
        found = {G.gkey(ctx, by_tok[p.i]) for p in partners if p.i in by_tok}
        found -= keys
        if found and all(labels.get(k) == "PERSON" for k in found):
            labels[G.gkey(ctx, c)] = "PERSON"
    for c in cands:
        if c in doubtful and labels.get(G.gkey(ctx, c)) == "PERSON":
            c.label = "PERSON"


def _listable(ctx: C.DocCtx, c: Cand) -> bool:
    """The model's name of two or three plain words, each a given name, a surname or no common word."""
    words = ctx.words[c.start : c.end]
    if c.src not in {"model", "prop"} or _determined(ctx, c.start):
        return False
    for w in (L.fold(w) for w in words):
        if not L.given_name(w) and (W.generic_key(w) or (W.generic_plural(w) and not L.surname(w))):
            return False  # "Crouching Tiger", "Scissor Sisters", "Sony Pictures"
    plain = 2 <= len(words) <= 3 and all(w.istitle() and w.isalpha() for w in words)
    return person_shape(ctx, c, words) or (plain and L.given_name(L.fold(words[0])) and len(words) == 3)


def bracketed_given(ctx: C.DocCtx, cands: list[Cand]) -> list[Cand]:
    """A given name in brackets before a surname ("(Tom) Hale", a quote's gloss of who is meant) is
    no name of its own: the surname stands for the person, the given name is dropped, when it is a
    common given name, the article writes the two together ("Tom Hale"), or the surname is a
    person's and the word in brackets no place nor body the gazetteer knows ("(Zoran) Hale"; not
    "(Canada) Hale"). Returns the others."""
    people = {c.start for c in cands if c.label == "PERSON"}
    return [c for c in cands if not _bracketed_given(ctx, c, people)]


def _bracketed_given(ctx: C.DocCtx, c: Cand, people: set[int]) -> bool:
    """Candidate c is a given name alone in brackets before a surname (`bracketed_given`)."""
    words, n, s = ctx.words, len(ctx.words), c.start
    if c.end != s + 1 or not 0 < s < n - 2 or words[s - 1] != "(" or words[s + 1] != ")":
        return False
    last, key = ctx.toks[s + 2], L.fold(words[s])
    if not (last.is_title and words[s].istitle() and words[s].isalpha()):
        return False
    if L.given_name(key) or any(words[i : i + 2] == [words[s], last.text] for i in range(n - 1)):
        return True  # "Tom Hale" elsewhere
    return s + 2 in people and not L.known_place(key) and not L.gazetteer_label(key)
