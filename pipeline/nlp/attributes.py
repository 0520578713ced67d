"""POS, MORPH and LEMMA as the model's attribute_ruler and lemmatizer set them, from memo tables.

The two model components do per-token Python work: the attribute_ruler runs a Matcher with ~180
one-token patterns over every token, the rule lemmatizer sets `token.lemma_` token by token
(together 16% of the model's time on BBC news). Their outcome for a token depends only on a few
columns (TAG, LOWER, DEP, IS_SPACE for the rules; ORTH, POS, MORPH for the lemma), so each distinct
key is resolved once, by the model's own rules and lemmatizer, and the results are written back a
column at a time; for the rules a word counts only by which LOWER tests it passes (its signature).
Rules that span several tokens stay with a spaCy AttributeRuler holding just those patterns, run on
the short windows where their first token fits. `build()` swaps these components in for the model's.
The annotations are the same token for token: 508,163 tokens of BBC news were compared when this
was written; tests/test_attributes.py compares sentences that exercise the model's rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import NamedTuple

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

PREDICATES = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
RULE_COLUMNS = [TAG, LOWER, DEP, IS_SPACE]  # the code below unpacks keys in this order
OUT = (POS, MORPH, LEMMA)
# Memo entries kept before a memo starts afresh: a run over millions of articles meets new words
# for ever, and memory must stay flat (about 20 MB per memo at this size).
MEMO_LIMIT = 100_000

Test = Callable[[int], bool]


class ValueTest(NamedTuple):
    """A test on one column's value; `members` are the values an IN or NOT_IN test lists (None
    for REGEX), `negated` for NOT_IN."""

    test: Test
    members: frozenset | None
    negated: bool = False


def _value_test(value, vocab) -> ValueTest | None:
    """A test on one column's value (a string hash, or 0/1 for IS_SPACE) for a Matcher token
    predicate value (plain equality, IN, NOT_IN or REGEX); None for any other predicate."""
    def h(v) -> int:
        return int(v) if isinstance(v, bool) else (vocab.strings.add(str(v)) if v != "" else 0)

    if not isinstance(value, dict):
        value = {"IN": [value]}
    if len(value) != 1:
        return None
    (op, arg), = value.items()
    if op in ("IN", "NOT_IN"):
        members = frozenset(h(v) for v in arg)
        if op == "IN":
            return ValueTest(lambda x: x in members, members)
        return ValueTest(lambda x: x not in members, members, negated=True)
    if op == "REGEX":
        regex = re.compile(arg)
        return ValueTest(lambda x: bool(regex.search(vocab.strings[x] if x else "")), None)
    return None


def _has_bit(signature: int, bit: int) -> bool:
    return bool(signature >> bit & 1)


class Rule(NamedTuple):
    alternatives: list[list[tuple[int, ValueTest]]]  # any alternative; all (column, test) of one
    tags: frozenset | None  # the TAG values it can apply to, None: any
    attrs: dict  # normalised, as AttributeRuler keeps them


def _one_token_rule(patterns: list, attrs: dict, vocab) -> Rule | None:
    """The rule of one-token patterns over RULE_COLUMNS; None if any pattern is longer or uses
    other attributes or operators."""
    alternatives, tags = [], set()
    for pattern in patterns:
        if len(pattern) != 1 or not set(pattern[0]) <= set(PREDICATES):
            return None
        tests = []
        for name, value in pattern[0].items():
            found = _value_test(value, vocab)
            if found is None:
                return None
            tests.append((RULE_COLUMNS.index(PREDICATES[name]), found))
            if name == "TAG" and tags is not None:
                tags = tags | found.members if found.members is not None and not found.negated else None
        if "TAG" not in pattern[0]:
            tags = None
        alternatives.append(tests)
    return Rule(alternatives, frozenset(tags) if tags is not None else None, attrs)


class AttributeRules:
    """The model's attribute_ruler, with one-token rules resolved per distinct key."""

    def __init__(self, nlp: Language, name: str, source: str):
        ruler: AttributeRuler = nlp.get_pipe(source)
        self.name = name
        self.vocab = nlp.vocab
        self.rules: list[Rule] = []  # the one-token rules, in the ruler's order
        self.rest = AttributeRuler(nlp.vocab, name=f"{name}_rest")
        for entry, attrs, index in zip(ruler.patterns, ruler.attrs, ruler.indices, strict=True):
            rule = _one_token_rule(entry["patterns"], attrs, nlp.vocab)
            if rule is None:
                self.rest.add(entry["patterns"], entry["attrs"], index=index)
            else:
                self.rules.append(rule)
        self.lower_tests: list[ValueTest] = []  # the LOWER tests, by signature bit
        self.lower_members: dict[int, int] = {}  # LOWER -> bits of the IN / NOT_IN tests listing it
        self.negated_bits = 0  # bits of the NOT_IN tests
        self.regex_bits: list[tuple[int, Test]] = []  # bit and test of each REGEX test
        self.rules = [self._by_signature(rule) for rule in self.rules]
        self.rest_len, self.rest_starts = self._rest_windows()
        self.signatures: dict[int, int] = {}  # LOWER -> which LOWER tests it passes (bits)
        self.memo: dict[tuple[int, ...], tuple] = {}
        self.by_tag: dict[int, list[Rule]] = {}

    def _by_signature(self, rule: Rule) -> Rule:
        """The rule with plain tests, its LOWER tests read from a word's signature: words that pass
        the same LOWER tests share memo entries (the key would otherwise hold every word of the
        language)."""
        alternatives = []
        for alt in rule.alternatives:
            tests = []
            for col, found in alt:
                test = found.test
                if RULE_COLUMNS[col] == LOWER:
                    test = partial(_has_bit, bit=self._lower_bit(found))
                tests.append((col, test))
            alternatives.append(tests)
        return rule._replace(alternatives=alternatives)

    def _lower_bit(self, found: ValueTest) -> int:
        """A new signature bit for a LOWER test, noted where `signature` reads it."""
        bit = len(self.lower_tests)
        self.lower_tests.append(found)
        if found.members is None:
            self.regex_bits.append((bit, found.test))
            return bit
        for member in found.members:
            self.lower_members[member] = self.lower_members.get(member, 0) | 1 << bit
        if found.negated:
            self.negated_bits |= 1 << bit
        return bit

    def _rest_windows(self) -> tuple[int | None, list[Rule]]:
        """The longest pattern left to the Matcher and its patterns' first tokens as rules (the
        Matcher then only runs on windows that start where a first token fits); (None, []) when
        a pattern has quantifiers or first tokens this module cannot test: the whole Doc then."""
        starts, longest = [], 0
        for entry in self.rest.patterns:
            for pattern in entry["patterns"]:
                rule = _one_token_rule([pattern[:1]], {}, self.vocab)
                if rule is None or any("OP" in token for token in pattern):
                    return None, []
                starts.append(self._by_signature(rule))
                longest = max(longest, len(pattern))
        return longest, starts

    def signature(self, lower: int) -> int:
        """Which LOWER tests the word passes, as bits (bit k: `lower_tests[k]`): its IN and NOT_IN
        tests from one look-up (a NOT_IN bit is set where the word is not listed), then the REGEX
        tests."""
        sig = self.lower_members.get(lower, 0) ^ self.negated_bits
        for bit, test in self.regex_bits:
            if test(lower):
                sig |= 1 << bit
        self.signatures[lower] = sig
        return sig

    def resolve(self, key: tuple[int, ...]) -> tuple:
        """(POS, MORPH, LEMMA, other attrs) the one-token rules give a token with these columns;
        later rules win, as in AttributeRuler."""
        rules = self.by_tag.get(key[0])
        if rules is None:
            rules = self.by_tag[key[0]] = [r for r in self.rules if r.tags is None or key[0] in r.tags]
        merged: dict = {}
        for rule in rules:
            if any(all(test(key[col]) for col, test in alt) for alt in rule.alternatives):
                merged.update(rule.attrs)
        out = tuple(merged.pop(attr, 0) for attr in OUT)
        starts_rest = self.rest_len is None or any(
            all(test(key[col]) for col, test in alt)
            for rule in self.rest_starts for alt in rule.alternatives)
        return (*out, merged or None, starts_rest)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if len(self.signatures) > MEMO_LIMIT:
            self.signatures.clear()
        memo, resolve, sigs, signature = self.memo, self.resolve, self.signatures, self.signature
        rows = doc.to_array(RULE_COLUMNS).tolist()
        keys = [(tag, sigs[low] if low in sigs else signature(low), dep, space)
                for tag, low, dep, space in rows]
        results = [memo.get(key) or memo.setdefault(key, resolve(key)) for key in keys]
        current = doc.to_array(list(OUT))
        new = numpy.array([r[:3] for r in results], dtype="uint64")
        new = numpy.where(new != 0, new, current)
        doc.from_array(list(OUT), new)
        for i, result in enumerate(results):
            if result[3]:
                set_token_attrs(doc[i], result[3])
        if self.rest.matcher:
            self._apply_rest(doc, [i for i, result in enumerate(results) if result[4]])
        return doc

    def _apply_rest(self, doc: Doc, starts: list[int]) -> None:
        """The Matcher's rules, on the windows where a match can start (as AttributeRuler applies
        them: all matches first, then by rule order)."""
        if self.rest_len is None:
            self.rest(doc)
            return
        windows: list[list[int]] = []
        for i in starts:
            if windows and i <= windows[-1][1]:
                windows[-1][1] = i + self.rest_len
            else:
                windows.append([i, i + self.rest_len])
        strings = self.vocab.strings
        matches = sorted((int(strings[m_id]), m_id, a + s, a + e)
                         for a, b in windows
                         for m_id, s, e in self.rest.matcher(doc[a:min(b, len(doc))], allow_missing=True))
        if matches:
            self.rest.set_annotations(doc, matches)


class Lemmas:
    """The model's rule lemmatizer, resolved once per distinct (ORTH, POS, MORPH) key.

    Past MEMO_LIMIT keys the memo starts afresh, and so does the spaCy lemmatizer's own cache behind
    it, which has no bound. The memo keeps lemma strings, not only their hashes: a string first met
    inside a `memory_zone` leaves the StringStore when the zone ends, so every Doc adds the lemmas it
    uses.
    """

    def __init__(self, nlp: Language, name: str, source: str):
        self.name = name
        self.lemmatizer = nlp.get_pipe(source)
        self.memo: dict[tuple[int, int, int], str] = {}
        # the lemma index is only ever tested for membership, but it is stored as lists (57,000
        # nouns): as sets, a new word costs microseconds instead of ~70
        index = self.lemmatizer.lookups.get_table("lemma_index", None)
        for pos in list(index or ()):
            if isinstance(index[pos], list):
                index[pos] = frozenset(index[pos])

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        todo = numpy.flatnonzero(arr[:, 3] == 0).tolist()
        if not todo:
            return doc
        if len(self.memo) > MEMO_LIMIT:
            self.memo.clear()
            getattr(self.lemmatizer, "cache", {}).clear()  # spaCy's own memo, unbounded otherwise
        memo, add = self.memo, doc.vocab.strings.add
        keys = arr[todo, :3].tolist()
        lemmas = []
        for i, key in zip(todo, map(tuple, keys), strict=True):
            lemma = memo.get(key)
            if lemma is None:
                lemma = memo[key] = self.lemmatizer.lemmatize(doc[i])[0]
            lemmas.append(lemma)
        hashes = {lemma: add(lemma) for lemma in set(lemmas)}
        arr[todo, 3] = [hashes[lemma] for lemma in lemmas]
        doc.from_array([LEMMA], arr[:, 3:4])
        return doc


@Language.factory("news_attribute_rules", default_config={"source": "attribute_ruler"})
def make_attribute_rules(nlp: Language, name: str, source: str) -> AttributeRules:
    """Needs the model's attribute_ruler `source` in `nlp` (disabled once this is added)."""
    return AttributeRules(nlp, name, source)


@Language.factory("news_lemmas", default_config={"source": "lemmatizer"})
def make_lemmas(nlp: Language, name: str, source: str) -> Lemmas:
    """Needs the model's rule lemmatizer `source` in `nlp` (disabled once this is added)."""
    return Lemmas(nlp, name, source)


def swap_in(nlp: Language) -> Language:
    """Replace the model's attribute_ruler and rule lemmatizer (where present) by the memo versions."""
    for source, factory in (("attribute_ruler", "news_attribute_rules"), ("lemmatizer", "news_lemmas")):
        if source not in nlp.pipe_names:
            continue
        if source == "lemmatizer" and getattr(nlp.get_pipe(source), "mode", "") != "rule":
            continue
        nlp.add_pipe(factory, name=f"news_{source}", after=source, config={"source": source})
        nlp.disable_pipe(source)
    return nlp
