"""A fresh clone stands on its own: nothing refers to folders beside it, development data is named by
an option or variable, and the package carries its licence, changelog and type marker."""

import os
import re
import subprocess
import sys
import tomllib

import pytest

from pipeline import __version__
from tests.conftest import ROOT, chromium_or_skip

OUTSIDE = re.compile(r"\.\./shared|parents?\[?\d?\]? ?/ ?[\"']shared|parent / [\"']shared")
SCANNED = ["README.md", "CHANGELOG.md", "Makefile", "pyproject.toml", ".ci", "docs", "pipeline", "benchmarks",
           "tests"]


def repository_files():
    for name in SCANNED:
        path = ROOT / name
        for file in [path] if path.is_file() else sorted(path.rglob("*")):
            if file.is_file() and file.suffix in ("", ".md", ".py", ".toml", ".sh", ".json", ".html", ".cfg"):
                yield file


def test_nothing_refers_to_folders_beside_the_checkout():
    found = [f"{file.relative_to(ROOT)}:{n}" for file in repository_files()
             for n, line in enumerate(file.read_text("utf-8", "replace").splitlines(), 1)
             if OUTSIDE.search(line) and file != ROOT / "tests" / "test_selfcontained.py"]
    assert found == []


def test_the_pattern_finds_such_references():
    assert OUTSIDE.search("see ../shared/record-format.md")
    assert OUTSIDE.search('Path(__file__).parents[2] / "shared/bench/bbc"')
    assert OUTSIDE.search('bench = ROOT.parent / "shared" / "bench"')
    assert not OUTSIDE.search("words numbers and dates share")


def test_licence_changelog_and_type_marker():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert project["project"]["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text("utf-8").startswith("MIT License")
    assert "LICENSE" in project["project"]["license-files"]
    assert (ROOT / "pipeline" / "py.typed").is_file()
    assert "py.typed" in project["tool"]["setuptools"]["package-data"]["pipeline"]
    assert f"## {__version__} " in (ROOT / "CHANGELOG.md").read_text("utf-8")


@pytest.mark.parametrize("args,env,expected", [
    ([], {}, "error: no BBC articles: pass --bbc DIR, or set PIPELINE_BENCH_DIR"),
    (["--bbc", "/nonexistent/bbc"], {}, "error: the BBC folder /nonexistent/bbc does not exist"),
    ([], {"PIPELINE_BENCH_DIR": "/nonexistent"}, "error: the BBC folder /nonexistent/bbc does not exist"),
])
def test_benchmark_says_what_is_missing(args, env, expected):
    clean = {k: v for k, v in os.environ.items() if k != "PIPELINE_BENCH_DIR"}
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "throughput.py"), *args],
                            env={**clean, **env}, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stdout == "" and result.stderr.startswith(expected)
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("ci,code", [("", 0), ("true", 1)])
def test_browser_setup_without_apt(tmp_path, ci, code):
    """Where Chromium cannot be installed, the set-up says so and lets the tests run, except in CI."""
    (tmp_path / "id").symlink_to("/usr/bin/id")
    env = {"PATH": str(tmp_path), "CI": ci}
    result = subprocess.run(["/bin/sh", str(ROOT / "tests" / "browser_setup.sh")], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == code
    assert "installing the Debian packages chromium and chromium-driver" in result.stdout
    assert "could not install Chromium" in result.stderr


@pytest.mark.parametrize("ci,outcome", [("", pytest.skip.Exception), ("true", pytest.fail.Exception)])
def test_browser_tests_skip_outside_ci_only(monkeypatch, ci, outcome):
    monkeypatch.setattr("shutil.which", lambda name: None)
    monkeypatch.setenv("CI", ci)
    with pytest.raises(outcome, match="chromium-driver"):
        chromium_or_skip()
