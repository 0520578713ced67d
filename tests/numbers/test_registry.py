"""Tests for the cached index of pint's unit names and symbols (pipeline.numbers.registry)."""

import pytest

from pipeline.numbers import registry


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("PIPELINE_CACHE_DIR", str(tmp_path))
    registry._index.cache_clear()
    registry._lookup.cache_clear()
    yield tmp_path
    registry._index.cache_clear()
    registry._lookup.cache_clear()


def test_cache_written_then_read_unchanged(cache_dir, monkeypatch):
    built = registry._index()
    path = registry.cache_path()
    assert path.parent == cache_dir and path.exists()
    assert registry.is_unit("kPa") and registry.is_unit("mAh")
    registry._index.cache_clear()
    registry._lookup.cache_clear()

    def no_build():
        raise AssertionError("the cache was not read")

    monkeypatch.setattr(registry, "build_index", no_build)
    loaded = registry._index()
    assert loaded[0] == built[0] and loaded[1] == built[1]
    assert list(loaded[0]) == list(built[0])  # same order: the same first match everywhere
    assert registry.is_unit("kPa") and not registry.is_unit("EV")


def test_broken_cache_is_rebuilt(cache_dir):
    path = registry.cache_path()
    path.write_text("{not an index", "utf-8")
    names, symbols = registry._index()
    assert names["kilopascal"] == "kilopascal" and symbols["GPa"] == "gigapascal"
    registry._index.cache_clear()
    assert registry._index()[1]["GPa"] == "gigapascal"  # rewritten whole
    assert path.read_bytes().startswith(registry.tablecache.MAGIC)


def test_cache_named_by_pint_version_and_code(cache_dir, monkeypatch):
    name = registry.cache_path().name
    assert name.startswith("pint-units-") and name.endswith(".pickle")
    monkeypatch.setattr(registry.tablecache, "version", lambda package: "0.0-other")
    assert registry.cache_path().name != name
