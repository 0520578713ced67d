"""A he or she whose nearest antecedent is a description of a person as a clause's subject ('The
prime minister toured the country. He insisted A'): the pronoun goes back to whom the description
names, not to a person named before it."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.quotes.antecedents import PERSONISH, MentionIndex
from pipeline.quotes.cues import BENCH_NOUNS, PERSON_NOUNS, ROLE_QUALIFIERS, SPEAKER_NOUNS

_DESCRIBING = SPEAKER_NOUNS | PERSON_NOUNS
_COURTS = {"court", "tribunal"}  # a bench that speaks through a judge the story may not name
_HEARING = {"hear", "tell", "be", "have"}  # 'The court heard X lied. He said': X, a witness


def described_subject(head: Token) -> bool:
    """`head` is a bare definite description of one person ('the prime minister', 'the striker'):
    no name in apposition ('the chairman, X,' is X's), no name or qualifier marking another holder
    ('the former New Mexico governor', 'the shadow chancellor')."""
    return (head.pos_ == "NOUN" and head.tag_ == "NN" and head.left_edge.lower_ == "the"
            and head.lemma_.lower() in _DESCRIBING
            and not any(c.dep_ in ("appos", "poss") for c in head.children)
            and not any(t.pos_ == "PROPN" or t.ent_type_ or t.lower_ in ROLE_QUALIFIERS
                        for t in head.doc[head.left_edge.i:head.i]))


def on_bench(name: str) -> bool:
    """A speaker named by a definite bench noun ('the judge', 'the trial judge'): one who judges the
    story's people, none of them, so a he or she right after it goes on with it."""
    words = name.lower().split()
    return len(words) > 1 and words[0] == "the" and words[-1] in BENCH_NOUNS


def court_before(index: MentionIndex, head: Token, pron: Token) -> bool:
    """A court or tribunal as the subject of a sentence before the pronoun's, no person named from it
    to the pronoun ('The High Court ruled A. But he found B'): a bench that speaks through a judge
    the story does not name, not one it cleared ('cleared X. But he said' is X's)."""
    return (head.lemma_.lower() in _COURTS and head.tag_ in ("NN", "NNP") and head.sent != pron.sent
            and head.head.lemma_ not in _HEARING
            and not any(m.label in PERSONISH for m in index.between(head.idx, pron.idx)))
