"""Where a new question goes in a conversation's tree when two processes may send at once.

The window and `parley ask` can both send in one conversation. Each exchange puts its
question under the message it saw when it began, and its reply under its own question, so
two exchanges at once become two sibling branches, never interleaved turns.
"""

from __future__ import annotations

from desktop_app.core.conversation import Message, MessageState, is_question


def branch_point(history: list[Message]) -> int | None:
    """The message a new question follows: the end of the branch `history` (the one shown),
    unless an exchange is still under way there, then the message that exchange began after,
    so the new one becomes its sibling. None: as a first message.

    An exchange under way always ends in a STREAMING message (its question or tool results
    stay STREAMING until the reply that follows them exists), and one whose process died
    reads as INTERRUPTED, so the end's state tells."""
    if not history:
        return None
    if history[-1].state is not MessageState.STREAMING:
        return history[-1].id
    for message in reversed(history):
        if is_question(message):
            return message.parent_id
    return None
