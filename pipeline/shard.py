"""The shard function: a list of articles in, finished JSONL lines out.

The same function serves the in-process run, the process pool and (later) a Dask bag. Each worker
process builds its Language once and keeps it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.language import Language

from pipeline import dateline
from pipeline import nlp as nlp_builder
from pipeline.read import Article
from pipeline.record import build_error, build_record, encode


@dataclass(frozen=True)
class Settings:
    """What decides a record besides the article itself (hashed into the run's config)."""

    model: str = nlp_builder.DEFAULT_MODEL
    with_text: bool = True
    published: str | None = None
    max_bytes: int = 1_000_000
    today: str = ""  # ISO date the year of a year-less dateline is inferred against (not hashed)


@dataclass
class Result:
    """One finished article: its key, whether it became a record or an error, and the line."""

    key: str
    kind: str  # "record" | "error"
    line: bytes


_NLP: dict[str, Language] = {}

# Run once outside any memory zone, so that patterns and strings the stages build lazily on their
# first Doc are permanent, not transient strings dropped when a zone closes.
WARM_UP = (
    'By Ann Lee\nLONDON, March 3 (Reuters) - "We will invest $2.5 billion, or about 15%, in 2027," '
    "Prime Minister John Smith told reporters on Thursday, four years after the plan. "
    "He said more than 1,000 companies had applied last year."
)


def get_nlp(model: str, max_length: int) -> Language:
    """The process's Language for this model, built on first use."""
    if model not in _NLP:
        _NLP[model] = nlp_builder.build(model)
        warm = _NLP[model].make_doc(WARM_UP)
        warm._.published = "2026-03-03"
        _NLP[model](warm)
    nlp = _NLP[model]
    nlp.max_length = max(nlp.max_length, max_length + 1)
    return nlp


def process_shard(items: list[tuple[str, Article]], settings: Settings) -> list[Result]:
    """Run every stage over a shard of (key, article) pairs; never raises for one bad article."""
    nlp = get_nlp(settings.model, settings.max_bytes)
    model = nlp_builder.model_name(nlp)
    today = dt.date.fromisoformat(settings.today) if settings.today else dt.date.today()
    for _, article in items:
        article.meta = dateline.header_meta(article.meta, article.text, settings.published, today)
    with nlp.memory_zone():
        try:
            docs = list(nlp.pipe(make_docs(nlp, items)))
        except Exception:  # one article broke the batch: redo one by one to isolate it
            docs = [None] * len(items)
        pairs = zip(items, docs, strict=True)
        return [finish(nlp, model, key, article, doc, settings) for (key, article), doc in pairs]


def make_docs(nlp: Language, items: list[tuple[str, Article]]):
    """Tokenised Docs carrying their reference date for the dates stage."""
    for _, article in items:
        doc = nlp.make_doc(article.text)
        doc._.published = article.meta.get("published")
        yield doc


def finish(nlp: Language, model: str, key: str, article: Article, doc, settings: Settings) -> Result:
    """Encode the record, re-running the article alone if its batch failed."""
    try:
        if doc is None:
            doc = next(nlp.pipe(make_docs(nlp, [(key, article)])))
        return Result(key, "record", encode(build_record(article, doc, model, settings.with_text)))
    except Exception as exc:  # reported per article, the run goes on
        message = f"the pipeline failed on this article: {type(exc).__name__}: {exc}"[:500]
        return Result(key, "error", encode(build_error(article, "internal", message)))
