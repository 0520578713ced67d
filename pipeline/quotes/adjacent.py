"""The speaker a he or she continues right after a quote: the named speaker of the quote just before
it ('"A," said producer X. "B," he added'), when the model gave that name no person's label (an
organisation's), so that no gender was known for it (the resolver's last speaker, coded 'o'). Names
inside the quotes are never candidates.
"""

from __future__ import annotations

from pipeline.quotes.mentions import Mention

_GAP_WORDS = 12  # the attribution between the two quotes ('said Final Wars producer X.')
_LEAD_CHARS = 20  # 'X said: "A." "B," he added': the name right before the first quote
_MARKS = set('"\u201c\u201d')


def continued(text: str, m: Mention, said: tuple[int, int], content: tuple[int, int],
              pron_start: int) -> Mention | None:
    """`m`, the last speaker, who said `said`, when the pronoun's quote `content` follows their quoted
    words with only the attribution between ('"A," said X. "B," he added'), and the pronoun follows
    its quote."""
    if said == (0, 0) or content == (0, 0):
        return None
    if text[said[1] - 1:said[1]] not in _MARKS:
        return None  # their words end on a quote ('… "assured of their genius". "B," he adds')
    gap = text[said[1]:content[0]]
    if said[1] > content[0] or len(gap.split()) > _GAP_WORDS or "\n" in gap or _MARKS & set(gap):
        return None
    after = text[content[1]:pron_start]
    if pron_start < content[1] or any(ch.isalnum() for ch in after) or "\n" in after:
        return None  # '"B," he added', not 'he said, "B"' nor a pronoun elsewhere
    named_between = said[1] <= m.start and m.end <= content[0]
    named_before = m.end <= said[0] and said[0] - m.end <= _LEAD_CHARS
    return m if named_between or named_before else None
