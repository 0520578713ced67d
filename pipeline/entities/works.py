"""Awards the article names as awards, and the edges of names the model draws wrong.

`awards` labels a name the article uses as an award ("an Oscar nominee", "a Grammy-winning singer",
"two further Grammys") WORK_OF_ART, as OntoNotes does, on every mention; `trim_openers` drops a
sentence's opening adverb from a name ("Then Hale"); `complete` grows a name cut short to the longer
form the article writes elsewhere ("Madrid" inside "Real Madrid"); `the_titles` makes a work of a
body the article writes "The X" in mid-sentence in a screen story; titles of works are found in
`entities.titles`. All work on token indices.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from pipeline.entities import meetings as MT
from pipeline.entities import products as PR  # (products reads AWARD_NOUNS from here)
from pipeline.entities import sequels as SQ
from pipeline.entities.acts import MUSIC_NOUNS, SCREEN_NOUNS, music_story, screen_heavy
from pipeline.entities.candidates import KEPT, Cand, DocCtx, relabel
from pipeline.entities.evidence import FACILITY_HEADS, POSS
from pipeline.entities.lexicon import (
    AWARD_NOUNS,
    DETERMINERS,
    EVENT_HEADS,
    FIRM_WORDS,
    GENERIC_BODIES,
    ORG_HEADS,
    ORG_ROLES,
    ROLE_NOUNS,
    SPEECH_VERBS,
    SPORT,
    gazetteer_label,
    is_title,
    norm,
    role_word,
)
from pipeline.entities.sources import the_before
from pipeline.entities.words import lower_words

AWARD_VERBS = frozenset(SPORT["award_verbs"])
ASKING = frozenset({"could", "would", "should", "can", "does", "did", "is", "are", "was", "were", "has"})
OPENERS = frozenset({"ADV", "CCONJ", "SCONJ"})
SOURCED = frozenset({"told", "tells", "at", "by"})  # "told The Sun", "at The Odeon", "cited by The Times"
VENUES = frozenset({"Theatre", "Theater", "Cinema", "Playhouse"})  # "The Pavilion Repertory Theatre"
ART_NOUNS = SCREEN_NOUNS | MUSIC_NOUNS | {"television", "TV", "book", "theatre"}
OF_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "NORP", "PRODUCT"})
WIN_VERBS = frozenset({"win", "scoop", "collect", "bag", "pick"})  # "win Xs" (not "receive Xs": coins)
DETS = frozenset({"det", "poss", "amod", "compound"})
PRIZE_RUN_NOUNS = frozenset({"award", "prize"})
NO_CATEGORY = frozenset({"ADP", "DET", "VERB", "AUX"})  # "best actress X", not "it best suits X"
CATEGORY_WORDS = frozenset({"Best", "Outstanding", "Lifetime", "Special", "Young", "Player"})
CATEGORY_NOUNS = SCREEN_NOUNS | MUSIC_NOUNS | {"picture", "screenplay", "documentary", "newcomer", "act"}
PRIZE_NOUNS = frozenset({"award", "awards", "prize", "prizes", "honour", "honours", "accolade", "accolades"})


WON_TITLES = frozenset({"champion", "champions", "winner", "winners", "holder"})  # "Wimbledon champion X"


def _award_words(ctx: DocCtx, cands: list[Cand]) -> set[str]:
    """Names of one or two words the article uses as awards, and that are no person's given name or
    surname; then the names listed with one ("both the Golden Globe and the X", "X and Y nominations")."""
    words, out = ctx.words, set()
    people = [c for c in cands if c.label == "PERSON" and c.end - c.start > 1]
    named = {words[c.start] for c in people} | {words[c.end - 1] for c in people}
    short = [c for c in cands if c.end - c.start <= 2 and c.end < len(words)
             and c.label != "EVENT" and words[c.start] not in named and not _people_word(ctx, c)]
    for c in short:
        new = c.label != "NORP" and (_category(ctx, c) or _called_prize(ctx, c))  # not "Asians", "Irish"
        if _award_noun(ctx, c) or _won(ctx, c) or new:
            out.add(" ".join(words[c.start : c.end]))
    while out and (more := {k for c in short if (k := " ".join(words[c.start : c.end])) not in out
                            and c.label != "NORP" and _listed_with(ctx, c, out)}):
        out |= more
    return out - _bodies(ctx, out) if out else out


def _people_word(ctx: DocCtx, c: Cand) -> bool:
    """One word the gazetteer knows as a people's, voted a people: a nationality before a noun
    ("the first Dutch winner", "British hopefuls", "European glory"), never an award of its own."""
    return c.end - c.start == 1 and c.label == "NORP" and gazetteer_label(norm(ctx.words[c.start])) == "NORP"


def _bodies(ctx: DocCtx, names: set[str]) -> set[str]:
    """One-word names the article also writes as a body: before an officer's title and a name
    ("Norvia president Tom Hale") or as the subject of a verb of speech ("Norvia said")."""
    words, out = ctx.words, set()
    for k, w in enumerate(words[:-2]):
        if w not in names or w in out:
            continue
        nxt = words[k + 1]
        officer = nxt.islower() and is_title(nxt) and nxt not in WON_TITLES and words[k + 2].istitle()
        if officer or nxt in SPEECH_VERBS and ctx.toks[k].dep_ == "nsubj":
            out.add(w)
    return out


def _award_noun(ctx: DocCtx, c: Cand) -> bool:
    """An award's noun right after the name ("an Oscar nominee", "Grammy-winning"), or a prize's noun
    after an art's noun ("the Bafta film awards", "the Grammy music awards")."""
    words, n = ctx.words, len(ctx.words)
    k = c.end + (words[c.end] in {"-", "\u2013"} and not ctx.ws[c.end - 1])
    if k < n and words[k].lower() in AWARD_NOUNS and words[k].islower():
        return True
    return k + 1 < n and words[k] in ART_NOUNS and words[k + 1] in PRIZE_NOUNS and c.label != "NORP"


def _category(ctx: DocCtx, c: Cand) -> bool:
    """The name ends a prize's category: "the best actress X for", "his best director X."."""
    words, s, e = ctx.words, c.start, c.end
    low = words[s - 1].isalpha() and words[s - 1].islower() and ctx.toks[s - 1].pos_ not in NO_CATEGORY
    if s < 2 or not low or words[s - 1] in AWARD_NOUNS:
        return False  # "best actress X"; not "the best in Latin America", "it best suits X"
    if "best" not in (w.lower() for w in words[max(0, s - 3) : s - 1]):
        return False
    dated = words[e] == "in" and e + 1 < len(words) and ctx.toks[e + 1].ent_type_ == "DATE"  # "X in 2003"
    return words[e] in {"for", ",", ".", "at", "and"} or words[e] in AWARD_NOUNS or dated


def _called_prize(ctx: DocCtx, c: Cand) -> bool:
    """A prize's noun in the phrase set beside the name: "X - the Hollywood's ultimate prize"."""
    words, e = ctx.words, c.end
    if words[e] not in {"-", "\u2013", ","} or e + 2 >= len(words) or words[e + 1].lower() != "the":
        return False
    return any(w in PRIZE_NOUNS for w in words[e + 2 : e + 6])


def _listed_with(ctx: DocCtx, c: Cand, awards: set[str]) -> bool:
    """The name is listed right beside an award ("the Golden Globe and the X", "X and Y nominations",
    "the Golden Globes, Xs and ...")."""
    words, s, e = ctx.words, c.start, c.end
    before = s - (s > 0 and words[s - 1] == "the")
    if before >= 2 and words[before - 1] in {"and", ","}:
        k = before - 1 - (words[before - 2] == "the")
        if any(" ".join(words[j:k]) in awards for j in (k - 1, k - 2) if j >= 0):
            return True
    after = e + 1 + (e + 1 < len(words) and words[e + 1] == "the")
    if e < len(words) and words[e] == "and":
        return any(" ".join(words[after:j]) in awards for j in (after + 1, after + 2))
    return False


def _won(ctx: DocCtx, c: Cand) -> bool:
    """The object, counted, with "a"/"an", an owner's ordinal or as a bare plural, of a verb of winning
    or nominating ("won an Oscar", "scooped two Baftas", "took his second Oscar", "win Oscars")."""
    if not ctx.parsed:
        return False
    root = own = ctx.root(c.start, c.end)
    while root.dep_ == "conj" and root.head.pos_ == "PROPN":  # "won a Golden Globe and a X"
        root = root.head
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "for" else root.head
    if root.dep_ not in {"dobj", "pobj"} or verb.lemma_ not in AWARD_VERBS:
        return False  # the cheap tests first: the word search below scans the article
    kids = list(own.children)  # the name's own root's
    counted = any(t.dep_ == "nummod" and not t.is_title or t.lower_ in {"a", "an"} for t in kids)  # "Ten Men"
    owned = any(t.dep_ == "poss" for t in kids) and any(t.ent_type_ == "ORDINAL" for t in kids)
    bare = root.text.endswith("s") and not any(t.dep_ in DETS for t in kids)
    bare = bare and verb.lemma_ in WIN_VERBS and c.label != "NORP"  # not "nominated for Sideways"
    return counted or owned or (bare and root.text[:-1] in ctx.words)


def awards(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Every mention of a name the article uses as an award (and its plural) is WORK_OF_ART; returns
    the awards the model left untagged ("won an Emmy")."""
    found = _untagged(ctx)
    cands = cands + found
    for c in cands if "Best" in ctx.words else ():
        if c.label != "WORK_OF_ART" and c.src not in KEPT and _category_name(ctx, c):
            c.label, c.weight, c.role = "WORK_OF_ART", max(c.weight, 6.0), None
    names = _award_words(ctx, cands)
    if not names:
        return found
    names |= {w + "s" for w in names} | {w[:-1] for w in names if w.endswith("s")}
    for c in cands:
        if " ".join(ctx.words[c.start : c.end]) in names and c.src not in KEPT and c.label != "EVENT":
            c.label, c.weight, c.role = "WORK_OF_ART", max(c.weight, 6.0), None
    return found


def _category_name(ctx: DocCtx, c: Cand) -> bool:
    """A prize's category written as a name ("won Best Actress", "Best Supporting Actor", "Best Original
    Screenplay"): "Best" then a player's, a maker's or a work's noun (not "Best Buy", "Best Western")."""
    words = ctx.words[c.start : c.end]
    if len(words) < 2 or words[0] != "Best":
        return False
    return any(role_word(w.lower()) or w.lower() in CATEGORY_NOUNS for w in words[1:])


def _untagged(ctx: DocCtx) -> list[Cand]:
    """Capitalised words the model left untagged that are won or nominated for ("won an Emmy"), or
    that name a prize right before its noun (`_prize_run`: "the 2003 Golden Bear award")."""
    out = []
    titled = [i for i, w in enumerate(ctx.words) if w.istitle()]  # spaCy's `is_title` is `str.istitle`
    for tok in (ctx.toks[i] for i in titled):
        if tok.pos_ == "PROPN" and not ctx.taken[tok.i] and tok.dep_ in {"dobj", "pobj"}:
            c = Cand(tok.i, tok.i + 1, "WORK_OF_ART", "rule", 6.0)
            if not ctx.in_caps(tok.i) and _won(ctx, c):
                ctx.take(c)
                out.append(c)
    for k in (k for k, w in enumerate(ctx.words) if w in PRIZE_RUN_NOUNS and k > 1):
        s = _prize_run(ctx, k)
        if s is not None:
            out.append(Cand(s, k, "WORK_OF_ART", "rule", 6.0))
            ctx.take(out[-1])
    return out


def _prize_run(ctx: DocCtx, k: int) -> int | None:
    """The first of one to three capitalised words no finder took right before the prize's noun at
    token k, after "the", a year or a possessive ("the Golden Bear award", "2003 Golden Bear
    prize"); not a category ("the Best Actor award") nor a title's end ("Player of the Year award")."""
    words, s = ctx.words, k
    while s > 0 and k - s < 3 and ctx.toks[s - 1].is_title and ctx.toks[s - 1].pos_ == "PROPN" \
            and not ctx.taken[s - 1] and not ctx.toks[s - 1].is_sent_start:
        s -= 1
    if s == k or s < 2 or ctx.in_caps(s) or words[s] in CATEGORY_WORDS or ctx.toks[s].ent_type_:
        return None
    before = words[s - 1]
    dated = before.isdigit() and ctx.toks[s - 1].ent_type_ == "DATE"
    if not (before == "the" and words[s - 2] != "of" or dated or before in POSS):
        return None
    return None if gazetteer_label(norm(" ".join(words[s:k]))) else s


def trim_openers(ctx: DocCtx, cands: list[Cand]) -> None:
    """A name opening a sentence does not take the sentence's adverb or conjunction ("Then Hale"),
    nor the verb of an inverted lead ('Said Okafor: "…"')."""
    for c in cands:
        tok = ctx.toks[c.start]
        if c.end - c.start < 2 or not tok.is_title:
            continue
        if _opens(ctx, c.start, paragraph=True) and _lead_verb(ctx, c):
            c.start += 1
        elif tok.lower_ in ASKING and _opens(ctx, c.start, paragraph=True):
            c.start += 1  # "Could X live up to the hype?"
        elif tok.is_stop and _opens(ctx, c.start) and (
                tok.pos_ in OPENERS or tok.pos_ == "PROPN" and tok.lower_ in lower_words(ctx)):
            c.start += 1  # the model's "Then" is an adverb when the article writes "then" elsewhere


def _lead_verb(ctx: DocCtx, c: Cand) -> bool:
    """The name opens with a verb of saying the article writes in lower case elsewhere, and a colon
    follows the name with no verb between ('Said Mr Fogg: "…"'); "Said Aouita won" keeps its name."""
    if ctx.words[c.start].lower() not in SPEECH_VERBS or ctx.words[c.start].lower() not in lower_words(ctx):
        return False
    for k in range(c.end, min(c.end + 9, len(ctx.words))):
        if ctx.words[k] == ":":
            return True
        if ctx.toks[k].pos_ in {"VERB", "AUX"} or ctx.words[k] in {".", "!", "?"}:
            return False
    return False


def _opens(ctx: DocCtx, i: int, paragraph: bool = False) -> bool:
    """Token i opens a sentence; with `paragraph`, also after a paragraph break's space token (not
    for "Then": a paragraph may open with a name such as "Will Smith")."""
    before = ctx.words[i - 1] if i else ""
    return i == 0 or before in {".", "!", "?", '"', "\u201c"} or "\n" in ctx.ws[i - 1] or (
        paragraph and before.isspace())


def complete(ctx: DocCtx, cands: list[Cand]) -> None:
    """A one-word place or person right after a capitalised word with which the article writes an
    organisation's two-word name elsewhere ("Madrid" after "Real" when "Real Madrid" is one) is that
    organisation."""
    words = ctx.words
    full = {(words[c.start], words[c.start + 1]) for c in cands if c.end - c.start == 2 and c.label == "ORG"}
    if not full:
        return
    for c in cands:
        if c.end - c.start != 1 or c.start == 0 or c.src in KEPT or c.label not in {"GPE", "LOC", "PERSON"}:
            continue
        pair = (words[c.start - 1], words[c.start])
        taken = any(o.start <= c.start - 1 < o.end for o in cands if o is not c)
        if pair in full and ctx.ws[c.start - 1] == " " and not taken:
            c.start, c.label = c.start - 1, "ORG"


def of_titles(ctx: DocCtx, model: list[Cand]) -> list[Cand]:
    """In a story of the screen (`acts.screen_heavy`) or of music, a name the model took from the end
    of a title written "A of the B" or "A of B" ("Rings" of "Lord of the Rings", "Azkaban" of "Harry
    Potter and the Prisoner of Azkaban") grows to the whole title, a work: A is a capitalised word the
    model left untagged, no body's head ("Bank of the West"), a role's only alone before "of the", with
    no determiner before it nor name after ("Member of Parliament", "the President of the Academy"), and
    B no place, people, common body or body's head ("Duke of Edinburgh", "Chairman of the Board"); a
    town only after "the" ("Flight of the Phoenix"), no country or region ("Bank of the Netherlands")."""
    if ctx.sports or "of" not in ctx.words or not (screen_heavy(ctx) or music_story(ctx)):
        return model
    for c in model:
        s = _of_title_start(ctx, c) if c.label in OF_LABELS and c.end - c.start <= 2 else None
        if s is not None:
            c.start, c.label, c.role = s, "WORK_OF_ART", None
    return [o for o in model if not any(c is not o and c.label == "WORK_OF_ART" and c.start <= o.start
                                        and o.end <= c.end for c in model)]


def _of_title_start(ctx: DocCtx, c: Cand) -> int | None:
    """The first word of the title whose last name is c (see `of_titles`), or None."""
    words, k = ctx.words, c.start - (c.start > 0 and ctx.words[c.start - 1] == "the")
    if k < 2 or words[k - 1] != "of" or not _title_word(ctx, k - 2):
        return None
    tail = " ".join(words[c.start : c.end])
    town = c.label == "GPE" and k < c.start  # "Flight of the Harbour": a town takes no "the"
    if gazetteer_label(norm(tail)) or tail.lower() in GENERIC_BODIES or c.label == "NORP" \
            or c.label == "GPE" and not town or words[c.end - 1] in ORG_HEADS:
        return None  # "Duke of Edinburgh", "Chairman of the Board", "Bank of the Netherlands"
    s = k - 2
    while s > 0 and not ctx.toks[s].is_sent_start:
        if words[s - 1][:1].isupper() and words[s - 1] not in {"The", "A"} | ORG_HEADS:
            s -= 1
        elif s > 2 and words[s - 1] == "the" and words[s - 2] == "and" and words[s - 3][:1].isupper():
            s -= 3  # "Harry Potter and the Prisoner of"
        else:
            break
    if ctx.toks[s].is_sent_start and s == k - 2:
        return None
    if s < k - 2 or not role_word(words[k - 2].lower()):
        return s
    the = k < c.start  # a role's word alone heads a title only before "of the" ("Lord of the Rings")
    fronted = words[s - 1].lower() in DETERMINERS and not _modifier(ctx, c.end)  # "a X exhibition"
    if not the or fronted or _named_after(ctx, c.end):
        return None  # "Member of Parliament", "the President of the Academy"
    return s


def _modifier(ctx: DocCtx, e: int) -> bool:
    """The name before token e modifies a common noun there ("a Lord of the Rings exhibition")."""
    return e < len(ctx.words) and ctx.words[e].islower() and ctx.toks[e].pos_ == "NOUN"


def _named_after(ctx: DocCtx, e: int) -> bool:
    """A capitalised word right after token e - 1 ("Secretary of State Colin Powell")."""
    return e < len(ctx.words) and ctx.words[e][:1].isupper() and not ctx.toks[e].is_sent_start


def _title_word(ctx: DocCtx, i: int) -> bool:
    """Token i heads a title's first part: capitalised, untagged, no role's noun or body's word."""
    w, tok = ctx.words[i], ctx.toks[i]
    if not w.istitle() or not w.isalpha() or tok.ent_type_ or tok.is_stop or w in ORG_HEADS | EVENT_HEADS:
        return False
    return w.lower() not in ROLE_NOUNS


def things(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """After the per-name vote: products (`products.product_labels`), gatherings
    (`meetings.meeting_labels`), then the titles a screen story
    writes "The X" (`the_titles`), then sequels' and models' numbers (`sequels.py`)."""
    PR.product_labels(ctx, cands, labels, key_of)
    MT.meeting_labels(ctx, cands, labels, key_of)
    the_titles(ctx, cands, labels, key_of)
    SQ.sequels(ctx, cands, labels, key_of)
    SQ.numbered_events(ctx, cands, labels, key_of)
    SQ.originals(ctx, cands, labels, key_of)


def the_titles(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """A name voted a body that the article writes after a capital "The" in mid-sentence ("went to
    The Incredibles", "acclaimed The Motorcycle Diaries"; BBC style writes "the BBC"), in a story of
    the screen (a music story's "The Libertines" is a band), is a work, when no mention treats it as
    a body (`products.body_use`: it speaks, acts, owns staff, follows a firm's noun) or a paper
    ("told The Sun"), and it ends in no body's noun."""
    if ctx.sports or "The" not in ctx.words:
        return
    by_key: dict[str, list[Cand]] = defaultdict(list)
    for c in cands:
        if c.end > c.start:
            by_key[key_of(ctx, c)].append(c)
    screen = None
    for key, ms in by_key.items():
        if labels.get(key) != "ORG" or not any(the_before(ctx, c.start) for c in ms):
            continue
        screen = screen_heavy(ctx) if screen is None else screen
        if not screen:
            return
        if any(c.src in KEPT or ctx.words[c.end - 1] in ORG_HEADS or _body_or_paper(ctx, c) for c in ms):
            continue
        relabel(ctx, ms, labels, key_of, "WORK_OF_ART")


def _body_or_paper(ctx: DocCtx, c: Cand) -> bool:
    """A body's or a paper's sign around a mention: a body's use (`products.body_use`), a firm's
    noun after it ("The Guardian newspaper"), a built place's head ("Repertory Theatre"), a venue
    ("at The Odeon"), a source ("told The Sun", "according to The Times", "cited by The Times")."""
    words, s, e = ctx.words, c.start - 1 if the_before(ctx, c.start) else c.start, c.end
    prev = words[s - 1].lower() if s > 0 else ""
    nxt = words[e].lower() if e < len(words) else ""
    according = prev == "to" and s > 1 and words[s - 2].lower() == "according"
    if prev in SOURCED or according or nxt in FIRM_WORDS or nxt in ORG_ROLES or nxt == "news":
        return True
    return words[e - 1] in FACILITY_HEADS | VENUES or PR.body_use(ctx, c)
