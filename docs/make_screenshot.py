"""Redo docs/report.png (the overview the page opens on) and docs/report-article.png (an article opened
from it): run the pipeline on corpus/, build the report, screenshot it in headless Chromium.

Usage (from the repository root): .venv/bin/python docs/make_screenshot.py
Needs chromium + chromedriver (tests/browser_setup.sh) and selenium in the venv.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1200"]


def chromium(profile: Path):
    """A headless Chromium WebDriver on /usr/bin/chromedriver, never Selenium Manager downloads."""
    os.environ["SE_OFFLINE"] = "true"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in [*FLAGS, f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def main(docs: Path = ROOT / "docs") -> None:
    from selenium.webdriver.common.by import By

    from pipeline.outputs.report import build_report

    with tempfile.TemporaryDirectory() as tmp:
        out, page = Path(tmp) / "out", Path(tmp) / "report.html"
        subprocess.run([sys.executable, "-m", "pipeline", "run", "corpus", "-o", str(out)],
                       check=True, cwd=ROOT)  # "corpus" relative: no path of this machine in the records
        build_report(out, page, title="Pipeline report: corpus/")
        driver = chromium(Path(tmp) / "profile")
        try:
            driver.get(page.as_uri())
            driver.find_element(By.CSS_SELECTOR, "#overview .card")  # rendered
            driver.save_screenshot(str(docs / "report.png"))
            driver.find_element(By.CSS_SELECTOR, ".card .bar-row").click()  # the most mentioned person
            driver.find_element(By.CSS_SELECTOR, "#details .snip").click()  # the first passage
            driver.find_element(By.CSS_SELECTOR, "#text mark")
            time.sleep(3)  # past the flash of the passage
            driver.save_screenshot(str(docs / "report-article.png"))
        finally:
            driver.quit()
    print(f"wrote {docs / 'report.png'} and {docs / 'report-article.png'}")


if __name__ == "__main__":
    main()
