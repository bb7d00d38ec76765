"""Names a conversation after its first exchange, using the cheapest model.

When that call fails for any reason, the first line of the user's message
serves, silently: a title is a convenience, never an error. The call is streamed
only to learn its usage, which goes in the ledger like any other request.
"""

from __future__ import annotations

import asyncio

from desktop_app.core.conversation import Role
from desktop_app.core.errors import ApiError
from desktop_app.core.events import TitleChanged
from desktop_app.core.ledger import Spend
from desktop_app.core.reply_builder import ReplyBuilder
from desktop_app.core.request import Request
from desktop_app.core.session_services import SpendingServices

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
    def __init__(self, session: SpendingServices, timeout: float = 15.0) -> None:
        self.session = session
        self.timeout = timeout

    async def name(self, conversation_id: int, *, ask: bool = True) -> TitleChanged | None:
        """Name the conversation; with `ask` False (or on any failure) from its first line."""
        store = self.session.store
        first = next((m for m in store.messages(conversation_id) if m.role is Role.USER), None)
        if first is None or not first.text.strip():
            return None
        title = (await self._ask(first.text, conversation_id) if ask else "") or fallback_title(
            first.text
        )
        return TitleChanged(store.update_conversation(conversation_id, title=title))

    async def _ask(self, text: str, conversation_id: int) -> str:
        request = Request(
            model=self.session.catalogue.cheapest().id,
            max_tokens=40,
            messages=[{"role": "user", "content": TITLE_PROMPT.format(text=text[:2000])}],
            cache=False,
        )
        builder = ReplyBuilder()
        try:
            await asyncio.wait_for(self._read(request, builder), self.timeout)
        except (ApiError, TimeoutError):
            return ""
        finally:
            self.session.record_spend(Spend.TITLE, request.model, builder.usage, conversation_id)
        if not builder.finished:  # cut short before message_stop: half a title is no title
            return ""
        blocks = builder.content()
        return clean_title(" ".join(b.get("text", "") for b in blocks if b.get("type") == "text"))

    async def _read(self, request: Request, builder: ReplyBuilder) -> None:
        stream = self.session.client.stream(request)
        try:
            async for event in stream:
                builder.apply(event)
        finally:
            await stream.aclose()
