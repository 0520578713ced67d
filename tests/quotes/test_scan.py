"""The cue-candidate scan keeps every word `cues.is_cue` can accept: a lemma table read by is_cue
but missing from scan.VERB_LEMMAS would make its cues silently vanish."""

from pipeline.quotes import cues, scan


def test_every_cue_lemma_is_a_candidate():
    read_by_is_cue = (cues.SPEECH_LEMMAS | cues.COMPLEMENT_LEMMAS | cues.ATTITUDE_LEMMAS
                      | cues.STANCE_LEMMAS | cues.AS_LEMMAS | cues.ASIDE_LEMMAS)
    assert not read_by_is_cue - scan.VERB_LEMMAS, read_by_is_cue - scan.VERB_LEMMAS


def test_noun_cues_are_candidates():
    assert not (cues.SPEECH_NOUNS | cues.BELIEF_NOUNS) - scan.NOUN_CUES


def test_hearing_cues_are_candidates():
    from pipeline.quotes.hearings import HEARING_LEMMAS

    assert HEARING_LEMMAS <= scan.VERB_LEMMAS
