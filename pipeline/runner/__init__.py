"""Running a batch: the shard function, local processes or Dask, and the output store."""
