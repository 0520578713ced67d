"""Model names: a brand written with a lower-case word the article uses only after it ("the Mac mini",
"an iPod shuffle", "two Acme nanos"), one product of its own, not the brand.

`model_names` runs before the per-name vote. A lower-case word w after a name P is the model's part
of its name when the article's own text says so: w (or its plural) never stands in the article
except right after P; "P w" is written twice at least; some mention of it is led by a determiner
or "new" and ends its noun phrase ("the Mac mini will", "a new iPod shuffle,"); P has a brand's
shape ("iPod", `products.CAMEL`) or some mention's sentence names a device ("the Mac mini, a new
computer"; not "an Oscar nomination"); w is no function word, no verb, no product noun ("the Xbox
console" is the brand's thing, `products`), and no noun of a body's people or money ("Sony
executives"). Each "P w" becomes one PRODUCT mention: the model's span of P takes w ("the Apple
Mac" cut after the maker the article writes alone), or a new candidate where no name covers P.
The brand written alone is then the product line unless a mention treats it as a body. No list
of products: the article's words only. All work on token indices."""

from __future__ import annotations

from collections import defaultdict

from pipeline.entities import products as PD
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import CUES, gazetteer_label, role_word, world
from pipeline.entities.products import BODY_AFTER, CAMEL, DETS, HEADS, MALWARE, NEW, NOMINAL

LEADS = DETS | NEW | {"cheaper", "cheapest", "smaller", "bigger", "original"}  # "the cheaper Mac mini"
ENDS = frozenset({"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "ADV", "PART", "PUNCT"})  # a phrase ends
ABLE = frozenset({"PRODUCT", "ORG", "PERSON", "GPE", "LOC", "NORP", "FAC", "WORK_OF_ART"})
CUE_WORDS = frozenset(
    w.lower() for v in CUES.values() if isinstance(v, list) for w in v if isinstance(w, str)
)  # the cue nouns: "the X series", "the X format"
EVENT_NOUNS = frozenset(
    {"conference", "expo", "show", "fair", "exhibition", "convention", "summit", "festival"}
)  # "the X conference": an event's
NO_MODEL = BODY_AFTER | CUE_WORDS | EVENT_NOUNS | MALWARE  # no model's word: "Sony executives", "X worm"
DEVICES = HEADS - {"sales", "owners", "titles", "range", "version", "versions", "edition", "update",
                   "successor", "model", "models", "card", "cards"}  # the product nouns of a thing made
WEIGHT = 4.0  # the article's own evidence outweighs the model's guess for "Mac" or "Mac Mini"


def model_names(ctx: DocCtx, cands: list[Cand]) -> list[Cand]:
    """Give each "P w" of a model's name (see the module's doc) one PRODUCT mention; returns the
    new candidates (where no name covered P)."""
    if ctx.sports or not ctx.parsed:
        return []
    found = _models(ctx)
    if not found:
        return []
    ends = {c.end: c for c in cands if c.end > c.start}
    out = []
    for s, e in found:  # e: the index of w
        c = ends.get(e)
        if c is not None and c.start <= s and c.label in ABLE:
            if c.start < s and _maker(ctx, cands, c.start, s):  # "the Apple Mac mini": Apple, then it
                out.append(Cand(c.start, s, "ORG", "model", c.weight))
                c.start = s
            c.end, c.label, c.role, c.weight = e + 1, "PRODUCT", None, max(c.weight, WEIGHT)
            ctx.take(c)
        elif ctx.free(s, e + 1):
            c = Cand(s, e + 1, "PRODUCT", "rule", WEIGHT)
            ctx.take(c)
            out.append(c)
        else:
            continue
        single = found.words.get(ctx.words[e], ctx.words[e])
        if single != ctx.words[e]:  # "iPod minis": one key with "iPod mini"
            ctx.norms[(c.start, e + 1)] = ctx.norm_of(c.start, e) + " " + single
    _bare_brands(ctx, cands, {ctx.words[s] for s, _ in found})
    return out


def _maker(ctx: DocCtx, cands: list[Cand], s: int, e: int) -> bool:
    """The words s..e before a model's brand name a body the article writes alone elsewhere."""
    key = ctx.norm_of(s, e)
    return any(c.start != s and c.end - c.start == e - s and ctx.norm_of(c.start, c.end) == key
               for c in cands)


def _bare_brands(ctx: DocCtx, cands: list[Cand], brands: set[str]) -> None:
    """A brand of a model's name written alone ("the most affordable Mac ever") is the product line
    when no mention treats it as a body (`products.body_use`: "Acme said", "Acme's chief")."""
    bare = [c for c in cands if c.end - c.start == 1 and ctx.words[c.start] in brands]
    if bare and not any(PD.body_use(ctx, c) for c in bare):
        for c in bare:
            c.label, c.role = "PRODUCT", None


class Found(list):
    """The (index of P, index of w) pairs of `_models`, with `words`: each w's form -> singular."""

    words: dict[str, str]


def _models(ctx: DocCtx) -> Found:
    """The (index of P, index of w) of every "P w" the article's words make a model's name: P one
    word with a capital ("Mac", "iPod"); a name the model ends with P takes w too ("Acme Zen mini")."""
    words = ctx.words
    after = {w for p, w in zip(words, words[1:], strict=False)
             if not p.islower() and w.islower() and p[:1].isalpha() and w.isalpha()}  # `_capital(p)`
    after |= {w[:-1] for w in after if len(w) > 3 and w.endswith("s")}  # "minis" of "mini"
    uses: dict[str, list[int]] = defaultdict(list)  # w (singular) -> its indices, for w after a capital
    for i, w in enumerate(words):
        if w in after:
            uses[w].append(i)
        if len(w) > 3 and w.endswith("s") and w[:-1] in after and w.isalpha() and w.islower():
            uses[w[:-1]].append(i)
    pairs: dict[tuple[str, str], list[int]] = defaultdict(list)
    for w, idx in uses.items():
        if len(w) < 3 or any(i == 0 or not _capital(words[i - 1]) for i in idx):
            continue  # w stands after a word of no capital somewhere: no model's word (cheap test first)
        if w in HEADS or w in NO_MODEL or role_word(w):
            continue  # "the Xbox console", "Sony executives", "the UMD format", "the X conference", "X worm"
        brands = {words[i - 1] for i in idx if _brand_word(ctx, i - 1)}
        if len(brands) != 1 or any(i == 0 or words[i - 1] not in brands for i in idx):
            continue  # w stands elsewhere, or after two names
        pairs[(brands.pop(), w)] = idx
    out, forms = [], {}
    for (brand, w), idx in pairs.items():
        if w.endswith("s") and (brand, w[:-1]) in pairs:
            continue  # "minis": the plural of "mini", counted with it
        if len(idx) < 2 or not _model_word(ctx, idx) or not any(_led(ctx, i - 1, i) for i in idx):
            continue
        if not CAMEL.match(brand) and not any(_device_near(ctx, i) for i in idx):
            continue  # "an Oscar nomination", "the OCC board": no thing made
        if gazetteer_label(brand.lower()) or brand in world().places:
            continue
        out += [(i - 1, i) for i in idx]
        forms |= {words[i]: w for i in idx}
    found = Found(sorted(set(out)))
    found.words = forms
    return found


def _capital(w: str) -> bool:
    """A word `_brand_word` may take: a letter first, not all lower case."""
    return w[:1].isalpha() and not w.islower()


def _device_near(ctx: DocCtx, i: int) -> bool:
    """The sentence of token i names a device ("billed as the Mac mini, a new computer")."""
    sent = ctx.toks[i].sent
    return any(ctx.words[k] in DEVICES for k in range(sent.start, sent.end))


def _brand_word(ctx: DocCtx, k: int) -> bool:
    """Token k is a name's word: a capital not at a sentence's start ("Mac", "iPod", "Xbox")."""
    w, tok = ctx.words[k], ctx.toks[k]
    if not w[:1].isalpha() or w.islower() or not ctx.ws[k] or ctx.in_caps(k):
        return False
    return not tok.is_sent_start or (w[:1].islower() and any(ch.isupper() for ch in w))


def _model_word(ctx: DocCtx, idx: list[int]) -> bool:
    """w is a name's word in its uses: no stop word, no verb; written once at least in the singular
    as a noun or adjective (not "Intel researchers")."""
    toks = ctx.toks
    if any(toks[i].is_stop or toks[i].pos_ in {"VERB", "AUX", "ADP", "DET", "PRON"} for i in idx):
        return False
    return any(toks[i].pos_ in NOMINAL | {"ADJ"} and toks[i].tag_ not in {"NNS", "NNPS"} for i in idx)


def _led(ctx: DocCtx, s: int, i: int) -> bool:
    """The mention "P w" at s..i is led by a determiner or "new" and ends its noun phrase."""
    words, toks = ctx.words, ctx.toks
    if s == 0 or words[s - 1].lower() not in LEADS:
        return False  # "the Mac mini"; not "the BBC News website"
    return i + 1 >= len(toks) or toks[i + 1].pos_ in ENDS or words[i + 1] in HEADS

