"""marks.has_word answers as the regular expression it stands for, `\\b` edges included."""

import random
import re

from pipeline.quotes.marks import has_word


def test_has_word_agrees_with_the_pattern():
    rng = random.Random(7)
    alphabet = "ab_s\u00e91-.'& \n"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3))) + "s"
        assert has_word(text, word) == (re.search(rf"\b{re.escape(word)}\b", text) is not None), (text, word)


def test_has_word_cases():
    assert has_word("the Zorblas won", "Zorblas")
    assert not has_word("the Zorblasian won", "Zorblas")  # inside a longer word: no
    assert not has_word("ZZorblas", "Zorblas")
    assert has_word("(Zorblas)", "Zorblas")
