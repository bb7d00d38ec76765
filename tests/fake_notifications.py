"""A real org.freedesktop.Notifications service for tests, on a private D-Bus session bus.

`notification_service` starts a dbus-daemon of its own, points DBUS_SESSION_BUS_ADDRESS at
it, and answers Notify calls from a thread (jeepney), recording each; `invoke(id)` clicks a
notification as a desktop would (ActionInvoked with the "default" action).
"""

from __future__ import annotations

import queue
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


@dataclass
class Shown:
    """One Notify call as received."""

    id: int
    app_name: str
    summary: str
    body: str
    actions: list[str]
    signature: str


@dataclass
class NotificationService:
    address: str
    shown: list[Shown] = field(default_factory=list)
    _outbox: queue.Queue[tuple[str, int]] = field(default_factory=queue.Queue)

    def invoke(self, notification: int) -> None:
        self._outbox.put(("ActionInvoked", notification))

    def close(self, notification: int) -> None:
        self._outbox.put(("NotificationClosed", notification))


def _serve(service: NotificationService, ready: threading.Event, stop: threading.Event) -> None:
    from jeepney import MessageType, new_method_return, new_signal
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection
    from jeepney.low_level import HeaderFields
    from jeepney.wrappers import DBusAddress

    conn = open_dbus_connection(bus=service.address)
    conn.send_and_get_reply(message_bus.RequestName(NAME))
    emitter = DBusAddress(PATH, interface=NAME)
    ready.set()
    next_id = 1
    try:
        while not stop.is_set():
            while not service._outbox.empty():
                member, notification = service._outbox.get()
                if member == "ActionInvoked":
                    conn.send(new_signal(emitter, member, "us", (notification, "default")))
                else:
                    conn.send(new_signal(emitter, member, "uu", (notification, 2)))
            try:
                message = conn.receive(timeout=0.05)
            except TimeoutError:
                continue
            header = message.header
            if header.message_type is not MessageType.method_call:
                continue
            member = header.fields.get(HeaderFields.member)
            if member == "Notify":
                app, _replaces, _icon, summary, body, actions, _hints, _expire = message.body
                signature = header.fields.get(HeaderFields.signature, "")
                service.shown.append(Shown(next_id, app, summary, body, list(actions), signature))
                conn.send(new_method_return(message, "u", (next_id,)))
                next_id += 1
            elif member == "GetCapabilities":
                conn.send(new_method_return(message, "as", (["body", "actions"],)))
            else:
                conn.send(new_method_return(message))
    finally:
        conn.close()


@pytest.fixture
def notification_service(monkeypatch: pytest.MonkeyPatch) -> Iterator[NotificationService]:
    if not shutil.which("dbus-daemon"):
        pytest.skip("dbus-daemon not found; install: apt-get install dbus-daemon")
    folder = Path(tempfile.mkdtemp(prefix="parley-bus-"))
    config = folder / "session.conf"
    config.write_text(
        f"""<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir={tempfile.gettempdir()}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
    )
    bus = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    stop = threading.Event()
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        assert address, "dbus-daemon did not start"
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        service = NotificationService(address)
        ready = threading.Event()
        thread = threading.Thread(target=_serve, args=(service, ready, stop), daemon=True)
        thread.start()
        assert ready.wait(10), "the notification service did not start"
        yield service
        stop.set()
        thread.join(5)
    finally:
        bus.terminate()
        bus.wait(10)
        shutil.rmtree(folder, ignore_errors=True)
