"""Command line (Typer): thin commands over plain functions in the stage modules."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from pipeline import DEFAULT_MODEL, __version__
from pipeline.ingest.read import DEFAULT_MAX_BYTES, OUTPUT_FILES

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="News extraction pipeline.")


def print_version(value: bool) -> None:
    if value:
        typer.echo(f"news-pipeline {__version__}")
        raise typer.Exit()


@app.callback()
def options(
    version: Annotated[bool, typer.Option("--version", "-V", callback=print_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """News extraction pipeline: article folders in, one JSON record per article out."""


def fail(message: str) -> None:
    """One line on stderr and exit status 2, no traceback."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


class Interrupted(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C's KeyboardInterrupt in the run's main thread."""


@contextmanager
def interruptible(what: str) -> Iterator[None]:
    """SIGTERM stops the command as Ctrl-C does: the workers are stopped, what was finished is kept
    (journalled), and one line says how to resume (exit status 128 + the signal's number)."""
    def stop(signum, frame):
        raise Interrupted

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    except KeyboardInterrupt as exc:
        number = signal.SIGTERM if isinstance(exc, Interrupted) else signal.SIGINT
        typer.echo(f"interrupted by {number.name}: the articles finished so far are kept; run the same "
                   f"{what} command again to resume", err=True)
        raise typer.Exit(128 + number) from None
    finally:
        signal.signal(signal.SIGTERM, previous)


def check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


@app.command()
def run(
    inputs: Annotated[list[Path], typer.Argument(help="Article folders (recursive), .txt or .jsonl files.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the records.")] = Path("output"),
    n_process: Annotated[int, typer.Option("--n-process", "-n", min=1, help="Worker processes.")] = 1,
    batch_size: Annotated[int, typer.Option("--batch-size", "-b", min=1, help="Articles per shard.")] = 64,
    force: Annotated[bool, typer.Option("--force", "-F", help="Redo every article.")] = False,
    model: Annotated[str, typer.Option("--model", "-m", help="Installed spaCy pipeline.")] = DEFAULT_MODEL,
    published: Annotated[str | None, typer.Option(
        callback=check_date, help="Reference date (YYYY-MM-DD) for articles that carry none.")] = None,
    no_text: Annotated[bool, typer.Option("--no-text", help="Leave the text out of the records.")] = False,
    max_bytes: Annotated[int, typer.Option(min=1, help="Size limit per article.")] = DEFAULT_MAX_BYTES,
    time_limit: Annotated[float | None, typer.Option(
        min=0.1, help="Seconds per article; a slower one goes to errors.jsonl as a timeout.")] = None,
    backend: Annotated[str, typer.Option(help="local (process pool) or dask.")] = "local",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (default: local).")] = None,
) -> None:
    """Extract entities, quotes, numbers and dates from every article into OUTPUT."""
    from pipeline.tablecache import long_lived

    with long_lived():  # modules: the collections during the imports would walk them in vain
        from pipeline.archive.files import ArchiveError
        from pipeline.nlp.loader import ModelNotFoundError, check_model
        from pipeline.runner.run import NoInputError
        from pipeline.runner.run import run as run_pipeline
        from pipeline.runner.shard import Settings

    check_output(output)
    for path in inputs:
        if not path.exists():
            fail(f"input {path} does not exist")
        if path.is_file() and path.resolve().parent == output.resolve() and path.name in OUTPUT_FILES:
            fail(f"input {path} is a file the run writes in {output}: choose another output folder")
    if backend not in ("local", "dask"):
        raise typer.BadParameter("--backend is local or dask")
    try:
        check_model(model)
    except ModelNotFoundError as exc:
        fail(str(exc))
    settings = Settings(model=model, with_text=not no_text, published=published, max_bytes=max_bytes,
                        time_limit=time_limit)
    with interruptible("run"):
        try:
            with progress_bar() as advance:
                summary = run_pipeline(inputs, output, settings, n_process, batch_size, force, advance,
                                       backend, scheduler)
        except (NoInputError, ArchiveError, OSError, RuntimeError) as exc:
            fail(str(exc))
    typer.echo(summary.line())


def check_output(output: Path) -> None:
    """Fail with one line when the output folder, or a folder above it, is a file."""
    for folder in (output, *output.parents):
        if folder.exists():
            if not folder.is_dir():
                where = "" if folder == output else f" (so {output} cannot be created)"
                fail(f"the output {folder} is a file, not a folder{where}: choose another output folder")
            return


class progress_bar:
    """A rich progress bar on a terminal, nothing in a log: "articles ━━━ 128/2225 0:01:40 left". Yields
    `update(n, total=None)`: n more done; with `total`, the inputs are counted (the run's survey) and
    the clock starts, so the time left is that of the model's work."""

    def __enter__(self):
        if not sys.stderr.isatty():
            self.progress = None
            return None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self.progress = Progress("{task.description}", BarColumn(), MofNCompleteColumn(),
                                 TextColumn("{task.fields[left]}"), transient=True)
        self.progress.start()
        self.task = self.progress.add_task("reading inputs", total=None, left="")
        return self.update

    def update(self, n: int, total: int | None = None) -> None:
        task = self.progress.tasks[0]
        if total is not None:
            self.counted = (time.monotonic(), int(task.completed) + n)
            self.progress.update(self.task, total=total, completed=self.counted[1], description="articles",
                                 left="-:--:-- left")
            return
        self.progress.advance(self.task, n)
        if task.total is not None:
            self.progress.update(self.task, left=time_left(*self.counted, task.completed, task.total))

    def __exit__(self, *exc) -> None:
        if self.progress:
            self.progress.stop()


def time_left(since: float, base: int, done: float, total: float) -> str:
    """The time left at the pace kept since the inputs were counted: "0:01:40 left"."""
    elapsed, gained = time.monotonic() - since, done - base
    if gained <= 0 or elapsed <= 0:
        return "-:--:-- left"
    seconds = round((total - done) * elapsed / gained)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d} left"


@app.command()
def records(
    archive: Annotated[Path, typer.Argument(help="An archive (the output folder of runs).")],
    batch: Annotated[str | None, typer.Option(help="Only the records this batch produced.")] = None,
    since: Annotated[str | None, typer.Option(
        callback=check_date, help="Only records of batches started on or after this date.")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="The current errors instead.")] = False,
    unique: Annotated[bool, typer.Option(
        "--unique", help="Leave out syndicated copies of earlier articles (meta.duplicate_of).")] = False,
) -> None:
    """Stream the current records of an archive as JSONL: each article once, in a stable order."""
    from pipeline.archive.files import ArchiveError
    from pipeline.archive.reader import MissingRecordsError, lines

    out = sys.stdout.buffer
    try:
        for line in lines(archive, "error" if errors else "record", batch, since, unique):
            out.write(line)
        out.flush()
    except BrokenPipeError:  # `pipeline records out/ | head`
        sys.stderr.close()
    except (ArchiveError, MissingRecordsError, OSError) as exc:
        fail(str(exc))


@app.command()
def index(
    archive: Annotated[Path, typer.Argument(help="An archive.")],
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Rebuild it from the batch folders.")] = False,
) -> None:
    """Check the archive's index (and bring it up to date), or rebuild it from the part files."""
    from pipeline.archive import store
    from pipeline.archive.files import ArchiveError, Lock

    try:
        if rebuild:
            if not store.is_archive(archive):
                fail(f"{archive} is not an archive")
            with Lock(archive):
                store.rebuild(archive).close()
        with store.Archive.open(archive, write=True) as opened:
            batches = opened.index.batches()
            current = sum(1 for _ in opened.index.rows())
    except ArchiveError as exc:
        fail(str(exc))
    typer.echo(f"{archive}: {len(batches)} batches, {current} current records; index "
               + ("rebuilt" if rebuild else "up to date"))


@app.command()
def migrate(archive: Annotated[Path, typer.Argument(help="An output folder of an earlier release.")]) -> None:
    """Make an output folder of the release before the archive an archive with one batch."""
    from pipeline.archive import migrate as legacy
    from pipeline.archive import store
    from pipeline.archive.files import ArchiveError

    if store.is_archive(archive):
        typer.echo(f"{archive} is already an archive")
        return
    if not legacy.is_legacy(archive):
        fail(f"{archive} is not an output folder of this pipeline")
    try:
        store.Archive.open(archive, write=True).close()
    except ArchiveError as exc:
        fail(str(exc))


@app.command()
def forget(
    archive: Annotated[Path, typer.Argument(help="An archive.")],
    ids: Annotated[list[str], typer.Argument(help="Article ids to take down.")],
) -> None:
    """Take articles down: out of the current view, their lines out of the part files that hold them."""
    from pipeline.archive.files import ArchiveError
    from pipeline.archive.forget import forget as take_down
    from pipeline.archive.store import Archive
    from pipeline.runner.run import now

    try:
        with Archive.open(archive, write=True) as opened:
            done = take_down(opened, ids, now())
    except ArchiveError as exc:
        fail(str(exc))
    for unknown in done["unknown"]:
        typer.echo(f"warning: no article {unknown!r} in {archive}", err=True)
    typer.echo(f"forgot {len(done['forgotten'])} articles ({done['parts']} part files rewritten)")
    if done["unknown"] and not done["forgotten"]:
        raise typer.Exit(1)


@app.command()
def reprocess(
    archive: Annotated[Path, typer.Argument(help="An archive.")],
    n_process: Annotated[int, typer.Option("--n-process", "-n", min=1, help="Worker processes.")] = 1,
    batch_size: Annotated[int, typer.Option("--batch-size", "-b", min=1, help="Articles per task.")] = 64,
    time_limit: Annotated[float | None, typer.Option(min=0.1, help="Seconds per article.")] = None,
    backend: Annotated[str, typer.Option(help="local (process pool) or dask.")] = "local",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (default: local).")] = None,
) -> None:
    """Bring the records older pipeline versions made to this version, batch by batch (resumable)."""
    from pipeline.tablecache import long_lived

    with long_lived():  # as in `run`
        from pipeline.archive.files import ArchiveError
        from pipeline.runner.reprocess import reprocess as redo
        from pipeline.runner.shard import Settings

    settings = Settings(time_limit=time_limit)
    with interruptible("reprocess"):
        try:
            with progress_bar() as advance:
                done = redo(archive, settings, n_process, batch_size, backend, scheduler, advance)
        except (ArchiveError, OSError, RuntimeError) as exc:
            fail(str(exc))
    for item in done:
        kept = f", {item.kept} left as they were (no source file and no text)" if item.kept else ""
        typer.echo(f"batch {item.old}: {item.redone} lines redone into batch {item.new}{kept}")
    typer.echo(f"{len(done)} batches reprocessed" if done else "every record is of this version already")


@app.command()
def schema() -> None:
    """Print the JSON Schema of one records.jsonl line."""
    from pipeline.record.types import record_schema

    typer.echo(json.dumps(record_schema(), indent=2))


@app.command()
def version() -> None:
    """Print the pipeline version."""
    typer.echo(__version__)


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="Output folder of a run (holding records.jsonl).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="parquet or csv.")] = "parquet",
    dest: Annotated[Path | None, typer.Option("--output", "-o", help="Table folder [OUT/tables].")] = None,
) -> None:
    """Flatten records.jsonl into tables (articles, entities, mentions, quotes, numbers, dates)."""
    from pipeline.archive.files import ArchiveError
    from pipeline.archive.reader import MissingRecordsError
    from pipeline.outputs.export import export as export_tables

    fmt = fmt.lower()
    if fmt not in ("parquet", "csv"):
        fail(f"unknown format {fmt!r}: use parquet or csv")
    try:
        tables = export_tables(out, fmt, dest)
    except (MissingRecordsError, ArchiveError) as exc:
        fail(str(exc))
    except ImportError as exc:
        if not (exc.name or "").startswith("pyarrow"):
            raise
        fail("pyarrow is not installed: install the export extra: pip install '.[export]'")
    except OSError as exc:
        fail(str(exc))
    folder = next(iter(tables.values()))[0].parent
    counts = ", ".join(f"{name} {rows}" for name, (_, rows) in tables.items())
    typer.echo(f"wrote {len(tables)} {fmt} tables to {folder}: {counts}")


@app.command()
def report(
    out: Annotated[Path, typer.Argument(help="An archive (or a folder holding records.jsonl).")],
    dest: Annotated[Path | None, typer.Option("--output", "-o", help="HTML file [OUT/report.html].")] = None,
    batch: Annotated[str | None, typer.Option(help="Only the records of this batch.")] = None,
    title: Annotated[str | None, typer.Option("--title", help="Page title.")] = None,
) -> None:
    """Write one self-contained HTML page to browse the articles and their highlighted items."""
    from pipeline.archive.files import ArchiveError
    from pipeline.archive.reader import MissingRecordsError
    from pipeline.outputs.report import build_report

    dest = dest or out / "report.html"
    try:
        stats = build_report(out, dest, title, batch)
    except (MissingRecordsError, ArchiveError, OSError) as exc:
        fail(str(exc))
    typer.echo(f"wrote {dest}: {stats['articles']} articles, {stats['errors']} errors")


@app.command()
def entities(
    output: Annotated[Path, typer.Argument(help="An archive (or a folder holding records.jsonl).")],
    batch: Annotated[str | None, typer.Option(help="Only the records of this batch.")] = None,
    top: Annotated[int, typer.Option(help="How many entities to print.")] = 20,
) -> None:
    """Merge the entities of every article into a run-wide catalog (OUTPUT/entities.jsonl)."""
    from pipeline.archive.files import ArchiveError
    from pipeline.outputs import catalog

    try:
        target, found = catalog.write(output, batch)
    except (FileNotFoundError, ArchiveError) as exc:
        fail(str(exc))
    for entity in found[:top]:
        typer.echo(f"{len(entity['articles']):6} articles  {entity['mentions']:6} mentions  "
                   f"{entity['label']:<8} {entity['name']}")
    typer.echo(f"wrote {target}: {len(found)} entities")


def main() -> None:
    """Entry point: unexpected failures end in one line, not a traceback (PIPELINE_DEBUG=1 shows it)."""
    try:
        app()
    except Exception as exc:  # the last guard: a person reads this, not a developer
        if os.environ.get("PIPELINE_DEBUG"):
            raise
        typer.echo(f"error: internal error: {type(exc).__name__}: {exc}", err=True)
        sys.exit(1)
