"""`relinked_cues`: a cue that is the Doc's first word has no comma before it (no wrap to the last word)."""

import spacy
from spacy.tokens import Doc

from pipeline.quotes.relinked_cues import relink_asided_cues


def test_first_word_cue_is_left_alone():
    words = ["alleged", "managers", "kept", "the", "deposit", ","]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 2, 2, 4, 2, 2],
              deps=["amod", "nsubj", "ROOT", "det", "dobj", "punct"],
              tags=["VBD", "NNS", "VBD", "DT", "NN", ","],
              pos=["VERB", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
              lemmas=["allege", "manager", "keep", "the", "deposit", ","])
    relink_asided_cues(doc, [0])
    assert (doc[0].dep_, doc[0].head.i, doc[2].dep_) == ("amod", 1, "ROOT")
