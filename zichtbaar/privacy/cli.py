"""The privacy stage's commands; the main typer app registers these functions.

Output is written to a temporary file beside the target and renamed at the
end, so a failed run never leaves a half-pseudonymised file that looks done.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console

from zichtbaar.console import KeyOption, count_lines, stderr_console, write_lines
from zichtbaar.errors import InputError

FORMATS = ("table", "json")


def pseudonymise(
    input: Path = typer.Argument(..., help="Transcripts (JSONL, CSV or text)."),
    output: Path = typer.Option(..., "-o", "--output", help="Pseudonymised JSONL (same schema)."),
    key_file: Path = KeyOption,
    workers: int = typer.Option(2, "--workers", min=1, help="Processes; 1 runs in this process."),
    surrogates: bool = typer.Option(False, "--surrogates", help="Fake names and towns instead of [naam-1], [plaats-1]."),
) -> None:
    """Pseudonimiseer chats: namen, plaatsen, scholen, accounts, nummers en adressen eruit."""
    from zichtbaar.ingest import read_chats  # noqa: PLC0415
    from zichtbaar.privacy import Pseudonymiser, load_or_create_key  # noqa: PLC0415

    chats = read_chats(input)
    pseudonymiser = Pseudonymiser(load_or_create_key(key_file), surrogates=surrogates)
    console = stderr_console()
    results = pseudonymiser.pseudonymise_many(chats, workers=workers)
    lines = (json.dumps(result.chat.to_json_dict(), ensure_ascii=False) for result in results)
    count = write_lines(output, lines, console, "pseudonimiseren", count_lines(input))
    console.print(f"{count} chats gepseudonimiseerd → {output}", highlight=False)


def evaluate_privacy(
    output: Path = typer.Argument(..., help="Pseudonymised JSONL."),
    truth: Path = typer.Argument(..., help="Ground truth (FILE.truth.jsonl)."),
    format: str = typer.Option("table", "--format", help="table or json."),
    original: Path | None = typer.Option(None, "--original",
                                         help="Original corpus (default: the truth's FILE.jsonl)."),
) -> None:
    """Meet lekken per PII-type en verwijderde gewone woorden tegen de grondwaarheid."""
    from zichtbaar.ingest import read_chats  # noqa: PLC0415
    from zichtbaar.privacy.evaluate import evaluate, read_truth, render_table, to_json  # noqa: PLC0415

    if format not in FORMATS:
        raise InputError("--format", None, None, "one of " + ", ".join(FORMATS))
    truths = read_truth(truth)
    if original is None and truth.name.endswith(".truth.jsonl"):
        candidate = truth.with_name(truth.name.removesuffix(".truth.jsonl") + ".jsonl")
        original = candidate if candidate.is_file() else None
    originals = list(read_chats(original)) if original is not None else None
    result = evaluate(read_chats(output), truths, originals)
    if format == "json":
        sys.stdout.write(to_json(result) + "\n")
    else:
        Console().print(render_table(result))
