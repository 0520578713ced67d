"""Per-token facts of the article's Doc as plain lists, each made once per Doc on first use.

spaCy makes a new Token, and decodes its strings, at every `doc[i].lower_` or `doc[i].whitespace_`;
the rules that read the words around each name ask for them thousands of times an article. `of(doc)`
holds the lists of the last Doc asked about (one article at a time), filled from `Doc.to_array` and
the article's text rather than from Tokens; with them, two sets of words of the model's people, and
`toks(doc)`, the Doc's Tokens made once, for the rules that need a Token's parse (`head`, `dep_`).
"""

from __future__ import annotations

from functools import cached_property

from spacy.attrs import ENT_TYPE, IDX, LENGTH, POS, SPACY, TAG
from spacy.tokens import Doc, Token

from pipeline.nlp.extensions import doc_text


class Tokens:
    """The lists of one Doc: `words` (token texts), `idx` (their offsets), `lowers`, `ws` (whitespace
    after each token), `spaces` (the token is whitespace), `ent_types` (the model's entity label or
    ""); the sets `surnames` and `forenames` of the model's people."""

    def __init__(self, doc: Doc):
        self.doc = doc

    @cached_property
    def toks(self) -> list[Token]:
        """The Doc's Tokens, made once: `doc[i]` makes a new one at every call (`toks(doc)`)."""
        return list(self.doc)

    @cached_property
    def words(self) -> list[str]:
        text = doc_text(self.doc)
        return [text[a : a + n] for a, n in zip(self.idx, self.doc.to_array(LENGTH).tolist(), strict=True)]

    @cached_property
    def idx(self) -> list[int]:
        """The character offset of each token in the text."""
        return self.doc.to_array(IDX).tolist()

    @cached_property
    def lowers(self) -> list[str]:
        return list(map(str.lower, self.words))  # `map` of the method: no Python loop per token

    @cached_property
    def word_set(self) -> frozenset[str]:
        """The distinct token texts, for membership tests (not a scan of `words` per name)."""
        return frozenset(self.words)

    @cached_property
    def ws(self) -> list[str]:
        return list(map(("", " ").__getitem__, self.doc.to_array(SPACY).tolist()))  # 0 or 1 per token

    @cached_property
    def spaces(self) -> list[bool]:
        return list(map(str.isspace, self.words))  # spaCy's IS_SPACE is `str.isspace` of the text

    @cached_property
    def ent_types(self) -> list[str]:
        return self._strings(ENT_TYPE)

    @cached_property
    def pos(self) -> list[str]:
        """Each token's `pos_`."""
        return self._strings(POS)

    @cached_property
    def tags(self) -> list[str]:
        """Each token's `tag_`."""
        return self._strings(TAG)

    def _strings(self, attr: int) -> list[str]:
        """The strings of a string-valued token attribute, each hash looked up once ("" for none)."""
        hashes = self.doc.to_array(attr).tolist()
        names = {h: self.doc.vocab.strings[h] if h else "" for h in set(hashes)}
        return list(map(names.__getitem__, hashes))

    @cached_property
    def ents(self) -> tuple:
        """`doc.ents`, whose Spans spaCy makes anew at every access: made once."""
        return self.doc.ents

    @cached_property
    def surnames(self) -> frozenset[str]:
        """The last words of the model's people of two words or more ("Chamorro" of "Violeta Chamorro")."""
        return frozenset(e[-1].text for e in self.ents if e.label_ == "PERSON" and len(e) > 1)

    @cached_property
    def forenames(self) -> frozenset[str]:
        """The words of the model's people before their last ("Bill" of "Bill Hale", "Composer Bill Hale")."""
        return frozenset(t.text for e in self.ents if e.label_ == "PERSON" for t in e[:-1])


_HELD: Tokens | None = None


def fresh(doc: Doc) -> Tokens:
    """The `Tokens` of `doc` made anew (the entities stage reads each article as it is now: a caller
    may have set `doc.ents` since the last look), kept as `of` keeps them."""
    global _HELD
    held = _HELD = Tokens(doc)
    return held


def toks(doc: Doc) -> list[Token]:
    """The Tokens of `doc` as one list, for rules that read the words around a name: `toks(doc)[i]`
    is `doc[i]` for 0 <= i < len(doc) (and negative i), with no new Token made per look."""
    held = _HELD
    if held is not None and held.doc is doc:
        return held.toks
    return of(doc).toks


def of(doc: Doc) -> Tokens:
    """The `Tokens` of `doc`, kept until another Doc is asked about."""
    global _HELD
    held = _HELD
    if held is not None and held.doc is doc:
        return held
    held = _HELD = Tokens(doc)
    return held
