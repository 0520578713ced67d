"""A person's role: a title before the name ("Defence Minister X"), or an apposition after it
(", the secretary of ...") or before it ("The firm's chief executive, X,"), or a plural title before a
list of names ("Producers A and B"). An apposition the parser missed is read from its words
(`entities.appositions`)."""

from __future__ import annotations

from collections.abc import Collection, Iterator

from spacy.tokens import Doc, Span, Token

from pipeline.entities import asroles as AS
from pipeline.entities import candidates as C
from pipeline.entities import context as X
from pipeline.entities import dashroles as DR
from pipeline.entities import labelroles as LR
from pipeline.entities import lexicon as L
from pipeline.entities import listedpeople as LP
from pipeline.entities import names as N
from pipeline.entities import placeroles as PR
from pipeline.entities import pretitles as PT
from pipeline.entities import ranks as RK
from pipeline.entities import relationroles as RR
from pipeline.entities import roleaffiliations as RA
from pipeline.entities import roleopenings as RO
from pipeline.entities import signings as SG
from pipeline.entities import titleheads as TH
from pipeline.entities.appositions import (
    ARTICLES,
    MAX_WORDS,
    POSSESSIVES,
    class_owner,
    described,
    member,
    phrase_text,
    without_owner,
)
from pipeline.entities.candidates import Cand

APPOS_STOP = frozenset({",", '"', "\u201c", "(", ")", ";", "."})
MAX_LISTED = 6  # names in a list after one plural title
MODIFIER_POS = frozenset({"ADJ", "NOUN"})
MODIFIER_DEPS = frozenset({"compound", "amod"})
NAMED_MODIFIERS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})  # a body or place before a plural role
TITLE_DEPS = frozenset({"det", "prep", "poss"})  # "The Mayor of X", "the party's President", Y
PEOPLE = frozenset({"man", "woman", "person"})
NEWCOMER_NOUNS = L.PROMISE_NOUNS | {"face"}  # "new faces" A and B: a new face each
CUT_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "PART"})  # words a phrase's left edge never follows
POST_PREPS = frozenset({"of", "for", "at"})  # the body a post is held at
SUBJECT_OPENERS = frozenset({"DET", "PRON"})  # "The film", "It" before a verb: its subject
STYLES = frozenset({"Most", "Right", "Very"})  # "the Most Reverend", "the Right Reverend" X


def role(ctx: C.DocCtx, ms: list[Cand]) -> str | None:
    """First role seen with a person, a position before a relation ("their father" X, later "founder
    X"): a title inside/before the name, or an apposition; without a possessive pronoun opening it
    ("his partner" -> "partner"; a work's "My Family creator" stays) or a relation to another person
    closing it ("confidant of his brother X" -> "confidant")."""
    ms = RR.body_first(ctx, ms)  # "Teenager X" in a headline, "Norvik centre X" in the text
    seen = ((c, r) for c, r in _roles(ctx, ms) if not PR.only_place(r))  # not "in Dunstable" Mrs X
    first = next(seen, (None, None))[1]
    first = RR.job_over(first, seen)  # "their father" X, "Norvik legend" X; later "founder X"
    found = RR.kept(_fuller(ctx, ms, first))  # no "fellow" a longer title opens with
    words = found.split(" ") if found else []
    if len(words) > 1 and words[0].lower() in POSSESSIVES and words[1][:1].islower():
        return " ".join(words[1:])
    return RR.unowned(found)


def _roles(ctx: C.DocCtx, ms: list[Cand]) -> Iterator[tuple[Cand, str]]:
    """The mentions with their roles in turn, each with any possessive pronoun it opens with."""
    for c in ms:
        lead, found = PT.pre_title(ctx.doc, c.start)
        if c.role:  # the cut's title, or the longer one it ends ("Virgin Radio DJ", "Norvik coach" Tom Hale)
            longer = found and found.endswith(" " + c.role)
            cut = RR.kept(_post(ctx, c, lead, _singular(ctx.doc, c.start, found if longer else c.role)))
            cut = RR.job_beside(cut, apposition(ctx, c) if RR.kin(cut) else None)  # "his son X, the chef"
            if cut:
                yield c, cut
            continue
        found = _post(ctx, c, lead, _singular(ctx.doc, c.start, found) or LR.labelled(ctx, c.start))
        found = RR.job_beside(found, apposition(ctx, c) if RR.kin(found) else None)  # "his son X, the chef"
        found = found or LR.bracketed(ctx, c.start)  # "(tour manager) Tom Hale"
        found = found or RK.ranked(ctx.doc, c.start)  # "sixth seeded Russian X"
        found = found or apposition(ctx, c) or apposed_to(ctx, c) or fronted(ctx, c)
        end = name_end(ctx, c)
        found = found or DR.dashed(ctx.doc, c.start, end)  # "his lover - X -"
        found = found or described(ctx.doc, c.start, RA.past_origin(ctx.doc, end)) or SG.signing(ctx.doc, end)
        found = found or LR.captained(ctx, end)  # a line-up's "K Moss (capt)"
        if RR.kept(found) and (not X.org_role(found) or _full_name(ctx, c)):
            yield c, RR.kept(found)  # "oil producer X" is a firm; "record producer Tom Hale" a person
            continue
        found = RR.kept(member(ctx.doc, c.end) or _listed_title(ctx, c) or AS.as_role(ctx.doc, c.start, end))
        if found:
            yield c, found
    for c in ms:  # a plural title shared by a list is the weakest sign; "oil producers" only for people
        found = RR.kept(listed(ctx, c))
        if found and (found.lower() in L.ROLE_NOUNS or not X.org_role(found) or LP.personal(ctx, c)):
            yield c, found


def _listed_title(ctx: C.DocCtx, c: Cand) -> str | None:
    """A plural title by list before the list of names `c` opens or is in ("Greek sprinters A and
    B"): the role of this mention, before any a later mention has."""
    found = listed(ctx, c)
    return found if found and listed_role(found) and not X.org_role(found) else None


def _fuller(ctx: C.DocCtx, ms: list[Cand], found: str | None) -> str | None:
    """The longest title before another mention that ends in the role found ("director" Tom Hale in
    a headline, "British film director" Sir Tom Hale in the text): the same role, written in full."""
    if not found or len(ms) < 2:
        return found
    tail = " " + found.lower()
    for c in ms:
        lead, longer = PT.pre_title(ctx.doc, c.start)
        if longer and len(longer) > len(found) and longer.lower().endswith(tail) \
                and ctx.toks[lead].pos_ != "ADP":  # not "Under President" X
            found = longer
            tail = " " + found.lower()
    return found


def _full_name(ctx: C.DocCtx, c: Cand) -> bool:
    """The mention is a personal name of two words or more opening with a given name ("Tom Hale")."""
    return c.end - c.start >= 2 and N.first_name(ctx, c.start, c.end)


def _post(ctx: C.DocCtx, c: Cand, lead: int, found: str | None) -> str | None:
    """A title headed by a word in capitals before the name ("MP", "Labour MP") gives way to the post
    the phrase before it names ("the committee chairman, MP X")."""
    if found and found.split(" ")[-1].isupper():
        return apposed_to(ctx, c, lead) or found
    return found


def listed_role(role: str) -> bool:
    """A role whose head is a title or role noun by list ("four-time champion"), not by its suffix
    ("the world's longest river")."""
    head = role.split()[-1].lower()
    return L.is_title(head) or head in L.ROLE_NOUNS


def name_end(ctx: C.DocCtx, c: Cand) -> int:
    """The end of a person's name and the title in capitals after it ("Tom Hale MP, the party's
    spokesman"), where an apposition begins."""
    word = ctx.words[c.end] if c.end < len(ctx.words) else ""
    return c.end + 1 if word.isupper() and L.is_title_word(word) else c.end


def apposition(ctx: C.DocCtx, c: Cand) -> str | None:
    """Role from an apposition (", the secretary of Kyiv's National Security and Defence Council")."""
    doc, end = ctx.doc, name_end(ctx, c)
    if end + 2 >= len(doc) or ctx.words[end] != "," or ctx.words[end + 1] == "(":
        return None  # ", (media manager) Ann Lee": the next name's role
    if ctx.parsed:
        heads = [t for t in doc[c.start : end].root.rights if t.dep_ == "appos" and t.pos_ == "NOUN"]
        head = heads[0] if heads else None
        if head is None or not (L.role_noun(head, True) or _bare_post(head) or RK.ranking_head(head)
                                or TH.modified_role(doc, head.i)):  # ", a research fellow at X"
            return None
        first, last = heads[0].left_edge.i, _glued_end(doc, heads[0].right_edge.i + 1)
        if _listed_before(doc[end + 1 : first]):
            return None  # "A, B and C - a winner of ...": the list's last name's, if anyone's
        last = _body_after(doc, c.start, end, first, _past_dangling(doc, first, last))
    elif ctx.toks[end + 1].lower_ in ARTICLES and L.is_title(ctx.toks[end + 2].lower_):
        first, last = end + 1, min(len(doc), end + 16)  # no parse: up to the next comma or speech verb
    else:
        return None
    out, clause = [], _relative(doc[first:last])
    for t in doc[first:last]:
        said = not ctx.parsed and t.lower_ in L.SPEECH_VERBS
        if t.text in APPOS_STOP or t.is_space or t.i in clause or said:
            break
        out.append(t)
    out = RO.opened(out)  # past "presently a", "now"
    if not out:
        return None
    found = RA.with_body(doc, out, _phrase(without_owner(out)))  # "director, of Norvik Bank"
    if found or not ctx.parsed:
        return found  # else too long: up to its head (", a five-time winner for such films as")
    return RA.up_to_body(without_owner(out), head)  # the head, or its body's whole name


def _past_dangling(doc: Doc, first: int, last: int) -> int:
    """The end `last` of an apposition the parse closed on a preposition with no object ("head of
    policy at" + "housing charity the X Trust said"), moved over the words after it up to a verb, a
    stop or `MAX_WORDS`; or over the name a body's class noun ends on ("at housing charity" + "the
    X Trust")."""
    if last + 1 < len(doc) and doc[last - 1].is_lower and doc[last - 1].pos_ == "NOUN" \
            and doc[last].lower_ == "the" and doc[last + 1].pos_ == "PROPN":
        last += 1
        while last < len(doc) and last - first < MAX_WORDS and doc[last].pos_ == "PROPN":
            last += 1
        return last
    if doc[last - 1].pos_ != "ADP" or any(True for _ in doc[last - 1].children):
        return last
    while last < len(doc) and last - first < MAX_WORDS and doc[last].text not in APPOS_STOP \
            and not doc[last].is_space and doc[last].pos_ not in {"VERB", "AUX"}:
        last += 1
    return last


def _body_after(doc: Doc, start: int, end: int, first: int, last: int) -> int:
    """The end `last` of an apposition moved over the "at/for/of" body right after it that the parse
    hung on the name ("X, head of research at analysts Kestrel"): the body a post is held at."""
    if last >= len(doc) or doc[last].lower_ not in POST_PREPS or not start <= doc[last].head.i < end:
        return last
    objs = [t for t in doc[last].children if t.dep_ == "pobj" and t.pos_ == "PROPN"]
    new = objs[0].right_edge.i + 1 if objs else last
    return new if new - first <= MAX_WORDS else last


def _listed_before(gap: Span) -> bool:
    """The words between a name's comma and its apposition name others and join them ("B and C -"):
    the name opens a list, and the apposition after the list is not its own."""
    return any(t.pos_ == "CCONJ" for t in gap) and any(t.pos_ == "PROPN" for t in gap)


def _bare_post(head: Token) -> bool:
    """An apposition's head that holds a post at or for something: a lower-case singular noun with no
    determiner and an "of/for/at" body (", counsel for the claimants", ", dean of the law school")."""
    if head.tag_ != "NN" or not head.is_lower or head.is_stop:  # not ", part of the team"
        return False
    if any(t.dep_ in {"det", "poss"} for t in head.children):
        return False
    return any(t.dep_ == "prep" and t.lower_ in POST_PREPS for t in head.rights)


def _glued_end(doc: Doc, last: int) -> int:
    """The end `last` of a phrase moved past the hyphenated words glued to its last word, which the
    parse may hang elsewhere ("senior vice" + "-president", "editor" + "-in-chief")."""
    while last + 1 < len(doc) and doc[last].text == "-" and not doc[last - 1].whitespace_ \
            and not doc[last].whitespace_ and doc[last + 1].is_alpha:
        last = max(last + 2, doc[last + 1].right_edge.i + 1)  # with its own "of" body
    return last


def apposed_to(ctx: C.DocCtx, c: Cand, first: int | None = None) -> str | None:
    """Role from the noun phrase a name, or its title from `first`, is in apposition to ("The firm's
    chief executive, X, said"; "A spokesman for the company, X,"), without its determiner or possessor."""
    doc = ctx.doc
    first = _past_describers(doc, c, _past_honorifics(doc, c.start)) if first is None else first  # "Sir X"
    if not ctx.parsed or first < 2 or doc[first - 1].text != ",":
        return None
    root = doc[c.start : c.end].root
    head = root.head
    while head.dep_ == "pobj" and head.head.dep_ == "prep" and L.role_noun(head.head.head, True):
        head = head.head.head  # "controller of entertainment, X"; not "including the chairman, X"
    noun = head.pos_ == "NOUN" or (  # "The Mayor of X, Y", not a list of surnames "King, Dawson"
        head.pos_ == "PROPN" and (L.is_title(head.lower_) or L.ranked_title(head))
        and any(t.dep_ in TITLE_DEPS for t in head.children)
    )
    if root.dep_ != "appos" or head.i >= first - 1 or not noun or head.lower_ in PEOPLE \
            or not (L.role_noun(head, True) or related(head) or L.ranked_title(head)):
        return None  # "One woman, X,": no role
    left = head.left_edge.i
    return _unowned_phrase(doc, head, left, first - 1, _relative(doc[left : first - 1]))


def _past_describers(doc: Doc, c: Cand, first: int) -> int:
    """Token index `first` moved back over the adjectives the parse hangs on the name right before it
    ("its director, Tunisian-born X": "Tunisian-born"), which keep the apposition's comma before them."""
    mods = [t for t in doc[c.start : c.end].root.lefts if t.dep_ == "amod" and t.i < first]
    return mods[0].left_edge.i if mods and mods[-1].right_edge.i == first - 1 else first


def fronted(ctx: C.DocCtx, c: Cand) -> str | None:
    """Role from a noun phrase and a comma right before the name (past a style, "the Most Reverend")
    that the parse did not join to it: one opening the sentence (or its "As"), the name's verb after
    it ("Norland's technical director, Tom Hale is", "As chairman, Tom Hale will"), or one the name
    closes with a comma and a verb ("after his predecessor as chairman, Tom Hale, died")."""
    doc, first, end = ctx.doc, _past_style(ctx.doc, c.start), name_end(ctx, c)
    if not ctx.parsed or first < 2 or doc[first - 1].text != "," or end + 1 >= len(doc):
        return None
    head = _phrase_head(doc[first - 2])
    if head is None:
        return None
    left = next((k + 1 for k in range(head.i - 1, head.left_edge.i - 1, -1)
                 if doc[k].is_space or "\n" in doc[k].whitespace_), head.left_edge.i)  # not over a headline
    if left > 0 and (doc[left - 1].pos_ in CUT_POS or doc[left - 1].text == "-"):
        return None  # the parse cut the phrase: "Norvik's Friends co-" star
    before = doc[left - 1]
    opens = left == head.sent.start or before.text in {'"', "\u201c"} or before.is_space \
        or "\n" in before.whitespace_ or before.lower_ == "as" and before.is_sent_start
    closed = doc[end].text == "," and doc[end + 1].pos_ in {"VERB", "AUX"}
    aside = doc[end].lower_ in L.SPEECH_VERBS and doc[end + 1].text == ","  # "The manager, X said, was"
    if not (closed or opens and doc[end].pos_ in {"VERB", "AUX"} and not aside or _loose(doc, c, head, end)):
        return None
    return _unowned_phrase(doc, head, left, first - 1)


def _loose(doc: Doc, c: Cand, head: Token, end: int) -> bool:
    """The parse hung the name, closed by a comma or a full stop, loose on the verb ("calling on the
    senior judge in A, Lord X, to"; "confided in the show's presenter, X."): the object before it is
    its role."""
    return doc[c.start : c.end].root.dep_ == "npadvmod" and head.dep_ in {"pobj", "dobj"} \
        and doc[end].text in {",", ".", ";"}


def _unowned_phrase(doc: Doc, head: Token, start: int, end: int, clause: Collection[int] = ()) -> str | None:
    """The role phrase of tokens start..end headed by `head`, without its determiner or a possessor
    that is no proper name ("The firm's chief executive"; but "Tom Hale's former collaborator"),
    ending before a relative `clause`; None when a stop (a comma, a bracket, a line) makes it a list
    or a clause, not one phrase."""
    owner = {t.i for child in head.children if child.dep_ == "poss" and child.pos_ != "PROPN"
             and not class_owner(child) for t in child.subtree}
    out: list[Token] = []
    for t in doc[start:end]:
        if t.text in APPOS_STOP or t.is_space:
            return None
        if t.i in clause:
            break
        if out or (t.i not in owner and t.lower_ not in ARTICLES):
            out.append(t)
    return _phrase(RO.opened(out) or [])  # not over the clause before its article


def _phrase_head(tok: Token) -> Token | None:
    """The role noun heading the phrase that ends at `tok`, over its "of/as" bodies ("predecessor as
    chairman", "Archbishop of Norvik"), or None."""
    while tok.dep_ == "conj" and tok.head.i < tok.i and tok.pos_ == tok.head.pos_ == "PROPN":
        tok = tok.head  # "judge in A and B"
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i < tok.i \
            and tok.head.head.pos_ in {"NOUN", "PROPN"}:
        tok = tok.head.head
    if tok.pos_ == "PROPN" and not L.is_title(tok.lower_):
        return None
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.lower_ in PEOPLE:
        return None
    return tok if L.role_noun(tok, True) or related(tok) else None


def _past_style(doc: Doc, k: int) -> int:
    """Token index k moved back over the honorifics of a style before a name ("the Most Reverend")."""
    i = _past_honorifics(doc, k)
    if i < k and i > 0 and doc[i - 1].text in STYLES:
        i -= 1
    return i - 1 if i < k and i > 0 and doc[i - 1].lower_ == "the" else i


def related(head: Token) -> bool:
    """A singular common noun naming someone's relation to its owner, a person's pronoun or a person
    ("her husband", "Jessy's maid", "his lawyer", a given name the model took for a body: "Ann's
    uncle"): the person apposed to it holds that place."""
    if head.tag_ != "NN" or not head.is_lower or head.is_stop:
        return False
    return any(t.dep_ == "poss" and (t.tag_ == "PRP$" and t.lower_ != "its" or t.ent_type_ == "PERSON"
                                     or t.tag_ == "NNP" and L.given_name(t.lower_))
               for t in head.children)  # not a firm's "its key unit, X"


def listed(ctx: C.DocCtx, c: Cand) -> str | None:
    """Role from a plural title before the list of names `c` is in, in the singular ("Producers A
    and B", "actors A, Sir B and C", "directors A or B": producer, actor, director)."""
    doc, k, toks = ctx.doc, c.start, ctx.toks
    for _ in range(MAX_LISTED):
        k = _past_honorifics(doc, k)
        if k == 0 or "\n" in toks[k - 1].whitespace_:
            return None
        if ctx.words[k - 1] == "," and k > 1 and _plural_role(toks[k - 2]) and not _object(toks[k - 2]):
            k -= 1  # "three other ex-managers, A, B and C"
        glued = _hyphen_plural(doc, k - 1)  # "half-backs": its first piece before the hyphen
        verbal = _plural_role(toks[k - 1], "VBZ")  # "Hollywood stars" the tagger read as a verb
        promise = _newcomers(doc, k - 1)
        if glued or verbal or _plural_role(toks[k - 1]) or promise:
            first = k - 1 - 2 * glued - (promise and toks[k - 1].tag_ == "VBZ")  # "UK hopes": what for
            if first > 1 and toks[first - 1].pos_ == "ADP" and L.role_noun(toks[first - 2]):
                return None  # "minister for sports clubs" X: the plural is not the role
            while first > 0 and (_modifier(toks[first - 1]) or _misread_prep(toks[first - 1], toks[k - 1])):
                first -= 1
            if verbal and _subject_before(doc, first, k - 1):
                return None  # "It stars X and Y", "The film stars X": a verb after its subject
            head = toks[k - 1].lower_[:-1] if promise else _lemma(toks[k - 1])
            return doc[first : k - 1].text_with_ws + head
        if toks[k - 1].lower_ not in {",", "and", "or"} or k < 2 or not _name_word(toks[k - 2]):
            return None
        k -= 2
        while k > 0 and (_name_word(toks[k - 1]) or L.fold(ctx.words[k - 1]) in L.HONORIFICS):
            k -= 1
    return None


def _subject_before(doc: Doc, first: int, k: int) -> bool:
    """A subject may stand before the plural at k the tagger read as a verb, from `first` past its
    modifiers ("It stars X", "The film stars X"); none opens its sentence ("And playwrights A and B")."""
    if first > 0 and doc[first - 1].pos_ in SUBJECT_OPENERS:
        return True
    opener = first > 0 and doc[first - 1].pos_ == "CCONJ" and doc[first - 1].is_sent_start
    return first == k and not (doc[first].is_sent_start or opener)


def _object(tok: Token) -> bool:
    """A preposition's object ("a letter to shareholders", A; "one of his daughters", A), but not one
    of a preposition the parse hung on a number ("Two outside directors", A and B: "outside")."""
    prep = tok.head
    return tok.dep_ == "pobj" and (prep.lower_ == "of" or prep.head.tag_ not in {"CD", "DT"})


def _misread_prep(tok: Token, plural: Token) -> bool:
    """A modifier the parse read as the preposition of the plural title, hung on a number ("Two
    outside directors")."""
    return tok.dep_ == "prep" and tok.i == plural.head.i and tok.head.tag_ in {"CD", "DT"} and tok.is_alpha


def _hyphen_plural(doc: Doc, k: int) -> bool:
    """Token k is the plural end of a hyphenated role noun ("half" "-" "backs", "fly" "-" "halves")."""
    tok = doc[k]
    if k < 2 or tok.tag_ != "NNS" or doc[k - 1].text != "-":
        return False
    if doc[k - 1].whitespace_ or doc[k - 2].whitespace_:
        return False
    return f"{doc[k - 2].lower_}-{tok.lemma_.lower()}" in L.ROLE_NOUNS


def _plural_role(tok: Token, tag: str = "NNS") -> bool:
    """A plural noun of a role, lower-case or opening the sentence ("producers", "Actors"), tagged
    `tag` (a verb's "VBZ" for the plural the tagger read as one)."""
    low = tok.lemma_.lower()
    if tok.tag_ != tag or not (tok.is_lower or tok.is_sent_start) or low == tok.lower_ or low in PEOPLE:
        return False
    return L.role_word(low)


def _newcomers(doc: Doc, k: int) -> bool:
    """Token k is a plural noun of promise or of newcomers after a lower-case word saying which ("new
    faces", "medal hopes" A and B); not a verb after a name ("England face" A)."""
    tok = doc[k]
    verbal = tok.tag_ == "VBZ" and tok.lower_.endswith("s")
    low = tok.lower_[:-1] if verbal else tok.lemma_.lower()  # a verb's lemma: "hop"
    if tok.tag_ not in {"NNS", "VBZ"} or not tok.is_lower or low not in NEWCOMER_NOUNS or k == 0:
        return False
    before = doc[k - 1]
    if tok.tag_ == "VBZ":  # the tagger's verb: "medal hopes", "other UK hopes" A and B; not "The team hopes"
        opener = doc[k - 2] if k > 1 else None
        if before.tag_ == "NN" and before.is_lower and before.is_alpha and not before.is_stop:
            return opener is None or opener.pos_ not in SUBJECT_OPENERS
        return before.ent_type_ in NAMED_MODIFIERS and opener is not None and opener.tag_ == "JJ"
    return before.is_lower and before.is_alpha and before.dep_ in MODIFIER_DEPS and before.head.i == k


def _modifier(tok: Token) -> bool:
    """A word of the role before its head ("former", "fellow", "Hollywood" actors)."""
    key, doc = L.fold(tok.text), tok.doc
    if tok.text == "-":  # "singer-" songwriters
        prev = doc[tok.i - 1] if tok.i > 0 else tok
        return not tok.whitespace_ and not prev.whitespace_ and prev.is_alpha
    if tok.is_alpha and not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-":
        return True
    if key in PT.PAST_MARKERS or key in L.TITLE_MODIFIERS or key in L.ROLE_MODIFIERS:
        return True
    glued = tok.like_num and not tok.whitespace_ and TH.measure_unit(doc, tok.i + 1)
    if glued or TH.measure_unit(doc, tok.i):
        return True  # "400" "m" runners
    if tok.is_stop or tok.like_num:  # "three other" ex-managers
        return False
    if tok.is_title and tok.ent_type_ in NAMED_MODIFIERS:  # "Stanford University", "Hollywood" stars
        return tok.head.i > tok.i
    if tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.is_title:  # a prize's "Oscar" nominees
        return tok.head.i > tok.i
    if tok.is_lower and tok.tag_ in {"NN", "JJ"} and not any(True for _ in tok.lefts):
        return tok.is_alpha  # "schoolboy" wingers the parse hung elsewhere; not "a statement"
    return tok.is_alpha and tok.dep_ in MODIFIER_DEPS and tok.head.i > tok.i and tok.pos_ in MODIFIER_POS


def _name_word(tok: Token) -> bool:
    """A word of a person's name in a list ("Michael", "G", "O'Neill")."""
    return tok.tag_ == "NNP" and tok.text[:1].isupper()


def _past_honorifics(doc: Doc, k: int) -> int:
    """Token index k moved back over the honorifics right before it ("Sir", "Dr")."""
    while k > 0 and L.fold(doc[k - 1].text) in L.HONORIFICS:
        k -= 1
    return k


def _lemma(tok: Token) -> str:
    """The singular of a plural role word, keeping its capital ("Producers" -> "Producer")."""
    low = tok.lemma_.lower()
    return low[:1].upper() + low[1:] if tok.text[:1].isupper() and not tok.is_sent_start else low


def _singular(doc: Doc, start: int, found: str | None) -> str | None:
    """A title before one name in the singular ("Former ministers" X -> "Former minister")."""
    k = _past_honorifics(doc, start)
    if not found or k == 0 or not TH.plural_head(doc, k - 1) or not found.endswith(doc[k - 1].text):
        return found
    return found[: len(found) - len(doc[k - 1].text)] + _lemma(doc[k - 1])


def _phrase(out: list[Token]) -> str | None:
    """The text from the first to the last token kept, if any and no more than `MAX_WORDS`."""
    return phrase_text(out) if len(out) <= MAX_WORDS else None


def _relative(span: Span) -> set[int]:
    """The tokens of relative clauses ("music mogul who founded ..."): a description, not the role."""
    return {x.i for t in span if t.dep_ == "relcl" for x in t.subtree}
