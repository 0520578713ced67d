"""An attribution set off by commas before the verb of a clause that is itself a report ('By spring,
she said, the union had agreed to A'; 'The auditors, X claimed, had warned that B'): the aside's
speaker reports the whole clause (PolNeAR annotates the outer report, not the nested one). Not when
a quote mark comes between the aside and that verb ('Later, he said, "A"'), nor when that verb
opens a direct quote ('his wife, X reported, whispered: "A"'): there the quote is the verb's."""

from __future__ import annotations

from spacy.tokens import Token

_MARKS = {'"', "\u201c", "\u201d", "''", "``", "\u2018", "\u2019"}


def outer_aside(head: Token, aside: Token) -> bool:
    """`aside`, a comma-bounded 'X said' before `head`, the reporting verb of the clause it interrupts,
    with no quote mark between them and no direct quote opened by `head`."""
    doc = head.doc
    lo, hi = aside.left_edge.i, aside.right_edge.i
    if aside.dep_ != "parataxis" or lo == 0 or head.i <= hi + 1:
        return False
    if "," not in (doc[lo].text, doc[lo - 1].text) or "," not in (doc[hi].text, doc[hi + 1].text):
        return False
    if any(t.text in _MARKS for t in doc[hi:head.i]):
        return False
    return not any(c.dep_ == "punct" and c.text == ":" or c.text in _MARKS for c in head.children)
