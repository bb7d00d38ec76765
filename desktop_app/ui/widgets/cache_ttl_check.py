"""The "keep the cache for an hour" choice of a conversation, worded from its model's prices.

An hour suits a conversation with long pauses (a long system prompt read back after a break);
its cache writes cost more than the 5-minute ones, and the box says how much.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from desktop_app.core.pricing import Rates


class CacheTtlCheck(QCheckBox):
    def __init__(self, ttl: str, rates: Rates | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cacheTtlCheck")
        self.setChecked(ttl == "1h")
        if rates is not None and rates.input > 0:
            self.setText(
                self.tr(
                    "Keep the cache for an hour — writes cost {hour}× input instead of {five}×"
                ).format(
                    hour=f"{rates.cache_write_1h / rates.input:g}",
                    five=f"{rates.cache_write_5m / rates.input:g}",
                )
            )
            read = self.tr("Reading the cache back costs {times}× input.").format(
                times=f"{rates.cache_read / rates.input:g}"
            )
        else:
            self.setText(
                self.tr("Keep the cache for an hour — writes cost more than for 5 minutes")
            )
            read = self.tr("Reading the cache back costs less than input.")
        self.setToolTip(
            self.tr(
                "Parley caches the system prompt and the conversation so far. The cache lasts "
                "5 minutes after each message; an hour suits long pauses between messages."
            )
            + " "
            + read
        )

    def ttl(self) -> str:
        return "1h" if self.isChecked() else "5m"
