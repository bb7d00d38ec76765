"""The composer's prompt-cache control: keep a conversation's cache 5 minutes, or an hour.

An hour suits a conversation with long pauses (a long system prompt read back after a coffee
break); its cache writes cost more, and the menu says how much from the model's prices.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from desktop_app.core.pricing import Rates


class CacheButton(QToolButton):
    changed = Signal(str)  # "5m" or "1h"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cacheButton")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.ttl = "5m"
        menu = QMenu(self)
        group = QActionGroup(menu)
        self.five_minutes = QAction(self.tr("Keep the cache for 5 minutes"), menu)
        self.one_hour = QAction(self.tr("Keep the cache for an hour"), menu)
        for ttl, action in (("5m", self.five_minutes), ("1h", self.one_hour)):
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, t=ttl: self._choose(t))
            group.addAction(action)
            menu.addAction(action)
        self.setMenu(menu)
        self.show_ttl("5m", None)

    def show_ttl(self, ttl: str, rates: Rates | None) -> None:
        """Show the conversation's choice; `rates` (the model's, if known) word the cost."""
        self.ttl = "1h" if ttl == "1h" else "5m"
        self.five_minutes.setChecked(self.ttl == "5m")
        self.one_hour.setChecked(self.ttl == "1h")
        if rates is not None and rates.input > 0:
            five = self.tr("Keep the cache for 5 minutes — writes cost {times}× input").format(
                times=f"{rates.cache_write_5m / rates.input:g}"
            )
            hour = self.tr(
                "Keep the cache for an hour — writes cost {hour}× input instead of {five}×"
            ).format(
                hour=f"{rates.cache_write_1h / rates.input:g}",
                five=f"{rates.cache_write_5m / rates.input:g}",
            )
            read = self.tr("Reading it back costs {times}× input.").format(
                times=f"{rates.cache_read / rates.input:g}"
            )
        else:
            five = self.tr("Keep the cache for 5 minutes")
            hour = self.tr("Keep the cache for an hour — writes cost more than for 5 minutes")
            read = self.tr("Reading it back costs less than input.")
        self.five_minutes.setText(five)
        self.one_hour.setText(hour)
        self.setText(self.tr("Cache: 1 hour") if self.ttl == "1h" else self.tr("Cache: 5 min"))
        self.setToolTip(
            self.tr("How long the prompt cache keeps this conversation between messages.")
            + " "
            + read
        )

    def _choose(self, ttl: str) -> None:
        if ttl != self.ttl:
            self.ttl = ttl
            self.setText(self.tr("Cache: 1 hour") if ttl == "1h" else self.tr("Cache: 5 min"))
            self.changed.emit(ttl)
