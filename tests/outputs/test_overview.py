"""The report's overview: counts, grouping across spellings, refs to the rows behind each item."""

import datetime as dt

from pipeline.outputs import overview as ov
from pipeline.outputs.overview import Overview, Tally, timeline
from pipeline.outputs.report import article_items, describe_number


def ent(eid: str, name: str, label: str = "PERSON", count: int = 1) -> dict:
    return {"id": eid, "name": name, "label": label, "count": count, "mentions": []}


def quote(text: str, speaker: str | None, entity: str | None = None) -> dict:
    speaker_of = {"name": speaker, "entity": entity, "start": 0, "end": 1} if speaker else None
    return {"text": text, "start": 0, "end": 1, "speaker": speaker_of}


def money(text: str, currency: str, value=None, low=None) -> dict:
    approx = "exact" if low is None else "more_than"
    return {"text": text, "type": "money", "value": value, "low": low, "currency": currency, "approx": approx}


RECORDS = [
    {"id": "a", "meta": {"published": "2026-02-12"},
     "entities": [ent("E1", "Rustem Umerov", count=4), ent("E2", "Kyiv", "GPE"),
                  ent("E3", "Acme Corp", "ORG")],
     "quotes": [quote("We will", "Rustem Umerov", "E1"), quote("Soon", "A spokesman")],
     "numbers": [money("$5 billion", "USD", 5e9), money("$2 million", "USD", 2e6), money("€3", "EUR", 3.0)],
     "dates": [{"text": "Thursday", "type": "DATE", "value": "2026-02-12"},
               {"text": "this weekend", "type": "DATE", "value": "2026-W07-WE"},
               {"text": "four years", "type": "DURATION", "value": "P4Y"}]},
    {"id": "b", "meta": {"published": "2026-02-13T08:00:00Z"},
     "entities": [ent("E1", "Rustem Umierov", count=2), ent("E2", "Kyiv", "GPE")],
     "quotes": [quote("Yes", "Rustem Umierov", "E1")],
     "numbers": [money("more than $55 billion", "USD", low=55e9)], "dates": []},
    {"id": "copy", "meta": {"published": "2026-02-13", "duplicate_of": "b"},
     "entities": [ent("E1", "Rustem Umierov")], "quotes": [quote("Yes", "Rustem Umierov", "E1")],
     "numbers": [], "dates": []},
]


def built() -> dict:
    o = Overview(describe_number)
    for i, rec in enumerate(RECORDS):
        o.add(i, rec)
    return o.data()


def row_of(ref) -> list:
    i, row = ref
    return article_items(RECORDS[i])[0][row]


def test_people_are_grouped_across_spellings_and_copies_left_out():
    data = built()
    assert (data["stories"], data["copies"]) == (2, 1)
    [umerov] = data["entities"]["people"]
    assert (umerov["name"], umerov["articles"], umerov["mentions"]) == ("Rustem Umerov", 2, 6)
    assert sorted(row_of(r)[1] for r in umerov["refs"]) == ["Rustem Umerov", "Rustem Umierov"]
    assert [(p["name"], p["articles"]) for p in data["entities"]["places"]] == [("Kyiv", 2)]
    assert [o["name"] for o in data["entities"]["organisations"]] == ["Acme Corp"]


def test_speakers_are_counted_through_their_entity_and_unnamed_ones_apart():
    data = built()
    assert [(s["name"], s["quotes"], s["articles"]) for s in data["speakers"]] == [("Rustem Umerov", 2, 2)]
    unnamed = data["unnamed_speakers"]
    assert (unnamed["count"], unnamed["articles"]) == (1, 1)
    assert row_of(unnamed["refs"][0])[:3] == ["quote", "Soon", "— A spokesman"]
    assert [row_of(r)[:2] for r in data["speakers"][0]["refs"]] == [["quote", "We will"], ["quote", "Yes"]]


def test_largest_amounts_by_currency_rank_by_value_or_bound():
    data = built()
    usd, eur = data["amounts"]
    assert (usd["currency"], usd["count"], eur["currency"]) == ("USD", 3, "EUR")
    assert [x["text"] for x in usd["top"]] == ["more than $55 billion", "$5 billion", "$2 million"]
    assert usd["top"][0]["value"] == describe_number(RECORDS[1]["numbers"][0])
    assert row_of(usd["top"][1]["refs"][0])[:2] == ["num", "$5 billion"]


def test_amounts_keep_only_the_largest(monkeypatch):
    monkeypatch.setattr(ov, "AMOUNTS", 2)
    o = Overview(describe_number)
    o.add(0, {"id": "x", "numbers": [money(f"${v}", "USD", float(v)) for v in (3, 9, 1, 7)]})
    assert [x["size"] for x in o.data()["amounts"][0]["top"]] == [9.0, 7.0]


def test_timelines_of_mentioned_dates_and_publication_days():
    data = built()
    mentioned, published = data["mentioned"], data["published"]
    assert mentioned["unit"] == "day"
    assert [(b["label"], b["count"]) for b in mentioned["bins"]] == [("2026-02-12", 1)]
    assert [(p["label"], p["count"]) for p in mentioned["periods"]] == [("2026-W07-WE", 1)]
    assert row_of(mentioned["periods"][0]["refs"][0])[:2] == ["date", "this weekend"]
    assert [(b["label"], b["count"], b["refs"]) for b in published["bins"]] == [
        ("2026-02-12", 1, [(0, None)]), ("2026-02-13", 1, [(1, None)])]  # the copy is left out


def spans(*pairs) -> dict:
    out = {}
    for first, last, n in pairs:
        tally = Tally(label=f"{first}/{last}")
        for k in range(n):
            tally.add((k, 0))
        out[(dt.date.fromisoformat(first), dt.date.fromisoformat(last))] = tally
    return out


def test_a_timeline_picks_its_unit_keeps_gaps_and_counts_outliers_apart():
    days = timeline(spans(("2025-01-10", "2025-01-10", 2), ("2025-06-01", "2025-06-30", 1)))
    assert [(b["label"], b["count"]) for b in days["bins"]] == [("2025-01-10", 2)]  # most are days
    assert [p["count"] for p in days["periods"]] == [1]
    months = timeline(spans(("2025-01-10", "2025-01-10", 2), ("2025-06-15", "2025-06-15", 1),
                            ("2025-06-01", "2025-06-30", 1)))  # days too far apart for a daily axis
    assert months["unit"] == "month"
    assert [(b["label"], b["count"]) for b in months["bins"]] == [
        ("2025-01", 2), ("2025-02", 0), ("2025-03", 0), ("2025-04", 0), ("2025-05", 0), ("2025-06", 2)]
    years = timeline(spans(("1990-05-01", "1990-05-01", 1), ("2026-03-02", "2026-03-02", 1),
                           ("2026-01-01", "2026-12-31", 3), ("2020-01-01", "2029-12-31", 2)))
    assert years["unit"] == "year" and len(years["bins"]) == 37
    assert [(b["label"], b["count"]) for b in years["bins"] if b["count"]] == [("1990", 1), ("2026", 4)]
    assert [(p["label"], p["count"]) for p in years["periods"]] == [("2020-01-01/2029-12-31", 2)]
    clipped = timeline(spans(("1900-01-01", "1900-01-01", 1), ("2026-02-01", "2026-02-01", 60),
                             ("2026-02-20", "2026-02-20", 60), ("2090-01-01", "2090-01-01", 1)))
    assert clipped["unit"] == "day" and len(clipped["bins"]) == 20
    assert (clipped["before"]["count"], clipped["after"]["count"]) == (1, 1)
    assert timeline({})["bins"] == []


def test_a_timeline_has_at_most_max_bins(monkeypatch):
    monkeypatch.setattr(ov, "MAX_BINS", 5)
    t = timeline(spans(("2026-01-01", "2026-01-01", 1), ("2026-01-10", "2026-01-10", 1)))
    assert [b["label"] for b in t["bins"]] == [f"2026-01-{d:02d}" for d in range(6, 11)]
    assert t["before"]["count"] == 1


def test_decades_and_centuries_are_labelled_as_people_say_them():
    assert [ov.readable(v) for v in ("199", "18", "2026", "2026-Q1")] == ["1990s", "1800s", "2026", "2026-Q1"]
