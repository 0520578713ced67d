"""The numbers stage: money, percentages, quantities and counts with values, units, hedges, ranges.

`stage` finds and assembles the items; `pieces` splits number tokens, `words` reads number words,
`parse` gives values and multipliers, `units` currencies and units, `ranges` joins ranges,
`filters` drops what is not an amount; `tables` holds the vocabulary (data/numbers.json).
"""

from pipeline.numbers.stage import extract

__all__ = ["extract"]
