"""The command line as a user meets it: contract commands, exit statuses, and the
main job (demo → import → report) end to end on a small synthetic corpus."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

CONTRACT_COMMANDS = ["pseudonymise", "code", "cases", "compare", "demo", "import", "report", "export", "serve"]


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "ZICHTBAAR_DEBUG": "0"}
    return subprocess.run([sys.executable, "-m", "zichtbaar", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


def test_help_lists_every_contract_command(tmp_path):
    result = run("--help", cwd=tmp_path)
    assert result.returncode == 0
    for command in CONTRACT_COMMANDS:
        assert f" {command} " in result.stdout, command


def test_stage_not_built_says_so_and_exits_1(tmp_path):
    result = run("serve", cwd=tmp_path)
    assert result.returncode == 1
    assert "not built yet" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_error_exits_2(tmp_path):
    result = run("demo", "--chats", "zeven", "-o", "x.jsonl", cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def demo_project(tmp_path_factory):
    """A small store built the way a researcher would: demo, import, report."""
    root = tmp_path_factory.mktemp("project")
    assert run("demo", "--chats", "120", "--seed", "7", "-o", "demo.jsonl", cwd=root).returncode == 0
    imported = run("import", "demo.jsonl", cwd=root)
    assert imported.returncode == 0, imported.stderr
    return root, imported


def test_demo_import_report(demo_project):
    root, imported = demo_project
    assert "120 chats added" in imported.stderr
    result = run("report", "--year", "2021", "-o", "report.html", cwd=root)
    assert result.returncode == 0, result.stderr
    html = (root / "report.html").read_text(encoding="utf-8")
    assert "<html" in html and "2021" in html

    chats = [json.loads(line) for line in (root / "demo.jsonl").read_text(encoding="utf-8").splitlines()]
    in_2021 = sum(1 for c in chats if c["started_at"].startswith("2021"))
    assert f">{in_2021}<" in html  # the report counts what the store holds


def test_reimport_changes_nothing(demo_project):
    root, _ = demo_project
    before = _table_counts(root / "zichtbaar.db")
    again = run("import", "demo.jsonl", cwd=root)
    assert again.returncode == 0, again.stderr
    assert "0 chats added, 120 already in the store" in again.stderr
    after = _table_counts(root / "zichtbaar.db")
    assert {k: v for k, v in after.items() if k not in ("imports", "audit_events")} == \
        {k: v for k, v in before.items() if k not in ("imports", "audit_events")}


def test_raw_text_never_reaches_the_store(demo_project):
    root, _ = demo_project
    truths = [json.loads(line) for line in (root / "demo.truth.jsonl").read_text(encoding="utf-8").splitlines()]
    phones = {s["text"] for t in truths for s in t["pii"] if s["type"] in ("telefoonnummer", "e-mail")}
    assert phones, "the demo corpus should contain phone numbers and e-mail addresses"
    with sqlite3.connect(root / "zichtbaar.db") as con:
        texts = "\n".join(row[0] for row in con.execute("select text from messages"))
    leaked = [p for p in phones if p in texts]
    assert not leaked


def test_bad_input_exit_2_names_place_and_changes_nothing(demo_project, tmp_path):
    root, _ = demo_project
    good = (root / "demo.jsonl").read_text(encoding="utf-8").splitlines()
    bad_chat = json.loads(good[0])
    bad_chat["chat_id"] = "nieuw-1"
    bad_chat["messages"][0]["role"] = "ouder"  # not a role of the contract
    secret_text = "mijn naam is geheimenaam"
    bad_chat["messages"][0]["text"] = secret_text
    new_chat = json.loads(good[1])
    new_chat["chat_id"] = "nieuw-0"
    bad = root / "bad.jsonl"
    bad.write_text(json.dumps(new_chat) + "\n" + json.dumps(bad_chat) + "\n", encoding="utf-8")

    before = _table_counts(root / "zichtbaar.db")
    result = run("import", "bad.jsonl", cwd=root)
    assert result.returncode == 2
    assert "bad.jsonl" in result.stderr and "line 2" in result.stderr and "role" in result.stderr
    assert secret_text not in result.stderr and "Traceback" not in result.stderr
    assert _table_counts(root / "zichtbaar.db") == before  # the good first chat was not kept either


def test_missing_file_exit_2(tmp_path):
    result = run("import", "bestaat-niet.jsonl", cwd=tmp_path)
    assert result.returncode == 2
    assert "bestaat-niet.jsonl" in result.stderr


def _table_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as con:
        tables = [r[0] for r in con.execute("select name from sqlite_master where type='table'")]
        return {t: con.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables}
