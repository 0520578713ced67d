"""Language identification (py3langid, model shipped in the package), so that English patterns are
never run over an article in another language."""

from __future__ import annotations

import re
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

SAMPLE_CHARS = 1200
MIN_WORDS = 20
MIN_CONFIDENCE = 0.9
# English news has 30-55% of its words in spaCy's English stop-word list, other languages in Latin
# script under 15%: a sample this English, with "the" in it twice, needs no model.
ENGLISH_SHARE = 0.25
WORD = re.compile(r"[a-z']+")


@cache
def identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> str:
    """ISO 639-1 code of the article's language; "en" unless another language is clear.

    Short texts (headlines, result lines) and uncertain guesses count as English.
    """
    sample = text[:SAMPLE_CHARS]
    if len(sample.split()) < MIN_WORDS or plainly_english(sample):
        return "en"
    code, confidence = identifier().classify(sample)
    return code if code != "en" and confidence >= MIN_CONFIDENCE else "en"


def plainly_english(sample: str) -> bool:
    """Whether the sample reads as English from its function words alone (no model loaded)."""
    words = WORD.findall(sample.lower())
    return words.count("the") >= 2 and sum(w in STOP_WORDS for w in words) >= ENGLISH_SHARE * len(words)
