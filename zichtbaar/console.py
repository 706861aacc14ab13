"""What every command shares: the console on stderr, progress bars, and the
options that name the project store and the secret key.

Output for people goes to stderr so that stdout stays free for data (JSON,
CODES.jsonl). Progress bars show on a terminal, or everywhere with
ZICHTBAAR_PROGRESS=1.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

DEFAULT_DB = "sqlite:///zichtbaar.db"

DbOption = typer.Option(
    DEFAULT_DB, "--db", envvar="ZICHTBAAR_DB",
    help="Project store URL (sqlite:///FILE or postgresql+psycopg://USER:PW@HOST/DB).",
)
KeyOption = typer.Option(
    Path("zichtbaar.key"), "--key-file", envvar="ZICHTBAAR_KEY_FILE",
    help="Secret key for store-wide pseudonyms (created on first use; keep it private).",
)


def stderr_console() -> Console:
    return Console(stderr=True)


def progress_bar(console: Console) -> Progress:
    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, disable=not console.is_terminal and os.environ.get("ZICHTBAAR_PROGRESS") != "1",
    )


def count_lines(path: Path) -> int | None:
    """A cheap total for a progress bar; None when counting would be costly."""
    try:
        if path.stat().st_size > 2_000_000_000:
            return None
        with open(path, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return None


def write_lines(output: Path, lines: Iterable[str], console: Console, description: str, total: int | None) -> int:
    """Write one line per item with a progress bar, into ``OUTPUT.part`` that is
    renamed at the end: a failed run never leaves a half-written file that looks
    done. Returns the number of lines written."""
    from zichtbaar.errors import InputError

    temporary = output.with_name(output.name + ".part")
    count = 0
    try:
        with progress_bar(console) as progress, open(temporary, "w", encoding="utf-8", newline="\n") as out:
            task = progress.add_task(description, total=total)
            for line in lines:
                out.write(line)
                out.write("\n")
                count += 1
                if count % 100 == 0:
                    progress.update(task, completed=count)
            progress.update(task, completed=count)
        os.replace(temporary, output)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise InputError(str(output), None, None, "a writable output path") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return count
