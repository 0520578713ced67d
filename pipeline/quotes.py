"""The quotes stage (placeholder until the stage is written)."""

from spacy.tokens import Doc


def extract(doc: Doc) -> list[dict]:
    """Return this stage's items as plain dicts shaped like pipeline.types."""
    return []
