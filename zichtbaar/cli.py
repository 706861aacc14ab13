"""The `zichtbaar` command: one subcommand per thing a researcher does.

Commands stay thin: they parse options, show progress and call the stage that
does the work. Heavy libraries (deduce, scipy, scikit-learn, matplotlib,
WeasyPrint, SQLAlchemy) load inside the commands; the stage packages export
lazily (``zichtbaar.lazy``), so ``zichtbaar --help`` answers in a fraction of a
second.

Exit status is part of the contract: 0 success, 2 bad input (the message names
file, line and field), 1 anything else. Tracebacks are never shown by default:
an exception message can carry raw chat text (set ZICHTBAAR_DEBUG=1 to see them).
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import typer

from zichtbaar.console import DbOption, KeyOption, count_lines, progress_bar, stderr_console
from zichtbaar.errors import InputError, NotBuiltYet

app = typer.Typer(
    name="zichtbaar",
    help="Van anonieme hulplijnchats naar het jaarrapport over onzichtbare slachtoffers van mensenhandel.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = stderr_console()


@contextmanager
def progress_callback(description: str, total: int | None) -> Iterator:
    """A progress bar on stderr; yields a callback taking 'done so far'."""
    with progress_bar(err) as progress:
        task = progress.add_task(description, total=total)
        yield lambda done: progress.update(task, completed=done)


@app.command()
def demo(
    chats: int = typer.Option(2000, "--chats", min=1, help="Number of chats."),
    seed: int = typer.Option(1, "--seed", help="Random seed (same seed, same corpus)."),
    output: Path = typer.Option(..., "-o", "--output", help="Transcript JSONL to write; ground truth goes to FILE.truth.jsonl."),
) -> None:
    """Maak een synthetisch Nederlands chatcorpus (2019-2023) met de grondwaarheid ernaast."""
    from zichtbaar.synth import write_corpus

    with progress_callback("demo-corpus", chats) as advance:
        truth = write_corpus(output, chats=chats, seed=seed, progress=advance)
    err.print(f"{chats} chats → {output}, ground truth → {truth}")


@app.command("import")
def import_(
    file: Path = typer.Argument(..., help="Transcript file: .jsonl, .csv or .txt (see docs/formats.md)."),
    db: str = DbOption,
    key_file: Path = KeyOption,
) -> None:
    """Pseudonimiseer een transcriptbestand en voeg de chats toe aan de projectdatabase (alles of niets)."""
    from zichtbaar.privacy import Pseudonymiser, load_or_create_key
    from zichtbaar.store import import_file, open_store

    if not file.exists():
        raise InputError(str(file), None, None, "an existing transcript file")
    store = open_store(db)
    pseudonymiser = Pseudonymiser(load_or_create_key(key_file))
    total = count_lines(file) if file.suffix.lower() in (".jsonl", ".ndjson") else None
    with progress_callback("import", total) as advance:
        result = import_file(store, file, pseudonymiser, progress=advance)
    err.print(f"{result.added} chats added, {result.already_present} already in the store ({file.name})")


@app.command()
def report(
    year: int = typer.Option(..., "--year", help="Reporting year (persons whose first chat falls in it)."),
    output: Path = typer.Option(..., "-o", "--output", help="report.html or report.pdf."),
    db: str = DbOption,
) -> None:
    """Schrijf het jaarrapport (HTML of PDF) uit de projectdatabase."""
    from zichtbaar.report import write_report
    from zichtbaar.store import open_store

    write_report(open_store(db), year, output)
    err.print(f"report → {output}")


@app.command()
def citaat(
    chat_id: str = typer.Argument(..., help="The chat the passage is in."),
    message: int = typer.Option(..., "--message", min=0, help="Message index in the chat (from 0)."),
    start: int = typer.Option(..., "--start", min=0, help="First character of the passage."),
    end: int = typer.Option(..., "--end", min=1, help="Character after the passage."),
    by: str = typer.Option(..., "--by", help="Username of the researcher who selects it."),
    theme: str | None = typer.Option(None, "--theme", help="Theme the quote illustrates (shown in the report)."),
    db: str = DbOption,
) -> None:
    """Kies een (gepseudonimiseerd) citaat voor het rapport."""
    from zichtbaar.report.quotes import select_quote
    from zichtbaar.store import open_store

    quote = select_quote(open_store(db), chat_id, message, start, end, by, theme)
    err.print(f"citaat uit {quote.chat_id}, bericht {quote.message}: \u201c{quote.text}\u201d", highlight=False, markup=False)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port"),
    db: str = DbOption,
) -> None:
    """Start de codeerwerkbank (nog niet gebouwd)."""
    raise NotBuiltYet("the review stage (the coding workbench) is not built yet in this version of zichtbaar")


def _register_stage_commands() -> None:
    """Commands whose options belong to a stage live in that stage's cli module."""
    from zichtbaar.analysis import cli as analysis_cli
    from zichtbaar.cases import cli as cases_cli
    from zichtbaar.coding import cli as coding_cli
    from zichtbaar.export import cli as export_cli
    from zichtbaar.privacy import cli as privacy_cli

    app.command("pseudonymise")(privacy_cli.pseudonymise)
    app.command("evaluate-privacy")(privacy_cli.evaluate_privacy)
    app.command("code")(coding_cli.code)
    app.command("evaluate")(coding_cli.evaluate)
    app.command("train")(coding_cli.train)
    app.command("cases")(cases_cli.cases)
    app.command("evaluate-links")(cases_cli.evaluate_links)
    app.add_typer(cases_cli.links_app, name="links")
    app.command("compare")(analysis_cli.compare)
    app.command("export")(export_cli.export)


_register_stage_commands()


def main() -> None:
    """Entry point: maps errors to the exit statuses of the contract.

    Typer itself turns usage errors into exit 2; what commands raise lands here.
    """
    try:
        app()
    except InputError as exc:
        err.print(f"error: {exc}", highlight=False, markup=False)
        sys.exit(2)
    except NotBuiltYet as exc:
        err.print(f"not available: {exc}", highlight=False, markup=False)
        sys.exit(1)
    except Exception as exc:  # noqa: BLE001 - last line of defence, see module docstring
        if os.environ.get("ZICHTBAAR_DEBUG") == "1":
            raise
        err.print(f"error: unexpected {type(exc).__name__}; run again with ZICHTBAAR_DEBUG=1 for details")
        sys.exit(1)
