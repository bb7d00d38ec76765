"""Continue a reply cut off at max_tokens: one short user turn asking to go on.

A prefill (sending the cut reply back as the last, assistant, turn) would be seamless, but
Claude 4.6 models refuse it; a user turn works on every model, keeps the stored history made
of exact API blocks, and survives a restart. Windows show it as a small marker, not a bubble.
"""

from __future__ import annotations

from desktop_app.core.conversation import Block, Message, Role, text_block

# Sent to the model as it is (never translated: the model reads it, the user sees a marker).
CONTINUE_PROMPT = (
    "Your previous reply was cut off at the max_tokens limit. Continue exactly where it "
    "stopped, without repeating anything or adding any preamble."
)


def continuation_blocks() -> list[Block]:
    return [text_block(CONTINUE_PROMPT)]


def is_continuation(message: Message) -> bool:
    """The message is Parley's request to continue a cut reply (not something the user typed)."""
    return message.role is Role.USER and message.content == continuation_blocks()


def was_cut_off(message: Message) -> bool:
    """A reply that ended because it reached max_tokens."""
    return message.role is Role.ASSISTANT and message.stop_reason == "max_tokens"
