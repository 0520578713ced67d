"""The dates stage: temporal expressions as TIMEX3 items, relative ones anchored on the article date.

`stage` runs find -> filter -> normalise -> resolve; `find` gathers candidates, `filters` drops
non-times, `normalize` dispatches to `absolute` ("3 March 2024"), `relative` ("last Friday",
"next month"), `durations` ("three years"); `tense` reads the governing verb, `context` resolves
anaphora ("that year"); `calendar` does the arithmetic, `text` the wording.
"""

__all__ = ["extract"]


def __getattr__(name: str):
    """`extract`, imported on first use, so that the package's small modules load without spaCy."""
    if name == "extract":
        from pipeline.dates.stage import extract

        return extract
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
