"""The entities stage over a text whose model labels are set by hand, so that a rule meets the
model's mistake it corrects (`entities_with`), a rule run after the vote on names labelled by hand
(`relabelled`), and the golden-case checks such tests share (`check_relabelled`, `check_case`, `check_counts`,
`check_texts`)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.entities import extract
from pipeline.entities import grouping as G
from pipeline.entities.candidates import Cand, DocCtx


def entities_with(nlp, text: str, labels: dict[str, str]) -> dict[str, dict]:
    """The stage's entities of `text` after the model's names are replaced by `labels` (name ->
    label; longer names first, a shorter one only where it overlaps none and ends a word)."""
    doc = nlp(text)
    spans: list[Span] = []
    for name in sorted(labels, key=len, reverse=True):
        start = 0
        while (k := text.find(name, start)) >= 0:
            span = doc.char_span(k, k + len(name))
            if span is not None and not any(s.start < span.end and span.start < s.end for s in spans):
                spans.append(Span(doc, span.start, span.end, label=labels[name]))
            start = k + len(name)
    doc.ents = sorted(spans, key=lambda s: s.start)
    return {e["name"]: e for e in extract(doc)}


def taken(ctx: DocCtx, name: str, label: str) -> list[Cand]:
    """A candidate for every occurrence of `name` (whole tokens) in the text, each taken."""
    out = []
    for m in re.finditer(rf"\b{re.escape(name)}\b", ctx.doc.text):
        span = ctx.doc.char_span(m.start(), m.end())
        if span is not None and ctx.free(span.start, span.end):
            c = Cand(span.start, span.end, label)
            ctx.take(c)
            out.append(c)
    return out


def relabelled(nlp, case: dict, rule) -> dict[str, str]:
    """The labels of the case's `names` (name -> label) after `rule`, a rule run after the vote."""
    ctx = DocCtx(nlp(case["text"]))
    cands = [c for n, lab in case["names"].items() for c in taken(ctx, n, lab)]
    labels = {G.gkey(ctx, c): c.label for c in cands}
    rule(ctx, cands, labels, G.gkey)
    return {ctx.span_text(c.start, c.end): c.label for c in cands}


def check_relabelled(nlp, case: dict, rule) -> None:
    """`relabelled` on a golden case, asserting the labels of its `expect` (name -> label)."""
    got = relabelled(nlp, case, rule)
    assert {n: got[n] for n in case["expect"]} == case["expect"]


def check_case(nlp, case: dict) -> dict[str, dict]:
    """`entities_with` on a golden case, asserting its `expect` (name -> label) and `absent` (names
    that must be no entity); the entities, for a test's further checks."""
    got = entities_with(nlp, case["text"], case["labels"])
    found = sorted((n, e["label"]) for n, e in got.items())
    for name, label in case["expect"].items():
        assert name in got and got[name]["label"] == label, (name, found)
    for name in case.get("absent", ()):
        assert name not in got, (name, found)
    return got


def check_texts(nlp, case: dict) -> dict[str, dict]:
    """`check_case`, then the case's optional `mentions` (name -> the entity's mention texts)."""
    got = check_case(nlp, case)
    for name, texts in case.get("mentions", {}).items():
        assert [m["text"] for m in got[name]["mentions"]] == texts, name
    return got


def check_counts(nlp, case: dict) -> dict[str, dict]:
    """`check_case`, then the case's `mentions` (name -> how many mentions the entity has)."""
    got = check_case(nlp, case)
    for name, count in case["mentions"].items():
        assert len(got[name]["mentions"]) == count, (name, got[name]["mentions"])
    return got
