"""The coding stage's commands; the main typer app registers these functions.

File mode streams: chats are read one at a time (``zichtbaar.ingest``), coded,
and written line by line to a temporary file that is renamed at the end, so a
failed run never leaves a half-coded file that looks done. Nothing here prints
chat text.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from zichtbaar.console import DEFAULT_DB, count_lines, progress_bar, stderr_console, write_lines
from zichtbaar.errors import InputError

FORMATS = ("table", "json")


def make_coder(codebook: str, model: Path | None = None):
    """The rule coder, or rules plus a learned model when one is given."""
    from zichtbaar.codebooks import UnknownCodebook, available_codebooks  # noqa: PLC0415
    from zichtbaar.coding.coder import RuleCoder  # noqa: PLC0415

    try:
        rules = RuleCoder(codebook)
    except UnknownCodebook:
        raise InputError("--codebook", None, "codebook", f"one of {', '.join(available_codebooks())}") from None
    if model is None:
        return rules
    from zichtbaar.coding.learned import LearnedCoder  # noqa: PLC0415

    if not model.is_file():
        raise InputError(str(model), None, None, "a model file written by `zichtbaar train`")
    try:
        return LearnedCoder(model, codebook)
    except (ValueError, EOFError, OSError, AttributeError, ImportError):
        raise InputError(str(model), None, None, f"a {codebook} model written by `zichtbaar train`") from None


def code(
    input: Path | None = typer.Argument(None, help="Transcripts (JSONL, CSV or text); without it, the chats in --db."),
    codebook: str = typer.Option("ckm-2021", "--codebook", help="Codebook id (ckm-2021)."),
    output: Path | None = typer.Option(None, "-o", "--output", help="CODES.jsonl to write (default: stdout)."),
    db: str | None = typer.Option(None, "--db", envvar="ZICHTBAAR_DB", help="Project store: code its chats that have no suggestions yet."),
    model: Path | None = typer.Option(None, "--model", help="Learned model from `zichtbaar train` (optional)."),
) -> None:
    """Codeer chats machinaal volgens een codeboek, met bewijs (bericht, positie, citaat) per waarde."""
    console = stderr_console()
    coder = make_coder(codebook, model)
    if input is None:
        from zichtbaar.coding.store import code_store  # noqa: PLC0415
        from zichtbaar.store import count_chats_by_year, open_store  # noqa: PLC0415

        store = open_store(db or DEFAULT_DB)
        with progress_bar(console) as progress:
            task = progress.add_task("coderen", total=sum(count_chats_by_year(store).values()))
            count = code_store(store, codebook, progress=lambda done: progress.update(task, completed=done), coder=coder)
        console.print(f"{count} chats gecodeerd in {store.url}", highlight=False)
        return
    from zichtbaar.ingest import read_chats  # noqa: PLC0415

    chats = read_chats(input)
    to_stdout = output is None or str(output) == "-"
    total = count_lines(input) if input.suffix.lower() in (".jsonl", ".ndjson") else None
    count = 0
    if to_stdout:
        with progress_bar(console) as progress:
            task = progress.add_task("coderen", total=total)
            for chat in chats:
                sys.stdout.write(coder.code(chat).to_json_line() + "\n")
                count += 1
                progress.update(task, completed=count)
        console.print(f"{count} chats gecodeerd", highlight=False)
        return
    count = write_lines(output, (coder.code(chat).to_json_line() for chat in chats), console, "coderen", total)
    console.print(f"{count} chats gecodeerd → {output}", highlight=False)


def evaluate(
    codes: Path = typer.Argument(..., help="CODES.jsonl from `zichtbaar code`."),
    truth: Path = typer.Argument(..., help="Truth: FILE.truth.jsonl of a demo corpus, or human codings in the same shape."),
    format: str = typer.Option("table", "--format", help="table or json."),
) -> None:
    """Vergelijk machinecodes met de waarheid: accuracy, macro-F1, Cohen's kappa en verwarringsmatrix per variabele."""
    from zichtbaar.coding.evaluate import evaluate_files, render_table  # noqa: PLC0415

    if format not in FORMATS:
        raise InputError("--format", None, "format", "table or json")
    result = evaluate_files(codes, truth)
    if format == "json":
        sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False, indent=1) + "\n")
    else:
        render_table(result, Console())


def train(
    db: str = typer.Option(DEFAULT_DB, "--db", envvar="ZICHTBAAR_DB", help="Project store with human-confirmed codings."),
    codebook: str = typer.Option("ckm-2021", "--codebook", help="Codebook id."),
    output: Path | None = typer.Option(None, "-o", "--output", help="Model file (default: zichtbaar-CODEBOOK.model)."),
) -> None:
    """Train de lerende coder opnieuw op de codes die codeurs hebben bevestigd of verbeterd."""
    from zichtbaar.coding.learned import NotEnoughCodings  # noqa: PLC0415
    from zichtbaar.coding.learned import train as train_models  # noqa: PLC0415
    from zichtbaar.store import open_store  # noqa: PLC0415

    make_coder(codebook)
    try:
        path = train_models(open_store(db), codebook, output)
    except NotEnoughCodings as exc:
        raise InputError(db, None, "codings", str(exc)) from None
    stderr_console().print(f"model → {path}", highlight=False)
