"""Speakers of quotes: the cue's subject, its span in the text, and the entity it refers to.

The span is where the speaker is named at the quote ('he', 'the minister', 'Umerov'); `name` and
`entity` carry what it resolves to: an entity of `doc._.entities` (through its own mention, a
pronoun's nearest compatible earlier mention, or a description matching an entity's role), else
the model's PERSON/ORG spans, else nothing (entity null, name = the words of the text).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Doc, Token

_DATA = json.loads(resources.files("pipeline").joinpath("data/quote_cues.json").read_text("utf-8"))
SPEAKER_NOUNS: frozenset[str] = frozenset(_DATA["speaker_nouns"])
PRONOUNS: dict[str, str] = _DATA["pronouns"]
MAX_ANTECEDENT_CHARS = 3000  # how far back a pronoun or description looks for its referent
_SUBJ_DEPS = {"nsubj", "nsubjpass"}
_CLIMB_DEPS = {"conj", "xcomp", "advcl", "pcomp", "prep", "acl", "relcl", "ccomp", "dep", "attr"}
_RELATIVE = {"who", "which", "that"}
_CUT = {",", "(", "\u2014", "\u2013", "who", "which", "whose", ";", ":", "\u201c", "\u201d", '"'}
_CUT_DEPS = {"relcl", "acl", "appos"}
_PERSONISH = {"PERSON"}
_GROUPISH = {"ORG", "NORP", "GPE"}
_WORD = re.compile(r"[^\W\d_]{3,}")
_STOP = {"the", "and", "for", "with", "from", "who", "its", "his", "her", "their", "this", "that"}


class Spans:
    """Sorted, non-overlapping character spans (the quotes of a document) with bisect look-ups."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def index_at(self, char: int) -> int | None:
        """Index of the span containing `char`, if any."""
        i = bisect_right(self.starts, char) - 1
        return i if i >= 0 and char < self.spans[i][1] else None

    def overlapping(self, start: int, end: int) -> list[int]:
        """Indices of the spans overlapping [start, end)."""
        i = max(0, bisect_right(self.starts, start) - 1)
        out = []
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][1] > start:
                out.append(i)
            i += 1
        return out


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    entity: str | None
    name: str
    label: str
    role: str


def find_subject(cue: Token, quotes: Spans) -> Token | None:
    """The speaker token of a cue: the verb's subject (climbing conjoined/embedded verbs), the
    object of 'according to', or a name right after the verb ('said X'). Subjects inside quotes
    and dates ('said Friday') are passed over."""
    if cue.lower_ == "to":  # according to X
        return next((c for c in cue.children if c.dep_ == "pobj"), None)
    if cue.pos_ == "NOUN":  # 'Trump's claim that'
        return next((c for c in cue.children if c.dep_ == "poss" and usable(c, quotes)), None)
    verb = cue
    for _ in range(4):
        subj = next((c for c in verb.children if c.dep_ in _SUBJ_DEPS and usable(c, quotes)), None)
        if subj is not None:
            return subj
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None and verb.lemma_ == "quote":  # 'was quoted by X as saying'
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
        if verb.dep_ not in _CLIMB_DEPS or verb.head.i == verb.i:
            break
        if verb.dep_ == "relcl":
            return verb.head if verb.head.pos_ in ("PROPN", "NOUN") else None
        verb = verb.head
    return name_before(cue, quotes) or name_after(cue, quotes)


def name_before(cue: Token, quotes: Spans, window: int = 8) -> Token | None:
    """The name right before a finite cue the parse gave no subject ('Sen. X (D-MA) said')."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    depth = 0
    for tok in reversed(cue.doc[max(cue.sent.start, cue.i - window):cue.i]):
        depth += (tok.text == ")") - (tok.text == "(")
        if depth > 0 or tok.is_punct or tok.pos_ in ("ADV", "AUX", "PART"):
            continue
        return tok if tok.pos_ in ("PROPN", "NOUN") and usable(tok, quotes) else None
    return None


def name_after(cue: Token, quotes: Spans) -> Token | None:
    """The speaker of an inversion ('said Smith', 'said the woman')."""
    for tok in cue.doc[cue.i + 1:cue.i + 4]:
        if tok.pos_ in ("DET", "ADJ") or tok.lower_ in ("'s", "\u2019s"):
            continue
        named = tok.pos_ == "PROPN" or tok.lower_ in PRONOUNS or (tok.pos_ == "NOUN" and tok.i > cue.i + 1)
        return tok if named and usable(tok, quotes) else None
    return None


def usable(tok: Token, quotes: Spans) -> bool:
    """A possible speaker: not a date or time, not punctuation, not inside a quote."""
    return tok.ent_type_ not in ("DATE", "TIME") and not tok.is_punct and quotes.index_at(tok.idx) is None


def speaker_span(subj: Token, quotes: Spans) -> tuple[int, int]:
    """Characters naming the speaker: the subject's phrase up to an apposition, a relative clause
    or a line break, never reaching into a quote."""
    doc = subj.doc
    lo, hi = subj.left_edge.i, subj.right_edge.i
    for j in range(subj.i + 1, hi + 1):
        if doc[j].lower_ in _CUT or doc[j].dep_ in _CUT_DEPS or "\n" in doc[j - 1].text_with_ws:
            hi = j - 1
            break
    for j in range(subj.i - 1, lo - 1, -1):
        if doc[j].lower_ in _CUT or "\n" in doc[j].text_with_ws:
            lo = j + 1
            break
    while hi > lo and doc[hi].dep_ == "case":  # "Trump's claim": the speaker is 'Trump'
        hi -= 1
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi])
    if quotes.overlapping(start, end):
        return subj.idx, subj.idx + len(subj)
    return start, end


class Resolver:
    """Resolves the speakers of one document against its entity mentions."""

    def __init__(self, doc: Doc, quotes: Spans, text: str):
        self.doc = doc
        self.text = text
        self.quotes = quotes
        ents = doc._.entities if Doc.has_extension("entities") else None
        self.mentions = _merge(_stage_mentions(ents or []), _model_mentions(doc))
        self.m_starts = [m.start for m in self.mentions]
        self.roles = {m.entity: _content_words(m.role) for m in self.mentions if m.role and m.entity}

    def speaker(self, cue: Token) -> dict | None:
        """The speaker dict for a cue, or None when the cue has no subject."""
        subj = find_subject(cue, self.quotes)
        if subj is None:
            return None
        start, end = speaker_span(subj, self.quotes)
        ref, ref_start, ref_end = subj, start, end
        if subj.lower_ in _RELATIVE and subj.head.dep_ == "relcl":
            ref = subj.head.head  # 'X, who said': the span is 'who', the name is X's
            ref_start, ref_end = speaker_span(ref, self.quotes)
        mention = self.resolve(ref, ref_start, ref_end)
        name = mention.name if mention else self.text[ref_start:ref_end]
        return {"name": name, "entity": mention.entity if mention else None,
                "start": start, "end": end, "text": self.text[start:end]}

    def resolve(self, head: Token, start: int, end: int) -> Mention | None:
        """The mention a speaker phrase refers to: its own, a pronoun's antecedent, a role's holder."""
        inside = self._between(start, end)
        own = [m for m in inside if m.start <= head.idx < m.end]
        if own:
            return own[0]
        if inside and head.pos_ == "PROPN":
            return ([m for m in inside if m.label in _PERSONISH] or inside)[0]
        low = head.lower_
        if low in PRONOUNS:
            if low == "i":
                return None
            return self._nearest(start, _PERSONISH if PRONOUNS[low] == "PERSON" else _GROUPISH)
        by_role = self._by_role(_content_words(self.text[start:end]), start)
        if by_role is not None:
            return by_role
        definite = head.left_edge.lower_ in ("the", "this") or any(c.dep_ == "poss" for c in head.children)
        if definite and head.lemma_.lower() in SPEAKER_NOUNS:
            return self._nearest(start, _PERSONISH)
        return None

    def _between(self, start: int, end: int) -> list[Mention]:
        i, out = bisect_left(self.m_starts, start), []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out

    def _nearest(self, before: int, labels: set[str]) -> Mention | None:
        """The closest earlier mention with one of `labels`, outside quotes."""
        i = bisect_left(self.m_starts, before) - 1
        while i >= 0 and before - self.mentions[i].start < MAX_ANTECEDENT_CHARS:
            m = self.mentions[i]
            if m.label in labels and self.quotes.index_at(m.start) is None:
                return m
            i -= 1
        return None

    def _by_role(self, words: set[str], before: int) -> Mention | None:
        """The entity whose role shares the most content words with a description ('the head of
        the defense ministry' ~ 'Minister of Defense'); ties go to the latest mention before it."""
        scores = {ent: len(words & role) for ent, role in self.roles.items()}
        best, best_key = None, (0, -1)
        for i in range(bisect_left(self.m_starts, before) - 1, -1, -1):
            m = self.mentions[i]
            key = (scores.get(m.entity, 0), m.start)
            if key[0] > best_key[0]:
                best, best_key = m, key
        if best is None:  # a role holder named only after the quote
            later = [m for m in self.mentions if scores.get(m.entity, 0) > 0]
            best = max(later, key=lambda m: scores[m.entity], default=None)
            best_key = (scores[best.entity], 0) if best else (0, 0)
        score = best_key[0]
        return best if score >= 2 or (score == 1 and len(words) == 1) else None


def _content_words(text: str) -> set[str]:
    """Lower-cased 5-letter stems of a phrase's content words ('defense' ~ 'defence')."""
    return {w[:5].replace("defec", "defen") for w in _WORD.findall(text.lower()) if w not in _STOP}


def _stage_mentions(entities: list[dict]) -> list[Mention]:
    """Mentions of the entities stage's entities."""
    out = []
    for ent in entities:
        if not isinstance(ent, dict):
            continue
        label, role = str(ent.get("label") or ""), ent.get("role")
        for m in ent.get("mentions") or []:
            if isinstance(m, dict) and isinstance(m.get("start"), int) and isinstance(m.get("end"), int):
                out.append(Mention(m["start"], m["end"], ent.get("id"), str(ent.get("name") or m.get("text")),
                                   label, role if isinstance(role, str) else ""))
    return out


def _model_mentions(doc: Doc) -> list[Mention]:
    """The model's PERSON/ORG/GPE/NORP spans, a surname grouped under its longest full name."""
    full: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ in ("PERSON", "ORG") and len(ent.text) > len(full.get(ent[-1].lower_, "")):
            full[ent[-1].lower_] = ent.text
    return [Mention(ent.start_char, ent.end_char, None,
                    full.get(ent[-1].lower_, ent.text) if ent.label_ in ("PERSON", "ORG") else ent.text,
                    ent.label_, "")
            for ent in doc.ents if ent.label_ in _PERSONISH or ent.label_ in _GROUPISH]


def _merge(stage: list[Mention], model: list[Mention]) -> list[Mention]:
    """The entities stage's mentions plus the model's where the stage has none, in text order."""
    stage = sorted(stage, key=lambda m: m.start)
    starts = [m.start for m in stage]
    extra = []
    for m in model:
        i = bisect_right(starts, m.start) - 1
        near = stage[max(0, i):i + 2]
        if not any(s.start < m.end and m.start < s.end for s in near):
            extra.append(m)
    return sorted(stage + extra, key=lambda m: m.start)
