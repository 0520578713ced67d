"""The shard function: a list of articles in, finished JSONL lines out.

The same function serves the in-process run, the process pool and (later) a Dask bag. Each worker
process builds its Language once and keeps it.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from spacy.language import Language

from pipeline.ingest import dateline, language
from pipeline.ingest.read import Article
from pipeline.nlp import loader as nlp_builder
from pipeline.nlp import windows
from pipeline.nlp.extensions import ARTICLE_ID_KEY, STAGE_ATTRS, stage_failures
from pipeline.record.build import build_error, build_record, encode
from pipeline.tablecache import long_lived

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Settings:
    """What decides a record besides the article itself (hashed into the run's config)."""

    model: str = nlp_builder.DEFAULT_MODEL
    with_text: bool = True
    published: str | None = None
    max_bytes: int = 1_000_000
    time_limit: float | None = None  # seconds per article before it goes to errors as a timeout
    batch_id: str = ""  # the archive batch the records go to, and when it started (not hashed)
    batch_started: str = ""

    @property
    def batch(self) -> dict | None:
        return {"id": self.batch_id, "started": self.batch_started} if self.batch_id else None


@dataclass
class Result:
    """One finished article: its key, whether it became a record or an error, and the line."""

    key: str
    kind: str  # "record" | "error"
    line: bytes


_NLP: dict[str, Language] = {}
_WARM: dict[int, set[str]] = {}  # per Language: word forms made permanent by remember_words
WARM_LIMIT = 30_000  # about 28 MB; a full BBC run (2,225 articles) keeps 20,286, 82% of its words
BATCH_CHARS = 40_000

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
        # The model, tables and gazetteer live as long as the process: built with the collector off
        # (it would re-walk their ~200,000 young objects over and over: half the start-up), then
        # moved out of its generations, so that full collections never walk them (1% of run time).
        # No full collection first: it walked every object of the process (0.1 s of each start) to
        # free a few dozen, which stay frozen.
        with long_lived():
            _NLP[model] = nlp_builder.build(model)
            warm = _NLP[model].make_doc(WARM_UP)
            warm._.published = "2026-03-03"
            _NLP[model](warm)
    nlp = _NLP[model]
    nlp.max_length = max(nlp.max_length, max_length + 1)
    return nlp


class Timeout(Exception):
    """An article took longer than the per-article time limit."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise Timeout after `seconds` (main thread only: pool workers; Dask threads run unlimited)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise Timeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def process_shard(items: list[tuple[str, Article]], settings: Settings) -> list[Result]:
    """Run every stage over a shard of (key, article) pairs; never raises for one bad article."""
    nlp = get_nlp(settings.model, settings.max_bytes)
    model = nlp_builder.model_name(nlp)
    for _, article in items:
        article.meta = dateline.header_meta(article.meta, article.text, settings.published)
        article.meta["language"] = language.detect(article.text)
    # English articles processed whole, in batches (a very long one is processed in windows by `finish`)
    english = [(key, a) for key, a in items if a.meta["language"] == "en" and not windows.is_long(a.text)]
    remember_words(nlp, [article.text for _, article in english])
    with nlp.memory_zone():
        docs: dict[str, object] = {}
        try:
            with time_limit(settings.time_limit and settings.time_limit * len(english)):
                docs = {key: doc for (key, _), doc in zip(english, pipe(nlp, english), strict=True)}
        except Exception as exc:  # one article broke or stalled the batch: each is redone alone below
            log.warning("a batch of %d articles failed (%s: %s); each is redone alone",
                        len(english), type(exc).__name__, exc)
            docs = {}
        results = [finish(nlp, model, key, article, docs.get(key), settings) for key, article in items]
    return results


def remember_words(nlp: Language, texts: list[str]) -> None:
    """Make the word forms that recur in a shard permanent, before its memory zone: the shard itself
    and the next shards then find their lexemes and tokenizer cache entries instead of rebuilding
    them (spaCy caches no split inside a zone: each occurrence was split again; the model's own
    vocabulary has under a thousand; building a lexeme runs a dozen Python attribute getters). At
    most WARM_LIMIT forms per process, so memory stays bounded; tokenisation is the same either way.
    """
    known = _WARM.setdefault(id(nlp), set())
    room = WARM_LIMIT - len(known)
    if room <= 0:
        return
    counts = Counter(chunk for text in texts for chunk in text.split() if len(chunk) < 40)
    new = [chunk for chunk, n in counts.items() if n > 1 and chunk not in known][:room]
    if new:
        nlp.tokenizer(" ".join(new))
        known.update(new)


def pipe(nlp: Language, items: list[tuple[str, Article]]) -> Iterator:
    """Docs of the items, in batches of at most BATCH_CHARS characters: long articles in one batch
    would multiply the model's peak memory (16 of the longest BBC stories: 885 MB; 4 of them: 512 MB)."""
    batch: list[tuple[str, Article]] = []
    size = 0
    for item in items:
        if batch and size + len(item[1].text) > BATCH_CHARS:
            yield from nlp.pipe(make_docs(nlp, batch), batch_size=len(batch))
            batch, size = [], 0
        batch.append(item)
        size += len(item[1].text)
    if batch:
        yield from nlp.pipe(make_docs(nlp, batch), batch_size=len(batch))


def make_docs(nlp: Language, items: list[tuple[str, Article]]):
    """Tokenised Docs carrying their reference date for the dates stage."""
    for _, article in items:
        doc = nlp_builder.make_doc(nlp, article.text)
        doc._.published = article.meta.get("published")
        doc.user_data[ARTICLE_ID_KEY] = article.id  # names the article in a stage's failure line
        yield doc


def finish(nlp: Language, model: str, key: str, article: Article, doc, settings: Settings) -> Result:
    """Encode the record; a very long article is processed here in windows, and an article whose
    batch failed is re-run alone, both under the time limit.

    An article in another language gets a record with its language and no extractions.
    """
    try:
        if article.meta["language"] != "en":
            items = {}
        elif doc is None and windows.is_long(article.text):
            with time_limit(settings.time_limit):
                items = windows.extract(nlp, article.text, article.meta.get("published"))
        else:
            if doc is None:
                with time_limit(settings.time_limit):
                    doc = next(nlp.pipe(make_docs(nlp, [(key, article)])))
            items = {attr: doc._.get(attr) for attr in STAGE_ATTRS}
            items["failures"] = stage_failures(doc)
        if items.get("failures"):  # a stage that failed: the record says so, its other items stay
            warnings = [*article.meta.get("warnings", []), *items["failures"]]
            article = replace(article, meta={**article.meta, "warnings": warnings})
        record = build_record(article, items, model, settings.with_text, settings.batch)
        return Result(key, "record", encode(record))
    except Timeout:
        message = f"processing took longer than the {settings.time_limit:g} s limit (--time-limit)"
        return Result(key, "error", encode(build_error(article, "timeout", message, settings.batch)))
    except Exception as exc:  # reported per article, the run goes on
        message = f"the pipeline failed on this article: {type(exc).__name__}: {exc}"[:500]
        return Result(key, "error", encode(build_error(article, "internal", message, settings.batch)))
