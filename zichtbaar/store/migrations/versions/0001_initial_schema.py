"""Initial schema: chats, messages, pseudonyms, persons, imports, codebooks,
codings, users and audit events.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# A copy, not an import of models.JsonValue: a migration must not change when the models do.
Json = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=100), nullable=False),
        sa.Column("target", sa.String(length=300), nullable=True),
        sa.Column("detail", Json, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    op.create_index(op.f("ix_audit_events_at"), "audit_events", ["at"])

    op.create_table(
        "codebooks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_codebooks")),
        sa.UniqueConstraint("name", name=op.f("uq_codebooks_name")),
    )

    op.create_table(
        "imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("chats_added", sa.Integer(), nullable=False),
        sa.Column("chats_already_present", sa.Integer(), nullable=False),
        sa.Column("messages_added", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imports")),
    )
    op.create_index(op.f("ix_imports_sha256"), "imports", ["sha256"])

    op.create_table(
        "persons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
        sa.UniqueConstraint("label", name=op.f("uq_persons_label")),
    )

    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=50), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )

    op.create_table(
        "chats",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.String(length=200), nullable=False),
        sa.Column("visitor", sa.String(length=200), nullable=False),
        sa.Column("channel", sa.String(length=100), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=False),
        sa.Column("profile_age", sa.Integer(), nullable=True),
        sa.Column("profile_gender", sa.String(length=20), nullable=True),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["import_id"], ["imports.id"], name=op.f("fk_chats_import_id_imports")),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_chats_person_id_persons"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chats")),
        sa.UniqueConstraint("chat_id", name=op.f("uq_chats_chat_id")),
    )
    op.create_index(op.f("ix_chats_import_id"), "chats", ["import_id"])
    op.create_index(op.f("ix_chats_person_id"), "chats", ["person_id"])
    op.create_index(op.f("ix_chats_started_at"), "chats", ["started_at"])

    op.create_table(
        "codebook_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("codebook_id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.String(length=100), nullable=False),
        sa.Column("definition", Json, nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["codebook_id"], ["codebooks.id"], name=op.f("fk_codebook_versions_codebook_id_codebooks")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_codebook_versions")),
        sa.UniqueConstraint("version_id", name=op.f("uq_codebook_versions_version_id")),
    )
    op.create_index(op.f("ix_codebook_versions_codebook_id"), "codebook_versions", ["codebook_id"])

    op.create_table(
        "chat_pseudonyms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.Integer(), nullable=False),
        sa.Column("placeholder", sa.String(length=100), nullable=False),
        sa.Column("type", sa.String(length=50), nullable=False),
        sa.Column("key", sa.String(length=128), nullable=False),
        sa.ForeignKeyConstraint(
            ["chat_id"], ["chats.id"], name=op.f("fk_chat_pseudonyms_chat_id_chats"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chat_pseudonyms")),
        sa.UniqueConstraint("chat_id", "type", "key", name=op.f("uq_chat_pseudonyms_chat_id_type_key")),
    )
    op.create_index(op.f("ix_chat_pseudonyms_key"), "chat_pseudonyms", ["key"])

    op.create_table(
        "codings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.Integer(), nullable=False),
        sa.Column("codebook_version_id", sa.Integer(), nullable=False),
        sa.Column("variable", sa.String(length=300), nullable=False),
        sa.Column("value", Json, nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("machine_coder", sa.String(length=100), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("evidence", Json, nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("reviewed_by_id", sa.Integer(), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "status IN ('suggested', 'accepted', 'rejected', 'edited')", name=op.f("ck_codings_status")
        ),
        sa.CheckConstraint("(user_id IS NULL) <> (machine_coder IS NULL)", name=op.f("ck_codings_one_coder")),
        sa.ForeignKeyConstraint(["chat_id"], ["chats.id"], name=op.f("fk_codings_chat_id_chats"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["codebook_version_id"],
            ["codebook_versions.id"],
            name=op.f("fk_codings_codebook_version_id_codebook_versions"),
        ),
        sa.ForeignKeyConstraint(["reviewed_by_id"], ["users.id"], name=op.f("fk_codings_reviewed_by_id_users")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_codings_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_codings")),
    )
    op.create_index("ix_codings_chat_variable", "codings", ["chat_id", "codebook_version_id", "variable"])
    op.create_index(op.f("ix_codings_user_id"), "codings", ["user_id"])

    op.create_table(
        "messages",
        sa.Column("chat_id", sa.Integer(), nullable=False),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("t", sa.DateTime(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.CheckConstraint("role IN ('visitor', 'counselor')", name=op.f("ck_messages_role")),
        sa.ForeignKeyConstraint(
            ["chat_id"], ["chats.id"], name=op.f("fk_messages_chat_id_chats"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("chat_id", "index", name=op.f("pk_messages")),
    )


def downgrade() -> None:
    for table in (
        "messages", "codings", "chat_pseudonyms", "codebook_versions", "chats",
        "users", "persons", "imports", "codebooks", "audit_events",
    ):
        op.drop_table(table)  # drops its indexes with it
