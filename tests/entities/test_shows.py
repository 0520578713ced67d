"""Tests for pipeline.entities.shows: the kind of an entertainment story."""

from __future__ import annotations

from pipeline.entities import candidates as C
from pipeline.entities import shows as SW
from pipeline.entities import sport as S

AWARDS = (
    "The Velvet Owls scored a hat-trick at the music awards, winning the best group title. They beat "
    "Tarrant to the prize and won best album; fans cheered as the band won again. The win helps the band's "
    "game, and they play in a league of their own on their tour. Tarrant won best single, and the album "
    "and the single topped the charts. The music industry said the band's gig was the concert of the year."
)


def test_one_sports_word_leaves_a_music_story(nlp):
    ctx = C.DocCtx(nlp(AWARDS))
    assert S.story(ctx)  # the sports reader alone takes it for a report
    assert SW.show_story(ctx)


def test_a_match_report_stays_sport(nlp):
    text = "Millbrook won the match 3-1 with a hat-trick from the striker. The penalty came after half-time."
    assert not SW.show_story(C.DocCtx(nlp(text)))
