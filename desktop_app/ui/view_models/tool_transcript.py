"""`ToolTranscript`: what the chat knows of each tool call, and the cards that show it.

States come from the stored history (a tool_use and its tool_result, whose `parley` entry
holds status and duration) and from the live events of a turn under way. Assistant cards
get a list of tool cards below them; cards far from the viewport die and are rebuilt.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from desktop_app.core.conversation import Message, Role
from desktop_app.core.tool_status import ToolStatus
from desktop_app.ui.widgets.tool_card import ToolCallList, ToolCallState, ToolCard

if TYPE_CHECKING:
    from desktop_app.ui.view_models.chat_view_model import ChatViewModel


def result_text(content: object) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(
            str(b.get("text", f"[{b.get('type')}]")) for b in content if isinstance(b, dict)
        )
    return ""


def stored_status(block: dict[str, Any]) -> tuple[ToolStatus, float]:
    extra = block.get("parley")
    if isinstance(extra, dict):
        try:
            return ToolStatus(extra.get("status")), float(extra.get("duration") or 0.0)
        except (ValueError, TypeError):
            pass
    return (ToolStatus.FAILED if block.get("is_error") else ToolStatus.DONE), 0.0


class ToolTranscript(QObject):
    def __init__(self, view_model: ChatViewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.calls: dict[str, ToolCallState] = {}
        self._lists: dict[str, ToolCallList] = {}  # tool_use id -> the list showing it
        view_model.tool_event.connect(self.on_tool_event)
        view_model.user_message_added.connect(self.on_user_message_added)

    def index(self, messages: list[Message]) -> None:
        """Learn the calls and answers of stored messages (hidden tool_result ones included)."""
        for message in messages:
            for block in message.content:
                kind = block.get("type")
                if kind == "tool_use":
                    self._learn_use(block)
                elif kind == "tool_result":
                    self._learn_result(block)

    def attach(self, card: QWidget, message: Message) -> None:
        """Give an assistant card the cards of its tool calls (kept if it has them already)."""
        uses = [b for b in message.content if b.get("type") == "tool_use"]
        if message.role is not Role.ASSISTANT or not uses:
            return
        for block in uses:
            self._learn_use(block)
        listing = card.findChild(ToolCallList)
        if listing is None:
            layout = card.layout()
            if layout is None:
                return
            listing = ToolCallList(card)
            layout.addWidget(listing)
        ids = [str(b.get("id")) for b in uses]
        listing.set_calls([self.calls[i] for i in ids])
        for call_id in ids:
            self._lists[call_id] = listing

    def card(self, tool_use_id: str) -> ToolCard | None:
        """The ToolCard showing this call now, if one is built."""
        listing = self._lists.get(tool_use_id)
        if listing is None or not isValid(listing):
            return None
        return listing.cards.get(tool_use_id)

    def on_user_message_added(self, _conversation_id: int, message: Message) -> None:
        self.index([message])

    def on_tool_event(self, _conversation_id: int, event: object) -> None:
        from desktop_app.core.events import (
            ToolCallFinished,
            ToolCallRunning,
            ToolCallWaiting,
            ToolUseRequested,
        )

        match event:
            case ToolUseRequested(tool_use_id=call_id, name=name, input=arguments):
                known = self.calls.get(call_id)
                self._put(known or ToolCallState(call_id, name, arguments))
            case ToolCallWaiting(request=request):
                self._change(request.tool_use_id, request.name, status=ToolStatus.WAITING)
            case ToolCallRunning(tool_use_id=call_id, name=name):
                self._change(call_id, name, status=ToolStatus.RUNNING)
            case ToolCallFinished() as done:
                known = self.calls.get(done.tool_use_id)
                result = known.result if known is not None and known.result else done.preview
                self._change(
                    done.tool_use_id,
                    done.name,
                    status=done.status,
                    duration=done.duration,
                    result=result,
                    is_error=done.is_error,
                )

    def _learn_use(self, block: dict[str, Any]) -> None:
        call_id = str(block.get("id"))
        if call_id not in self.calls:
            arguments = block.get("input")
            name = str(block.get("name"))
            self.calls[call_id] = ToolCallState(
                call_id, name, arguments if isinstance(arguments, dict) else {}
            )

    def _learn_result(self, block: dict[str, Any]) -> None:
        status, duration = stored_status(block)
        call_id = str(block.get("tool_use_id"))
        self._change(
            call_id,
            "",
            status=status,
            duration=duration,
            result=result_text(block.get("content")),
            is_error=bool(block.get("is_error")),
        )

    def _change(self, call_id: str, name: str, **changes: Any) -> None:
        known = self.calls.get(call_id) or ToolCallState(call_id, name, {})
        self._put(replace(known, **changes))

    def _put(self, state: ToolCallState) -> None:
        self.calls[state.tool_use_id] = state
        listing = self._lists.get(state.tool_use_id)
        if listing is None:
            return
        if not isValid(listing):
            del self._lists[state.tool_use_id]
            return
        listing.set_calls([state])
