"""The table cache: built once, read after; untrusted files rebuilt; never written through a symlink."""

import pytest

from pipeline import tablecache


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv(tablecache.ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "builder.py"
    path.write_text("TABLE = 1\n")
    return path


def counted(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_built_once_then_read(folder, source):
    build, calls = counted({"paris": [("Paris", "city")]})
    first = tablecache.cached("places", build, [source])
    second = tablecache.cached("places", build, [source])
    assert first == second == {"paris": [("Paris", "city")]}
    assert len(calls) == 1
    assert len(list(folder.glob("places-*.pickle"))) == 1


def test_changed_source_rebuilds_and_drops_the_old_file(folder, source):
    build, calls = counted([1, 2])
    tablecache.cached("places", build, [source])
    old = next(folder.glob("places-*.pickle"))
    source.write_text("TABLE = 2\n")
    tablecache.cached("places", build, [source])
    assert len(calls) == 2
    assert not old.exists() and len(list(folder.glob("places-*.pickle"))) == 1


@pytest.mark.parametrize("damage", [lambda b: b[:-10], lambda b: b[:40] + b"x" + b[41:], lambda b: b""])
def test_partial_or_corrupt_file_is_rebuilt(folder, source, damage):
    build, calls = counted(list(range(1000)))
    tablecache.cached("places", build, [source])
    path = next(folder.glob("places-*.pickle"))
    path.write_bytes(damage(path.read_bytes()))
    assert tablecache.cached("places", build, [source]) == list(range(1000))
    assert len(calls) == 2
    assert tablecache.cached("places", build, [source]) == list(range(1000)) and len(calls) == 2


def test_symlink_is_neither_read_nor_written_through(folder, source, tmp_path):
    build, calls = counted("table")
    tablecache.cached("places", build, [source])
    path = next(folder.glob("places-*.pickle"))
    elsewhere = tmp_path / "elsewhere.pickle"
    elsewhere.write_bytes(path.read_bytes())
    path.unlink()
    path.symlink_to(elsewhere)
    before = elsewhere.read_bytes()
    assert tablecache.cached("places", build, [source]) == "table"
    assert len(calls) == 2
    assert elsewhere.read_bytes() == before and not path.is_symlink()


def test_off_or_unwritable_builds_in_memory(tmp_path, source, monkeypatch):
    build, calls = counted("table")
    monkeypatch.setenv(tablecache.ENV, "off")
    assert tablecache.cached("places", build, [source]) == "table"
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(tablecache.ENV, str(blocker / "cache"))
    assert tablecache.cached("places", build, [source]) == "table"
    assert len(calls) == 2 and not list(tmp_path.rglob("*.pickle"))


def test_gazetteer_from_the_cache_equals_the_built_one(folder):
    from pipeline.entities import gazetteer

    built = gazetteer._build()
    sources = [folder.parent / "unused"]
    sources[0].write_text("")
    tablecache.cached("gazetteer", lambda: built, sources)
    read = tablecache.cached("gazetteer", lambda: None, sources)
    assert read is not built
    assert (read.places, read.label, read.aliases, read.located) == (
        built.places,
        built.label,
        built.aliases,
        built.located,
    )
    assert (
        read.places["paris"] == built.places["paris"]
        and read.places.get("valència") == built.places.get("valència") is not None
    )


def test_long_lived_objects_are_frozen_and_the_collector_restored():
    import gc

    enabled, frozen = gc.isenabled(), gc.get_freeze_count()
    gc.enable()
    try:
        with tablecache.long_lived():
            assert not gc.isenabled()
            kept = [{"n": i} for i in range(1000)]
        assert gc.isenabled()
        assert gc.get_freeze_count() >= frozen + len(kept)
    finally:
        gc.unfreeze()  # back in the oldest generation, as the other tests expect
        if not enabled:
            gc.disable()
