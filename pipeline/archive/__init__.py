"""The archive: batches of part files, their index, and the last run's view (see store.py)."""
