"""Names a conversation after its first exchange, using the cheapest model.

When that call fails for any reason, the first line of the user's message
serves, silently: a title is a convenience, never an error.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from desktop_app.core.conversation import Role
from desktop_app.core.errors import ApiError
from desktop_app.core.events import TitleChanged
from desktop_app.core.request import Request

if TYPE_CHECKING:
    from desktop_app.core.chat_session import ChatSession

TITLE_PROMPT = (
    "Write a short title (at most six words) for a conversation that begins with the "
    "message below. Use the language of the message. Reply with the title only, no "
    "quotes, no punctuation at the end.\n\n<message>\n{text}\n</message>"
)
MAX_TITLE = 60


def fallback_title(text: str) -> str:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "New conversation")
    return line if len(line) <= MAX_TITLE else line[: MAX_TITLE - 1].rstrip() + "…"


def clean_title(text: str) -> str:
    title = " ".join(text.split()).strip().strip("\"'“”「」").rstrip(".")
    return title[:MAX_TITLE]


class Titler:
    def __init__(self, session: ChatSession, timeout: float = 15.0) -> None:
        self.session = session
        self.timeout = timeout

    async def name(self, conversation_id: int, *, ask: bool = True) -> TitleChanged | None:
        """Name the conversation; with `ask` False (or on any failure) from its first line."""
        store = self.session.store
        first = next((m for m in store.messages(conversation_id) if m.role is Role.USER), None)
        if first is None or not first.text.strip():
            return None
        title = (await self._ask(first.text) if ask else "") or fallback_title(first.text)
        return TitleChanged(store.update_conversation(conversation_id, title=title))

    async def _ask(self, text: str) -> str:
        request = Request(
            model=self.session.catalogue.cheapest().id,
            max_tokens=40,
            messages=[{"role": "user", "content": TITLE_PROMPT.format(text=text[:2000])}],
            cache=False,
        )
        try:
            blocks = await asyncio.wait_for(self.session.client.complete(request), self.timeout)
        except (ApiError, TimeoutError):
            return ""
        return clean_title(" ".join(b.get("text", "") for b in blocks if b.get("type") == "text"))
