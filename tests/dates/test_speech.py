"""Tests for speech time (pipeline.dates.speech): the quote spans it sees and the day a quote was said."""

import pytest

from pipeline.dates.speech import quote_spans


@pytest.mark.parametrize("text, quoted", [
    ("\u201cWe go today,\u201d she said.", ["We go today,"]),
    ("He said: \"Not now.\" Then \"later\".", ["Not now.", "later"]),
    ("``We leave tomorrow,'' the letter read.", ["We leave tomorrow,"]),
    ("''Only today,'' he said.", ["Only today,"]),
    ("\"It opens today.\n\nThe shop is new.", []),  # never closed: unbalanced, as for the quotes stage
    ("\u201cWe start today.\n\n\u201cAnd end tomorrow,\u201d he said.",
     ["We start today.\n\n\u201cAnd end tomorrow,"]),
    ("She said it was \u2018not today\u2019 but soon.", ["not today"]),
    ("No quotes here.", []),
])
def test_quote_spans(nlp, text, quoted):
    doc = nlp.make_doc(text)
    assert [text[a:b] for a, b in quote_spans(doc)] == quoted


def run(nlp, text: str, published: str) -> dict[str, str]:
    doc = nlp.make_doc(text)
    doc._.published = published
    return {d["text"]: d["value"] for d in nlp(doc)._.dates}


def test_a_date_inside_the_quote_is_no_speech_date(nlp):
    values = run(nlp, "\u201cOn Monday we met, and today we sign,\u201d the minister said.", "2026-02-12")
    assert values["today"] == "2026-02-12"


def test_speech_date_follows_the_cue_not_the_article(nlp):
    said_friday = run(nlp, "The mayor said on Friday that the roads reopen tomorrow.", "2026-02-16")
    said_today = run(nlp, "The mayor said that the roads reopen tomorrow.", "2026-02-16")
    assert said_friday["tomorrow"] == "2026-02-14"
    assert said_today["tomorrow"] == "2026-02-17"


def test_a_speech_event_inside_a_quote_dates_nothing(nlp):
    values = run(nlp, "\u201cI told them on Monday that we leave today,\u201d she said.", "2026-02-12")
    assert values["Monday"] == "2026-02-09"
    assert values["today"] == "2026-02-12"
