"""A party named only by its members: a capitalised name right before an elected member's
acronym ("Labour MPs", "Green MEP") or after "ex-" before a role noun ("Ex-Labour minister") that the
model left untagged, and that no gazetteer knows (not "Scottish MPs", "Welsh MEP"), is the party (ORG)."""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.lexicon import HONORIFICS, fold, gazetteer_label, is_title, role_noun
from pipeline.entities.words import MEMBER_ACRONYMS, english_word, lower_words

EX = frozenset({"ex", "Ex"})


def member_parties(ctx: DocCtx) -> list[Cand]:
    """Parties named before their members or after "ex-" (see the module's doc)."""
    toks, words, out = ctx.toks, ctx.words, []
    for i in ctx.capitals:
        if i + 1 >= len(words) or toks[i].ent_type_:
            continue
        members = words[i + 1] in MEMBER_ACRONYMS
        former = _after_ex(ctx, i) and role_noun(toks[i + 1], True)
        if (members or former) and _party_word(ctx, i):
            s = i
            while s > 0 and not former and toks[s - 1].is_title and toks[s - 1].pos_ == "PROPN" \
                    and not toks[s - 1].ent_type_ and _party_word(ctx, s - 1):
                s -= 1  # "A Plaid Cymru MP": the whole name
            if s > 0 and not former and toks[s - 1].is_title and toks[s - 1].is_alpha \
                    and toks[s - 1].pos_ == "PROPN" and not toks[s - 1].ent_type_:
                continue  # "Plaid Cymru MPs" opening a sentence: no "Cymru" alone
            out.append(Cand(s, i + 1, "ORG", "cue", 2.0))
    return out


def former_party(ctx: DocCtx, c: Cand) -> bool:
    """A body's one-word name right after "ex-" before a lower-case role noun ("Ex-Labour minister"):
    the party or firm the person left, kept though its word is a title word elsewhere ("Labour Minister")."""
    s, words = c.start, ctx.words
    return c.label in {"ORG", "NORP"} and c.end == s + 1 and _after_ex(ctx, s) \
        and c.end < len(words) and words[c.end].islower() \
        and role_noun(ctx.toks[c.end], True)  # not "ex-Home Secretary": a title's own word


def _after_ex(ctx: DocCtx, i: int) -> bool:
    """Token i comes right after "ex-" ("Ex-Labour", "ex-Acme")."""
    return i > 1 and ctx.words[i - 1] == "-" and ctx.words[i - 2] in EX


def _party_word(ctx: DocCtx, i: int) -> bool:
    """Token i is a one-word name: capitalised, alphabetic, no title word, no gazetteer's name, and
    not a sentence's first word that is an English word or that the article writes in lower case
    ("Senior MPs", "Sacked MP")."""
    tok = ctx.toks[i]
    if not (tok.is_title and tok.is_alpha) or tok.pos_ not in {"PROPN", "ADJ"}:
        return False
    key = fold(tok.text)
    if is_title(key) or key in HONORIFICS or gazetteer_label(key) is not None:
        return False
    first = i == 0 or ctx.toks[i].is_sent_start or ctx.words[i - 1] in {'"', "\u201c"}
    return not (first and (english_word(tok.lower_) or tok.lower_ in lower_words(ctx)))  # not "Sacked MP" X
