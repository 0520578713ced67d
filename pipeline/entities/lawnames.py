"""Long names of laws and treaties read from their own words, whether or not the model found them: a
document's word opening the name before "on", "of", "against" or "to" ("the Directive on the Grant
of Fishing Rights", "Act of Union", "European Convention on Human Rights"), a bill or act whose name
holds a small word ("Abolition of the Tolls Bill": `laws.law_span`), and the document a numbered
clause is of ("Article 5 of the Kelby Convention"). Such a name is a LAW on its own evidence; a name
the model ran into it ("Hale's Abolition") is cut at it (`cut_before`). Works on token indices."""

from __future__ import annotations

from pipeline.entities import laws as LW
from pipeline.entities import lexicon as L
from pipeline.entities import tokens as TK
from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.documents import BODY_OF, TREATIES
from pipeline.entities.evidence import LAW_HEADS, POSS_CUT

OPENERS = TREATIES | LAW_HEADS | {"Directive", "Regulation", "Regulations"}  # "Directive on the X"
OPEN_PREPS = frozenset({"on", "of", "against", "to"})
INNER = frozenset({"of", "and", "on", "to", "for", "the"})  # small words inside a name
NAMED = frozenset({"GPE", "LOC", "ORG", "PERSON", "NORP", "FAC"})  # model tags of a place, body, person
MAX_RUN = 10  # words of a name after its preposition


def law_names(ctx: DocCtx) -> list[tuple[int, int]]:
    """The long law names of the article (see the module), worked out once per document."""
    found = getattr(ctx, "_law_names", None)
    if found is None:
        heads = LAW_HEADS | OPENERS | LW.CLAUSES  # the words `_law_at` tests first: no call per word
        found = [span for i, w in enumerate(ctx.words) if w in heads and (span := _law_at(ctx, i))]
        ctx._law_names = found  # type: ignore[attr-defined]
    return found


def law_cands(ctx: DocCtx) -> list[Cand]:
    """The long law names as LAW candidates read from the article's words."""
    return [Cand(s, e, "LAW", "cue", 3.0) for s, e in law_names(ctx)]


def cut_before(ctx: DocCtx, s: int, e: int) -> int:
    """The end of a name s..e the model ran into a law's name that starts inside it ("Hale's
    Abolition" of "Lord Hale's Abolition of the Tolls Bill"), a possessive at the cut left out; e when
    no law's name starts inside it."""
    for ls, le in law_names(ctx):
        if s < ls < e <= le:
            k = ls
            while k > s and (ctx.words[k - 1] in POSS_CUT or ctx.words[k - 1] == "'"):
                k -= 1
            return k
    return e


def _law_at(ctx: DocCtx, i: int) -> tuple[int, int] | None:
    """The long law name whose head is token i, if any."""
    w = ctx.words[i]
    if w in LAW_HEADS and (span := _bill_at(ctx, i)):
        return span
    if w in OPENERS and i + 2 < len(ctx.words):
        return _opened_at(ctx, i)
    if w in LW.CLAUSES and i + 3 < len(ctx.words):
        return _clause_of(ctx, i)
    return None


def _clause_of(ctx: DocCtx, i: int) -> tuple[int, int] | None:
    """The document a numbered clause at token i is part of ("Article 52 of the 1973 European Patent
    Convention", "Section 3 of the Kelby Act"): its name, which ends in a law's or a document's word."""
    words = ctx.words
    if not words[i + 1][:1].isdigit() or words[i + 2] != "of":
        return None
    k = i + 3 + (words[i + 3] == "the")
    k += k < len(words) and words[k].isdigit() and len(words[k]) == 4  # "the 1973 X Convention"
    e = _run_end(ctx, k) if k < len(words) else k
    return (k, e) if e > k and words[e - 1] in LW.LAW_WORDS else None


def _bill_at(ctx: DocCtx, i: int) -> tuple[int, int] | None:
    """A bill or act ending at token i whose name holds a small word ("Abolition of the Tolls Bill"),
    not a forename ("Bill Hale", "Sir Bill said")."""
    words = ctx.words
    if i + 1 < len(words) and words[i + 1][:1].isupper() or words[i] in TK.of(ctx.doc).forenames:
        return None
    span = LW.law_span(ctx.doc, i, i + 1)
    if span is None or span[1] - span[0] < 3:
        return None
    return span if any(words[k] in INNER for k in range(span[0], i)) else None


def _opened_at(ctx: DocCtx, i: int) -> tuple[int, int] | None:
    """A name opened by a document's word at token i and a preposition, then capitalised words
    ("Directive on the Grant of Fishing Rights", "Treaty of Rome"); capitalised words before the head
    are the name's too ("European Convention on X"). Not "Convention of X Authorities" (a body)."""
    words, prep = ctx.words, ctx.words[i + 1]
    if prep not in OPEN_PREPS or prep == "of" and words[i] in BODY_OF or words[i] in TK.of(ctx.doc).forenames:
        return None  # "Bill to Ann": a person
    k = i + 2 + (words[i + 2] == "the")
    e = _run_end(ctx, k)
    if e == k or prep == "to" and _tagged_name(ctx, k, e):
        return None  # "bring the Regulations to Parliament": where they go, no name's part
    s = i
    while s > 0 and words[s - 1][:1].isupper() and not ctx.toks[s].is_sent_start and words[s - 1] != "The":
        s -= 1
    return s, e


def _tagged_name(ctx: DocCtx, k: int, e: int) -> bool:
    """Tokens k..e are one name the model tagged as a place, a body or a person ("Parliament")."""
    doc = ctx.doc
    if doc[k].ent_iob_ != "B" or doc[k].ent_type_ not in NAMED:
        return False
    return all(t.ent_iob_ == "I" for t in doc[k + 1 : e]) and (e == len(doc) or doc[e].ent_iob_ != "I")


def _run_end(ctx: DocCtx, k: int) -> int:
    """The end of a run of capitalised words from k on one line, small words between them kept
    ("Grant of Fishing Rights"), hyphened words too ("Computer-Implemented"); k when none starts at k."""
    words, ws, e, j = ctx.words, ctx.ws, k, k
    while j < len(words) and j - k < MAX_RUN and "\n" not in ws[j - 1]:
        w = words[j]
        if w in L.CALENDAR:
            break  # "signed the Treaty on Monday": a date, no name's word
        if w[:1].isupper() and w.isalpha() or w == "-" and ws[j - 1] == "" and ws[j] == "":
            j += 1
            e = j if w != "-" else e
        elif w in INNER and j > k and (n := _small_run(words, j)) and "\n" not in ws[n - 1]:
            j = n  # "of the": the name goes on with capitals after them
        else:
            break
    return e


def _small_run(words: list[str], j: int) -> int:
    """The index of the capitalised word after small words from j ("of the Tolls"), 0 when none."""
    n = j
    while n < len(words) and n - j < 3 and words[n] in INNER:
        n += 1
    return n if n < len(words) and words[n][:1].isupper() and words[n].isalpha() else 0
