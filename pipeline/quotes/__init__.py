"""The quotes stage: direct, indirect and mixed quotes with speaker, cue and offsets.

`stage` combines the sources; `marks` pairs quote marks, `cues` finds speech verbs next to them,
`reported` reads reported speech from the parse, `subjects` finds who speaks in the parse and
`speakers` links the speaker to an entity ("he said", "the minister said").
"""

from pipeline.quotes.stage import extract

__all__ = ["extract"]
