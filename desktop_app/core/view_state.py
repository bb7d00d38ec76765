"""Where the user was when Parley last closed: the open conversation and how it was scrolled.

Kept apart from the settings: it changes with every scroll, and the settings have other
writers (the tools dialog, the presets) holding their own copies. The scroll position is an
anchor (the first message in view and how far its top was from the view's top) rather than
pixels, so it survives a new window width or font.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class ViewState:
    conversation_id: int | None = None
    anchor_message_id: int | None = None  # None: the view followed the newest message
    anchor_offset: int = 0  # the anchor's top, in pixels below the view's top (or above: < 0)

    @classmethod
    def load(cls, path: Path) -> ViewState:
        """A missing or damaged file gives the empty state, never an error."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        conversation, message, offset = (
            data.get(k) for k in ("conversation_id", "anchor_message_id", "anchor_offset")
        )
        return cls(_id(conversation), _id(message), offset if isinstance(offset, int) else 0)

    def place_in(self, conversation_id: int) -> tuple[int, int] | None:
        """The anchor to scroll to when this conversation opens (None: at its end)."""
        if conversation_id != self.conversation_id or self.anchor_message_id is None:
            return None
        return self.anchor_message_id, self.anchor_offset

    def save(self, path: Path) -> None:
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self)), encoding="utf-8")
        os.replace(tmp, path)


def _id(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None
