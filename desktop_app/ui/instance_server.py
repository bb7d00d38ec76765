"""The running Parley's ear for second launches: a local socket private to the user, listening
after the first paint (QtNetwork is not loaded before); each request is acknowledged, then
reported with `request_received`."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop_app.core.launch_request import ACK, MAX_LINE, LaunchRequest, LaunchRequestError

log = logging.getLogger(__name__)


class InstanceServer(QObject):
    request_received = Signal(object)  # LaunchRequest

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # 0600
        self._server.newConnection.connect(self.on_new_connection)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self, path: Path) -> bool:
        """Only the holder of the instance lock calls this, so a socket left at `path` is
        stale (a Parley killed before it could remove it) and goes."""
        QLocalServer.removeServer(str(path))
        if not self._server.listen(str(path)):
            log.warning("Cannot listen for second launches: %s", self._server.errorString())
            return False
        return True

    def close(self) -> None:
        self._server.close()

    def on_new_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self.on_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            if socket.bytesAvailable():
                self.on_ready_read(socket)

    def on_ready_read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_LINE:
                socket.abort()
            else:
                self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        try:
            request = LaunchRequest.from_line(line)
        except LaunchRequestError as error:
            log.warning("A second launch sent what Parley cannot read: %s", error)
            socket.abort()
            return
        socket.write(ACK)
        socket.flush()
        socket.disconnectFromServer()
        self.request_received.emit(request)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()
