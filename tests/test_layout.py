"""The layout the README promises: one package per stage, few top-level modules, small modules,
and no import between the numbers and dates stages."""

import ast
import re
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "pipeline"
STAGES = ("entities", "quotes", "numbers", "dates")
MODULES = sorted(PACKAGE.rglob("*.py"))
ARCHITECTURE = PACKAGE.parent / "docs" / "architecture.md"
PASSAGE_HEAD = re.compile(r"^\s*(?:\d+\.|-)\s+(?:\*\*`(\w+)/`\*\*)?")
DOCUMENTED = [p for p in MODULES if p.name not in ("__init__.py", "__main__.py")]


def imported(path: Path) -> set[str]:
    """Modules a file imports (absolute names)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
            out |= {f"{node.module}.{a.name}" for a in node.names}
    return out


@pytest.mark.parametrize("stage", STAGES)
def test_each_stage_is_a_package_exposing_extract(stage):
    import importlib

    assert callable(importlib.import_module(f"pipeline.{stage}").extract)


def test_few_modules_at_the_top():
    assert len(list(PACKAGE.glob("*.py"))) <= 15


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE)) for p in MODULES])
def test_no_module_over_500_lines(path):
    assert len(path.read_text("utf-8").splitlines()) <= 500


@pytest.mark.parametrize("stage,other", [("numbers", "dates"), ("dates", "numbers")])
def test_numbers_and_dates_do_not_import_each_other(stage, other):
    for path in (PACKAGE / stage).glob("*.py"):
        bad = [m for m in imported(path) if m == f"pipeline.{other}" or m.startswith(f"pipeline.{other}.")]
        assert not bad, (path, bad)


@pytest.mark.parametrize("stage", STAGES)
def test_stages_use_no_other_stage_internals(stage):
    others = [s for s in STAGES if s != stage]
    for path in (PACKAGE / stage).glob("*.py"):
        bad = [m for m in imported(path) if any(m.startswith(f"pipeline.{o}.") for o in others)]
        assert not bad, (path, bad)


def test_every_module_imports_on_its_own():
    """No import cycle hides behind the order the stages happen to import their modules in: each
    module, imported first in a clean interpreter state, loads."""
    import subprocess
    import sys

    names = [".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts) for p in MODULES
             if p.name not in ("__main__.py",)]
    script = (
        "import importlib, sys\n"
        f"bad = []\nfor name in {names!r}:\n"
        "    for k in [k for k in sys.modules if k == 'pipeline' or k.startswith('pipeline.')]:\n"
        "        del sys.modules[k]\n"
        "    try:\n        importlib.import_module(name.removesuffix('.__init__'))\n"
        "    except ImportError as exc:\n        bad.append(f'{name}: {exc}')\n"
        "print('\\n'.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         cwd=PACKAGE.parent)
    assert out.stdout.strip() == ""


def passages(text: str) -> dict[str, str]:
    """The architecture doc's text per package ("" for the top level): a numbered item or bullet
    opening with a package's bold name (**`entities/`**) starts its passage; any other item or
    unindented line goes to the top level."""
    out: dict[str, str] = {}
    package = ""
    for line in text.splitlines():
        head = PASSAGE_HEAD.match(line)
        if head:
            package = head.group(1) or ""
        elif line and not line[0].isspace():
            package = ""
        out[package] = out.get(package, "") + line + "\n"
    return out


def package_of(path: Path) -> str:
    return "" if path.parent == PACKAGE else path.parent.name


def test_passages_split_the_doc_by_package():
    text = ("Intro `api.py`.\n1. **`ingest/`** reads (`read.py`).\n   - **`dates/`**: `find.py`\n"
            "     and\nTail `cli.py`.\n")
    got = passages(text)
    assert "`read.py`" in got["ingest"] and "`find.py`" in got["dates"] and "and" in got["dates"]
    assert "`api.py`" in got[""] and "`cli.py`" in got[""] and "cli" not in got["dates"]


@pytest.mark.parametrize("path", DOCUMENTED, ids=[str(p.relative_to(PACKAGE)) for p in DOCUMENTED])
def test_every_module_is_named_in_the_architecture_doc(path):
    """Each module is named in its package's passage as `name.py`, or anywhere as `pkg/name.py`."""
    text = ARCHITECTURE.read_text("utf-8")
    package = package_of(path)
    named = f"`{path.name}`" in passages(text).get(package, "")
    assert named or (package and f"`{package}/{path.name}`" in text), f"{path} not in docs/architecture.md"


def test_no_module_is_named_twice_in_its_package_passage():
    """A module named twice in one passage is most often a merge that kept both sides."""
    twice = {package: [n for n, k in Counter(re.findall(r"`(\w+\.py)`", passage)).items() if k > 1]
             for package, passage in passages(ARCHITECTURE.read_text("utf-8")).items()}
    assert not {p: n for p, n in twice.items() if n}


def test_no_two_lines_of_the_architecture_doc_open_alike():
    """Two lines sharing their first 70 characters are a passage written twice by a merge."""
    openings = Counter(line[:70] for line in ARCHITECTURE.read_text("utf-8").splitlines() if line.strip())
    assert not [o for o, k in openings.items() if k > 1]
