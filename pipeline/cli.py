"""Command line (Typer): thin commands over plain functions in the stage modules."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

import typer

from pipeline import __version__
from pipeline.nlp import DEFAULT_MODEL
from pipeline.read import DEFAULT_MAX_BYTES

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="News extraction pipeline.")


def fail(message: str) -> None:
    """One line on stderr and exit status 2, no traceback."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


def check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


@app.command()
def run(
    inputs: list[Path] = typer.Argument(..., help="Article folders (searched recursively), .txt or .jsonl files."),
    output: Path = typer.Option(Path("output"), "--output", "-o", help="Folder for records.jsonl, errors.jsonl, manifest.json."),
    n_process: int = typer.Option(1, "--n-process", "-n", min=1, help="Worker processes."),
    batch_size: int = typer.Option(16, "--batch-size", "-b", min=1, help="Articles per shard."),
    force: bool = typer.Option(False, "--force", "-F", help="Redo every article, even unchanged ones."),
    model: str = typer.Option(DEFAULT_MODEL, "--model", "-m", help="Installed spaCy pipeline (name or path)."),
    published: str | None = typer.Option(None, "--published", callback=check_date,
                                         help="Reference date (YYYY-MM-DD) for articles that carry none."),
    no_text: bool = typer.Option(False, "--no-text", help="Leave the article text out of the records."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Size limit per article."),
) -> None:
    """Extract entities, quotes, numbers and dates from every article into OUTPUT."""
    from pipeline.run import NoInputError
    from pipeline.run import run as run_pipeline
    from pipeline.shard import Settings
    from pipeline.write import OutputError

    for path in inputs:
        if not path.exists():
            fail(f"input {path} does not exist")
        if path.is_file() and path.resolve().is_relative_to(output.resolve()):
            fail(f"input {path} lies inside the output folder {output}, which a run overwrites")
    settings = Settings(model=model, with_text=not no_text, published=published, max_bytes=max_bytes,
                        today=dt.date.today().isoformat())
    try:
        with progress_bar() as advance:
            summary = run_pipeline(inputs, output, settings, n_process, batch_size, force, advance)
    except (NoInputError, OutputError, OSError) as exc:
        fail(str(exc))
    typer.echo(summary.line())


class progress_bar:
    """A rich progress bar on a terminal, nothing in a log; yields an `advance(n)` callable."""

    def __enter__(self):
        if not sys.stderr.isatty():
            self.progress = None
            return None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self.progress = Progress("articles", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                                 transient=True)
        self.progress.start()
        self.task = self.progress.add_task("run", total=None)
        return lambda n: self.progress.advance(self.task, n)

    def __exit__(self, *exc) -> None:
        if self.progress:
            self.progress.stop()


@app.command()
def schema() -> None:
    """Print the JSON Schema of one records.jsonl line."""
    from pipeline.types import record_schema

    typer.echo(json.dumps(record_schema(), indent=2))


@app.command()
def version() -> None:
    """Print the pipeline version."""
    typer.echo(__version__)


def main() -> None:
    """Entry point: unexpected failures end in one line, not a traceback (PIPELINE_DEBUG=1 shows it)."""
    try:
        app()
    except Exception as exc:  # the last guard: a person reads this, not a developer
        if os.environ.get("PIPELINE_DEBUG"):
            raise
        typer.echo(f"error: internal error: {type(exc).__name__}: {exc}", err=True)
        sys.exit(1)
