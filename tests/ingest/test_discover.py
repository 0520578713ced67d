"""Discovery: hostile paths (deep folders, bad names, links, FIFOs) become error lines, never a crash,
a hang or a silent drop; ordinary folders read as before."""

import os
import subprocess
import threading
from pathlib import Path

import pytest

from pipeline.ingest import discover as discover_mod
from pipeline.ingest.read import Article, ReadError, discover, read_inputs, read_txt


def outcomes(items) -> dict[str, str]:
    """id -> error code, or "ok" for an article."""
    return {i.id: (i.error if isinstance(i, ReadError) else "ok") for i in items}


def read_all_of(reader):
    """reader() in a thread, failing (not hanging) when it blocks."""
    result: list = []
    worker = threading.Thread(target=lambda: result.append(list(reader())), daemon=True)
    worker.start()
    worker.join(20)
    assert not worker.is_alive(), "reading blocked"
    return result[0]


def read_all(*inputs, **options):
    return read_all_of(lambda: read_inputs(list(inputs), **options))


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "ok.txt").write_text("An ordinary article.", encoding="utf-8")
    return root


@pytest.fixture
def deep(folder):
    """A chain of 1,000 nested folders with an article at the bottom, removed without recursion
    (shutil.rmtree, and so pytest's own clean-up, would hit the recursion limit)."""
    bottom = folder / "deep"
    try:
        for _ in range(1000):
            bottom.mkdir()
            bottom = bottom / "d"
        bottom.mkdir()
        (bottom / "bottom.txt").write_text("Deep down.", encoding="utf-8")
        yield folder
    finally:
        subprocess.run(["rm", "-rf", str(folder / "deep")], check=True)


def test_a_folder_1000_levels_deep_is_one_error(deep):
    items = read_all(deep)
    got = outcomes(items)
    assert got.pop("ok") == "ok"
    [(key, code)] = got.items()
    assert code == "skipped" and key == "deep/" + "d/" * discover_mod.MAX_DEPTH  # level 101
    assert "more than 100 levels" in items[0].message


def test_file_names_with_undecodable_bytes(folder):
    raw = os.fsencode(folder)
    with open(raw + b"/bad\xff\xfe.txt", "wb") as fh:
        fh.write(b"Text behind a bad name.")
    os.mkdir(raw + b"/dir\xff")
    with open(raw + b"/dir\xff/inner.txt", "wb") as fh:
        fh.write(b"Inside a badly named folder.")
    with open(raw + b"/notes\xff.md", "wb") as fh:  # not an article name: not an input at all
        fh.write(b"x")
    items = read_all(folder)
    assert outcomes(items) == {"bad\\xff\\xfe": "bad_name", "dir\\xff/": "bad_name", "ok": "ok"}
    for item in items:
        item.id.encode("utf-8")
        item.source.path.encode("utf-8")
    assert "not valid UTF-8" in items[0].message


def test_a_name_too_long_for_its_sidecar(folder):
    name = "a" * 247 + ".txt"  # 251 bytes: the file exists, its "a...a.meta.json" (257) cannot
    (folder / name).write_text("Long name.", encoding="utf-8")
    fine = "b" * 245 + ".txt"  # 249 bytes: the longest name whose sidecar can exist
    (folder / fine).write_text("Long but fine.", encoding="utf-8")
    (folder / ("b" * 245 + ".meta.json")).write_text('{"title": "Its title"}', encoding="utf-8")
    items = read_all(folder)
    got = {i.id: i for i in items}
    assert got["a" * 247].error == "bad_name" and "251 bytes" in got["a" * 247].message
    assert got["b" * 245].meta["title"] == "Its title"
    assert len(items) == 3


def test_fifo_is_an_error_not_a_hang(folder):
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(folder / "stream.jsonl")
    os.mkfifo(folder / "pipe.dat")  # not an article name: not an input
    items = read_all(folder)
    assert outcomes(items) == {"ok": "ok", "pipe": "skipped", "stream": "skipped"}
    assert all("FIFO" in i.message for i in items if isinstance(i, ReadError))


def test_device_is_never_opened(folder):
    import stat

    try:
        os.mknod(folder / "null.txt", stat.S_IFCHR | 0o600, os.makedev(1, 3))  # /dev/null's numbers
    except PermissionError:
        pytest.skip("making a device node needs root")
    items = read_all(folder)
    assert outcomes(items) == {"null": "skipped", "ok": "ok"}
    assert items[0].message.startswith("a character device, not a regular file")


def test_fifo_named_as_input_or_swapped_in_after_listing(folder):
    os.mkfifo(folder / "named.txt")
    [item] = read_all(folder / "named.txt")
    assert (item.error, item.id) == ("skipped", "named")
    # a file replaced by a FIFO between the listing and the read: the open descriptor is checked
    [(root, path)] = discover([folder])  # the FIFO named.txt is not listed for reading
    path.unlink()
    os.mkfifo(path)
    [item] = read_all_of(lambda: [read_txt(root, path, 1000)])
    assert (item.id, item.error) == ("ok", "skipped") and "FIFO" in item.message


def test_a_file_swapped_for_a_link_after_listing_is_not_followed(folder, tmp_path, monkeypatch):
    secret = tmp_path / "secret.txt"
    secret.write_text("Outside the input.", encoding="utf-8")
    [(root, path)] = discover([folder])
    path.unlink()
    path.symlink_to(secret)
    item = read_txt(root, path, 1000)
    assert item.error == "skipped" and "outside the input folder" in item.message
    # swapped in after the link check itself: the open refuses a final link (O_NOFOLLOW)
    monkeypatch.setattr(Path, "is_symlink", lambda self: False)
    item = read_txt(root, path, 1000)
    assert item.error == "skipped" and "symbolic link" in item.message


def test_symbolic_links(folder, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Not part of the input.", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "real.txt").write_text("A real article.", encoding="utf-8")
    (folder / "sub" / "real.meta.json").write_text('{"title": "Real"}', encoding="utf-8")
    (folder / "inside.txt").symlink_to(folder / "sub" / "real.txt")
    (folder / "inside.meta.json").symlink_to(outside / "secret.txt")  # a sidecar from outside
    (folder / "escape.txt").symlink_to(outside / "secret.txt")
    (folder / "linked_dir").symlink_to(outside)
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "dangling.jsonl").symlink_to(folder / "nowhere.jsonl")
    (folder / "other.md").symlink_to(outside / "secret.txt")  # not an article name: not an input
    items = read_all(folder)
    assert outcomes(items) == {"dangling": "unreadable", "escape": "skipped", "inside": "bad_metadata",
                               "linked_dir/": "skipped", "loop": "unreadable", "ok": "ok",
                               "sub/real": "ok"}
    messages = {i.id: i.message for i in items if isinstance(i, ReadError)}
    assert "outside the input folder" in messages["escape"]
    assert "not followed" in messages["linked_dir/"]
    (folder / "inside.meta.json").unlink()
    (folder / "inside.meta.json").symlink_to(folder / "sub" / "real.meta.json")
    got = {i.id: i for i in read_all(folder)}
    assert isinstance(got["inside"], Article) and got["inside"].meta["title"] == "Real"
    assert got["inside"].source.path == (folder / "inside.txt").as_posix()
    [named] = read_all(folder / "escape.txt")  # named on the command line: followed
    assert isinstance(named, Article)


def test_unreadable_subfolder_is_reported(folder, monkeypatch):
    (folder / "locked").mkdir()
    (folder / "locked" / "a.txt").write_text("Hidden.", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(discover_mod.os, "scandir", scandir)
    items = read_all(folder)
    assert outcomes(items) == {"locked/": "unreadable", "ok": "ok"}
    assert items[0].message == "cannot list the folder: Permission denied"
    assert items[0].source.path == (folder / "locked").as_posix()


def test_ordinary_folder_order_and_output_folder(folder):
    (folder / "b").mkdir()
    (folder / "b" / "x.txt").write_text("B.", encoding="utf-8")
    (folder / "a.jsonl").write_text('{"id": "j", "text": "J."}\n', encoding="utf-8")
    out = folder / "out"
    out.mkdir()
    (out / "records.jsonl").write_text('{"id": "r", "text": "not an input"}\n', encoding="utf-8")
    (out / "other.txt").write_text("inside the output folder", encoding="utf-8")
    (folder / "errors.jsonl").write_text('{"id": "e", "text": "an input here"}\n', encoding="utf-8")
    assert [i.id for i in read_all(folder, output=out)] == ["j", "b/x", "e", "ok"]
    assert [i.id for i in read_all(folder, output=folder)] == ["j", "b/x", "ok", "out/other", "r"]


def test_folders_the_pipeline_wrote_are_not_inputs(folder):
    for name, files in (("old_output", ("manifest.json", "records.jsonl", "errors.jsonl")),
                        ("archive", ("archive.json", "records.jsonl"))):
        (folder / name).mkdir()
        for file in files:
            (folder / name / file).write_text('{"id": "x", "text": "A record, not an article."}\n')
    (folder / "dump").mkdir()
    (folder / "dump" / "records.jsonl").write_text('{"id": "r", "text": "An input named records."}\n')
    assert outcomes(read_all(folder)) == {"r": "ok", "ok": "ok"}
