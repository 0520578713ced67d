"""The dates stage: temporal expressions as TIMEX3 items, relative ones anchored on the article date.

`stage` runs find -> filter -> normalise -> resolve; `find` gathers candidates, `filters` drops
non-times, `normalize` dispatches to `absolute` ("3 March 2024"), `relative` ("last Friday",
"next month"), `durations` ("three years"); `tense` reads the governing verb, `context` resolves
anaphora ("that year"); `calendar` does the arithmetic, `text` the wording.
"""

from pipeline.dates.stage import extract

__all__ = ["extract"]
