"""How a reply ended, where a user should hear of it: cut off at max_tokens or paused by the
API in a long server-tool turn (both can go on), or stopped at one of the conversation's
stop sequences (which one is said)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from desktop_app.core.continuation import was_cut_off
from desktop_app.core.conversation import Message
from desktop_app.core.request import is_paused


class Ending(Enum):
    CUT_OFF = "max_tokens"
    PAUSED = "pause_turn"
    STOP_SEQUENCE = "stop_sequence"


@dataclass(frozen=True, slots=True)
class ReplyEnding:
    kind: Ending
    message_id: int
    sequence: str = ""  # the stop sequence met, for STOP_SEQUENCE

    @property
    def can_continue(self) -> bool:
        return self.kind is not Ending.STOP_SEQUENCE


def reply_ending(
    messages: list[Message], index: int, stop_sequence: Callable[[int], str | None]
) -> ReplyEnding | None:
    """How `messages[index]` ended, if worth a line: a cut or a pause only while it is the
    last message (then it can go on), a stop sequence always (`stop_sequence` finds which)."""
    message = messages[index]
    last = index == len(messages) - 1
    if last and was_cut_off(message):
        return ReplyEnding(Ending.CUT_OFF, message.id)
    if last and is_paused(message):
        return ReplyEnding(Ending.PAUSED, message.id)
    if message.stop_reason == "stop_sequence":
        sequence = stop_sequence(message.id)
        if sequence is not None:
            return ReplyEnding(Ending.STOP_SEQUENCE, message.id, sequence)
    return None
