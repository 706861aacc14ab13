"""Alembic environment for the store migrations.

``zichtbaar.store.db.alembic_config`` hands over the engine in
``config.attributes["engine"]``; migrations run inside one transaction, so a
failed upgrade leaves the store as it was (SQLite included: DDL is transactional
there too), and concurrent upgrades wait for each other (BEGIN IMMEDIATE on
SQLite, an advisory lock on PostgreSQL).
"""

from alembic import context
from sqlalchemy import create_engine

from zichtbaar.store.db import SQLITE_BEGIN
from zichtbaar.store.models import Base

MIGRATION_LOCK = 0x7A696368  # "zich": any constant shared by every zichtbaar process

config = context.config


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:  # plain `alembic -x url=...` use during development
        engine = create_engine(context.get_x_argument(as_dictionary=True)["url"])
    with engine.connect().execution_options(**{SQLITE_BEGIN: "IMMEDIATE"}) as connection:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
            compare_type=True,
        )
        with context.begin_transaction():
            if connection.dialect.name == "postgresql":
                # Serialise concurrent upgrades (two coders starting at once);
                # the lock ends with the transaction.
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported; run against a database")
run_migrations_online()
