"""Mending of the model's lemmas and tags of cue words, before any cue is read: a cue verb's lemma off
by one final 'e' ('hoped' -> 'hop'), a sentence's root cue verb tagged a plural noun ('Trump predicts
that A'), a cue word closing a sentence after its name tagged a noun ('A would be B, Mr Brown
forecast.'), a cue after an aside read as an adjective of the next subject ('X, who A, complained officials
hid B': `relinked_cues`), a second cue after 'but' read so ('X welcomed A but warned costs would
rise': `conjoined_cues`), a cue after an age read as a noun ('"A," the 67-year-old wrote':
`aged_cues`). `mend_lemmas` runs them all on a Doc.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, LEMMA, TAG
from spacy.strings import StringStore, hash_string
from spacy.tokens import Doc, Token

from pipeline.quotes.aged_cues import mend_aged_cues
from pipeline.quotes.conjoined_cues import relink_conjoined_cues
from pipeline.quotes.cues import (
    EVIDENCE_LEMMAS,
    FINITE_VERBS,
    SENT_END,
    SPEAKING_NOUNS,
    SPEECH_LEMMAS,
    VERB_CUES,
    VERBS,
    is_speech_cue,
)
from pipeline.quotes.relinked_cues import relink_asided_cues

# lemmas the model's rule lemmatizer gives cue verbs by adding or dropping a final 'e' ('hoped' -> 'hop',
# 'texted' -> 'texte'), each with the cue lemma it stands for
_MISLEMMAS: dict[str, str] = {
    **{c[:-1]: c for c in VERB_CUES if c.endswith("e")},
    **{c + "e": c for c in VERB_CUES if not c.endswith("e")},
}
_MISLEMMA_IDS = frozenset(hash_string(bad) for bad in _MISLEMMAS)  # LEMMA column ids


def mend_lemmas(doc: Doc) -> None:
    """Give cue verbs the lemma the model's lemmatizer gets wrong by one final 'e' ('hopes', 'hoped',
    'hoping' -> 'hop'; 'texted' -> 'texte'), so that the cue tables find them: a verb whose word is
    an inflection of the cue lemma. The Doc's other tokens are left alone."""
    if not len(doc):
        return
    mend_verbs(doc)
    cols = doc.to_array([LEMMA, TAG, DEP])
    relink_asided_cues(doc, numpy.flatnonzero((cols[:, 2] == _AMOD) & (cols[:, 1] == _VBD)).tolist())
    past = (cols[:, 1] == _VBD) | (cols[:, 1] == _VBN)
    relink_conjoined_cues(doc, numpy.flatnonzero((cols[:, 2] == _AMOD) & past).tolist())
    mend_aged_cues(doc, numpy.flatnonzero((cols[:, 2] == _AMOD) & (cols[:, 0] == _OLD)).tolist())
    lemmas = cols[:, 0].tolist()
    mend_postposed(doc, lemmas, cols[:, 1].tolist())
    for i in [k for k, lemma in enumerate(lemmas) if lemma in _MISLEMMA_IDS]:  # no numpy.isin
        tok = doc[i]
        cue = _MISLEMMAS[tok.lemma_.lower()]
        stem = cue[:-1] if cue.endswith("e") else cue
        if tok.pos_ in VERBS and tok.lower_ in (cue, cue + "s", stem + "ed", stem + "ing", stem + "es"):
            tok.lemma_ = cue


_NNS, _ROOT = numpy.uint64(hash_string("NNS")), numpy.uint64(hash_string("ROOT"))
_OLD = numpy.uint64(hash_string("old"))  # the lemma of an age's last word: '23-year-old'
_AMOD, _VBD = numpy.uint64(StringStore()["amod"]), numpy.uint64(hash_string("VBD"))  # 'amod': a symbol id
_VBN = numpy.uint64(hash_string("VBN"))
_ROOT_ARGUMENTS = {"ccomp", "prep", "dobj", "xcomp"}  # 'predicts that A', 'talks about A', 'claims A'


def mend_verbs(doc: Doc) -> None:
    """Tag as a present verb a sentence's root that the tagger took for a plural noun though the parse
    gives it a subject and an argument, as a cue verb's ('Merkel talks about A', 'Trump predicts that
    A'): a lower-case cue word with a capitalised name, a pronoun or a speaking noun ('The party leader
    brands X as "Y"') opening the sentence before it (the parse may make the name a compound: its
    subject) and no determiner or modifier of its own."""
    if not len(doc):
        return
    cols = doc.to_array([TAG, DEP])
    for i in numpy.flatnonzero((cols[:, 0] == _NNS) & (cols[:, 1] == _ROOT)).tolist():
        tok = doc[i]
        if not tok.is_lower or tok.lemma_ not in VERB_CUES or tok.i == tok.sent.start:
            continue
        subj = doc[i - 1]
        if (
            subj.head.i != i
            or subj.dep_ not in ("nsubj", "compound")
            or subj.left_edge.i != tok.sent.start
            or not (subj.pos_ == "PRON" or subj.text[:1].isupper() or _speaking_subject(subj))
            or any(c.dep_ in ("det", "poss", "amod", "nummod") for c in tok.children)
            or not any(c.dep_ in _ROOT_ARGUMENTS for c in tok.rights)
        ):
            continue
        tok.tag_, tok.pos_ = "VBZ", "VERB"
        subj.dep_ = "nsubj"


def _speaking_subject(subj: Token) -> bool:
    """A common noun the parse already makes the subject that names who speaks ('the party leader')."""
    return subj.dep_ == "nsubj" and subj.tag_ == "NN" and subj.lemma_.lower() in SPEAKING_NOUNS


_SAYING_IDS = frozenset(hash_string(w) for w in SPEECH_LEMMAS | EVIDENCE_LEMMAS)
_NOUN_TAG_IDS = frozenset(hash_string(t) for t in ("NN", "NNS", "NNP"))
_NAME_DEPS = {"compound", "nsubj", "amod", "nmod", "appos"}


def mend_postposed(doc: Doc, lemmas: list[int], tags: list[int]) -> None:
    """Tag as a verb a cue word closing a sentence after a clause and a name set off by a comma, which
    the tagger took for a noun ('A would be B, Mr Brown forecast.'): its name is its subject. `lemmas`,
    `tags`: the Doc's LEMMA and TAG columns."""
    for i in [k for k, lemma in enumerate(lemmas) if lemma in _SAYING_IDS and tags[k] in _NOUN_TAG_IDS]:
        tok = doc[i]
        if not tok.is_lower or i + 1 >= len(doc) or doc[i + 1].text not in SENT_END:
            continue
        name, first = doc[i - 1] if i else tok, i
        while first > 0 and doc[first - 1].pos_ in ("PROPN", "PRON") and doc[first - 1].head.i in (i, first):
            first -= 1  # 'Mr Brown', 'Mr' hung on 'Brown' or on the cue
        if first == i and name.tag_ == "NNS":
            first = _plural_source(doc, i)  # 'A will go on, state media report.'
        if (
            name.head.i != i
            or name.dep_ not in _NAME_DEPS
            or first < 2
            or doc[first - 1].text != ","
            or not any(t.tag_ in FINITE_VERBS or t.tag_ == "MD" for t in doc[tok.sent.start : first])
            or any(is_speech_cue(t) for t in doc[tok.sent.start : first])
        ):
            continue  # 'This was stated by X, Agronews reports.': the sentence's own cue
        present = tok.lower_.endswith("s") and tok.lower_ != tok.lemma_  # 'says' tagged a plural
        plural = first < i and doc[i - 1].tag_ == "NNS" and tok.lower_ == tok.lemma_  # 'officials say'
        tok.tag_, tok.pos_ = "VBZ" if present else "VBP" if plural else "VBD", "VERB"
        name.dep_ = "nsubj"


def _plural_source(doc: Doc, i: int) -> int:
    """The first word of a bare plural source right before the cue at `i` ('state media', 'local
    officials'): nouns and adjectives hung on the plural or on each other, no determiner; `i` if none."""
    first = i - 1
    while (
        first > 0
        and doc[first - 1].pos_ in ("NOUN", "ADJ")
        and doc[first - 1].dep_ in ("compound", "amod")
        and first <= doc[first - 1].head.i < i
    ):
        first -= 1
    return first if doc[i - 1].head.i == i else i
