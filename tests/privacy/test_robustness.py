"""Bad input gives a result or a clear error; raw text never reaches logs or errors."""

from __future__ import annotations

import logging

import pytest

from tests.privacy.conftest import make_chat

SECRET_TEXTS = ["ik heet kyano van dijk uit zwolle", "bel 0612345678 of mail kyano@example.nl", "mijn snap is xx_kyano03"]


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00\x01\x02 hoi \x7f\x1b[31m",
        "привет, ik ben lisa из москвы 😀",
        "😀😀😀 🇳🇱 lisa 👍🏽",
        "اسمي ليزا ik woon in zwolle",
        "\ud800 half surrogate",
        "a" * 5000,
    ],
    ids=["empty", "space", "control", "cyrillic", "emoji", "arabic", "surrogate", "long-word"],
)
def test_odd_text_gives_a_result(pseudonymiser, text):
    out = pseudonymiser.pseudonymise(make_chat([text, "ok"])).chat.messages[0].text
    assert isinstance(out, str)
    assert "lisa" not in out.lower() and "zwolle" not in out.lower()


def test_hundred_thousand_characters(pseudonymiser):
    filler = "ik weet niet wat ik moet doen want het is zo moeilijk. " * 1800
    text = filler[:50_000] + " bel me op 06-12345678, ik ben lisa " + filler[:50_000]
    assert len(text) >= 100_000
    out = pseudonymiser.pseudonymise(make_chat([text])).chat.messages[0].text
    assert "12345678" not in out and " lisa " not in out
    assert out.count("moeilijk") == text.count("moeilijk")


def test_no_log_record_contains_raw_text(pseudonymiser, caplog):
    root = logging.getLogger()
    with caplog.at_level(logging.DEBUG):
        root.setLevel(logging.DEBUG)
        for name in ("", "deduce", "docdeid", "zichtbaar"):
            logging.getLogger(name).setLevel(logging.DEBUG)
        pseudonymiser.pseudonymise(make_chat(SECRET_TEXTS))
        list(pseudonymiser.pseudonymise_many([make_chat(SECRET_TEXTS, chat_id=str(i)) for i in range(3)], workers=1))
    for record in caplog.records:
        message = record.getMessage().lower()
        for secret in ("kyano", "0612345678", "zwolle", "xx_kyano03"):
            assert secret not in message


def test_deduce_import_leaves_root_logger_alone(pseudonymiser):
    import sys

    root = logging.getLogger()
    assert not any(
        isinstance(h, logging.StreamHandler) and getattr(h, "stream", None) is sys.stdout and type(h) is logging.StreamHandler
        for h in root.handlers
    )
    assert root.level != logging.DEBUG or root.handlers == []


def test_failure_message_names_the_chat_not_the_text(pseudonymiser, monkeypatch):
    from zichtbaar.privacy import pseudonymiser as module
    from zichtbaar.privacy.pseudonymiser import PseudonymisationError

    def explode(text, *args):
        raise ValueError(f"cannot handle {text}")

    monkeypatch.setattr(module, "structured", explode)
    with pytest.raises(PseudonymisationError) as info:
        pseudonymiser.pseudonymise(make_chat(SECRET_TEXTS, chat_id="c0099"))
    assert "c0099" in str(info.value) and "ValueError" in str(info.value)
    assert "kyano" not in str(info.value)
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_key_must_be_bytes():
    from zichtbaar.privacy import Pseudonymiser

    with pytest.raises(ValueError):
        Pseudonymiser(b"short")
    with pytest.raises(ValueError):
        Pseudonymiser("a string key that is long enough")  # type: ignore[arg-type]
