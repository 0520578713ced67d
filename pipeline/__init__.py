"""News extraction pipeline: article folders in, format-1 records out."""

__version__ = "0.1.0"
FORMAT = 1
