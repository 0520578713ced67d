"""A person's name the model ran together with the body of their post: "Minister of Planning and
International Cooperation Nasser Shraideh", "President of the World Economic Forum Borge Brende",
"Ambassador to Qatar Jean Faivre". The span after "<post> of/for/to/at (the)" ends in a personal
name; the name is cut off, and the post (with its body) becomes the person's role."""

from __future__ import annotations

from pipeline.entities.candidates import DocCtx
from pipeline.entities.lexicon import HONORIFICS, ORG_HEADS, fold, is_title, is_title_word, personal_first

POST_PREPS = frozenset({"of", "for", "to", "at"})
NAME_WORDS = 4  # the longest personal name looked for at a span's end
_INITIALS = frozenset({"H", "E", "HE"})  # "His Excellency"


def post_holder(ctx: DocCtx, s: int, e: int, label: str) -> tuple[int, str, int] | None:
    """The start of the holder's name inside `s:e`, the post before it and the number of honorifics
    between the body and the name ("H E"), or None."""
    doc = ctx.doc
    if label == "PERSON" or e - s < 3 or ctx.in_caps(s):
        return None
    j = s - 1 - (s > 0 and doc[s - 1].lower_ == "the")
    if j < 1 or doc[j].lower_ not in POST_PREPS or not is_title(fold(doc[j - 1].text)):
        return None
    k = name_start(ctx, s, e)
    if k is None:
        return None
    lead = j - 1
    while lead > 0 and doc[lead - 1].text[:1].isupper() and is_title_word(doc[lead - 1].text):
        lead -= 1  # "Deputy Minister of …"
    end = k
    while end > s and (fold(doc[end - 1].text) in HONORIFICS or doc[end - 1].text in _INITIALS):  # "H E"
        end -= 1
    return k, doc[lead:end].text, k - end


def name_start(ctx: DocCtx, s: int, e: int) -> int | None:
    """Where a personal name at the end of `s:e` starts, after at least one word: at its leftmost
    common given name ("… Cooperation Juan Altamirano"), else two words from the end when the
    last word stands alone elsewhere in the article as a person of the model's ("… Nasser Shraideh" …
    "Shraideh said")."""
    doc = ctx.doc
    lo = max(s + 1, e - NAME_WORDS)
    tail = doc[lo:e]
    if not all(t.text[:1].isupper() or t.text == "-" for t in tail) or any(t.text in ORG_HEADS for t in tail):
        lo = e - 2
    for k in range(lo, e - 1):
        if personal_first(fold(doc[k].text), fold(doc[e - 1].text)) and all(
                (t.is_title and t.text not in ORG_HEADS) or t.text == "-" for t in doc[k:e]):
            return k
    if (e - 2 > s and doc[e - 2].is_title and doc[e - 1].is_title and doc[e - 1].text not in ORG_HEADS
            and _alone_elsewhere(ctx, s, e)):
        return e - 2
    return None


def _alone_elsewhere(ctx: DocCtx, s: int, e: int) -> bool:
    """The last word of `s:e` appears elsewhere in the article without a capitalised word on either side,
    and the model calls it a person there."""
    word, words = ctx.words[e - 1], ctx.words
    for i, w in enumerate(words):
        if w == word and not s <= i < e and ctx.toks[i].ent_type_ == "PERSON":
            before = words[i - 1] if i > 0 else ""
            after = words[i + 1] if i + 1 < len(words) else ""
            if not before[:1].isupper() and not after[:1].isupper():
                return True
    return False
