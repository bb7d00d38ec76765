"""`ToolTranscript`: what the chat knows of each tool call, and the cards that show it.

States come from the stored history (a tool_use and its tool_result, whose `parley` entry
holds status and duration) and from the live events of a turn under way, from the moment
Claude starts writing a call: its card shows the arguments as they form, once a frame.
Assistant cards get a list of tool cards below them; cards far from the viewport die and
are rebuilt.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from shiboken6 import isValid

from desktop_app.core.conversation import Message, Role
from desktop_app.core.tool_status import ToolStatus

if TYPE_CHECKING:
    from desktop_app.ui.view_models.chat_view_model import ChatViewModel
    from desktop_app.ui.view_models.live_reply import LiveReply, LiveToolUse
    from desktop_app.ui.widgets.message_card import MessageCard

    # Imported where used: the cards' widgets and their Qt enums wait until after the first
    # paint, for the first conversation shown.
    from desktop_app.ui.widgets.tool_card import ToolCallList, ToolCallState, ToolCard


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
        # conversation id -> (message id, card) of the reply being written
        self._live_cards: dict[int, tuple[int, MessageCard]] = {}
        self._view_model = view_model
        view_model.tool_event.connect(self.on_tool_event)
        view_model.user_message_added.connect(self.on_user_message_added)
        view_model.reply_progressed.connect(self.on_reply_progressed)

    def index(self, messages: list[Message]) -> None:
        """Learn the calls and answers of stored messages (hidden tool_result ones included)."""
        for message in messages:
            for block in message.content:
                kind = block.get("type")
                if kind == "tool_use":
                    self._learn_use(block)
                elif kind == "tool_result":
                    self._learn_result(block)

    def attach(self, card: MessageCard, message: Message) -> None:
        """Give an assistant card the cards of its tool calls (kept if it has them already);
        the card of the reply being written follows its calls as they form."""
        from desktop_app.ui.widgets.tool_card import ToolCallList

        if message.role is not Role.ASSISTANT:
            return
        live = self._live_reply(message)
        if live is not None:
            self._live_cards[message.conversation_id] = (message.id, card)
            self._follow(card, live)
            return
        uses = [b for b in message.content if b.get("type") == "tool_use"]
        listing = card.findChild(ToolCallList)
        ids = [str(b.get("id")) for b in uses]
        if listing is not None:
            listing.retain(ids)  # calls seen streaming but cut short are not in the message
        if not uses:
            return
        for block in uses:
            self._learn_use(block)
        listing = listing or self._new_list(card)
        if listing is None:
            return
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

    def on_reply_progressed(self, conversation_id: int) -> None:
        live = self._view_model.live(conversation_id)
        if live is None or not live.tool_uses:
            return
        message_id, card = self._live_cards.get(conversation_id, (None, None))
        if card is None or not isValid(card) or live.message is None:
            card = None
        elif message_id != live.message.id:
            card = None  # the card of an earlier round: this one's is not built
        if card is None:
            for use in live.tool_uses:  # no card shows them now: the next one built will
                self._learn_live(use)
            return
        self._follow(card, live)

    def on_tool_event(self, _conversation_id: int, event: object) -> None:
        from desktop_app.core.events import (
            ToolCallFinished,
            ToolCallRunning,
            ToolCallWaiting,
            ToolUseRequested,
        )
        from desktop_app.ui.widgets.tool_card import ToolCallState

        match event:
            case ToolUseRequested(tool_use_id=call_id, name=name, input=arguments):
                known = self.calls.get(call_id)
                if known is None:
                    known = ToolCallState(call_id, name, arguments)
                # The session's arguments are the ones that run, whatever the stream parsed.
                self._put(replace(known, arguments=arguments, streaming=False))
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

    def _live_reply(self, message: Message) -> LiveReply | None:
        """The live reply writing this message now, if it is being written."""
        live = self._view_model.live(message.conversation_id)
        if live is None or live.done or live.message is None or live.message.id != message.id:
            return None
        return live

    def _follow(self, card: MessageCard, live: LiveReply) -> None:
        """Bring the streaming card's tool calls up to date: new cards, new argument text."""
        from desktop_app.ui.widgets.tool_card import ToolCallList

        listing = card.findChild(ToolCallList)
        for use in live.tool_uses:
            state = self._learn_live(use)
            if listing is None:
                listing = self._new_list(card)
                if listing is None:
                    return
            if self._lists.get(use.tool_use_id) is not listing:
                self._lists[use.tool_use_id] = listing
                listing.set_calls([state])
            shown = listing.cards.get(use.tool_use_id)
            if shown is not None:
                shown.follow_arguments(use.json_parts)

    def _learn_live(self, use: LiveToolUse) -> ToolCallState:
        """The state of a call being written; put (and shown) when it changed."""
        from desktop_app.ui.widgets.tool_card import ToolCallState

        known = self.calls.get(use.tool_use_id)
        if known is not None and not known.streaming:
            return known  # whole already, or further along (waiting, running…)
        state = ToolCallState(use.tool_use_id, use.name, use.arguments, streaming=not use.complete)
        if state != known:
            self._put(state)
        return state

    def _new_list(self, card: MessageCard) -> ToolCallList | None:
        from desktop_app.ui.widgets.tool_card import ToolCallList

        listing = ToolCallList(card)
        card.add_section(listing)
        return listing

    def _learn_use(self, block: dict[str, Any]) -> None:
        from desktop_app.ui.widgets.tool_card import ToolCallState

        call_id = str(block.get("id"))
        known = self.calls.get(call_id)
        if known is None or known.streaming:
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
        from desktop_app.ui.widgets.tool_card import ToolCallState

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
