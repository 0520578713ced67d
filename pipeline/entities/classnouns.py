"""Labels a generic noun beside a name states: "Belmarsh prison", "the river Tamsa", "the Kivu mine",
"the studio Lantern Pictures", "state-owned Minerco", "Ulundi, the country's largest copper mine".

`classified` runs after the vote. A name right before a lower-case classifier noun that heads its
phrase ("the Kestenfeld stadium"; not "the Hendrix museum plan"), right after one ("the river X",
"the studio X"), in apposition with one ("X, the world's largest copper mine"), or closing a list
after a named building ("at Kelby prison, Leeds, and Tarnby, York") takes the noun's
label from the cue table (`class_nouns` both sides, `class_before` before the name only,
`team_nouns` after every mention: "the Kelby team" is a body, not a person) over a label the model
guessed. No name of the gazetteer's places changes (a town's airport is the town's), nor a name the
article treats as a person's ("Julius Tamba airport") or a people's ("the Italian side"); a body
changes only when no mention of it stands alone (the club's "Chelsea stadium" stays the club). The
table holds generic nouns only, no names. Works on token indices.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from pipeline.entities import firms as FM
from pipeline.entities import words as W
from pipeline.entities.candidates import EVIDENCE, Cand, DocCtx, by_key, relabel
from pipeline.entities.gazetteer import world
from pipeline.entities.lexicon import CUES, OUTLET_ARMS, gazetteer_label
from pipeline.entities.names import given_name_first

CLASS_NOUNS: dict[str, str] = CUES["class_nouns"]  # "prison" -> FAC, "river" -> LOC: either side
COMPOUNDS: dict[tuple[str, ...], str] = {tuple(k.split()): v for k, v in CUES["class_compounds"].items()}
CLASS_BEFORE: dict[str, str] = CUES["class_before"]  # "studio" -> ORG: before the name only
TEAMS = frozenset(CUES["team_nouns"])  # "the Kelby team", "the Leeds side": a body, after the name only
TAILS = frozenset(w.rsplit("-", 1)[1] for w in CLASS_BEFORE if "-" in w)  # "owned": split off "state-owned"
HEADS = frozenset(k[-1] for k in COMPOUNDS)  # "house" of "opera house"
GATE = frozenset(CLASS_NOUNS) | frozenset(CLASS_BEFORE) | TAILS | TEAMS | HEADS  # all lower case: `_any_noun`
OVERRULED = {  # the model's labels a classifier noun overrules, per the noun's label
    "FAC": frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "GPE", "LOC", "EVENT"}),
    "LOC": frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "GPE", "FAC", "EVENT"}),
    "ORG": frozenset({"PERSON", "PRODUCT", "WORK_OF_ART", "GPE", "LOC", "FAC", "NORP"}),
}
PLACES = frozenset({"GPE", "LOC", "FAC"})
CLOSING_QUOTES = frozenset({"'", "\u2019"})
LEADS = frozenset({"DET", "PRON", "ADJ", "NUM"})  # "the river X", "its studio X", "a new stadium"
NAMED_LEADS = frozenset({"PROPN", "NOUN"})  # a before-only noun's place or trade: "Hollywood studio X"


def classified(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """Relabel the names a classifier noun beside a mention names (see the module's doc)."""
    if not _any_noun(ctx):
        return
    for key, ms in by_key(ctx, [c for c in cands if c.label], key_of).items():
        held = labels.get(key, ms[0].label)
        if any(c.src in EVIDENCE for c in ms):
            continue
        signs = [_noun_label(ctx, c) for c in ms]
        said = {s for s in signs if s}
        if len(said) != 1:
            continue
        label = said.pop()
        if held != label and held in OVERRULED[label] and _may(ctx, key, ms, held, label, signs):
            relabel(ctx, ms, labels, key_of, label)


def _any_noun(ctx: DocCtx) -> bool:
    """Some word of the article is a classifier noun or a hyphenated one's tail (one set test against
    the article's cached lower-case words: every key is lower case)."""
    return not W.lower_words(ctx).isdisjoint(GATE)


def _may(ctx: DocCtx, key: str, ms: list[Cand], held: str, label: str, signs: list[str | None]) -> bool:
    """No evidence against the noun: a place the gazetteer knows keeps its label, a person the
    article treats as one (a given name first; for a place, "Mr X", "he") stays one, and a body
    becomes a place only when every mention of it has the noun."""
    c = ms[0]
    if label == "ORG" and _teams(ctx, ms, signs):
        return held not in PLACES | {"NORP"} and all(signs) and not FM.personal(ctx, ms)  # see `_teams`
    if held in PLACES and (key in world().places or gazetteer_label(ctx.norm_of(c.start, c.end))):
        return False
    if held == "PERSON" and any(given_name_first(ctx, m) for m in ms):
        return False
    if held == "PERSON" and label in PLACES and FM.personal(ctx, ms):
        return False  # "Tavo airport ... he said"; a studio is "who" as often as "which"
    if held == "ORG" and label != "ORG" and not all(signs):
        return False
    return not (label == "FAC" and ctx.words[c.end - 1] in OUTLET_ARMS)  # "Radio Kaya station": no building


def _teams(ctx: DocCtx, ms: list[Cand], signs: list[str | None]) -> bool:
    """Every sign is a team's noun, which makes a body only where every mention has one and none
    reads as a person's (a candidate's "Hale team" is his staff), and never a place or a people ("the
    England team", "the Italian side": a nation's side keeps its label)."""
    n = len(ctx.words)
    return all(
        (k := _team_noun(ctx, c.end)) < n and ctx.words[k] in TEAMS
        for c, s in zip(ms, signs, strict=True)
        if s
    )


def _noun_label(ctx: DocCtx, c: Cand) -> str | None:
    """The label the classifier noun beside mention c states, if any."""
    if ctx.in_caps(c.start):
        return None
    return _after(ctx, c) or _before(ctx, c) or _apposed(ctx, c) or _listed(ctx, c)


def _after(ctx: DocCtx, c: Cand) -> str | None:
    """"X prison", "the X river", "the X opera house": a lower-case classifier noun (or two-word
    one) right after the name that heads its phrase (no noun it modifies follows: "the Hendrix
    museum plan")."""
    k = _team_noun(ctx, c.end)
    word = ctx.words[k] if k < len(ctx.words) else ""
    label = "ORG" if word in TEAMS else CLASS_NOUNS.get(word)
    if label is None and (label := COMPOUNDS.get(tuple(ctx.words[k : k + 2]))):
        k += 1  # "the X opera house": the compound's head
    if label is None:
        return None
    tok = ctx.toks[k]
    if tok.dep_ in {"compound", "amod", "nmod"} and tok.head.i > tok.i and (label != "ORG" or word in TEAMS):
        return None  # "an early X team member"; but a pollster's "X poll findings", "the X ratings system"
    return label


def _team_noun(ctx: DocCtx, e: int) -> int:
    """Where a team's noun stands after a name ending at e, over a closing quote and one or two
    lower-case words of its sport ("the 'Kelby Kites' rugby league side"); e when there is none."""
    words, k = ctx.words, e + (e < len(ctx.words) and ctx.words[e] in CLOSING_QUOTES)
    for j in range(k, min(k + 3, len(words))):
        if words[j] in TEAMS:
            mods = ctx.toks[k:j]
            return j if all(t.is_lower and t.dep_ == "compound" and t.i < t.head.i <= j for t in mods) else e
        if not words[j].islower():
            break
    return e


def _before(ctx: DocCtx, c: Cand) -> str | None:
    """"the river X", "the studio X", "state-owned X": a lower-case classifier noun right before the
    name, after a determiner, a possessive or an adjective (or an adjective itself: "state-owned"); a
    before-only noun also after a name or a noun ("Hollywood studio X", "film studio X")."""
    if c.start == 0:
        return None
    word, first = _word_before(ctx, c.start)
    label = CLASS_BEFORE.get(word) or CLASS_NOUNS.get(word)
    if not label:
        return None
    if ctx.toks[c.start - 1].pos_ == "ADJ" or "-" in word:
        return label
    leads = LEADS | NAMED_LEADS if word in CLASS_BEFORE else LEADS  # "Hollywood studio X", "film studio X"
    return label if first > 0 and ctx.toks[first - 1].pos_ in leads else None


def _word_before(ctx: DocCtx, i: int) -> tuple[str, int]:
    """The word before token i, a hyphenated compound whole ("state-owned", which the tokenizer
    splits in three), and the index of its first token."""
    words, ws = ctx.words, ctx.ws
    if i > 2 and words[i - 2] == "-" and not ws[i - 3] and not ws[i - 2]:
        return f"{words[i - 3]}-{words[i - 1]}".lower(), i - 3
    return words[i - 1], i - 1


def _apposed(ctx: DocCtx, c: Cand) -> str | None:
    """"X, the world's largest copper mine", "the copper mine, X": a classifier noun heading an
    apposition to the name, set off by a comma."""
    root = ctx.root(c.start, c.end)
    for noun in _appositions(root):
        label = CLASS_NOUNS.get(noun.text)
        if label and noun.pos_ == "NOUN" and _comma_between(ctx, c, noun):
            return label
    return None


def _appositions(root: Token) -> list[Token]:
    """The nouns in apposition to a name's head: its appos children and the head it is appos of."""
    out = [k for k in root.children if k.dep_ == "appos"]
    return out + [root.head] * (root.dep_ == "appos")


def _comma_between(ctx: DocCtx, c: Cand, noun: Token) -> bool:
    """A comma sets the apposition off: right after the name, or right before it."""
    if noun.i >= c.end:
        return c.end < len(ctx.words) and ctx.words[c.end] == ","
    return c.start > 0 and ctx.words[c.start - 1] == ","


def _listed(ctx: DocCtx, c: Cand) -> str | None:
    """"at Kelby prison, Leeds, and Tamsa, York": a one-word name after "and"/"or" that follows a
    named building (a name, then its lower-case noun; a town after a comma may qualify it), itself
    closing the list: a building of the same kind."""
    words, k = ctx.words, c.start - 1
    if c.end - c.start != 1 or k < 2 or words[k] not in {"and", "or"} or not _closes(words, c.end):
        return None
    k -= words[k - 1] == ","
    j = k - 1
    while j > 0 and words[j].istitle():
        j -= 1  # ", Leeds," : the town that qualifies the building
    k = j - 1 if j < k - 1 and words[j] == "," else k - 1
    label = CLASS_NOUNS.get(words[k]) if k > 0 and words[k - 1].istitle() else None
    return "FAC" if label == "FAC" else None


def _closes(words: list[str], e: int) -> bool:
    """Token e ends a list's last item: a comma, a stop, or the text's end."""
    return e >= len(words) or words[e] in {",", ".", ";"}
