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


def test_codes_agree_with_the_tables_across_merges(monkeypatch):
    """The sorted arrays and the dict of recent ids give every id the code `_code` gives it, before
    and after a merge, and after the arrays start afresh at their limit."""
    import numpy
    from spacy.lang.en import English

    doc = English()("Zorbla said the statement reads, according to Quib, that plans reportedly grew")
    words = [t.lower_ for t in doc] + [t.text for t in doc] + ["say", "claim", "according", "to"]
    ids = numpy.array([[doc.vocab.strings.add(w)] for w in words], dtype="uint64")
    expected = [[scan._code(doc, int(h))] for h in ids[:, 0].tolist()]
    monkeypatch.setattr(scan, "MERGE_AT", 3)
    monkeypatch.setattr(scan, "_KNOWN", [scan._EMPTY])
    monkeypatch.setattr(scan, "_RECENT", {})
    assert scan.codes(doc, ids).tolist() == expected  # all new: coded one by one, then merged
    assert len(scan._KNOWN[0][0]) > 0
    assert scan.codes(doc, ids).tolist() == expected  # found in the arrays
    monkeypatch.setattr(scan, "CODES_LIMIT", 4)
    scan._RECENT.update({1: 0, 2: 0, 3: 0})
    scan._merge()  # over the limit: the arrays start afresh
    assert len(scan._KNOWN[0][0]) == 3
    assert scan.codes(doc, ids).tolist() == expected
