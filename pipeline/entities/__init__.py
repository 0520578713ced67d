"""The entities stage: name spans cleaned, relabelled per article, grouped into entities with roles.

`stage` runs it; `candidates` finds and cleans the spans, `context` weighs the article's evidence
(titles, roles, labels), `lexicon` holds world data and shape tests.
"""

__all__ = ["extract"]


def __getattr__(name: str):
    """`extract`, imported on first use, so that the package's small modules load without spaCy."""
    if name == "extract":
        from pipeline.entities.stage import extract

        return extract
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
