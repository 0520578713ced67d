"""Analysts' outputs: the run-wide entity catalog, tables (Parquet/CSV) and the review page."""
