"""The numbers stage: money, percentages, quantities and counts with values, units, hedges, ranges.

`stage` finds and assembles the items; `pieces` splits number tokens, `words` reads number words,
`parse` gives values and multipliers, `units` currencies and units, `ranges` joins ranges,
`filters` drops what is not an amount; `tables` holds the vocabulary (data/numbers.json).
"""

from pipeline.numbers.registry import symbol_unit
from pipeline.numbers.stage import extract
from pipeline.numbers.units import unit_words

__all__ = ["extract", "symbol_unit", "unit_words"]  # the units' two for entities.unitwords
