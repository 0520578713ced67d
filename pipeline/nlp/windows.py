"""Very long articles, processed in windows of paragraphs so that memory stays bounded and time
grows linearly with length.

The model's memory grows with the length of a Doc (a 1 MB article in one Doc: 3.4 GB) and some
rules look at the whole article for each item they find. An article over WINDOW_ABOVE characters
is cut into windows of at most WINDOW_CHARS, at a paragraph break where there is one (else a line
break, a sentence end, a space), each window is run through the whole pipeline as an article of
its own, and the items are put together: offsets made article-relative, one entity's mentions
grouped across windows (`entities.merge`), quotes' speakers pointing at the merged entities.
Articles up to WINDOW_ABOVE (every ordinary news story) are processed whole, as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.entities.merge import merge_windows
from pipeline.nlp.extensions import STAGE_ATTRS, stage_failures
from pipeline.nlp.loader import make_doc

WINDOW_ABOVE = 50_000  # characters; the longest of 2,225 BBC stories has 25,000
WINDOW_CHARS = 20_000
WINDOWS_IN_FLIGHT = 2  # windows the model processes together (about 40,000 characters)
# Where a window may end, best first; each ends before a character that is not white space, so the
# windows tokenise exactly as the whole text does.
BREAKS = (re.compile(r"\n[^\S\n]*\n\s*(?=\S)"), re.compile(r"\n\s*(?=\S)"),
          re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=\S)"), re.compile(r"\s+(?=\S)"))


def is_long(text: str) -> bool:
    return len(text) > WINDOW_ABOVE


def cuts(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) of the windows of `text`: at most `size` characters each, each ending at the
    last paragraph break of its second half (else line break, sentence end, space, or at `size`)."""
    spans, pos = [], 0
    while len(text) - pos > size:
        low, high = pos + size // 2, pos + size
        end = high
        for pattern in BREAKS:
            last = None
            for last in pattern.finditer(text, low, high):  # noqa: B007 - the last match is wanted
                pass
            if last is not None:
                end = last.end()
                break
        spans.append((pos, end))
        pos = end
    spans.append((pos, len(text)))
    return spans


def extract(nlp: Language, text: str, published: str | None) -> dict[str, list[dict]]:
    """The items of a long article (entities, quotes, numbers, dates), from its windows."""
    spans = cuts(text, WINDOW_CHARS)
    parts = list(zip((start for start, _ in spans), _window_items(nlp, text, spans, published), strict=True))
    return merge(text, parts)


def _window_items(nlp: Language, text: str, spans: list[tuple[int, int]], published: str | None
                  ) -> Iterator[dict[str, list[dict]]]:
    def docs() -> Iterator[Doc]:
        for start, end in spans:
            doc = make_doc(nlp, text[start:end])
            doc._.published = published
            yield doc

    for doc in nlp.pipe(docs(), batch_size=WINDOWS_IN_FLIGHT):
        yield {**{attr: doc._.get(attr) or [] for attr in STAGE_ATTRS}, "failures": stage_failures(doc)}


def merge(text: str, parts: list[tuple[int, dict[str, list[dict]]]]) -> dict[str, list[dict]]:
    """One article's items from its windows' ((offset, items) in text order)."""
    entities, ids = merge_windows(text, [(offset, items["entities"]) for offset, items in parts])
    names = {entity["id"]: entity["name"] for entity in entities}
    out: dict[str, list] = {"entities": entities, "quotes": [], "numbers": [], "dates": []}
    out["failures"] = sorted({f for _, items in parts for f in items.get("failures", ())})
    for number, (offset, items) in enumerate(parts):
        for attr in ("quotes", "numbers", "dates"):
            out[attr] += [shifted(item, offset) for item in items[attr]]
        for quote in out["quotes"][len(out["quotes"]) - len(items["quotes"]):]:
            speaker = quote.get("speaker")
            if speaker and speaker.get("entity") is not None:  # the merged entity, and its name
                speaker["entity"] = ids[number, speaker["entity"]]
                speaker["name"] = names[speaker["entity"]]
    return out


def shifted(value: object, offset: int) -> object:
    """A copy of an item with every `start` and `end` (at any depth) moved by `offset`."""
    if isinstance(value, dict):
        return {k: v + offset if k in ("start", "end") and isinstance(v, int) else shifted(v, offset)
                for k, v in value.items()}
    if isinstance(value, list):
        return [shifted(v, offset) for v in value]
    return value
