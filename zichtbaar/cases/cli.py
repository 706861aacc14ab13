"""The cases stage's commands; the main typer app registers these.

    zichtbaar cases IN.jsonl --from 2021-01-01 --to 2021-12-31 -o CASES.jsonl
    zichtbaar cases --from 2021-01-01 --to 2021-12-31 [--db URL] [-o CASES.jsonl]
    zichtbaar evaluate-links CASES.jsonl TRUTH.jsonl
    zichtbaar links list|confirm|reject|reopen|add ...

The funnel goes to stderr, the cases to the output file. Nothing here prints
chat text: link evidence names placeholders, codes and numbers only.
"""

from __future__ import annotations

import getpass
import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from zichtbaar.console import DbOption, KeyOption, progress_bar, stderr_console
from zichtbaar.errors import InputError

links_app = typer.Typer(help="Koppelingen tussen chats bekijken, bevestigen of afwijzen.", no_args_is_help=True)


def _actor(by: str | None) -> str:
    if by:
        return by
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "cli"


def cases(
    input: Path | None = typer.Argument(None, help="Transcripts (JSONL, CSV or text); without it: the project store."),
    from_: str = typer.Option(..., "--from", help="First day of the period (YYYY-MM-DD)."),
    to: str = typer.Option(..., "--to", help="Last day of the period, inclusive (YYYY-MM-DD)."),
    output: Path | None = typer.Option(None, "-o", "--output", help="CASES.jsonl: one line per person."),
    db: str = DbOption,
    key_file: Path = KeyOption,
    proposed: bool = typer.Option(False, "--met-voorstellen",
                                  help="Store mode: count undecided proposals as links too."),
) -> None:
    """Selecteer de periode, filter op mensenhandel, koppel dubbelingen en toon de trechter."""
    from zichtbaar.cases.period import Period

    period = Period.parse(from_, to)
    console = stderr_console()
    if input is not None:
        if output is None:
            raise InputError("command line", None, "-o", "an output path for CASES.jsonl")
        from zichtbaar.cases.files import features_from_file, select_from_features, write_cases
        from zichtbaar.privacy import load_or_create_key

        with progress_bar(console) as progress:
            task = progress.add_task("pseudonimiseren en coderen", total=None)
            chats = features_from_file(input, load_or_create_key(key_file),
                                       progress=lambda n: progress.update(task, completed=n))
        selection = select_from_features(chats, period)
        write_cases(selection, output)
    else:
        from zichtbaar.cases.api import run_links, select_store
        from zichtbaar.cases.files import write_cases
        from zichtbaar.cases.persons import Basis
        from zichtbaar.store import open_store

        with open_store(db) as store:
            with console.status("koppelingen voorstellen") as status:
                run = run_links(store, progress=lambda what: status.update(what))
            console.print(f"{run.chats} chats, {run.proposals} koppelingen voorgesteld "
                          f"({run.refresh.added} nieuw, {run.refresh.decided_kept} al beoordeeld)", highlight=False)
            selection = select_store(store, period, Basis.VOORGESTELD if proposed else Basis.BEVESTIGD)
        if output is not None:
            write_cases(selection, output)
    console.print(selection.funnel.to_text(), highlight=False, markup=False)


def evaluate_links(
    cases: Path = typer.Argument(..., help="CASES.jsonl from `zichtbaar cases`."),
    truth: Path = typer.Argument(..., help="Ground truth (ChatTruth lines with person_id)."),
    format: str = typer.Option("table", "--format", help="table or json."),
) -> None:
    """Meet de koppelingen paarsgewijs: precisie en recall tegen de ground truth."""
    from zichtbaar.cases.evaluate import evaluate_links as run

    if format not in ("table", "json"):
        raise InputError("command line", None, "--format", "table or json")
    scores = run(cases, truth)
    if format == "json":
        typer.echo(json.dumps(scores.to_json()))
        return
    typer.echo(f"chats {scores.chats}  ware paren {scores.true_pairs}  voorspelde paren {scores.predicted_pairs}")
    typer.echo(f"precisie {scores.precision:.3f}  recall {scores.recall:.3f}  F1 {scores.f1:.3f}")


@links_app.command("list")
def links_list(
    status: str | None = typer.Option("proposed", "--status", help="proposed, confirmed, rejected, or all."),
    year: int | None = typer.Option(None, "--year", help="Only links with a chat started in this year."),
    format: str = typer.Option("table", "--format", help="table or json."),
    db: str = DbOption,
) -> None:
    """Toon koppelingen met score en bewijs, beste eerst."""
    from zichtbaar.cases.decisions import list_links
    from zichtbaar.store import open_store

    if format not in ("table", "json"):
        raise InputError("command line", None, "--format", "table or json")
    with open_store(db) as store:
        links = list_links(store, None if status == "all" else status, year)
    if format == "json":
        for link in links:
            typer.echo(json.dumps({
                "id": link.id, "chat_a": link.chat_a, "chat_b": link.chat_b, "kind": link.kind, "score": link.score,
                "status": link.status, "evidence": link.evidence, "decided_by": link.decided_by,
                "decided_at": link.decided_at.isoformat() if link.decided_at else None,
            }, ensure_ascii=False))
        return
    table = Table("id", "chat a", "chat b", "soort", "score", "status", "bewijs")
    for link in links:
        evidence = "; ".join(f"{e['detail']} ({e['weight']:+})" if isinstance(e.get("weight"), (int, float))
                             else e["detail"] for e in link.evidence)
        table.add_row(str(link.id), link.chat_a, link.chat_b, link.kind,
                      "" if link.score is None else f"{link.score:.1f}", link.status, evidence)
    Console().print(table)


def _decide(verdict: str, link_id: int, db: str, by: str | None, note: str | None) -> None:
    from zichtbaar.cases.decisions import decide_link
    from zichtbaar.store import open_store

    with open_store(db) as store:
        link = decide_link(store, link_id, verdict, _actor(by), note)
    stderr_console().print(f"koppeling {link.id} ({link.chat_a} – {link.chat_b}): {link.status}", highlight=False)


@links_app.command("confirm")
def links_confirm(link_id: int = typer.Argument(...), db: str = DbOption,
                  by: str | None = typer.Option(None, "--by", help="Researcher (default: login name)."),
                  note: str | None = typer.Option(None, "--note")) -> None:
    """Bevestig: dezelfde persoon."""
    _decide("confirm", link_id, db, by, note)


@links_app.command("reject")
def links_reject(link_id: int = typer.Argument(...), db: str = DbOption,
                 by: str | None = typer.Option(None, "--by", help="Researcher (default: login name)."),
                 note: str | None = typer.Option(None, "--note")) -> None:
    """Wijs af: niet dezelfde persoon (blijft afgewezen bij een nieuwe run)."""
    _decide("reject", link_id, db, by, note)


@links_app.command("reopen")
def links_reopen(link_id: int = typer.Argument(...), db: str = DbOption,
                 by: str | None = typer.Option(None, "--by"), note: str | None = typer.Option(None, "--note")) -> None:
    """Zet een besluit terug naar 'voorgesteld'."""
    _decide("reopen", link_id, db, by, note)


@links_app.command("add")
def links_add(chat_a: str = typer.Argument(...), chat_b: str = typer.Argument(...), db: str = DbOption,
              by: str | None = typer.Option(None, "--by"), note: str | None = typer.Option(None, "--note")) -> None:
    """Koppel twee chats die de machine niet voorstelde (meteen bevestigd)."""
    from zichtbaar.cases.decisions import link_chats
    from zichtbaar.store import open_store

    with open_store(db) as store:
        link = link_chats(store, chat_a, chat_b, _actor(by), note)
    stderr_console().print(f"koppeling {link.id} ({link.chat_a} – {link.chat_b}): {link.status}", highlight=False)
