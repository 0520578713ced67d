"""Laws and the bodies named like them: "the Convention on Human Rights", "the Treaty of Rome" (a
document's word before "on", "against" or "of" inside the name) are laws whatever the model said;
a name voted a law that ends in no law's or document's word and speaks or acts ("the Law Lords said",
"what the Law Lords did") is a body. Works on token indices."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from pipeline.entities import tokens as TK
from pipeline.entities.candidates import Cand, DocCtx, by_key, relabel
from pipeline.entities.evidence import DOCUMENT_HEADS, LAW_HEADS
from pipeline.entities.lexicon import CUES, fold
from pipeline.entities.words import english_word

TREATIES = DOCUMENT_HEADS - {"Law", "Code"} | {"Convention", "Covenant"}  # "Convention on X", "Treaty of Y"
TREATY_PREPS = frozenset({"on", "against", "of"})
STUDY_HEADS = frozenset(w.title() for w in CUES["study_nouns"])  # "Paper", "Report", "Review"
BODY_OF = frozenset({"Convention"})  # "the Convention of Scottish Local Authorities": a body
LAW_WORDS = (
    LAW_HEADS
    | DOCUMENT_HEADS
    | {
        "Convention",
        "Conventions",
        "Covenant",
        "Constitution",
        "Directive",
        "Amendment",
        "Regulations",
    }
)
ACTS = frozenset(
    {
        "say",
        "do",
        "rule",
        "decide",
        "tell",
        "warn",
        "argue",
        "reject",
        "order",
        "find",
        "hear",
        "vote",
        "conclude",
        "urge",
    }
)  # what a body does, never a document


def treaty_named(doc: Doc, s: int, e: int) -> bool:
    """Tokens s..e hold a document's word before "on", "against" or "of" and a capitalised word
    ("European Convention on Human Rights", "Treaty of Rome"; not "Convention of ... Authorities")."""
    toks = TK.toks(doc)
    for k in range(s, e - 2):
        word, prep = toks[k].text, toks[k + 1].lower_
        if word in TREATIES and prep in TREATY_PREPS and not (prep == "of" and word in BODY_OF):
            return any(t.text[:1].isupper() for t in doc[k + 2 : e])
    return False


def acting_laws(ctx: DocCtx, cands: list[Cand], labels: dict[str, str], key_of: Callable) -> None:
    """A name voted a law that ends in no law's or document's word, some mention of which is
    the subject of a body's act ("said", "ruled", "did"): a body (ORG) on every mention."""
    if not ctx.parsed or "LAW" not in labels.values():
        return
    named = [c for c in cands if c.end > c.start and c.label]
    for key, ms in by_key(ctx, named, key_of).items():
        if labels.get(key, ms[0].label) != "LAW" or any(_documented(ctx, c) for c in ms):
            continue
        if any(_acts(ctx, c) for c in ms):
            relabel(ctx, ms, labels, key_of, "ORG")


def _documented(ctx: DocCtx, c: Cand) -> bool:
    """The name's last word (a number after it aside) is a law's or a document's, or it names a
    treaty ("Human Rights Act 1998", "Treaty of Rome"; not "Law Lords")."""
    words = [w for w in ctx.words[c.start : c.end] if not w[:1].isdigit()]
    return not words or words[-1] in LAW_WORDS or treaty_named(ctx.doc, c.start, c.end)


def _acts(ctx: DocCtx, c: Cand) -> bool:
    """The mention heads the subject of a body's act ("the Law Lords said")."""
    root = ctx.root(c.start, c.end)
    return root.dep_ == "nsubj" and root.head.lemma_ in ACTS


def generic_papers(ctx: DocCtx, model: list[Cand]) -> list[Cand]:
    """The model's names of a kind of document, no name of one: two capitalised common English words
    ending in a study's noun ("White Paper", "Green Paper"), which some mention writes as a kind, after
    "a" or "an" ("a new White Paper") or a lower-case noun ("the transport White Paper"). Every mention
    of such a kind goes; "the Hale Report" (a name first) stays."""
    kinds = [c for c in model if c.end - c.start == 2 and ctx.words[c.end - 1] in STUDY_HEADS]
    kinds = [c for c in kinds if all(english_word(fold(w)) for w in ctx.words[c.start : c.end])]
    if not kinds:
        return model
    typed = {ctx.norm_of(c.start, c.end) for c in kinds if _as_kind(ctx, c.start)}
    return [c for c in model if c.end - c.start != 2 or ctx.norm_of(c.start, c.end) not in typed]


def _as_kind(ctx: DocCtx, s: int) -> bool:
    """A name at token s written as a kind: after "a"/"an", also with an adjective between, or
    after a lower-case noun ("aviation White Paper")."""
    if s < 1:
        return False
    before = ctx.toks[s - 1]
    if before.lower_ in {"a", "an"} or (before.is_lower and before.pos_ == "NOUN"):
        return True
    return s > 1 and before.pos_ == "ADJ" and before.is_lower and ctx.words[s - 2].lower() in {"a", "an"}
