"""Tests for a maker's name and its model's word read as one product: entities.headedmodels ("the
Brellan Quon portable video player") and entities.productlists on players of media ("pocket video
players, such as the X"), entities.basedproducts ("Quarnix-based players": no place) and
entities.pluralnames ("their Quibos": the Quibo), shortforms.plurals ("Zorboxes" joins "Zorbox") and
codedmodels.coded_runs ("the Sable Pocket Deck SD250"), on invented names."""

from __future__ import annotations

import pytest

from pipeline.entities import basedproducts as BSP
from pipeline.entities import codedmodels as CDM
from pipeline.entities import headedmodels as HDM
from pipeline.entities import pluralnames as PN
from pipeline.entities import productlists as PDL
from pipeline.entities import shortforms as SF
from pipeline.entities.candidates import Cand, DocCtx
from tests.conftest import load_cases
from tests.entities.handlabels import check_relabelled

CASES = load_cases("entities_brandmodels_cases.json")


@pytest.mark.parametrize("case", CASES["headed"], ids=[c["text"][:40] for c in CASES["headed"]])
def test_headed_models(nlp, case):
    check_relabelled(nlp, case, HDM.headed_models)


@pytest.mark.parametrize("case", CASES["listed"], ids=[c["text"][:40] for c in CASES["listed"]])
def test_listed_players(nlp, case):
    check_relabelled(nlp, case, PDL.listed_products)


@pytest.mark.parametrize("case", CASES["based"], ids=[c["text"][:40] for c in CASES["based"]])
def test_based_products(nlp, case):
    check_relabelled(nlp, case, BSP.based_products)


@pytest.mark.parametrize("case", CASES["plurals"], ids=[c["text"][:40] for c in CASES["plurals"]])
def test_singular_names(nlp, case):
    ctx = DocCtx(nlp(case["text"]))
    assert PN.singular_name(ctx, case["name"], "PRODUCT", case["forms"]) == case["expect"]


@pytest.mark.parametrize("case", CASES["runs"], ids=[c["text"][:40] for c in CASES["runs"]])
def test_coded_runs(nlp, case):
    ctx = DocCtx(nlp(case["text"]))
    assert [ctx.span_text(c.start, c.end) for c in CDM.coded_runs(ctx)] == case["expect"]


def test_plural_in_es_joins_its_singular():
    by_key = {"zorbox": [Cand(0, 1, "PRODUCT")], "zorboxes": [Cand(5, 6, "PRODUCT")],
              "boxes": [Cand(8, 9, "ORG")]}
    SF.plurals(by_key, {"zorbox": "PRODUCT", "zorboxes": "PRODUCT", "boxes": "ORG"})
    assert sorted(by_key) == ["boxes", "zorbox"] and len(by_key["zorbox"]) == 2
