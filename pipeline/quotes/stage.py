"""The quotes stage: direct, indirect and mixed quotations with their speakers and cues.

Two sources of quotes, combined per document:

* quote marks (every kind, paired per paragraph, carried over paragraphs that reopen a quote) give
  direct quotes; their cue is the speech verb next to them ('"…," X said', 'X said: "…"');
* the dependency parse gives reported speech: the clausal complement of a speech verb ('X said
  (that) …'), the clause a '…, X said, …' interrupts, the complement of verbs such as 'called for'
  or 'urged', the sentence an 'according to X' qualifies, the paragraph after 'X added:'. A clause
  holding a quoted part is mixed; reported speech inside reported speech is not repeated (NESTED).

A quote without a cue of its own continues the previous one ('"A," X said. "B."' is one quote, as
the PolNeAR annotation has it; MERGE_CONTINUED) or, as a paragraph of its own, takes the previous
speaker; after a paragraph that closed on quoted words it is one more part of that quote
(MERGE_PARAGRAPHS). Speakers are resolved in `pipeline.quotes.speakers`. Cue tables: data/quote_cues.json.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from pipeline.nlp.extensions import doc_text
from pipeline.quotes.adjectives import adjective_before
from pipeline.quotes.bridged import bridged
from pipeline.quotes.carried import carried_head, split_carried
from pipeline.quotes.coordinated import cut_coordinated
from pipeline.quotes.court_speakers import court_speakers
from pipeline.quotes.covered import uncovered
from pipeline.quotes.cue_gaps import unnamed_type
from pipeline.quotes.cue_mending import mend_lemmas
from pipeline.quotes.cues import (
    ADVERBIAL_MARKS,
    PRONOUNS,
    can_speak,
    cue_after,
    cue_before,
    cue_type,
    generic,
    is_according,
    is_speech_cue,
    statement_before,
    verb_after,
    verb_before,
)
from pipeline.quotes.described_links import fill_roles_and_link
from pipeline.quotes.doc import Ctx, Item
from pipeline.quotes.doubled import trails_lead, undouble
from pipeline.quotes.edges import FINITE_TAGS
from pipeline.quotes.framed_quotes import framed_lead, framed_quote
from pipeline.quotes.frames import asked_one
from pipeline.quotes.handover import handed_on, lead_in
from pipeline.quotes.headline_tells import refront
from pipeline.quotes.hyphened import whole_pieces
from pipeline.quotes.inverted_leads import lead_before
from pipeline.quotes.inverted_verbs import inverted_verb
from pipeline.quotes.labels import label_before, label_head, labelled_lines
from pipeline.quotes.lead_cues import sentence_cue, subject_before
from pipeline.quotes.marks import WORD_RE, closing_char, ends_sentence, trailed, with_opening_mark
from pipeline.quotes.narrated import narrated_lead
from pipeline.quotes.nesting import Holders, enclosing, judged_in_belief, one_per_cue, own_relative_claim
from pipeline.quotes.placed_leads import placed_verb_before
from pipeline.quotes.quoted_titles import title_in_slot
from pipeline.quotes.reported import reported
from pipeline.quotes.run_on import another_between, another_speaks, names_other, runs_on
from pipeline.quotes.runons import named_inside
from pipeline.quotes.sources import source_speaker
from pipeline.quotes.speakers import Resolver
from pipeline.quotes.subjects import asked_frame
from pipeline.quotes.topics import is_topic, left_open
from pipeline.quotes.unsaid import remember, says_nothing

MERGE_CONTINUED = True  # '"A," X said. "B."' as one quote (PolNeAR's convention), else two quotes
MERGE_PARAGRAPHS = True  # a quoted paragraph with no cue after an attributed one: one more part of it
NARRATED = True  # that paragraph may open on narration naming no one ('The film is B. "C."')
RUN_ON = True  # or run on into narration after the quote, its paragraph breaks lost ('"C." X lives in Y.')
SUBJECT_LEADS = True  # a quote with no cue nor speaker to go on with: the person of the sentence before
KEEP_UNATTRIBUTED = False  # keep quoted sentences with neither a cue nor a speaker to inherit
NESTED = False  # keep reported speech inside other reported speech ('he said she told them that …')
MIN_ADJACENT_WORDS = 4  # shorter quoted bits next to a cue are names and scare quotes, not quotes
_NOBODYS = ("appearance", "adverb", "heard")  # 'X seems to Y', 'X reportedly Y', 'A, the court heard'
_JOINED_RE = re.compile(r",\s*(?:but|and)\s*$")  # '"A," he said, but "B."'
_TITLE_WORD_RE = re.compile(r"[^\W\d_][\w'\u2019-]*")


def combine(ctx: Ctx, indirect: list[Item]) -> list[Item]:
    """Quote-mark spans and reported speech together: a clause that is a quote gives that quote
    its cue; a clause holding quotes is mixed; a cue-less quote may continue the previous one."""
    text, quotes = ctx.text, ctx.quotes.spans
    used: set[int] = set()
    items: list[Item] = []
    by_quote: dict[int, Item] = {}
    for it in indirect:
        inside = ctx.quotes.overlapping(it.start, it.end)
        if inside and (cut := _quote_before_clause(ctx, it, inside[0])) is not None:
            it.start = cut  # '"A," B did C, said X.': the quote is not part of X's clause nor X's
            if it.parts and it.parts[0][0] <= cut < it.parts[0][1]:
                it.parts[0] = (cut, it.parts[0][1])
            used.add(inside[0])
            items.append(Item(*quotes[inside[0]], "direct", how="quote-none"))
            inside = inside[1:]
        if not inside and framed_lead(ctx, it):
            continue  # 'X reported that Y had told Z: "…"': the frame only attributes Y's quote
        if not inside:
            start = with_opening_mark(text, it.start, it.end)  # "hails 'great year'" (no pair)
            if it.parts and it.parts[0][0] == it.start:
                it.parts[0] = (start, it.parts[0][1])
            it.start = start
            items.append(it)
            continue
        s0, e0 = quotes[inside[0]][0], quotes[inside[-1]][1]
        if not WORD_RE.search(text, e0, it.end) and framed_quote(ctx, it, s0):
            continue  # 'X reports that Y told Z: "…"': Y's direct quote, cued below
        outside = text[it.start:max(it.start, s0)] + text[min(it.end, e0):it.end]
        if (it.start > s0 and WORD_RE.search(text, s0, it.start)) or not WORD_RE.search(outside) or (
                it.start > s0 and _first_word(text, e0, it.end) in ADVERBIAL_MARKS):
            for qi in inside:
                by_quote.setdefault(qi, it)
            continue
        if it.parts:  # the quote marks widen the first and last parts
            it.parts[0] = (min(it.parts[0][0], s0), it.parts[0][1])
            last = min(it.parts[-1][0], s0) if s0 >= it.parts[0][1] else it.parts[-1][0]
            it.parts[-1] = (last, max(it.parts[-1][1], e0))
        it.start, it.end, it.kind = min(it.start, s0), max(it.end, e0), "mixed"
        used.update(inside)
        items.append(it)
        second = handed_on(ctx, it, s0, e0)  # 'described it as "A. B," she said': B is hers
        if second is not None:
            items.append(second)
    for qi, (s, e) in enumerate(quotes):
        if qi in used or (is_title(text, s, e) and title_in_slot(ctx, s, e)):
            continue  # 'X said on the podcast "Open Field."': a title, no one's words
        src = by_quote.get(qi)
        words = len(_TITLE_WORD_RE.findall(text, s, e))
        if src and src.cue is not None and words < MIN_ADJACENT_WORDS and not is_speech_cue(src.cue):
            src = None  # 'what he considers "smart"': a scare quote, not a belief
        cue = src.cue if src else None
        short = said_short(text, s, e) or introduced(ctx, s, e)
        sentence = words >= MIN_ADJACENT_WORDS or short  # else a name or a scare quote
        label = src.cue if src and src.how == "label" else None  # a labelled line holding the quote
        if cue is None and sentence and (short or not is_title(text, s, e)):
            lead = lead_before(ctx, s)  # 'Said Jan Novak: "…"': the verb, before any label
            label = None if lead is not None else label_before(ctx, s)  # 'Jan Novak: "…"'
            cue = lead or label or cue_after(ctx, e) or cue_before(ctx, s) or cue_above(ctx, s) \
                or verb_after(ctx, e) or inverted_verb(ctx, e) or verb_before(ctx, s) \
                or placed_verb_before(ctx, s) or statement_before(ctx, s) \
                or adjective_before(ctx, s)  # 'X is confident: "…"'
        elif cue is None and qi + 1 < len(quotes):
            cue = opening_part(ctx, e, quotes[qi + 1][0])
        how = "label" if label is not None else "quote-src" if src else (
            "quote-adj" if cue is not None else "quote-none")
        lead = lead_in(ctx, s, e, cue) if how in ("quote-adj", "quote-src") and sentence else None
        items.append(Item(s if lead is None else lead, e, "direct" if lead is None else "mixed", cue=cue,
                          according=cue is not None and is_according(cue), how=how))
    return items


def _quote_before_clause(ctx: Ctx, it: Item, qi: int) -> int | None:
    """Where a clause starts that opens on a quote closing on a comma, a capitalised clause with a
    verb of its own after it and before the cue ('"A," B did C, said X.'); else None."""
    s, e = ctx.quotes.spans[qi]
    m = _TITLE_WORD_RE.search(ctx.text, e, it.end)
    if (s > it.start or closing_char(ctx.text, s, e) not in ",.!?" or m is None or not m.group()[0].isupper()
            or ctx.text[e:m.start()].strip() or it.cue is None or it.according
            or it.cue.pos_ not in ("VERB", "AUX")):
        return None
    between = ctx.doc[ctx.token_at(m.start()):it.cue.i]  # a clause of its own, not 'X said, "B"'
    return m.start() if any(t.tag_ in FINITE_TAGS and t.dep_ != "aux" and not is_speech_cue(t)
                            for t in between) else None


def _first_word(text: str, start: int, end: int) -> str:
    """The first word of text[start:end], lower-cased ('' when none)."""
    m = _TITLE_WORD_RE.search(text, start, end)
    return m.group().lower() if m else ""


def spoken(text: str, s: int, e: int) -> bool:
    """Quoted words that can be a speaker's: a few words, or closing on their own punctuation."""
    return (len(_TITLE_WORD_RE.findall(text, s, e)) >= MIN_ADJACENT_WORDS
            or closing_char(text, s, e) in (",", ".", "!", "?"))


def said_short(text: str, s: int, e: int) -> bool:
    """A short quote that is said as a sentence of its own, opening a sentence and closing on its own
    punctuation ('"It's over," she said'), not a scare quote ('hailed it as "fantastic," and said')."""
    return starts_sentence(text, s) and closing_char(text, s, e) in (",", ".", "!", "?")


def cue_above(ctx: Ctx, s: int, reach: int = 8) -> Token | None:
    """The speech verb of a paragraph that ends on a colon right before a paragraph opening with
    this quote ('X released the following statement:' / 'X says:'), a few words before the colon, or
    the finite speech verb of the sentence the colon closes, with no content of its own before it."""
    head = ctx.text[:s]
    mark = len(head.rstrip()) - 1
    if head[head.rfind("\n") + 1:].strip() or mark < 1 or ctx.text[mark] != ":" or "\n" not in head[mark:]:
        return None
    i = ctx.token_at(mark)
    near = next((t for t in reversed(ctx.doc[max(0, i - reach):i]) if is_speech_cue(t)), None)
    if near is not None:
        return near
    sent = ctx.doc[i].sent  # 'X said about A, in B of C:': the verb of the sentence the colon closes
    return next((t for t in ctx.doc[sent.start:i] if is_speech_cue(t) and t.tag_ in FINITE_TAGS
                 and not ctx.in_quote(t) and not any(c.dep_ == "ccomp" and c.i < i for c in t.children)),
                None)


def introduced(ctx: Ctx, s: int, e: int) -> bool:
    """A short quote said as a sentence of its own after its cue and a comma or colon ('Priebus
    said, "Probably."'), closing on its own stop."""
    mark = len(ctx.text[:s].rstrip()) - 1
    if mark < 1 or ctx.text[mark] not in ",:" or closing_char(ctx.text, s, e) not in ".!?":
        return False
    i = ctx.token_at(mark)
    return i > 0 and is_speech_cue(ctx.doc[i - 1])


def opening_part(ctx: Ctx, end: int, nxt: int) -> Token | None:
    """The cue of a short quote that opens an interrupted one ('"Hopefully," he said, "this …"'):
    the speech verb after it when the next quote follows that attribution after a comma or colon."""
    gap = ctx.text[end:nxt]
    if "\n" in gap or len(gap) > 80 or gap.rstrip()[-1:] not in (",", ":") or not ctx.text[end - 2:end].strip(
            "\"'\u201d\u2019 ").endswith(","):
        return None
    cue = cue_after(ctx, end)
    return cue if cue is not None and cue.idx < nxt and is_speech_cue(cue) else None


def is_title(text: str, s: int, e: int) -> bool:
    """A quoted title ('"Meet the Press"', '"The Art of the Deal,"'): a few words, all capitalised
    but for short function words."""
    words = _TITLE_WORD_RE.findall(text, s, e)
    return 0 < len(words) <= 8 and all(w[0].isupper() or len(w) <= 3 for w in words)


def continues(ctx: Ctx, prev: Item, start: int) -> bool:
    """A quote at `start` continues `prev` ('"A," X said. "B."', '"A," X said, but "B"'): same
    paragraph, a new sentence, nothing between them but `prev`'s cue clause."""
    gap = ctx.text[prev.end:start]
    if "\n" in gap:
        return False
    if not WORD_RE.search(gap):
        return True
    return (prev.cue is not None and (prev.end <= prev.cue.idx < start or trails_lead(ctx, prev, start))
            and len(gap) < 250
            and (starts_sentence(ctx.text, start) or gap.rstrip()[-1:] == ","
                 or _JOINED_RE.search(gap) is not None or right_after_cue(ctx, prev.cue, start)))


def goes_on(ctx: Ctx, last: Item, start: int) -> bool:
    """The quote at `start` goes on with `last` (see `continues`) and no one else introduces it or
    speaks between them."""
    return (continues(ctx, last, start) and not introduced_by_another(last, lead_subject(ctx, start))
            and not another_between(ctx, last.cue, last.speaker, last.end, start))  # 'X said. Y nodded.'


def right_after_cue(ctx: Ctx, cue: Token, start: int) -> bool:
    """A quoted sentence right after the cue, its comma left out ('"A," she said "But B."'), not a
    title ('told "Fox News"')."""
    text, inside = ctx.text, ctx.quotes.overlapping(start, start + 1)
    if text[cue.idx + len(cue.text):start].strip() or not inside:
        return False
    s, e = ctx.quotes.spans[inside[0]]
    return s == start and spoken(text, s, e) and not is_title(text, s, e)


def continued_quote(ctx: Ctx, kept: list[Item], start: int) -> Item | None:
    """The quote a cue-less quote at `start` goes on with when reported clauses of the attribution
    stand between them ('"A," X said, adding that C. "B."', '"A," X said. X did not give C. "B."'):
    the paragraph's last direct quote, when only reported speech with its cue after that quote
    comes between."""
    para = ctx.para_of(start)
    for i in range(len(kept) - 1, -1, -1):
        prev = kept[i]
        if ctx.para_of(prev.start) != para:
            return None
        if prev.kind != "indirect":  # not a stance holding a quoted phrase ('pledged to "A"')
            going_on = i < len(kept) - 1 and prev.how != "stance" and continues(ctx, prev, start)
            return prev if going_on else None
        if not NESTED and i and nested_in(prev, kept[i - 1], stance=True):
            continue  # 'noting he would support X': the nested 'support' is dropped below
        if prev.cue is None or prev.cue.idx < (kept[i - 1].end if i else 0):
            return None
    return None


def closes_on_quote(ctx: Ctx, it: Item) -> bool:
    """`it` ends on quoted words of its own, a sentence or more ('said he had "made a lot of money in
    down markets."'), that a quoted paragraph after it may go on with."""
    inside = ctx.quotes.overlapping(it.end - 1, it.end)
    if it.kind == "indirect" or not inside:
        return False
    s, e = ctx.quotes.spans[inside[-1]]
    return e >= it.end and len(_TITLE_WORD_RE.findall(ctx.text, s, e)) >= MIN_ADJACENT_WORDS


def starts_sentence(text: str, start: int) -> bool:
    """Nothing but a sentence end, a colon, a closing quote or a paragraph start before `start`."""
    before = text[max(0, start - 40):start].rstrip()
    return not before or before[-1] in ".!?:\n\"\u201d'"


def inherits(ctx: Ctx, prev: Item, it: Item) -> bool:
    """A cue-less quote takes `prev`'s speaker: it opens a sentence in prev's paragraph, or opens the
    paragraph right after prev's and is a paragraph of its own or a whole sentence ('"A." Y said: "B."')."""
    if not starts_sentence(ctx.text, it.start):
        return False
    gap = ctx.text[prev.end:it.start]
    if "\n" not in gap:
        return not introduced_by_another(prev, lead_subject(ctx, it.start)) and not another_between(
            ctx, prev.cue, prev.speaker, prev.end, it.start)  # '"A," X said. Y frowned. "B."': Y's
    text = ctx.text
    p0, p1 = text.rfind("\n", 0, it.start) + 1, text.find("\n", it.end)
    p1 = len(text) if p1 < 0 else p1
    ends = closing_char(text, max(it.start, it.end - 3), it.end) in (".", "!", "?")
    quoted_next = bool(ctx.quotes.overlapping(it.end + 1, p1))  # '"A." Y said: "B."': Y's cue is B's
    opens = not WORD_RE.search(text, p0, it.start)  # the quote opens its paragraph
    own = opens and ((ends and quoted_next) or not WORD_RE.search(text, it.end, p1))
    own = own or (NARRATED and not WORD_RE.search(text, it.end, p1)
                  and narrated_lead(ctx, p0, it.start))  # 'X said A.' / 'The film is B. "C."'
    own = own or (RUN_ON and opens
                  and runs_on(ctx, it.start, it.end, prev.speaker))  # '"A." X lives in Y.' (breaks lost)
    return own and all(not line.strip() for line in gap.split("\n")[1:-1])


def lead_subject(ctx: Ctx, start: int) -> Token | None:
    """The subject of the clause a colon ends right before `start` ('Jones was blunt: "…"')."""
    lead = ctx.text[max(0, start - 40):start].rstrip()
    if not lead.endswith(":"):
        return None
    colon = ctx.doc[ctx.token_at(max(0, start - 40) + len(lead) - 1)]
    first = colon.i
    while first > 0 and colon.i - first < 25 and ctx.doc[first - 1].text not in ".!?\n\u201d\"":
        first -= 1
    subjects = [t for t in ctx.doc[first:colon.i] if t.dep_ in ("nsubj", "nsubjpass") and t.head.i < colon.i]
    # the lead-in's own clause: its verb heads the sentence or hangs on the quote ('Some are sad: "…"')
    top = [t for t in subjects if t.head.dep_ == "ROOT" or t.head.head.i >= colon.i]
    return (top or subjects or [None])[-1]


def introduced_by_another(prev: Item, subj: Token | None) -> bool:
    """A quote's lead-in has a subject other than `prev`'s speaker ('Another wrote: "A." Some of them
    are sadder: "B."'), not a pronoun ('He was blunt:')."""
    if subj is None or subj.lower_ in PRONOUNS or prev.end > subj.idx:
        return False  # 'X said Y was a candidate like Z: "…"': the lead-in is X's own words
    if prev.cue is not None and asked_frame(prev.cue):
        return False  # 'Asked whether A, X shot back: "B"': the frame's own answer
    return names_other(prev.speaker, subj)


def may_speak(subj: Token) -> bool:
    """A lead-in subject that can be a quote's speaker: a name, a noun of people, 'some of them'."""
    of = [g for c in subj.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return subj.pos_ == "PROPN" or (subj.pos_ == "NOUN" and can_speak(subj)) or any(
        g.pos_ == "PRON" or (g.pos_ == "NOUN" and can_speak(g)) for g in of)


def looks_like_speech(text: str, s: int, e: int) -> bool:
    """A quoted stretch that stands as a sentence (not a title or a scare quote)."""
    inner = text[s + 1:e - 1].strip()
    return len(WORD_RE.findall(inner)) >= 8 and (inner[-1] in ".,!?" or text[e:e + 1] in (".", ","))


def extract(doc: Doc) -> list[dict]:
    """The quotes of `doc` as plain dicts shaped like pipeline.record.types.Quote, in text order."""
    if not doc_text(doc).strip():
        return []
    mend_lemmas(doc)
    remember(doc)  # its cue words mended, the Doc no longer changes: verbs' answers kept
    ctx = Ctx(doc)
    parsed = doc.has_annotation("DEP")  # a lean pipeline (no parser) has quote marks alone
    items = combine(ctx, undouble(ctx, bridged(ctx, reported(ctx))) + labelled_lines(ctx) if parsed else [])
    joined: dict[int, Item] = {}
    for it in items:
        whole_pieces(ctx, it)  # 'said e|-mails should …': no edge inside a word
        if (second := cut_coordinated(ctx, it)) is not None:
            joined[second.i] = it  # 'saying A and calling him B': B is the second participle's
    resolver = Resolver(doc, ctx.quotes, ctx.text, ctx.starts)
    kept: list[Item] = []
    for it in sorted(items, key=lambda x: x.start):
        last = kept[-1] if kept else None
        if not NESTED and it.cue is None and len(kept) > 1:
            last = enclosing(kept, nested_in)  # 'X said it was hard to say how …. "…"': X's goes on
        own = (it.kind == "direct" and starts_sentence(ctx.text, it.start)  # '"A," hesaid.': no part
               and trailed(ctx.text, it.start, it.end))
        if MERGE_CONTINUED and last is not None and it.kind == "direct" and it.cue is None and not own:
            last = continued_quote(ctx, kept, it.start) or last
            if last is not kept[-1] and lead_subject(ctx, it.start) is None and another_speaks(
                    ctx, last.cue, last.speaker, last.end, it.start):
                last = kept[-1]  # '"A," X said. Y said B. "C."': C goes on with Y's, not X's
        if it.kind == "direct" and it.cue is None and not spoken(ctx.text, it.start, it.end):
            continue  # '"A," X said in his book "Title"', a scare quote: no words of the speaker's
        if parsed and it.kind == "direct" and it.cue is None and looks_like_speech(
                ctx.text, it.start, it.end):
            it.cue = sentence_cue(ctx, it.start, kept)  # 'X agreed. "…"', 'X said in a statement. "…"'
        if (MERGE_CONTINUED and last is not None and last.kind != "indirect"
                and it.cue not in (None, last.cue) and (head := carried_head(ctx, it)) is not None
                and goes_on(ctx, last, it.start)):
            split_carried(last, it, head)  # '"A," X said. "B.¶"C," X said.': B is A's, C its own quote
        if (MERGE_CONTINUED and last is not None and it.kind == "direct" and it.cue in (None, last.cue)
                and not own and goes_on(ctx, last, it.start) and asked_one(last.cue) is None):
            parts = last.pieces()
            if it.start >= last.end and WORD_RE.search(ctx.text, last.end, it.start):
                last.parts = parts + [(it.start, it.end)]  # the attribution between stays out
            else:
                last.parts = parts[:-1] + [(parts[-1][0], max(parts[-1][1], it.end))]
            last.end, last.kind = max(last.end, it.end), "direct" if last.kind == "direct" else "mixed"
            continue
        if it.cue is not None:
            if generic(it.cue) or says_nothing(it.cue):  # 'hard to say'; 'is due to speak about A'
                continue
            if it.how == "label":
                it.speaker = resolver.named(label_head(it.cue))
            elif it.how == "poll":
                it.speaker = resolver.named(source_speaker(it.cue))
            elif it.how not in _NOBODYS:
                it.speaker = resolver.speaker(it.cue, (it.start, it.end))
                if it.cue.i in joined and joined[it.cue.i].speaker is not None:
                    it.speaker = joined[it.cue.i].speaker  # the first participle's speaker
            if it.speaker is None and it.cue.head.pos_ == "ADJ":
                continue  # 'it is worth noting that …': the writer's own voice
            refront(ctx, it)  # 'End the "waste", X tells council': the fronted words
        elif last is not None and last.cue is not None and inherits(ctx, last, it):
            if (MERGE_CONTINUED and MERGE_PARAGRAPHS and "\n" in ctx.text[last.end:it.start]
                    and closes_on_quote(ctx, last)):
                last.parts = last.pieces() + [(it.start, it.end)]
                last.end = it.end
                continue
            it.speaker, it.cue, it.according = last.speaker, last.cue, last.according
            if asked_frame(last.cue):  # 'Asked whether A, X shot back: "B"': the answer is X's
                it.speaker = resolver.speaker(last.cue, (it.start, it.end))
            elif (asked := asked_one(last.cue)) is not None:  # 'X was asked if A. "B."': B is X's
                it.speaker = resolver.named(asked)
        elif it.kind == "direct" and (intro := lead_subject(ctx, it.start)) is not None and (
                last is not None and introduced_by_another(last, intro) and may_speak(intro)):
            it.speaker = resolver.named(intro)  # 'Bush broke down what was wrong: "…"'
        elif (SUBJECT_LEADS and parsed and it.kind == "direct"
              and looks_like_speech(ctx.text, it.start, it.end) and ends_sentence(ctx.text, it.start, it.end)
              and (subj := subject_before(ctx, it.start)) is not None):  # not '"A," Y reads.'
            it.speaker = resolver.named(subj)  # 'Mr Blair went on to list his achievements. "…"'
        elif not KEEP_UNATTRIBUTED or not looks_like_speech(ctx.text, it.start, it.end):
            continue
        kept.append(it)
    court_speakers(ctx, kept)  # 'A, the court was told.' after 'Prosecutor X said B'
    if not NESTED:
        outer = Holders({span for it in kept if it.how not in ("stance", "appearance")
                         for span in it.pieces()})
        kept = [it for it in kept if it.cue is None or not any(
            not _own_piece(it, s, e) or it.how == "appearance" for s, e in outer.holding(it.cue.idx))
            or own_relative_claim(ctx, it) or judged_in_belief(ctx, it, kept)]
        kept = [it for it in kept if not named_inside(it, kept)]
    out = [to_dict(ctx, it) for it in uncovered(one_per_cue(kept))]
    fill_roles_and_link(doc, out)  # "The prime minister said": a role for the person linked, and back
    return out


def _own_piece(it: Item, s: int, e: int) -> bool:
    """[s, e) is the item itself, or a part of a report adverb's clause ('X … have reportedly not B')."""
    return (s, e) == (it.start, it.end) or (it.how == "adverb" and (s, e) in it.parts)


def nested_in(it: Item, outer: Item, stance: bool = False) -> bool:
    """`it` is reported speech inside the content of `outer` ('said it was hard to say how …'); with
    `stance`, also a claim a stance's object names ('dismissing suggestions that A'): no words of its
    own between a direct quote and the one that goes on with it ('"B," X said, dismissing suggestions
    that A. "C."')."""
    if it.cue is None:
        return False
    if outer.how == "stance":
        return stance and outer.start <= it.cue.idx < outer.end
    return (outer.how != "appearance" and (it.start, it.end) != (outer.start, outer.end)
            and any(s <= it.cue.idx < e for s, e in outer.pieces()))


def to_dict(ctx: Ctx, it: Item) -> dict:
    """The record's plain dict for an item."""
    text, cue = ctx.text, None
    if it.cue is not None:
        tok = it.cue
        start = tok.doc[tok.i - 1].idx if it.according else tok.idx
        end = tok.idx + len(tok)
        kind = unnamed_type(it, cue_type(tok, it.according))  # 'X is said to Y': no one's speech
        if kind in ("speech", "writing") and (is_topic(ctx, it) or left_open(tok)):
            kind = "topic"  # 'discussed the trade deal', 'did not say whether A': no claim
        cue = {"start": start, "end": end, "text": text[start:end],
               "lemma": "according to" if it.according else tok.lemma_.lower(), "type": kind}
    parts = [{"start": s, "end": e, "text": text[s:e]} for s, e in it.parts] if len(it.parts) > 1 else None
    return {"start": it.start, "end": it.end, "text": text[it.start:it.end], "kind": it.kind,
            "speaker": it.speaker, "cue": cue, "parts": parts}

