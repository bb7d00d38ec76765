"""What a second launch asks of the running Parley, as one versioned JSON line.

Qt-free: the launching process writes it, the running one reads it (ui/instance_server.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import pairwise

VERSION = 1
ACK = b'{"v": 1, "ok": true}\n'
MAX_LINE = 64 * 1024  # a request is a few arguments; more is not a Parley talking


class LaunchRequestError(ValueError):
    """A line that is not a request this version understands."""


@dataclass(frozen=True, slots=True)
class LaunchRequest:
    """`quick`: open the quick-ask window; `conversation_id`: open that conversation."""

    quick: bool = False
    conversation_id: int | None = None

    @classmethod
    def from_argv(cls, args: list[str]) -> LaunchRequest:
        """From the GUI's arguments (the program name left out); unknown ones are Qt's."""
        conversation: int | None = None
        for flag, value in pairwise(args):
            if flag == "--open" and value.isdigit():
                conversation = int(value)
        return cls(quick="--quick" in args, conversation_id=conversation)

    def to_line(self) -> bytes:
        data = {"v": VERSION, "quick": self.quick, "conversation": self.conversation_id}
        return json.dumps(data).encode() + b"\n"

    @classmethod
    def from_line(cls, line: bytes) -> LaunchRequest:
        try:
            data = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as error:
            raise LaunchRequestError(str(error)) from error
        if not isinstance(data, dict) or data.get("v") != VERSION:
            raise LaunchRequestError("not a version 1 launch request")
        quick, conversation = data.get("quick"), data.get("conversation")
        if not isinstance(quick, bool):
            raise LaunchRequestError("quick must be true or false")
        if conversation is not None and (
            not isinstance(conversation, int) or isinstance(conversation, bool)
        ):
            raise LaunchRequestError("conversation must be an id")
        return cls(quick=quick, conversation_id=conversation)
