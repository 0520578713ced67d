"""An article's entities as plain dicts (shape of `pipeline.record.types.Entity`): canonical name,
mentions and aliases, a person's role, salience; places located (`geo`), most salient first, ids E1..
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.entities import candidates as C
from pipeline.entities import geo
from pipeline.entities import names as NM
from pipeline.entities import pluralnames as PN
from pipeline.entities import roles as R
from pipeline.entities import styles as ST
from pipeline.entities.candidates import Cand

HYPHEN_INITIAL = re.compile(r"\w-[A-Z]\.$")  # "Kelby-Q."; "Kelby Q." keeps its initial's stop
LOW_SALIENCE = {"NORP": 0.75, "LANGUAGE": 0.75}


def render(ctx: C.DocCtx, groups: list[list[Cand]]) -> list[dict]:
    """Plain dicts, most salient first; mentions in text order; ids E1.. in output order."""
    n = max(len(ctx.text), 1)
    top = max((len(ms) for ms in groups), default=1)
    items = []
    for ms in groups:
        ms.sort(key=lambda c: c.start)
        label = ms[0].label
        mentions = [_offsets(ctx.idx[c.start], ctx.span_text(c.start, c.end)) for c in ms]
        forms = list(dict.fromkeys(m["text"] for m in mentions))
        texts = [f"{m['text']} {c.surname}" if c.surname else c.full or m["text"]
                 for c, m in zip(ms, mentions, strict=True)]
        glosses = _glosses(ctx, ms)
        name = NM.canonical_name([t for i, t in enumerate(texts) if i not in glosses] or texts, label)
        name = PN.singular_name(ctx, name, label, forms)  # "their Quibos": the Quibo
        role = R.role(ctx, ms) if label == "PERSON" else None
        if label == "PERSON" and (styled := ST.styled(ctx, ms, name)) != name:
            name = styled  # "Lord Hale": the rank his name is used with, then no role of it alone
            role = None if role and name.lower().startswith(role.lower() + " ") else role
        body = [m["start"] for c, m in zip(ms, mentions, strict=True) if not ctx.in_credit(c.start)]
        items.append(
            {
                "name": name,
                "label": label,
                "mentions": mentions,
                "aliases": [f for f in forms if f != name],
                "role": role,
                "count": len(mentions),
                "salience": salience(body[0] if body else None, n, len(ms), top, label),
            }
        )
    geo.locate(items, ctx.text, ctx.sports)
    joined = geo.same_places(groups, items)
    if joined is not None:
        return render(ctx, joined)
    items.sort(key=lambda e: (-e["salience"], e["mentions"][0]["start"]))
    return [{"id": f"E{i}", **e} for i, e in enumerate(items, 1)]


def _glosses(ctx: C.DocCtx, ms: list[Cand]) -> set[int]:
    """Indexes of the mentions (in text order) alone in brackets right after another mention of their
    entity that is no acronym: a gloss or spelt-out form ("Hamdallah (Party of Unity)", "Agrovia
    (Chilean Institute for Rural Development)"), an alias, never the name the text goes by; an
    acronym's expansion ("FOMC (Federal Open Market Committee)") stays the fuller name."""
    named = {c.end: ctx.span_text(c.start, c.end) for c in ms}
    words = ctx.words
    return {i for i, c in enumerate(ms)
            if c.start > 0 and c.end < len(words) and words[c.start - 1] == "(" and words[c.end] == ")"
            and not named.get(c.start - 1, "A").isupper()}


def _mention(span: Span) -> dict:
    """A mention's offsets and text, without a dash glued to its end ("SRINAGAR- The police")."""
    return _offsets(span.start_char, span.text)


def _offsets(start: int, span_text: str) -> dict:
    """`_mention` of the text `span_text` at character `start`; nor the sentence's full stop the
    tokenizer kept on a hyphenated name's last letter ("from Kelby-Q. The")."""
    text = span_text.rstrip("-\u2013\u2014").rstrip() or span_text  # nor the space before it ("Steven -")
    if HYPHEN_INITIAL.search(text):
        text = text[:-1]
    return {"start": start, "end": start + len(text), "text": text}


def salience(first_body: int | None, length: int, count: int, top: int, label: str) -> float:
    """Half how early the first mention outside bylines and credits comes (`first_body`, a character
    offset into a text of `length`), half the mention count relative to the most mentioned entity's
    (`top`); NORP and LANGUAGE weigh less."""
    position = 1 - first_body / length if first_body is not None else 0.0  # a credit is not a lead
    value = round((0.5 * position + 0.5 * count / top) * LOW_SALIENCE.get(label, 1.0), 4)
    return max(0.0, min(1.0, value))
