"""The layout the README promises: one package per stage, few top-level modules, small modules,
and no import between the numbers and dates stages."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "pipeline"
STAGES = ("entities", "quotes", "numbers", "dates")
MODULES = sorted(PACKAGE.rglob("*.py"))


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
