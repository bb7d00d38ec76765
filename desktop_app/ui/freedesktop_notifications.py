"""Desktop notifications through the freedesktop Notifications D-Bus service (Linux); a click
comes back as `invoked`. Through jeepney, not QtDBus: PySide6 cannot send the uint32 `Notify`
takes (an int goes out as int32), and servers check the signature."""

from __future__ import annotations

import asyncio
import logging
import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from jeepney.io.asyncio import DBusConnection, DBusRouter

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
EXPIRE_DEFAULT = -1
CONNECT_WITHIN = 3.0  # seconds; a bus that does not answer is taken as none


class FreedesktopNotifications(QObject):
    invoked = Signal(int)  # the id of a notification the user clicked
    dismissed = Signal(int)  # the id of a notification closed without a click

    def __init__(self, app_name: str, icon: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app_name = app_name
        self.icon = icon
        self._conn: DBusConnection | None = None
        self._router: DBusRouter | None = None
        self._listener: asyncio.Task[None] | None = None
        self._filter: object | None = None

    @staticmethod
    def possible() -> bool:
        """A session bus to ask, and jeepney to ask it with."""
        if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            return False
        try:
            import jeepney  # noqa: F401
        except ImportError:
            return False
        return True

    async def start(self) -> bool:
        """Connect and check that a notification service answers; False when none does."""
        from jeepney import DBusAddress, MatchRule, MessageType, new_method_call
        from jeepney.bus_messages import message_bus
        from jeepney.io.asyncio import DBusRouter, open_dbus_connection

        try:
            self._conn = await asyncio.wait_for(open_dbus_connection("SESSION"), CONNECT_WITHIN)
            self._router = DBusRouter(self._conn)
            address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
            reply = await asyncio.wait_for(
                self._router.send_and_get_reply(new_method_call(address, "GetCapabilities")),
                CONNECT_WITHIN,
            )
            if reply.header.message_type is not MessageType.method_return:
                await self.close()
                return False
            rule = MatchRule(type="signal", interface=SERVICE, path=PATH)
            await self._router.send_and_get_reply(message_bus.AddMatch(rule))
            queue: asyncio.Queue[Any] = asyncio.Queue()
            self._filter = self._router.filter(rule, queue=queue)  # ActionInvoked and others
            self._listener = asyncio.ensure_future(self._listen(queue))
        # jeepney: ValueError for a failed authentication, RuntimeError for a bus address it
        # cannot use (tcp:), OSError when the bus goes away.
        except (OSError, TimeoutError, ValueError, KeyError, RuntimeError, EOFError) as error:
            log.info("No desktop notification service: %s", error)
            await self.close()
            return False
        return True

    @property
    def started(self) -> bool:
        return self._router is not None

    async def notify(self, summary: str, body: str) -> int | None:
        """Show a notification; its id, or None when the service refused it."""
        from jeepney import DBusAddress, MessageType, new_method_call

        if self._router is None:
            return None
        address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
        call = new_method_call(
            address,
            "Notify",
            "susssasa{sv}i",
            (self.app_name, 0, self.icon, summary, body, ["default", ""], {}, EXPIRE_DEFAULT),
        )
        try:
            reply = await asyncio.wait_for(self._router.send_and_get_reply(call), CONNECT_WITHIN)
        except Exception as error:  # a bus gone (jeepney's RouterClosed…): only a notice lost
            log.warning("A notification could not be shown: %s", error)
            return None
        if reply.header.message_type is not MessageType.method_return:
            log.warning("The notification service refused a notification: %s", reply.body)
            return None
        return int(reply.body[0])

    async def _listen(self, queue: asyncio.Queue[Any]) -> None:
        from jeepney.low_level import HeaderFields

        while True:
            message = await queue.get()
            member = message.header.fields.get(HeaderFields.member)
            if member == "ActionInvoked" and message.body[1] == "default":
                self.invoked.emit(int(message.body[0]))
            elif member == "NotificationClosed":
                self.dismissed.emit(int(message.body[0]))

    async def close(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            self._listener = None
        router, self._router = self._router, None
        if router is not None:
            await router.__aexit__(None, None, None)
        conn, self._conn = self._conn, None
        if conn is not None:
            await conn.close()
