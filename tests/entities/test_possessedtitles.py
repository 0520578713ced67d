"""Tests for pipeline.entities.possessedtitles (titles with a possessive inside) and the detached list
words of pipeline.entities.kindlists."""

from __future__ import annotations

from pipeline.entities import candidates as C
from pipeline.entities import kindlists as KL
from pipeline.entities import possessedtitles as PST
from tests.conftest import span_of

MUSIC = "The singer picked tracks from the album for the radio show, with songs by the {} played last."


def _owner_cands(nlp, text: str, owner: str, label: str = "PERSON"):
    doc = nlp(text)
    ctx = C.DocCtx(doc)
    starts = [i for i in range(len(doc)) if doc[i].text == owner.split()[0]]
    n = len(owner.split())
    return doc, ctx, [C.Cand(s, s + n, label, "model", 1.0) for s in starts]


def test_a_title_cut_at_its_possessive_grows_whole(nlp):
    text = "Fans queued for Grey Miller's Lamp at dawn. Grey Miller's Lamp won the prize for best film."
    doc, ctx, cands = _owner_cands(nlp, text, "Grey Miller")
    out = PST.possessed_titles(ctx, cands)
    assert [(doc[c.start : c.end].text, c.label) for c in out] == [("Grey Miller's Lamp", "WORK_OF_ART")] * 2


def test_a_person_before_a_possessive_stays(nlp):
    text = "Fans queued for Anna Miller's Lamp at dawn. Anna Miller's Lamp won the prize for best film."
    doc, ctx, cands = _owner_cands(nlp, text, "Anna Miller")
    out = PST.possessed_titles(ctx, cands)
    assert [(doc[c.start : c.end].text, c.label) for c in out] == [("Anna Miller", "PERSON")] * 2


def test_an_owner_named_alone_elsewhere_stays(nlp):
    text = "Grey Miller's Lamp sold out. Grey Miller's Lamp returns, and Grey Miller said he was pleased."
    doc, ctx, cands = _owner_cands(nlp, text, "Grey Miller")
    out = PST.possessed_titles(ctx, cands)
    assert {doc[c.start : c.end].text for c in out} == {"Grey Miller"}


def test_a_band_is_cut_off_its_song(nlp):
    doc = nlp(MUSIC.format("band") + " Then came the Hollow Kings' Summer Road, a record from 1990.")
    whole = span_of(doc, "Hollow Kings' Summer Road")
    out = PST.possessed_titles(C.DocCtx(doc), [C.Cand(whole.start, whole.end, "ORG", "model", 1.0)])
    assert sorted((doc[c.start : c.end].text, c.label) for c in out) == [
        ("Hollow Kings", "ORG"), ("Summer Road", "WORK_OF_ART")]


def test_a_bodys_head_after_a_plural_possessive_is_not_cut(nlp):
    doc = nlp(MUSIC.format("band") + " Then the Hollow Kings' Trade Union made a record.")
    whole = span_of(doc, "Hollow Kings' Trade Union")
    out = PST.possessed_titles(C.DocCtx(doc), [C.Cand(whole.start, whole.end, "ORG", "model", 1.0)])
    assert [(doc[c.start : c.end].text, c.label) for c in out] == [("Hollow Kings' Trade Union", "ORG")]


def test_a_detached_list_word_lists_the_plural_noun_before_it(nlp):
    doc = nlp("Her class read novels last term, such as Deep Harbour and Cold Lanterns.")
    listed = KL.members(C.DocCtx(doc), lambda t: t.lower_ == "novels")
    assert {doc[i].text for i in listed} >= {"Harbour", "Lanterns"}


def test_a_prize_with_a_possessive_inside_stays(nlp):
    text = "Fans voted at the Viewer's Choice Awards. The Viewer's Choice Awards were held in May."
    doc = nlp(text)
    ctx = C.DocCtx(doc)
    starts = [i for i in range(len(doc)) if doc[i].text == "Viewer"]
    cands = [C.Cand(s, s + 4, "ORG", "model", 1.0) for s in starts]
    out = PST.possessed_titles(ctx, cands)
    assert [(doc[c.start : c.end].text, c.label) for c in out] == [("Viewer's Choice Awards", "ORG")] * 2
