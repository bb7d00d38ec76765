"""A second launch hands its request to the running Parley and waits for its answer; as the
running one listens only after its first paint, connecting is retried for a while."""

from __future__ import annotations

import time
from enum import Enum
from pathlib import Path

from desktop_app.core.launch_request import ACK, LaunchRequest

CONNECT_FOR = 8.0  # seconds: a start on a loaded machine takes a few
ANSWER_WITHIN_MS = 4000
RETRY_MS = 100


class Handover(Enum):
    DONE = "done"
    NO_ANSWER = "no_answer"  # nobody listens, or the running one took no notice


class QtNetworkMissing(Exception):
    """Qt's network module cannot load here (a system library it links is missing)."""


def hand_over(request: LaunchRequest, socket_path: Path) -> Handover:
    """Raises QtNetworkMissing."""
    try:
        from PySide6.QtNetwork import QLocalSocket
    except ImportError as error:  # libQt6Network links Kerberos (libgssapi_krb5), not everywhere
        raise QtNetworkMissing(str(error)) from error
    socket = QLocalSocket()
    deadline = time.monotonic() + CONNECT_FOR
    while True:
        socket.connectToServer(str(socket_path))
        if socket.waitForConnected(RETRY_MS * 5):
            break
        socket.abort()
        if time.monotonic() >= deadline:
            return Handover.NO_ANSWER
        time.sleep(RETRY_MS / 1000)
    socket.write(request.to_line())
    if not socket.waitForBytesWritten(ANSWER_WITHIN_MS):
        return Handover.NO_ANSWER
    answer = b""
    limit = time.monotonic() + ANSWER_WITHIN_MS / 1000
    while not answer.endswith(b"\n") and time.monotonic() < limit:
        if socket.bytesAvailable() or socket.waitForReadyRead(RETRY_MS):
            answer += bytes(socket.readAll().data())
        elif socket.state() is QLocalSocket.LocalSocketState.UnconnectedState:
            break
    socket.abort()
    return Handover.DONE if answer == ACK else Handover.NO_ANSWER


EXIT_NOT_ANSWERING = 3


def forward_launch(args: list[str]) -> int:
    """The launch of a Parley already running on this data folder: hand it the arguments and
    end (0), or say in one sentence that it does not answer (non-zero); never a second writer."""
    import sys

    from desktop_app import paths
    from desktop_app.core.i18n import translate

    request = LaunchRequest.from_argv(args)
    try:
        if hand_over(request, paths.instance_socket_path()) is Handover.DONE:
            return 0
        message = translate(
            "Launch",
            "Parley is already running for this data folder but does not answer; "
            "close it, or end its process, and start Parley again.",
        )
    except QtNetworkMissing as error:
        library = str(error).split(":", 1)[0]
        message = translate(
            "Launch",
            "Parley is already running for this data folder, but this system lacks {library}, "
            "which is needed to reach it; install it (Debian and Ubuntu: libgssapi-krb5-2).",
        ).format(library=library)
    print(message, file=sys.stderr)  # not logged: the running Parley owns the log file
    return EXIT_NOT_ANSWERING
