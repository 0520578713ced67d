"""Tests of pipeline.quotes.antecedents: the organisation a definite description refers back to."""

import pytest

from pipeline.quotes.antecedents import MentionIndex
from pipeline.quotes.mentions import Mention


def _index(text: str, mentions: list[Mention]) -> MentionIndex:
    """An index over given mentions, with no parse: `_organisation` looks at mentions and text only."""
    index = MentionIndex.__new__(MentionIndex)
    index.text, index.mentions = text, sorted(mentions, key=lambda m: m.start)
    index.m_starts = [m.start for m in index.mentions]
    return index


@pytest.mark.parametrize("org_last", [True, False])
def test_the_firm_counts_an_entity_s_org_mentions_only(org_last):
    """'the firm' takes the entity named most as an organisation: an entity with one ORG mention and
    three mentions of another label (mixed labels) does not outnumber one named twice as an ORG,
    whichever of its mentions comes last."""
    text = ("Harbor Aero met Skyline Air in Harbor Aero. Skyline Air, Harbor Aero and Harbor Aero. "
            "The firm said")
    other = "GPE"
    mixed = [Mention(0, 11, "E1", "Harbor Aero", "ORG" if not org_last else other, ""),
             Mention(31, 42, "E1", "Harbor Aero", other, ""),
             Mention(57, 68, "E1", "Harbor Aero", other, ""),
             Mention(73, 84, "E1", "Harbor Aero", "ORG" if org_last else other, "")]
    firm = [Mention(16, 27, "E2", "Skyline Air", "ORG", ""), Mention(44, 55, "E2", "Skyline Air", "ORG", "")]
    index = _index(text, mixed + firm)
    found = index._organisation("firm", text.index("The firm"))
    assert found is not None and found.entity == "E2"
