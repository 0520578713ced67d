"""The tense of the verb governing a temporal expression, which decides whether a year-less month,
a weekday or a season lies before or after the reference date.

`tense(span)` returns past | future | modal | present | '' (no verb found). News conventions on
top of the grammatical tense: "as soon as / as early as Tuesday", "until 9 a.m. Tuesday" and
"effective Feb. 1" point forward; a plan or a schedule ("is set to resume Monday", "expects to
close in March") points forward unless seen from a pluperfect ("had been due to expire Friday");
a present-tense event verb with a weekday is a scheduled event ("the two leaders meet Monday").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.vocab import MONTHS, WEEKDAYS

FUTURE_AUX = {"will", "'ll", "shall", "wo"}
MODALS = {"would", "could", "can", "may", "might", "should", "must"}


def tense(span: Span) -> str:
    """Tense of the verb governing a span: past | future | modal | present | '' (none found)."""
    if not span.doc.has_annotation("DEP"):
        return ""
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return ""
    if span.doc[max(span.start - 3, 0):span.start].text.lower() in ("as early as", "as soon as"):
        return "future"
    if span.start > 0 and span.doc[span.start - 1].lower_ in ("until", "till", "effective") \
            and not _pluperfect(tok):
        return "future"  # a deadline or a start: "until 9 a.m. Tuesday", "effective Feb. 1"
    if tok.lemma_ in ("plan", "schedule") and tok.tag_ == "VBD" and tok.i < span.start \
            and not _pluperfect(tok):
        return "future"  # "protesters planned a rally on Saturday"; not "On Friday, they planned to pay"
    found = _verb_tense(tok, 3)
    if found == "past" and _narrated_month(span, tok):
        return "before"  # "changed to a calendar year in December" (said in October): the last December
    if found == "present" and _misread_past(tok):
        return "past"
    if found == "present" and tok.tag_ in ("VBP", "VBZ") and tok.lemma_ not in STATIVE \
            and any(t.lower_ in WEEKDAYS for t in span) \
            and not (span.end < len(span.doc) and span.doc[span.end].lower_ == "'s"):
        return "future"  # news present for a scheduled event: "the two leaders meet Monday"
    return found


STATIVE = {"be", "have", "say", "tell", "report", "announce", "show", "follow", "remain", "know", "seem"}


def _narrated_month(span: Span, verb: Token) -> bool:
    """A bare month after "in" governed by a simple past verb of the narrative (not a report of a
    plan): the month lies before the reference date, even if the next one is weeks away."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if len(span) != 1 or span[0].lower_ not in MONTHS or before != "in":
        return False
    return verb.tag_ == "VBD" and verb.dep_ in ("ROOT", "conj") \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _misread_past(tok: Token) -> bool:
    """'Weakness hurt the index on Friday': a bare form after a singular subject is a past tense the
    tagger read as present (hurt, cut, set, put, hit, cost, quit, spread)."""
    if tok.tag_ != "VBP" or tok.lower_ != tok.lemma_.lower():
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or any(c.dep_ == "conj" for c in subj.children):  # "Netanyahu and Arafat meet"
        return False
    return subj.tag_ in ("NN", "NNP") or subj.lower_ in ("he", "she", "it")


def _pluperfect(tok: Token) -> bool:
    """'had planned', 'had been due': a past seen from further back, not a pointer to the future."""
    for t in (tok, tok.head):
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") and c.tag_ == "VBD" for c in t.children):
            return True
    return False


def _verb_tense(tok: Token, depth: int) -> str:
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX:
        return "future"
    if words & MODALS:
        return "modal"  # a weaker pointer to the future
    if tok.dep_ == "xcomp" and tok.head.lemma_ in ("expect", "plan", "schedule", "hope", "intend", "set",
                                                   "due", "be") and not _pluperfect(tok.head):
        return "future"
    if any(a.lower_ == "going" for a in auxes) or tok.lemma_ in ("expect", "plan", "schedule"):
        return "future" if tok.tag_ != "VBD" else "past"
    if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes) or words & {"has", "have", "'ve"}:
        return "past"
    if not auxes and tok.tag_ in ("VBG",) and tok.dep_ in ("advcl", "conj") \
            and depth > 0 and tok.head is not tok:
        return _verb_tense(tok.head, depth - 1)  # "has fluctuated, rising to ... in March"
    if tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl", "advcl"):
        return "past"
    if tok.tag_ in ("VBP", "VBZ", "VBG", "VB"):
        return "present"
    return ""
