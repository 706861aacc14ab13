"""Schema creation through the Alembic migrations, on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import time

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, select, text

from zichtbaar.store import DEFAULT_URL, open_store
from zichtbaar.store.db import alembic_config, upgrade
from zichtbaar.store.models import Base, Person

TABLES = {
    "alembic_version", "audit_events", "chat_links", "chat_pseudonyms", "chats", "codebook_versions", "codebooks",
    "codings", "imports", "messages", "persons", "users",
}


def _head() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _revision(engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def test_default_url_is_a_sqlite_file_in_the_working_directory():
    assert DEFAULT_URL == "sqlite:///zichtbaar.db"


def test_open_creates_every_table_at_the_newest_revision(db_url):
    with open_store(db_url) as store:
        assert set(inspect(store.engine).get_table_names()) == TABLES
        assert _revision(store.engine) == _head()


def test_migrations_build_exactly_what_the_models_describe(db_url):
    with open_store(db_url) as store, store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_opening_an_existing_store_again_changes_nothing(db_url):
    with open_store(db_url) as store:
        with store.session() as session:
            session.add(Person(label="p0001"))
        schema_before = _schema(store.engine)
    with open_store(db_url) as again:
        assert _schema(again.engine) == schema_before
        assert _revision(again.engine) == _head()
        with again.session() as session:
            assert session.scalars(select(Person.label)).all() == ["p0001"]


def test_downgrade_to_base_and_upgrade_again(db_url):
    with open_store(db_url) as store:
        command.downgrade(alembic_config(store.engine), "base")
        assert set(inspect(store.engine).get_table_names()) == {"alembic_version"}
        upgrade(store.engine)
        assert set(inspect(store.engine).get_table_names()) == TABLES


def test_sqlite_store_uses_wal_and_enforces_foreign_keys(tmp_path):
    path = tmp_path / "project.db"
    with open_store(f"sqlite:///{path}") as store, store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    # WAL is a property of the file: a plain sqlite3 client sees it too.
    plain = create_engine(f"sqlite:///{path}")
    with plain.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    plain.dispose()


def _schema(engine) -> dict:
    inspector = inspect(engine)
    return {
        table: (
            [(c["name"], str(c["type"]), c["nullable"]) for c in inspector.get_columns(table)],
            sorted(i["name"] for i in inspector.get_indexes(table)),
        )
        for table in sorted(inspector.get_table_names())
    }


def test_processes_opening_a_new_store_at_once_all_succeed(db_url):
    """Two coders (or `serve` and `import`) starting on a new store at the same moment."""
    code = ("import sys, time; from zichtbaar.store import open_store; "
            "time.sleep(max(0.0, float(sys.argv[2]) - time.time())); open_store(sys.argv[1]).close()")
    start = time.time() + 2.0  # after every interpreter has started
    runs = [subprocess.Popen([sys.executable, "-c", code, db_url, str(start)], stderr=subprocess.PIPE, text=True)
            for _ in range(3)]
    failures = [run.stderr.read()[-300:] for run in runs if run.wait(timeout=60) != 0]
    assert failures == []
    with open_store(db_url) as store:
        assert _revision(store.engine) == _head()
