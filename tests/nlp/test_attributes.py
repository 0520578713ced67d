"""The memo versions of the model's attribute_ruler and lemmatizer annotate exactly as the model."""

import pytest
import spacy

from pipeline import DEFAULT_MODEL
from pipeline.nlp import attributes
from tests.conftest import load_cases


@pytest.fixture(scope="module")
def pair(bare_model):
    return bare_model, attributes.swap_in(spacy.load(DEFAULT_MODEL))


def annotations(doc):
    return [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_, t.head.i) for t in doc]


def test_swap_in_replaces_the_two_components(pair):
    _, fast = pair
    assert "attribute_ruler" not in fast.pipe_names and "lemmatizer" not in fast.pipe_names
    assert fast.pipe_names.index("news_attribute_ruler") < fast.pipe_names.index("news_lemmatizer")


@pytest.mark.parametrize("text", load_cases("attributes_cases.json"))
def test_same_annotations_as_the_model(pair, text):
    model, fast = pair
    assert annotations(fast(text)) == annotations(model(text))


def test_same_annotations_when_memos_are_warm(pair):
    model, fast = pair
    texts = load_cases("attributes_cases.json")
    for _ in range(2):
        for a, b in zip(model.pipe(texts), fast.pipe(texts), strict=True):
            assert annotations(b) == annotations(a)


def test_multi_token_rules_stay_with_a_matcher(pair):
    _, fast = pair
    rules = fast.get_pipe("news_attribute_ruler")
    assert rules.rest.patterns, "the model's multi-token rules ('gon na', 'let 's')"
    assert all(len(p) > 1 or any(isinstance(v, dict) and "REGEX" not in v and "IN" not in v
                                 and "NOT_IN" not in v for v in p[0].values())
               for entry in rules.rest.patterns for p in entry["patterns"])


def test_empty_doc(pair):
    _, fast = pair
    assert len(fast("")) == 0


def test_lemmas_survive_memory_zones(pair):
    """A lemma first met inside one memory zone is still readable in the next (its string left the
    StringStore with the first zone)."""
    model, fast = pair
    text = "The zorbified quibblers were frobnicating splendiferously."
    expected = annotations(model(text))
    for _ in range(3):
        with fast.memory_zone():
            doc = fast(text)
            assert annotations(doc) == expected


def test_memos_stay_bounded(pair, monkeypatch):
    _, fast = pair
    monkeypatch.setattr(attributes, "MEMO_LIMIT", 5)
    for text in load_cases("attributes_cases.json"):
        fast(text)
    lemmas = fast.get_pipe("news_lemmatizer")
    assert len(lemmas.memo) <= 5 + 40
    assert len(lemmas.lemmatizer.cache) <= len(lemmas.memo)  # spaCy's own cache behind it, too
    assert len(fast.get_pipe("news_attribute_ruler").signatures) <= 5 + 40


def passed(rules, lower):
    return sum(1 << k for k, t in enumerate(rules.lower_tests) if t.test(lower))


def test_signature_is_the_lower_tests_passed(pair):
    """A word's signature, read from one look-up and the REGEX tests, has bit k set exactly where
    the k-th LOWER test passes, for the words of the cases and every word a test lists."""
    _, fast = pair
    rules = fast.get_pipe("news_attribute_ruler")
    strings = fast.vocab.strings
    words = {strings.add(w.lower()) for text in load_cases("attributes_cases.json") for w in text.split()}
    words |= {m for t in rules.lower_tests if t.members for m in t.members}
    assert any(t.members is None for t in rules.lower_tests), "the model has REGEX tests on LOWER"
    assert {passed(rules, lower) for lower in words} != {0}
    for lower in words:
        assert rules.signature(lower) == passed(rules, lower)


def test_signature_of_in_not_in_and_regex_tests():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["cat", "dog"]}}]], {"TAG": "NN"})
    ruler.add([[{"LOWER": {"NOT_IN": ["dog", "fish"]}}], [{"LOWER": "fish"}]], {"TAG": "XX"})
    ruler.add([[{"LOWER": {"REGEX": "^c"}}]], {"TAG": "CC"})
    rules = attributes.AttributeRules(nlp, "rules", "attribute_ruler")
    assert [(t.members is None, t.negated) for t in rules.lower_tests] == [
        (False, False), (False, True), (False, False), (True, False)]
    for word in ("cat", "dog", "fish", "cow", "bird", ""):
        lower = nlp.vocab.strings.add(word) if word else 0
        assert rules.signature(lower) == passed(rules, lower)
    assert rules.signature(nlp.vocab.strings["dog"]) == 0b0001
    assert rules.signature(nlp.vocab.strings["cat"]) == 0b1011
