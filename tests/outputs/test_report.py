"""Report: the HTML page's data and escaping (fast), then the real page in headless Chromium."""

import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.outputs.report import build_report, segments
from tests.conftest import chromium_or_skip

EVIL = "<script>document.title='pwned';window.__pwned=1</script>"
TEXT = (f"😀 Oslo said on Friday it will spend $2 billion. \"Not enough,\" Ola Nordmann said.\n"
        f"A reader wrote {EVIL} and </script><script>window.__pwned=2</script> "
        f"and <img src=x onerror=\"window.__pwned=3\"> here.")


def span(needle: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return {"start": start, "end": start + len(needle), "text": needle}


def records() -> list[dict]:
    evil = {
        "format": 1, "id": "evil/one", "text": TEXT,
        "source": {"path": "in/evil.txt", "sha256": "", "bytes": 1},
        "meta": {"title": None, "authors": ["Kari"], "published": "2026-03-06", "published_from": "metadata"},
        "entities": [
            {"id": "E1", "name": "Oslo", "label": "GPE", "mentions": [span("Oslo")]},
            {"id": "E2", "name": "Ola Nordmann", "label": "PERSON", "mentions": [span("Ola Nordmann")]},
            {"id": "E3", "name": "script", "label": "ORG", "mentions": [span("script")]},
        ],
        "quotes": [{**span("\"Not enough,\""), "kind": "direct",
                    "speaker": {"name": "Ola Nordmann", "entity": "E2", **span("Ola Nordmann")},
                    "cue": None}],
        "numbers": [{**span("$2 billion"), "type": "money", "value": 2e9, "currency": "USD",
                     "approx": "exact"}],
        "dates": [{**span("on Friday"), "type": "DATE", "value": "2026-03-06", "anchored": True}],
    }
    plain = [{"format": 1, "id": f"plain/{i:03d}", "text": f"Article number {i}.", "source": {"path": "p"},
              "meta": {"title": f"Plain {i}"}, "entities": [], "quotes": [], "numbers": [], "dates": []}
             for i in range(60)]
    no_text = {"format": 1, "id": "notext/1", "source": {"path": "q"}, "meta": {"published": "2026-01-02"},
               "entities": [{"id": "E1", "name": "Oslo", "label": "GPE",
                             "mentions": [{"start": 0, "end": 4}]}],
               "quotes": [], "numbers": [], "dates": []}
    return [evil, *plain, no_text]


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    (out / "records.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records()), encoding="utf-8")
    error = {"id": "bad/<b>x</b>", "source": {"path": "in/bad.txt"}, "error": "empty", "message": "no text"}
    (out / "errors.jsonl").write_text(json.dumps(error) + "\n", encoding="utf-8")
    return out


def page_data(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', page, re.S)
    return json.loads(found.group(1))


def test_segments_split_overlaps_at_every_boundary():
    spans = [[0, 2, 10, ""], [1, 4, 6, ""], [2, 6, 8, ""]]
    assert segments(12, spans) == [[2, []], [4, [0]], [6, [0, 1]], [8, [0, 2]], [10, [0]], [12, []]]


def test_report_html_data_and_escaping(out_dir, tmp_path):
    result = CliRunner().invoke(app, ["report", str(out_dir), "-o", str(tmp_path / "r.html"),
                                      "--title", "Run <1>"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"wrote {tmp_path / 'r.html'}: 62 articles, 1 errors"
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.count("<script") == 2 and page.count("</script>") == 2  # the data block and the page's own
    assert "__pwned" in page and "<img" not in page and "<b>" not in page
    assert "<title>Run &lt;1&gt;</title>" in page
    data = page_data(page)
    assert len(data["articles"]) == 62
    assert data["errors"] == [{"id": "bad/<b>x</b>", "error": "empty", "message": "no text",
                               "path": "in/bad.txt"}]
    art = data["articles"][0]
    assert art["text"] == TEXT and art["n"] == [3, 1, 1, 1] and art["date"] == "2026-03-06"
    assert art["first"] == TEXT.split("\n")[0]
    assert [r[:3] for r in art["rows"]] == [
        ["ent", "Oslo", "GPE"], ["ent", "Ola Nordmann", "PERSON"], ["ent", "script", "ORG"],
        ["quote", "\"Not enough,\"", "— Ola Nordmann"], ["num", "$2 billion", "2,000,000,000 USD"],
        ["date", "on Friday", "2026-03-06"]]
    covered: dict[int, str] = {}  # each highlight's text, rebuilt from the flat segmentation
    chars, pos = list(TEXT), 0
    for end, cover in art["segs"]:
        for s in cover:
            covered[s] = covered.get(s, "") + "".join(chars[pos:end])
        pos = end
    assert pos == len(chars)
    assert [covered[i] for i in range(len(art["spans"]))] == [TEXT[s:e] for _, s, e, _ in art["spans"]]
    assert [(art["rows"][r][0], TEXT[s:e], sub) for r, s, e, sub in art["spans"]][3:5] == [
        ("quote", "\"Not enough,\"", ""), ("quote", "Ola Nordmann", "spk")]
    assert data["articles"][1]["first"] == "Article number 0." and data["articles"][1]["spans"] == []
    no_text = data["articles"][-1]
    assert (no_text["text"], no_text["first"], no_text["segs"]) == (None, None, [])
    assert no_text["n"] == [1, 0, 0, 0]
    assert no_text["rows"] == [["ent", "Oslo", "GPE", 0]] and no_text["spans"] == [[0, 0, 4, ""]]


def test_report_missing_records_is_exit_2(tmp_path):
    result = CliRunner().invoke(app, ["report", str(tmp_path)])
    assert result.exit_code == 2
    assert result.output.startswith(f"error: {tmp_path} holds no records")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Headless Chromium via /usr/bin/chromedriver (tests/browser_setup.sh installs both)."""
    chromium, chromedriver = chromium_or_skip()
    os.environ["SE_OFFLINE"] = "true"  # never let Selenium Manager download anything
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,900",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(chromedriver), options=options)
    driver.implicitly_wait(3)
    yield driver
    driver.quit()


def test_report_in_chromium(browser, out_dir, tmp_path):
    from selenium.webdriver.common.by import By

    build_report(out_dir, tmp_path / "r.html", title="Browser test")
    browser.get((tmp_path / "r.html").as_uri())
    css = lambda sel: browser.find_elements(By.CSS_SELECTOR, sel)  # noqa: E731
    summary = "62 unique stories · 1 errors · 4 entities · 1 quotes · 1 numbers · 1 dates"
    assert css("#summary")[0].text == summary
    assert len(css("#index tbody tr")) == 50
    assert css("#page-info")[0].text == "page 1 of 2 (63 shown)"
    css("#next")[0].click()
    assert len(css("#index tbody tr")) == 13 and "error: empty — no text" in css("#index tr.err")[0].text
    css("#index tr.art")[-1].click()
    assert css("#text .empty")[0].text == "(text left out of the records: the run used --no-text)"
    assert [td.text for td in css("#items tbody td")] == ["entity", "Oslo", "GPE"]
    css("#search")[0].send_keys("evil")
    rows = css("#index tbody tr.art")
    assert len(rows) == 1 and css("#page-info")[0].text == "page 1 of 1 (1 shown)"
    rows[0].click()

    text = css("#text")[0]
    assert EVIL in text.text and "<img src=x" in text.text  # shown as text
    assert browser.execute_script("return window.__pwned") is None  # and nothing from it ran
    assert browser.title == "Browser test"
    assert [m.text for m in css("#text mark.ent")] == ["Oslo", "Ola Nordmann", "script"]  # code-point offsets
    assert [m.text for m in css("#text mark.num")] == ["$2 billion"]
    assert [m.text for m in css("#text mark.date")] == ["on Friday"]
    assert css("#text span.quote:not(.spk)")[0].text == "\"Not enough,\""
    assert [b.text for b in css("#text .badge")] == ["2026-03-06", "2,000,000,000 USD", "— Ola Nordmann"]
    assert css("#article-head .counts")[0].text == "3 entities · 1 quotes · 1 numbers · 1 dates"
    assert len(css("#items tbody tr")) == 6
    assert browser.execute_script("return location.hash") == "#evil%2Fone"
    browser.save_screenshot(str(tmp_path / "report.png"))
    assert (tmp_path / "report.png").stat().st_size > 10_000


def test_a_syndicated_copy_is_marked_for_the_page():
    from pipeline.outputs.report import article_data

    copy = {"id": "b", "text": "Same story.", "meta": {"duplicate_of": "a"}}
    assert article_data(copy)["copy"] == "a" and article_data({"id": "a", "text": "x"})["copy"] is None


NAME = "Ann <img src=x onerror=\"window.__pwned=5\"> Lee"
STORY = f"{NAME} said $3 billion would come in 2026. \"Fine,\" {NAME} said on Friday, 6 March 2026."


def overview_records() -> list[dict]:
    """Two stories naming one person with markup in her name, and a syndicated copy."""
    def at(needle: str, nth: int = 0) -> dict:
        start = -1
        for _ in range(nth + 1):
            start = STORY.index(needle, start + 1)
        return {"start": start, "end": start + len(needle), "text": needle}

    def story(i: int, copy: str | None = None) -> dict:
        return {
            "format": 1, "id": f"story/{i}", "text": STORY, "source": {"path": f"in/{i}.txt"},
            "meta": {"title": f"Story <b>{i}</b>", "published": f"2026-03-0{6 + i}", "duplicate_of": copy},
            "entities": [{"id": "E1", "name": NAME, "label": "PERSON", "mentions": [at(NAME), at(NAME, 1)]}],
            "quotes": [{**at("\"Fine,\""), "kind": "direct",
                        "speaker": {"name": NAME, "entity": "E1", **at(NAME, 1)}}],
            "numbers": [{**at("$3 billion"), "type": "money", "value": 3e9, "currency": "USD",
                         "approx": "exact"}],
            "dates": [{**at("in 2026"), "type": "DATE", "value": "2026", "anchored": False},
                      {**at("on Friday, 6 March 2026"), "type": "DATE", "value": "2026-03-06"}],
        }
    return [story(0), story(1), story(2, copy="story/0")]


def test_overview_in_chromium(browser, tmp_path):
    from selenium.webdriver.common.by import By

    out = tmp_path / "out"
    out.mkdir()
    lines = "".join(json.dumps(r) + "\n" for r in overview_records())
    (out / "records.jsonl").write_text(lines, encoding="utf-8")
    build_report(out, tmp_path / "r.html", title="Overview test")
    browser.get((tmp_path / "r.html").as_uri())
    css = lambda sel: browser.find_elements(By.CSS_SELECTOR, sel)  # noqa: E731
    shown = lambda sel: css(sel)[0].is_displayed()  # noqa: E731
    assert shown("#overview") and not shown("#article") and not shown("#items")
    assert "Counted over 2 unique stories; 1 syndicated copy left out" in css("#overview .sub")[0].text
    cards = {c.find_element(By.TAG_NAME, "h3").text: c for c in css(".card")}
    people = cards["Most mentioned people"].find_elements(By.CSS_SELECTOR, ".bar-row")
    assert [p.text.replace("\n", " | ") for p in people] == [f"{NAME} | 2 articles · 4 mentions"]
    speakers = cards["Most quoted speakers"].find_elements(By.CSS_SELECTOR, ".bar-row")
    assert [s.text.replace("\n", " | ") for s in speakers] == [f"{NAME} | 2 quotes · 2 articles"]
    amounts = cards["Largest amounts, by currency"].text
    assert "USD · 2 amounts" in amounts and "$3 billion" in amounts and "3,000,000,000 USD" in amounts
    days = cards["Publication days"].find_elements(By.CSS_SELECTOR, "rect.b")
    assert len(days) == 2  # 6 and 7 March; the copy (8 March) is left out
    mentioned = cards["Dates the articles mention"]
    assert len(mentioned.find_elements(By.CSS_SELECTOR, "rect.b")) == 1
    assert "2026 2 dates · 2 articles" in mentioned.text.replace("\n", " ")  # the year, a longer period
    assert browser.execute_script("return window.__pwned") is None and not css("#overview img")
    browser.save_screenshot(str(tmp_path / "overview.png"))

    people[0].click()
    assert css("#details h3")[0].text == NAME
    assert [a.find_element(By.TAG_NAME, "button").text for a in css("#details .art")] == ["Story <b>0</b>",
                                                                                          "Story <b>1</b>"]
    assert [m.text for m in css("#details .snip mark")] == [NAME, NAME]  # one passage an article
    css("#details .snip")[0].click()
    assert shown("#article") and not shown("#overview") and shown("#items")
    assert browser.execute_script("return location.hash") == "#story%2F0"
    assert [m.text for m in css("#text mark.ent.flash")] == [NAME, NAME]  # the row's mentions, flashed
    assert [r.find_element(By.CSS_SELECTOR, "td:nth-child(2)").text for r in css("#items tr.focus")] == [NAME]
    assert browser.execute_script("return window.__pwned") is None
    browser.save_screenshot(str(tmp_path / "article.png"))
    assert (tmp_path / "article.png").stat().st_size > 10_000

    css("#home")[0].click()
    assert shown("#overview") and not shown("#article")
    assert browser.execute_script("return location.hash") == ""
    cards["Publication days"].find_elements(By.CSS_SELECTOR, "rect.b")[1].click()
    assert css("#details h3")[0].text == "Publication days: 2026-03-07"
    assert [a.find_element(By.TAG_NAME, "button").text for a in css("#details .art")] == ["Story <b>1</b>"]
