"""Find the input files under the input folders, and open them without ever blocking.

The walk is iterative (no recursion limit), never follows a symbolic link to a folder and reports
every path it does not read: an unreadable, too deep or badly named folder, a symbolic link it does
not follow, a FIFO or device named like an article. Only `.txt` and `.jsonl` names are articles;
other files are not inputs and are passed over.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from pipeline.record.types import ErrorCode

ARTICLE_SUFFIXES = (".txt", ".jsonl")
OUTPUT_FILES = ("records.jsonl", "errors.jsonl")
MAX_DEPTH = 100  # folder levels below an input folder; deeper folders are reported, not read
OPEN_FLAGS = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC


@dataclass(frozen=True)
class Found:
    """One path of the run: a file to read, or a path not read, with its reason."""

    root: Path
    path: Path
    follow: bool = False  # named as an input: a symbolic link is followed wherever it leads
    folder: bool = False
    problem: tuple[ErrorCode, str] | None = None  # (error code, message) for a path that is not read


class NotRegular(OSError):
    """An opened path that is not a regular file (a FIFO, a device, a socket, a folder)."""


class LinkOutside(OSError):
    """A symbolic link to a file outside the input folder."""


def shown(text: str) -> str:
    """`text` as valid UTF-8: bytes of a file name that are not UTF-8 become `\\xff` escapes, other
    lone surrogates `\\ud800` escapes."""
    if valid_utf8(text):
        return text
    try:  # a file name: its undecodable bytes were escaped as surrogates U+DC80..U+DCFF
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # any other lone surrogate: \ud800
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def valid_utf8(text: str) -> bool:
    """True when `text` encodes as UTF-8: no lone surrogate (the undecodable bytes of a file name
    arrive as U+DC80..U+DCFF, a JSON "\\ud800" as itself)."""
    try:
        text.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def kind_of(mode: int) -> str:
    """A person's word for a file type."""
    for test, word in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISDIR, "a folder")):
        if test(mode):
            return word
    return "not a regular file"


def open_regular(path: Path, follow: bool = False) -> int:
    """A descriptor on a regular file, opened non-blocking (a FIFO never hangs the run); a final
    symbolic link is refused unless `follow`. Raises NotRegular or OSError."""
    fd = os.open(path, OPEN_FLAGS | (0 if follow else os.O_NOFOLLOW))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegular(errno.EINVAL, f"{kind_of(mode)}, not a regular file")
    except BaseException:
        os.close(fd)
        raise
    return fd


def open_input(root: Path, path: Path, follow: bool = False) -> int:
    """Open an input file under `root` by the input rules: a symbolic link is followed only to a file
    inside `root` (anywhere when `follow`), and only regular files are opened, without blocking."""
    if not follow and path.is_symlink():
        path = link_target(path, root)
    return open_regular(path, follow)


def resolve_link(link: Path) -> Path:
    """The existing file or folder a symbolic link leads to; OSError when it is broken or loops."""
    try:
        return link.resolve(strict=True)
    except RuntimeError:  # a loop (Python 3.11)
        raise OSError(errno.ELOOP, "a looping symbolic link") from None


def link_target(link: Path, root: Path) -> Path:
    """The file a symbolic link leads to, when inside `root`; else LinkOutside (OSError if broken)."""
    target = resolve_link(link)
    if not target.is_relative_to(root.resolve()):
        raise LinkOutside(errno.EXDEV, outside(target))
    return target


def outside(target: Path) -> str:
    return f"a symbolic link to a file outside the input folder ({shown(str(target))})"


def open_message(exc: OSError) -> tuple[ErrorCode, str]:
    """(code, message) for a file that could not be opened."""
    if isinstance(exc, NotRegular):
        return "skipped", f"{exc.strerror}: not read, so that the run never blocks on it"
    if isinstance(exc, LinkOutside):
        return "skipped", f"{exc.strerror}: not read"
    if exc.errno == errno.ELOOP:
        return "skipped", "a symbolic link where a file was listed, or a link loop: not followed"
    return "unreadable", f"cannot read the file: {exc.strerror}"


def find_inputs(inputs: list[Path], output: Path | None = None) -> list[Found]:
    """Every input file and every path not read, per input in turn, each input's paths sorted.

    A file named as an input is read wherever it is and whatever its name. Under a folder, `.txt`
    and `.jsonl` files are read; a symbolic link to a file is followed when the file lies inside
    the input folder. The run's own output is never read back: its JSONL files, and its whole
    folder when that lies inside an input folder; nor is any folder the pipeline wrote.
    """
    out = output.resolve() if output is not None else None
    found: list[Found] = []
    for root in inputs:
        try:
            is_dir = root.is_dir()
        except OSError:
            is_dir = False
        if not is_dir:
            problem = None if valid_utf8(root.name) else bad_name(root.name, "file")
            found.append(Found(root.parent, root, follow=True, problem=problem))
            continue
        items = walk(root, out)
        found.extend(sorted(items, key=lambda f: f.path.relative_to(root).as_posix()))
    return found


def walk(root: Path, out: Path | None) -> list[Found]:
    """Files and reported paths under one input folder (unsorted), with an explicit stack."""
    real_root = root.resolve()
    skip_folder = out if out is not None and out != real_root and out.is_relative_to(real_root) else None
    found: list[Found] = []
    stack: list[tuple[Path, int]] = [(root, 0)]
    while stack:
        folder, depth = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as exc:
            found.append(Found(root, folder, folder=True,
                               problem=("unreadable", f"cannot list the folder: {exc.strerror}")))
            continue
        here = folder.resolve() if out is not None else folder
        if here != out and written_by_pipeline({entry.name for entry in entries}):
            continue  # an archive, or the output folder of another run: never an input
        for entry in entries:
            path = Path(entry.path)
            item = classify(root, real_root, entry, path, depth)
            if item is None:
                continue
            if item.folder and item.problem is None:
                if skip_folder is None or path.resolve() != skip_folder:
                    stack.append((path, depth + 1))
            elif out is None or not is_output(path, here, out, entry.name):
                found.append(item)
    return found


def written_by_pipeline(names: set[str]) -> bool:
    """True for a folder the pipeline wrote: an archive, or the output folder of an earlier run."""
    return "archive.json" in names or {"manifest.json", "records.jsonl"} <= names


def is_output(path: Path, here: Path, out: Path, name: str) -> bool:
    """True for a file the run writes (records or errors in the output folder), or a link to one."""
    return name in OUTPUT_FILES and (here == out or path.resolve().parent == out)


def classify(root: Path, real_root: Path, entry: os.DirEntry, path: Path, depth: int) -> Found | None:
    """A folder to walk, a file to read, a path to report, or None for a file that is no article."""
    article = Path(entry.name).suffix in ARTICLE_SUFFIXES
    try:
        if entry.is_symlink():
            return classify_link(root, real_root, path, article)
        if entry.is_dir(follow_symlinks=False):
            if not valid_utf8(entry.name):
                return Found(root, path, folder=True, problem=bad_name(entry.name, "folder"))
            if depth + 1 > MAX_DEPTH:
                return Found(root, path, folder=True, problem=(
                    "skipped", f"the folder lies more than {MAX_DEPTH} levels below the input: not read"))
            return Found(root, path, folder=True)
        if not article:
            return None
        if not valid_utf8(entry.name):
            return Found(root, path, problem=bad_name(entry.name, "file"))
        mode = entry.stat(follow_symlinks=False).st_mode
    except OSError as exc:
        return Found(root, path, problem=("unreadable", f"cannot read its file type: {exc.strerror}"))
    if not stat.S_ISREG(mode):
        return Found(root, path, problem=(
            "skipped", f"{kind_of(mode)}, not a regular file: not read, so that the run never blocks on it"))
    return Found(root, path)


def classify_link(root: Path, real_root: Path, path: Path, article: bool) -> Found | None:
    """A symbolic link: a file inside the input folder is read; a folder link is reported, not followed."""
    try:
        target = resolve_link(path)
        is_dir = target.is_dir()
    except OSError:
        broken: tuple[ErrorCode, str] = ("unreadable", "a broken or looping symbolic link")
        return Found(root, path, problem=broken) if article else None
    if is_dir:
        return Found(root, path, folder=True, problem=(
            "skipped", "a symbolic link to a folder: not followed (give the folder itself as an input)"))
    if not article:
        return None
    if not valid_utf8(path.name):
        return Found(root, path, problem=bad_name(path.name, "file"))
    if not target.is_relative_to(real_root):
        return Found(root, path, problem=("skipped", outside(target) + ": not read"))
    return Found(root, path)


def bad_name(name: str, what: str) -> tuple[ErrorCode, str]:
    return "bad_name", f"the {what} name '{shown(name)}' is not valid UTF-8 text: rename it to read it"
