"""Docs of a lean pipeline (no parser): their tree made safe to read, their sentences set.

spaCy moves tokens in memory when its tokenizer applies a special case ("m." of "A$35.1m.") and
when a retokenizer merges or splits tokens, and only a parser sets the left and right edges again:
without one, a token's edges may point past the Doc, and `children`, `lefts`, `rights`, `subtree`,
`left_edge` or `right_edge` then read outside it (an IndexError or a segmentation fault, which
kills the process). `mend` makes every token its own head with itself as both edges, the tree of a
Doc no parser has seen, through spaCy's own `Doc.from_array`; a Doc without sentence starts (no
parser, senter or sentencizer) gets those of spaCy's rule-based sentencizer and its line breaks.
"""

import numpy
from spacy.attrs import DEP, HEAD, SENT_START
from spacy.pipeline import Sentencizer
from spacy.strings import get_string_id
from spacy.tokens import Doc

_LABEL = get_string_id("dep")  # any label: spaCy sets edges from heads only where labels are
_SENTENCIZER = Sentencizer()


def mend(doc: Doc) -> Doc:
    """Make an unparsed Doc's tree safe to read and give it sentences, in place; a parsed Doc, or
    one that already has all its sentences (a senter's), keeps them."""
    if not doc.has_annotation("DEP") and len(doc):
        _reset_tree(doc)
    if not doc.has_annotation("SENT_START", require_complete=True):  # none, or only the starts
        _sentences(doc)  # make_doc sets at line breaks (see linebreaks.py)
    return doc


def _sentences(doc: Doc) -> None:
    """Sentence starts after a final stop (spaCy's sentencizer) and after a line break: a line
    break ends the sentence before it (a headline has no stop), as the model's parser has it."""
    _SENTENCIZER(doc)
    for tok in doc[1:-1]:
        if tok.is_space and "\n" in tok.text:
            tok.is_sent_start = False
            doc[tok.i + 1].is_sent_start = True


def _reset_tree(doc: Doc) -> None:
    """Every token its own head and edges, no labels; the sentence starts as they were."""
    starts = doc.to_array([SENT_START])
    heads = numpy.zeros((len(doc), 2), dtype="uint64")
    heads[:, 1] = _LABEL
    doc.from_array([HEAD, DEP], heads)  # spaCy sets every token's edges and children afresh
    unlabelled = numpy.zeros((len(doc), 2), dtype="uint64")
    unlabelled[:, 1] = starts
    doc.from_array([DEP, SENT_START], unlabelled)  # the labels off again, the sentence starts back
