"""How a reply ended, when the window says so under it: cut off at max_tokens, stopped at one
of the conversation's stop sequences, or paused by the API mid-turn (a long server tool run).

Plain values: the actions bar shows one `ReplyEndNotice` line for them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from desktop_app.core.continuation import was_cut_off
from desktop_app.core.conversation import Message, Role
from desktop_app.core.request import is_paused


class Ending(Enum):
    CUT_OFF = "max_tokens"  # Continue asks Claude to go on
    STOP_SEQUENCE = "stop_sequence"  # a quiet line naming the sequence
    PAUSED = "pause_turn"  # Continue sends the turn back to be resumed


@dataclass(frozen=True, slots=True)
class ReplyEnding:
    kind: Ending
    message_id: int
    sequence: str = ""  # the stop sequence, for STOP_SEQUENCE

    @property
    def can_continue(self) -> bool:
        return self.kind is not Ending.STOP_SEQUENCE


def no_sequence(message_id: int) -> str | None:
    return None


def reply_ending(
    messages: list[Message],
    index: int,
    stop_sequence: Callable[[int], str | None] = no_sequence,
) -> ReplyEnding | None:
    """How `messages[index]` ended, when worth a line: a cut-off or paused reply only while
    it is the last one (it can go on), a stop sequence on any reply."""
    message = messages[index]
    if message.role is not Role.ASSISTANT:
        return None
    last = index == len(messages) - 1
    if last and was_cut_off(message):
        return ReplyEnding(Ending.CUT_OFF, message.id)
    if last and is_paused(message):
        return ReplyEnding(Ending.PAUSED, message.id)
    if message.stop_reason == "stop_sequence":
        return ReplyEnding(Ending.STOP_SEQUENCE, message.id, stop_sequence(message.id) or "")
    return None
