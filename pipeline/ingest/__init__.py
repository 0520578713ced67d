"""Reading articles: discovery, decoding, sidecar metadata, byline, dateline, language."""
