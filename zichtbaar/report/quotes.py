"""A researcher selects a quote for the report.

The selection stores only where the passage is (chat, message, character
offsets) as a "citaat" Coding by that researcher; the report cuts the text from
the stored message, which is pseudonymised, so a quote can never show raw text.
Until the review workbench lands this is how a quote is chosen: on the command
line, with the offsets a coder reads off the pseudonymised transcript.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from zichtbaar.codebooks import load_codebook
from zichtbaar.errors import InputError
from zichtbaar.report.dataset import QUOTE_VARIABLE
from zichtbaar.store import Store, record_event, save_codebook_version
from zichtbaar.store.models import Chat, Coding, Message, User


@dataclass(frozen=True)
class SelectedQuote:
    chat_id: str
    message: int
    start: int
    end: int
    text: str  # cut from the pseudonymised message in the store
    theme: str | None
    by: str


def select_quote(store: Store, chat_id: str, message: int, start: int, end: int, by: str,
                 theme: str | None = None, codebook_id: str = "ckm-2021") -> SelectedQuote:
    """Mark a passage of a stored chat as a quote for the report; refuses a
    passage that does not lie inside the message, and changes nothing then."""
    if not by.strip():
        raise InputError("command line", None, "--by", "the username of the researcher who selects the quote")
    codebook = load_codebook(codebook_id)
    with store.session() as session:
        chat = session.scalar(select(Chat).where(Chat.chat_id == chat_id))
        if chat is None:
            raise InputError("command line", None, "chat_id", "the chat_id of a chat in the store")
        text = session.scalar(select(Message.text).where(Message.chat_id == chat.id, Message.index == message))
        if text is None:
            raise InputError("command line", None, "--message", f"a message index of chat {chat_id} (0 to {len(chat.messages) - 1})")
        if not 0 <= start < end <= len(text):
            raise InputError("command line", None, "--start/--end", f"0 <= start < end <= {len(text)} (the message's length)")
        user = session.scalar(select(User).where(User.username == by))
        if user is None:  # the workbench gives people passwords; here they are only named
            user = User(username=by, display_name=by, role="onderzoeker", password_hash="!")
            session.add(user)
            session.flush()
        version = save_codebook_version(session, codebook.id.rsplit("-", 1)[0], codebook.id, codebook.model_dump(mode="json"))
        session.add(Coding(chat_id=chat.id, codebook_version_id=version.id, variable=QUOTE_VARIABLE, value=theme,
                           user_id=user.id, status="accepted", evidence=[{"message": message, "start": start, "end": end}]))
        record_event(session, by, "citaat.selecteer", chat_id, message=message, start=start, end=end, theme=theme)
    return SelectedQuote(chat_id, message, start, end, text[start:end], theme, by)
