"""Fixtures shared by every test folder.

``db_url`` runs a test once on a fresh SQLite file and, when
ZICHTBAAR_TEST_PG_URL points at a PostgreSQL server, once more on a fresh
PostgreSQL database that is dropped afterwards:

    export ZICHTBAAR_TEST_PG_URL=$(scripts/postgres.sh)   # throw-away server
"""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

PG_ENV = "ZICHTBAAR_TEST_PG_URL"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """URL of an empty store database (no tables yet)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'zichtbaar.db'}"
        return
    server = os.environ.get(PG_ENV)
    if not server:
        why = f"PostgreSQL: set {PG_ENV} (scripts/postgres.sh starts a throw-away server)"
        if os.environ.get("ZICHTBAAR_REQUIRE_PG"):  # CI: a missing server is a failure, not a skip
            pytest.fail(why)
        pytest.skip(why)
    name = f"zichtbaar_test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0')
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            # FORCE: a test that left a connection open must not block the drop.
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
