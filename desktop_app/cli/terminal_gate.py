"""`TerminalGate`: the CLI's permission gate, a y/N question on the controlling terminal.

It reads /dev/tty, not stdin (stdin may carry the prompt). With no terminal every call is
denied and Claude is told why; `--allow TOOL` pre-approves a tool for this run only.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Iterable
from typing import IO

from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.permissions import ContinueRequest, Decision, ToolCallRequest

NO_TERMINAL = QT_TRANSLATE_NOOP(
    "Cli", "there was no terminal to ask the user on, so Parley denied the call"
)


def open_terminal() -> IO[bytes] | None:
    """The controlling terminal, unbuffered (a tty cannot seek), or None when there is none."""
    try:
        fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
    except OSError:
        return None
    return open(fd, "r+b", buffering=0)


class TerminalGate:
    def __init__(self, allowed: Iterable[str], terminal: IO[bytes] | None) -> None:
        self.allowed = set(allowed)
        self.terminal = terminal

    async def ask(self, request: ToolCallRequest) -> Decision:
        if request.name in self.allowed:
            return Decision(True)
        if self.terminal is None:
            return Decision.deny(translate("Cli", NO_TERMINAL))
        arguments = json.dumps(request.arguments, indent=2, ensure_ascii=False)
        lines = [
            "",
            translate("Cli", "Claude wants to use the tool {name} ({source}).").format(
                name=repr(request.name), source=request.source
            ),
            f"  {request.description}",
            translate("Cli", "Arguments:"),
            *("  " + line for line in arguments.splitlines()),
        ]
        if request.preview:
            lines += [translate("Cli", "Preview:"), request.preview.rstrip("\n")]
        question = "\n".join(lines) + "\n" + translate("Cli", "Allow this call? [y/N] ")
        if _is_yes(await self._question(question)):
            return Decision(True)
        return Decision.deny(translate("Cli", "the user answered no"))

    async def ask_continue(self, request: ContinueRequest) -> bool:
        if self.terminal is None:
            return False
        question = translate("Cli", "Claude has used tools {rounds} times. Go on? [y/N] ")
        return _is_yes(await self._question("\n" + question.format(rounds=request.rounds_done)))

    async def _question(self, text: str) -> str:
        terminal = self.terminal
        assert terminal is not None
        terminal.write(text.encode("utf-8"))
        line = await _read_line(terminal)
        return line.decode("utf-8", errors="replace").strip().lower()


async def _read_line(terminal: IO[bytes]) -> bytes:
    """One line, read once the terminal has it, not by a thread blocked in read(): a stop or
    a signal can drop this wait, and a blocked thread would hold up the exit until Enter."""
    loop = asyncio.get_running_loop()
    fd = terminal.fileno()
    ready: asyncio.Future[None] = loop.create_future()
    try:
        loop.add_reader(fd, lambda: None if ready.done() else ready.set_result(None))
    except NotImplementedError:  # Windows' proactor loop watches no terminals
        return await asyncio.to_thread(terminal.readline)
    try:
        await ready
    finally:
        loop.remove_reader(fd)
    return terminal.readline()  # a terminal in line mode hands over the whole line


def _is_yes(answer: str) -> bool:
    """y or yes, or the language's own word for yes (예 in Korean)."""
    return answer in ("y", "yes", translate("Cli", "yes", "the answer to a [y/N] question").lower())
