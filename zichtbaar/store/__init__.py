"""The project store: SQLAlchemy models, Alembic migrations, and the import of
transcript files (pseudonymised first) into SQLite or PostgreSQL.

    store = open_store("sqlite:///zichtbaar.db")   # schema created/upgraded here
    result = import_file(store, Path("export.jsonl"), pseudonymiser)
    with store.session() as s: ...                # one transaction
"""

from zichtbaar.store.db import DEFAULT_URL, Store, open_store
from zichtbaar.store.importer import ImportResult, import_chats, import_file
from zichtbaar.store.queries import count_chats_by_year, iter_chats, load_chat, record_event, save_codebook_version

__all__ = [
    "DEFAULT_URL",
    "ImportResult",
    "Store",
    "count_chats_by_year",
    "import_chats",
    "import_file",
    "iter_chats",
    "load_chat",
    "open_store",
    "record_event",
    "save_codebook_version",
]
