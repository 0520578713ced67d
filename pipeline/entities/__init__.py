"""The entities stage: name spans cleaned, relabelled per article, grouped into entities with roles.

`stage` runs it; `candidates` finds and cleans the spans, `context` weighs the article's evidence
(titles, roles, labels), `lexicon` holds world data and shape tests.
"""

from pipeline.entities.stage import extract

__all__ = ["extract"]
