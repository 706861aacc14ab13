"""Rules a chat must meet beyond its field types, the same for every format.

Messages keep the order of the file: message indexes are the coordinates of
coding evidence, so a reader must never re-sort them. A file whose order or
start time is clearly wrong is refused instead of silently repaired.
"""

from __future__ import annotations

from datetime import timedelta

from pydantic import ValidationError

from zichtbaar.errors import InputError
from zichtbaar.ingest._validation import Locator, to_input_error
from zichtbaar.transcript import Chat

# A helpline tool stamps messages from more than one clock; small disorder is
# noise, not a broken export.
CLOCK_SKEW = timedelta(minutes=1)
# started_at may be the moment the visitor opened the chat window (then it is
# earlier than the first message, by any amount), but an export whose start is
# more than an hour after the first message has mixed up dates or time zones.
# Exactly one hour is allowed: a daylight-saving mix-up is not worth refusing.
START_AFTER_FIRST_MESSAGE = timedelta(hours=1)


class ChatChecker:
    """Validates the chats of one file in order; remembers ids to catch duplicates."""

    def __init__(self, name: str, null_word: str) -> None:
        self.name = name
        self.null_word = null_word
        self._seen: dict[str, int | None] = {}

    def first_line(self, chat_id: str) -> int | None:
        """Where an already accepted chat with this id started, or None if there is none."""
        return self._seen.get(chat_id)

    def seen(self, chat_id: str) -> bool:
        return chat_id in self._seen

    def from_json(self, text: str, locate: Locator) -> Chat:
        # Strict JSON mode is the contract: timestamps must be ISO strings (a
        # number would be read as a UTC epoch) and ages JSON integers.
        try:
            chat = Chat.model_validate_json(text, strict=True)
        except ValidationError as exc:
            raise to_input_error(exc, self.name, locate, self.null_word) from None
        return self.check(chat, locate)

    def from_data(self, data: dict, locate: Locator) -> Chat:
        try:
            chat = Chat.model_validate(data)
        except ValidationError as exc:
            raise to_input_error(exc, self.name, locate, self.null_word) from None
        return self.check(chat, locate)

    def check(self, chat: Chat, locate: Locator) -> Chat:
        messages = chat.messages
        for i in range(1, len(messages)):
            if messages[i].t < messages[i - 1].t - CLOCK_SKEW:
                self._fail(
                    locate(("messages", i, "t")),
                    "a time no earlier than the previous message's "
                    "(messages in time order; up to 1 minute of clock skew is accepted)",
                )
        first = min(m.t for m in messages)
        if chat.started_at - first > START_AFTER_FIRST_MESSAGE:
            self._fail(locate(("started_at",)), "a start time at most 1 hour after the chat's first message")
        place = locate(("chat_id",))
        if chat.chat_id in self._seen:
            earlier = self._seen[chat.chat_id]
            where = f" (line {earlier} has the same chat_id)" if earlier is not None else ""
            self._fail(place, f"a chat_id not used earlier in this file{where}")
        self._seen[chat.chat_id] = place.line
        return chat

    def _fail(self, place, expected: str) -> None:
        raise InputError(self.name, place.line, place.field, expected)
