"""Capitalised common nouns that open a sentence as a descriptor of the name after them ("Wheelchair
user Tom Hale", "Opera band The Larks", "Chart stars Kelby Road"): the model's one-word "name" is an
English word, no census name, place or people, that the article never capitalises mid-sentence; a
lower-case common noun follows it, no post held at a body ("leader", "boss": "Unity leader Tom Hale"
keeps its body), and a capitalised name follows that noun."""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx
from pipeline.entities.gazetteer import demonyms
from pipeline.entities.lexicon import census_name, fold, gazetteer_label, post_word, world
from pipeline.entities.openers import capitalised_mid, starts_sentence
from pipeline.entities.words import english_word

NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})  # a lower-case "NNP" is a noun the tagger misread


def descriptor_opener(ctx: DocCtx, c: Cand) -> bool:
    """The model's one-word name at a sentence's start is a common noun describing the name after
    the noun it modifies (see the module's note)."""
    doc, s = ctx.doc, c.start
    if c.src != "model" or c.label == "NORP" or c.end - s != 1 or s + 2 >= len(doc) or ctx.sports:
        return False
    tok, noun, name = ctx.toks[s], ctx.toks[s + 1], ctx.toks[s + 2]
    if not (tok.is_title and tok.is_alpha and starts_sentence(doc, s)) or ctx.in_caps(s):
        return False
    if not (noun.is_lower and noun.is_alpha and noun.tag_ in NOUN_TAGS) or post_word(noun.lower_):
        return False
    if noun.tag_ not in {"NN", "NNS"} and not english_word(noun.lower_):
        return False
    if not name.is_title:
        return False
    key, low = fold(tok.text), tok.lower_
    if gazetteer_label(key) or key in world().places or key in demonyms() or census_name(low):
        return False
    return english_word(low) and not capitalised_mid(ctx, tok.text)
