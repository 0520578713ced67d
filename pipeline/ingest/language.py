"""Language identification (py3langid, model shipped in the package), so that English patterns are
never run over an article in another language."""

from __future__ import annotations

from functools import cache

SAMPLE_CHARS = 1200
MIN_WORDS = 20
MIN_CONFIDENCE = 0.9


@cache
def identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> str:
    """ISO 639-1 code of the article's language; "en" unless another language is clear.

    Short texts (headlines, result lines) and uncertain guesses count as English.
    """
    sample = text[:SAMPLE_CHARS]
    if len(sample.split()) < MIN_WORDS:
        return "en"
    code, confidence = identifier().classify(sample)
    return code if code != "en" and confidence >= MIN_CONFIDENCE else "en"
