"""The person a sentence introduces as the focus of what follows: the name a copula gives a role
('Jo Ray is chief engineer at X'; 'The show's designer is Jo Ray'), or that a view came from ('The
comments came from Jo Ray, a lawyer'). A 'he'/'she' speaking in the next sentence is that person."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.cues import can_speak


def introduced_name(root: Token) -> Token | None:
    """The name the sentence of `root` introduces, else None."""
    kids = {c.dep_: c for c in root.children}
    if root.lemma_ == "be":
        subj, attr = kids.get("nsubj"), kids.get("attr")
        if attr is not None and attr.pos_ == "NOUN" and can_speak(attr):
            return subj  # 'Jo Ray is chief engineer at X'
        if subj is not None and subj.pos_ == "NOUN" and subj.tag_ == "NN" and can_speak(subj) and (
                attr is not None and attr.pos_ == "PROPN"):
            return attr  # "The show's designer is Jo Ray"
        return None
    if root.lemma_ == "come":
        via = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        return None if via is None else next((c for c in via.children if c.dep_ == "pobj"), None)
    return None
