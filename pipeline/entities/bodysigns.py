"""Signs that a name the model calls a person is a body, read from the parse of one mention.

`firms` counts them with its other signs of an organisation: the name is bought or taken over
("Google acquired X", "X was bought by Y", "took over X"), the parse ties a "which" to it ("X,
which continued"), plural makers stand in apposition to it ("X, makers of the Y software"), or a
part of a business belongs to it ("the Italian arm of auditor X", "a unit of X"). `post_at`: a post
is held at it ("vice president of search properties at X"), one of `firms`' signs of a post at a
body; `named_at`: a named speaker works there ("said Jo Hale at X"). Outside sports reports, where
players are bought; there only a publication's quoting ("was quoted as saying by Norland's X") counts.
`body_roles` finds the role nouns the article gives a body ("A second auditor, Acme & Co", "auditor
Acme"): there they describe a firm ("auditor Grant Hale"). No list of
names: verbs, nouns and the parse only. All work on token indices.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.entities import lexicon as L
from pipeline.entities import names as NM
from pipeline.entities import pretitles as PT
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.evidence import POSS_CUT
from pipeline.entities.kinds import STAFF

TAKEOVERS = frozenset({"acquire", "buy", "purchase"})  # lemmas: "acquired X", "X was bought"
MAKERS = frozenset(
    {"makers", "owners", "operators", "publishers", "developers", "creators", "producers", "manufacturers",
     "providers", "distributors", "suppliers"}
)  # plural nouns of a business in apposition: "X, makers of the Y software"
PARTS = frozenset({"arm", "unit", "subsidiary", "division", "branch", "offshoot", "affiliate"})  # "arm of X"
OWNED_BY = frozenset({"to", "with", "of", "by", "from", "for"})  # "belonged to X, which": the thing's

POST_PREPS = frozenset({"at", "for"})  # "a director at X", "vice president of sales for X"
QUOTED_BETWEEN = frozenset({"as", "saying", "telling", "having", "said"})  # "quoted as saying by X"
STAFF_PREPS = frozenset({"of", "at", "with"})  # "analyst Jo Hale of X"
SAYING = frozenset({"say", "tell", "add", "warn", "explain", "note", "write"})  # "said Jo Hale at X"
UP = 3  # heads climbed from "at" to find the post's noun
HELD_TITLES = frozenset({"champion", "champions", "winner", "winners", "holder", "holders", "owner", "owners",
                         "sponsor", "sponsors", "rival", "rivals", "partner", "partners"})  # a body's too


def body_sign(ctx: DocCtx, c: Cand) -> int:
    """1 when the mention reads as a body's by its parse (see the module's doc), 2 after a post held
    there (`_staff_of`), else 0."""
    if c.end <= c.start:
        return 0
    if _quoting(ctx, c.start):
        return 1  # also in sports reports
    if ctx.sports or not ctx.parsed:
        return 0
    if _staff_of(ctx, c.start):
        return 2  # "analyst Jo Hale of X": his employer, worth two signs (a person is no one's post)
    root = ctx.root(c.start, c.end)
    which = _which(root) and not NM.given_name_first(ctx, c)  # not "future Beach Boy Bruce Hale, which"
    return int(_taken_over(root) or _makers(root) or _part_of(ctx, c) or which)


def _staff_of(ctx: DocCtx, s: int) -> bool:
    """The mention follows "of", "at" or "with" after a person's full name the model found and a
    post's noun before it ("analyst Jo Hale of X", "economist Ann Lee at X"): where the person works."""
    doc = ctx.doc
    if s < 4 or ctx.words[s - 1] not in STAFF_PREPS:
        return False
    k = s - 2
    while k >= 0 and doc[k].ent_type_ == "PERSON" and doc[k].pos_ == "PROPN":
        k -= 1
    return s - 2 - k >= 2 and k >= 0 and doc[k].is_lower and doc[k].lower_ in STAFF


def _quoting(ctx: DocCtx, s: int) -> bool:
    """The name is the agent of "quoted (as saying) by", maybe after a place's possessive ("was
    quoted as saying by Norland's X"): a publication quotes people."""
    words, k = ctx.words, s - 1
    if k > 1 and words[k] in POSS_CUT and L.gazetteer_label(L.norm(words[k - 1])) == "GPE":
        k -= 2
    if k < 1 or words[k] != "by":
        return False
    k -= 1
    while k > 0 and words[k] in QUOTED_BETWEEN:
        k -= 1
    return words[k] == "quoted"


def _taken_over(root: Token) -> bool:
    """The object of a takeover's verb, or its passive subject ("acquired X", "X was bought")."""
    head = root.head
    if root.dep_ == "dobj" and head.lemma_ == "take" and any(k.dep_ == "prt" and k.lower_ == "over"
                                                           for k in head.children):
        return True
    return root.dep_ in {"dobj", "nsubjpass"} and head.lemma_ in TAKEOVERS and head.pos_ == "VERB"


def post_at(ctx: DocCtx, c: Cand) -> bool:
    """The object of "at" or "for" hung on a post's noun a few heads up ("vice president of search
    properties at X", "an analyst at X"; "for" only after a post apposed to a person: "Ann Lee,
    vice president of sales for X"); outside sports reports."""
    return _post(ctx, c) is not None


def _post(ctx: DocCtx, c: Cand) -> Token | None:
    """The post's noun a few heads up from the "at" or "for" the mention is the object of; or None."""
    if ctx.sports or not ctx.parsed or c.end <= c.start:
        return None
    root = ctx.root(c.start, c.end)
    at = root.head
    if root.dep_ != "pobj" or at.lower_ not in POST_PREPS:
        return None
    tok = at.head
    for _ in range(UP):
        if tok.pos_ == "NOUN" and tok.is_lower and L.role_word(tok.lower_):
            return tok if at.lower_ == "at" or _held(tok) else None  # not "a waiting list for X"
        if tok.dep_ not in {"pobj", "prep"} or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _held(post: Token) -> bool:
    """The post's noun stands in apposition to a person's name ("Ann Lee, head of sales for X")."""
    return post.dep_ == "appos" and post.head.ent_type_ == "PERSON"


def named_at(ctx: DocCtx, c: Cand) -> bool:
    """The mention stands right after "at" that follows a person's full name the model found, at a
    sentence's start or after a verb of saying ("said Jo Hale at X", "Jo Hale at X said"): where that
    person works; not an owner ("at Jo Hale's house"); outside sports reports."""
    doc, s = ctx.doc, c.start
    if ctx.sports or s < 3 or doc[s - 1].lower_ != "at" or c.end - s < 2:
        return False
    if c.end < len(doc) and ctx.words[c.end] in POSS_CUT:
        return False
    k = s - 2
    while k >= 0 and doc[k].ent_type_ == "PERSON" and doc[k].pos_ == "PROPN":
        k -= 1
    full = s - 2 - k >= 2 and doc[k + 1].ent_iob_ == "B"
    return full and (k < 0 or doc[k].is_sent_start or doc[k].is_punct or doc[k].lemma_ in SAYING)


def _which(root: Token) -> bool:
    """A relative clause on the name opens with "which" ("X, which continued a run of upbeat
    results"): the parse ties the pronoun to the name, not to a clause before it; not after a
    preposition whose head the pronoun may stand for ("a trumpet which belonged to X, which is
    expected to fetch", "a duo with X, which evolved into")."""
    if root.dep_ == "pobj" and root.head.lower_ in OWNED_BY:
        return False
    return any(k.dep_ == "relcl" and any(w.lower_ == "which" and w.i < k.i and w.dep_.startswith("nsubj")
                                         for w in k.lefts) for k in root.rights)


def joined_title(ctx: DocCtx, c: Cand, firm_noun) -> bool:
    """The title before the mention is one a body holds, joined by "and" to a body's lower-case noun
    ("German football club and former European champion X", "the carmaker and sponsor X"):
    the whole description is a body's. `firm_noun` tells a body's noun (`firms.firm_noun`)."""
    ts, role = PT.pre_title(ctx.doc, c.start)
    words = ctx.words
    if not role or ts < 2 or words[ts - 1] not in {"and", "&"}:
        return False
    if words[c.start - 1].lower() not in HELD_TITLES:
        return False
    return words[ts - 2].islower() and firm_noun(words[ts - 2])


def _makers(root: Token) -> bool:
    """Plural makers in apposition to the name ("X, makers of the Y software")."""
    return any(k.dep_ == "appos" and k.lower_ in MAKERS for k in root.children)


def business_of(ctx: DocCtx, c: Cand) -> bool:
    """A post a person holds or a part of a business belongs to the mention ("Ann Lee, vice
    president for X", "a division of X"): signs of a body that no product's or place's name has."""
    post = _post(ctx, c)
    return _part_of(ctx, c) or (post is not None and _held(post))  # not "the plant at X"


def _part_of(ctx: DocCtx, c: Cand) -> bool:
    """A part of a business before "of" and the name, maybe with a lower-case noun between ("the
    Italian arm of auditor X", "a unit of X")."""
    words, s = ctx.words, c.start
    k = s - 1 - (s > 1 and words[s - 1].islower() and ctx.toks[s - 1].pos_ == "NOUN")
    return k > 0 and words[k] == "of" and words[k - 1].lower() in PARTS


def body_roles(ctx: DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str]) -> frozenset[str]:
    """The role nouns right before a name voted a body, or before its apposition's comma ("auditor
    Acme", "A second auditor, Acme & Co"), in the singular; not before a given name ("analyst Ann
    Gartner")."""
    roles = set()
    for key, ms in by_key.items():
        if labels.get(key) != "ORG":
            continue
        for c in ms:
            noun = _role_before(ctx, c.start, comma=True)
            if noun and not NM.given_name_first(ctx, c):
                roles.add(noun)
    return frozenset(roles)


def _role_before(ctx: DocCtx, s: int, comma: bool) -> str:
    """The lower-case role noun right before token s (or before a comma there, with `comma`),
    singular; or ""."""
    k = s - 1 - (comma and s > 1 and ctx.words[s - 1] == ",")
    if k < 0 or not ctx.words[k].islower() or ctx.toks[k].pos_ != "NOUN":
        return ""
    low = ctx.words[k]
    one = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    return one if L.role_word(one) else ""
