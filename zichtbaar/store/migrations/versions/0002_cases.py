"""Cases: the counselor's tag on chats and the link proposals between chats.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# A copy, not an import of models.JsonValue: a migration must not change when the models do.
Json = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    # Plain ALTER, not batch mode: a batch copy of "chats" on SQLite would drop
    # and recreate the table that messages cascade from.
    op.add_column("chats", sa.Column("topic", sa.String(length=100), nullable=True))

    op.create_table(
        "chat_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_a_id", sa.Integer(), nullable=False),
        sa.Column("chat_b_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("evidence", Json, nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("decided_by", sa.String(length=100), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('proposed', 'confirmed', 'rejected')", name=op.f("ck_chat_links_status")
        ),
        sa.ForeignKeyConstraint(
            ["chat_a_id"], ["chats.id"], name=op.f("fk_chat_links_chat_a_id_chats"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["chat_b_id"], ["chats.id"], name=op.f("fk_chat_links_chat_b_id_chats"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chat_links")),
        sa.UniqueConstraint("chat_a_id", "chat_b_id", name=op.f("uq_chat_links_chat_a_id_chat_b_id")),
    )
    op.create_index(op.f("ix_chat_links_chat_a_id"), "chat_links", ["chat_a_id"])
    op.create_index(op.f("ix_chat_links_chat_b_id"), "chat_links", ["chat_b_id"])


def downgrade() -> None:
    op.drop_table("chat_links")
    op.drop_column("chats", "topic")  # SQLite >= 3.35 drops a column in place
