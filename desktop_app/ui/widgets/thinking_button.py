"""The composer's thinking control: off, or on at an effort level the model takes.

One button with a menu: "Think before answering" switches it, the levels below
choose how hard (an effort for models that take one, a token budget for those
that need one). It hides for a model that cannot think.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from desktop_app.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # its modules come with the models, after the first paint (hidden till then)
    from desktop_app.core.thinking import ThinkingOptions

LEVEL_NAMES = {
    "low": QT_TRANSLATE_NOOP("ThinkingButton", "Low"),
    "medium": QT_TRANSLATE_NOOP("ThinkingButton", "Medium"),
    "high": QT_TRANSLATE_NOOP("ThinkingButton", "High"),
    "xhigh": QT_TRANSLATE_NOOP("ThinkingButton", "Extra high"),
    "max": QT_TRANSLATE_NOOP("ThinkingButton", "Max"),
}


class ThinkingButton(QToolButton):
    changed = Signal(bool, str)  # thinking on, effort level ("" = the model's default)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thinkingButton")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.options: ThinkingOptions | None = None
        self.enabled_now = False
        self.effort = ""
        self._menu = QMenu(self)
        self.setMenu(self._menu)
        self.hide()

    def show_options(self, options: ThinkingOptions, enabled: bool, effort: str) -> None:
        self.options, self.enabled_now = options, enabled
        self.effort = effort if options.offers(effort) else ""
        self.setVisible(options.can_think)
        self._rebuild()

    def _rebuild(self) -> None:
        from desktop_app.core.thinking import ThinkingMode  # in with the options shown

        options = self.options
        menu = self._menu
        menu.clear()
        if options is None or not options.can_think:
            return
        switch = QAction(self.tr("Think before answering"), menu)
        switch.setCheckable(True)
        switch.setChecked(self.enabled_now)
        switch.toggled.connect(lambda on: self._choose(on, self.effort))
        menu.addAction(switch)
        if options.levels:
            menu.addSeparator()
            heading = menu.addAction(
                self.tr("Budget") if options.mode is ThinkingMode.BUDGET else self.tr("Effort")
            )
            heading.setEnabled(False)  # a heading: Fusion draws no section titles
            group = QActionGroup(menu)
            chosen = self.effort or options.default_effort
            for level in options.levels:
                action = QAction(self._level_text(level), menu)
                action.setCheckable(True)
                action.setChecked(level == chosen)
                action.triggered.connect(lambda _=False, lv=level: self._choose(True, lv))
                group.addAction(action)
                menu.addAction(action)
        level = LEVEL_NAMES.get(self.effort or options.default_effort, "")
        if not self.enabled_now:
            self.setText(self.tr("Thinking: off"))
        elif level:
            self.setText(self.tr("Thinking: {level}").format(level=self.tr(level).lower()))
        else:
            self.setText(self.tr("Thinking: on"))
        self.setProperty("active", self.enabled_now)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setToolTip(
            self.tr("Claude thinks before answering (slower, costs more tokens)")
            if self.enabled_now
            else self.tr("Let Claude think before answering")
        )

    def _level_text(self, level: str) -> str:
        from desktop_app.core.thinking import BUDGET_BY_LEVEL, ThinkingMode

        name = self.tr(LEVEL_NAMES.get(level, level))
        if self.options is not None and self.options.mode is ThinkingMode.BUDGET:
            return self.tr("{level} (up to {thousands}k tokens)").format(
                level=name, thousands=BUDGET_BY_LEVEL[level] // 1000
            )
        return name

    def _choose(self, enabled: bool, effort: str) -> None:
        self.enabled_now, self.effort = enabled, effort
        self._rebuild()
        self.changed.emit(enabled, effort)
