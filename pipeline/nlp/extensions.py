"""Doc extensions the stages write to. Values are plain data only (dicts, strings, offsets)."""

from spacy.tokens import Doc

STAGE_ATTRS = ("entities", "quotes", "numbers", "dates")
TEXT_KEY = "news_text"


def register() -> None:
    """Register the Doc extensions once per process (idempotent)."""
    for attr in STAGE_ATTRS:
        if not Doc.has_extension(attr):
            Doc.set_extension(attr, default=None)
    if not Doc.has_extension("published"):
        # ISO reference date (YYYY-MM-DD) for relative dates, set by the caller before the dates stage
        Doc.set_extension("published", default=None)


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc for all stages (spaCy re-joins every token on each access)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def keep_text(doc: Doc, text: str) -> Doc:
    """Remember `text` as the Doc's text: spaCy's tokenizer keeps every character, so the text it was
    made from is `doc.text` without re-joining the tokens."""
    doc.user_data[TEXT_KEY] = text
    return doc


register()


ARTICLE_ID_KEY = "news_article_id"  # user_data key of the article id, set by the runner


def failure_line(doc: Doc) -> str:
    """The log line of the Doc's last stage failure, naming the article when the runner set its id."""
    name = doc.user_data.get(ARTICLE_ID_KEY)
    where = f"article {name!r}, " if name is not None else ""
    return f"{stage_failures(doc)[-1]} ({where}a document of {len(doc.text)} chars)"


def note_failure(doc: Doc, stage: str, exc: BaseException) -> None:
    """Note on the Doc that `stage` failed on it (read back by `stage_failures`)."""
    cause = f"{type(exc).__name__}: {exc}"[:200]
    message = f"the {stage} stage failed on this article ({cause}); its {stage} are missing"
    doc.user_data.setdefault("news_failures", []).append(message)


def stage_failures(doc: Doc) -> list[str]:
    """The stages that failed on the Doc, one sentence each (empty when all ran)."""
    return list(doc.user_data.get("news_failures", ()))
