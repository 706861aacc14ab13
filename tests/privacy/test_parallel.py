from __future__ import annotations

from tests.privacy.conftest import make_chat


def test_parallel_is_order_preserving_and_equal_to_serial(pseudonymiser):
    chats = [
        make_chat([f"ik ben lisa {i}", f"bel 06-1234567{i % 10}", "ik woon in zwolle"], chat_id=f"c{i:03d}")
        for i in range(70)
    ]
    serial = list(pseudonymiser.pseudonymise_many(iter(chats), workers=1))
    parallel = list(pseudonymiser.pseudonymise_many(iter(chats), workers=2))
    assert [r.chat.chat_id for r in parallel] == [c.chat_id for c in chats]
    assert parallel == serial
