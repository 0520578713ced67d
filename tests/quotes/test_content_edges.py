"""Content-edge rules that read the parse (tests/data/quotes_content_edges_cases.json): a participle
on the complement's noun that the parse hung on the cue, the rest of a list it split off, a second
relative clause coordinated inside the content, a predicate the parse stripped from the object it
made of its subject, a linked participle of saying ('…, before adding B') that ends it; the rest of
a content before its attribution ('held back by A, B and C, X said'), the title of its subject hung
on the cue ('did not think anyone from A or firm X had B'), a gerund's verb past an aside; the
content's own predicate the parse made the cue's head ('suggested A, able to B, will be C'), and a
simple past that cannot share the content's auxiliaries ('found A had been B and ordered C')."""

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.quotes.bounds import cut_clause
from pipeline.quotes.closing_tails import rest_before_cue
from pipeline.quotes.cue_contents import stranded_predicate
from pipeline.quotes.hung_participles import noun_participle
from pipeline.quotes.hung_titles import title_start
from pipeline.quotes.linked_gerunds import linked_gerund_cut, subject_clause
from pipeline.quotes.split_lists import list_rest
from pipeline.quotes.stranded_roots import stranded_root
from pipeline.quotes.stripped_predicates import stripped_predicate
from tests.conftest import load_cases

CASES = load_cases("quotes_content_edges_cases.json")["cases"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_content_end(case):
    doc = Doc(spacy.blank("en").vocab, words=case["words"], tags=case["tags"], pos=case["pos"],
              heads=case["heads"], deps=case["deps"], lemmas=case.get("lemmas"))
    if case["func"] == "noun_participle":
        end = noun_participle(doc, doc[case["verb"]], case["hi"])
    elif case["func"] == "cut_clause":
        end = cut_clause(doc[case["clause"]], case["lo"], case["hi"], fronted=case.get("fronted", False))
    elif case["func"] == "rest_before_cue":
        end = rest_before_cue(doc[case["verb"]], case["lo"], case["hi"])
    elif case["func"] == "title_start":
        end = title_start(doc[case["verb"]], doc[case["clause"]], case["lo"])
    elif case["func"] == "stranded_predicate":
        end = getattr(stranded_predicate(doc[case["obj"]]), "i", None)
    elif case["func"] == "stripped_predicate":
        end = stripped_predicate(doc, doc[case["verb"]], doc[case["obj"]], case["hi"])
    elif case["func"] == "linked_gerund_cut":
        end = linked_gerund_cut(doc, case["lo"], case["hi"], lambda tok: False)
    elif case["func"] == "stranded_root":
        end = stranded_root(doc[case["verb"]], doc[case["clause"]], case["hi"])
    elif case["func"] == "subject_clause":
        end = list(subject_clause(doc[case["verb"]]) or ())
    else:
        end = list_rest(doc, case["lo"], case["hi"])
    assert end == case["end"]
