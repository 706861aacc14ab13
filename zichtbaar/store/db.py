"""Opening the project store: one URL decides SQLite file or PostgreSQL server.

The schema is always brought to the newest Alembic revision on open, so a
researcher never runs migrations by hand and an older store keeps working after
an update of the tool.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_URL = "sqlite:///zichtbaar.db"
MIGRATIONS = Path(__file__).parent / "migrations"
SQLITE_BEGIN = "zichtbaar_sqlite_begin"  # execution option: "IMMEDIATE" or "" (deferred)


class Store:
    """The project store: an engine plus sessions that are one transaction each."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """Commit when the block ends normally, roll back on any exception
        (also Ctrl-C), so a half-done import never becomes visible."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"


def open_store(url: str = DEFAULT_URL) -> Store:
    """Connect to the store at ``url`` and create or upgrade its schema."""
    engine = _engine(url)
    try:
        upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine)


def alembic_config(engine: Engine | None = None) -> Config:
    """Alembic configured from code: the migrations ship inside the package,
    so there is no alembic.ini to find. For a new revision during development:
    ``command.revision(alembic_config(engine), "message", autogenerate=True)``."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate to ``revision``. A store already at head is only read: opening
    it must not wait for the write lock an import may hold for minutes."""
    config = alembic_config(engine)
    if revision == "head":
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
        if current == ScriptDirectory.from_config(config).get_current_head():
            return
    command.upgrade(config, revision)


def _engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True)
    # timeout: wait for another writer (the web workbench while an import runs)
    # instead of failing at once with "database is locked".
    engine = create_engine(parsed, connect_args={"timeout": 30})
    event.listen(engine, "connect", _sqlite_on_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_on_connect(dbapi_connection, _record) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin:
    # the module's own handling commits before DDL and so would break both
    # transactional migrations and the all-or-nothing import.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers do not block the writer
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(connection) -> None:
    # BEGIN IMMEDIATE where asked (migrations): take the write lock first, so
    # two processes migrating a new store wait for each other instead of failing.
    mode = connection.get_execution_options().get(SQLITE_BEGIN, "")
    connection.exec_driver_sql(f"BEGIN {mode}".strip())
